"""Editors for what announcements, decisions and initiatives own: figures and initiative links.

A figure is a quantity with a unit (8 000 GPU, 1 exaflop, 51 %) or an amount of money with an
ISO currency (400 000 000 000 KRW), optionally with its equivalent in another currency. The
editor builds ``core.figures.Figure`` values, which refuse what is not exact.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from minutier.core.enums import FigureKind, FigureQualifier
from minutier.core.errors import MinutierError, ValidationError
from minutier.core.figures import Figure, from_minor_units
from minutier.store.connection import Store
from minutier.ui.forms import localized
from minutier.ui.forms.errors import error_text
from minutier.ui.forms.form import error_label
from minutier.ui.forms.labels import choice_label
from minutier.ui.forms.refs import ref_rows


def _major(minor: int | None, currency: str | None) -> str:
    if minor is None or not currency:
        return ""
    value = from_minor_units(minor, currency)
    return format(value.normalize() if value == value.to_integral_value() else value, "f")


class FigureRow(QWidget):
    """One figure: kind, label, qualifier, number with unit or currency, equivalent."""

    def __init__(self, figure: Figure | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 6)
        self.kind = QComboBox(self)
        for kind in FigureKind:
            self.kind.addItem(choice_label(kind), str(kind))
        self.qualifier = QComboBox(self)
        for qualifier in FigureQualifier:
            self.qualifier.addItem(choice_label(qualifier), str(qualifier))
        self.label = QLineEdit(self)
        self.label.setPlaceholderText(self.tr("Label, e.g. Initial capital"))
        self.value = QLineEdit(self)
        self.value.setPlaceholderText(self.tr("Number"))
        self.unit = QLineEdit(self)
        self.equiv_value = QLineEdit(self)
        self.equiv_value.setPlaceholderText(self.tr("Equivalent (optional)"))
        self.equiv_currency = QLineEdit(self)
        self.equiv_currency.setPlaceholderText(self.tr("Currency"))
        self.equiv_currency.setMaxLength(3)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.preview = QLabel(self)
        self.preview.setObjectName("figure_preview")
        self.preview.setEnabled(False)  # muted: what the figure will read like
        self.error = error_label(self, "figure_error")
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.label, 0, 1, 1, 3)
        grid.addWidget(self.remove, 0, 4)
        grid.addWidget(self.qualifier, 1, 0)
        grid.addWidget(self.value, 1, 1)
        grid.addWidget(self.unit, 1, 2)
        grid.addWidget(self.equiv_value, 2, 1)
        grid.addWidget(self.equiv_currency, 2, 2)
        grid.addWidget(self.preview, 3, 1, 1, 4)
        grid.addWidget(self.error, 4, 0, 1, 5)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for edit in (self.label, self.value, self.unit, self.equiv_value, self.equiv_currency):
            edit.textChanged.connect(self._update_preview)
        self.qualifier.currentIndexChanged.connect(self._update_preview)
        if figure is not None:
            self.set_figure(figure)
        self._kind_changed()

    def _update_preview(self) -> None:
        try:
            self.preview.setText("→ " + localized.figure_text(self.figure()))
        except MinutierError:
            self.preview.clear()

    def _kind_changed(self) -> None:
        money = self.kind.currentData() == FigureKind.MONEY
        self.unit.setPlaceholderText(self.tr("Currency, e.g. KRW") if money else self.tr("Unit"))
        self.unit.setMaxLength(3 if money else 100)
        self.equiv_value.setVisible(money)
        self.equiv_currency.setVisible(money)
        self._update_preview()

    def set_figure(self, figure: Figure) -> None:
        self.kind.setCurrentIndex(self.kind.findData(str(figure.kind)))
        self.qualifier.setCurrentIndex(self.qualifier.findData(str(figure.qualifier)))
        self.label.setText(figure.label)
        if figure.kind == FigureKind.MONEY:
            self.value.setText(_major(figure.amount_minor, figure.currency))
            self.unit.setText(figure.currency or "")
            self.equiv_value.setText(_major(figure.equiv_amount_minor, figure.equiv_currency))
            self.equiv_currency.setText(figure.equiv_currency or "")
        else:
            self.value.setText(figure.quantity or "")
            self.unit.setText(figure.unit)

    def figure(self) -> Figure:
        """The figure typed; ValidationError (naming amount, unit, currency…) if not exact."""
        common = {"label": self.label.text(), "qualifier": self.qualifier.currentData()}
        if not self.value.text().strip():
            field = "amount" if self.kind.currentData() == FigureKind.MONEY else "quantity"
            raise ValidationError(field, "", "this field is required")
        if self.kind.currentData() == FigureKind.MONEY:
            equivalent = None
            if self.equiv_value.text().strip() or self.equiv_currency.text().strip():
                equivalent = (self.equiv_value.text(), self.equiv_currency.text())
            return Figure.of_money(
                self.value.text(), self.unit.text(), equivalent=equivalent, **common
            )
        return Figure.of_quantity(self.value.text(), self.unit.text(), **common)

    def show_error(self, error: MinutierError) -> None:
        self.error.setText(error_text(error))
        self.error.show()


class FiguresEditor(QGroupBox):
    """Any number of figures, in order."""

    def __init__(self, figures: list[Figure] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Figures"))
        self.setObjectName("figures")
        self.rows: list[FigureRow] = []
        self._rows = QVBoxLayout()
        add = QPushButton(self.tr("Add a figure"), self)
        add.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.addLayout(self._rows)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addStretch(1)
        layout.addLayout(bar)
        for figure in figures or []:
            self.add_row(figure)

    def add_row(self, figure: Figure | None = None) -> FigureRow:
        row = FigureRow(figure, self)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._rows.addWidget(row)
        row.value.setFocus()
        return row

    def remove_row(self, row: FigureRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def figures(self) -> list[Figure] | None:
        """The figures, or None after showing under each faulty row why it is refused."""
        out: list[Figure] = []
        ok = True
        for row in self.rows:
            row.error.hide()
            try:
                out.append(row.figure())
            except MinutierError as e:
                row.show_error(e)
                ok = False
        return out if ok else None


class InitiativesPicker(QGroupBox):
    """Tick the initiatives a decision or an announcement feeds (one or many)."""

    def __init__(self, store: Store, selected: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Initiatives it feeds"))
        self.setObjectName("initiatives")
        self.list = QListWidget(self)
        self.list.setObjectName("initiative_list")
        for initiative_id, label in ref_rows(store, "initiative"):
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, initiative_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = initiative_id in selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.setMaximumHeight(self.list.sizeHintForRow(0) * 6 + 8 if self.list.count() else 40)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        if not self.list.count():
            layout.addWidget(QLabel(self.tr("No initiative is registered yet."), self))

    def selected(self) -> list[int]:
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_selected(self, ids: list[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            wanted = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
