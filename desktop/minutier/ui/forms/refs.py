"""Choosing a record by typing part of its name: a searchable combo over the referenced table.

Typing filters the list without regard to accents or case ("ministere" finds "Ministère des
Sciences et des TIC"), the same folding search uses. The value is the record's id (or, for an
action's owner, a ``(kind, id)`` pair across people and organisations).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from minutier.core.errors import ValidationError
from minutier.core.fields import Field
from minutier.core.text import fold
from minutier.store.connection import Store
from minutier.ui.forms.widgets import FieldWidget

NOT_IN_LIST = "choose one of the suggestions in the list"

# "label" of each record as a list shows it; the table itself is aliased ``t`` for scopes.
LABEL_SQL = {
    "person": """SELECT t.id, t.name || CASE WHEN t.native_name <> ''
                   THEN ' (' || t.native_name || ')' ELSE '' END AS label
                 FROM person t {where} ORDER BY t.name COLLATE NOCASE""",
    "organisation": """SELECT t.id, t.name || CASE WHEN t.short_name <> ''
                         THEN ' (' || t.short_name || ')' ELSE '' END AS label
                       FROM organisation t {where} ORDER BY t.name COLLATE NOCASE""",
    "committee": """SELECT t.id, t.code || ' — ' || t.name AS label FROM committee t {where}
                    ORDER BY t.code COLLATE NOCASE""",
    "meeting": """SELECT t.id, c.code || '/' || t.number || ' — ' || substr(t.starts_at, 1, 10)
                    || CASE WHEN t.title <> '' THEN ' — ' || t.title ELSE '' END AS label
                  FROM meeting t JOIN committee c ON c.id = t.committee_id {where}
                  ORDER BY t.starts_at DESC""",
    "meeting_series": """SELECT t.id, c.code || ' — ' || coalesce(nullif(t.title, ''), t.rrule)
                           AS label
                         FROM meeting_series t JOIN committee c ON c.id = t.committee_id {where}
                         ORDER BY c.code, t.id""",
    "agenda_item": """SELECT t.id, t.position || '. ' || t.title AS label FROM agenda_item t
                      {where} ORDER BY t.meeting_id, t.position""",
    "source": "SELECT t.id, t.title AS label FROM source t {where} ORDER BY t.title",
    "initiative": """SELECT t.id, CASE WHEN t.code <> '' THEN t.code || ' — ' ELSE '' END
                       || t.name AS label FROM initiative t {where}
                     ORDER BY t.name COLLATE NOCASE""",
    "decision": """SELECT t.id, c.code || ' #' || t.number || ' — ' || substr(t.text, 1, 80)
                     AS label
                   FROM decision t JOIN committee c ON c.id = t.committee_id {where}
                   ORDER BY c.code, t.number DESC""",
    "action": """SELECT t.id, c.code || ' #' || t.number || ' — ' || substr(t.text, 1, 80)
                   AS label
                 FROM action t JOIN committee c ON c.id = t.committee_id {where}
                 ORDER BY c.code, t.number DESC""",
    "minutes_version": """SELECT t.id, 'v' || t.version AS label FROM minutes_version t {where}
                          ORDER BY t.version""",
}


def ref_rows(
    store: Store, table: str, scope: tuple[str, tuple[Any, ...]] | None = None
) -> list[tuple[Any, str]]:
    """(id, label) of every record a reference to ``table`` may point to, within ``scope``."""
    where, params = ("", ()) if scope is None else (f"WHERE {scope[0]}", scope[1])
    return [
        (r["id"], r["label"]) for r in store.query(LABEL_SQL[table].format(where=where), params)
    ]


def owner_rows(store: Store) -> list[tuple[Any, str]]:
    """People and organisations together, keyed ``("person", id)`` / ``("organisation", id)``."""
    people = [(("person", i), label) for i, label in ref_rows(store, "person")]
    organisations = [(("organisation", i), label) for i, label in ref_rows(store, "organisation")]
    return sorted(people + organisations, key=lambda r: fold(r[1]))


class ChoiceListModel(QAbstractListModel):
    """(key, label) pairs; the folded label is kept for filtering."""

    def __init__(self, rows: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self._folded: list[str] | None = None

    @property
    def folded(self) -> list[str]:
        """Labels folded for matching, made on first use (thousands of people fold slowly)."""
        if self._folded is None:
            self._folded = [fold(label) for _, label in self.rows]
        return self._folded

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][1]
        return None


class FoldFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded label contains every folded word typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ChoiceListModel)
        label = source.folded[row]
        return all(w in label for w in self.words)


class _Combo(QComboBox):
    """A combo that tells its field before it shows its list or takes the focus."""

    def __init__(self, field: RefField) -> None:
        super().__init__(field)
        self._field = field

    def showPopup(self) -> None:
        self._field.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: Any) -> None:
        self._field.ensure_loaded()
        super().focusInEvent(event)


class RefField(FieldWidget):
    """A searchable combo of records (or of any (key, label) rows).

    Records are read from the store only when the list is needed (focus, typing, opening it):
    a form with six references to thousands of people opens at once; until then only the
    label of the current value is read.
    """

    def __init__(
        self,
        field: Field,
        *,
        store: Store | None = None,
        rows: list[tuple[Any, str]] | None = None,
        scope: tuple[str, tuple[Any, ...]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(field, parent)
        self.store = store
        self.scope = scope
        self.combo = _Combo(self)
        self.combo.setObjectName(f"field_{field.name}")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(24)
        self._filter = FoldFilter(self)
        self._completer = QCompleter(self._filter, self.combo)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.combo.setCompleter(self._completer)
        self.combo.lineEdit().textEdited.connect(self._filter_typed)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo, 1)
        self._loaded = rows is not None or store is None or field.ref is None
        self.set_rows(rows or [])

    def _load(self) -> list[tuple[Any, str]]:
        if self.store is None or self.field.ref is None:
            return []
        return ref_rows(self.store, self.field.ref, self.scope)

    def _current_key(self) -> Any:
        index = self.combo.currentIndex()
        if index >= 0 and self.model.rows[index][1] == self.combo.currentText():
            return self.model.rows[index][0]
        return None

    def ensure_loaded(self) -> None:
        """Read every choice (once), keeping the value or the text typed so far."""
        if self._loaded:
            return
        self._loaded = True
        key, text = self._current_key(), self.combo.currentText()
        cursor = self.combo.lineEdit().cursorPosition()
        self.combo.blockSignals(True)
        self.set_rows(self._load())
        if key is not None:
            self.set_value(key)
        else:
            self.combo.setEditText(text)
            self.combo.lineEdit().setCursorPosition(cursor)
        self.combo.blockSignals(False)

    def set_scope(self, scope: tuple[str, tuple[Any, ...]] | None) -> None:
        """Limit the choices (the agenda items of one meeting); keeps the value if still there."""
        current = self.value_or_none()
        self.scope = scope
        if not self._loaded:
            return  # read with the new scope when needed
        self.set_rows(self._load())
        self.set_value(current)

    def set_rows(self, rows: list[tuple[Any, str]]) -> None:
        if not self.field.required:
            rows = [(None, ""), *rows]
        self.model = ChoiceListModel(rows, self)
        self.combo.setModel(self.model)
        self._filter.setSourceModel(self.model)
        self.combo.setCurrentIndex(-1 if self.field.required else 0)

    def _filter_typed(self, text: str) -> None:
        self.ensure_loaded()
        self._filter.set_text(text)
        if text.strip():
            self._completer.complete()

    def value_or_none(self) -> Any:
        try:
            return self.value()
        except ValidationError:
            return None

    def value(self) -> Any:
        text = self.combo.currentText().strip()
        index = self.combo.currentIndex()
        if not text:
            return None
        if index >= 0 and self.model.rows[index][1] == self.combo.currentText():
            return self.model.rows[index][0]
        self.ensure_loaded()
        wanted = fold(text)
        matches = [self.model.rows[i][0] for i, f in enumerate(self.model.folded) if f == wanted]
        if len(matches) == 1:
            return matches[0]
        raise ValidationError(self.field.title, text, NOT_IN_LIST)

    def set_value(self, value: Any) -> None:
        if not self._loaded and value is not None:
            assert self.store is not None and self.field.ref is not None
            if value not in (key for key, _ in self.model.rows):
                self.set_rows(ref_rows(self.store, self.field.ref, ("t.id = ?", (value,))))
        for i, (key, _) in enumerate(self.model.rows):
            if key == value:
                self.combo.setCurrentIndex(i)
                self.combo.lineEdit().setCursorPosition(0)  # show the start of a long label
                return
        self.combo.setCurrentIndex(-1 if self.field.required else 0)

    def editor(self) -> QWidget:
        return self.combo
