"""The hub fixtures (a real PostgreSQL server) for the window's sync tests."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services" / "sync"))

from pg_server import hub_db, hub_url, pg

__all__ = ["hub_db", "hub_url", "pg"]
