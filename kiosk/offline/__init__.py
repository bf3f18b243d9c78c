"""Store-and-forward: a chain kiosk's local copy, its outbox, and sending it later."""
