"""Fixtures of the hub tests: one real PostgreSQL per session, a fresh hub database per test."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest
from pg_server import PgServer, bin_dir, remove, start_server

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
    pg.create_database(name)
    return name


@pytest.fixture
def hub_url(pg: PgServer, hub_db: str) -> str:
    """The secretariat's URL of an initialised, empty hub."""
    from minutier.services.sync import hub

    url = pg.url("secretariat", hub_db)
    hub.init(url)
    return url
