"""The pages of the staff area, one module each."""
