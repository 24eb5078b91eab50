"""The rows of a generated archive, built in memory from one seeded random source.

Ids are given here (the file is new, so every table starts at 1) so that links are known
without reading anything back. Rows are tuples in the column order of ``COLUMNS``; the
writer in ``minutier.services.generate`` inserts them in large batches. Everything depends
on the seed alone: the same seed gives the same rows, UUIDs included (``clock.pinned``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from minutier.core import clock
from minutier.services.generate_text import (
    CURRENCIES,
    MEETING_TITLES,
    ORGANISATIONS,
    ROLE_TITLES,
    UNITS,
    Sentences,
    group_digits,
    split,
)
from minutier.services.meetings import REVIEW_TITLE

_R = ("id", "uuid", "created_at", "updated_at")
COLUMNS: dict[str, tuple[str, ...]] = {
    "organisation": (*_R, "name", "short_name", "native_name", "kind", "parent_id"),
    "person": (*_R, "name", "native_name", "email", "notes"),
    "person_role": (*_R, "person_id", "title", "organisation_id", "start_on", "end_on"),
    "committee": (*_R, "name", "native_name", "code", "parent_id", "founded_on", "language",
                  "timezone", "description"),
    "membership": (*_R, "committee_id", "person_id", "role", "start_on", "end_on"),
    "initiative": (*_R, "name", "native_name", "code", "description", "owner_organisation_id",
                   "status", "start_on", "target_on", "parent_id"),
    "meeting": (*_R, "committee_id", "number", "title", "starts_at", "ends_at", "timezone",
                "place", "chair_id", "secretary_id", "status"),
    "attendance": (*_R, "meeting_id", "person_id", "status", "represented_by_id", "position"),
    "agenda_item": (*_R, "meeting_id", "position", "title", "kind", "presenter_id",
                    "planned_minutes"),
    "note": (*_R, "meeting_id", "agenda_item_id", "position", "text", "recorded_at"),
    "announcement": (*_R, "meeting_id", "agenda_item_id", "person_id", "organisation_id",
                     "made_on", "text", "position"),
    "decision": (*_R, "committee_id", "number", "meeting_id", "agenda_item_id", "text", "status",
                 "superseded_by_id", "votes_for", "votes_against", "votes_abstain", "decided_on",
                 "position"),
    "figure": (*_R, "announcement_id", "decision_id", "initiative_id", "position", "label",
               "kind", "qualifier", "quantity", "unit", "amount_minor", "currency",
               "equiv_amount_minor", "equiv_currency"),
    "decision_initiative": (*_R, "decision_id", "initiative_id"),
    "announcement_initiative": (*_R, "announcement_id", "initiative_id"),
    "action": (*_R, "committee_id", "number", "meeting_id", "agenda_item_id", "decision_id",
               "initiative_id", "text", "owner_person_id", "owner_organisation_id", "due_on",
               "status", "priority", "closed_on", "position"),
    "action_note": (*_R, "action_id", "noted_on", "text", "author"),
}  # fmt: skip
# Insertion order: every row's references are inserted before it.
TABLE_ORDER = tuple(COLUMNS)

# code, name, native name, parent code, language, time zone, share of the meetings
COMMITTEES = (
    ("CNIA", "Comité national de l'intelligence artificielle", "", None, "fr", "Europe/Paris", 1.0),
    ("CSIIA", "Comité spécial sur l'infrastructure informatique de l'IA", "", "CNIA", "fr",
     "Asia/Seoul", 1.5),
    ("CSDON", "Comité spécial des données publiques", "", "CNIA", "fr", "Europe/Paris", 0.8),
    ("NDC", "National Digital Council", "", None, "en", "Europe/London", 1.0),
    ("NDC-SEC", "Cyber Security Board", "", "NDC", "en", "Europe/London", 0.8),
    ("NDC-SKL", "Digital Skills Panel", "", "NDC", "en", "Europe/London", 0.5),
    ("KAIC", "National AI Committee", "국가인공지능위원회", None, "ko", "Asia/Seoul", 1.2),
    ("KAIC-INF", "AI Infrastructure Subcommittee", "AI 인프라 분과위원회", "KAIC", "ko",
     "Asia/Seoul", 1.5),
    ("KAIC-RND", "R&D Subcommittee", "연구개발 분과위원회", "KAIC", "ko", "Asia/Seoul", 1.0),
    ("BUDG", "Comité du budget numérique", "", None, "fr", "Europe/Paris", 1.0),
    ("BUDG-AUD", "Sous-comité d'audit des dépenses", "", "BUDG", "fr", "Europe/Paris", 0.5),
    ("ETH", "Ethics Board for Algorithms", "", None, "en", "Europe/Brussels", 0.4),
)  # fmt: skip

FLAGSHIP = {
    "fr": "Centre national de calcul pour l'IA",
    "ko": "국가 AI 컴퓨팅 센터",
}
INITIATIVE_NAMES = {"fr": "Programme : {t}", "en": "Programme: {t}", "ko": "{t} 사업"}
FLAGSHIP_SHARE = 0.0095  # of all initiative links: about 2,000 records at full size


@dataclass
class Targets:
    """How many records of each kind to write."""

    meeting: int
    agenda_item: int
    announcement: int
    decision: int
    action: int
    person: int
    initiative: int
    organisation: int


def spread(
    total: int, n: int, rng: random.Random, low: float = 0.4, high: float = 1.6
) -> list[int]:
    """``n`` counts, each around ``total / n`` (between low and high times it), summing to ``total``."""
    if n <= 0:
        return []
    weights = [rng.uniform(low, high) for _ in range(n)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in rng.sample(range(n), min(n, total - sum(counts))):
        counts[i] += 1
    return counts


def apportion(total: int, shares: list[float]) -> list[int]:
    """Split ``total`` in proportion to ``shares`` exactly (largest remainders), at least 1 each."""
    exact = [total * s / sum(shares) for s in shares]
    counts = [max(1, int(x)) for x in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: int(exact[i]) - exact[i])
    for i in by_remainder[: max(0, total - sum(counts))]:
        counts[i] += 1
    return counts


def stamp(day: dt.date, minutes: int = 0) -> str:
    """A UTC timestamp in the format of ``created_at`` (``minutes`` after 08:00 that day)."""
    h, m = divmod(8 * 60 + minutes, 60)
    return f"{day.isoformat()}T{min(h, 23):02d}:{m:02d}:00.000Z"


class Picker:
    """Draws from a list with fixed weights in O(log n)."""

    def __init__(self, rng: random.Random, items: list[Any], weights: list[float]) -> None:
        self.rng, self.items = rng, items
        self.cum = list(itertools.accumulate(weights))

    def __call__(self) -> Any:
        return self.items[bisect.bisect(self.cum, self.rng.random() * self.cum[-1])]


def zipf(rng: random.Random, items: list[Any], s: float = 0.9) -> Picker:
    """A long-tail picker: the first items are drawn often, the last ones rarely."""
    return Picker(rng, items, [1 / (i + 1) ** s for i in range(len(items))])


@dataclass
class Archive:
    """The generated rows per table, plus facts the benchmark needs."""

    rows: dict[str, list[Any]] = field(default_factory=lambda: defaultdict(list))
    flagship_initiative_id: int = 1

    def add(self, table: str, values: tuple[Any, ...]) -> int:
        row_id = len(self.rows[table]) + 1
        self.rows[table].append([row_id, clock.new_uuid(), *values])
        return row_id


class Builder:
    """Builds an archive of ``years`` years ending ``horizon_days`` after ``today``."""

    def __init__(self, rng: random.Random, targets: Targets, today: dt.date, years: int) -> None:
        self.rng, self.t, self.today = rng, targets, today
        self.start = today - dt.timedelta(days=round(365.25 * years))
        self.end = today + dt.timedelta(days=180)
        self.text = Sentences(rng)
        self.a = Archive()

    # -- people and bodies ------------------------------------------------------------------
    def organisations(self) -> None:
        rng, created = self.rng, stamp(self.start)
        self.orgs_by_lang: dict[str, list[int]] = defaultdict(list)
        base = [(lang, n) for lang in ("fr", "en", "ko") for n in split(ORGANISATIONS[lang])]
        names = list(base)
        regions = "Nord Sud Est Ouest Centre Bretagne Occitanie Gyeonggi Busan Wales".split()
        while len(names) < self.t.organisation:
            lang, name = base[len(names) % len(base)]
            names.append((lang, f"{name} — {regions[len(names) % len(regions)]} {len(names)}"))
        for lang, name in names[: max(self.t.organisation, 12)]:
            kind = rng.choice(("agency", "company", "university", "other"))
            if "Minist" in name or "Department" in name or name.endswith("부"):
                kind = "ministry"
            oid = self.a.add("organisation", (created, created, name, "", "", kind, None))
            self.orgs_by_lang[lang].append(oid)
        self.org_pick = zipf(rng, [i for ids in self.orgs_by_lang.values() for i in ids], 0.6)

    def people(self) -> None:
        rng = self.rng
        self.person_name: dict[int, str] = {}
        self.people_by_lang: dict[str, list[int]] = defaultdict(list)
        span = (self.today - self.start).days
        for _ in range(self.t.person):
            lang = rng.choices(("ko", "fr", "en"), (40, 35, 25))[0]
            name, native = self.text.person(lang)
            created = stamp(self.start + dt.timedelta(days=rng.randrange(span)))
            pid = self.a.add("person", (created, created, name, native, "", ""))
            self.person_name[pid] = name
            self.people_by_lang[lang].append(pid)
            titles = split(ROLE_TITLES[lang])
            begin = self.start + dt.timedelta(days=rng.randrange(span))
            for n in range(1 if rng.random() < 0.8 else 2):
                until = begin + dt.timedelta(days=rng.randint(300, 2500))
                ended = until if (n == 0 and rng.random() < 0.5) or until < self.today else None
                org = rng.choice(self.orgs_by_lang[lang])
                self.a.add(
                    "person_role",
                    (created, created, pid, rng.choice(titles), org, begin.isoformat(),
                     ended.isoformat() if ended else None),
                )  # fmt: skip
                begin = until + dt.timedelta(days=1)
        self.everyone = list(self.person_name)

    def committees(self) -> None:
        rng, created = self.rng, stamp(self.start)
        self.committee: list[dict[str, Any]] = []
        by_code: dict[str, int] = {}
        for code, name, native, parent, lang, tz, share in COMMITTEES:
            cid = self.a.add(
                "committee",
                (created, created, name, native, code, by_code.get(parent or ""),
                 self.start.isoformat(), lang, tz, ""),
            )  # fmt: skip
            by_code[code] = cid
            home = self.people_by_lang[lang]
            others = self.everyone
            size = min(len(self.everyone), rng.randint(40, 90))
            pool = rng.sample(home, min(len(home), int(size * 0.85)))
            pool += rng.sample(others, size - len(pool))
            pool = list(dict.fromkeys(pool))
            chairs = pool[:4]
            info = {"id": cid, "code": code, "lang": lang, "tz": tz, "share": share,
                    "name": native or name, "pool": pool, "chairs": chairs,
                    "secretary": pool[4], "owners": zipf(rng, pool), "numbers": defaultdict(int)}  # fmt: skip
            self.committee.append(info)
            era = (self.end - self.start).days // len(chairs)
            for i, pid in enumerate(pool):
                role = "chair" if i < 4 else "secretary" if i == 4 else rng.choice(
                    ("member", "member", "member", "vice_chair", "observer"))  # fmt: skip
                begin = self.start + dt.timedelta(days=era * i if i < 4 else rng.randrange(era))
                end = begin + dt.timedelta(days=era - 1) if i < 3 else None
                self.a.add(
                    "membership",
                    (created, created, cid, pid, role, begin.isoformat(),
                     end.isoformat() if end else None),
                )  # fmt: skip

    def initiatives(self) -> None:
        rng = self.rng
        span = (self.today - self.start).days
        topics = [(lang, t) for lang in ("fr", "en", "ko") for t in self.text.topics[lang]]
        for n in range(self.t.initiative):
            start = self.start + dt.timedelta(days=0 if n == 0 else rng.randrange(span))
            target = start + dt.timedelta(days=rng.randint(365, 6 * 365))
            if n == 0:
                name, native, status = FLAGSHIP["fr"], FLAGSHIP["ko"], "active"
                target = self.today + dt.timedelta(days=3 * 365)
            else:
                lang, topic = rng.choice(topics)
                topic = topic.replace("{year}", str(start.year))
                name, native = INITIATIVE_NAMES[lang].format(t=topic), ""
                status = "completed" if target < self.today else rng.choice(
                    ("active", "active", "active", "proposed", "on_hold"))  # fmt: skip
                if rng.random() < 0.05:
                    status = "cancelled"
            parent = rng.randint(1, n) if n > 1 and rng.random() < 0.2 else None
            created = stamp(start)
            iid = self.a.add(
                "initiative",
                (created, created, name, native, f"INI-{n + 1:03d}",
                 self.text.decision("fr", start.year), self.org_pick(), status,
                 start.isoformat(), target.isoformat(), parent),
            )  # fmt: skip
            if rng.random() < 0.7:
                self.figure(("initiative", iid), 1, "fr", created, money=True)
        self.flagship = self.a.flagship_initiative_id = 1
        others = list(range(2, self.t.initiative + 1)) or [1]
        self.other_initiative = zipf(rng, others, 0.5)

    def initiative(self) -> int:
        return self.flagship if self.rng.random() < FLAGSHIP_SHARE else self.other_initiative()

    def figure(
        self, owner: tuple[str, int], position: int, lang: str, created: str, *, money: bool
    ) -> str:
        """Add one figure to ``owner`` and return how a speaker would say it."""
        rng = self.rng
        ids = {"announcement": None, "decision": None, "initiative": None, owner[0]: owner[1]}
        qualifier = rng.choice(("exact", "exact", "exact", "about", "up_to", "target"))
        if money:
            currency = rng.choice(CURRENCIES)
            if currency == "KRW":
                amount = rng.choice((1, 2, 4, 5, 8, 12, 40)) * 10 ** rng.randint(8, 11)
                minor, equiv = amount, (amount * 100 // 1450, "USD") if rng.random() < 0.3 else None
            else:
                amount = rng.choice((1, 2, 3, 5, 12, 25, 80)) * 10 ** rng.randint(5, 8)
                minor, equiv = amount * 100, None
            values = ("money", qualifier, None, "", minor, currency,
                      equiv[0] if equiv else None, equiv[1] if equiv else None)  # fmt: skip
            said = f"{group_digits(amount, lang)} {currency}"
        else:
            quantity = rng.choice((rng.randint(1, 99), rng.randint(100, 20_000)))
            unit = rng.choice(UNITS)
            values = ("quantity", qualifier, str(quantity), unit, None, None, None, None)
            said = f"{group_digits(quantity, lang)} {unit}"
        self.a.add(
            "figure",
            (created, created, ids["announcement"], ids["decision"], ids["initiative"], position,
             "", *values),
        )  # fmt: skip
        return said

    # -- meetings and what they produce ---------------------------------------------------------
    def meetings(self) -> None:
        rng = self.rng
        span = (self.end - self.start).days
        planned: list[tuple[dt.datetime, dict[str, Any]]] = []
        shares = [c["share"] for c in self.committee]
        for c, n in zip(self.committee, apportion(self.t.meeting, shares), strict=True):
            step = span / n
            for i in range(n):
                day = self.start + dt.timedelta(days=int(step * i + rng.uniform(0, step * 0.6)))
                day += dt.timedelta(days=max(0, day.weekday() - 3))  # Fri-Sun move to Mon/Tue
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
