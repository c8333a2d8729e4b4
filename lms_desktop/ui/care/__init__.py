"""Screens for the care of the data: sign-in, lock, backups, restore, privacy."""
