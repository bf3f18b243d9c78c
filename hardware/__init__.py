"""Devices: serial barcode scanners and ESC/POS receipt printers, no Qt."""
