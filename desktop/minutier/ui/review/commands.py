"""Window commands of offline review: cut a pack (Actions page), merge one (File menu), conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from minutier.core.errors import MinutierError
from minutier.ui.steps import UndoStep

if TYPE_CHECKING:
    from minutier.ui.context import AppContext

CONTEXT = "Review"


def _filter() -> str:
    return QCoreApplication.translate("Review", "Review packs (%1)").replace("%1", "*.minutier")


class CutDialog(QDialog):
    """Choose whose pack to cut, and how far back closed actions go."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        from minutier.services.packs.cut import owners

        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Review", "Review pack for…"))
        form = QFormLayout(self)
        self.owner = QComboBox(self)
        self.owner.setObjectName("pack_owner")
        for kind, row_id, name, count in owners(ctx.store):
            label = (
                QCoreApplication.translate("Review", "%1 (%2 open actions)")
                .replace("%1", name)
                .replace("%2", str(count))
            )
            self.owner.addItem(label, (kind, row_id))
        self.days = QSpinBox(self)
        self.days.setObjectName("pack_days")
        self.days.setRange(0, 3650)
        self.days.setValue(30)
        self.days.setSuffix(QCoreApplication.translate("Review", " days"))
        form.addRow(QCoreApplication.translate("Review", "Owner"), self.owner)
        form.addRow(
            QCoreApplication.translate("Review", "Also actions closed in the last"), self.days
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.owner.count() > 0)
        form.addRow(buttons)


def cut_pack(
    ctx: AppContext, parent: QWidget | None = None, *, out: str | None = None
) -> Path | None:
    """Ask for the owner and the file, then write the pack; returns its path."""
    from minutier.services.packs.cut import cut_pack as cut

    dialog = CutDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.owner.currentData() is None:
        return None
    owner = dialog.owner.currentData()
    if out is None:
        name = dialog.owner.currentText().split(" (")[0]
        suggested = ctx.store.path.with_name(f"review-{name}.minutier".replace("/", "-"))
        out, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("Review", "Save the review pack"),
            str(suggested),
            _filter(),
        )
        if not out:
            return None
    try:
        info = cut(ctx.store, (owner[0], int(owner[1])), out, days=dialog.days.value())
    except MinutierError as e:
        ctx.show_error(e, parent)
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Review", "Review pack"),
        QCoreApplication.translate(
            "Review",
            "The review pack for %1 was written to %2. Give it to them: they open it with Minutier, "
            "work offline, and send it back for File ▸ Merge a review pack…",
        )
        .replace("%1", info.owner_name)
        .replace("%2", str(out)),
    )
    return Path(out)


def review_button(page: QWidget, ctx: AppContext) -> QPushButton:
    """The Actions page's "Review pack for…" button."""
    button = QPushButton(QCoreApplication.translate("Review", "Review pack for…"), page)
    button.setObjectName("review_pack")
    button.setToolTip(
        QCoreApplication.translate(
            "Review", "Cut a review pack: one owner's actions to review offline"
        )
    )
    button.clicked.connect(lambda: cut_pack(ctx, page))
    return button


def merge_pack(window: QWidget, ctx: AppContext, path: str | None = None) -> object:
    """Ask for a pack and merge it as one undoable step; show what happened and any conflicts."""
    from minutier.services.packs.merge_back import merge_pack as merge

    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("Review", "Merge a review pack"),
            str(ctx.store.path.parent),
            _filter(),
        )
        if not path:
            return None
    report = ctx.run(
        UndoStep.tr("Merge review pack %1").arg(Path(path).name),
        merge,
        path,
        parent=window,
    )
    if report is None:
        return None
    text = (
        QCoreApplication.translate(
            "Review", "%1 added, %2 updated, %3 already in the register, %4 conflicts."
        )
        .replace("%1", str(report.inserted))
        .replace("%2", str(report.updated))
        .replace("%3", str(report.unchanged))
        .replace("%4", str(len(report.conflicts)))
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Review", "Merge a review pack"),
        text,
        parent=window,
    )
    if report.notices:
        box.setDetailedText("\n".join(report.notices))  # every notice in full
    box.setObjectName("merge_result")
    box.exec()
    if report.conflicts:
        _conflicts_dialog(ctx, window).exec()
    return report


def show_conflicts(window: QWidget, ctx: AppContext) -> None:
    _conflicts_dialog(ctx, window).exec()


def _conflicts_dialog(ctx: AppContext, window: QWidget) -> QDialog:
    # imported when asked for: ~18 ms of every start of the window otherwise
    from minutier.ui.review.conflicts import ConflictsDialog

    return ConflictsDialog(ctx, window)


def show_import_details(window: QWidget, text: str, details: list[str], conflicts: bool) -> None:
    """An import's outcome with every warning and conflict listed in full, never only counted."""
    ctx = window.ctx  # type: ignore[attr-defined]
    window.statusBar().showMessage(text, 10000)  # type: ignore[attr-defined]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("FileCommands", "Import"),
        text,
        parent=window,
    )
    box.setObjectName("import_result")
    box.setInformativeText(
        QCoreApplication.translate(
            "Review", "%1 warnings or conflicts; each is listed under Show Details."
        ).replace("%1", str(len(details)))
    )
    box.setDetailedText("\n".join(details))
    show = (
        box.addButton(
            QCoreApplication.translate("Review", "Show conflicts…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        if conflicts
        else None
    )
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if show is not None and box.clickedButton() is show:
        _conflicts_dialog(ctx, window).exec()


def confirmed_line(store: object, meeting_id: int) -> str:
    """ "Confirmed by N of M attendees" for a meeting's heading ("" when nobody confirmed)."""
    from minutier.services.confirmations import summary

    result = summary(store, meeting_id)  # type: ignore[arg-type]
    if not result.confirmed:
        return ""
    return (
        QCoreApplication.translate("Review", "Confirmed by %1 of %2 attendees")
        .replace("%1", str(len(result.confirmed)))
        .replace("%2", str(result.attendees))
    )
