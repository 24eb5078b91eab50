"""Refresh the interface translations and compile them: .ts (committed) → .qm (built, ignored).

    python packaging/build_translations.py            # lupdate over desktop/minutier/ui, then lrelease
    python packaging/build_translations.py --compile  # lrelease only (no source scan)
    python packaging/build_translations.py --quiet    # as the first, printing only problems

``pyside6-lupdate`` keeps every existing translation and adds new source strings as
unfinished; ``pyside6-lrelease`` writes ``minutier_<lang>.qm`` beside each ``.ts``. Without
the PySide6 tools (a bare runtime), nothing is done and the interface stays in English.
Exit status 1 if a tool fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "minutier" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "fr", "ko")  # English: only the plural forms ("%n action(s)")


def tool(name: str) -> str | None:
    """The PySide6 tool beside this Python (a venv's bin), else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    return shutil.which(name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def run(cmd: list[str], quiet: bool) -> bool:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0 or not quiet:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
    return result.returncode == 0


def update(quiet: bool) -> bool:
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        print("build_translations: pyside6-lupdate not found; sources not scanned", file=sys.stderr)
        return True
    files = sources()
    ok = True
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"minutier_{lang}.ts"
        plural_only = ["-pluralonly"] if lang == "en" else []
        ok &= run(
            [
                lupdate,
                *plural_only,
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            quiet,
        )
    return ok


def compile_all(quiet: bool) -> bool:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        print("build_translations: pyside6-lrelease not found; no .qm built", file=sys.stderr)
        return True
    ok = True
    for ts in sorted(TRANSLATIONS.glob("minutier_*.ts")):
        qm = ts.with_suffix(".qm")
        # Written beside, then renamed over: a running Minutier maps the old .qm into memory,
        # and rewriting that file in place would crash it (SIGBUS).
        partial = qm.with_name(f".{qm.name}.{os.getpid()}.partial")
        flags = ["-silent"] if quiet else []
        done = run([lrelease, *flags, str(ts), "-qm", str(partial)], quiet)
        if done:
            os.replace(partial, qm)
        else:
            partial.unlink(missing_ok=True)
        ok &= done
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compile", action="store_true", help="only compile .ts to .qm")
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ok = True
    if not args.compile:
        ok &= update(args.quiet)
    ok &= compile_all(args.quiet)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
