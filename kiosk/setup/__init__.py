"""First-run set-up without Qt: choices from a country, the configuration file, devices found."""
