"""A Word letter read as it is laid out: the page header's letterhead and subject line, the
body's paragraphs and tables in their own order, a one-cell box's lines, the footer last.
Each test makes a real .docx with python-docx and reads it the way a dropped file is."""

from __future__ import annotations

from pathlib import Path

import docx

from jobdesk.domain.attachments import FileFormat
from jobdesk.domain.offer_terms import read_letter
from jobdesk.services.letter_text import read_document


def _letter(tmp_path: Path) -> Path:
    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].text = "Veen & Dijk Data B.V. · Oudegracht 12 · 3511 AB Utrecht"
    header.add_paragraph("Betreft: aanbod functie Senior Data Engineer – kenmerk VD/26/0101")
    document.sections[0].footer.paragraphs[0].text = "KvK 70000001 · btw NL000000001B01"
    document.add_paragraph("Utrecht, 2 december 2026")
    document.add_paragraph("Beste Noor,")
    document.add_paragraph("De arbeidsvoorwaarden hebben we voor je op een rij gezet:")
    box = document.add_table(rows=1, cols=1)
    cell = box.rows[0].cells[0]
    cell.paragraphs[0].text = "Kerngegevens"
    cell.add_paragraph("Datum indiensttreding: 1 maart 2027")
    cell.add_paragraph("Standplaats: Utrecht (kantoor Oudegracht)")
    terms = document.add_table(rows=1, cols=2)
    terms.rows[0].cells[0].text = "Bruto maandsalaris"
    terms.rows[0].cells[1].text = "€ 5.400"
    document.add_paragraph("Wij ontvangen je reactie graag binnen tien werkdagen na dagtekening.")
    path = tmp_path / "aanbod.docx"
    document.save(str(path))
    return path


def test_the_page_header_comes_first_and_the_footer_last(tmp_path: Path) -> None:
    text = read_document(str(_letter(tmp_path)), FileFormat.DOCX.value).text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[1] == "Betreft: aanbod functie Senior Data Engineer – kenmerk VD/26/0101"
    assert lines[-1] == "KvK 70000001 · btw NL000000001B01"


def test_a_table_stays_under_the_sentence_before_it_and_a_box_keeps_its_lines(
    tmp_path: Path,
) -> None:
    text = read_document(str(_letter(tmp_path)), FileFormat.DOCX.value).text
    lines = [line for line in text.splitlines() if line.strip()]
    intro = lines.index("De arbeidsvoorwaarden hebben we voor je op een rij gezet:")
    assert lines[intro + 1 : intro + 5] == [
        "Kerngegevens",
        "Datum indiensttreding: 1 maart 2027",
        "Standplaats: Utrecht (kantoor Oudegracht)",
        "Bruto maandsalaris\t€ 5.400",
    ]
    assert lines[intro + 5].startswith("Wij ontvangen je reactie")


def test_the_letter_reads_with_its_header_title_and_boxed_terms(tmp_path: Path) -> None:
    found = read_letter(read_document(str(_letter(tmp_path)), FileFormat.DOCX.value).text)
    assert found.title is not None and found.title.value == "Senior Data Engineer"
    assert found.location is not None and found.location.value == "Utrecht"
    assert found.start is not None and str(found.start.value) == "2027-03-01"
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-02"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-16"
