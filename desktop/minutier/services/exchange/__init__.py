"""Moving records in and out of a register: the JSON exchange format, CSV and iCalendar exports."""

from __future__ import annotations

import importlib.util

# Where each file command's function lives: (module, function name). Kept here, light, so the
# window can tell which commands are there without importing them (or icalendar) at start.
FUNCTIONS = {
    "json": ("minutier.services.exchange.json_format", "write_json"),
    "csv": ("minutier.services.exchange.csv_format", "write_csv"),
    "ics": ("minutier.services.exchange.ics_format", "write_ics"),
    "import": ("minutier.services.exchange.json_format", "import_file"),
}


def available(kind: str) -> bool:
    """Whether the module of command ``kind`` is there, found without importing it."""
    try:
        return importlib.util.find_spec(FUNCTIONS[kind][0]) is not None
    except ImportError:
        return False
