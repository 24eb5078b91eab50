"""The meetings of a generated archive and what they produce: agendas, attendance, notes,
announcements with figures, decisions linked to initiatives, actions with progress notes.

Statuses follow the calendar the way a real register does: meetings after "today" are planned,
the last month's are held, older ones have approved minutes; most old actions are done, a few
thousand stay open (the overdue tail), and owners are drawn from a long-tailed distribution.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from minutier.services.generate_rows import Archive, BodiesBuilder, apportion, spread, stamp
from minutier.services.generate_text import MEETING_TITLES
from minutier.services.meetings import REVIEW_TITLE


class Builder(BodiesBuilder):
    """Builds a whole archive of ``years`` years, ending half a year after ``today``."""

    def meetings(self) -> None:
        rng = self.rng
        span = (self.end - self.start).days
        planned: list[tuple[dt.datetime, dict[str, Any]]] = []
        shares = [c["share"] for c in self.committee]
        for c, n in zip(self.committee, apportion(self.t.meeting, shares), strict=True):
            step = span / n
            for i in range(n):
                day = self.start + dt.timedelta(days=int(step * (i + rng.uniform(0.2, 0.8))))
                day += dt.timedelta(days=(7 - day.weekday()) % 7 if day.weekday() > 4 else 0)
                when = dt.datetime.combine(day, dt.time(rng.choice((9, 10, 14, 15))))
                planned.append((when, c))
        planned.sort(key=lambda x: (x[0], x[1]["id"]))
        self.held: list[tuple[int, dict[str, Any], dt.datetime, list[int], list[int]]] = []
        agenda_counts = spread(self.t.agenda_item, len(planned), rng)
        for (when, c), n_items in zip(planned, agenda_counts, strict=True):
            self.meeting(when, c, max(1, n_items))
        self.outcomes()

    def meeting(self, when: dt.datetime, c: dict[str, Any], n_items: int) -> None:
        rng, day, lang = self.rng, when.date(), c["lang"]
        age = (self.today - day).days
        if age < 0:
            status = "planned"
        elif rng.random() < 0.03:
            status = "cancelled"
        elif age < 30:
            status = "held"
        elif age < 90:
            status = rng.choice(("minutes_drafted", "minutes_approved"))
        else:
            status = "minutes_approved" if rng.random() < 0.995 else "minutes_drafted"
        c["numbers"]["meeting"] += 1
        number = c["numbers"]["meeting"]
        era = min(3, int((day - self.start).days / ((self.end - self.start).days / 4)))
        chair = c["chairs"][era]
        created = stamp(day - dt.timedelta(days=21))
        updated = stamp(min(day + dt.timedelta(days=30), self.today)) if age > 0 else created
        title = MEETING_TITLES[lang].format(n=number, c=c["name"] if lang == "ko" else c["code"])
        ends = when + dt.timedelta(minutes=rng.choice((60, 90, 120, 180)))
        mid = self.a.add(
            "meeting",
            (created, updated, c["id"], number, title, when.isoformat(timespec="minutes"),
             ends.isoformat(timespec="minutes"), c["tz"], self.text.place(lang), chair,
             c["secretary"], status),
        )  # fmt: skip
        items: list[int] = []
        for position in range(1, n_items + 1):
            review = position == 1 and number > 1
            title = REVIEW_TITLE[lang] if review else self.text.agenda_title(lang, day.year)
            kind = "review_of_actions" if review else "item"
            minutes = rng.choice((None, 10, 15, 20, 30))
            row = (created, created, mid, position, title, kind, rng.choice(c["pool"]), minutes)
            items.append(self.a.add("agenda_item", row))
        if status in ("planned", "cancelled"):
            return
        attendees = rng.sample(c["pool"], min(len(c["pool"]), rng.randint(5, 12)))
        if chair not in attendees:
            attendees[0] = chair
        for position, pid in enumerate(attendees, start=1):
            how = rng.choices(("present", "excused", "absent", "represented"), (85, 7, 4, 4))[0]
            proxy = rng.choice(self.everyone) if how == "represented" else None
            if proxy in attendees:
                how, proxy = "present", None
            self.a.add("attendance", (created, created, mid, pid, how, proxy, position))
        if age < 730:  # live-mode notes exist for the last two years
            for position in range(1, rng.randint(1, 5)):
                at = f"{when.isoformat(timespec='minutes')}:00.000Z"
                self.a.add(
                    "note",
                    (at, at, mid, rng.choice(items), position, self.text.note(lang, day.year), at),
                )
        self.held.append((mid, c, when, items[1:] or items, attendees))

    def outcomes(self) -> None:
        rng, n = self.rng, len(self.held)
        announcements = spread(self.t.announcement, n, rng)
        decisions = spread(self.t.decision, n, rng)
        actions = spread(self.t.action, n, rng)
        for i, (mid, c, when, items, attendees) in enumerate(self.held):
            day, lang = when.date(), c["lang"]
            if rng.random() < 0.1:  # international bodies: some records in another language
                lang = rng.choice(("fr", "en", "ko"))
            created = stamp(day, 300)
            for position in range(1, announcements[i] + 1):
                self.announcement(mid, day, lang, created, rng.choice(items), attendees, position)
            made = [
                self.decision(mid, c, day, lang, created, rng.choice(items), position)
                for position in range(1, decisions[i] + 1)
            ]
            for position in range(1, actions[i] + 1):
                self.action(mid, c, day, lang, created, items, made, position)

    def announcement(
        self, mid: int, day: dt.date, lang: str, created: str, item: int,
        attendees: list[int], position: int,
    ) -> None:  # fmt: skip
        rng = self.rng
        speaker = rng.choice(attendees)
        aid = len(self.a.rows["announcement"]) + 1
        figures = rng.choices((0, 1, 2), (40, 45, 15))[0]
        said = [
            self.figure(("announcement", aid), k, lang, created, money=rng.random() < 0.5)
            for k in range(1, figures + 1)
        ]
        what = (" ; " if lang == "fr" else "; ").join(said)
        text = self.text.announcement(lang, day.year, self.person_name[speaker], what)
        org = self.org_pick() if rng.random() < 0.3 else None
        self.a.add(
            "announcement",
            (created, created, mid, item, speaker, org, day.isoformat(), text, position),
        )
        if rng.random() < 0.4:
            self.a.add("announcement_initiative", (created, created, aid, self.initiative()))

    def decision(
        self, mid: int, c: dict[str, Any], day: dt.date, lang: str, created: str, item: int,
        position: int,
    ) -> tuple[int, int | None]:  # fmt: skip
        rng = self.rng
        c["numbers"]["decision"] += 1
        status = rng.choices(("adopted", "rejected", "deferred"), (89, 5, 6))[0]
        votes = (
            (rng.randint(6, 20), rng.randint(0, 5), rng.randint(0, 3))
            if rng.random() < 0.4
            else (None, None, None)
        )
        did = self.a.add(
            "decision",
            (created, created, c["id"], c["numbers"]["decision"], mid, item,
             self.text.decision(lang, day.year), status, None, *votes, day.isoformat(), position),
        )  # fmt: skip
        recent = c.setdefault("adopted", [])
        if recent and rng.random() < 0.04:  # a later decision replaces an earlier one
            old = self.a.rows["decision"][recent.pop(rng.randrange(len(recent))) - 1]
            old[9], old[10], old[3] = "superseded", did, created  # status, superseded_by, updated
        if status == "adopted":
            recent.append(did)
            del recent[:-200]
        initiative = None
        for k in range(rng.choices((0, 1, 2), (10, 75, 15))[0]):
            chosen = self.initiative()
            if k == 0:
                initiative = chosen
            elif chosen == initiative:
                continue
            self.a.add("decision_initiative", (created, created, did, chosen))
        if rng.random() < 0.1:
            self.figure(("decision", did), 1, lang, created, money=True)
        return did, initiative

    def action(
        self, mid: int, c: dict[str, Any], day: dt.date, lang: str, created: str,
        items: list[int], made: list[tuple[int, int | None]], position: int,
    ) -> None:  # fmt: skip
        rng = self.rng
        c["numbers"]["action"] += 1
        decision, initiative = rng.choice(made) if made and rng.random() < 0.4 else (None, None)
        if initiative is None and rng.random() < 0.45:
            initiative = self.initiative()
        person = org = None
        roll = rng.random()
        if roll < 0.80:
            person = c["owners"]()
        elif roll < 0.92:
            person = rng.choice(self.everyone)
        else:
            org = self.org_pick()
        due = (
            day + dt.timedelta(days=rng.choice((14, 21, 30, 30, 45, 60, 90, 120, 180)))
            if rng.random() < 0.9
            else None
        )
        status, closed = self.action_status(day, due)
        updated = stamp(closed, 60) if closed else created
        aid = self.a.add(
            "action",
            (created, updated, c["id"], c["numbers"]["action"], mid,
             rng.choice(items) if rng.random() < 0.7 else None, decision, initiative,
             self.text.action(lang, day.year), person, org, due.isoformat() if due else None,
             status, rng.choices(("normal", "high", "low", "urgent"), (70, 18, 8, 4))[0],
             closed.isoformat() if closed else None, position),
        )  # fmt: skip
        last = min(closed or self.today, (due or day) + dt.timedelta(days=60), self.today)
        author = self.person_name[person] if person else self.person_name[c["secretary"]]
        for _ in range(rng.choices((0, 1, 2, 3), (35, 35, 20, 10))[0]):
            if last <= day:
                break
            noted = day + dt.timedelta(days=rng.randint(1, (last - day).days))
            self.a.add(
                "action_note",
                (stamp(noted), stamp(noted), aid, noted.isoformat(),
                 self.text.note(lang, noted.year), author),
            )  # fmt: skip

    def action_status(self, day: dt.date, due: dt.date | None) -> tuple[str, dt.date | None]:
        """Most old actions are closed; a few stay open for years (the overdue tail)."""
        rng = self.rng
        age = (self.today - (due or day + dt.timedelta(days=60))).days
        if age < 0:
            options, weights = ("open", "in_progress", "blocked", "done"), (70, 25, 2, 3)
        elif age < 90:
            options = ("done", "open", "in_progress", "blocked", "cancelled")
            weights = (55, 25, 15, 3, 2)
        else:
            options = ("done", "cancelled", "open", "in_progress", "blocked")
            weights = (94.3, 4.0, 0.9, 0.6, 0.2)  # fmt: skip
        status = rng.choices(options, weights)[0]
        if status not in ("done", "cancelled"):
            return status, None
        target = (due or day + dt.timedelta(days=60)) + dt.timedelta(days=rng.randint(-20, 40))
        return status, max(day, min(target, self.today))

    def build(self) -> Archive:
        self.organisations()
        self.people()
        self.committees()
        self.initiatives()
        self.meetings()
        return self.a
