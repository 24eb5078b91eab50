"""Merging changes made on another copy of a register: one field-wise three-way rule for all.

A *change* (``changes.Change``) is what another copy did to one record since a common base:
its table and UUID, the base and incoming values of the fields it touched, who and when.
References travel as UUIDs (integer ids differ between copies). ``apply.merge`` applies a list
of changes to a register in one undoable operation with the rule of ``rule.decide``; a field
both sides changed differently becomes a row of ``merge_conflict`` (``conflicts``) that a
person resolves later, itself an undoable operation. See /work/handoff/merge-api.md.
"""

from minutier.services.merge.apply import MergeReport, merge
from minutier.services.merge.changes import Change, changes_from_history
from minutier.services.merge.conflicts import list_conflicts, resolve
from minutier.services.merge.identity import register_id
from minutier.services.merge.rule import decide

__all__ = [
    "Change",
    "MergeReport",
    "changes_from_history",
    "decide",
    "list_conflicts",
    "merge",
    "register_id",
    "resolve",
]
