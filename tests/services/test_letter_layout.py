"""Text with its layout: two columns read one after the other, table rows kept as pairs."""

from __future__ import annotations

from jobdesk.services.letter_text import columns_in_order, html_to_text, table_rows

LEFT = [
    "We are excited to offer you the position",
    "of Software Engineer with Evergreen Cloud",
    "Services. This letter sets out the terms",
    "of your employment with us. Your manager",
    "will be Lauren Cho, who leads the storage",
    "team. Your annual base salary will be",
    "$182,000, payable twice a month as usual.",
]
RIGHT = [
    "You will be eligible for medical, dental,",
    "vision and life insurance, and a 401(k)",
    "plan with a match on the first 6% of pay.",
    "This offer will remain open until",
    "December 8, 2026. To accept it, please",
    "sign electronically through the portal.",
    "We look forward to working with you.",
]


def test_two_columns_side_by_side_are_read_left_then_right() -> None:
    header = " Evergreen Cloud Services LLC · 410 Terry Avenue North, Seattle, WA 98109"
    lines = [header, *(f" {a:<45}     {b}" for a, b in zip(LEFT, RIGHT, strict=True))]
    ordered = [line.strip() for line in columns_in_order(lines) if line.strip()]
    assert ordered == [header.strip(), *LEFT, *RIGHT]


def test_a_table_of_figures_is_not_taken_for_two_columns() -> None:
    lines = [
        f" {label:<40}{monthly:>12}{annual:>14}"
        for label, monthly, annual in (
            ("Basic Salary of the Employee", "80,000", "9,60,000"),
            ("House Rent Allowance (50% of Basic)", "40,000", "4,80,000"),
            ("Leave Travel Allowance per annum", "6,667", "80,000"),
            ("Special Allowance as per policy", "63,333", "7,60,000"),
            ("Employer's contribution to PF", "10,000", "1,20,000"),
            ("Medical Insurance Premium paid", "6,618", "79,416"),
            ("Total Fixed Cost to Company (CTC)", "2,00,000", "24,00,000"),
        )
    ]
    assert columns_in_order(lines) == lines


def test_rows_lined_up_with_spaces_become_label_value_pairs() -> None:
    lines = [
        "We summarise the terms below:",
        "  Funktion             Senior Risk Modeller",
        "  Jahresbruttolohn     CHF 124'800, zahlbar in 13",
        "                       Monatslöhnen",
        "Die Probezeit beträgt drei Monate.",
    ]
    assert table_rows(lines) == [
        "We summarise the terms below:",
        "",
        "Funktion\tSenior Risk Modeller",
        "Jahresbruttolohn\tCHF 124'800, zahlbar in 13 Monatslöhnen",
        "",
        "Die Probezeit beträgt drei Monate.",
    ]


def test_a_definition_list_is_one_line_per_term() -> None:
    markup = "<dl><dt>Functie</dt><dd>Planner</dd><dt>Standplaats</dt><dd>Utrecht</dd></dl>"
    assert html_to_text(markup) == "Functie\tPlanner\n\nStandplaats\tUtrecht"
