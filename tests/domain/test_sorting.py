"""Names with numbers sort by the numbers' value, letter case ignored."""

from __future__ import annotations

from jobdesk.domain.sorting import natural_key


def test_numbers_sort_by_value_and_case_is_ignored() -> None:
    names = ["Vertex 98", "vertex 100", "Vertex 22", "Acme", "acme 2", "Vertex 7", "Bolt"]
    assert sorted(names, key=natural_key) == [
        "Acme",
        "acme 2",
        "Bolt",
        "Vertex 7",
        "Vertex 22",
        "Vertex 98",
        "vertex 100",
    ]


def test_numbers_anywhere_and_leading_zeros() -> None:
    names = ["R2 team 10", "R10 team 1", "R2 team 9", "Vertex 007", "Vertex 8"]
    assert sorted(names, key=natural_key) == [
        "R2 team 9",
        "R2 team 10",
        "R10 team 1",
        "Vertex 007",
        "Vertex 8",
    ]
    assert natural_key("Vertex 7") == natural_key("VERTEX 007")
    # Plain text is just folded; ß folds to ss as casefold does.
    assert natural_key("Straße") == "strasse"
