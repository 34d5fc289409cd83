# ruff: noqa: E501  (the letters are text as received; their long lines are the point)
"""Reading offer letters: fourteen letters of varied wording, currencies and layouts, each
made into a real file (PDF from Qt's PDF writer, DOCX with python-docx, EML with the email
package, HTML, Markdown, text), read the way a dropped file is, and every term compared with
the truth. The accuracy (terms right / terms checked) is asserted and printed.

The letters were written as a user would receive them before the parser was tuned; four
more, written after, are kept apart as a check that the tuning did not just fit these.
"""

from __future__ import annotations

import email.policy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from jobdesk.domain.attachments import FileFormat, detect_format
from jobdesk.domain.offer_terms import FoundDate, FoundTerms, read_terms
from jobdesk.domain.offers import Period
from jobdesk.services.letter_text import read_document


@dataclass(frozen=True)
class Ambiguous:
    """The truth for a date that reads two ways: the parser must ask, offering both."""

    choices: frozenset[date]


@dataclass(frozen=True)
class Relative:
    """The truth for "within N days" when the letter has no date: no value, N days noted."""

    days: int
    business: bool


@dataclass(frozen=True)
class Letter:
    name: str
    form: str  # pdf, docx, docx-table, eml, eml-pdf, html, md, txt
    body: str  # plain paragraphs separated by blank lines; "|"-rows for tables
    truth: dict[str, Any] = field(default_factory=dict)


FIELDS = (
    "title",
    "currency",
    "base",
    "period",
    "sign_on",
    "bonus_percent",
    "bonus_amount",
    "equity_units",
    "equity_value",
    "vesting_years",
    "cliff_months",
    "start",
    "deadline",
    "location",
)


def truth(**values: Any) -> dict[str, Any]:
    out: dict[str, Any] = {name: None for name in FIELDS}
    for key, value in values.items():
        assert key in out, key
        if isinstance(value, int | float | str) and key in (
            "base",
            "sign_on",
            "bonus_percent",
            "bonus_amount",
            "equity_units",
            "equity_value",
            "vesting_years",
        ):
            value = Decimal(str(value))
        out[key] = value
    return out


