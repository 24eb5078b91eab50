"""Moving records in and out of a register: the JSON exchange format, CSV and iCalendar exports."""
