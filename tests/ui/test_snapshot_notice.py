"""The window says, in the user's language, that a register is shown from a private snapshot."""

from __future__ import annotations

from pathlib import Path

from minutier.store import snapshot
from minutier.ui import i18n
from minutier.ui.errors import file_sentence


def test_the_snapshot_notice_and_the_unfinished_register_are_translated(  # type: ignore[no-untyped-def]
    app, register: Path
) -> None:
    conn = snapshot.open_snapshot(register)
    notice = conn.notice  # type: ignore[attr-defined]
    conn.close()
    time = notice.split(" at ")[1][:5]
    unfinished = (
        "There is no room left on the disk to finish new.minutier (the disk is full); "
        "nothing was created. Free some space, then try again."
    )
    try:
        assert i18n.install("fr")
        assert file_sentence(notice).startswith(
            f"{register.name} est affiché tel qu’il était à {time}"
        )
        assert "plus de place sur le disque pour terminer new.minutier" in file_sentence(unfinished)
        assert i18n.install("ko")
        assert file_sentence(notice).startswith(f"{register.name}은(는) {time} 시점의 개인 사본")
    finally:
        assert i18n.install("en")
    assert file_sentence(notice) == notice
