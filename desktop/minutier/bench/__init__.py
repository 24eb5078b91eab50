"""The scale benchmark: Minutier against the bare limit of SQLite, Qt and reportlab, as ratios.

Run ``python -m minutier.bench DB`` on a file made by ``minutier generate``. Each case is timed
repeatedly together with a bare baseline doing the same work with nothing of Minutier in the
way, interleaved in the same run, and reported as median, 95th percentile and ratio.
"""
