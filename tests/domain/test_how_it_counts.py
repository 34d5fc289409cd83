"""The counting rules are written in one place, `domain/how_it_counts.py`: Help ▸ How jobdesk
counts, the Insights' "How it counts" and the terminal all read them from there, so no other
copy of a rule's words can drift from the rules the figures follow."""

from __future__ import annotations

import ast
from pathlib import Path

import jobdesk
from jobdesk.domain.how_it_counts import counting_rules, how_it_counts

PACKAGE = Path(jobdesk.__file__).parent


def modules_saying(words: str) -> list[str]:
    """The modules of jobdesk with a string that holds `words` (the pieces of a string
    written over several lines count as one, as Python joins them)."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts = [
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        ]
        if any(words in text for text in texts):
            found.append(path.relative_to(PACKAGE.parent).as_posix())
    return found


def test_each_rule_is_written_once() -> None:
    # A second copy of the rules sat unused in domain/breaks.py, in older words.
    for words in (
        "a break of 14 days inside an application's first 40 days leaves 26 counted days.",
        "Breaks that overlap count each day once; a break still ahead changes nothing.",
        "Withdrawing wins over that",
    ):
        assert modules_saying(words) == ["jobdesk/domain/how_it_counts.py"], words


def test_the_text_is_the_rules_with_the_settings() -> None:
    text = how_it_counts(30, 5, 7)
    rules = counting_rules(30, 5, 7)
    assert text.split("\n\n") == [
        "How it counts",
        "You have no applications yet, so the figures after the rules are an example: once "
        "you add some, they are your own.",
        *(" ".join(filter(None, (f"{r.title}.", r.text, r.figures))) for r in rules),
    ]
    # Four rules count something: each is shown at work, here on the example's figures.
    assert [r.title for r in rules if r.figures] == [
        "Silence is an answer too",
        "Each step counts only what is decided",
        "Too early to tell",
        "Small numbers",
    ]
    assert all(r.figures.startswith("For example: ") for r in rules if r.figures)
    assert (
        "do not count towards those 30 days, nor towards the follow-up wait: the 7 quiet " in text
    )
