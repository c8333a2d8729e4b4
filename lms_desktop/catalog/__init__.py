"""Catalog: MARC records, copies, call numbers, search and copy cataloging."""
