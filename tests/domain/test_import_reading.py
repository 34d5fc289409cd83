"""Reading import files: encodings, delimiters, quotes, dates, status words, bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.import_dates import DateOrder, DateProblem, parse_date, slash_order
from jobdesk.domain.import_file import (
    Encoding,
    FileRefused,
    looks_like_table,
    read_table,
    sniff_delimiter,
)
from jobdesk.domain.import_presets import (
    NOT_APPLIED,
    Meaning,
    guess_preset,
    meaning_of,
)

FILES = Path(__file__).parents[1] / "data" / "imports"
TODAY = date(2026, 11, 20)


def test_utf8_with_a_bom_reads_the_first_header_without_it() -> None:
    table = read_table((FILES / "huntr.csv").read_bytes())
    assert (table.encoding, table.bom, table.delimiter) == (Encoding.UTF8, True, ",")
    assert table.header[0] == "Company"
    assert len(table.rows) == 8


def test_cp1252_is_detected_and_its_characters_kept() -> None:
    table = read_table((FILES / "german.csv").read_bytes())
    assert (table.encoding, table.delimiter) == (Encoding.CP1252, ";")
    assert table.rows[1].cells[:2] == ("Müller & Söhne", "Backend-Entwickler (m/w/d)")
    # The decimal comma stays inside its cell: the delimiter is the semicolon.
    assert table.rows[1].cells[5] == "58.500,50 €"


def test_utf16_unicode_text_from_excel_is_tab_separated() -> None:
    table = read_table((FILES / "generic.txt").read_bytes())
    assert (table.encoding, table.bom, table.delimiter) == (Encoding.UTF16, True, "\t")
    assert table.header[:2] == ("Employer", "Position")


def test_utf16_without_a_bom_is_detected() -> None:
    data = "Company\tRole\tApplied\nAcme\tDev\t2026-01-02\n".encode("utf-16-le")
    table = read_table(data)
    assert table.encoding is Encoding.UTF16
    assert table.rows[0].cells == ("Acme", "Dev", "2026-01-02")


def test_a_chosen_wrong_encoding_names_the_line() -> None:
    with pytest.raises(FileRefused, match=r"^Line 2: this file cannot be read as UTF-8"):
        read_table((FILES / "teal.csv").read_bytes(), Encoding.UTF8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\n1,2,3\n", ","),
        ("a;b;c\n1,5;2,5;3\n", ";"),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ("a|b|c\n1|2|3\n", "|"),
        ('a,b\n"x;y;z",2\n', ","),
    ],
)
def test_the_delimiter_is_sniffed_among_four(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected


def test_a_quoted_cell_spans_lines_and_rows_keep_their_first_line() -> None:
    table = read_table((FILES / "huntr.csv").read_bytes())
    ramp = table.rows[2]
    assert ramp.line == 4
    assert ramp.cells[7] == "Prep:\nsystem design, payments"
    assert table.rows[3].line == 6  # the row after it counts the line its cell took


def test_bad_lines_are_each_a_numbered_problem() -> None:
    table = read_table((FILES / "bad_lines.csv").read_bytes())
    assert [(p.line, p.blocking) for p in table.problems] == [(4, True), (5, False), (6, False)]
    assert "7 cells but the header has 5" in table.problems[0].text
    assert "2 cells but the header has 5" in table.problems[1].text
    assert "formula" in table.problems[2].text
    # The formula is kept as its characters.
    assert table.rows[4].cells[1] == '=HYPERLINK("http://evil")'


def test_an_unterminated_quote_names_the_line_it_opens_on() -> None:
    table = read_table((FILES / "unterminated.csv").read_bytes())
    assert [(p.line, p.blocking) for p in table.problems] == [(3, True)]
    assert "never closes" in table.problems[0].text


def test_a_nul_byte_names_its_line() -> None:
    table = read_table((FILES / "nul_byte.csv").read_bytes())
    assert [(p.line, p.blocking) for p in table.problems] == [(3, True)]
    assert "NUL" in table.problems[0].text


def test_a_100_kb_cell_is_refused_with_its_line() -> None:
    table = read_table((FILES / "long_cell.csv").read_bytes())
    assert [str(p) for p in table.problems] == [
        "Line 2: the “Notes” cell has 100,000 characters; jobdesk takes up to 10,000 in a "
        "cell. Shorten it."
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("not_text.csv", "This file is a PDF document, not a CSV or TSV table."),
        ("binary.csv", "This file holds binary data, not a CSV or TSV table."),
        ("wrong_encoding.csv", "Line 3: this file cannot be read as Windows (cp1252)"),
    ],
)
def test_files_that_are_no_table_are_refused(name: str, message: str) -> None:
    with pytest.raises(FileRefused) as caught:
        read_table((FILES / name).read_bytes())
    assert caught.value.message.startswith(message)


def test_caps_on_size_and_rows() -> None:
    with pytest.raises(FileRefused, match="imports files of up to 20 MB"):
        read_table(b"a,b\n" + b"x" * (20 * 1024 * 1024))
    many = "Company,Role\n" + "Acme,Dev\n" * 50_002
    with pytest.raises(FileRefused, match="more than 50,000 rows"):
        read_table(many.encode())


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2026-03-04", DateOrder.AUTO, date(2026, 3, 4)),
        ("2026-08-02T09:30:00.000Z", DateOrder.AUTO, date(2026, 8, 2)),
        ("2026-03-04 10:22", DateOrder.AUTO, date(2026, 3, 4)),
        ("3/4/2026", DateOrder.DAY_FIRST, date(2026, 4, 3)),
        ("3/4/2026", DateOrder.MONTH_FIRST, date(2026, 3, 4)),
        ("13/4/2026", DateOrder.AUTO, date(2026, 4, 13)),
        ("04.03.2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("4.3.26", DateOrder.AUTO, date(2026, 3, 4)),
        ("11/3/25, 2:14 PM", DateOrder.MONTH_FIRST, date(2025, 11, 3)),
        ("Mar 4, 2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("4 March 2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("4. März 2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("46085", DateOrder.AUTO, date(2026, 3, 4)),  # a spreadsheet's serial number
        ("4-Mar-2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("2026/03/04", DateOrder.AUTO, date(2026, 3, 4)),
        ("March 4th, 2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("Wed, 4 Mar 2026", DateOrder.AUTO, date(2026, 3, 4)),
        ("2026-03-04T10:00:00+01:00", DateOrder.AUTO, date(2026, 3, 4)),
    ],
)
def test_dates_as_people_write_them(text: str, order: DateOrder, expected: date) -> None:
    assert parse_date(text, order, TODAY).on == expected


def test_a_date_without_a_year_takes_the_latest_not_in_the_future() -> None:
    assert parse_date("Mar 4", DateOrder.AUTO, TODAY).on == date(2026, 3, 4)
    dec = parse_date("Dec 4", DateOrder.AUTO, TODAY)
    assert (dec.on, dec.year_guessed) == (date(2025, 12, 4), True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "“2026-02-30” does not exist: February 2026 has no day 30"),
        ("31.04.2026", "“31.04.2026” does not exist: April 2026 has no day 31"),
        ("3/4/2026", "“3/4/2026” could be 3 April 2026 or 4 March 2026"),
        ("soon", "“soon” is not a date jobdesk can read"),
    ],
)
def test_dates_that_do_not_read_say_why(text: str, message: str) -> None:
    with pytest.raises(DateProblem) as caught:
        parse_date(text, DateOrder.AUTO, TODAY)
    assert str(caught.value).startswith(message)


def test_the_order_is_decided_from_all_the_files_dates() -> None:
    assert slash_order(["3/4/2026", "13/4/2026"]) is DateOrder.DAY_FIRST
    assert slash_order(["3/4/2026", "4/13/2026"]) is DateOrder.MONTH_FIRST
    assert slash_order(["3/4/2026", "5/6/2026"]) is DateOrder.AUTO


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        ("Interviewing", Meaning(Stage.SCREEN)),
        ("phone screen", Meaning(Stage.SCREEN)),
        ("onsite", Meaning(Stage.FINAL)),
        ("rejected after onsite", Meaning(Stage.FINAL, Outcome.REJECTED)),
        ("Not Selected", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("No Response", Meaning(Stage.APPLIED, Outcome.GHOSTED)),
        ("I Withdrew", Meaning(Stage.APPLIED, Outcome.WITHDRAWN)),
        ("offer!!", Meaning(Stage.OFFER)),
        ("Offer accepted", Meaning(Stage.OFFER, Outcome.ACCEPTED)),
        ("Wishlist", NOT_APPLIED),
        ("Absage", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("Vorstellungsgespräch", Meaning(Stage.SCREEN)),
        ("Applied", Meaning()),
        ("Waiting for response", Meaning()),
        ("In Review", Meaning()),
        ("Expired", Meaning(Stage.APPLIED, Outcome.GHOSTED)),
        ("Position filled", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("Technical interview", Meaning(Stage.TECHNICAL)),
        ("2nd round", Meaning(Stage.TECHNICAL)),
        ("Onsite interview", Meaning(Stage.FINAL)),
        ("Hired", Meaning(Stage.OFFER, Outcome.ACCEPTED)),
        ("declined offer", Meaning(Stage.OFFER, Outcome.DECLINED)),
        ("Ghosted after onsite", Meaning(Stage.FINAL, Outcome.GHOSTED)),
        ("Absage nach Vorstellungsgespräch", Meaning(Stage.SCREEN, Outcome.REJECTED)),
        ("Rejected - no interview", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("the dog ate it", None),
    ],
)
def test_status_words(word: str, meaning: Meaning | None) -> None:
    assert meaning_of(word) == meaning


@pytest.mark.parametrize(
    ("word", "meaning"),
    [
        # German rounds, as one word or two: the second is the last before an offer.
        ("Absage nach Zweitgespräch", Meaning(Stage.FINAL, Outcome.REJECTED)),
        ("Absage nach dem zweiten Gespräch", Meaning(Stage.FINAL, Outcome.REJECTED)),
        ("Einladung zum Zweitgespräch", Meaning(Stage.FINAL)),
        ("zweite Runde", Meaning(Stage.FINAL)),
        ("Absage nach dem ersten Gespräch", Meaning(Stage.SCREEN, Outcome.REJECTED)),
        ("Absage nach dem ersten Telefoninterview", Meaning(Stage.SCREEN, Outcome.REJECTED)),
        ("Erstgespräch", Meaning(Stage.SCREEN)),
        ("Absage nach Videointerview", Meaning(Stage.SCREEN, Outcome.REJECTED)),
        ("Absage nach Fachgespräch", Meaning(Stage.TECHNICAL, Outcome.REJECTED)),
        # Saying no to an offer, in either order and either language.
        ("Angebot abgelehnt", Meaning(Stage.OFFER, Outcome.DECLINED)),
        ("Stellenangebot ausgeschlagen", Meaning(Stage.OFFER, Outcome.DECLINED)),
        ("turned down offer", Meaning(Stage.OFFER, Outcome.DECLINED)),
        ("declined the offer", Meaning(Stage.OFFER, Outcome.DECLINED)),
        ("Offer: declined", Meaning(Stage.OFFER, Outcome.DECLINED)),
        # ...but the employer saying no, or no offer at all, is a rejection.
        ("Offer declined by company", Meaning(Stage.OFFER, Outcome.REJECTED)),
        ("turned down", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("declined", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        ("no offer", Meaning(Stage.APPLIED, Outcome.REJECTED)),
        # A reply is a response, whatever comes next; not having one yet is none.
        ("heard back, scheduling", Meaning(Stage.RESPONDED)),
        ("got a reply", Meaning(Stage.RESPONDED)),
        ("Heard from recruiter", Meaning(Stage.RESPONDED)),
        ("Antwort erhalten", Meaning(Stage.RESPONDED)),
        ("haven't heard back", Meaning()),
        ("not heard back yet", Meaning()),
        ("waiting to hear back", Meaning()),
        ("never heard back", Meaning(Stage.APPLIED, Outcome.GHOSTED)),
        ("no reply", Meaning(Stage.APPLIED, Outcome.GHOSTED)),
        ("Keine Antwort", Meaning(Stage.APPLIED, Outcome.GHOSTED)),
        # An acknowledgement of receipt is still only applied.
        ("Eingangsbestätigung", Meaning()),
        ("Application received", Meaning()),
        ("acknowledged", Meaning()),
    ],
)
def test_status_words_by_kind_not_by_sentence(word: str, meaning: Meaning) -> None:
    """The words the held-out exports used that were missed at first sight, and their
    kin: each kind is read by its parts, so other sentences of the kind read too."""
    assert meaning_of(word) == meaning


def test_a_problem_of_the_whole_file_cannot_be_left_out_by_leaving_its_line_out() -> None:
    quote = read_table((FILES / "unterminated.csv").read_bytes()).problems[0]
    nul = read_table((FILES / "nul_byte.csv").read_bytes()).problems[0]
    extra = read_table((FILES / "bad_lines.csv").read_bytes()).problems[0]
    assert (quote.of_one_line, nul.of_one_line, extra.line, extra.of_one_line) == (
        False,
        False,
        4,
        True,
    )


@pytest.mark.parametrize(
    ("name", "preset"),
    [
        ("huntr.csv", "huntr"),
        ("teal.csv", "teal"),
        ("linkedin.csv", "linkedin"),
        ("jobsync.csv", "jobsync"),
        ("german.csv", "german"),
        ("resume_log.csv", "resume_log"),
        ("generic.txt", "generic"),
    ],
)
def test_the_preset_is_guessed_from_the_header(name: str, preset: str) -> None:
    assert guess_preset(read_table((FILES / name).read_bytes()).header).key == preset


def test_a_dropped_txt_is_a_table_only_when_it_reads_as_one() -> None:
    assert looks_like_table((FILES / "generic.txt").read_bytes())
    letter = b"Dear Sam,\n\nWe are delighted to offer you the role, with a salary of 90,000.\n"
    assert not looks_like_table(letter)


# --- any table a spreadsheet writes reads back exactly ------------------------------------

_cell = st.text(
    alphabet=st.characters(
        codec="cp1252", exclude_characters="\x00\r", exclude_categories=("Cs", "Cc")
    )
    | st.sampled_from([",", ";", "\t", "|", '"', "\n", "é", "€", "–"]),
    max_size=30,
)
_header = st.lists(st.from_regex(r"H[A-Za-z ]{0,10}[a-z]", fullmatch=True), min_size=1, max_size=6)


@settings(max_examples=100, deadline=None)
@given(
    header=_header,
    body=st.lists(st.lists(_cell, min_size=6, max_size=6), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_a_written_table_reads_back_cell_for_cell(
    header: list[str], body: list[list[str]], delimiter: str, codec: str
) -> None:
    import csv
    import io

    width = len(header)
    rows = [["R" + r[0], *r[1:width]] for r in body]  # no row is blank
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    data = out.getvalue().encode(codec)
    encoding = Encoding.CP1252 if codec == "cp1252" else Encoding.AUTO
    table = read_table(data, encoding, delimiter)
    assert table.header == tuple(header)
    assert [list(r.cells) for r in table.rows] == rows
    assert not [p for p in table.problems if p.blocking]


def test_excels_sep_line_names_the_delimiter_and_lines_still_count() -> None:
    table = read_table(b"sep=;\r\nCompany;Role;Applied\r\nAcme, Inc;Dev;2026-01-02\r\nX;Y\r\n")
    assert (table.delimiter, table.header) == (";", ("Company", "Role", "Applied"))
    assert table.rows[0].cells == ("Acme, Inc", "Dev", "2026-01-02")
    assert [p.line for p in table.problems] == [4]


def test_a_header_without_rows_is_refused() -> None:
    with pytest.raises(FileRefused, match="only its header row"):
        read_table(b"Company,Role,Applied\n")


def test_headers_written_other_ways_map_to_the_same_fields() -> None:
    from jobdesk.domain.import_presets import Field, map_columns

    header = (
        "No.",
        "Company_Name",
        "Job-Title",
        "Date Applied:",
        "Current Status",
        "Job Post URL",
        "Comments",
        "Favourite colour",
    )
    preset = guess_preset(header)
    assert preset.key == "generic"
    assert map_columns(header, preset) == (
        Field.IGNORE,
        Field.COMPANY,
        Field.ROLE,
        Field.APPLIED_ON,
        Field.STATUS,
        Field.URL,
        Field.NOTES,
        Field.TO_NOTES,
    )


_noise = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.lists(st.text(alphabet=',;\t|"\n\r =+-/.:0123456789abcé€\x00', max_size=12), max_size=6),
        max_size=6,
    ).map(lambda rows: "\n".join(",".join(r) for r in rows).encode()),
    # A header that maps, over rows of anything: the rows' problems are found by line.
    st.lists(
        st.lists(st.text(alphabet=',"\n 0123456789/.-:aZé=Mar', max_size=12), max_size=5),
        max_size=8,
    ).map(
        lambda rows: (
            "Company,Role,Status,Date applied,Notes\n" + "\n".join(",".join(r) for r in rows)
        ).encode()
    ),
)


@settings(max_examples=300, deadline=None)
@given(data=_noise)
def test_no_file_makes_the_reading_fail_other_than_with_a_message(data: bytes) -> None:
    """Whatever the bytes, a table with its problems, or a refusal the user can read."""
    from jobdesk.domain.errors import UserError
    from jobdesk.domain.import_plan import default_meanings, file_date_order, plan, status_words
    from jobdesk.domain.import_presets import map_columns

    try:
        table = read_table(data)
    except UserError as refused:
        assert refused.message
        return
    fields = map_columns(table.header, guess_preset(table.header))
    order = file_date_order(table, fields, None)
    meanings = default_meanings(status_words(table, fields))
    result = plan(table, fields, meanings, order, TODAY, "noise.csv")
    assert all(p.text for p in result.problems)
