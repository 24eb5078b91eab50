"""The Decisions page: every decision, latest first, and the one selected with its links.

The detail edits what is changed most — text, status, votes and the initiatives a decision
feeds — in place, saved as one undoable step (``decisions.update_links``); the full editor
(figures, meeting, agenda item) is the shared decision dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from minutier.core.text import fold
from minutier.services import decisions as decision_service
from minutier.services import links
from minutier.store import queries
from minutier.ui.context import AppContext
from minutier.ui.forms import confirm_delete, localized, open_editor
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.refs import ref_rows
from minutier.ui.models.rows import Column, Mark, RowsModel
from minutier.ui.pages.base import ListDetailPage, heading
from minutier.ui.views import fit_columns, make_table, select_first


def votes_text(row: dict[str, Any]) -> str:
    values = (row.get("votes_for"), row.get("votes_against"), row.get("votes_abstain"))
    if all(v is None for v in values):
        return ""
    return " – ".join("–" if v is None else str(v) for v in values)


class DecisionsModel(RowsModel):
    def mark(self, row: dict[str, Any]) -> Mark | None:
        if row["status"] in (DecisionStatus.SUPERSEDED, DecisionStatus.REJECTED):
            return Mark(italic=True, color="#6b6b6b")
        return None


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
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("decision_text")
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
            spin.setRange(-1, 100000)
            spin.setSpecialValueText("–")
            spin.setValue(-1)
            self.votes.append(spin)
            votes_line.addWidget(spin)
            votes_line.addWidget(QLabel(text, votes))
        votes_line.addStretch(1)
        form.addRow(self.tr("Votes"), votes)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Feeds these initiatives:"), body))
        self.initiatives = QListWidget(body)
        self.initiatives.setObjectName("decision_initiatives")
        self.initiatives.setMaximumHeight(130)
        layout.addWidget(self.initiatives)
        self.figures = QLabel(body)
        self.figures.setObjectName("decision_figures")
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        layout.addWidget(heading(self.tr("Actions that follow from it"), body, scale=1.05))
        self.actions = QListWidget(body)
        self.actions.setObjectName("decision_actions")
        self.actions.setMaximumHeight(120)
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
            b.setEnabled(not ctx.readonly)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.text.setReadOnly(ctx.readonly)

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
            self.tr("Edit decision"),
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


class DecisionsPage(ListDetailPage):
    key = "decisions"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("decisions_page")
        self.model = DecisionsModel(
            [
                Column(
                    "number",
                    lambda: self.tr("No."),
                    lambda r: f"{r['committee_code']} #{r['number']}",
                ),
                Column(
                    "decided_on",
                    lambda: self.tr("Date"),
                    lambda r: localized.long_date(r["decided_on"]),
                ),
                Column("text", lambda: self.tr("Decision")),
                Column(
                    "status",
                    lambda: self.tr("Status"),
                    lambda r: choice_label(DecisionStatus(r["status"])),
                ),
                Column("votes", lambda: self.tr("Votes"), votes_text),
                Column("initiatives", lambda: self.tr("Initiatives")),
            ],
            self,
        )
        self.view = make_table(self, name="decisions_view")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        fit_columns(self.view, {5: 26}, stretch=2, fit=(0, 1, 3, 4))
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.filter_text = QLineEdit(self)
        self.filter_text.setObjectName("decisions_filter")
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.setPlaceholderText(self.tr("Filter by words…"))
        self.filter_status = QComboBox(self)
        self.filter_status.setObjectName("decisions_status_filter")
        self.filter_status.addItem(self.tr("All statuses"), "")
        for s in DecisionStatus:
            self.filter_status.addItem(choice_label(s), s.value)
        self.filter_initiative = QComboBox(self)
        self.filter_initiative.setObjectName("decisions_initiative_filter")
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.reload)
        self.filter_text.textChanged.connect(self.timer.start)
        self.filter_status.currentIndexChanged.connect(self.reload)
        self.filter_initiative.currentIndexChanged.connect(self.reload)
        new = QPushButton(self.tr("New decision…"), self)
        new.setObjectName("new_decision")
        new.setEnabled(not ctx.readonly)
        new.clicked.connect(self.new_decision)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 6, 6, 0)
        bar.addWidget(new)
        bar.addWidget(self.filter_text, 1)
        bar.addWidget(self.filter_status)
        bar.addWidget(self.filter_initiative)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.view, 1)
        self.detail = DecisionDetail(ctx, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setSizes([700, 500])
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._fill_initiatives()
        self.reload()

    def title(self) -> str:
        return self.tr("Decisions")

    def _fill_initiatives(self) -> None:
        current = self.filter_initiative.currentData()
        with QSignalBlocker(self.filter_initiative):
            self.filter_initiative.clear()
            self.filter_initiative.addItem(self.tr("All initiatives"), 0)
            for initiative_id, label in ref_rows(self.ctx.store, "initiative"):
                self.filter_initiative.addItem(label, initiative_id)
            self.filter_initiative.setCurrentIndex(max(0, self.filter_initiative.findData(current)))

    def reload(self) -> None:
        self.timer.stop()
        self._fill_initiatives()
        selected = self.detail.decision_id
        initiative = int(self.filter_initiative.currentData() or 0)
        rows = queries.decisions(self.ctx.store, initiative_id=initiative or None)
        words = fold(self.filter_text.text()).split()
        status = self.filter_status.currentData()
        if words:
            rows = [r for r in rows if all(w in fold(r["text"]) for w in words)]
        if status:
            rows = [r for r in rows if r["status"] == status]
        self.model.set_rows(rows)
        if selected is not None and self.model.find(selected) >= 0:
            self.view.selectRow(self.model.find(selected))
        else:
            self.detail.show_decision(None)
            select_first(self.view)

    def _selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.detail.show_decision(self.model.id_at(rows[0].row()) if rows else None)

    def show_record(self, table: str, row_id: int) -> bool:
        if table != "decision":
            return False
        if self.model.find(row_id) < 0:
            self.filter_text.clear()
            self.filter_status.setCurrentIndex(0)
            self.filter_initiative.setCurrentIndex(0)
            self.reload()
        row = self.model.find(row_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def new_decision(self) -> None:
        new_id = open_editor(self.ctx, "decision", parent=self)
        if new_id is not None:
            self.reload()
            self.show_record("decision", new_id)
