"""The Patrons section: list, edit, photos and the roster import wizard."""
