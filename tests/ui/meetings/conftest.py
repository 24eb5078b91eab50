"""A copy of the demo register, an AppContext over it, and modal dialogs answered by the test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox

from minutier.services.demo import build_demo
from minutier.store.connection import Store, open_store
from minutier.ui.context import AppContext
from minutier.ui.forms.dialog import RecordDialog

# The offscreen platform says so when a top-level window is sized or raised; harmless.
OFFSCREEN_NOISE = (
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(scope="session")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


@pytest.fixture
def store(demo_source: Path, tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "register.minutier"
    shutil.copy(demo_source, path)
    s = open_store(path, who="test")
    yield s
    s.close()


@pytest.fixture
def ctx(store: Store, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = AppContext(store)
    yield context
    context.undo_stack.clear()


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Remembered sizes and choices go to this test's folder, never the user's settings."""
    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never wait for a person: warnings are collected, questions answered Yes."""
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes),
    )
    return shown


class Dialogs:
    """Answers the modal record dialogs a test opens, in order."""

    def __init__(self) -> None:
        self.fillers: list[Callable[[RecordDialog], bool]] = []
        self.seen: list[RecordDialog] = []

    def answer(self, fill: Callable[[RecordDialog], bool]) -> None:
        """Queue ``fill(dialog)`` for the next dialog; returning True presses OK."""
        self.fillers.append(fill)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    """Modal record dialogs run the queued fillers instead of waiting for a person.

    If OK is refused the dialog stays open (exec returns Rejected), as a real one would wait;
    the test then looks at the errors it shows.
    """
    answers = Dialogs()

    def exec_(self: RecordDialog) -> int:
        answers.seen.append(self)
        if answers.fillers.pop(0)(self):
            self.accept()
        return int(self.result())

    monkeypatch.setattr(RecordDialog, "exec", exec_)
    return answers
