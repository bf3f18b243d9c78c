"""Reading member files (CSV and XLSX) and checking their rows before anything is written."""
