"""Entry point PyInstaller freezes: the ``minutier`` command (window or sub-commands)."""

import sys

from minutier.cli import main

if __name__ == "__main__":
    sys.exit(main())
