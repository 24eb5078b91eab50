"""A real PostgreSQL server for the hub tests: initdb + pg_ctl in a temporary folder.

It listens on 127.0.0.1 only, on a free port, with its socket in its own folder (never the
system's). Run as root, the server runs as the ``postgres`` user (initdb refuses root). Officers
connect over TCP with a password read by libpq from a ``PGPASSFILE`` the tests write, which is
how a real secretariat would give passwords: never through Minutier's own files.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ADMIN = "secretariat"  # the role that owns the hub databases (like an IT department's)
OFFICERS = ("alice", "bob", "carol")


def bin_dir() -> Path | None:
    """Folder of Debian's PostgreSQL binaries (the newest version installed), or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version)
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def _version(path: str) -> int:
    try:
        return int(Path(path).parts[-3])
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgServer:
    bin: Path
    root: Path
    port: int = field(default_factory=_free_port)
    passwords: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    @property
    def passfile(self) -> Path:
        return self.root / "pgpass"

    def _as_server_user(self, args: list[str]) -> list[str]:
        if os.geteuid() == 0:
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def _run(self, args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._as_server_user(args), check=True, capture_output=True, text=True, **kw
        )

    def init(self) -> None:
        self.socket_dir.mkdir(parents=True)
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            for p in (self.root, self.socket_dir):
                os.chown(p, pg.pw_uid, pg.pw_gid)
        self._run(
            [
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        )

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c max_connections=60 -c shared_buffers=32MB"
        )
        self._run(
            [
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.root / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ]
        )

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop"])

    def restart(self) -> None:
        self.stop()
        self.start()

    def admin_sql(self, sql: str, dbname: str = "postgres") -> None:
        """Run SQL as the server's superuser through the socket (trust, local only)."""
        import psycopg

        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user="postgres",
            dbname=dbname,
            autocommit=True,
        ) as conn:
            conn.execute(sql)

    def add_role(self, name: str, *, createdb: bool = False) -> None:
        password = f"pw-{name}-{os.urandom(4).hex()}"
        self.passwords[name] = password
        extra = " CREATEDB" if createdb else ""
        self.admin_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'{extra}")
        self.write_passfile()

    def write_passfile(self) -> None:
        lines = [f"127.0.0.1:{self.port}:*:{r}:{p}" for r, p in self.passwords.items()]
        self.passfile.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.passfile.chmod(0o600)

    def create_database(self, name: str, owner: str = ADMIN) -> None:
        self.admin_sql(f"CREATE DATABASE {name} OWNER {owner}")
        # Only the secretariat's officers may connect: what the README tells an administrator.
        self.admin_sql(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
        roles = ", ".join([ADMIN, *OFFICERS])
        self.admin_sql(f"GRANT CONNECT ON DATABASE {name} TO {roles}")

    def url(self, role: str, dbname: str, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{role}@127.0.0.1:{self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )


def start_server() -> PgServer | None:
    """Start a new server with the secretariat's roles, or None when PostgreSQL is missing."""
    where = bin_dir()
    if where is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="minutier-pg-", dir="/tmp"))
    server = PgServer(bin=where, root=root)
    server.init()
    server.start()
    deadline = time.monotonic() + 30
    while True:
        try:
            server.admin_sql("SELECT 1")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    server.add_role(ADMIN, createdb=True)
    for officer in OFFICERS:
        server.add_role(officer)
    return server


def remove(server: PgServer) -> None:
    server.stop("immediate")
    shutil.rmtree(server.root, ignore_errors=True)


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
    pg.create_database(name)
    return name


@pytest.fixture
def hub_url(pg: PgServer, hub_db: str) -> str:
    """The secretariat's URL of an initialised, empty hub."""
    from minutier.services.sync import hub

    url = pg.url("secretariat", hub_db)
    hub.init(url)
    return url
