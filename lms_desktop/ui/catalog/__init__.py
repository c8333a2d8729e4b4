"""Catalog screens: search, record detail, copies, the MARC editor, import, export, SRU."""
