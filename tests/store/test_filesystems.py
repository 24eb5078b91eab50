"""Network file systems are recognised from the mount table (issue 10: refused for writing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutier.store import filesystems, probe

MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw,relatime 0 0
//nas/team /media/team\\040folder cifs rw 0 0
sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0
tmpfs /mnt/share/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/share/register.minutier", "nfs4"),
        ("/media/team folder/r.minutier", "cifs"),
        ("/home/me/remote/r.minutier", "fuse.sshfs"),
        ("/mnt/share/local/r.minutier", None),  # a local mount inside the share: the deepest wins
        ("/home/me/r.minutier", None),
    ],
)
def test_network_kind_from_the_mount_table(path: str, kind: str | None) -> None:
    assert filesystems.network_kind(Path(path), MOUNTS) == kind


def test_a_register_on_a_network_drive_opens_read_only(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(filesystems, "network_kind", lambda path, mounts_text=None: "nfs4")
    db = tmp_path / "r.minutier"
    db.write_bytes(b"x")
    reason = probe.unwritable(db)
    assert reason is not None and "network drive (nfs4)" in reason and "read-only" in reason
