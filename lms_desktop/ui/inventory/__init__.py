"""The Inventory section: shelf inventory, weeding workbench and the year-end wizard."""
