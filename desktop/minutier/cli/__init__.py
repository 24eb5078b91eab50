"""The ``minutier`` command: sub-commands over the services, or the window when none is given.

Exit codes: 0 success, 1 a problem the user can fix (one line on stderr, never a traceback),
2 wrong usage (argparse). Each command group lives in its own module with a ``register``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence

from minutier import __version__
from minutier.core.errors import MinutierError

# Command-group modules, in --help order; each has register(subparsers) -> None.
COMMAND_MODULES = (
    "minutier.cli.records",
    "minutier.cli.exchange",
    "minutier.cli.pdf",
    "minutier.cli.safety",
    "minutier.cli.generate",
    "minutier.cli.entries",
    "minutier.cli.attach",
    "minutier.cli.remind",
    "minutier.cli.book",
    "minutier.cli.hub",
    "minutier.cli.packs",
    "minutier.cli.selftest",
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="minutier")
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
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UserError(
            "no display is available to open the window; run Minutier in a desktop session "
            "(or under xvfb-run), or use one of the commands listed by 'minutier --help'."
        )
    import gc

    # Starting the window creates some 40,000 objects that live as long as the process
    # (modules, Qt's types and enums) and little garbage, yet the cycle collector went over
    # them 79 times before the first paint: it is back on once the window is painted
    # (launch). 14 ms of every start (python -m minutier.bench, cold start).
    gc.disable()
    try:
        from minutier.store import snapshot
        from minutier.ui.launch import launch  # Qt is imported only when a window is wanted

        snapshot.clean_leftovers()  # private copies of read-only registers left by dead processes
        return launch(args.window_db, demo=args.demo)
    finally:
        gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    from minutier.store import shutdown

    shutdown.tighten_umask()
    shutdown.on_terminate()  # SIGTERM ends like Ctrl+C: stores close, journals are folded back
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_request(argv)
    if args is None:
        parser = build_parser()
        # "minutier some.db" opens the window on that file; argparse would take it for a command.
        db = None
        if argv and not argv[0].startswith("-") and argv[0] not in _commands(parser):
            db = argv.pop(0)
            if not os.path.exists(db):
                parser.error(f"{db!r} is neither a command nor an existing database file")
        from minutier.cli.args import parse

        args = parse(parser, argv)  # a search query may start with a dash
        if db is not None and args.command is not None:
            parser.error("give either a database to open or a command, not both")
        if args.command is None:
            args.window_db = db
    if args.command is None:
        return _run(lambda: _open_window(args))
    from minutier.cli.terminal import safe_output

    def command() -> int:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a closed pipe is met here, not after main() has returned
        return code

    with safe_output():  # record text on a terminal: shown, never obeyed
        return _run(command)


def _run(command: Callable[[], int]) -> int:
    """Run a command: the exit code, and one line on stderr for any problem (no traceback)."""
    try:
        return command()
    except BrokenPipeError:  # "minutier meetings DB | head": the reader has all it wanted
        from minutier.cli.terminal import quiet_broken_pipe

        quiet_broken_pipe()
        return 0
    except MinutierError as e:
        print(f"minutier: {e}", file=sys.stderr)
        return 1
    except sqlite3.Error as e:
        print(f"minutier: the database refused the operation: {e}", file=sys.stderr)
        return 1
    except OverflowError:  # a number beyond what SQLite stores, reached a query
        print(
            "minutier: a number given is too large (at most 9223372036854775807).",
            file=sys.stderr,
        )
        return 1
    except UnicodeEncodeError:  # bytes that are not UTF-8 in an argument (kept as surrogates)
        print(
            "minutier: an argument holds bytes that are not valid UTF-8 text; retype it.",
            file=sys.stderr,
        )
        return 1
    except OSError as e:
        where = f" ({e.filename})" if e.filename else ""
        print(f"minutier: {e.strerror or e}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("minutier: interrupted", file=sys.stderr)
        return 130
    except Exception:  # a defect, not the user's doing: log it, say where, no traceback
        log = _log_exception()
        print(
            f"minutier: an unexpected error occurred; details were written to {log}",
            file=sys.stderr,
        )
        return 1


def _log_exception() -> str:
    import traceback

    from minutier.store import locations

    try:
        folder = locations.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "minutier-cli.log"
        with open(path, "a", encoding="utf-8") as f:
            f.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "(the log folder could not be written)"


def _window_request(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain "open the window" (nothing, --demo, an existing file), or None.

    Opening the window is the common start: it skips building the parser of every command,
    whose help texts alone cost argparse ~0.1 s of regular expressions. Command names never
    hold a dot or a slash, so a path that does cannot be mistaken for one.
    """
    demo = "--demo" in argv
    rest = [a for a in argv if a != "--demo"]
    if len(rest) > 1 or any(a.startswith("-") for a in rest):
        return None
    db = rest[0] if rest else None
    if db is not None and not (("." in db or os.sep in db) and os.path.isfile(db)):
        return None
    return argparse.Namespace(command=None, window_db=db, demo=demo)


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()
