"""Customer mode: identify, enrol, redeem and donate at the kiosk screen."""
