"""Reusable kiosk widgets: on-screen keyboard, keypad, tiles, badges."""
