"""Where Minutier keeps files (platformdirs): the usual database, the demo, backups and logs.

Nothing is ever written beside the executable or in the current directory. MINUTIER_HOME,
when set, replaces every location by folders under it (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Minutier"
EXTENSION = ".minutier"


def _base(kind: str) -> Path:
    home = os.environ.get("MINUTIER_HOME")
    if home:
        return Path(home) / kind
    dirs = platformdirs.PlatformDirs(APP, appauthor=False)
    return Path(
        {
            "data": dirs.user_data_dir,
            "state": dirs.user_state_dir,
            "log": dirs.user_log_dir,
            "cache": dirs.user_cache_dir,
        }[kind]
    )


def data_dir() -> Path:
    return _base("data")


def default_database() -> Path:
    """The register opened when no file is named."""
    return data_dir() / f"register{EXTENSION}"


def demo_database() -> Path:
    return data_dir() / f"demo{EXTENSION}"


def backups_dir() -> Path:
    return data_dir() / "backups"


def log_dir() -> Path:
    return _base("log")


def state_dir() -> Path:
    """Small state Minutier keeps about files (e.g. which were last closed cleanly)."""
    return _base("state")


def cache_dir() -> Path:
    """Files Minutier can always make again (private snapshots of registers it only reads)."""
    return _base("cache")
