"""Domain records, validation and dates: pure Python, no Qt and no SQL."""
