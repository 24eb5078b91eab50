"""One window per register: a file already open in another Minutier is brought forward, not reopened.

Each window listens on a local socket named after the file it shows (a hash of the resolved
path and the user). Before opening a file, Minutier knocks on that socket: when a window
answers, it is sent ``activate``, raises itself and replies ``ok``, and the newcomer opens
nothing (a second process then exits 0). No answer means no other window has the file.

Sockets live in the user's private runtime folder (``$XDG_RUNTIME_DIR``) where there is one,
else where Qt puts them (the temporary folder, readable by the user only; a named pipe on
Windows). A socket left by a crashed process answers nobody and is replaced.

QtNetwork is loaded only when a socket is there to knock on, and a window starts listening
once it has been painted (``Controller.show_store``): together 13-15 ms of every start.

``MINUTIER_REPORT_ACTIVATION`` (tests, the bundle's smoke test) makes a listening window print
``listening NAME`` and, when reached, ``activated`` to stdout; set to ``quit`` it also quits then.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDir, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from minutier.core.clock import os_user

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
OK = b"ok\n"
CONNECT_MS = 500
REPLY_MS = 3000
REPORT_ENV = "MINUTIER_REPORT_ACTIVATION"
MAX_SOCKET_PATH = 100  # a Unix socket's path must fit in 108 bytes
OPENING_WAIT_S = 10.0  # how long a second start waits for the first to be listening


def _runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR`` when it is a private folder of this user (never on Windows)."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or sys.platform == "win32":
        return None
    try:
        info = os.stat(value)
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and not info.st_mode & 0o077
    return Path(value) if private and info.st_uid == os.getuid() else None


def file_key(path: str | Path) -> str:
    """The same text for every way of naming one file (relative, symlinked, case on Windows)."""
    resolved = os.path.normcase(str(Path(path).expanduser().resolve()))
    return hashlib.sha256(f"{os_user()}\0{resolved}".encode()).hexdigest()[:24]


def server_name(path: str | Path) -> str:
    """The local socket a window showing ``path`` listens on."""
    name = f"minutier-{file_key(path)}"
    folder = _runtime_dir()
    if folder is None or len(str(folder / name)) > MAX_SOCKET_PATH:
        return name
    return str(folder / name)


def _where(name: str) -> str:
    """The socket file of ``name`` on Unix (Qt puts a bare name in its temporary folder)."""
    return name if os.path.isabs(name) else os.path.join(QDir.tempPath(), name)


def _nobody_listens(name: str) -> bool:
    """True when no window can be listening on ``name``: on Unix, no socket file is there.

    (On Windows a named pipe cannot be looked for without connecting: never sure there.)
    """
    if sys.platform == "win32":
        return False
    try:
        return not stat.S_ISSOCK(os.stat(_where(name)).st_mode)
    except OSError:
        return True


def claim_opening(path: str | Path, wait_s: float = OPENING_WAIT_S) -> int | None:
    """Be the one process opening ``path`` now; a descriptor to ``release``, or None.

    Two Minutiers started at the same instant on one file each opened it before the other
    listened, and each kept the other from taking it: both ended read-only. The one that
    claims first opens the file and holds the claim until it listens (``Controller._listen``);
    the other waits here (at most ``wait_s``), then finds it listening and brings it forward.
    A process that dies lets go of its claim. The claim is a small file beside the socket,
    left there for the next start. None where it cannot be claimed (Windows, a folder that
    refuses the file, a file someone else made): starting goes on as before.
    """
    if sys.platform == "win32":
        return None
    import fcntl

    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(_where(server_name(path)) + ".opening", flags, 0o600)
    except OSError:
        return None
    if os.fstat(fd).st_uid != os.getuid():  # planted by another user: not ours to wait on
        os.close(fd)
        return None
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return fd
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                return None  # held too long (a dialog open there?): open as before
            time.sleep(0.05)
        except OSError:
            os.close(fd)
            return None


def release_opening(fd: int | None) -> None:
    """Let the next process opening the same file go on (see ``claim_opening``)."""
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)  # closing the descriptor releases its flock


def activate_running(path: str | Path) -> bool:
    """Ask the window that has ``path`` open to come forward; True when one did."""
    name = server_name(path)
    if _nobody_listens(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    try:
        socket.write(ACTIVATE)
        if not socket.waitForBytesWritten(REPLY_MS):
            return False
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_MS):
            reply += bytes(socket.readAll().data())
        return reply == OK
    finally:
        socket.abort()


def _report(line: str) -> None:
    if os.environ.get(REPORT_ENV):
        print(line, flush=True)


class Beacon(QObject):
    """Listens, for the window of the open register, for newcomers opening the same file."""

    def __init__(self, window: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.server: QLocalServer | None = None

    def listen(self, path: str | Path) -> bool:
        """Answer for ``path`` (stops answering for the previous file); False if impossible."""
        from PySide6.QtNetwork import QLocalServer

        self.close()
        name = server_name(path)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            # A socket file left by a process that died: nobody answers it, so take it over.
            # (If a live window answered, this file would not have been opened here.)
            QLocalServer.removeServer(name)
            if not server.listen(name):
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        _report(f"listening {name}")
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            self.bring_forward()
            socket.write(OK)
            socket.flush()
        socket.disconnectFromServer()

    def bring_forward(self) -> None:
        """Show the window on top, restored if it was minimised."""
        window = self.window()
        if window is not None:
            state = window.windowState() & ~Qt.WindowState.WindowMinimized
            window.setWindowState(state | Qt.WindowState.WindowActive)
            window.show()
            window.raise_()
            window.activateWindow()
        _report("activated")
        if os.environ.get(REPORT_ENV) == "quit":
            QTimer.singleShot(0, window.close if window is not None else QApplication.quit)
