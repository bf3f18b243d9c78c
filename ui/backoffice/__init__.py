"""The back office: the staff area in a normal window, for a mouse and keyboard."""
