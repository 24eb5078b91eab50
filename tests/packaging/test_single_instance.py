"""One window per register: a second launch on an open file brings the first window forward.

The end-to-end test runs two real ``minutier`` processes offscreen. The first opens a register
and, with MINUTIER_REPORT_ACTIVATION=quit, prints ``listening`` once its socket is up and
``activated`` (then closes) when reached. The second names the same file another way and must
exit 0 without opening a window of its own.
"""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from packaging_helpers import clean_env, minutier_cmd, run
from PySide6.QtNetwork import QLocalServer

from minutier.services.demo import build_demo
from minutier.ui import single_instance

# Not a timing: how long to wait before calling a process stuck.
PATIENCE = 90


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.minutier")


def test_one_file_one_name_however_it_is_named(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "a" / "register.minutier"
    target.parent.mkdir()
    target.write_bytes(b"")
    (tmp_path / "link.minutier").symlink_to(target)
    names = {
        single_instance.server_name(p)
        for p in (target, "a/register.minutier", "a/../a/register.minutier", "link.minutier")
    }
    assert len(names) == 1
    other = single_instance.server_name(tmp_path / "a" / "other.minutier")
    assert other not in names
    assert all(len(n) <= single_instance.MAX_SOCKET_PATH for n in [*names, other])


def test_a_runtime_folder_too_deep_for_a_socket_is_not_used(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    deep = tmp_path / ("d" * 90)
    deep.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(deep))
    assert single_instance.server_name("x.minutier").startswith("minutier-")


def test_sockets_go_to_the_private_runtime_folder(
    tmp_path: Path, monkeypatch, runtime_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    private = runtime_dir
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(private))
    assert Path(single_instance.server_name("x.minutier")).parent == private
    private.chmod(0o755)  # readable by others: not private, not used
    assert "/" not in single_instance.server_name("x.minutier")
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert single_instance.server_name("x.minutier").startswith("minutier-")


def test_nobody_answers_for_a_file_nobody_has_open(
    qapp, tmp_path: Path, monkeypatch, runtime_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    assert not single_instance.activate_running(tmp_path / "closed.minutier")


def test_a_socket_left_by_a_crash_is_taken_over(
    qapp, tmp_path: Path, monkeypatch, runtime_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    run_dir = runtime_dir
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run_dir))
    path = tmp_path / "r.minutier"
    name = single_instance.server_name(path)
    # A process killed while listening leaves its socket file behind, answering nobody.
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import socket, sys; s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])",
            name,
        ],
        check=True,
    )
    assert Path(name).exists()
    assert not single_instance.activate_running(path)
    beacon = single_instance.Beacon(lambda: None)
    try:
        assert beacon.listen(path)
        assert beacon.server is not None and beacon.server.isListening()
        assert beacon.server.fullServerName() == name
    finally:
        beacon.close()
    assert beacon.server is None
    QLocalServer.removeServer(name)


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    """A private runtime folder with a short path (a socket's path must fit in 108 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="mt-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's stdout, line by line, read in the background."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
        lines.put("<eof>")

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue[str], prefix: str, seen: list[str]) -> bool:
    while True:
        try:
            line = lines.get(timeout=PATIENCE)
        except queue.Empty:
            return False
        seen.append(line)
        if line.startswith(prefix):
            return True
        if line == "<eof>":
            return False


def test_second_launch_on_an_open_file_brings_the_first_forward(
    demo_file: Path, tmp_path: Path, runtime_dir: Path
) -> None:
    register = tmp_path / "work" / "register.minutier"
    register.parent.mkdir()
    register.write_bytes(demo_file.read_bytes())
    home = tmp_path / "home"
    runtime = runtime_dir
    env = clean_env(home, XDG_RUNTIME_DIR=str(runtime))
    first = subprocess.Popen(
        [*minutier_cmd(), str(register)],
        cwd=tmp_path,
        env={**env, "MINUTIER_REPORT_ACTIVATION": "quit"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    seen: list[str] = []
    try:
        lines = _lines(first)
        assert _wait_for(lines, "listening", seen), seen
        assert seen[-1] == f"listening {single_instance_name(register, runtime)}"
        # Same file, named relatively from another folder.
        second = run(
            [*minutier_cmd(), os.path.join("..", "work", "register.minutier")],
            cwd=tmp_path / "work",
            env={**env, "MINUTIER_REPORT_ACTIVATION": "1"},
            timeout=PATIENCE,
        )
        assert second.returncode == 0, second.stderr
        assert "listening" not in second.stdout  # it opened no window of its own
        assert _wait_for(lines, "activated", seen), seen
        assert first.wait(timeout=PATIENCE) == 0  # the hook closes the window once reached
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    # The first window closed cleanly: its socket is gone, so the file opens normally again.
    assert not Path(single_instance_name(register, runtime)).exists()


def single_instance_name(path: Path, runtime: Path) -> str:
    """The socket name the child processes use (they see XDG_RUNTIME_DIR=runtime)."""
    old = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    try:
        return single_instance.server_name(path)
    finally:
        if old is None:
            del os.environ["XDG_RUNTIME_DIR"]
        else:
            os.environ["XDG_RUNTIME_DIR"] = old


def test_the_controller_hands_over_instead_of_opening(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """In the window (File > Open, recent files, welcome screen) the same rule applies."""
    from minutier.ui.controller import Controller

    monkeypatch.setenv("MINUTIER_HOME", str(tmp_path / "home"))
    asked: list[str] = []
    monkeypatch.setattr(single_instance, "activate_running", lambda p: asked.append(p) or True)
    opened: list[str] = []
    monkeypatch.setattr("minutier.ui.opening.open_database", lambda *a, **k: opened.append(a[0]))
    controller = Controller()
    assert controller.open_path(str(tmp_path / "elsewhere.minutier"))
    assert asked == [str(tmp_path / "elsewhere.minutier")]
    assert opened == [] and controller.window is None


def test_two_launches_at_the_same_instant_make_one_window(
    demo_file: Path, tmp_path: Path, runtime_dir: Path
) -> None:
    """Started together, both opened the file before either listened, and each kept the other
    from taking it: both windows were read-only. Now the second waits for the first."""
    register = tmp_path / "register.minutier"
    register.write_bytes(demo_file.read_bytes())
    env = clean_env(tmp_path / "home", XDG_RUNTIME_DIR=str(runtime_dir))
    env["MINUTIER_REPORT_ACTIVATION"] = "quit"  # the window reached closes: both end
    for _ in range(3):
        both = [
            subprocess.Popen(
                [*minutier_cmd(), str(register)],
                cwd=tmp_path,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            for _ in range(2)
        ]
        try:
            outputs = [p.communicate(timeout=PATIENCE)[0] for p in both]
        finally:
            for p in both:
                if p.poll() is None:
                    p.kill()
                    p.wait()
        assert [p.returncode for p in both] == [0, 0], outputs
        said = "\n".join(outputs).splitlines()
        assert sum(line.startswith("listening") for line in said) == 1, outputs
        assert said.count("activated") == 1, outputs


def test_a_claim_waits_for_the_one_before_it(
    tmp_path: Path, monkeypatch, runtime_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    path = tmp_path / "r.minutier"
    first = single_instance.claim_opening(path)
    assert first is not None
    try:
        assert single_instance.claim_opening(path, wait_s=0.3) is None  # waited, then gave up
    finally:
        single_instance.release_opening(first)
    again = single_instance.claim_opening(path, wait_s=0.3)
    assert again is not None
    single_instance.release_opening(again)


def test_a_claim_file_planted_as_a_link_is_not_followed(
    tmp_path: Path, monkeypatch, runtime_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime_dir))
    path = tmp_path / "r.minutier"
    target = tmp_path / "elsewhere"
    Path(single_instance.server_name(path) + ".opening").symlink_to(target)
    assert single_instance.claim_opening(path, wait_s=0.1) is None
    assert not target.exists()
