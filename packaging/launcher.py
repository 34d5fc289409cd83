"""Entry point of the bundled app (PyInstaller runs this file as __main__)."""

import multiprocessing
import sys

from jobdesk.app import main

if __name__ == "__main__":
    # Offer letters are read in a spawned process; in a frozen app that process starts this
    # executable again, and freeze_support() makes it run the reader instead of a new window.
    multiprocessing.freeze_support()
    sys.exit(main())
