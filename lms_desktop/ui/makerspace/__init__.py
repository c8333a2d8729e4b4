"""The Makerspace section: week view, booking dialog, lists and the settings page."""
