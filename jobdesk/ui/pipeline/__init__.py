"""The pipeline part of the window."""
