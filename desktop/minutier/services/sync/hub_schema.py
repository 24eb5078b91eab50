"""The hub's schema in PostgreSQL: an append-only, totally ordered log of operations.

Versioned like the register's: each entry of ``MIGRATIONS`` runs once, in order, in its own
transaction, and is recorded in ``hub_schema``. Never edit a shipped entry: append one.

- ``ops``: one row per operation (one user action on some replica), numbered by ``seq`` in the
  order pushes committed. ``op_uuid`` is unique (pushing twice stores once); ``author`` is the
  PostgreSQL role that pushed it, set and checked by a trigger (an operation claiming another
  author is refused); rows can be neither changed nor deleted, and changes can only be added
  to an operation by the role that pushes it, in the same transaction.
- ``op_changes``: the rows one operation changed (table, row UUID, insert/update/delete, the
  fields before and after, references to other rows written as their UUIDs).
- ``counters``: the last meeting/decision/action number handed out per committee; numbers are
  given at push, in the push's transaction, so no two records end with the same reference;
  a counter never goes down.
- ``replicas``: every register that pushed or pulled, with the role that used it last.
"""

from __future__ import annotations

PUSH_LOCK = 1835626101  # the advisory lock every push holds (``hub.push``; in h001 too)

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "h001_log",
        """
CREATE TABLE hub_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE replicas (
    replica uuid PRIMARY KEY,
    role text NOT NULL DEFAULT current_user,
    label text NOT NULL DEFAULT '',
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE ops (
    seq bigserial PRIMARY KEY,
    op_uuid uuid NOT NULL UNIQUE,
    replica uuid NOT NULL,
    author text,
    at text NOT NULL,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    label text NOT NULL DEFAULT '',
    local_who text NOT NULL DEFAULT ''
);
CREATE TABLE op_changes (
    seq bigint NOT NULL REFERENCES ops (seq),
    position integer NOT NULL,
    table_name text NOT NULL,
    row_uuid uuid NOT NULL,
    kind text NOT NULL CHECK (kind IN ('insert', 'update', 'delete')),
    before jsonb,
    after jsonb,
    PRIMARY KEY (seq, position)
);
CREATE INDEX op_changes_row ON op_changes (row_uuid);
CREATE TABLE counters (
    table_name text NOT NULL,
    committee uuid NOT NULL,
    last_number integer NOT NULL CHECK (last_number >= 0),
    PRIMARY KEY (table_name, committee)
);
CREATE FUNCTION ops_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Operations are appended under the push lock only, so seq order is commit order and a
    -- reader never sees a later operation before an earlier one (no gaps to fall into).
    IF NOT pg_try_advisory_xact_lock(1835626101) THEN
        RAISE EXCEPTION 'operations are appended by one push at a time; try again'
            USING ERRCODE = 'lock_not_available';
    END IF;
    IF NEW.author IS NULL THEN
        NEW.author := current_user;
    ELSIF NEW.author IS DISTINCT FROM current_user::text THEN
        RAISE EXCEPTION 'operation claims author %, but was pushed by %', NEW.author, current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER ops_author BEFORE INSERT ON ops FOR EACH ROW EXECUTE FUNCTION ops_author();
CREATE FUNCTION ops_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the hub''s log is append-only';
END $$;
CREATE TRIGGER ops_no_change BEFORE UPDATE OR DELETE ON ops
    FOR EACH ROW EXECUTE FUNCTION ops_append_only();
CREATE TRIGGER op_changes_no_change BEFORE UPDATE OR DELETE ON op_changes
    FOR EACH ROW EXECUTE FUNCTION ops_append_only();
CREATE FUNCTION op_changes_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- A change belongs to an operation pushed by the same role in the same transaction:
    -- nobody can add rows to another officer's operation, or to an old one of their own.
    IF NOT EXISTS (SELECT 1 FROM ops WHERE seq = NEW.seq AND author = current_user::text
                   AND pushed_at = now()) THEN
        RAISE EXCEPTION 'a change can only be added to an operation pushed in the same transaction'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER op_changes_own BEFORE INSERT ON op_changes
    FOR EACH ROW EXECUTE FUNCTION op_changes_own();
CREATE FUNCTION counters_only_up() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_number < OLD.last_number OR NEW.table_name <> OLD.table_name
       OR NEW.committee <> OLD.committee THEN
        RAISE EXCEPTION 'a number counter only goes up' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER counters_only_up BEFORE UPDATE ON counters
    FOR EACH ROW EXECUTE FUNCTION counters_only_up();
CREATE TRIGGER counters_no_delete BEFORE DELETE ON counters
    FOR EACH ROW EXECUTE FUNCTION ops_append_only();
GRANT SELECT ON hub_meta, hub_schema TO PUBLIC;
GRANT SELECT, INSERT ON ops, op_changes TO PUBLIC;
GRANT USAGE ON SEQUENCE ops_seq_seq TO PUBLIC;
GRANT SELECT, INSERT, UPDATE ON counters, replicas TO PUBLIC
""",
    ),
)

LATEST = len(MIGRATIONS)

BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS hub_schema (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
)"""
