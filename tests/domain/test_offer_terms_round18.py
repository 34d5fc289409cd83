"""Round eighteen of the letter reader: two kinds of wrong value seen at first sight on the
fifty-fourth and fifty-sixth batches, each tested with sentences of that kind written here
(not the corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms

# --- a remote role worked from a country is "Remote (country)", not the country ------------


def test_a_remote_role_based_in_a_country_is_remote_in_that_country() -> None:
    found = read_terms(
        "Dear Priya,\n\n"
        "We are delighted to offer you the position of Site Reliability Engineer.\n"
        "Your annual base salary will be $171,000.\n"
        "This is a remote role based in Canada; you will join the team offsite twice a year.\n"
    )
    assert found.location is not None and found.location.value == "Remote (Canada)"


def test_a_hybrid_role_based_in_a_country_is_not_shown_as_remote() -> None:
    found = read_terms(
        "Dear Priya,\n\n"
        "We are delighted to offer you the position of Site Reliability Engineer.\n"
        "Your annual base salary will be €88,000.\n"
        "You will be based in Germany and may work remotely up to two days a week.\n"
    )
    assert found.location is None or not found.location.value.startswith("Remote")


# --- "the first one year after grant" is the first part's wait, not the vesting period -----


def test_a_first_tranches_wait_is_not_the_vesting_period() -> None:
    found = read_terms(
        "Dear Priya,\n\n"
        "We are delighted to offer you the position of Site Reliability Engineer.\n"
        "Your annual base salary will be £96,000.\n"
        "Equity: 2,400 RSUs, vesting in four equal annual instalments, the first one year "
        "after your start date.\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.equity_units is not None and found.equity_units.value == 2400
