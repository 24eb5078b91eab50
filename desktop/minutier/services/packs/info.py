"""What a review pack is: its origin, owner and base, as ``meta`` entries ``pack.*`` in the file."""

from __future__ import annotations

from dataclasses import dataclass

from minutier.services.merge.identity import meta
from minutier.store.connection import Store

PREFIX = "pack."
# Fields of an action a pack may change (with progress notes, which it may add).
EDITABLE_ACTION_FIELDS = frozenset({"status", "closed_on", "due_on"})


@dataclass(frozen=True)
class PackInfo:
    """The ``pack.*`` meta entries of a review pack."""

    pack_uuid: str
    kind: str  # "actions"
    origin_register: str  # register_uuid of the register it was cut from
    origin_name: str  # that register's file name, for people
    origin_op: int  # the register's last history operation at the cut
    base_op: int  # the pack's own history operation that holds the base
    owner_kind: str  # "person" | "organisation"
    owner_uuid: str
    owner_name: str
    cut_by: str
    cut_at: str  # UTC timestamp
    days: int

    def as_meta(self) -> dict[str, str]:
        return {PREFIX + k: str(v) for k, v in self.__dict__.items()}

    def describe(self) -> str:
        """One sentence: whose pack, cut when, from which register."""
        return (
            f"Review pack for {self.owner_name}, cut from {self.origin_name} "
            f"on {self.cut_at[:16].replace('T', ' ')} UTC by {self.cut_by}."
        )


def pack_info(store: Store) -> PackInfo | None:
    """The pack's description, or None when ``store`` is a full register."""
    values = meta(store, PREFIX)
    if "pack_uuid" not in values:
        return None
    ints = {"origin_op", "base_op", "days"}
    fields = PackInfo.__dataclass_fields__
    return PackInfo(**{k: int(values[k]) if k in ints else values.get(k, "") for k in fields})


def is_pack(store: Store) -> bool:
    return pack_info(store) is not None
