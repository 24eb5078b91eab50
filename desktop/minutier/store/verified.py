"""Remembering which files Minutier closed cleanly, so opening them skips the full check.

``PRAGMA quick_check`` reads the whole file (about a second for 20 years of a busy ministry).
It is needed when the file may have changed behind our back: after a crash (a journal is
left beside it), or when it was written, copied or damaged by anything else. So when a Store
closes cleanly, the file's size and modification time are noted here; the next open skips
the check only if both are unchanged and no journal lies beside the file. Any other write —
including bytes flipped by another program — changes the modification time and brings the
check back. Silent bit rot that leaves the time unchanged is caught by the daily backup,
which checks the copy it makes with ``integrity_check``.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from minutier.store import locations

_FILE = "verified-files.json"
_MAX_ENTRIES = 200


def _registry() -> Path:
    return locations.state_dir() / _FILE


def _fingerprint(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _load() -> dict[str, list[int]]:
    try:
        data = json.loads(_registry().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_known_clean(path: Path) -> bool:
    """Whether ``path`` is exactly as Minutier last closed it (and no journal is beside it)."""
    if any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal")):
        return False
    fingerprint = _fingerprint(path)
    return fingerprint is not None and _load().get(str(path.resolve())) == fingerprint


def remember(path: Path) -> None:
    """Note ``path`` as checked or cleanly closed, as it is now. Failing to note is harmless."""
    fingerprint = _fingerprint(path)
    if fingerprint is None:
        return
    entries = _load()
    key = str(path.resolve())
    entries.pop(key, None)
    entries[key] = fingerprint
    while len(entries) > _MAX_ENTRIES:  # oldest first (dicts keep insertion order)
        entries.pop(next(iter(entries)))
    registry = _registry()
    with contextlib.suppress(OSError):
        registry.parent.mkdir(parents=True, exist_ok=True)
        tmp = registry.with_name(f"{registry.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entries), encoding="utf-8")
        os.replace(tmp, registry)


def forget(path: Path) -> None:
    """Drop ``path`` so its next open is fully checked (e.g. after a restore)."""
    entries = _load()
    if entries.pop(str(path.resolve()), None) is not None:
        with contextlib.suppress(OSError):
            _registry().write_text(json.dumps(entries), encoding="utf-8")
