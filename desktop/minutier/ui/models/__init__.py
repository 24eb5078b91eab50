"""Qt item models over the store's queries (SQLite filters, sorts and pages; Python shapes rows)."""