LETTERS = [
    Letter(
        "acme-offer.pdf",
        "pdf",
        """Acme Robotics, Inc.
500 Congress Avenue, Austin, TX 78701

November 18, 2026

Dear Sam Rivera,

On behalf of Acme Robotics, I am delighted to offer you the position of Senior Backend Engineer, reporting to Dana Holt, Director of Platform Engineering. This is a full-time, exempt position based in our Austin, TX office.

Compensation. Your starting base salary will be $185,000 per year, paid bi-weekly in accordance with our normal payroll practices. You will also receive a one-time sign-on bonus of $20,000, payable within 30 days of your start date. You will be eligible for an annual target bonus of 15% of your base salary, based on company and individual performance.

Equity. Subject to approval by the Board of Directors, you will be granted 4,000 restricted stock units (RSUs) with an approximate grant value of $240,000. The RSUs vest over four years, with a one-year cliff, and quarterly thereafter.

Your anticipated start date is January 11, 2027. To accept this offer, please sign and return this letter by December 5, 2026, after which the offer will expire.

We look forward to working with you.

Sincerely,
Maria Chen
VP, People""",
        truth(
            title="Senior Backend Engineer",
            currency="USD",
            base=185000,
            period=Period.YEAR,
            sign_on=20000,
            bonus_percent=15,
            equity_units=4000,
            equity_value=240000,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 1, 11),
            deadline=date(2026, 12, 5),
            location="Austin, TX",
        ),
    ),
    Letter(
        "northwind-offer.pdf",
        "pdf",
        """Northwind Analytics Ltd
14 Clerkenwell Road, London EC1M 5PA

20 November 2026

Dear Jordan,

Offer of employment

Following our recent discussions, we are pleased to offer you employment as a Data Engineer with Northwind Analytics Ltd. Your normal place of work will be our London office, with up to two days per week working from home.

Your salary will be £75,000 per annum, payable monthly in arrears. You will also be eligible to participate in our discretionary bonus scheme, with a bonus of up to 10% of salary depending on company performance. You are entitled to 25 days' holiday plus bank holidays, and the company will contribute 6% of your salary to your pension.

Your employment will commence on 4 January 2027.

Please confirm your acceptance within 7 days of the date of this letter by signing and returning the enclosed copy.

Yours sincerely,

Priya Natarajan
Head of Talent""",
        truth(
            title="Data Engineer",
            currency="GBP",
            base=75000,
            period=Period.YEAR,
            bonus_percent=10,
            start=date(2027, 1, 4),
            deadline=date(2026, 11, 27),
            location="London",
        ),
    ),
    Letter(
        "brightwave-angebot.pdf",
        "pdf",
        """Brightwave GmbH · Torstraße 49 · 10119 Berlin

Berlin, 16. November 2026

Arbeitsvertragsangebot

Sehr geehrte Frau Weber,

wir freuen uns, Ihnen eine Position als Senior Softwareentwickler (m/w/d) in unserem Team Zahlungsverkehr anzubieten.

Ihr Bruttogehalt beträgt €6.500 brutto monatlich, zahlbar jeweils zum Monatsende. Zusätzlich erhalten Sie 2.000 virtuelle Optionen im Rahmen unseres VSOP; die Optionen werden über vier Jahre unverfallbar (Vesting), mit einem Cliff von 12 Monaten.

Arbeitsort: Berlin

Eintrittsdatum: 01.02.2027

Bitte geben Sie uns bis zum 30.11.2026 Rückmeldung, ob Sie das Angebot annehmen.

Mit freundlichen Grüßen
Jonas Albrecht
Personalleitung""",
        truth(
            title="Senior Softwareentwickler",
            currency="EUR",
            base=6500,
            period=Period.MONTH,
            equity_units=2000,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 2, 1),
            deadline=date(2026, 11, 30),
            location="Berlin",
        ),
    ),
    Letter(
        "maple-ledger-offer.docx",
        "docx",
        """Maple Ledger Inc.
Toronto, Ontario

November 19, 2026

Dear Alex,

We are excited to offer you the role of Staff Software Developer at Maple Ledger. You will be working from our Toronto, Ontario headquarters on a hybrid schedule.

Your annual salary will be CAD 140,000, less applicable deductions. You will receive a signing bonus of CAD 10,000 with your first pay. You will also be eligible for an annual target bonus of 8% of your base salary.

We will also recommend to the Board that you be granted stock options to purchase 12,000 common shares. The options vest over 4 years, with a 1-year cliff.

Your first day of employment will be March 1, 2027.

This offer is open until 05/12/2026. Please sign below to indicate your acceptance.

Warm regards,
Helen Tremblay
Chief People Officer""",
        truth(
            title="Staff Software Developer",
            currency="CAD",
            base=140000,
            period=Period.YEAR,
            sign_on=10000,
            bonus_percent=8,
            equity_units=12000,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 3, 1),
            # 05/12/2026 reads two ways, but 12 May is before the letter's date.
            deadline=date(2026, 12, 5),
            location="Toronto, Ontario",
        ),
    ),
    Letter(
        "globex-offer-summary.docx",
        "docx-table",
        """Globex Corporation — Offer Summary

Dear Casey, we are happy to share the details of your offer below. Nothing here replaces your employment agreement.

|Position|Platform Engineer
|Location|Remote (United States)
|Base salary|USD 185k annually
|Annual bonus|USD 15,000 target
|Equity|1,200 RSUs
|Vesting|4 years, 25% after a 12-month cliff
|Start date|2027-01-04
|Offer expires|2026-12-01

Questions? Reply to this email or call your recruiter.""",
        truth(
            title="Platform Engineer",
            currency="USD",
            base=185000,
            period=Period.YEAR,
            bonus_amount=15000,
            equity_units=1200,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 1, 4),
            deadline=date(2026, 12, 1),
            location="Remote (United States)",
        ),
    ),
    Letter(
        "initech-contract.docx",
        "docx",
        """Initech LLC
Denver, Colorado

November 17, 2026

Hi Robin,

Thanks for your time over the last few weeks. We would like to engage you as a Contract Site Reliability Engineer for an initial term of six months.

Rate: you will be paid $95/hour for all hours worked, invoiced every two weeks. The engagement begins on Monday, December 7, 2026, and you will work on site at our Denver, CO office three days a week.

Kindly reply no later than Dec 1, 2026 so that we can arrange your equipment.

Best,
Tom Smykowski""",
        truth(
            title="Contract Site Reliability Engineer",
            currency="USD",
            base=95,
            period=Period.HOUR,
            start=date(2026, 12, 7),
            deadline=date(2026, 12, 1),
            location="Denver, CO",
        ),
    ),
    Letter(
        "hooli-offer.eml",
        "eml",
        """Hi Sam,

It was a pleasure getting to know you through the interviews. I'm thrilled to let you know that we'd like you to join Hooli as a Product Engineer on the Search Quality team!

Here are the highlights of the offer:

- Base pay of US$172,500 a year
- A $25,000 sign-on bonus, paid in your first month
- 1,500 RSUs (approximately $150,000), vesting quarterly over 4 years with no cliff
- You'd be based out of our Seattle office

We're hoping you can start on Monday, January 4, 2027. We'd love an answer by Friday, November 27, 2026 — let me know if you have any questions before then.

Cheers,
Gavin (Recruiting, Hooli)""",
        truth(
            title="Product Engineer",
            currency="USD",
            base=172500,
            period=Period.YEAR,
            sign_on=25000,
            equity_units=1500,
            equity_value=150000,
            vesting_years=4,
            start=date(2027, 1, 4),
            deadline=date(2026, 11, 27),
            location="Seattle",
        ),
    ),
    Letter(
        "umbrella-health-offer.pdf",
        "eml-pdf",
        """Umbrella Health B.V.
Amsterdam

18 November 2026

Dear Kim,

We are pleased to confirm our offer for the position of Machine Learning Engineer at Umbrella Health, located in Amsterdam.

Your gross annual salary will be EUR 82,000, paid in twelve monthly instalments, plus the statutory holiday allowance of 8%.

Your employment will start on 1 February 2027.

Please sign and return this letter by 4 December 2026.

Kind regards,
Eva de Vries
HR Business Partner""",
        truth(
            title="Machine Learning Engineer",
            currency="EUR",
            base=82000,
            period=Period.YEAR,
            start=date(2027, 2, 1),
            deadline=date(2026, 12, 4),
            location="Amsterdam",
        ),
    ),
    Letter(
        "vandelay-offer.html",
        "html",
        """<html><head><title>Your offer</title><style>th{text-align:left}</style></head>
<body>
<h1>Vandelay Industries</h1>
<p>November 16, 2026</p>
<p>Dear Morgan,</p>
<p>We are pleased to offer you the role of Senior Frontend Engineer. The terms of the offer are summarised below.</p>
<table>
<tr><th>Base Salary</th><td>$160,000.00 per annum</td></tr>
<tr><th>Signing Bonus</th><td>$12,500</td></tr>
<tr><th>Annual Bonus</th><td>Target 12% of base salary</td></tr>
<tr><th>Equity</th><td>8,000 stock options, 4-year vesting, 1-year cliff</td></tr>
<tr><th>Start Date</th><td>January 19, 2027</td></tr>
<tr><th>Location</th><td>New York, NY</td></tr>
</table>
<p>Response required by December 3, 2026.</p>
<p>Best regards,<br>Art Vandelay</p>
</body></html>""",
        truth(
            title="Senior Frontend Engineer",
            currency="USD",
            base=160000,
            period=Period.YEAR,
            sign_on=12500,
            bonus_percent=12,
            equity_units=8000,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 1, 19),
            deadline=date(2026, 12, 3),
            location="New York, NY",
        ),
    ),
    Letter(
        "stark-labs-offer.html",
        "html",
        """<!DOCTYPE html>
<html><body style="font-family: sans-serif">
<div class="header">Stark Labs Pty Ltd &middot; Sydney</div>
<div>19 November 2026</div>
<div>
<p>Dear Taylor,</p>
<p>Congratulations! We are delighted to offer you the position of Senior Data Scientist, working from our Sydney office.</p>
<p>Your total fixed remuneration is A$180,000 per annum plus superannuation at 11.5%. You will also be eligible for an annual incentive of up to 15% of your fixed remuneration.</p>
<p>We would like you to commence on Monday 18 January 2027.</p>
<p>This offer remains open for 10 business days from the date of this letter.</p>
<p>Kind regards,<br>Pepper Potts</p>
</div>
</body></html>""",
        truth(
            title="Senior Data Scientist",
            currency="AUD",
            base=180000,
            period=Period.YEAR,
            bonus_percent=15,
            start=date(2027, 1, 18),
            deadline=date(2026, 12, 3),
            location="Sydney",
        ),
    ),
    Letter(
        "contoso-offer.md",
        "md",
        """# Offer summary — Contoso

Hi Jamie, here is a summary of the offer we discussed on the phone today.

| Item | Detail |
|------|--------|
| Role | Backend Engineer II |
| Base | €95,000 / year |
| Bonus | 10% target |
| Sign-on | €5,000 |
| Start | 1 March 2027 |
| Deadline | 30 November 2026 |
| Location | Dublin, Ireland |

Let me know if anything is unclear.""",
        truth(
            title="Backend Engineer II",
            currency="EUR",
            base=95000,
            period=Period.YEAR,
            sign_on=5000,
            bonus_percent=10,
            start=date(2027, 3, 1),
            deadline=date(2026, 11, 30),
            location="Dublin",  # a country after the town is left out (letters README)
        ),
    ),
    Letter(
        "wayne-fintech-offer.txt",
        "txt",
        """Wayne Fintech AG
Bahnhofstrasse 10, 8001 Zurich

17 November 2026

Dear Chris,

We are pleased to offer you the position of Quantitative Developer in
our Zurich office. Your gross salary will be CHF 150'000 per year, paid
in thirteen instalments, and you will be eligible for a target bonus
of CHF 15'000 depending on your performance and that of the bank.

Your start date will be 1 April 2027, or earlier if your notice period
allows.

Please let us know your decision by 4 December 2026. We are happy to
answer any questions in the meantime.

Kind regards,

Lucius Fox
Head of Quantitative Research""",
        truth(
            title="Quantitative Developer",
            currency="CHF",
            base=150000,
            period=Period.YEAR,
            bonus_amount=15000,
            start=date(2027, 4, 1),
            deadline=date(2026, 12, 4),
            location="Zurich",
        ),
    ),
    Letter(
        "tyrell-recruiter-note.txt",
        "txt",
        """Hi Alex — great news! Tyrell is offering you the Senior iOS Engineer position.

Comp: $210k base, 20% bonus target, $400k in RSUs over 4 years. No sign-on.
Start date TBD.

They need an answer within 5 business days, so let's talk tomorrow.

- Rachel""",
        truth(
            title="Senior iOS Engineer",
            currency="USD",
            base=210000,
            period=Period.YEAR,
            bonus_percent=20,
            equity_value=400000,
            vesting_years=4,
            deadline=Relative(5, business=True),
        ),
    ),
    Letter(
        "cyberdyne-offer.pdf",
        "pdf",
        """CYBERDYNE SYSTEMS PTE. LTD.
1 Fusionopolis Way, Singapore 138632

Date: 20 November 2026

LETTER OF OFFER

Dear Lee,

We are pleased to offer you the position of Cloud Security Engineer with Cyberdyne Systems, based in Singapore.

1. Salary: Your monthly basic salary will be S$9,500.
2. Variable bonus: You will be eligible for a variable bonus of 15% of your annual basic salary, subject to company and individual performance.
3. Commencement: Your date of commencement will be 2 February 2027.
4. Acceptance: This offer is valid until 27 November 2026.

Yours faithfully,
Miles Dyson
Director, Human Resources""",
        truth(
            title="Cloud Security Engineer",
            currency="SGD",
            base=9500,
            period=Period.MONTH,
            bonus_percent=15,
            start=date(2027, 2, 2),
            deadline=date(2026, 11, 27),
            location="Singapore",
        ),
    ),
]


