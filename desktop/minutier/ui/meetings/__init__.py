"""The Meetings page (list + detail: fields, agenda, attendance, what was recorded) and live mode."""

from minutier.ui.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
