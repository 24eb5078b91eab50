"""The schema as an ordered, append-only list of migrations, and the version it leads to.

Each migration runs in its own transaction (sqlite-utils ``Migrations``); the number of applied
migrations is also written to ``PRAGMA user_version`` so that a file made by a newer Minutier is
recognised before anything touches it. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from minutier.store import search_schema

if TYPE_CHECKING:  # sqlite-utils is imported only when a file needs migrating (start-up time)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

_applied_in_order: list[str] = []
_runs: list[tuple[str, Callable[[Database], None]]] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next migration; it also sets ``user_version`` in its transaction."""
    _applied_in_order.append(fn.__name__)
    version = len(_applied_in_order)

    def run(db: Database) -> None:
        fn(db)
        db.execute(f"PRAGMA user_version = {version}")

    _runs.append((fn.__name__, run))
    return fn


@cache
def migration_set() -> Migrations:
    """The sqlite-utils migration set, built on first need (importing sqlite-utils costs ~0.1 s)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations("minutier")
    for name, run in _runs:
        migrations(name=name)(run)
    return migrations


def __getattr__(name: str) -> Any:  # ``schema.migrations``, as before, without the import cost
    if name == "migrations":
        return migration_set()
    # Read when asked, so that migrations appended below these lines (at the end of the
    # file, as every branch does) count too.
    if name == "LATEST_VERSION":
        return len(_applied_in_order)
    if name == "NAMES":
        return tuple(_applied_in_order)
    raise AttributeError(name)


# Columns every record carries: integer key for joins, UUID for exchange and merging, UTC times.
_RECORD = """
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL"""


def _run(db: Database, script: str) -> None:
    """Execute a multi-statement DDL script inside the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


