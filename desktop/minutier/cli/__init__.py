"""The ``minutier`` command: sub-commands over the services, or the window when none is given.

Exit codes: 0 success, 1 a problem the user can fix (one line on stderr, never a traceback),
2 wrong usage (argparse). Each command group lives in its own module with a ``register``.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from minutier import __version__
from minutier.core.errors import MinutierError

# Command-group modules, in --help order; each has register(subparsers) -> None.
COMMAND_MODULES = (
    "minutier.cli.records",
    "minutier.cli.exchange",
    "minutier.cli.pdf",
    "minutier.cli.safety",
    "minutier.cli.generate",
)


class UserError(MinutierError):
    """A problem with the command's input that is not a record error (file missing, etc.)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="minutier",
        usage="minutier [-h] [--version] [--demo] [DB] | minutier COMMAND ...",
        description="Minutier keeps a committee's meetings, decisions, initiatives and actions "
        "in one offline SQLite file and prints the official minutes as PDF. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"minutier {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created on first use)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
            continue  # a command group not written yet
        module.register(sub)
    return parser


def _open_window(args: argparse.Namespace) -> int:
    from minutier.ui.launch import launch  # Qt is imported only when a window is wanted

    return launch(args.db, demo=args.demo)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # "minutier some.db" opens the window on that file; argparse would take it for a command.
    db = None
    if argv and not argv[0].startswith("-") and argv[0] not in _commands(parser):
        db = argv.pop(0)
    args = parser.parse_args(argv)
    args.db = db
    if db is not None and args.command is not None:
        parser.error("give either a database to open or a command, not both")
    try:
        if args.command is None:
            return _open_window(args)
        return int(args.func(args) or 0)
    except MinutierError as e:
        print(f"minutier: {e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:
        print(f"minutier: the database refused the operation: {e}", file=sys.stderr)
        return 1
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"minutier: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("minutier: interrupted", file=sys.stderr)
        return 130


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
