"""Artwork, installed as jobdesk.resources (see setup.py)."""
