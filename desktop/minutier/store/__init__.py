"""Storage: opening the SQLite file, schema and migrations, history, queries and search."""
