"""PDFs shown inside Minutier (minutes, agenda, reports): see ``dialog.PdfPreview``."""
