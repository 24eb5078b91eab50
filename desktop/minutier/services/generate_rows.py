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
    ORGANISATIONS,
    ROLE_TITLES,
    UNITS,
    Sentences,
    group_digits,
    split,
)

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
FLAGSHIP_SHARE = 0.0105  # of all initiative links: about 2,200 records at full size


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


class BodiesBuilder:
    """Builds the people, organisations, committees and initiatives an archive hangs from."""

    def __init__(self, rng: random.Random, targets: Targets, today: dt.date, years: int) -> None:
        self.rng, self.t, self.today = rng, targets, today
        self.start = today - dt.timedelta(days=round(365.25 * years))
        self.end = today + dt.timedelta(days=180)
        self.text = Sentences(rng)
        self.a = Archive()

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
