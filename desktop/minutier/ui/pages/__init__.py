"""The window's pages (Dashboard, Decisions, Initiatives, Actions, People & organisations, Search)."""
