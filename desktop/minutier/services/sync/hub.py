"""Talking to the hub (PostgreSQL through psycopg 3): create its schema, read and append its log.

Passwords never pass through Minutier: a URL holding one is refused, and libpq finds the
password itself (``~/.pgpass`` or ``PGPASSFILE``, a service file, client certificates); TLS is
whatever the URL asks (``sslmode=verify-full``…). An unreachable hub raises ``HubUnreachable``,
which callers treat as a state (offline), not as a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from minutier.core.errors import MinutierError
from minutier.services.sync import hub_schema

NUMBERED = ("meeting", "decision", "action")  # tables whose rows carry a per-committee number
_PUSH_LOCK = hub_schema.PUSH_LOCK  # taken by every push: pushes commit one after another
CONNECT_TIMEOUT_S = 5


class HubProblem(MinutierError):
    """The hub refused something, or is not a Minutier hub."""


class HubUnreachable(HubProblem):
    """The hub cannot be reached now (network, server down): the register works offline."""


class HubBehind(HubProblem):
    """Others pushed since this replica last pulled: pull (and rebase) before pushing."""


@dataclass
class Change:
    table: str
    row_uuid: str
    kind: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class HubOp:
    op_uuid: str
    replica: str
    at: str
    label: str
    changes: list[Change]
    local_who: str = ""
    author: str | None = None
    seq: int | None = None


@dataclass
class PushResult:
    seqs: list[int]
    # row UUID -> number the hub gave it (only where it differs from the provisional one)
    numbers: dict[str, int] = field(default_factory=dict)
    head: int = 0


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as e:  # pragma: no cover - installed with the "hub" extra
        raise HubProblem(
            "Sharing a register needs the PostgreSQL driver: install Minutier with its "
            "'hub' extra (pip install 'minutier[hub]')."
        ) from e
    return psycopg


def check_url(url: str) -> dict[str, str]:
    """The URL's parts; refuses a URL with a password (it would be remembered in the register)."""
    psycopg = _psycopg()
    try:
        parts = psycopg.conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as e:
        raise HubProblem(f"This is not a PostgreSQL address: {e}") from e
    if parts.get("password"):
        raise HubProblem(
            "The hub address holds a password; Minutier does not store passwords. Remove it "
            "and put it in your PostgreSQL password file (~/.pgpass or PGPASSFILE) instead."
        )
    return {k: str(v) for k, v in parts.items()}


def display(url: str) -> str:
    """The URL as shown to people: host, port and database."""
    parts = check_url(url)
    if parts.get("service") and not parts.get("host"):
        return f"the PostgreSQL service {parts['service']}"
    where = parts.get("host", "localhost")
    if parts.get("port"):
        where += f":{parts['port']}"
    return f"{parts.get('dbname', '')} on {where}"


@contextmanager
def connect(url: str) -> Iterator[Any]:
    """A connection to the hub (closed at the end); raises ``HubUnreachable`` if it cannot."""
    psycopg = _psycopg()
    check_url(url)
    try:
        conn = psycopg.connect(
            url, connect_timeout=CONNECT_TIMEOUT_S, application_name="minutier", autocommit=True
        )
    except psycopg.OperationalError as e:
        text = " ".join(str(e).split())
        if "password authentication failed" in text or "no password supplied" in text:
            raise HubProblem(
                f"The hub refused the login ({text}). Check the role and its entry in the "
                "PostgreSQL password file."
            ) from e
        if "SSL" in text or "certificate" in text:
            raise HubProblem(
                f"The secure connection (TLS) the address asks for could not be made: {text}"
            ) from e
        if "does not exist" in text or "pg_hba.conf" in text or "permission denied" in text:
            raise HubProblem(f"The hub refused the connection: {text}") from e
        raise HubUnreachable(f"The hub cannot be reached: {text}") from e
    try:
        yield conn
    except psycopg.OperationalError as e:
        raise HubUnreachable(
            f"The connection to the hub was lost: {' '.join(str(e).split())}"
        ) from e
    except psycopg.errors.InsufficientPrivilege as e:
        raise HubProblem(f"The hub refused: {e.diag.message_primary or e}") from e
    finally:
        conn.close()


