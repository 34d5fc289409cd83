"""`python -m jobdesk` and the `jobdesk` command."""

from __future__ import annotations

import sys

from jobdesk.app import main

if __name__ == "__main__":
    sys.exit(main())
