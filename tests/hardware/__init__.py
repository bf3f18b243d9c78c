"""Tests for hardware/: printers and scanners."""
