"""`doctor`: checks that a kiosk PC can run the kiosk, each with a sentence and what to do."""
