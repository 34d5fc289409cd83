"""Round seventeen (part a) of the letter reader: money and equity terms in multi-column
tables (a candidate's current package beside the offer, target beside maximum, year by year)
found at first sight on the forty-third and forty-fifth batches, tested with sentences of
that kind written here (not the corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a candidate's current package beside the offer: the offer's column -----------------------


def test_a_tab_table_of_current_beside_the_company_offer_reads_the_offer() -> None:
    found = read_terms(
        "Dear Noor,\n\n"
        "We are pleased to offer you the position of Plant Controller at Ridgeway Foods in "
        "Winnipeg, MB.\n\n"
        "Item\tCurrent\tRidgeway offer\n"
        "Base salary\t$104,000\t$118,500\n"
        "Annual bonus target\t6%\t9% ($10,665)\n"
        "Total cash\t$110,240\t$129,165\n"
    )
    assert found.base is not None and found.base.value == Decimal(118500)
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.currency is not None and found.currency.value == "CAD"
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(9)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(10665)


def test_a_french_table_of_actuel_beside_propose_reads_the_proposed_column() -> None:
    found = read_terms(
        "Madame,\n\n"
        "Nous avons le plaisir de vous proposer le poste de Contrôleuse de gestion.\n\n"
        "Actuel\tProposé\n"
        "Salaire annuel\tCHF 121 000\tCHF 134 000\n"
        "Bonus cible\t8 %\t12 %\n"
    )
    assert found.base is not None and found.base.value == Decimal(134000)
    assert found.currency is not None and found.currency.value == "CHF"
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)


def test_a_spaced_table_of_current_beside_offered_reads_only_the_offered_column() -> None:
    found = read_terms(
        "Dear Mr Hale,\n\n"
        "I am pleased to offer you the post of Claims Team Leader in our Leeds office.\n"
        "All figures below are annual, in GBP.\n\n"
        "                        Current      Offered\n"
        "Base salary              44,000       49,500\n"
        "Target bonus         6% (2,640)   10% (4,950)\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(10)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(4950)


def test_a_grant_worth_in_bare_dollars_in_a_canadian_letter_is_the_letters_dollar() -> None:
    found = read_terms(
        "Dear Kai,\n\n"
        "Northgate Robotics Ltd. of Edmonton, AB is pleased to offer you the role of Staff "
        "Engineer.\n\n"
        "Base salary: $171,000 per year\n"
        "RSUs: 1,400 RSUs (approximate grant value $98,000), vesting over four years.\n"
    )
    assert found.currency is not None and found.currency.value == "CAD"
    assert found.equity_value is not None and found.equity_value.value == Decimal(98000)


# --- a reward table's target beside its maximum: the target's column ---------------------------


def test_a_reward_table_of_target_beside_maximum_reads_the_target_column() -> None:
    found = read_terms(
        "Dear Lena,\n\n"
        "I am pleased to offer you the role of Head of Procurement.\n\n"
        "Element\tTarget\tMaximum\n"
        "Base salary\t£96,000\n"
        "Annual bonus (15% target / 30% maximum of base)\t£14,400\t£28,800\n"
        "Total Target Compensation\t£110,400\t£124,800\n"
    )
    assert found.base is not None and found.base.value == Decimal(96000)
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(15)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(14400)


def test_a_table_headed_at_target_and_at_maximum_reads_the_target_column() -> None:
    found = read_terms(
        "Dear Morgan,\n\n"
        "We are delighted to offer you the role of Head of Partnerships.\n\n"
        "At target\tAt maximum\n"
        "Annual bonus\t25% — $37,500\t50% — $75,000\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(25)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(37500)


def test_a_percentage_called_target_after_its_figure_is_the_bonus_not_the_maximum() -> None:
    found = read_terms(
        "Dear Ravi,\n\n"
        "We are pleased to offer you the role of Finance Director.\n"
        "Base salary: £130,000 per annum.\n"
        "Annual bonus: 25% target, 50% maximum, of base salary.\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(25)
    assert found.bonus_percent.note == "The target the letter names."


def test_the_bonus_amount_that_is_the_target_share_of_the_base_is_the_bonus() -> None:
    found = read_terms(
        "Dear Ana,\n\n"
        "We are pleased to offer you the role of Product Lead.\n"
        "Base salary: $150,000 per year\n"
        "Annual bonus: target 10% of base salary ($15,000), maximum 20% ($30,000)\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(10)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(15000)


# --- a table year by year: the same figure each year; a year's vesting is no grant's worth ------


def test_a_year_by_year_row_with_the_same_figure_each_year_is_that_figure() -> None:
    found = read_terms(
        "Hi Dana,\n\n"
        "I'm happy to offer you the role of Senior Analyst at Brightfield Data, Inc.\n"
        "Your compensation over the first three years (USD):\n\n"
        "                       Year 1   Year 2   Year 3\n"
        "Base salary           142,000  142,000  142,000\n"
        "Target bonus (10%)     14,200   14,200   14,200\n"
        "Total Year value      156,200  156,200  156,200\n"
    )
    assert found.base is not None and found.base.value == Decimal(142000)
    assert found.currency is not None and found.currency.value == "USD"
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(14200)


def test_a_row_of_what_vests_each_year_is_not_the_grants_worth() -> None:
    found = read_terms(
        "Dear Alex,\n\n"
        "We are pleased to offer you the position of Principal Engineer.\n\n"
        "| Component | Year 1 | Year 2 | Year 3 | Year 4 |\n"
        "|---|---:|---:|---:|---:|\n"
        "| Base salary | $205,000 | $205,000 | $205,000 | $205,000 |\n"
        "| RSU vesting | $75,000 | $75,000 | $75,000 | $75,000 |\n\n"
        "Equity: 1,900 RSUs with a grant value of $300,000, vesting over four years.\n"
    )
    assert found.equity_value is not None and found.equity_value.value == Decimal(300000)
    assert found.equity_units is not None and found.equity_units.value == Decimal(1900)


def test_a_year_of_vesting_alone_leaves_the_grants_worth_blank() -> None:
    found = read_terms(
        "Dear Alex,\n\n"
        "We are pleased to offer you the position of Principal Engineer.\n"
        "Base salary: $205,000 per year\n"
        "RSU vesting (indicative): $75,000 in each of your first four years\n"
    )
    assert found.equity_value is None


def test_a_share_price_written_with_cents_is_not_the_grants_worth() -> None:
    found = read_terms(
        "Dear Jo,\n\n"
        "We are pleased to offer you the position of Staff Engineer.\n"
        "Base salary: $210,000 per year\n"
        "You will be granted 2,000 restricted stock units. At the average closing price of "
        "our stock ($145.00), the award is worth about $290,000.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(2000)
    assert found.equity_value is None or found.equity_value.value == Decimal(290000)


# --- a pay band's table and range: never the offered salary -----------------------------------


def test_a_band_table_of_minimum_midpoint_and_maximum_is_not_the_salary() -> None:
    found = read_terms(
        "Beste Iris,\n\n"
        "Wij bieden je graag de functie van Data Analist aan.\n\n"
        "Functiegroep 7\tMinimum\tMidden\tMaximum\n"
        "Bruto maandsalaris\t€ 3.650\t€ 4.300\t€ 4.950\n\n"
        "Functie\tData Analist\n"
        "Bruto maandsalaris\t€ 4.120\n"
    )
    assert found.base is not None and found.base.value == Decimal(4120)
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_band_whose_thousands_are_set_apart_by_spaces_is_a_range() -> None:
    found = read_terms(
        "Hej Lars,\n\n"
        "Vi erbjuder dig en tillsvidareanställning som Testare.\n"
        "Lönespannet för befattningen är 38 000–45 000 kr per månad.\n"
        "Din månadslön blir 41 200 kr före skatt.\n"
    )
    assert found.base is not None and found.base.value == Decimal(41200)
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.currency is not None and found.currency.value == "SEK"


# --- grants by other names, and a first stretch with nothing vesting ----------------------------


def test_performance_rights_are_the_grants_units() -> None:
    found = read_terms(
        "Dear Mia,\n\n"
        "I am pleased to offer you the position of Head of Pricing.\n"
        "Long-term incentive: 4,200 performance rights with a face value of $120,000, vesting "
        "over three years subject to a 12-month cliff.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(4200)
    assert found.equity_value is not None and found.equity_value.value == Decimal(120000)
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_french_restricted_share_units_after_an_initial_period_are_the_grant() -> None:
    found = read_terms(
        "Monsieur,\n\n"
        "Nous avons le plaisir de vous offrir le poste de Directeur des opérations.\n"
        "Unités d'actions restreintes : vous recevrez 900 unités d'actions restreintes. Les "
        "unités sont acquises sur quatre ans, à la suite d'une période initiale de 12 mois.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(900)
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_an_initial_period_in_english_is_the_cliff() -> None:
    found = read_terms(
        "Dear Sam,\n\n"
        "We are pleased to offer you the role of Data Lead.\n"
        "RSUs: 1,600 RSUs vesting over four years following an initial 12-month period.\n"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_swiss_french_prime_d_entree_is_the_sign_on_not_a_bonus() -> None:
    found = read_terms(
        "Madame,\n\n"
        "Nous avons le plaisir de vous proposer le poste de Responsable des achats.\n"
        "Salaire annuel brut\tCHF 142 000\n"
        "Bonus cible\t10 % du salaire annuel (CHF 14 200)\n"
        "Prime d'entrée\tCHF 12 000, versée avec le premier salaire\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(12000)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(14200)


def test_a_sign_on_praemie_is_the_sign_on_not_a_bonus() -> None:
    found = read_terms(
        "Liebe Frau Brandt,\n\n"
        "wir freuen uns, Ihnen die Position als Leiterin Vertrieb anzubieten.\n"
        "Grundgehalt: 92.000 € brutto jährlich.\n"
        "Sign-on-Prämie: 7.500 € brutto mit dem ersten Gehalt.\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(7500)
    assert found.bonus_amount is None


def test_a_tables_note_that_names_its_currency_last_gives_the_currency() -> None:
    found = read_terms(
        "Dear Ms Reid,\n\n"
        "I am pleased to offer you the post of Underwriting Manager in our Bristol office.\n"
        "The table below sets out your package (all figures annual, GBP):\n\n"
        "                             Offered\n"
        "Base salary                   68,000\n"
    )
    assert found.base is not None and found.base.value == Decimal(68000)
    assert found.currency is not None and found.currency.value == "GBP"


def test_the_part_that_vests_at_the_cliff_is_not_a_second_grant() -> None:
    found = read_terms(
        "Dear Lee,\n\n"
        "We are pleased to offer you the role of Product Designer.\n"
        "You will be granted 8,000 stock options under the 2023 Plan. The options vest over "
        "four years with a one-year cliff: 2,000 options vest on the first anniversary of "
        "your start date and the balance monthly over the following 36 months.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(8000)
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_target_stated_on_its_own_wins_over_a_projections_raised_years() -> None:
    found = read_terms(
        "Dear Kim,\n\n"
        "I am pleased to offer you the position of Head of Insights.\n"
        "Base salary\t$180,000 per annum plus superannuation\n"
        "Short-term incentive target\t15% of base salary ($27,000)\n\n"
        "Year 1    Year 2    Year 3\n"
        "STI at target (15%)\t$27,000    $27,810    $28,644\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(15)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(27000)


def test_a_projections_bonus_year_by_year_alone_is_left_to_the_user() -> None:
    found = read_terms(
        "Dear Kim,\n\n"
        "I am pleased to offer you the position of Head of Insights.\n"
        "Base salary\t$180,000 annually\n"
        "Target bonus\t15% of base salary\n\n"
        "Illustration only: later years assume a 3% merit increase.\n"
        "Bonus (at target)\t$27,000    $27,810    $28,644\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(15)
    assert found.bonus_amount is None


def test_a_label_wrapped_under_its_row_of_figures_is_read_whole() -> None:
    found = read_terms(
        "Dear Ana,\n\n"
        "We are pleased to offer you the position of Staff Engineer.\n"
        "Base salary: $190,000 per year\n\n"
        "Component\tYear 1                 Year 2                 Year 3\n"
        "Target annual\t$28,500                $28,500                $28,500\n\n"
        "   bonus (15%)\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(15)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(28500)


def test_a_grant_that_vests_all_at_once_is_still_the_grant() -> None:
    found = read_terms(
        "Dear Lee,\n\n"
        "We are pleased to offer you the role of Product Designer.\n"
        "Equity: 3,000 RSUs vest on the third anniversary of your start date.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(3000)


def test_a_bonus_range_table_headed_without_its_label_column_reads_the_target() -> None:
    found = read_terms(
        "Dear Jo,\n\n"
        "We are pleased to offer you the role of Head of Sales Operations.\n"
        "Base salary: $160,000 per year\n\n"
        "Minimum\tTarget\tMaximum\n"
        "Annual bonus\t0%\t12%\t24%\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)


def test_a_quarter_of_the_shares_vesting_at_the_cliff_is_no_grant_size() -> None:
    found = read_terms(
        "Dear Ray,\n\n"
        "We are pleased to offer you the role of Platform Engineer.\n"
        "You will be granted an option to purchase 16,000 shares of Common Stock.\n"
        "The option will vest over four years: 1/4 of the shares vest after 12 months, and the\n"
        "remaining shares vest monthly thereafter.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(16000)


def test_an_award_that_has_an_approximate_value_gives_the_grants_worth() -> None:
    found = read_terms(
        "Dear Pat,\n\n"
        "We are pleased to offer you the role of Principal Engineer.\n"
        "You will be granted 3,200 restricted stock units. Based on the average closing price "
        "of our stock ($95.00), the award has an approximate value of $304,000.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(3200)
    assert found.equity_value is not None and found.equity_value.value == Decimal(304000)


def test_a_schemes_options_row_in_the_offered_column_is_the_grant() -> None:
    found = read_terms(
        "Hi Kit,\n\n"
        "We'd like to offer you the Senior level; the Staff figures are shown for reference.\n\n"
        "                         Senior - OFFER          Staff - for reference only\n"
        "Title                    Senior Data Engineer    Staff Data Engineer\n"
        "EMI share options        3,000                   5,500\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(3000)
