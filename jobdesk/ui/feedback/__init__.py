"""The feedback part of the window."""
