"""What every page of the window shares: the open store, the undo stack, and running an action.

``AppContext.run`` is the one way the interface changes data: it calls a service function
(one transaction, one history entry), pushes an undo step that reverts that history entry,
shows any user error in a dialog, and tells every page the data changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from minutier.core import clock
from minutier.core.errors import MinutierError
from minutier.services import history
from minutier.store.connection import Store
from minutier.ui import steps

T = TypeVar("T")


class ServiceCommand(QUndoCommand):
    """An undo step for one recorded operation: undo reverts it, redo reverts the revert."""

    def __init__(self, ctx: AppContext, text: str, op: int) -> None:
        super().__init__(str(text))
        self._ctx = ctx
        self._op = op  # the operation whose effect is currently applied
        self._first = True
        self.step = text  # a steps.Said says itself again after a language switch
        # The register's history keeps English, translated when shown (steps.shown).
        self._label = text.english() if isinstance(text, steps.Said) else str(text)

    def retranslate(self) -> None:
        self.setText(str(steps.again(self.step)))

    def redo(self) -> None:
        if self._first:  # the service already ran when the step was pushed
            self._first = False
            return
        self._op = self._ctx.revert(self._op, f"Redo: {self._label}")

    def undo(self) -> None:
        self._op = self._ctx.revert(self._op, f"Undo: {self._label}")


class AppContext(QObject):
    """Shared state of one main window. Pages get it in their constructor."""

    data_changed = Signal()  # any record changed (pages refresh what they show)
    open_record = Signal(str, int)  # ask the window to show a record: (table, id)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    def retranslate(self) -> None:
        """Say every undo step in the language installed now (before the menus are rebuilt)."""
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, ServiceCommand):
                command.retranslate()

    def today(self) -> dt.date:
        return clock.today()

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def run(
        self,
        text: str,
        fn: Callable[..., T],
        *args: Any,
        parent: QWidget | None = None,
        on_error: Callable[[MinutierError], object] | None = None,
        undoable: bool = True,
        **kwargs: Any,
    ) -> T | None:
        """Call ``fn(store, *args, **kwargs)`` as one undoable step; on a user error, say why.

        Returns the service's result, or None when it was refused (the caller keeps the
        user's input on screen so nothing typed is lost). ``on_error`` replaces the dialog
        when the caller shows the error itself (next to a field, under the live entry box).
        ``undoable=False`` is for the steps the register refuses to revert (approving minutes,
        opening an amendment): no undo step is pushed that could only fail.
        """
        before = history.last_op(self.store) or 0
        try:
            result = fn(self.store, *args, **kwargs)
        except MinutierError as e:
            if on_error is not None:
                on_error(e)
            else:
                self.show_error(e, parent)
            return None
        after = history.last_op(self.store) or 0
        if after > before and undoable:
            self.undo_stack.push(ServiceCommand(self, text, after))
        self.data_changed.emit()
        return result

    def revert(self, op: int, label: str) -> int:
        try:
            new_op = history.revert(self.store, op, label=label)
        except MinutierError as e:
            self.show_error(e, None)
            # Leave the stack consistent: the step could not be applied, so drop the history.
            self.undo_stack.clear()
            return op
        self.data_changed.emit()
        return new_op

    def show_error(self, error: MinutierError, parent: QWidget | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from minutier.ui.errors import user_message  # translated sentence for the error

        QMessageBox.warning(parent, self.tr("Minutier"), user_message(error))


class Page(QWidget):
    """A page of the sidebar. Subclasses build their list + detail layout in ``__init__``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        ctx.data_changed.connect(self.refresh)

    def title(self) -> str:  # translated name shown in the sidebar
        raise NotImplementedError

    def refresh(self) -> None:
        """Re-read what is shown from the store (after any change)."""

    def show_record(self, table: str, row_id: int) -> bool:
        """Select and show a record if this page lists that kind; return whether it did."""
        return False
