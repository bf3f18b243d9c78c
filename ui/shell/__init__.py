"""The UI shell: window fit, worker, idle clock, device health, language and input routing."""
