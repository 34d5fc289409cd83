"""Counts in words: "1 application", "2 applications", the same rule everywhere."""

from __future__ import annotations


def counted(count: int, noun: str, plural: str = "") -> str:
    """`count` followed by `noun`, or by its plural (`noun` + "s" unless given) when the
    count is not exactly one: "1 day", "0 days", "3 replies" (with plural="replies")."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
