"""Shelf inventory, weeding and the year-end rollover."""