# Written after the parser was tuned on the letters above, and not tuned on since.
HELD_OUT = [
    Letter(
        "oscorp-offer.pdf",
        "pdf",
        """Oscorp Industries
November 20, 2026

Dear Pat,

We are happy to extend an offer for the Senior Machine Learning Scientist role. This role is based at our headquarters in Boston, MA.

Your annual base compensation will be USD 205,000. You will be eligible for a performance bonus targeted at 20 percent of base.

In addition, we will grant you an option to purchase 25,000 shares of common stock at an exercise price of $3.10 per share, which will vest over a four-year period subject to a one-year cliff. Relocation assistance of up to $10,000 will be provided.

We would like you to start on February 1st, 2027. This offer expires at 5pm Eastern on November 30, 2026.

Regards,
Norman Osborn""",
        truth(
            title="Senior Machine Learning Scientist",
            currency="USD",
            base=205000,
            period=Period.YEAR,
            bonus_percent=20,
            equity_units=25000,
            vesting_years=4,
            cliff_months=12,
            start=date(2027, 2, 1),
            deadline=date(2026, 11, 30),
            location="Boston, MA",
        ),
    ),
    Letter(
        "lumen-games-offer.docx",
        "docx",
        """Lumen Games Inc.

November 19, 2026

Position: Lead Gameplay Programmer
Location: Montreal, Quebec
Salary: $118,000 CAD per year
Start date: January 25, 2027

Dear Drew, we're thrilled to have you on board. A signing bonus of $7,500 CAD will be paid on your first payday.

Kindly return the signed offer on or before 27/11/2026.""",
        truth(
            title="Lead Gameplay Programmer",
            currency="CAD",
            base=118000,
            period=Period.YEAR,
            sign_on=7500,
            start=date(2027, 1, 25),
            deadline=date(2026, 11, 27),
            location="Montreal, Quebec",
        ),
    ),
    Letter(
        "pied-piper-offer.eml",
        "eml-html",
        """<html><body>
<p>Hi Jesse,</p>
<p>We'd like to offer you the position of <b>Senior Compression Engineer</b>. You'll work from our Palo Alto office.</p>
<ul>
<li>Salary: $190,000/yr</li>
<li>Equity: 0.25% in stock options (50,000 options) vesting monthly over 48 months with a 12 month cliff</li>
<li>Start: ASAP, ideally 12/14/2026</li>
</ul>
<p>Please get back to us by 11/25/2026.</p>
<p>Richard</p>
</body></html>""",
        truth(
            title="Senior Compression Engineer",
            currency="USD",
            base=190000,
            period=Period.YEAR,
            equity_units=50000,
            vesting_years=4,
            cliff_months=12,
            start=date(2026, 12, 14),
            deadline=date(2026, 11, 25),
            location="Palo Alto",
        ),
    ),
    Letter(
        "nordlicht-angebot.txt",
        "txt",
        """Nordlicht Software GmbH
Hamburg, 18.11.2026

Sehr geehrter Herr Brandt,

nach den guten Gesprächen der letzten Wochen bieten wir Ihnen die Stelle als DevOps Engineer an.

Jahresgehalt: 78.000 € brutto
Zusätzlich zahlen wir einen Zielbonus von 10 % des Jahresgehalts.
Arbeitsbeginn ist der 1. März 2027.
Arbeitsort: Hamburg

Wir freuen uns auf Ihre Antwort bis zum 2. Dezember 2026.

Viele Grüße
Svenja Lindqvist""",
        truth(
            title="DevOps Engineer",
            currency="EUR",
            base=78000,
            period=Period.YEAR,
            bonus_percent=10,
            start=date(2027, 3, 1),
            deadline=date(2026, 12, 2),
            location="Hamburg",
        ),
    ),
]

