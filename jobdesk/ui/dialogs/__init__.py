"""Dialogs that ask the user for one thing each, through an `ask(...)` classmethod."""
