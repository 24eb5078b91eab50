"""``minutier self-test``: checks a build (translations, Hangul font, PDF preview) headless."""

from __future__ import annotations

import argparse
import os


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "self-test",
        help="check this installation: translations, the Hangul font (bold too) and the "
        "in-app PDF preview (runs headless; exit 0 when all pass)",
    )
    p.set_defaults(func=cmd_self_test)


def cmd_self_test(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    from minutier.ui import self_test  # Qt is imported only for this command

    return 0 if self_test.run() else 1
