"""Circulation: patrons, items, loan rules, loans, holds, fees, calendar and the journal."""
