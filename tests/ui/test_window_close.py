"""Closing the window deletes its undo steps at once, not at garbage collection.

Left to the collector, the undo stack's destructor deleted commands whose Python side was
already freed: the whole test process segfaulted after the last test (rc 139).
"""

from __future__ import annotations

import gc

from minutier.services import records


def test_closing_the_window_empties_the_undo_stack_before_it_is_collected(
    controller, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = controller.window
    ctx = window.ctx
    ctx.run("Edit meeting", records.update, "meeting", 1, {"place": "Sejong"})
    ctx.run("Edit meeting", records.update, "meeting", 1, {"place": "Seoul"})
    assert ctx.undo_stack.count() == 2
    window.close()
    assert ctx.undo_stack.count() == 0
    del window
    controller.deleteLater()
    qtbot.wait(1)
    gc.collect()  # used to crash here, or at the end of the run