@migration
def m001_records(db: Database) -> None:
    """Every record of PRODUCT.md, with integrity rules the storage layer itself enforces."""
    r = _RECORD
    _run(
        db,
        f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE source ({r},
    title TEXT NOT NULL CHECK (title <> ''),
    publisher TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'document', 'other')),
    language TEXT NOT NULL DEFAULT '',
    excerpt TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE organisation ({r},
    name TEXT NOT NULL CHECK (name <> ''),
    short_name TEXT NOT NULL DEFAULT '',
    native_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
        ('ministry', 'agency', 'company', 'university', 'committee', 'media', 'other')),
    parent_id INTEGER REFERENCES organisation (id)
) STRICT;
CREATE TABLE person ({r},
    name TEXT NOT NULL CHECK (name <> ''),
    native_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE person_role ({r},
    person_id INTEGER NOT NULL REFERENCES person (id),
    title TEXT NOT NULL CHECK (title <> ''),
    organisation_id INTEGER REFERENCES organisation (id),
    start_on TEXT,
    end_on TEXT,
    CHECK (end_on IS NULL OR start_on IS NULL OR end_on >= start_on)
) STRICT;
CREATE TABLE committee ({r},
    name TEXT NOT NULL CHECK (name <> ''),
    native_name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> '' AND code NOT GLOB '*[/ ]*'),
    parent_id INTEGER REFERENCES committee (id),
    founded_on TEXT,
    language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en', 'ko')),
    timezone TEXT NOT NULL DEFAULT 'UTC',
    description TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE membership ({r},
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN
        ('chair', 'vice_chair', 'member', 'secretary', 'observer')),
    start_on TEXT,
    end_on TEXT
) STRICT;
CREATE TABLE meeting_series ({r},
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    title TEXT NOT NULL DEFAULT '',
    rrule TEXT NOT NULL,
    dtstart TEXT NOT NULL,
    timezone TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 120 CHECK (duration_minutes > 0),
    place TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE meeting ({r},
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    number INTEGER NOT NULL CHECK (number > 0),
    title TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL,
    ends_at TEXT,
    timezone TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    chair_id INTEGER REFERENCES person (id),
    convener_id INTEGER REFERENCES person (id),
    secretary_id INTEGER REFERENCES person (id),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN
        ('planned', 'held', 'minutes_drafted', 'minutes_approved', 'cancelled')),
    series_id INTEGER REFERENCES meeting_series (id),
    source_id INTEGER REFERENCES source (id),
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (committee_id, number),
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
) STRICT;
CREATE TABLE attendance ({r},
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    status TEXT NOT NULL DEFAULT 'present' CHECK (status IN
        ('present', 'absent', 'excused', 'represented')),
    represented_by_id INTEGER REFERENCES person (id),
    capacity TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, person_id),
    CHECK (status = 'represented' OR represented_by_id IS NULL)
) STRICT;
CREATE TABLE agenda_item ({r},
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (title <> ''),
    kind TEXT NOT NULL DEFAULT 'item' CHECK (kind IN ('item', 'review_of_actions')),
    presenter_id INTEGER REFERENCES person (id),
    planned_minutes INTEGER CHECK (planned_minutes IS NULL OR planned_minutes >= 0),
    notes TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE note ({r},
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL CHECK (text <> ''),
    recorded_at TEXT NOT NULL
) STRICT;
CREATE TABLE initiative ({r},
    name TEXT NOT NULL CHECK (name <> ''),
    native_name TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    owner_organisation_id INTEGER REFERENCES organisation (id),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN
        ('proposed', 'active', 'on_hold', 'completed', 'cancelled')),
    start_on TEXT,
    target_on TEXT,
    parent_id INTEGER REFERENCES initiative (id),
    source_id INTEGER REFERENCES source (id)
) STRICT;
CREATE TABLE announcement ({r},
    meeting_id INTEGER REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    person_id INTEGER REFERENCES person (id),
    organisation_id INTEGER REFERENCES organisation (id),
    made_on TEXT,
    text TEXT NOT NULL CHECK (text <> ''),
    source_id INTEGER REFERENCES source (id),
    position INTEGER NOT NULL DEFAULT 0,
    CHECK (meeting_id IS NOT NULL OR made_on IS NOT NULL)
) STRICT;
CREATE TABLE decision ({r},
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    number INTEGER NOT NULL CHECK (number > 0),
    meeting_id INTEGER REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    text TEXT NOT NULL CHECK (text <> ''),
    status TEXT NOT NULL DEFAULT 'adopted' CHECK (status IN
        ('adopted', 'rejected', 'deferred', 'superseded')),
    superseded_by_id INTEGER REFERENCES decision (id),
    votes_for INTEGER CHECK (votes_for IS NULL OR votes_for >= 0),
    votes_against INTEGER CHECK (votes_against IS NULL OR votes_against >= 0),
    votes_abstain INTEGER CHECK (votes_abstain IS NULL OR votes_abstain >= 0),
    decided_on TEXT,
    source_id INTEGER REFERENCES source (id),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (committee_id, number),
    CHECK (status = 'superseded' OR superseded_by_id IS NULL)
) STRICT;
CREATE TABLE figure ({r},
    announcement_id INTEGER REFERENCES announcement (id),
    decision_id INTEGER REFERENCES decision (id),
    initiative_id INTEGER REFERENCES initiative (id),
    position INTEGER NOT NULL DEFAULT 0,
    label TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('quantity', 'money')),
    qualifier TEXT NOT NULL DEFAULT 'exact' CHECK (qualifier IN
        ('exact', 'about', 'up_to', 'at_least', 'target')),
    quantity TEXT,
    unit TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER,
    currency TEXT,
    equiv_amount_minor INTEGER,
    equiv_currency TEXT,
    CHECK ((announcement_id IS NOT NULL) + (decision_id IS NOT NULL)
           + (initiative_id IS NOT NULL) = 1),
    CHECK (kind <> 'quantity' OR (quantity IS NOT NULL AND unit <> '' AND amount_minor IS NULL)),
    CHECK (kind <> 'money' OR (amount_minor IS NOT NULL AND quantity IS NULL
           AND length(currency) = 3 AND currency = upper(currency))),
    CHECK ((equiv_amount_minor IS NULL) = (equiv_currency IS NULL))
) STRICT;
CREATE TABLE decision_initiative ({r},
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    initiative_id INTEGER NOT NULL REFERENCES initiative (id),
    UNIQUE (decision_id, initiative_id)
) STRICT;
CREATE TABLE announcement_initiative ({r},
    announcement_id INTEGER NOT NULL REFERENCES announcement (id),
    initiative_id INTEGER NOT NULL REFERENCES initiative (id),
    UNIQUE (announcement_id, initiative_id)
) STRICT;
CREATE TABLE action ({r},
    committee_id INTEGER NOT NULL REFERENCES committee (id),
    number INTEGER NOT NULL CHECK (number > 0),
    meeting_id INTEGER REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    decision_id INTEGER REFERENCES decision (id),
    initiative_id INTEGER REFERENCES initiative (id),
    text TEXT NOT NULL CHECK (text <> ''),
    owner_person_id INTEGER REFERENCES person (id),
    owner_organisation_id INTEGER REFERENCES organisation (id),
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
        ('open', 'in_progress', 'done', 'cancelled', 'blocked')),
    priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN
        ('low', 'normal', 'high', 'urgent')),
    closed_on TEXT,
    source_id INTEGER REFERENCES source (id),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (committee_id, number),
    CHECK (owner_person_id IS NULL OR owner_organisation_id IS NULL)
) STRICT;
CREATE TABLE action_note ({r},
    action_id INTEGER NOT NULL REFERENCES action (id),
    noted_on TEXT NOT NULL,
    text TEXT NOT NULL CHECK (text <> ''),
    author TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE minutes_version ({r},
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    version INTEGER NOT NULL CHECK (version > 0),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    language TEXT NOT NULL DEFAULT 'fr',
    approved_at_meeting_id INTEGER REFERENCES meeting (id),
    approved_on TEXT,
    amendment_reason TEXT NOT NULL DEFAULT '',
    pdf_sha256 TEXT,
    pdf BLOB,
    UNIQUE (meeting_id, version)
) STRICT;
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    op INTEGER NOT NULL,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    label TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    row_uuid TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    fields TEXT NOT NULL,
    before TEXT,
    after TEXT
) STRICT;
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END
""",
    )
    # Every foreign key is indexed (deletes and joins), plus the orders lists filter by.
    indexes = {
        "organisation": ["parent_id"],
        "person_role": ["person_id", "organisation_id"],
        "committee": ["parent_id"],
        "membership": ["committee_id", "person_id"],
        "meeting_series": ["committee_id"],
        "meeting": [
            "committee_id, starts_at",
            "starts_at",
            "status, starts_at",
            "chair_id",
            "convener_id",
            "secretary_id",
            "series_id",
            "source_id",
        ],
        "attendance": ["person_id", "represented_by_id"],
        "agenda_item": ["meeting_id, position", "presenter_id"],
        "note": ["meeting_id, position", "agenda_item_id"],
        "initiative": ["owner_organisation_id", "parent_id", "source_id", "status"],
        "announcement": [
            "meeting_id, position",
            "agenda_item_id",
            "person_id",
            "organisation_id",
            "source_id",
            "made_on",
        ],
        "decision": [
            "meeting_id, position",
            "agenda_item_id",
            "superseded_by_id",
            "source_id",
            "decided_on",
        ],
        "figure": ["announcement_id", "decision_id", "initiative_id"],
        "decision_initiative": ["initiative_id"],
        "announcement_initiative": ["initiative_id"],
        "action": [
            "status, due_on",
            "due_on",
            "owner_person_id, status",
            "owner_organisation_id, status",
            "committee_id, status",
            "meeting_id, position",
            "agenda_item_id",
            "decision_id",
            "initiative_id, status",
            "source_id",
        ],
        "action_note": ["action_id, noted_on"],
        "minutes_version": ["approved_at_meeting_id"],
        "history": ["op", "row_uuid", "table_name, row_id"],
    }
    for table, columns_list in indexes.items():
        for columns in columns_list:
            name = f"idx_{table}_" + "_".join(c.strip() for c in columns.split(","))
            db.execute(f"CREATE INDEX {name} ON {table} ({columns})")
    db.execute("INSERT INTO meta (key, value) VALUES ('application', 'minutier')")


@migration
def m002_search_index(db: Database) -> None:
    """One full-text index over the texts people search, kept in step by triggers."""
    from minutier.store import search_legacy

    search_legacy.create_v1(db)


@migration
def m003_action_due_order(db: Database) -> None:
    """Index the order of the actions list by due date (dated first, undated last).

    The list sorts by ``a.due_on IS NULL, a.due_on``; without an index on that expression every
    page sorted all actions (280 ms for 200,000, measured by ``python -m minutier.bench``).
    """
    db.execute("CREATE INDEX idx_action_due_order ON action (due_on IS NULL, due_on)")


@migration
def m004_money_needs_currency(db: Database) -> None:
    """Refuse a sum of money without a currency, and a malformed equivalent currency.

    The CHECK of m001 reads ``length(currency) = 3``, which is NULL (so passes) when the
    currency is missing. A CHECK cannot be added to an existing table, so triggers enforce it.
    """
    money_triggers(db)


@migration
def m005_minutes_freeze(db: Database) -> None:
    """Approved minutes freeze their meeting; versions keep their content digest and amendment.

    - ``minutes_version.content_sha256``: SHA-256 of the meeting's frozen content at approval
      (``services.minutes_content.digest``); its first 16 hex digits are printed in the footer
      of the approved PDF, whose own bytes' SHA-256 is ``pdf_sha256``.
    - ``minutes_version.paper`` (a4, letter) the stored PDF was laid out on, and
      ``amended_on``, the date of the amendment that opened this version.
    - The freeze triggers of ``store.freeze``: while a meeting is approved (and an approved
      version is on file), its content is refused INSERT/UPDATE/DELETE with "frozen: …"; an
      action's follow-up (status, closing date, priority, progress notes) and a decision's
      later supersession stay editable — they record what happened after the meeting, not
      what was decided at it. Approved versions can be neither changed nor deleted.
    """
    from minutier.store import freeze

    for statement in (
        "ALTER TABLE minutes_version ADD COLUMN content_sha256 TEXT "
        "CHECK (content_sha256 IS NULL OR length(content_sha256) = 64)",
        "ALTER TABLE minutes_version ADD COLUMN paper TEXT NOT NULL DEFAULT 'a4' "
        "CHECK (paper IN ('a4', 'letter'))",
        "ALTER TABLE minutes_version ADD COLUMN amended_on TEXT",
    ):
        db.execute(statement)
    freeze.create_triggers(db)


@migration
def m006_action_closed_on(db: Database) -> None:
    """Index when actions were closed: the dashboard counts the last year's closings by month.

    Without it that count read every action (43 ms on 200,000; with it 2 ms, found by
    ``python -m minutier.bench``). Partial: open actions have no closing date.
    """
    db.execute(
        "CREATE INDEX idx_action_closed_on ON action (closed_on) WHERE closed_on IS NOT NULL"
    )


@migration
def m007_decision_order(db: Database) -> None:
    """Index the decisions list's order (latest first, then by number), so it can page.

    A page deep in 50,000 decisions read every decision before it in the table (113 ms for
    the last page); with the order in an index it is 1 ms (``python -m minutier.bench``).
    """
    db.execute("CREATE INDEX idx_decision_order ON decision (decided_on, number)")


def money_triggers(db: Database) -> None:
    """(Re)create the triggers of m004 that refuse money without a proper currency code."""
    rule = (
        "NEW.kind = 'money' AND (NEW.currency IS NULL OR length(NEW.currency) <> 3 "
        "OR NEW.currency <> upper(NEW.currency))"
    )
    equiv = (
        "NEW.equiv_currency IS NOT NULL AND (length(NEW.equiv_currency) <> 3 "
        "OR NEW.equiv_currency <> upper(NEW.equiv_currency))"
    )
    for event in ("INSERT", "UPDATE"):
        db.execute(f"DROP TRIGGER IF EXISTS figure_currency_{event.lower()}")
        db.execute(
            f"CREATE TRIGGER figure_currency_{event.lower()} BEFORE {event} ON figure "
            f"WHEN ({rule}) OR ({equiv}) BEGIN SELECT RAISE(ABORT, "
            "'CHECK constraint failed: a sum of money needs a three-letter currency code'); END"
        )


_HISTORY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS history_no_update BEFORE UPDATE ON history "
    "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS history_no_delete BEFORE DELETE ON history "
    "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END",
)


def restore_triggers(db: Database) -> None:
    """Put back every trigger the schema relies on: search index, money, freeze, history.

    sqlite-utils' ``transform()`` rebuilds a table and silently drops its triggers; call this
    after any transform (tests/store/test_schema_triggers.py shows each family comes back).
    """
    from minutier.store import (
        attachment_schema,
        freeze,
        proxy_rules,
        search_schema,
        tally,
        timeline_index,
    )

    search_schema.create_triggers(db)
    tally.create_triggers(db)
    if "timeline_entry" in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}:
        timeline_index.create_triggers(db)
    money_triggers(db)
    freeze.create_triggers(db)
    if "quorum" in {c[1] for c in db.execute("PRAGMA table_info(committee)").fetchall()}:
        proxy_rules.create_triggers(db)
    attachment_schema.create_triggers(db)
    for statement in _HISTORY_TRIGGERS:
        db.execute(statement)


def upgrade(db: Database) -> None:
    """Apply pending migrations, each in its own transaction together with its version number."""
    migration_set().apply(db)
    db.execute(f"PRAGMA user_version = {len(_applied_in_order)}")


@migration
def m008_quorum_rule_and_proxies(db: Database) -> None:
    """Each committee's quorum rule, and proxies held only by members who attend.

    ``committee.quorum``: "" (no rule), a count ("5"), a fraction of the voting members
    ("2/3") or "majority" (``core.quorum``); ``committee.proxies``: whether members represented
    by a proxy count towards it. The triggers of ``store.proxy_rules`` refuse a proxy held by
    a member marked excused or absent at the same meeting.
    """
    from minutier.store import proxy_rules

    db.execute("ALTER TABLE committee ADD COLUMN quorum TEXT NOT NULL DEFAULT ''")
    db.execute(
        "ALTER TABLE committee ADD COLUMN proxies TEXT NOT NULL DEFAULT 'count' "
        "CHECK (proxies IN ('count', 'exclude'))"
    )
    proxy_rules.create_triggers(db)


@migration
def m009_standing_agenda_items(db: Database) -> None:
    """Agenda items marked standing return at every meeting: "plan the next meeting" copies them."""
    db.execute(
        "ALTER TABLE agenda_item ADD COLUMN recurs TEXT NOT NULL DEFAULT 'once' "
        "CHECK (recurs IN ('once', 'standing'))"
    )


@migration
def m010_attachments(db: Database) -> None:
    """Files attached to a meeting, an agenda item or a decision, kept inside the register.

    Name, media type, size and SHA-256 beside the bytes (at most 25 MiB a file), frozen with
    approved minutes (``store.attachment_schema``). Searchable by ``name``.
    """
    from minutier.store import attachment_schema

    attachment_schema.create(db)


@migration
def m011_organisation_email(db: Database) -> None:
    """Organisations get an e-mail address (people have one): reminders reach the owners of actions."""
    db.execute("ALTER TABLE organisation ADD COLUMN email TEXT NOT NULL DEFAULT ''")


# Records that may be marked confidential (left out of the public minutes and exports).
CONFIDENTIAL_TABLES = ("agenda_item", "note", "announcement", "decision", "action")


@migration
def m012_confidential_marks(db: Database) -> None:
    """A confidential mark on agenda items, notes, announcements, decisions and actions, and the
    public edition of each approved version of the minutes.

    ``confidential`` (0/1) marks what the public minutes leave out (``core.confidential``).
    ``minutes_version.public_pdf`` / ``public_pdf_sha256``: the public edition archived at
    approval beside the internal one (``pdf``), each with the SHA-256 of its own bytes, so
    ``verify`` can say which edition a file is. The content digest counts the mark only when
    it is set, so minutes approved before this migration keep their digest.
    """
    for table in CONFIDENTIAL_TABLES:
        db.execute(
            f"ALTER TABLE {table} ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0 "
            "CHECK (confidential IN (0, 1))"
        )
    from minutier.store import freeze

    db.execute("ALTER TABLE minutes_version ADD COLUMN public_pdf BLOB")
    db.execute(
        "ALTER TABLE minutes_version ADD COLUMN public_pdf_sha256 TEXT "
        "CHECK (public_pdf_sha256 IS NULL OR length(public_pdf_sha256) = 64)"
    )
    freeze.create_triggers(db)  # actions and decisions: the mark is frozen with the rest


@migration
def m013_house_style(db: Database) -> None:
    """Each committee's house style (``core.house_style``): letterhead, accent colour, typeface,
    header and footer lines, paper, the Korean chair term and the attendance signature option.

    One row per committee at most; a committee without one prints in the plain style.
    """
    _run(
        db,
        f"""CREATE TABLE house_style ({_RECORD},
    committee_id INTEGER NOT NULL UNIQUE REFERENCES committee (id) ON DELETE CASCADE,
    issuer_lines TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    logo BLOB,
    logo_type TEXT NOT NULL DEFAULT '' CHECK (logo_type IN ('', 'png', 'svg')),
    accent TEXT NOT NULL DEFAULT '#1a1a1a' CHECK (accent GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    typeface TEXT NOT NULL DEFAULT 'sans' CHECK (typeface IN ('sans', 'serif')),
    header TEXT NOT NULL DEFAULT '',
    footer TEXT NOT NULL DEFAULT '',
    paper TEXT NOT NULL DEFAULT 'a4' CHECK (paper IN ('a4', 'letter')),
    chair_term_ko TEXT NOT NULL DEFAULT '위원장' CHECK (chair_term_ko IN ('위원장', '의장')),
    attendance_signatures INTEGER NOT NULL DEFAULT 0 CHECK (attendance_signatures IN (0, 1))
) STRICT""",
    )


@migration
def m014_merge_conflicts(db: Database) -> None:
    """Merging copies of a register: its identity, and the conflicts that wait for a person.

    - ``meta.register_uuid``: which register this file is (a review pack cut from it records
      it as its origin; a pack from another register is refused by that).
    - ``merge_conflict``: one field (or whole record) that both sides changed differently
      since their common base (``services.merge``): base, register and incoming values as
      JSON (references as UUIDs), who changed it when on each side, and how it was resolved.
      Written through ``Operation`` like a record, so a merge and a resolution are undoable.
    """
    from minutier.core import clock

    _run(
        db,
        f"""
CREATE TABLE merge_conflict ({_RECORD},
    source TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_uuid TEXT NOT NULL,
    field TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    reason TEXT NOT NULL DEFAULT '',
    base TEXT,
    register TEXT,
    incoming TEXT,
    register_who TEXT NOT NULL DEFAULT '',
    register_at TEXT,
    incoming_who TEXT NOT NULL DEFAULT '',
    incoming_at TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept_register', 'took_incoming')),
    resolved_by TEXT NOT NULL DEFAULT '',
    resolved_at TEXT
) STRICT;
CREATE INDEX idx_merge_conflict_status_row ON merge_conflict (status, table_name, row_uuid)
""",
    )
    db.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('register_uuid', ?)",
        [clock.new_register_uuid()],  # random; derived from the namespace inside clock.pinned
    )


@migration
def m015_sync_hub_ops(db: Database) -> None:
    """Sharing a register through a hub: which operations came from it, went to it, or wait.

    ``sync_op`` links an operation of this register's history (``op``) to its operation on the
    hub (``op_uuid``, ``origin`` replica, the hub's ``seq``): ``hub`` came from the hub,
    ``pending`` waits to be pushed (its UUID is fixed before the push, so a push cut short is
    recognised, never doubled), ``pushed`` went, ``replaced`` was re-applied after others'
    operations (the re-applied one is pending instead), ``local`` is never pushed (conflict
    bookkeeping). The hub's address, this replica's id and the last seq pulled are in ``meta``
    (``sync.*``); never a password.
    """
    _run(
        db,
        """
CREATE TABLE sync_op (
    id INTEGER PRIMARY KEY,
    op INTEGER UNIQUE,
    op_uuid TEXT NOT NULL UNIQUE CHECK (length(op_uuid) = 36),
    origin TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('hub', 'pending', 'pushed', 'replaced', 'local')),
    seq INTEGER UNIQUE,
    author TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX idx_sync_op_state ON sync_op (state, op)
""",
    )


@migration
def m016_merged_packs(db: Database) -> None:
    """Which review packs this register merged (``services.packs.merge_back``).

    Written in the merge's own operation, so undoing the merge removes the row and the pack can
    be merged again; without it, a pack is refused as "already merged".
    """
    _run(
        db,
        f"""
CREATE TABLE merged_pack ({_RECORD},
    pack_uuid TEXT NOT NULL,
    file TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    merged_by TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX idx_merged_pack_pack_uuid ON merged_pack (pack_uuid)
""",
    )


@migration
def m017_minutes_confirmations(db: Database) -> None:
    """Attendees confirm the draft minutes, or comment on them, as a whole or item by item.

    One row per confirmation or comment (``kind``), by whom (``person_id``), on which meeting
    and, optionally, which agenda item. Made offline in a confirmation pack and merged back
    (``services.packs``); "confirmed by N of M attendees" and the approval block read them.
    """
    _run(
        db,
        f"""
CREATE TABLE minutes_confirmation ({_RECORD},
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    agenda_item_id INTEGER REFERENCES agenda_item (id),
    person_id INTEGER NOT NULL REFERENCES person (id),
    kind TEXT NOT NULL CHECK (kind IN ('confirm', 'comment')),
    text TEXT NOT NULL DEFAULT '',
    CHECK (kind = 'confirm' OR text <> '')
) STRICT;
CREATE INDEX idx_minutes_confirmation_meeting_id ON minutes_confirmation (meeting_id, person_id);
CREATE INDEX idx_minutes_confirmation_agenda_item_id ON minutes_confirmation (agenda_item_id);
CREATE INDEX idx_minutes_confirmation_person_id ON minutes_confirmation (person_id)
""",
    )


@migration
def m018_search_words(db: Database) -> None:
    """Search by whole words and by trigrams, over every record people look for.

    The trigram index of m002 alone ranked every match with bm25 (61-115 ms for a common word
    on the 20-year archive, growing with it). Now the folded text is stored once
    (``search_text``) and indexed twice: whole words (``unicode61``), ranked first, and
    trigrams for words inside compounds; a kind of record is a key range, so the newest
    matches of each kind are read without the others. Committees, people and organisations
    are indexed too, and the text is folded again (typographic dashes, quotes and zero-width
    characters now fold like the keyboard's).
    """
    from minutier.store import search_legacy

    search_legacy.drop_v1(db)
    search_schema.create(db)


@migration
def m019_open_actions_by_owner(db: Database) -> None:
    """Index the open actions by owner with their due date: the dashboard's largest query.

    Grouping open actions by owner went through the status index and then the table, row by
    row (37 ms on the 4x archive, growing with it); this partial index holds only open
    actions and every column the grouping reads (10 ms). ``queries._OPEN_SQL`` must stay the
    same text as this WHERE for SQLite to use it (tests/store/test_query_plans.py).
    """
    db.execute(
        "CREATE INDEX idx_action_open_owner ON action (owner_person_id, owner_organisation_id, "
        "due_on) WHERE status IN ('open', 'in_progress', 'blocked')"
    )


@migration
def m020_dashboard_tallies(db: Database) -> None:
    """Running counts for the dashboard: open actions per owner, closings per month.

    Both were counted from the actions at every refresh, in step with the archive (4x archive:
    ~20 ms of the dashboard's 30); triggers keep the counts (``store.tally``) instead.
    """
    from minutier.store import tally

    tally.create(db)


@migration
def m021_timeline_order(db: Database) -> None:
    """Keep each initiative's timeline in date order (``store.timeline_index``).

    The query plan already read the initiative's links through their indexes, but the date of
    an entry comes from its record or its meeting, so every linked record was read and sorted
    to show the newest 200: the timeline's cost grew with the initiative's whole history (the
    flagship's, in step with the archive: 15 ms at 1x, 83 ms at 4x). A narrow table in that
    order, kept by triggers, gives one page by reading one page.
    """
    from minutier.store import timeline_index

    timeline_index.create(db)
