"""The window's side of sharing a register: the sync indicator, Sync now, periodic sync."""