def schema_version(conn: Any) -> int:
    exists = conn.execute("SELECT to_regclass('hub_schema') IS NOT NULL").fetchone()[0]
    if not exists:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM hub_schema").fetchone()[0])


def init(url: str) -> tuple[int, int]:
    """Create or bring up to date the hub's schema; returns (version before, version after)."""
    with connect(url) as conn:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PUSH_LOCK,))
            before = schema_version(conn)
            if before == 0:
                others = conn.execute(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
                ).fetchone()[0]
                if others:
                    raise HubProblem(
                        "This PostgreSQL database already holds tables that are not a Minutier "
                        "hub; give an empty database."
                    )
            if before > hub_schema.LATEST:
                raise HubProblem(
                    f"This hub was made by a newer Minutier (schema {before}); update Minutier."
                )
            conn.execute(hub_schema.BOOKKEEPING)
            for version, (name, script) in enumerate(hub_schema.MIGRATIONS, start=1):
                if version <= before:
                    continue
                conn.execute(script)
                conn.execute(
                    "INSERT INTO hub_schema (version, name) VALUES (%s, %s)", (version, name)
                )
            if before == 0:
                import uuid

                conn.execute(
                    "INSERT INTO hub_meta (key, value) VALUES ('hub_id', %s)", (str(uuid.uuid4()),)
                )
        return before, hub_schema.LATEST


def require_schema(conn: Any) -> None:
    version = schema_version(conn)
    if version == 0:
        raise HubProblem("This database is not a Minutier hub yet: run 'minutier hub init' first.")
    if version > hub_schema.LATEST:
        raise HubProblem(
            f"This hub was made by a newer Minutier (schema {version}); update Minutier."
        )
    if version < hub_schema.LATEST:
        raise HubProblem("This hub's schema is older than this Minutier: run 'minutier hub init'.")


def hub_id(conn: Any) -> str:
    return str(conn.execute("SELECT value FROM hub_meta WHERE key = 'hub_id'").fetchone()[0])


def head(conn: Any) -> int:
    """The seq of the newest operation (0 for an empty hub)."""
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM ops").fetchone()[0])


def seen(conn: Any, replica: str, label: str) -> None:
    conn.execute(
        "INSERT INTO replicas (replica, label) VALUES (%s, %s) ON CONFLICT (replica) DO UPDATE "
        "SET last_seen = now(), role = current_user, label = EXCLUDED.label",
        (replica, label),
    )


def fetch(conn: Any, after: int, *, limit: int = 2000) -> list[HubOp]:
    """Operations with seq > ``after`` in seq order (at most ``limit``), with their changes."""
    rows = conn.execute(
        "SELECT seq, op_uuid::text, replica::text, author, at, label, local_who FROM ops "
        "WHERE seq > %s ORDER BY seq LIMIT %s",
        (after, limit),
    ).fetchall()
    if not rows:
        return []
    ops = {
        r[0]: HubOp(
            seq=r[0],
            op_uuid=r[1],
            replica=r[2],
            author=r[3],
            at=r[4],
            label=r[5],
            local_who=r[6],
            changes=[],
        )
        for r in rows
    }
    for seq, table, row_uuid, kind, before, after_ in conn.execute(
        "SELECT seq, table_name, row_uuid::text, kind, before, after FROM op_changes "
        "WHERE seq BETWEEN %s AND %s ORDER BY seq, position",
        (rows[0][0], rows[-1][0]),
    ):
        ops[seq].changes.append(Change(table, row_uuid, kind, before, after_))
    return list(ops.values())


