"""Which file system a path lives on: network ones are refused for writing, as SQLite advises.

SQLite's locks are unreliable over NFS, SMB and similar (sqlite.org/faq.html#q5 and
"How To Corrupt An SQLite Database File", 2.1): two writers there can corrupt the register.
On Linux the mount table says the type; on Windows a UNC path or a mapped network drive.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
        "glusterfs", "lustre", "gpfs", "ocfs2", "gfs2", "davfs", "fuse.sshfs", "fuse.rclone",
        "fuse.s3fs", "fuse.glusterfs", "fuse.davfs2",
    }
)  # fmt: skip
MOUNTS = Path("/proc/self/mounts")


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: Path, mounts_text: str | None = None) -> str | None:
    """The type of the file system holding ``path`` (Linux mount table); None if unknown."""
    if mounts_text is None:
        try:
            mounts_text = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    real = os.path.realpath(path)
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def _windows_remote(path: Path) -> bool:
    real = os.path.realpath(path)
    if real.startswith("\\\\") or real.startswith("//"):
        return True
    import ctypes

    drive = os.path.splitdrive(real)[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == 4  # DRIVE_REMOTE


def network_kind(path: Path, mounts_text: str | None = None) -> str | None:
    """The network file system ``path`` is on ("nfs4", "cifs", "network drive"), else None."""
    if sys.platform == "win32":
        try:
            return "network drive" if _windows_remote(path) else None
        except (OSError, AttributeError):
            return None
    kind = mount_type(path, mounts_text)
    return kind if kind in NETWORK_TYPES else None
