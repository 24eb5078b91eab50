"""The process around the registers: private files whatever the umask, a clean end on SIGTERM.

A register, its journal, backups, logs and settings must not become writable by others
because the user's umask is 000, so a lax umask is tightened to 077 at start. SIGTERM (a
logout, ``kill``, a service manager) and Ctrl+C end the program through its normal path,
so every writer checkpoints its journal away and removes its lock note (``Store.close``,
also registered with ``atexit``) instead of leaving them for a "not closed properly" banner.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable


def tighten_umask() -> int:
    """Make new files user-only when the umask would let others write them; returns the umask."""
    mask = os.umask(0o077)
    if mask & 0o022 == 0o022:  # group and others already cannot write: keep the user's choice
        os.umask(mask)
        return mask
    return 0o077


def _raise_interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def on_terminate(handler: Callable[[int, object], None] | None = None) -> None:
    """Route SIGTERM (and SIGINT) to ``handler``; by default they raise ``KeyboardInterrupt``."""
    if threading.current_thread() is not threading.main_thread():
        return
    handler = handler or _raise_interrupt
    for name in ("SIGTERM", "SIGINT"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, handler)
