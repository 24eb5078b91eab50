"""The minutes in the window: approve, amend, versions, verify, print and export a year."""
