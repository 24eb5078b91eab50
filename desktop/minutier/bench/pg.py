"""A throwaway PostgreSQL server on a loopback port, for the hub's benchmark and tests.

``initdb`` + ``pg_ctl`` (Debian's ``postgresql`` package) in a temporary folder; it listens on
127.0.0.1 only, on a free port, with its socket in its own folder (never the system's). Run as
root, the server runs as the ``postgres`` user (initdb refuses root). Roles log in over TCP with
a password that libpq reads from the ``PGPASSFILE`` written here; the superuser uses the socket.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


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
    tls: bool = False

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

    def make_certificate(self) -> bool:
        """A self-signed certificate for 127.0.0.1, so clients can ask for TLS (False: no openssl)."""
        openssl = shutil.which("openssl")
        if openssl is None:
            return False
        cert, key = self.data / "server.crt", self.data / "server.key"
        subprocess.run(
            [
                openssl,
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                str(key),
                "-out",
                str(cert),
            ],
            check=True,
            capture_output=True,
        )
        key.chmod(0o600)
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            for p in (cert, key):
                os.chown(p, pg.pw_uid, pg.pw_gid)
        self.tls = True
        return True

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c max_connections=60 -c shared_buffers=32MB"
        )
        if self.tls:
            options += " -c ssl=on"
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

    def create_database(self, name: str, owner: str, roles: tuple[str, ...] = ()) -> None:
        """A database only ``owner`` and ``roles`` may connect to (as the README advises)."""
        self.admin_sql(f"CREATE DATABASE {name} OWNER {owner}")
        self.admin_sql(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
        self.admin_sql(f"GRANT CONNECT ON DATABASE {name} TO {', '.join((owner, *roles))}")

    def url(self, role: str, dbname: str, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"postgresql://{role}@127.0.0.1:{self.port}/{dbname}" + (
            f"?{query}" if query else ""
        )


def start_server() -> PgServer | None:
    """Start a new, empty server, or None when PostgreSQL's programs are not installed."""
    where = bin_dir()
    if where is None:
        return None
    root = Path(tempfile.mkdtemp(prefix="minutier-pg-", dir="/tmp"))
    server = PgServer(bin=where, root=root)
    try:
        server.init()
        server.make_certificate()
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
    except BaseException:
        remove(server)
        raise
    return server


def remove(server: PgServer) -> None:
    """Stop the server at once and delete its folder."""
    server.stop("immediate")
    shutil.rmtree(server.root, ignore_errors=True)
