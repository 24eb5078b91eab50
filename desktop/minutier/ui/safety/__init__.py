"""Dialogs that look after the file: restore from a backup, and a record's history."""

from minutier.ui.safety.history import RecordHistoryDialog
from minutier.ui.safety.restore import RestoreDialog

__all__ = ["RecordHistoryDialog", "RestoreDialog"]
