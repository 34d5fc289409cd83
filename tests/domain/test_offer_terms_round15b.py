"""Round fifteen of the letter reader, second share: each kind of blank found at first sight
on the thirty-fifth (public sector, universities) and thirty-seventh (Latin America, southern
and eastern Europe, Turkey, Asia, the Gulf, Africa) batches, tested with sentences of that
kind written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date

from jobdesk.domain.offer_terms import read_terms

# --- a date line that joins by "de", after a town, its state and "a" ---------------------------


def test_a_portuguese_date_line_ends_its_line() -> None:
    found = read_terms("Belo Horizonte, 9 de março de 2027\nAo Sr.\nPedro Lima\n")
    assert found.letter_date is not None and found.letter_date.value == date(2027, 3, 9)


def test_a_spanish_date_line_after_a_town_and_its_state() -> None:
    found = read_terms("Puebla, Pue., a 3 de febrero de 2027\nLic. Ana Ruiz\nPresente\n")
    assert found.letter_date is not None and found.letter_date.value == date(2027, 2, 3)
