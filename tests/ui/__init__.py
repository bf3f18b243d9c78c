"""pytest-qt tests of the kiosk screens, offscreen."""
