"""Building the demo register from ``resources/demo/seed-meeting.toml`` through the services.

The build runs under a pinned clock with reproducible UUIDs, so the demo database — and the
minutes printed from it — are the same on every machine. Records are created by the same
service functions a user's actions call, so the demo is also a test that a real meeting fits.
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

from minutier.core import clock
from minutier.core.errors import MinutierError
from minutier.core.figures import Figure
from minutier.services import actions, decisions, meetings, records
from minutier.store import atomic
from minutier.store.connection import Store, open_store

SOURCE = "seed-meeting.toml"


def load_source() -> dict[str, Any]:
    """The demo's description, read from the package's resources."""
    text = (resources.files("minutier.resources") / "demo" / SOURCE).read_text(encoding="utf-8")
    return tomllib.loads(text)


def _figures(items: list[dict[str, Any]]) -> list[Figure]:
    out = []
    for f in items:
        common = {"label": f.get("label", ""), "qualifier": f.get("qualifier", "exact")}
        if "amount" in f:
            equivalent = tuple(f["equivalent"]) if "equivalent" in f else None
            out.append(Figure.of_money(f["amount"], f["currency"], equivalent=equivalent, **common))
        else:
            out.append(Figure.of_quantity(f["quantity"], f["unit"], **common))
    return out


class _Builder:
    def __init__(self, store: Store, data: dict[str, Any]) -> None:
        self.store = store
        self.data = data
        self.ids: dict[str, tuple[str, int]] = {}

    def ref(self, key: str | None, table: str | None = None) -> int | None:
        if key is None:
            return None
        kind, row_id = self.ids[key]
        if table and kind != table:
            raise MinutierError(f"demo source: {key!r} is a {kind}, not a {table}")
        return row_id

    def keep(self, spec: dict[str, Any], table: str, row_id: int) -> None:
        if "key" in spec:
            self.ids[spec["key"]] = (table, row_id)

    def build(self) -> None:
        s, d = self.store, self.data
        for spec in d.get("source", []):
            values = {k: v for k, v in spec.items() if k != "key"}
            self.keep(spec, "source", records.create(s, "source", values, label="Add source"))
        for spec in d.get("organisation", []):
            values = {k: v for k, v in spec.items() if k != "key"}
            self.keep(spec, "organisation", records.create(s, "organisation", values))
        for spec in d.get("person", []):
            values = {k: v for k, v in spec.items() if k not in ("key", "roles")}
            person_id = records.create(s, "person", values)
            self.keep(spec, "person", person_id)
            for role in spec.get("roles", []):
                records.create(
                    s,
                    "person_role",
                    {
                        "person_id": person_id,
                        "title": role["title"],
                        "organisation_id": self.ref(role.get("organisation"), "organisation"),
                    },
                )
        for spec in d.get("committee", []):
            values = {k: v for k, v in spec.items() if k not in ("key", "parent")}
            values["parent_id"] = self.ref(spec.get("parent"), "committee")
            self.keep(spec, "committee", records.create(s, "committee", values))
        for spec in d.get("membership", []):
            records.create(
                s,
                "membership",
                {
                    "committee_id": self.ref(spec["committee"], "committee"),
                    "person_id": self.ref(spec["person"], "person"),
                    "role": spec.get("role", "member"),
                },
            )
        self._initiatives()
        self._meetings()

    def _initiatives(self) -> None:
        for spec in self.data.get("initiative", []):
            values = {
                k: v for k, v in spec.items() if k not in ("key", "owner", "source", "figures")
            }
            values["owner_organisation_id"] = self.ref(spec.get("owner"), "organisation")
            values["source_id"] = self.ref(spec.get("source"), "source")
            initiative_id = records.create(self.store, "initiative", values)
            self.keep(spec, "initiative", initiative_id)
            if spec.get("figures"):
                decisions.update_links(
                    self.store, "initiative", initiative_id, figures=_figures(spec["figures"])
                )

    def _meetings(self) -> None:
        s, d = self.store, self.data
        for spec in d.get("meeting", []):
            status = spec.get("status", "planned")
            meeting_id = meetings.plan_meeting(
                s,
                self.ref(spec["committee"], "committee"),
                spec["starts_at"],
                carry_over=False,
                number=spec.get("number"),
                title=spec.get("title", ""),
                ends_at=spec.get("ends_at"),
                place=spec.get("place", ""),
                chair_id=self.ref(spec.get("chair"), "person"),
                convener_id=self.ref(spec.get("convener"), "person"),
                source_id=self.ref(spec.get("source"), "source"),
                notes=spec.get("notes", ""),
            )
            self.keep(spec, "meeting", meeting_id)
            for line in spec.get("attendance", []):
                meetings.set_attendance(
                    s,
                    meeting_id,
                    self.ref(line["person"], "person"),
                    line.get("status", "present"),
                    capacity=line.get("capacity"),
                )
            if status != "planned":
                meetings.set_status(s, meeting_id, status)
        for spec in d.get("agenda", []):
            extra = {
                "notes": spec.get("notes", ""),
                "presenter_id": self.ref(spec.get("presenter"), "person"),
            }
            item_id = meetings.add_agenda_item(
                s, self.ref(spec["meeting"], "meeting"), spec["title"], **extra
            )
            self.keep(spec, "agenda_item", item_id)
        for spec in d.get("announcement", []):
            decisions.record_announcement(
                s,
                spec["text"],
                meeting_id=self.ref(spec.get("meeting"), "meeting"),
                agenda_item_id=self.ref(spec.get("agenda"), "agenda_item"),
                person_id=self.ref(spec.get("person"), "person"),
                source_id=self.ref(spec.get("source"), "source"),
                initiative_ids=[self.ref(k, "initiative") for k in spec.get("initiatives", [])],
                figures=_figures(spec.get("figures", [])),
            )
        for spec in d.get("decision", []):
            decision_id = decisions.record_decision(
                s,
                spec["text"],
                meeting_id=self.ref(spec.get("meeting"), "meeting"),
                agenda_item_id=self.ref(spec.get("agenda"), "agenda_item"),
                initiative_ids=[self.ref(k, "initiative") for k in spec.get("initiatives", [])],
                figures=_figures(spec.get("figures", [])),
            )
            self.keep(spec, "decision", decision_id)
        for spec in d.get("action", []):
            owner_kind, owner_id = self.ids[spec["owner"]]
            action_id = actions.create_action(
                s,
                spec["text"],
                meeting_id=self.ref(spec.get("meeting"), "meeting"),
                agenda_item_id=self.ref(spec.get("agenda"), "agenda_item"),
                decision_id=self.ref(spec.get("decision"), "decision"),
                initiative_id=self.ref(spec.get("initiative"), "initiative"),
                due=spec.get("due_on"),
                priority=spec.get("priority", "normal"),
                **{f"owner_{owner_kind}_id": owner_id},
            )
            for note in spec.get("notes", []):
                actions.add_progress_note(
                    s, action_id, note["text"], noted_on=note["noted_on"], author=s.who
                )


def build_demo(path: str | os.PathLike[str], *, replace: bool = False) -> Path:
    """Write the demo register to ``path`` (refusing to overwrite unless ``replace``)."""
    path = Path(path)
    if os.path.lexists(path) and not replace:
        raise MinutierError(f"{path} already exists; the demo will not overwrite it.")
    data = load_source()
    build = data.get("build", {})
    now = dt.datetime.fromisoformat(build["now"].replace("Z", "+00:00"))
    # Built under a private name and linked into place: a failed or killed build never leaves
    # half a demo, and a register open in a window is never replaced (``store.atomic``).
    with (
        atomic.building(path, replace=replace) as tmp,
        clock.pinned(now, uuid_namespace=build["uuid_namespace"]),
    ):
        store = open_store(tmp, create=True, who=build.get("who"))
        try:
            _Builder(store, data).build()
            # sqlite-utils stamps migrations with the real clock; the demo uses its own.
            with store.transaction():
                store.conn.execute(
                    "UPDATE _sqlite_migrations SET applied_at = ?", (now.isoformat(sep=" "),)
                )
        finally:
            store.close()  # checkpoints: the file alone is complete
    return path
