"""Child process of the crash test: endless service writes, each acknowledged only after it commits.

Usage: ``python crash_writer.py DB SEED``. Prints ``READY <pid>`` once the register is open,
then one JSON line per committed write: ``{"op", "table", "uuid", "field", "value"}`` — the
history operation number, the record, and the value the write stored. A line is written with
one ``os.write`` after the service call returned, i.e. after COMMIT; the parent kills this
process with SIGKILL at random moments and checks every acknowledged write survived.
"""

from __future__ import annotations

import json
import os
import random
import sys

from minutier.core.enums import ActionStatus
from minutier.services import actions, history, meetings
from minutier.store.connection import open_store

WORDS = ["échéance", "GPU", "8 000", "인공지능", "컴퓨팅", "센터", "budget", "« suivi »", "R&D"]


def say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def ack(store, table: str, row_id: int, field: str, value: str) -> None:
    row_uuid = store.scalar(f"SELECT uuid FROM {table} WHERE id = ?", (row_id,))
    op = history.last_op(store)
    say(json.dumps({"op": op, "table": table, "uuid": row_uuid, "field": field, "value": value}))


def main(db: str, seed: int) -> None:
    rng = random.Random(seed)
    store = open_store(db, who="crash-test")
    committee = store.scalar("SELECT id FROM committee WHERE code = 'CSIIA'")
    action_ids = [r["id"] for r in store.query("SELECT id FROM action ORDER BY id")]
    mine = [
        r["id"]
        for r in store.query("SELECT id FROM meeting WHERE title LIKE 'crash %' ORDER BY id")
    ]
    say(f"READY {os.getpid()}")
    n = 0
    while True:
        n += 1
        roll = rng.random()
        if roll < 0.15 or not mine:
            title = f"crash {seed}-{n}"
            day = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 10:00"
            meeting_id = meetings.plan_meeting(
                store, committee, day, title=title, agenda=[f"Point {seed}-{n}"]
            )
            mine.append(meeting_id)
            ack(store, "meeting", meeting_id, "title", title)
        elif roll < 0.7:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))
            text = f"{seed}-{n} {words}"
            note_id = meetings.add_note(store, rng.choice(mine), text)
            ack(store, "note", note_id, "text", text)
        else:
            action_id = rng.choice(action_ids)
            current = store.scalar("SELECT status FROM action WHERE id = ?", (action_id,))
            status = rng.choice([s.value for s in ActionStatus if s.value != current])
            actions.set_status(store, [action_id], status)
            ack(store, "action", action_id, "status", status)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
