"""The current time and user, in one place so that tests and the demo can fix them."""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import getpass
import os
import uuid
from collections.abc import Iterator

_pinned: contextvars.ContextVar[dt.datetime | None] = contextvars.ContextVar("pinned", default=None)
_uuid_seed: contextvars.ContextVar[list | None] = contextvars.ContextVar("uuid_seed", default=None)


@contextlib.contextmanager
def pinned(now: dt.datetime, *, uuid_namespace: str | None = None) -> Iterator[None]:
    """Within the block, time stands at ``now`` and (optionally) new UUIDs are reproducible.

    Used to build the demo database identically everywhere, so its minutes PDF is too.
    """
    t1 = _pinned.set(now if now.tzinfo else now.replace(tzinfo=dt.UTC))
    t2 = _uuid_seed.set([uuid_namespace, 0] if uuid_namespace else None)
    try:
        yield
    finally:
        _pinned.reset(t1)
        _uuid_seed.reset(t2)


def new_uuid() -> str:
    """A fresh record UUID (version 4, or version 5 from a counter inside ``pinned``)."""
    seed = _uuid_seed.get()
    if seed is None:
        return str(uuid.uuid4())
    seed[1] += 1
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"minutier:{seed[0]}:{seed[1]}"))


def new_register_uuid() -> str:
    """A register's identity: random, or inside ``pinned`` derived from its namespace without
    using up the record counter (the demo stays byte-identical, its record UUIDs unchanged)."""
    seed = _uuid_seed.get()
    if seed is None:
        return str(uuid.uuid4())
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"minutier:{seed[0]}:register"))


def utc_now() -> dt.datetime:
    """Aware UTC now; ``pinned`` or MINUTIER_FIXED_NOW (ISO 8601) fix it for reproducible data."""
    pinned_now = _pinned.get()
    if pinned_now is not None:
        return pinned_now.astimezone(dt.UTC)
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
    if _pinned.get() is not None or os.environ.get("MINUTIER_FIXED_NOW"):
        return utc_now().date()
    return dt.date.today()


def today_in(zone: str | None) -> dt.date:
    """Today's date in a time zone (IANA name); the local date when it is empty or unknown."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if not zone:
        return today()
    try:
        return utc_now().astimezone(ZoneInfo(zone)).date()
    except (ZoneInfoNotFoundError, ValueError):
        return today()


def os_user() -> str:
    """The operating-system user name, the default author of history entries."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"
