"""The right side of the Decisions page: one decision, edited in place (text, status, votes,
the initiatives it feeds) as one undoable step; its figures and the actions that follow."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import ActionStatus, DecisionStatus
from minutier.services import decisions as decision_service
from minutier.services import links
from minutier.store import freeze, queries
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, localized, open_editor
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.refs import ref_rows
from minutier.ui.meetings.quorum_view import show_vote_flag, vote_flag_label
from minutier.ui.pages.base import heading
from minutier.ui.steps import UndoStep


class DecisionDetail(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.decision_id: int | None = None
        self.stack = QStackedLayout(self)
        empty = QLabel(self.tr("Select a decision to see it here."), self)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(empty)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(body)
        self.title = heading("", body)
        self.title.setObjectName("decision_title")
        layout.addWidget(self.title)
        self.where = QLabel(body)
        self.where.setObjectName("decision_where")
        self.where.setWordWrap(True)
        layout.addWidget(self.where)
        self.frozen_line = QLabel(
            self.tr(
                "The minutes of its meeting are approved: this decision is read-only. "
                "Open an amendment of the minutes to correct it."
            ),
            body,
        )
        self.frozen_line.setObjectName("decision_frozen")
        self.frozen_line.setWordWrap(True)
        self.frozen_line.hide()
        layout.addWidget(self.frozen_line)
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("decision_text")
        self.text.setAccessibleName(self.tr("Decision text"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        layout.addWidget(self.text)
        form = QFormLayout()
        self.status = QComboBox(body)
        self.status.setObjectName("decision_status")
        for s in DecisionStatus:
            self.status.addItem(choice_label(s), s.value)
        form.addRow(self.tr("Status"), self.status)
        votes = QWidget(body)
        votes_line = QHBoxLayout(votes)
        votes_line.setContentsMargins(0, 0, 0, 0)
        self.votes: list[QSpinBox] = []
        for name, text in (
            ("for", self.tr("for")),
            ("against", self.tr("against")),
            ("abstain", self.tr("abstentions")),
        ):
            spin = QSpinBox(votes)
            spin.setObjectName(f"votes_{name}")
            spin.setAccessibleName(self.tr("Votes: %1").replace("%1", text))
            spin.setRange(-1, 100000)
            spin.setSpecialValueText("–")
            spin.setValue(-1)
            # Sized for a committee's votes, not for 100000: the French row ("pour", "contre",
            # "abstentions") ran past the pane's edge at 1280 px.
            spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance("0000") + 34)
            self.votes.append(spin)
            votes_line.addWidget(spin)
            votes_line.addWidget(QLabel(text, votes))
        votes_line.addStretch(1)
        form.addRow(self.tr("Votes"), votes)
        self.quorum_flag = vote_flag_label(body)
        form.addRow("", self.quorum_flag)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Feeds these initiatives:"), body))
        self.initiatives = QListWidget(body)
        self.initiatives.setObjectName("decision_initiatives")
        self.initiatives.setAccessibleName(self.tr("Feeds these initiatives:"))
        self.initiatives.setMaximumHeight(130)
        layout.addWidget(self.initiatives)
        self.figures = QLabel(body)
        self.figures.setObjectName("decision_figures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        layout.addWidget(heading(self.tr("Actions that follow from it"), body, scale=1.05))
        self.actions = QListWidget(body)
        self.actions.setObjectName("decision_actions")
        self.actions.setAccessibleName(self.tr("Actions that follow from it"))
        self.actions.setMaximumHeight(120)
        # A long action wraps in the pane instead of running off behind a scroll bar.
        self.actions.setWordWrap(True)
        self.actions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actions.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.actions.itemActivated.connect(
            lambda item: ctx.open_record.emit("action", int(item.data(Qt.ItemDataRole.UserRole)))
        )
        layout.addWidget(self.actions)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save changes"), body)
        self.save_button.setObjectName("decision_save")
        self.save_button.clicked.connect(self.save)
        self.edit_button = QPushButton(self.tr("All fields…"), body)
        self.edit_button.setObjectName("decision_edit")
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(self.tr("Delete…"), body)
        self.delete_button.setObjectName("decision_delete")
        self.delete_button.clicked.connect(self.delete)
        for b in (self.save_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_writable(not ctx.readonly)

    def _set_writable(self, writable: bool) -> None:
        """Read-only register or approved minutes: nothing here invites an edit."""
        self.text.setReadOnly(not writable)
        for widget in (self.status, *self.votes, self.save_button, self.delete_button):
            widget.setEnabled(writable)
        self.edit_button.setEnabled(not self.ctx.readonly)  # opens read-only when frozen
        self.initiatives.setEnabled(writable)

    def show_decision(self, decision_id: int | None) -> None:
        row = None
        if decision_id is not None:
            row = self.ctx.store.query_one(
                "SELECT d.*, c.code AS committee_code, m.number AS meeting_number, "
                "m.starts_at AS meeting_starts_at FROM decision d "
                "JOIN committee c ON c.id = d.committee_id "
                "LEFT JOIN meeting m ON m.id = d.meeting_id WHERE d.id = ?",
                (decision_id,),
            )
        self.decision_id = row["id"] if row else None
        if row is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        frozen = freeze.is_frozen(self.ctx.store, "decision", row["id"])
        self.frozen_line.setVisible(frozen)
        self._set_writable(not (self.ctx.readonly or frozen))
        self.title.setText(
            self.tr("Decision %1").replace("%1", f"{row['committee_code']} #{row['number']}")
        )
        where = []
        if row["decided_on"]:
            where.append(localized.long_date(row["decided_on"]))
        if row["meeting_number"] is not None:
            where.append(
                self.tr("meeting %1").replace(
                    "%1", f"{row['committee_code']}/{row['meeting_number']}"
                )
            )
        self.where.setText(" · ".join(where))
        self.text.setPlainText(row["text"])
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(0, self.status.findData(row["status"])))
        for spin, key in zip(
            self.votes, ("votes_for", "votes_against", "votes_abstain"), strict=True
        ):
            spin.setValue(-1 if row[key] is None else int(row[key]))
        show_vote_flag(self.quorum_flag, self.ctx, row)
        linked = {
            r["initiative_id"]
            for r in self.ctx.store.query(
                "SELECT initiative_id FROM decision_initiative WHERE decision_id = ?", (row["id"],)
            )
        }
        self.initiatives.clear()
        for initiative_id, label in ref_rows(self.ctx.store, "initiative"):
            item = QListWidgetItem(label, self.initiatives)
            item.setData(Qt.ItemDataRole.UserRole, initiative_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if initiative_id in linked else Qt.CheckState.Unchecked
            )
        figures = links.figures_of(self.ctx.store, "decision", row["id"])
        self.figures.setText("\n".join("• " + localized.figure_text(f) for f in figures))
        self.figures.setVisible(bool(figures))
        self.actions.clear()
        for a in queries.decision_actions(self.ctx.store, row["id"]):
            item = QListWidgetItem(
                f"{a['committee_code']}-{a['number']} · {choice_label(ActionStatus(a['status']))} · {a['text']}",
                self.actions,
            )
            item.setData(Qt.ItemDataRole.UserRole, a["id"])
        if self.actions.count() == 0:
            item = QListWidgetItem(self.tr("None."), self.actions)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def checked_initiatives(self) -> list[int]:
        out = []
        for i in range(self.initiatives.count()):
            item = self.initiatives.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def save(self) -> None:
        if self.decision_id is None:
            return
        values: dict[str, Any] = {
            "text": self.text.toPlainText(),
            "status": self.status.currentData(),
        }
        for spin, key in zip(
            self.votes, ("votes_for", "votes_against", "votes_abstain"), strict=True
        ):
            values[key] = None if spin.value() < 0 else spin.value()
        self.ctx.run(
            UndoStep.tr("Edit decision"),
            decision_service.update_links,
            "decision",
            self.decision_id,
            initiative_ids=self.checked_initiatives(),
            values=values,
            parent=self,
        )

    def edit(self) -> None:
        if self.decision_id is not None:
            open_editor(self.ctx, "decision", self.decision_id, parent=self)

    def delete(self) -> None:
        if self.decision_id is not None:
            confirm_delete(self.ctx, "decision", self.decision_id, parent=self)
