"""Writing a realistic archive of many years (``minutier generate``), fast and reproducibly.

Twenty years of a busy ministry is over a million rows, so the archive is not made through one
service call per record (that would be a million transactions and history entries). The rows
are built in memory (``generate_rows``) and written with ``executemany`` into the same tables and
columns the services fill, in one transaction, with every CHECK and foreign key still enforced
(foreign keys are deferred to the commit, so a decision can name the later one superseding it).

History: the file records the generation as ONE operation, labelled "Generate archive (…)",
holding an ``insert`` entry for each committee (the roots every other generated record hangs
from). Row-by-row history for a million generated rows would double the file and tell nobody
anything. The parameters, the counts and the facts the benchmark uses are in ``meta`` under
the key ``generated``. Undoing that operation is refused (the committees are referred to).

The search index is filled once at the end (``search_schema.reindex``) with its triggers
dropped during the bulk insert and recreated after: measured faster than letting the triggers
index row by row (see README, "Performance"). The minutes-freeze triggers are dropped and
recreated the same way (``store.freeze.create_triggers``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutier.core import clock
from minutier.core.errors import MinutierError, ValidationError
from minutier.services.generate_meetings import Builder
from minutier.services.generate_rows import COLUMNS, TABLE_ORDER, Archive, Targets
from minutier.services.generate_text import COMMON_TERM, RARE_TERMS
from minutier.store import atomic, freeze, search_schema, tally, timeline_index
from minutier.store.connection import Store, open_store

# The archive ends here unless told otherwise, so that a seed always gives the same file.
REFERENCE_TODAY = dt.date(2026, 12, 1)
# Records per year at scale 1: twenty years give the sizes of issue 6.
PER_YEAR = {
    "meeting": 500,
    "agenda_item": 3_000,
    "announcement": 4_000,
    "decision": 2_500,
    "action": 10_000,
    "person": 250,
    "initiative": 15,
    "organisation": 6,
}
MINIMUM = {"person": 40, "initiative": 5, "organisation": 33, "meeting": 24}
MAX_YEARS = 50
MAX_SCALE = 5.0


@dataclass
class GenerateReport:
    """What was written, and how long each phase took."""

    path: Path
    seconds: float
    counts: dict[str, int]
    phases: dict[str, float] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)


def targets(years: int, scale: float) -> Targets:
    """How many records an archive of ``years`` years at ``scale`` holds."""
    sized = {k: max(MINIMUM.get(k, 1), round(v * years * scale)) for k, v in PER_YEAR.items()}
    return Targets(**sized)


def _check(years: int, scale: float) -> None:
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError("--years", years, f"choose from 1 to {MAX_YEARS} years")
    if not 0 < scale <= MAX_SCALE:
        raise ValidationError("--scale", scale, f"choose a scale above 0 and at most {MAX_SCALE}")


def generate(
    path: str | os.PathLike[str],
    *,
    years: int = 20,
    seed: int = 1,
    scale: float = 1.0,
    today: dt.date = REFERENCE_TODAY,
    replace: bool = False,
    who: str = "Minutier generator",
    search_at_end: bool = True,
    progress: Callable[[str], None] | None = None,
) -> GenerateReport:
    """Write a generated archive to ``path`` (built aside, then moved into place).

    ``search_at_end`` False keeps the search triggers during the inserts (slower; kept to
    measure the difference). ``progress`` receives a line as each phase ends.
    """
    _check(years, scale)
    path = Path(path)
    if path.exists() and not replace:
        raise MinutierError(f"{path} already exists; add --force to replace it.")
    started = time.perf_counter()
    phases: dict[str, float] = {}

    def phase(name: str, since: float) -> float:
        now = time.perf_counter()
        phases[name] = now - since
        if progress:
            progress(f"{name}: {phases[name]:.1f} s")
        return now

    now = dt.datetime.combine(today, dt.time(18, 0), tzinfo=dt.UTC)
    # Built under a private name, linked into place (``store.atomic``): a kill leaves nothing
    # the next run does not clean, and ``--force`` never replaces a register open elsewhere.
    with (
        atomic.building(path, replace=replace, kind="building") as tmp,
        clock.pinned(now, uuid_namespace=f"generate:{seed}:{years}:{scale}:{today}"),
    ):
        store = open_store(tmp, create=True, who=who)
        try:
            t = time.perf_counter()
            archive = Builder(random.Random(seed), targets(years, scale), today, years).build()
            t = phase("build rows", t)
            facts = {
                "seed": seed,
                "years": years,
                "scale": scale,
                "today": today.isoformat(),
                "flagship_initiative_id": archive.flagship_initiative_id,
                "common_term": COMMON_TERM,
                "rare_term": RARE_TERMS[0],
            }
            counts = _write(store, archive, facts, years, seed, search_at_end, phase, t)
        finally:
            store.close()
    return GenerateReport(path, time.perf_counter() - started, counts, phases, facts)


def _write(
    store: Store,
    archive: Archive,
    facts: dict[str, Any],
    years: int,
    seed: int,
    search_at_end: bool,
    phase: Callable[[str, float], float],
    t: float,
) -> dict[str, int]:
    conn = store.conn
    conn.execute("PRAGMA synchronous = OFF")  # a failed generation leaves only the aside file
    conn.execute("PRAGMA cache_size = -262144")  # 256 MB while writing
    counts: dict[str, int] = {}
    with store.transaction():
        conn.execute("PRAGMA defer_foreign_keys = ON")
        # The freeze triggers check every inserted row against approved minutes; nothing
        # generated is frozen (no minutes versions are written), so they come back at the end
        # (measured: they doubled the insert time).
        freeze.drop_triggers(store.db)
        tally.drop_triggers(store.db)  # counted once at the end, as the search index
        timeline_index.drop_triggers(store.db)  # so are the initiatives' timelines
        if search_at_end:
            search_schema.drop_triggers(store.db)
        for table in TABLE_ORDER:
            rows = archive.rows.get(table, [])
            names = COLUMNS[table]
            conn.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                rows,
            )
            counts[table] = len(rows)
        t = phase("insert rows", t)
        freeze.create_triggers(store.db)
        tally.rebuild(store.db)
        tally.create_triggers(store.db)
        timeline_index.rebuild(store.db)
        timeline_index.create_triggers(store.db)
        t = phase("timelines", t)
        if search_at_end:
            search_schema.reindex(store.db)
            search_schema.create_triggers(store.db)
            t = phase("search index", t)
        _history(store, archive, years, seed)
        facts["counts"] = counts
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('generated', ?)",
            (json.dumps(facts, ensure_ascii=False, sort_keys=True),),
        )
        # sqlite-utils stamps migrations with the real clock; a generated file uses its own.
        conn.execute(
            "UPDATE _sqlite_migrations SET applied_at = ?",
            (clock.utc_now().isoformat(sep=" "),),
        )
    t = phase("foreign keys and commit", t)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    phase("checkpoint", t)
    return counts


def _history(store: Store, archive: Archive, years: int, seed: int) -> None:
    """One operation: an insert entry per committee, labelled with what was generated."""
    op = store.scalar("SELECT coalesce(max(op), 0) + 1 FROM history")
    names = COLUMNS["committee"]
    at = clock.utc_timestamp()
    label = f"Generate archive ({years} years, seed {seed})"
    for row in archive.rows["committee"]:
        after = dict(zip(names, row, strict=True))
        store.conn.execute(
            "INSERT INTO history (op, at, who, label, table_name, row_id, row_uuid, kind, "
            "fields, before, after) VALUES (?, ?, ?, ?, 'committee', ?, ?, 'insert', ?, NULL, ?)",
            (
                op,
                at,
                store.who,
                label,
                row[0],
                row[1],
                ",".join(names),
                json.dumps(after, ensure_ascii=False, sort_keys=True),
            ),
        )


def facts_of(store: Store) -> dict[str, Any]:
    """What ``generate`` recorded about a file (empty for a file it did not make)."""
    value = store.scalar("SELECT value FROM meta WHERE key = 'generated'")
    return json.loads(value) if value else {}
