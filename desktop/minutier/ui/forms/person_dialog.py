"""A person and the roles they hold at once (acting president *and* minister), saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from minutier.core import fields
from minutier.core.errors import MinutierError
from minutier.core.fields import spec
from minutier.services import editing
from minutier.store.connection import Store
from minutier.ui.context import AppContext
from minutier.ui.forms.dialog import RecordDialog
from minutier.ui.forms.errors import error_text
from minutier.ui.forms.form import error_label
from minutier.ui.forms.labels import field_label
from minutier.ui.forms.refs import RefField
from minutier.ui.forms.widgets import DateField, LineField


class RoleRow(QWidget):
    """One role: title, organisation, from, until."""

    def __init__(
        self,
        store: Store,
        today: Any,
        role: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role_id = role.get("id") if role else None
        self.title = LineField(spec("person_role", "title"), self)
        self.organisation = RefField(
            spec("person_role", "organisation_id"), store=store, parent=self
        )
        self.start = DateField(spec("person_role", "start_on"), self)
        self.end = DateField(spec("person_role", "end_on"), self)
        for date in (self.start, self.end):
            date.today = today
        self.remove = QPushButton(self.tr("Remove"), self)
        self.error = error_label(self, "role_error")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        grid.addWidget(QLabel(field_label("role"), self), 0, 0)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(QLabel(field_label("organisation"), self), 1, 0)
        grid.addWidget(self.organisation, 1, 1, 1, 2)
        grid.addWidget(QLabel(field_label("from"), self), 2, 0)
        grid.addWidget(self.start, 2, 1, 1, 2)
        grid.addWidget(QLabel(field_label("until"), self), 3, 0)
        grid.addWidget(self.end, 3, 1, 1, 2)
        grid.addWidget(self.error, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        if role:
            self.title.set_value(role.get("title"))
            self.organisation.set_value(role.get("organisation_id"))
            self.start.set_value(role.get("start_on"))
            self.end.set_value(role.get("end_on"))

    def values(self) -> dict[str, Any]:
        return {
            "id": self.role_id,
            "title": self.title.value(),
            "organisation_id": self.organisation.value(),
            "start_on": self.start.value() or None,
            "end_on": self.end.value() or None,
        }


class PersonDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(ctx, "person", row_id, defaults=defaults, parent=parent)
        self.roles_box = QGroupBox(self.tr("Roles"), self)
        self.roles_box.setObjectName("roles")
        self.role_rows: list[RoleRow] = []
        self._rows = QVBoxLayout()
        add = QPushButton(self.tr("Add a role"), self.roles_box)
        add.setObjectName("add_role")
        add.clicked.connect(lambda: self.add_role())
        layout = QVBoxLayout(self.roles_box)
        layout.addLayout(self._rows)
        layout.addWidget(add)
        self.body.addWidget(self.roles_box)
        for role in editing.roles(ctx.store, row_id) if row_id else []:
            self.add_role(role)

    def add_role(self, role: dict[str, Any] | None = None) -> RoleRow:
        row = RoleRow(self.ctx.store, self.ctx.today(), role, self.roles_box)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.role_rows.append(row)
        self._rows.addWidget(row)
        return row

    def _remove(self, row: RoleRow) -> None:
        self.role_rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def save(self, values: dict[str, Any]) -> int | None:
        roles, ok = [], True
        for row in self.role_rows:  # each role checked here, so its refusal shows under it
            row.error.hide()
            try:
                role = row.values()
                check = {k: v for k, v in role.items() if k != "id"}
                fields.clean("person_role", {**check, "person_id": 1}, today=self.ctx.today())
                roles.append(role)
            except MinutierError as e:
                row.error.setText(error_text(e))
                row.error.show()
                ok = False
        if not ok:
            return None
        return self.run(editing.save_person, self.row_id, values, roles)
