"""People & organisations: people with their roles (each with a period), organisations,
committees, and who is a member of which committee."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from minutier.core.enums import ActionStatus, MembershipRole, OrganisationKind
from minutier.store import queries
from minutier.ui.context import AppContext
from minutier.ui.forms import chair_term, localized, open_editor
from minutier.ui.forms.labels import choice_label
from minutier.ui.models.rows import Column
from minutier.ui.pages.base import ListDetailPage
from minutier.ui.pages.records_tab import RecordsTab, esc, h3, link, para
from minutier.ui.views import fit_columns

TAB_OF = {"person": 0, "person_role": 0, "membership": 0, "organisation": 1, "committee": 2}


def _native(row: dict) -> str:
    return row.get("native_name") or ""


class PeoplePage(ListDetailPage):
    key = "people"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("people_page")
        self.splitter.hide()  # each tab has its own list + detail splitter
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("people_tabs")
        self.outer.addWidget(self.tabs)
        self.people = RecordsTab(
            ctx,
            "person",
            [
                Column("name", lambda: self.tr("Name")),
                Column("native_name", lambda: self.tr("Own script"), _native),
                Column("roles", lambda: self.tr("Roles")),
                Column("open_actions", lambda: self.tr("Open actions"), numeric=True),
            ],
            lambda: queries.people(ctx.store),
            self.describe_person,
            new_text=self.tr("New person…"),
            name="people",
            parent=self,
        )
        self.people.add_button(
            self.tr("Add to a committee…"), "add_membership", self.add_membership
        )
        self.organisations = RecordsTab(
            ctx,
            "organisation",
            [
                Column("name", lambda: self.tr("Name")),
                Column("short_name", lambda: self.tr("Short name")),
                Column("native_name", lambda: self.tr("Own script"), _native),
                Column(
                    "kind",
                    lambda: self.tr("Kind"),
                    lambda r: choice_label(OrganisationKind(r["kind"])),
                ),
                Column("open_actions", lambda: self.tr("Open actions"), numeric=True),
            ],
            lambda: queries.organisations(ctx.store),
            self.describe_organisation,
            new_text=self.tr("New organisation…"),
            name="organisations",
            parent=self,
        )
        self.committees = RecordsTab(
            ctx,
            "committee",
            [
                Column("code", lambda: self.tr("Code")),
                Column("name", lambda: self.tr("Name")),
                Column("parent_name", lambda: self.tr("Part of")),
                Column("meetings", lambda: self.tr("Meetings"), numeric=True),
                Column("members", lambda: self.tr("Members"), numeric=True),
            ],
            lambda: queries.committees(ctx.store),
            self.describe_committee,
            new_text=self.tr("New committee…"),
            name="committees",
            parent=self,
        )
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.committees, self.tr("Committees"))
        kinds = [choice_label(k) for k in OrganisationKind]
        fit_columns(self.people.view, {0: 22, 1: 12}, stretch=2, fit={3: ["888"]})
        fit_columns(self.organisations.view, {1: 10, 2: 18}, stretch=0, fit={3: kinds, 4: ["888"]})
        fit_columns(self.committees.view, {0: 9, 2: 24}, stretch=1, fit={3: ["888"], 4: ["888"]})
        self.reload()

    def title(self) -> str:
        return self.tr("People & organisations")

    def tabs_list(self) -> list[RecordsTab]:
        return [self.people, self.organisations, self.committees]

    def reload(self) -> None:
        for tab in self.tabs_list():
            tab.reload()

    def show_record(self, table: str, row_id: int) -> bool:
        if table not in TAB_OF:
            return False
        if table == "person_role":
            row = self.ctx.store.query_one(
                "SELECT person_id FROM person_role WHERE id = ?", (row_id,)
            )
            table, row_id = "person", row["person_id"] if row else 0
        elif table == "membership":
            row = self.ctx.store.query_one(
                "SELECT person_id FROM membership WHERE id = ?", (row_id,)
            )
            table, row_id = "person", row["person_id"] if row else 0
        tab = self.tabs_list()[TAB_OF[table]]
        self.tabs.setCurrentWidget(tab)
        return tab.select(row_id)

    def add_membership(self) -> None:
        person_id = self.people.current_id()
        defaults = {"person_id": person_id} if person_id is not None else {}
        open_editor(self.ctx, "membership", parent=self, **defaults)

    # -- details --------------------------------------------------------------------------
    def _period(self, start: str | None, end: str | None) -> str:
        if start and end:
            return (
                self.tr("from %1 to %2")
                .replace("%1", localized.long_date(start))
                .replace("%2", localized.long_date(end))
            )
        if start:
            return self.tr("since %1").replace("%1", localized.long_date(start))
        if end:
            return self.tr("until %1").replace("%1", localized.long_date(end))
        return ""

    def _actions(self, rows: list[dict]) -> str:
        if not rows:
            return para(self.tr("None."))
        today = self.ctx.today()
        items = []
        for a in rows[:50]:
            text = f"{a['committee_code']}-{a['number']} · {a['text']}"
            status = choice_label(ActionStatus(a["status"]))
            due = localized.long_date(a["due_on"])
            late = queries.is_overdue(a, today)
            overdue = self.tr("overdue")
            mark = f' <b style="color:#b3261e">⚠ {esc(overdue)}</b>' if late else ""
            items.append(
                f"<li>{link('open', 'action', a['id'], text)} — {esc(status)}"
                f"{(', ' + esc(due)) if due else ''}{mark}</li>"
            )
        return "<ul>" + "".join(items) + "</ul>"

    def describe_person(self, person_id: int) -> str:
        store = self.ctx.store
        p = store.query_one("SELECT * FROM person WHERE id = ?", (person_id,))
        if p is None:
            return ""
        out = [
            f"<h2>{esc(p['name'])}"
            + (f" ({esc(p['native_name'])})" if p["native_name"] else "")
            + "</h2>"
        ]
        if p["email"]:
            out.append(f"<p>{esc(p['email'])}</p>")
        if p["notes"]:
            out.append(f"<p>{esc(p['notes'])}</p>")
        out.append(h3(self.tr("Roles")))
        roles = queries.person_roles(store, person_id)
        if roles:
            out.append("<ul>")
            for r in roles:
                where = f", {esc(r['organisation'])}" if r["organisation"] else ""
                period = self._period(r["start_on"], r["end_on"])
                out.append(
                    f"<li>{esc(r['title'])}{where}"
                    + (f" — {esc(period)}" if period else "")
                    + "</li>"
                )
            out.append("</ul>")
        else:
            out.append(para(self.tr("None.")))
        out.append(h3(self.tr("Committees")))
        members = queries.memberships(store, person_id=person_id)
        if members:
            out.append("<ul>")
            for m in members:
                period = self._period(m["start_on"], m["end_on"])
                role = chair_term.for_committee(
                    store, m["committee_id"], choice_label(MembershipRole(m["role"]))
                )
                edit = link("edit", "membership", m["id"], self.tr("edit"))
                remove = link("delete", "membership", m["id"], self.tr("remove"))
                out.append(
                    f"<li>{link('open', 'committee', m['committee_id'], m['committee_code'])} "
                    f"{esc(m['committee'])} — {esc(role)}"
                    + (f", {esc(period)}" if period else "")
                    + f" &nbsp;[{edit} · {remove}]</li>"
                )
            out.append("</ul>")
        else:
            out.append(para(self.tr("None.")))
        out.append(h3(self.tr("Actions owned")))
        out.append(self._actions(queries.owner_actions(store, person_id=person_id)))
        return "".join(out)

    def describe_organisation(self, organisation_id: int) -> str:
        store = self.ctx.store
        o = store.query_one(
            "SELECT o.*, coalesce(p.name, '') AS parent_name FROM organisation o "
            "LEFT JOIN organisation p ON p.id = o.parent_id WHERE o.id = ?",
            (organisation_id,),
        )
        if o is None:
            return ""
        name = esc(o["name"]) + (f" ({esc(o['native_name'])})" if o["native_name"] else "")
        out = [f"<h2>{name}</h2>"]
        facts = [choice_label(OrganisationKind(o["kind"]))]
        if o["short_name"]:
            facts.append(o["short_name"])
        if o["parent_name"]:
            facts.append(self.tr("part of %1").replace("%1", o["parent_name"]))
        out.append(f"<p>{esc(' · '.join(facts))}</p>")
        out.append(h3(self.tr("People")))
        people = queries.organisation_people(store, organisation_id)
        if people:
            out.append("<ul>")
            for r in people:
                who = r["person"] + (f" ({r['person_native']})" if r["person_native"] else "")
                period = self._period(r["start_on"], r["end_on"])
                out.append(
                    f"<li>{link('open', 'person', r['person_id'], who)} — {esc(r['title'])}"
                    + (f", {esc(period)}" if period else "")
                    + "</li>"
                )
            out.append("</ul>")
        else:
            out.append(para(self.tr("None.")))
        out.append(h3(self.tr("Actions owned")))
        out.append(self._actions(queries.owner_actions(store, organisation_id=organisation_id)))
        return "".join(out)

    def describe_committee(self, committee_id: int) -> str:
        store = self.ctx.store
        c = next((r for r in queries.committees(store) if r["id"] == committee_id), None)
        if c is None:
            return ""
        name = f"{esc(c['code'])} — {esc(c['name'])}" + (
            f" ({esc(c['native_name'])})" if c["native_name"] else ""
        )
        out = [f"<h2>{name}</h2>"]
        facts = []
        if c["parent_name"]:
            facts.append(self.tr("part of %1").replace("%1", c["parent_name"]))
        if c["founded_on"]:
            from minutier.ui.pages.initiatives import partial_date

            facts.append(self.tr("founded %1").replace("%1", partial_date(c["founded_on"])))
        facts.append(self.tr("time zone %1").replace("%1", c["timezone"]))
        out.append(f"<p>{esc(' · '.join(facts))}</p>")
        if c["description"]:
            out.append(f"<p>{esc(c['description'])}</p>")
        out.append(h3(self.tr("Members")))
        members = queries.memberships(store, committee_id=committee_id)
        term = chair_term.term_of(store, committee_id)
        if members:
            out.append("<ul>")
            for m in members:
                who = m["person"] + (f" ({m['person_native']})" if m["person_native"] else "")
                role = chair_term.follow(choice_label(MembershipRole(m["role"])), term)
                out.append(f"<li>{link('open', 'person', m['person_id'], who)} — {esc(role)}</li>")
            out.append("</ul>")
        else:
            out.append(para(self.tr("None.")))
        count = self.tr("%n meeting(s) recorded", "", int(c["meetings"]))
        out.append(f"<p>{esc(count)}</p>")
        return "".join(out)
