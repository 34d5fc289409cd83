"""The offers part of the window."""
