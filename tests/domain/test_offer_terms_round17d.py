"""Round seventeen of the letter reader, part d: the title, the place of work and the dates
missed at first sight on the forty-second, forty-third and forty-fifth batches, each kind
tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

from jobdesk.domain.offer_terms import read_terms

# --- a state taken from an address is not written at the place of work --------------------


def test_a_state_from_the_letterheads_address_is_not_added_to_the_place() -> None:
    found = read_terms(
        "Marigold Outfitters\n"
        "820 Larimer St, Suite 12, Boise, ID 83702\n\n"
        "Dear Casey,\n\n"
        "We are pleased to offer you the position of Store Lead.\n\n"
        "Work location: Boise (North End store)\n"
        "Hourly rate: $24.50 per hour\n"
    )
    assert found.location is not None and found.location.value == "Boise"


def test_a_state_the_letter_writes_with_the_place_of_work_is_kept() -> None:
    found = read_terms(
        "Marigold Outfitters\n"
        "820 Larimer St, Suite 12, Boise, ID 83702\n\n"
        "Dear Casey,\n\n"
        "We are pleased to offer you the position of Store Lead at the Boise Riverside "
        "Center.\n"
        "Your first day is at our Boise, ID distribution center on Front Street.\n"
    )
    assert found.location is not None and found.location.value == "Boise, ID"