def _assign_numbers(conn: Any, op: HubOp, result: PushResult) -> None:
    """Give each new meeting/decision/action the committee's next number (in the push's transaction)."""
    for change in op.changes:
        if change.table not in NUMBERED or change.after is None:
            continue
        committee = change.after.get("committee_id")
        number = change.after.get("number")
        if committee is None or number is None:
            continue
        row = conn.execute(
            "SELECT last_number FROM counters WHERE table_name = %s AND committee = %s",
            (change.table, committee),
        ).fetchone()
        last = int(row[0]) if row else 0
        if change.kind == "insert":
            final = last + 1
            if final != number:
                change.after = {**change.after, "number": final}
                result.numbers[change.row_uuid] = final
        else:
            final = max(last, int(number))
        conn.execute(
            "INSERT INTO counters (table_name, committee, last_number) VALUES (%s, %s, %s) "
            "ON CONFLICT (table_name, committee) DO UPDATE SET last_number = "
            "greatest(counters.last_number, EXCLUDED.last_number)",
            (change.table, committee, final),
        )


def push(
    conn: Any,
    replica: str,
    expected_head: int,
    ops: Sequence[HubOp],
    *,
    assign_numbers: bool = True,
    label: str = "",
    counters: dict[tuple[str, str], int] | None = None,
) -> PushResult:
    """Append ``ops`` in one transaction, right after ``expected_head``.

    Raises ``HubBehind`` when others pushed since (nothing is written). Operations already on
    the hub (same ``op_uuid``) are not stored twice. Each new meeting, decision and action is
    given its committee's next number; ``PushResult.numbers`` says which changed.
    """
    result = PushResult(seqs=[])
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PUSH_LOCK,))
        now = head(conn)
        if now != expected_head:
            raise HubBehind(
                f"The hub has operations up to {now}; this register saw {expected_head}."
            )
        seen(conn, replica, label)
        if counters:
            set_counters(conn, counters)
        with conn.cursor() as cur:
            for op in ops:
                if assign_numbers:
                    _assign_numbers(conn, op, result)
                cur.execute(
                    "INSERT INTO ops (op_uuid, replica, author, at, label, local_who) "
                    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (op_uuid) DO NOTHING "
                    "RETURNING seq",
                    (op.op_uuid, replica, op.author, op.at, op.label, op.local_who),
                )
                row = cur.fetchone()
                if row is None:
                    continue  # already on the hub
                seq = int(row[0])
                result.seqs.append(seq)
                _write_changes(cur, seq, op.changes)
        result.head = head(conn)
    return result


def _write_changes(cur: Any, seq: int, changes: Sequence[Change]) -> None:
    dump = _dump_json
    if len(changes) > 200:
        with cur.copy(
            "COPY op_changes (seq, position, table_name, row_uuid, kind, before, after) FROM STDIN"
        ) as copy:
            for i, c in enumerate(changes):
                copy.write_row((seq, i, c.table, c.row_uuid, c.kind, dump(c.before), dump(c.after)))
        return
    cur.executemany(
        "INSERT INTO op_changes (seq, position, table_name, row_uuid, kind, before, after) "
        "VALUES (%s, %s, %s, %s, %s, %s::jsonb, %s::jsonb)",
        [
            (seq, i, c.table, c.row_uuid, c.kind, dump(c.before), dump(c.after))
            for i, c in enumerate(changes)
        ],
    )


def _dump_json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def set_counters(conn: Any, counters: dict[tuple[str, str], int]) -> None:
    """Raise the number counters to at least the given (table, committee UUID) -> number."""
    for (table, committee), number in counters.items():
        conn.execute(
            "INSERT INTO counters (table_name, committee, last_number) VALUES (%s, %s, %s) "
            "ON CONFLICT (table_name, committee) DO UPDATE SET last_number = "
            "greatest(counters.last_number, EXCLUDED.last_number)",
            (table, committee, number),
        )
