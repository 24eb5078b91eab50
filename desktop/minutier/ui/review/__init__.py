"""Offline review in the window: the review window of a pack, cutting and merging packs, conflicts."""
