"""Persistence on SQLite through peewee; returns and takes domain objects."""
