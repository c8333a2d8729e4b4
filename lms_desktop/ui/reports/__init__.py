"""The Reports section: run reports and make label sheets, with an in-app PDF preview."""
