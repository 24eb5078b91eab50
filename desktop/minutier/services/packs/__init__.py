"""Review packs: a register cut for one official, edited offline, merged back with the merge rule.

``cut`` writes the pack, ``info`` reads what a file is (a pack? whose? cut when, from where?),
``edit`` holds the edits a pack allows (also usable on a full register), ``merge_back`` merges a
pack into the register it was cut from.
"""
