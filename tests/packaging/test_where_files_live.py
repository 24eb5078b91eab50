"""Where Minutier writes: the user's data, state and config folders, never the current folder.

Every command and the window run from a fresh, empty folder, which must still be empty after.
The window is run without MINUTIER_HOME (HOME points at a throwaway folder) so the real default
locations are used: platformdirs for data and logs, QSettings for settings.
"""

from __future__ import annotations

import queue
import subprocess
import threading
from pathlib import Path

from packaging_helpers import clean_env, minutier_cmd, run

PATIENCE = 90  # seconds before a process is called stuck (not a timing assertion)


def test_commands_write_nothing_in_the_current_folder(tmp_path: Path, empty_cwd: Path) -> None:
    env = clean_env(tmp_path / "home")
    out = tmp_path / "out"
    out.mkdir()
    db = out / "x.minutier"
    commands = [
        ["--version"],
        ["--help"],
        ["demo", str(db)],
        ["meetings", str(db)],
        ["actions", str(db), "--json"],
        ["decisions", str(db)],
        ["search", str(db), "GPU"],
        ["export", str(db), "--format", "json", "--out", str(out / "x.json")],
        ["export", str(db), "--format", "ics", "--out", str(out / "x.ics")],
        ["check", str(db)],
        ["backup", str(db)],
        ["meetings", str(empty_cwd / "missing.minutier")],  # an error must not write either
    ]
    for args in commands:
        result = run([*minutier_cmd(), *args], cwd=empty_cwd, env=env)
        assert result.returncode in (0, 1), (args, result.stderr)
        assert "Traceback" not in result.stderr, (args, result.stderr)
    assert list(empty_cwd.iterdir()) == []
    assert (out / "x.json").is_file() and (out / "x.ics").is_file()
    # The backup went to the data folder's backups, not beside the file or here.
    backups = list((tmp_path / "home" / "data" / "backups").rglob("*.minutier"))
    assert backups, list((tmp_path / "home").rglob("*"))


def _wait_for(lines: queue.Queue[str], prefix: str, seen: list[str]) -> bool:
    while True:
        try:
            line = lines.get(timeout=PATIENCE)
        except queue.Empty:
            return False
        seen.append(line)
        if line.startswith(prefix) or line == "<eof>":
            return line.startswith(prefix)


def test_window_uses_the_user_folders_and_qsettings(tmp_path: Path, empty_cwd: Path) -> None:
    """``minutier --demo`` creates the demo in the data folder and remembers the window."""
    user = tmp_path / "user"
    user.mkdir()
    env = clean_env(tmp_path / "unused", HOME=str(user))
    for name in ("MINUTIER_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env.pop(name, None)
    first = subprocess.Popen(
        [*minutier_cmd(), "--demo"],
        cwd=empty_cwd,
        env={**env, "MINUTIER_REPORT_ACTIVATION": "quit"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert first.stdout is not None
        for line in first.stdout:
            lines.put(line.rstrip("\n"))
        lines.put("<eof>")

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    try:
        assert _wait_for(lines, "listening", seen), seen
        second = run([*minutier_cmd(), "--demo"], cwd=empty_cwd, env=env, timeout=PATIENCE)
        assert second.returncode == 0, second.stderr
        assert _wait_for(lines, "activated", seen), seen
        assert first.wait(timeout=PATIENCE) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert list(empty_cwd.iterdir()) == []
    assert not (tmp_path / "unused").exists()
    demo = user / ".local" / "share" / "Minutier" / "demo.minutier"
    assert demo.is_file()
    settings = user / ".config" / "Minutier" / "Minutier.conf"
    assert settings.is_file(), sorted(str(p.relative_to(user)) for p in user.rglob("*"))
    text = settings.read_text(encoding="utf-8")
    assert "demo.minutier" in text  # the recent files
    assert "geometry=" in text  # the window, saved when it closed