# --- making the files ---------------------------------------------------------------------


def make_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    table_rows: list[list[str]] = []
    for block in text.split("\n\n"):
        lines = block.split("\n")
        if all(line.startswith("|") for line in lines):
            table_rows = [line.strip("|").split("|") for line in lines]
            table = document.add_table(rows=len(table_rows), cols=2)
            for r, cells in enumerate(table_rows):
                for c, cell in enumerate(cells):
                    table.cell(r, c).text = cell
            continue
        for line in lines:
            document.add_paragraph(line)
    document.save(str(path))


def make_eml(
    path: Path, body: str, attachment: tuple[str, bytes] | None = None, *, html: bool = False
) -> None:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "Recruiting <recruiting@example.com>"
    message["To"] = "me@example.org"
    message["Subject"] = "Your offer"
    message["Date"] = "Tue, 17 Nov 2026 16:02:11 -0800"
    message.set_content(body, subtype="html" if html else "plain")
    if attachment is not None:
        name, data = attachment
        message.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    path.write_bytes(message.as_bytes())


def make_file(folder: Path, letter: Letter, make_pdf: Callable[[Path, str], None]) -> Path:
    path = folder / letter.name
    if letter.form == "pdf":
        make_pdf(path, letter.body)
    elif letter.form in ("docx", "docx-table"):
        make_docx(path, letter.body)
    elif letter.form in ("eml", "eml-html"):
        make_eml(path, letter.body, html=letter.form == "eml-html")
    elif letter.form == "eml-pdf":
        inner = folder / f"inner-{letter.name}"
        make_pdf(inner, letter.body)
        path = folder / "Fwd: offer.eml"
        make_eml(
            path, "Forwarding the offer letter, see attached.", (letter.name, inner.read_bytes())
        )
    else:
        path.write_text(letter.body, encoding="utf-8")
    return path


