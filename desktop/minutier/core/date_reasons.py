"""Why a typed date was refused: the sentences of ``core.dates``, importable without its parser.

The interface translates these (``ui/errors.py``) and must not load dateutil at start-up to
know them.
"""

NOT_A_DATE = (
    "this is not a date Minutier understands; "
    "try 2025-03-31, 31/03/2025, “fin mars” or “next Friday”"
)
NO_SUCH_DAY = "there is no such day in the calendar"
TOO_FAR = "this date is outside the years Minutier can hold (1 to 9999)"
EMPTY = "nothing was entered; type a date such as 2025-03-31, 31/03/2025 or “next Friday”"
NO_SUCH_TIME = "there is no such time of day"
TIME_IN_DUE_DATE = "a due date is a day, without a time of day"
NOT_A_DATETIME = (
    "this is not a date and time Minutier understands; "
    "try 2025-02-16 10:00, 16/02/2025 10:00 or “16 février 2025 à 10h00”"
)
NOT_A_PARTIAL_DATE = (
    "this is not a year, month or day Minutier understands; "
    "try 2027, 2023-09, 2023-09-01 or “septembre 2023”"
)
NOT_A_TIMEZONE = "this is not a time zone Minutier knows; use an IANA name such as Europe/Paris"
NOT_A_RRULE = (
    "this is not a recurrence rule Minutier understands; "
    "write an RFC 5545 rule such as FREQ=MONTHLY;BYDAY=+2TU"
)
