"""PDF minutes and reports (reportlab); takes records, returns bytes."""
