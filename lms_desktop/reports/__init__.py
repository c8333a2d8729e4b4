"""Reports for the principal and teachers: pure queries to plain data, rendered to PDF/CSV/XLSX."""
