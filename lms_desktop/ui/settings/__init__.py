"""The Settings section: one tab per area (school, loan rules, scanner, backups…)."""
