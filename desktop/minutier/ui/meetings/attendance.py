"""Attendance ticked in place: one row per member or attendee, one column per status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import AttendanceStatus, MembershipRole
from minutier.core.fields import spec
from minutier.services import meetings
from minutier.ui.context import AppContext
from minutier.ui.forms import chair_term, confirm_delete, open_editor
from minutier.ui.forms.labels import choice_label, field_label
from minutier.ui.forms.refs import RefField
from minutier.ui.models.safe import empty_cell, titled_header
from minutier.ui.steps import UndoStep
from minutier.ui.views import SafeDelegate, SharedWidth, WrappedRows, make_safe

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
STATUSES = tuple(AttendanceStatus)


class AttendanceModel(QAbstractTableModel):
    """Attendance lines of a meeting, plus the committee's members not yet ticked."""

    PERSON = 0
    FIRST_STATUS = 1
    REPRESENTED_BY = FIRST_STATUS + len(STATUSES)
    CAPACITY = REPRESENTED_BY + 1
    ROLE = CAPACITY + 1  # the member's role in the committee (as the minutes print it)

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.rows: list[dict[str, Any]] = []
        self.frozen = False  # approved minutes: ticks shown greyed, nothing editable
        self.chair_term = chair_term.DEFAULT  # the committee's Korean word for its chair

    def load(self, meeting_id: int | None) -> None:
        self.beginResetModel()
        self.meeting_id = meeting_id
        self.rows = [] if meeting_id is None else self._query(meeting_id)
        committee = None
        if meeting_id is not None:
            committee = self.ctx.store.scalar(
                "SELECT committee_id FROM meeting WHERE id = ?", (meeting_id,)
            )
        self.chair_term = chair_term.term_of(self.ctx.store, committee)
        self.endResetModel()

    def _query(self, meeting_id: int) -> list[dict[str, Any]]:
        return self.ctx.store.query(
            """SELECT p.id AS person_id, p.name, p.native_name, a.id AS attendance_id,
                      a.status, a.represented_by_id, coalesce(r.name, '') AS represented_by,
                      coalesce(a.capacity, '') AS capacity,
                      (SELECT s.role FROM membership s JOIN meeting mt ON mt.id = :m
                       WHERE s.committee_id = mt.committee_id AND s.person_id = p.id
                         AND (s.start_on IS NULL OR s.start_on <= substr(mt.starts_at, 1, 10))
                         AND (s.end_on IS NULL OR s.end_on >= substr(mt.starts_at, 1, 10))
                       ORDER BY s.id LIMIT 1) AS role
               FROM (SELECT person_id, position AS pos FROM attendance WHERE meeting_id = :m
                     UNION
                     SELECT ms.person_id, 1000000 FROM membership ms
                       JOIN meeting mt ON mt.committee_id = ms.committee_id
                     WHERE mt.id = :m AND ms.person_id NOT IN
                           (SELECT person_id FROM attendance WHERE meeting_id = :m)
                       AND (ms.end_on IS NULL OR ms.end_on >= substr(mt.starts_at, 1, 10))
                       AND (ms.start_on IS NULL OR ms.start_on <= substr(mt.starts_at, 1, 10))
                    ) who
               JOIN person p ON p.id = who.person_id
               LEFT JOIN attendance a ON a.meeting_id = :m AND a.person_id = p.id
               LEFT JOIN person r ON r.id = a.represented_by_id
               GROUP BY p.id
               ORDER BY min(who.pos), p.name COLLATE NOCASE""",
            {"m": meeting_id},
        )

    def headers(self) -> list[str]:
        statuses = [choice_label(s) for s in STATUSES]
        role = chair_term.follow(field_label("role"), self.chair_term)
        return [
            self.tr("Person"), *statuses, self.tr("Represented by"), self.tr("Capacity"), role,
        ]  # fmt: skip

    def role_of(self, row: dict[str, Any]) -> str:
        """The member's role, the chair named as the committee names it ("" for a guest)."""
        if not row["role"]:
            return ""
        return chair_term.follow(choice_label(MembershipRole(row["role"])), self.chair_term)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.ROLE + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        return titled_header(self.headers(), section, orientation, role)

    def status_of(self, column: int) -> AttendanceStatus | None:
        offset = column - self.FIRST_STATUS
        return STATUSES[offset] if 0 <= offset < len(STATUSES) else None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return empty_cell(role)
        row = self.rows[index.row()]
        column = index.column()
        status = self.status_of(column)
        if status is not None:
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = row["status"] == status
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return choice_label(status)
            return empty_cell(role)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CAPACITY:
            return row["capacity"] or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.PERSON:
            return self.role_of(row)  # live mode shows names only: the role on hovering
        if role in (DISPLAY, Qt.ItemDataRole.EditRole):
            if column == self.PERSON:
                native = f" ({row['native_name']})" if row["native_name"] else ""
                return row["name"] + native if role == DISPLAY else row["name"]
            if column == self.REPRESENTED_BY:
                if role == Qt.ItemDataRole.EditRole:
                    return row["represented_by_id"] or 0  # 0: nobody (never None)
                return row["represented_by"]
            if column == self.CAPACITY:
                return row["capacity"]
            if column == self.ROLE:
                return self.role_of(row)
        return empty_cell(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if self.frozen:  # still checkable (so the ticks draw), but not enabled (so not clicked)
            if self.status_of(column) is not None:
                return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            return base
        if self.status_of(column) is not None:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column == self.CAPACITY:
            return base | Qt.ItemFlag.ItemIsEditable
        if column == self.REPRESENTED_BY and self.rows[index.row()]["status"] == "represented":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.meeting_id is None or self.frozen:
            return False
        row = self.rows[index.row()]
        status = self.status_of(index.column())
        changes: dict[str, Any] = {}
        if status is not None and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) != Qt.CheckState.Checked or row["status"] == status:
                return False  # a line is changed by ticking another status, or deleted
            changes["status"] = status
        elif index.column() == self.REPRESENTED_BY and role == Qt.ItemDataRole.EditRole:
            changes["represented_by_id"] = value
        elif index.column() == self.CAPACITY and role == Qt.ItemDataRole.EditRole:
            changes["capacity"] = str(value)
        else:
            return False
        return self.tick(row["person_id"], **changes)

    def tick(self, person_id: int, **changes: Any) -> bool:
        """Record one person's attendance as one undo step."""
        row = next(r for r in self.rows if r["person_id"] == person_id)
        status = changes.get("status", row["status"] or AttendanceStatus.PRESENT)
        done = self.ctx.run(
            UndoStep.tr("Record attendance"),
            meetings.set_attendance,
            self.meeting_id,
            person_id,
            str(status),
            represented_by_id=changes.get("represented_by_id", row["represented_by_id"]),
            capacity=changes.get("capacity", row["capacity"]),
        )
        return done is not None

    def row_of(self, person_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row["person_id"] == person_id:
                return i
        return -1


class PersonDelegate(SafeDelegate):
    """Chooses who represents an absent person, from a searchable list of people."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return RefField(
            spec("attendance", "represented_by_id"), store=self.ctx.store, parent=parent
        )

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, RefField)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole) or None)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, RefField)
        model.setData(index, editor.value_or_none(), Qt.ItemDataRole.EditRole)


class AttendanceEditor(QWidget):
    """The attendance table; ``compact`` leaves out the capacity and the buttons (live mode)."""

    def __init__(
        self, ctx: AppContext, *, compact: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AttendanceModel(ctx, self)
        self.view = make_safe(QTableView(self))
        self.view.setObjectName("attendance_view")
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            AttendanceModel.REPRESENTED_BY, PersonDelegate(ctx, self.view)
        )
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(AttendanceModel.PERSON, QHeaderView.ResizeMode.Stretch)
        for column in range(AttendanceModel.FIRST_STATUS, AttendanceModel.REPRESENTED_BY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        if compact:
            self.view.hideColumn(AttendanceModel.REPRESENTED_BY)
            self.view.hideColumn(AttendanceModel.CAPACITY)
            self.view.hideColumn(AttendanceModel.ROLE)
            # Beside the ticks the names keep at least 14 characters and wrap ("C… S…" before).
            chars = self.view.fontMetrics().averageCharWidth()
            self.widths = SharedWidth(
                self.view,
                {AttendanceModel.PERSON: 1.0},
                minimum={AttendanceModel.PERSON: chars * 14},
            )
            self.rows = WrappedRows(self.view)
            return
        add = QPushButton(self.tr("Add a person…"), self)
        add.clicked.connect(self.add_person)
        remove = QPushButton(self.tr("Remove line"), self)
        remove.clicked.connect(self.remove_line)
        self.edit_buttons = (add, remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def load(self, meeting_id: int | None) -> None:
        self.model.load(meeting_id)

    def set_frozen(self, frozen: bool) -> None:
        if frozen != self.model.frozen:
            self.model.beginResetModel()
            self.model.frozen = frozen
            self.model.endResetModel()
        for button in getattr(self, "edit_buttons", ()):
            button.setEnabled(not frozen)

    def add_person(self) -> None:
        if self.model.meeting_id is not None:
            open_editor(self.ctx, "attendance", parent=self, meeting_id=self.model.meeting_id)

    def remove_line(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        line = self.model.rows[rows[0].row()]["attendance_id"]
        if line is not None:
            confirm_delete(self.ctx, "attendance", line, parent=self)