def read_file(path: Path) -> FoundTerms:
    """Read as a dropped file is read (the same function the time-limited child runs)."""
    fmt = detect_format(path.name, path.read_bytes()[:16])
    reading = read_document(str(path), fmt.value)
    texts = [reading.text, *(inner.text for inner in reading.inner)]
    found = [read_terms(text) for text in texts if text.strip()]
    return max(found, key=lambda t: t.found_count)


# --- comparing with the truth -------------------------------------------------------------


def is_right(name: str, expected: Any, found: FoundTerms) -> bool:
    value = getattr(found, name)
    if expected is None:
        return value is None
    if value is None:
        return False
    if isinstance(expected, Ambiguous):
        assert isinstance(value, FoundDate)
        return value.is_ambiguous and set(value.choices) == expected.choices
    if isinstance(expected, Relative):
        assert isinstance(value, FoundDate)
        return (
            value.value is None
            and value.relative_days == expected.days
            and value.business_days == expected.business
        )
    got = value.value
    if isinstance(expected, str):
        return isinstance(got, str) and _plain(got) == _plain(expected)
    return bool(got == expected)


def _plain(text: str) -> str:
    return " ".join(text.replace(",", " ").split()).casefold()


def score(
    letters: list[Letter], folder: Path, make_pdf: Callable[[Path, str], None]
) -> tuple[int, int, list[str]]:
    right = total = 0
    misses = []
    for letter in letters:
        found = read_file(make_file(folder, letter, make_pdf))
        for name in FIELDS:
            total += 1
            if is_right(name, letter.truth[name], found):
                right += 1
            else:
                got = getattr(found, name)
                shown = getattr(got, "value", None) if got is not None else None
                misses.append(
                    f"{letter.name}: {name} expected {letter.truth[name]!r}, got {shown!r}"
                )
    return right, total, misses


