"""Lets `python -m minutier` behave like the `minutier` command."""

from minutier.cli import main

raise SystemExit(main())
