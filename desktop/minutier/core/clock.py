"""The current time and user, in one place so that tests and the demo can fix them."""

from __future__ import annotations

import datetime as dt
import getpass
import os


def utc_now() -> dt.datetime:
    """Aware UTC now; MINUTIER_FIXED_NOW (ISO 8601) pins it for reproducible demo data."""
    fixed = os.environ.get("MINUTIER_FIXED_NOW")
    if fixed:
        value = dt.datetime.fromisoformat(fixed.replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


def utc_timestamp() -> str:
    """UTC now as ISO 8601 with milliseconds and a Z, the format of created_at/updated_at."""
    now = utc_now()
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def today() -> dt.date:
    """The local calendar date (relative due dates count from it)."""
    fixed = os.environ.get("MINUTIER_FIXED_NOW")
    if fixed:
        return utc_now().date()
    return dt.date.today()


def os_user() -> str:
    """The operating-system user name, the default author of history entries."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"
