"""An initiative with its figures (budget, capacity, shares), saved together."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from minutier.services import editing, links
from minutier.ui.context import AppContext
from minutier.ui.forms.dialog import RecordDialog
from minutier.ui.forms.figures import FiguresEditor


class InitiativeDialog(RecordDialog):
    def __init__(
        self,
        ctx: AppContext,
        row_id: int | None = None,
        *,
        parent: QWidget | None = None,
        **defaults: Any,
    ) -> None:
        super().__init__(ctx, "initiative", row_id, defaults=defaults, parent=parent)
        figures = links.figures_of(ctx.store, "initiative", row_id) if row_id else []
        self.figures = FiguresEditor(figures, self)
        self.body.addWidget(self.figures)

    def save(self, values: dict[str, Any]) -> int | None:
        figures = self.figures.figures()
        if figures is None:
            return None
        return self.run(editing.save_initiative, self.row_id, values, figures)
