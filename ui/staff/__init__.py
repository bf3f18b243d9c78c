"""Staff mode: login, the staff area with its pages, and the desk that runs their jobs."""