def test_every_letter_makes_a_real_file_of_its_kind(make_pdf: Any, tmp_path: Path) -> None:
    kinds = {}
    for letter in LETTERS:
        path = make_file(tmp_path, letter, make_pdf)
        kinds[letter.form] = detect_format(path.name, path.read_bytes()[:16])
    assert kinds["pdf"] is FileFormat.PDF
    assert kinds["docx"] is FileFormat.DOCX
    assert kinds["eml"] is kinds["eml-pdf"] is FileFormat.EMAIL
    assert kinds["html"] is FileFormat.HTML
    assert kinds["md"] is FileFormat.MARKDOWN
    assert kinds["txt"] is FileFormat.TEXT
    assert len(LETTERS) >= 12


def test_parsing_accuracy_over_the_letters(make_pdf: Any, tmp_path: Path, capsys: Any) -> None:
    right, total, misses = score(LETTERS, tmp_path, make_pdf)
    accuracy = right / total
    with capsys.disabled():
        print(f"\noffer letters: {right}/{total} terms right ({accuracy:.1%})")
        for miss in misses:
            print("  missed:", miss)
    assert total == len(LETTERS) * len(FIELDS)
    assert (right, total) == (196, 196), "\n".join(misses)


def test_parsing_accuracy_on_letters_held_out_from_tuning(
    make_pdf: Any, tmp_path: Path, capsys: Any
) -> None:
    right, total, misses = score(HELD_OUT, tmp_path, make_pdf)
    accuracy = right / total
    with capsys.disabled():
        print(f"\nheld-out letters: {right}/{total} terms right ({accuracy:.1%})")
        for miss in misses:
            print("  missed:", miss)
    assert (right, total) == (56, 56), "\n".join(misses)
