"""A real PostgreSQL for the hub tests (``minutier.bench.pg``) with a secretariat's roles.

Officers connect over TCP with a password read by libpq from the ``PGPASSFILE`` the server
writes, which is how a real secretariat gives passwords: never through Minutier's own files.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from minutier.bench.pg import PgServer, bin_dir, remove
from minutier.bench.pg import start_server as _start

ADMIN = "secretariat"  # the role that owns the hub databases (like an IT department's)
OFFICERS = ("alice", "bob", "carol")


def start_server() -> PgServer | None:
    """A server with the secretariat's roles (None when PostgreSQL is not installed)."""
    server = _start()
    if server is None:
        return None
    server.add_role(ADMIN, createdb=True)
    for officer in OFFICERS:
        server.add_role(officer)
    return server


# -- fixtures (imported by the conftest of each folder whose tests need a hub) -------------
_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    """A PostgreSQL server started for this test session, stopped and removed at its end."""
    if bin_dir() is None:
        pytest.skip(
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
            "`sh packaging/dev.sh test` installs Debian's postgresql package"
        )
    server = start_server()
    assert server is not None
    previous = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        yield server
    finally:
        if previous is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = previous
        remove(server)


@pytest.fixture
def hub_db(pg: PgServer) -> str:
    """The name of a new, empty database owned by the secretariat, for one test."""
    name = f"hub_{os.getpid()}_{next(_names)}"
    pg.create_database(name, ADMIN, OFFICERS)
    return name


@pytest.fixture
def hub_url(pg: PgServer, hub_db: str) -> str:
    """The secretariat's URL of an initialised, empty hub."""
    from minutier.services.sync import hub

    url = pg.url("secretariat", hub_db)
    hub.init(url)
    return url
