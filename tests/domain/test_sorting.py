"""Names with numbers sort by the numbers' value, letter case ignored."""

from __future__ import annotations

from jobdesk.domain.sorting import NaturalKeys, natural_key, natural_keys


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


# Texts with numbers of every length, leading zeros, several numbers, digits of other
# scripts, letter case, the separator the bulk pass joins on, and repeats.
MIXED = [
    "Vertex 98",
    "vertex 100",
    "Vertex 22",
    "Acme",
    "acme",
    "R2 team 10",
    "R10 team 1",
    "Vertex 007",
    "Vertex 000",
    "0",
    "",
    "Straße 5",
    "Lab ٣",
    "12345678901234567890123",
    "a1b22c333d4444e55555f666666g7777777h88888888i999999999j0123456789",
    "Vertex 98",
]


def test_keys_for_a_whole_column_equal_each_text_s_own_key() -> None:
    expected = [natural_key(text) for text in MIXED]
    assert natural_keys(MIXED) == expected
    # A text holding the separator, or a number too long for the bulk pass, still counts.
    odd = [*MIXED, "line 1\nline 2", "9" * 45 + " x", "x " + "0" * 50 + "7"]
    assert natural_keys(odd) == [natural_key(text) for text in odd]


def test_kept_keys_are_reused_and_new_texts_added() -> None:
    keys = NaturalKeys()
    assert keys.of(MIXED[:5]) == [natural_key(t) for t in MIXED[:5]]
    assert keys.of(MIXED) == [natural_key(t) for t in MIXED]
    assert keys.of(reversed(MIXED)) == [natural_key(t) for t in reversed(MIXED)]


def test_a_column_sorted_by_its_keys_is_in_natural_order() -> None:
    names = ["Role 10", "role 2", "Role 1", "Role 02b", "Role 2a", "ROLE 100"]
    keys = natural_keys(names)
    order = sorted(range(len(names)), key=keys.__getitem__)
    assert [names[i] for i in order] == [
        "Role 1",
        "role 2",
        "Role 2a",
        "Role 02b",
        "Role 10",
        "ROLE 100",
    ]
