"""The PySide6 kiosk screens over the loyalty core."""
