"""Data files shipped inside the package (fonts, demo data, translations, icons)."""
