"""The reader scored on the tune corpus: 25 letters written by someone who never read it.

The letters (tests/data/letters/tune: PDF from four producers, DOCX, EML with and without an
attached PDF, HTML tables and definition lists, Markdown, text; English, German, French,
Dutch and Polish; nine countries) come with truth files. The figures are asserted exactly,
so any change to the reader shows here, better or worse; the misses are printed.
"""

from __future__ import annotations

from typing import Any

from tests.services.letter_corpus import LETTERS, Score, letter_files, score


def _scored(batch: str, label: str, capsys: Any) -> Score:
    """The reader's score on one batch, its misses printed (so a change shows what moved)."""
    result = score(LETTERS / batch)
    with capsys.disabled():
        print(f"\n{label}: {result.summary()}")
        for line in result.wrong:
            print("  wrong:", line)
        for line in result.blank:
            print("  blank:", line)
    return result


def test_the_tune_corpus_holds_25_letters_in_13_layouts() -> None:
    files = letter_files(LETTERS / "tune")
    assert len(files) == 25
    assert {f.suffix for f in files} == {".pdf", ".docx", ".eml", ".html", ".md", ".txt"}
    assert all(f.with_name(f.stem + ".truth.json").is_file() for f in files)


def test_reading_the_tune_letters(capsys: Any) -> None:
    result = _scored("tune", "tune letters", capsys)
    assert (result.right, result.stated) == (239, 239)
    assert result.wrong == []
    assert result.fully_right == 25


def test_reading_the_held_out_letters(capsys: Any) -> None:
    """27 more letters, written from the same brief in a separate pass after the reader was
    tuned. Scored once unseen (1 December 2026: 179/243, 16 wrong, the first-sight figure),
    then tuned on in round two, so this is a tuned figure now: the first-sight one comes
    from a batch the reader has not seen."""
    result = _scored("holdout", "held-out letters", capsys)
    assert (result.right, result.stated) == (243, 243)
    assert result.wrong == []
    assert result.fully_right == 27


def test_reading_the_third_batch(capsys: Any) -> None:
    """24 letters written after round two of the tuning, from the same brief. Scored once
    unseen (1 December 2026: 214/230, 5 wrong, 13/24 letters fully right: round two's
    first-sight figure), then tuned on in round three, so this is a tuned figure now: the
    first-sight one comes from a batch the reader has not seen."""
    result = _scored("batch3", "third batch", capsys)
    assert (result.right, result.stated) == (230, 230)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_fourth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round two, by a writer who never read the
    reader (larger employers and HR systems). Scored once unseen on round three's reader (1 December
    2026: 200/222, 15 wrong, 12/24 letters fully right: round three's first-sight figure), then
    tuned on in round four, so this is a tuned figure now: the first-sight one comes from a
    batch the reader has not seen."""
    result = _scored("batch4", "fourth batch", capsys)
    # 219 since round eleven: b4_18's grant worth 'CAD $90,000' is read in Canadian dollars
    # (from round six to ten the '$' made it a US figure, left blank). 222 since round
    # fifteen: b4_03's variable pay at 100% and b4_24's base without its super.
    assert (result.right, result.stated) == (222, 222)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_fifth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round two, by a writer who never read the
    reader (start-ups and small firms). Scored once unseen on round three's reader (1 December
    2026: 217/251, 11 wrong, 6/24 letters fully right: round three's first-sight figure), then
    tuned on in round four, so this is a tuned figure now: the first-sight one comes from a
    batch the reader has not seen."""
    result = _scored("batch5", "fifth batch", capsys)
    assert (result.right, result.stated) == (248, 251)
    assert result.wrong == []
    assert result.fully_right == 21


def test_reading_the_sixth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round three, by a writer who never read
    the reader (public sector, universities, hospitals, banks).
    Scored once unseen on round four's reader
    (1 December 2026: 177/204, 13 wrong, 6/24 letters fully right: round four's first-sight
    figure). Tuned on in round five: 189/204, 0 wrong, 15/24 fully right (and the scorer
    now takes the French "(H/F)" as it takes "(m/w/d)")."""
    result = _scored("batch6", "sixth batch", capsys)
    # 200 since round seven (cliffs told in other words, pay on top of the rate, deadlines,
    # a bonus target beside its range).
    assert (result.right, result.stated) == (200, 204)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_seventh_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round three, by a writer who never read
    the reader (international tech companies and their agencies).
    Scored once unseen on round four's reader
    (1 December 2026: 231/259, 11 wrong, 9/24 letters fully right: round four's first-sight
    figure). Tuned on in round five: 242/259, 0 wrong, 14/24 fully right."""
    result = _scored("batch7", "seventh batch", capsys)
    # 256 since round seven (values set in under their labels, an Indian amount's period,
    # cliffs told in other words, bonus targets beside their ranges).
    assert (result.right, result.stated) == (258, 259)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_eighth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round four, by a writer who never read
    the reader (mixed, everyday employers).
    Scored once unseen on round five's reader (1 December 2026: 195/217, 6 wrong, 10/24
    letters fully right: round five's first-sight figure), then tuned on in round six, so
    this is a tuned figure now."""
    result = _scored("batch8", "eighth batch", capsys)
    # Round seven: b8_22's truth corrected to the settled title rule (its category after
    # the comma stays), which the reader now reads. Round eight: b8_20's truth corrected to
    # the same rule ("…, Team Payments", its title line whole), which the reader reads too.
    assert (result.right, result.stated) == (216, 217)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_ninth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round four, by a writer who never read
    the reader (multinational letters and revised offers).
    Scored once unseen on round five's reader (1 December 2026: 204/242, 11 wrong, 6/24
    letters fully right: round five's first-sight figure), then tuned on in round six, so
    this is a tuned figure now."""
    result = _scored("batch9", "ninth batch", capsys)
    # Round seven: b9_gb_relocate_nl's truth corrected to the settled rule (annual
    # tranches are a 12-month cliff: one more stated term), and a French first tranche.
    assert (result.right, result.stated) == (241, 243)
    assert result.wrong == []
    assert result.fully_right == 22


def test_reading_the_tenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round five, by a writer who never read
    the reader (engineering roles at companies of every size).
    Scored once unseen on round six's reader (1 December 2026: 224/240, 2 wrong, 14/24
    letters fully right: round six's first-sight figure), then tuned on in round seven, so
    this is a tuned figure now."""
    result = _scored("batch10", "tenth batch", capsys)
    assert (result.right, result.stated) == (239, 240)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_eleventh_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round five, by a writer who never read
    the reader (cover pages, annexes, e-mail threads, bilingual letters).
    Scored once unseen on round six's reader (1 December 2026: 210/228, 6 wrong, 13/24
    letters fully right: round six's first-sight figure, measured against the truths as
    they were), then tuned on in round seven, so this is a tuned figure now. Two truths
    were corrected to the conventions settled in round seven (b11_14's annual tranches
    are a 12-month cliff, one more stated term; b11_23's title is its Post line)."""
    result = _scored("batch11", "eleventh batch", capsys)
    assert (result.right, result.stated) == (228, 229)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_twelfth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round six, by a writer who never read
    the reader (offers from hiring systems and portals, internships, contract-to-hire,
    revised offers in threads). Scored once unseen by round seven's reader (1 December 2026:
    184/221, 4 wrong, 10/24 letters fully right: round seven's first-sight figure), then
    tuned on in round eight, so this is a tuned figure now."""
    result = _scored("batch12", "twelfth batch", capsys)
    assert (result.right, result.stated) == (221, 221)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_thirteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round six, by a writer who never read
    the reader (senior and leadership offers: several grants, deferred bonuses, claw-backs,
    allowances). Scored once unseen by round seven's reader (1 December 2026: 260/301, 7
    wrong, 5/24 letters fully right: round seven's first-sight figure), then tuned on in round
    eight, so this is a tuned figure now."""
    result = _scored("batch13", "thirteenth batch", capsys)
    assert (result.right, result.stated) == (300, 301)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_fourteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round seven, by a writer who never read the
    reader (small employers and short, informal offers). Scored once unseen by round eight's
    reader (1 December 2026: 176/200, 4 wrong, 10/24 letters fully right: round eight's
    first-sight figure), then tuned on in round nine, so this is a tuned figure now."""
    result = _scored("batch14", "fourteenth batch", capsys)
    assert (result.right, result.stated) == (192, 200)
    assert result.wrong == []
    assert result.fully_right == 21


def test_reading_the_fifteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round seven, by a writer who never read the
    reader (public sector, universities, banks and other regulated employers). Scored once
    unseen by round eight's reader (1 December 2026: 176/199, 5 wrong, 11/24 letters fully
    right: round eight's first-sight figure), then tuned on in round nine, so this is a tuned
    figure now."""
    result = _scored("batch15", "fifteenth batch", capsys)
    assert (result.right, result.stated) == (198, 199)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_sixteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round seven, by a writer who never read the
    reader (offers from everywhere, mostly in English: Australia to the UAE). Scored once
    unseen by round eight's reader (1 December 2026: 199/217, 4 wrong, 13/24 letters fully
    right: round eight's first-sight figure), then tuned on in round nine, so this is a tuned
    figure now."""
    result = _scored("batch16", "sixteenth batch", capsys)
    assert (result.right, result.stated) == (216, 217)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_seventeenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round seven, by a writer who never read the
    reader (the everyday mess of tech offers: agencies, HTML mail, projections, two levels).
    Scored once unseen by round eight's reader (1 December 2026: 229/244, 2 wrong, 14/24
    letters fully right: round eight's first-sight figure), then tuned on in round nine, so
    this is a tuned figure now."""
    result = _scored("batch17", "seventeenth batch", capsys)
    # b17_kestrel's "Variable Pay (target 10% of Fixed CTC) | 3,24,000" is its bonus amount
    # since 2 December 2026, as the README's settled Indian convention has it.
    assert (result.right, result.stated) == (242, 245)
    assert result.wrong == []
    assert result.fully_right == 21


def test_reading_the_eighteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round eight, by a writer who never read the
    reader (letters in their own language, as local HR writes them). Scored once unseen by
    round nine's reader (1 December 2026: 203/226, 7 wrong, 9/24 letters fully right: round
    nine's first-sight figure), then tuned on in round ten, so this is a tuned figure now."""
    result = _scored("batch18", "eighteenth batch", capsys)
    assert (result.right, result.stated) == (225, 226)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_nineteenth_batch(capsys: Any) -> None:
    """24 letters written from the same brief after round eight, by a writer who never read the
    reader (software engineers in the US, UK, Canada and India, and European tech). Scored
    once unseen by round nine's reader (1 December 2026: 257/269, 4 wrong, 16/24 letters fully
    right: round nine's first-sight figure), then tuned on in round ten, so this is a tuned
    figure now."""
    result = _scored("batch19", "nineteenth batch", capsys)
    assert (result.right, result.stated) == (269, 269)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_twentieth_batch(capsys: Any) -> None:
    """24 letters written after round nine by a writer who never read the reader (offers that went
    back and forth: revised and negotiated offers, agencies, reply chains). Scored once unseen
    by round ten's reader (1 December 2026: 193/222, 12 wrong, 13/24 letters fully right:
    round ten's first-sight figure; round nine's reader: 188/222, 17 wrong), then tuned on in
    round eleven, so this is a tuned figure now (b20_07's start corrected to the settled
    point on numeric dates; b20_08's title keeps its bracket "(Payments Platform)" since the
    README settled brackets on 2 December 2026)."""
    result = _scored("batch20", "twentieth batch", capsys)
    assert (result.right, result.stated) == (221, 222)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_twenty_first_batch(capsys: Any) -> None:
    """24 letters written after round nine by a writer who never read the reader (software and
    data engineers in Europe's tech hubs, in English and their local languages). Scored once
    unseen by round ten's reader (1 December 2026: 204/235, 5 wrong, 13/24 letters fully
    right: round ten's first-sight figure; round nine's reader: 195/235, 11 wrong), then tuned
    on in round eleven, so this is a tuned figure now."""
    result = _scored("batch21", "twenty-first batch", capsys)
    assert (result.right, result.stated) == (235, 235)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_twenty_second_batch(capsys: Any) -> None:
    """24 letters written after round nine by a writer who never read the reader (every length:
    from a chat-style e-mail to a five-page letter with annexes). Scored once unseen by round
    ten's reader (1 December 2026: 207/233, 4 wrong, 11/24 letters fully right: round ten's
    first-sight figure; round nine's reader: 203/233, 8 wrong), then tuned on in round eleven,
    so this is a tuned figure now."""
    result = _scored("batch22", "twenty-second batch", capsys)
    assert (result.right, result.stated) == (232, 233)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_twenty_third_batch(capsys: Any) -> None:
    """24 letters written after round nine by a writer who never read the reader (India,
    Singapore, Australia, the Gulf and other English-speaking markets). Scored once unseen by
    round ten's reader (1 December 2026: 209/230, 6 wrong, 13/24 letters fully right: round
    ten's first-sight figure; round nine's reader: 208/230, 7 wrong), then tuned on in round
    eleven, so this is a tuned figure now (b23_24's title keeps its bracket "(Motion
    Control)" since the README settled brackets on 2 December 2026)."""
    result = _scored("batch23", "twenty-third batch", capsys)
    assert (result.right, result.stated) == (230, 230)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_twenty_fourth_batch(capsys: Any) -> None:
    """24 letters written after round ten by a writer who never read the reader (engineering roles
    beyond software development: hardware, QA, SRE with on-call pay, data, security, design and
    engineering managers). Scored once unseen by round eleven's reader (1 December 2026:
    223/231, 2 wrong, 17/24 letters fully right: round eleven's first-sight figure), then tuned
    on in round twelve, so this is a tuned figure now."""
    result = _scored("batch24", "twenty-fourth batch", capsys)
    assert (result.right, result.stated) == (228, 231)
    assert result.wrong == []
    assert result.fully_right == 21


def test_reading_the_twenty_fifth_batch(capsys: Any) -> None:
    """24 letters written after round ten by a writer who never read the reader (letters as they
    arrive after passing through tools: Word exported to PDF, ATS mails, phone forwards,
    signing envelopes, portal text). Scored once unseen by round eleven's reader (1 December
    2026: 216/234, 5 wrong, 10/24 letters fully right: round eleven's first-sight figure), then
    tuned on in round twelve, so this is a tuned figure now."""
    result = _scored("batch25", "twenty-fifth batch", capsys)
    assert (result.right, result.stated) == (227, 234)
    assert result.wrong == []
    assert result.fully_right == 19


def test_reading_the_twenty_sixth_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (big tech and
    late-stage companies in the US and Canada: RSUs in units or value, front-loaded vesting,
    pay-transparency ranges, level codes, Québec letters in French, portals, recruiter recaps,
    contractors). Not tuned on: this is round twelve's first-sight figure (read once, unseen, on
    1 December 2026).
    Tuned on in round thirteen since: the figures asserted are tuned (again in round fourteen
    and nineteen)."""
    result = _scored("batch26", "twenty-sixth batch", capsys)
    assert (result.right, result.stated) == (279, 295)
    assert len(result.wrong) == 1
    assert result.fully_right == 14


def test_reading_the_twenty_seventh_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (continental
    Europe in its own languages: German, Austrian, Swiss, French, Belgian, Dutch, Spanish,
    Italian, Portuguese, Swedish and Danish letters with their local pay rules and formats). Not
    tuned on: this is round twelve's first-sight figure (read once, unseen, on 1 December 2026).
    Tuned on in round thirteen since: the figures asserted are tuned."""
    result = _scored("batch27", "twenty-seventh batch", capsys)
    assert (result.right, result.stated) == (227, 228)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_twenty_eighth_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (unusual kinds
    of offers: promotions and transfers beside the current terms, return offers, graduate
    schemes, part-time and fixed-term roles, UK day rates, secondments, superseding letters,
    visa conditions, counter-signatures). Not tuned on: this is round twelve's first-sight
    figure (read once, unseen, on 1 December 2026).
    Tuned on in round thirteen since: the figures asserted are tuned (b28_08's title keeps
    its bracket "(Platform Engineering)" since the README settled brackets on 2 December
    2026)."""
    result = _scored("batch28", "twenty-eighth batch", capsys)
    assert (result.right, result.stated) == (211, 231)
    assert result.wrong == []
    assert result.fully_right == 14


def test_reading_the_twenty_ninth_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (small companies
    with no HR department: founders' own offers, amounts in words and shorthand, ranges, equity
    as a percentage, phone mails, wiki pages, quoted threads, two currencies). Not tuned on:
    this is round twelve's first-sight figure (read once, unseen, on 1 December 2026).
    Tuned on in round thirteen since: the figures asserted are tuned."""
    result = _scored("batch29", "twenty-ninth batch", capsys)
    assert (result.right, result.stated) == (270, 273)
    assert result.wrong == []
    assert result.fully_right == 21


def test_reading_the_thirtieth_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (the offers a
    software engineer typically receives in 2026: a representative mix of company sizes, roles,
    twelve countries and the layouts offers arrive in). Not tuned on: this is round thirteen's
    first-sight figure (read once, unseen, on 2 December 2026).
    Tuned on in round fourteen since: the figures asserted are tuned."""
    result = _scored("batch30", "thirtieth batch", capsys)
    assert (result.right, result.stated) == (265, 272)
    assert result.wrong == []
    assert result.fully_right == 18


def test_reading_the_thirty_first_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (large
    traditional employers hiring software engineers: banks, insurers, telecoms, car makers,
    energy, retail, government digital services and consultancies, with grades, allowances,
    annexes and several addresses). Not tuned on: this is round thirteen's first-sight figure
    (read once, unseen, on 2 December 2026).
    Tuned on in round fourteen since: the figures asserted are tuned."""
    result = _scored("batch31", "thirty-first batch", capsys)
    assert (result.right, result.stated) == (214, 226)
    assert result.wrong == []
    assert result.fully_right == 16


def test_reading_the_thirty_second_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (remote-first
    companies hiring across borders: employers of record, contractor retainers, pay in another
    currency, location-based bands, stipends, equity from a parent company abroad). Not tuned
    on: this is round thirteen's first-sight figure (read once, unseen, on 2 December 2026).
    Tuned on in round fourteen since: the figures asserted are tuned."""
    result = _scored("batch32", "thirty-second batch", capsys)
    assert (result.right, result.stated) == (262, 266)
    assert result.wrong == []
    assert result.fully_right == 20


def test_reading_the_thirty_third_batch(capsys: Any) -> None:
    """24 letters written after round twelve by a writer who never read the reader (contracts
    drafted by lawyers: an offer letter with a long employment agreement or statement of main
    terms, definitions, numbered clauses and schedules, amounts in words and figures). Not tuned
    on: this is round thirteen's first-sight figure (read once, unseen, on 2 December 2026).
    Tuned on in round fourteen since: the figures asserted are tuned."""
    result = _scored("batch33", "thirty-third batch", capsys)
    assert (result.right, result.stated) == (231, 254)
    assert len(result.wrong) == 1
    assert result.fully_right == 12


def test_reading_the_thirty_fourth_batch(capsys: Any) -> None:
    """24 letters written after round fourteen by a writer who never read the reader (early
    careers and other hours: graduate schemes, internships that convert, a Werkstudent and a
    Duales Studium, part-time and four-day weeks with both the full-time and the pro-rata
    figure, fixed terms, staffing agencies). Not tuned on: this is round fourteen's first-sight
    figure (read once, unseen, on 2 December 2026: 187/214, 2 wrong, 12/24 letters fully right).
    Tuned on in round fifteen since: the figures asserted are tuned."""
    result = _scored("batch34", "thirty-fourth batch", capsys)
    assert (result.right, result.stated) == (214, 214)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_thirty_fifth_batch(capsys: Any) -> None:
    """24 letters written after round fourteen by a writer who never read the reader
    (universities, research institutes, public bodies and non-profits: pay scales and grades,
    allowances, grant-funded fixed terms, pension percentages). Not tuned on: this is round
    fourteen's first-sight figure (read once, unseen, on 2 December 2026: 158/186, 3 wrong,
    11/24 letters fully right). Tuned on in round fifteen since: the figures asserted are tuned."""
    result = _scored("batch35", "thirty-fifth batch", capsys)
    assert (result.right, result.stated) == (184, 186)
    assert result.wrong == []
    assert result.fully_right == 23


def test_reading_the_thirty_sixth_batch(capsys: Any) -> None:
    """24 letters written after round fourteen by a writer who never read the reader (letters
    that arrive mangled: pasted into a chat or notes, forwarded twice with quoting,
    quoted-printable and base64 mail, newsletter-style HTML, PDFs with running headers and a
    table across a page break, DOCX with text boxes and merged cells). Not tuned on: this is
    round fourteen's first-sight figure (read once, unseen, on 2 December 2026: 225/245, 8
    wrong, 13/24 letters fully right). Tuned on in round fifteen since: the figures asserted
    are tuned."""
    result = _scored("batch36", "thirty-sixth batch", capsys)
    assert (result.right, result.stated) == (245, 245)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_thirty_seventh_batch(capsys: Any) -> None:
    """24 letters written after round fourteen by a writer who never read the reader (markets
    most tools are not written for: Latin America in Portuguese and Spanish, southern and
    eastern Europe, Turkey, Japan, Korea, the Gulf and Africa; 13th and 14th salaries, local
    currencies by sign, code or name). Not tuned on: this is round fourteen's first-sight
    figure (read once, unseen, on 2 December 2026: 171/218, 6 wrong, 7/24 letters fully right).
    Tuned on in round fifteen since: the figures asserted are tuned."""
    result = _scored("batch37", "thirty-seventh batch", capsys)
    assert (result.right, result.stated) == (218, 218)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_thirty_eighth_batch(capsys: Any) -> None:
    """24 letters written after round fifteen by a writer who never read the reader (offers
    where the equity is the hard part: RSUs with refreshers and uneven schedules, ISOs and
    NSOs, double-trigger RSUs, profits interests, phantom shares, grants stated as a value,
    sign-ons in instalments). Not tuned on: this is round fifteen's first-sight figure (read
    once, unseen, on 2 December 2026). Tuned on in round sixteen since: the figures asserted
    are tuned."""
    result = _scored("batch38", "thirty-eighth batch", capsys)
    assert (result.right, result.stated) == (288, 299)
    assert result.wrong == []
    assert result.fully_right == 16


def test_reading_the_thirty_ninth_batch(capsys: Any) -> None:
    """24 letters written after round fifteen by a writer who never read the reader (offers
    that move the candidate abroad: relocation packages, visa sponsorship, a first stay at
    another office, pay in the destination's currency with a conversion for reference, many
    places named). Not tuned on: this is round fifteen's first-sight figure (read once,
    unseen, on 2 December 2026). Tuned on in round sixteen since: the figures asserted are
    tuned."""
    result = _scored("batch39", "thirty-ninth batch", capsys)
    assert (result.right, result.stated) == (223, 232)
    assert result.wrong == []
    assert result.fully_right == 19


def test_reading_the_fortieth_batch(capsys: Any) -> None:
    """24 letters written after round fifteen by a writer who never read the reader (senior
    and leadership offers: staff and principal engineers to CTOs, long-term incentive plans,
    performance shares, guaranteed and deferred bonuses, severance and change of control).
    Not tuned on: this is round fifteen's first-sight figure (read once, unseen, on 2
    December 2026). Tuned on in round sixteen since: the figures asserted are tuned (the
    states after 01's, 11's and 19's towns are kept since the README settled them on 2
    December 2026)."""
    result = _scored("batch40", "fortieth batch", capsys)
    assert (result.right, result.stated) == (285, 293)
    assert result.wrong == []
    assert result.fully_right == 18


def test_reading_the_forty_first_batch(capsys: Any) -> None:
    """24 letters written after round fifteen by a writer who never read the reader (offers
    generated by HR systems and templates: Workday, SuccessFactors, Personio, Greenhouse and
    others; summary blocks, two-column forms, placeholders left in, reference numbers beside
    the title). Not tuned on: this is round fifteen's first-sight figure (read once, unseen,
    on 2 December 2026). Tuned on in round sixteen since: the figures asserted are tuned."""
    result = _scored("batch41", "forty-first batch", capsys)
    assert (result.right, result.stated) == (222, 232)
    assert result.wrong == []
    assert result.fully_right == 19


def test_reading_the_forty_second_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (offers as
    recruiters type them: short e-mails, phone recaps, chat exports, "$185k", "₹38L CTC", "TC
    ~$260k", quoted earlier figures). Not tuned on: this is round sixteen's first-sight figure
    (read once, unseen, on 2 December 2026: 159/233 with 15 wrong against the writer's truths;
    166/234 with 8 wrong once four titles keep their bracket and three what follows their
    comma, as the README settled that morning, and b42_11's "$20,700 at target" is its bonus
    amount). Tuned on in round seventeen since: the figures
    asserted are tuned."""
    result = _scored("batch42", "forty-second batch", capsys)
    assert (result.right, result.stated) == (232, 234)
    assert result.wrong == []
    assert result.fully_right == 22


def test_reading_the_forty_third_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (offers
    under pay-transparency rules: bands and ranges, grade and step tables, zones, peers'
    medians beside the offered figure). Not tuned on: this is round sixteen's first-sight
    figure (read once, unseen, on 2 December 2026: 207/227 with 7 wrong against the writer's
    truths, 209/227 with 5 wrong once two towns keep the state the letter writes after them,
    as the README settled that morning). Tuned on in round seventeen since: the figures
    asserted are tuned."""
    result = _scored("batch43", "forty-third batch", capsys)
    assert (result.right, result.stated) == (227, 227)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_forty_fourth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (Greater China
    and South-East Asia: Chinese, Thai, Vietnamese, Indonesian and Malay letters, 万 and ×15 薪,
    ROC and Buddhist years, AWS and THR). Not tuned on: this is round sixteen's first-sight
    figure (read once, unseen, on 2 December 2026). Tuned on in round seventeen since: the
    figures asserted are tuned."""
    result = _scored("batch44", "forty-fourth batch", capsys)
    assert (result.right, result.stated) == (228, 228)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_forty_fifth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (total-rewards
    statements: Year 1–4, Target / Maximum and Current / Offered columns, per-year vesting
    values beside the grant). Not tuned on: this is round sixteen's first-sight figure (read
    once, unseen, on 2 December 2026). Tuned on in round seventeen since: the figures asserted
    are tuned. Five cliffs of "equal annual tranches" were set to 12 months on 2 December 2026,
    by round seven's settled rule (they were the batch's five wrong values)."""
    result = _scored("batch45", "forty-fifth batch", capsys)
    assert (result.right, result.stated) == (311, 311)
    assert result.wrong == []
    assert result.fully_right == 24


def test_reading_the_forty_sixth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (bilingual and
    multilingual letters: Canadian English/French, Belgian French/Dutch, Swiss, Luxembourg,
    Finnish/Swedish, Catalan/Spanish, Welsh, Irish, Hong Kong, originals with an English
    translation). Kept from round seventeen's engineers: this is round seventeen's first-sight
    figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch46", "forty-sixth batch", capsys)
    assert (result.right, result.stated) == (199, 229)
    assert len(result.wrong) == 11
    assert result.fully_right == 8


def test_reading_the_forty_seventh_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (regulated and
    security-cleared employers: clearances, grades and steps, locality pay, clearance bonuses,
    W-2 hourly contracts). Kept from round seventeen's engineers: this is round seventeen's
    first-sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch47", "forty-seventh batch", capsys)
    assert (result.right, result.stated) == (196, 206)
    assert len(result.wrong) == 4
    assert result.fully_right == 16


def test_reading_the_forty_eighth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (acquisitions,
    transfers and conversions: acqui-hires, TUPE and Betriebsübergang, contractor conversions,
    return offers, old and new figures side by side). Kept from round seventeen's engineers:
    this is round seventeen's first-sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch48", "forty-eighth batch", capsys)
    assert (result.right, result.stated) == (202, 232)
    assert len(result.wrong) == 5
    assert result.fully_right == 10


def test_reading_the_forty_ninth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (documents
    exported from Google Docs, Notion, Confluence, Pages and others: callouts, property tables,
    struck-out figures, front matter, print headers). Kept from round seventeen's engineers:
    this is round seventeen's first-sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch49", "forty-ninth batch", capsys)
    assert (result.right, result.stated) == (241, 252)
    assert len(result.wrong) == 2
    assert result.fully_right == 17


def test_reading_the_fiftieth_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (central and
    eastern Europe, the Nordics and the Baltics in their own languages: Finnish, Estonian,
    Latvian, Lithuanian, Czech, Slovak, Hungarian, Romanian, Bulgarian, Serbian, Croatian,
    Slovenian, Ukrainian, Danish, Icelandic). Kept from round seventeen's engineers: this is
    round seventeen's first-sight figure (read once, unseen, on 2 December 2026)."""
    result = _scored("batch50", "fiftieth batch", capsys)
    assert (result.right, result.stated) == (114, 234)
    assert len(result.wrong) == 1
    assert result.fully_right == 7


def test_reading_the_fifty_first_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (Australia, New
    Zealand, South Africa, Ireland and Scotland: superannuation, KiwiSaver, CTC packages, TFR,
    day-first dates). Kept from round seventeen's engineers: this is round seventeen's first-
    sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch51", "fifty-first batch", capsys)
    assert (result.right, result.stated) == (207, 225)
    assert result.wrong == []
    assert result.fully_right == 15


def test_reading_the_fifty_second_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (South Asia
    beyond India, the Middle East and North Africa: lakh grouping, allowances beside the basic
    salary, Hijri dates, Gulf packages). Kept from round seventeen's engineers: this is round
    seventeen's first-sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch52", "fifty-second batch", capsys)
    assert (result.right, result.stated) == (175, 210)
    assert len(result.wrong) == 3
    assert result.fully_right == 5


def test_reading_the_fifty_third_batch(capsys: Any) -> None:
    """24 letters written after round sixteen by a writer who never read the reader (short, partial
    and informal confirmations: verbal-offer mails, portal notifications, texts, calendar
    invites, offers pending approval). Kept from round seventeen's engineers: this is round
    seventeen's first-sight figure (read once, unseen, on 2 December 2026).
    Round nineteen tuned on it since: the figures asserted are tuned."""
    result = _scored("batch53", "fifty-third batch", capsys)
    assert (result.right, result.stated) == (135, 144)
    assert len(result.wrong) == 3
    assert result.fully_right == 16


def test_reading_the_fifty_fourth_batch(capsys: Any) -> None:
    """24 letters written on 2 December 2026 by a writer who never read the reader (ordinary
    offers from mid-size product companies hiring software engineers: en-US, en-GB, en-IN,
    German, French and Dutch). This is round seventeen's reader's first-sight figure on them
    (read once, unseen, on 2 December 2026: 237 of 247 right, 2 wrong). Two wrong kinds seen
    there were fixed since (a remote role based in a country, a first tranche's wait): the
    figures asserted are tuned."""
    result = _scored("batch54", "fifty-fourth batch", capsys)
    assert (result.right, result.stated) == (242, 247)
    assert result.wrong == []
    assert result.fully_right == 20


def test_reading_the_fifty_sixth_batch(capsys: Any) -> None:
    """24 letters written on 2 December 2026 by a writer who never read the reader (IT services
    firms, consultancies and agencies: Indian CTC annexures, German IT-Dienstleister, French ESN,
    Dutch detacheerders, UK and US consultancies). This is round seventeen's reader's
    first-sight figure on them (read once, unseen, on 2 December 2026: 204 of 220
    right, 1 wrong). Its wrong kind was fixed since: the figures asserted are tuned."""
    result = _scored("batch56", "fifty-sixth batch", capsys)
    assert (result.right, result.stated) == (214, 220)
    assert result.wrong == []
    assert result.fully_right == 18


def test_reading_the_fifty_eighth_batch(capsys: Any) -> None:
    """24 letters written on 3 December 2026 by a writer who never read the reader (large tech
    companies and scale-ups: cloud, fintech, marketplaces, developer tools; en-US, en-GB,
    en-IN, German, French and Dutch). Read once, unseen, by round nineteen's reader on
    3 December 2026 (241 of 254 right, 4 wrong: its first-sight figure). One wrong kind was
    fixed since (a specialism after a gender marker's comma), and a "Signing-Bonus" is the
    sign-on: the figures asserted are tuned."""
    result = _scored("batch58", "fifty-eighth batch", capsys)
    assert (result.right, result.stated) == (247, 254)
    assert len(result.wrong) == 1
    assert result.fully_right == 18


def test_reading_the_fifty_ninth_batch(capsys: Any) -> None:
    """24 letters written on 3 December 2026 by a writer who never read the reader (Canada,
    Australia, New Zealand, Ireland, Singapore, the US and the UK, money mostly written with a
    bare "$": the country is read from the letter). Read once, unseen, by round nineteen's
    reader on 3 December 2026 (211 of 220 right, 4 wrong: its first-sight figure). One wrong
    kind was fixed since (a form's return date in a list item taken for the reply date), and
    a track's bracket is no longer kept in a title, nor a travel grant read as equity: the
    figures asserted are tuned."""
    result = _scored("batch59", "fifty-ninth batch", capsys)
    assert (result.right, result.stated) == (213, 220)
    assert len(result.wrong) == 1
    assert result.fully_right == 19


def test_reading_the_sixtieth_batch(capsys: Any) -> None:
    """16 letters written on 3 December 2026 by a writer who never read the reader (German,
    Austrian and Swiss German, Dutch and Flemish, French, Swiss and Belgian French: Mittelstand
    manufacturers, banks, insurers, public bodies, agencies; monthly pay, 13th and 14th month,
    collective-agreement grades). Read once, unseen, by round nineteen's reader (61fd187) on
    3 December 2026 (126/144, 6 wrong, 5/16 letters fully right: its first-sight figure), then
    tuned on in round twenty, so the figures asserted are tuned."""
    result = _scored("batch60", "sixtieth batch", capsys)
    assert (result.right, result.stated) == (137, 144)
    assert len(result.wrong) == 5
    assert result.fully_right == 9


def test_reading_the_sixty_first_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (equity-heavy
    start-ups and scale-ups: options, RSUs, phantom shares, VSOP and BSPCE with every kind of
    vesting, strike prices and valuations that are no grant value). Read once, unseen, by round
    twenty's reader (29e7ffb) on 4 December 2026 (178/193, 2 wrong, 5/16 letters fully right:
    its first-sight figure), then tuned on in round twenty, so the figures asserted are tuned."""
    result = _scored("batch61", "sixty-first batch", capsys)
    assert (result.right, result.stated) == (192, 193)
    assert result.wrong == []
    assert result.fully_right == 15


def test_reading_the_sixty_second_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (India's CTC
    tables with lakh figures, fixed and variable pay, states and PIN codes; Dutch, Belgian and
    German letters to candidates abroad). Read once, unseen, by round twenty's reader (29e7ffb)
    (144/161, 10 wrong; 145/161 and 9 wrong once b62_16's title is corrected to the settled rule
    on a role's abbreviation: its first-sight figure), then tuned on in round twenty, so the
    figures asserted are tuned."""
    result = _scored("batch62", "sixty-second batch", capsys)
    assert (result.right, result.stated) == (157, 161)
    assert result.wrong == []
    assert result.fully_right == 13


def test_reading_the_sixty_third_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (public
    bodies, universities, hospitals, institutes and NGOs: pay scales, fixed terms, starts subject
    to checks, places named by campus or hospital site). Read once, unseen, by round twenty's
    reader (29e7ffb) (104/130, 9 wrong; 105/130 and 8 wrong once twelve places are corrected to
    the settled rule that the location is the town, not its campus or site: its first-sight
    figure), then tuned on in round twenty, so the figures asserted are tuned."""
    result = _scored("batch63", "sixty-third batch", capsys)
    assert (result.right, result.stated) == (115, 130)
    assert len(result.wrong) == 2
    assert result.fully_right == 6


def test_reading_the_sixty_fourth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (mid-size
    companies' offers sent as e-mails: plain and HTML bodies, attachments, forwarded and quoted
    messages, signatures, summary tables). Read once, unseen, by round twenty's reader (29e7ffb)
    (153/159, 1 wrong, 11/16 letters fully right: its first-sight figure), then tuned on in
    round twenty, so the figures asserted are tuned."""
    result = _scored("batch64", "sixty-fourth batch", capsys)
    assert (result.right, result.stated) == (158, 159)
    assert len(result.wrong) == 1
    assert result.fully_right == 14


def test_reading_the_sixty_fifth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (ordinary
    software-engineering offers from product companies in the six locales). Read once, unseen,
    by round twenty's reader at 2b5dbcc (162/172, 1 wrong, 7/16 letters fully right: its
    first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch65", "sixty-fifth batch", capsys)
    assert (result.right, result.stated) == (167, 172)
    assert result.wrong == []
    assert result.fully_right == 11


def test_reading_the_sixty_sixth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (senior and
    leadership offers: long letters, RSUs in units and value, refresh and retention grants,
    sign-on clawbacks, relocation, non-competes). Read once, unseen, at 2b5dbcc (178/209,
    3 wrong: its first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch66", "sixty-sixth batch", capsys)
    assert (result.right, result.stated) == (194, 209)
    assert len(result.wrong) == 2
    assert result.fully_right == 9


def test_reading_the_sixty_seventh_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader
    (early-career offers: graduate schemes, apprenticeships, campus hires, working students,
    trainee programmes). Read once, unseen, at 2b5dbcc (129/145, 7 wrong; 130/145 and 6 wrong
    once b67_05's title is corrected to the settled rule on a role's abbreviation: its
    first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch67", "sixty-seventh batch", capsys)
    assert (result.right, result.stated) == (139, 145)
    assert result.wrong == []
    assert result.fully_right == 12


def test_reading_the_sixty_eighth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (awkward
    layouts: two-column PDFs, tables of several terms a row, DOCX with terms in the header and
    a box, ATS e-mails, a recruiter's call notes, hard-wrapped CRLF text). Read once, unseen,
    at 2b5dbcc (155/176, 2 wrong, 7/16 letters fully right: its first-sight figure), then
    tuned on, so the figures asserted are tuned."""
    result = _scored("batch68", "sixty-eighth batch", capsys)
    assert (result.right, result.stated) == (168, 176)
    assert result.wrong == []
    assert result.fully_right == 11


def test_reading_the_sixty_ninth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (an ordinary
    week of offers in English and German from nine countries). Read once, unseen, by round
    twenty's reader at 2e82690 (141/157, 6 wrong, 6/16 letters fully right: its first-sight
    figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch69", "sixty-ninth batch", capsys)
    assert (result.right, result.stated) == (145, 157)
    assert len(result.wrong) == 1
    assert result.fully_right == 9


def test_reading_the_seventieth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (revised,
    counter and improved offers: threads with the first offer quoted, current terms beside the
    new, many other figures and dates). Read once, unseen, at 2e82690 (137/173, 10 wrong,
    4/16 letters fully right: its first-sight figure), then tuned on, so the figures asserted
    are tuned."""
    result = _scored("batch70", "seventieth batch", capsys)
    assert (result.right, result.stated) == (156, 173)
    assert result.wrong == []
    assert result.fully_right == 9


def test_reading_the_seventy_first_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (product,
    design, data, IT support, QA, writing, solutions, DevRel, hardware and lab automation
    roles; hourly, monthly and yearly pay; terse e-mails and long letters). Read once, unseen,
    at 2e82690 (155/159, 1 wrong, 13/16 letters fully right: its first-sight figure), then
    tuned on, so the figures asserted are tuned."""
    result = _scored("batch71", "seventy-first batch", capsys)
    assert (result.right, result.stated) == (156, 159)
    assert result.wrong == []
    assert result.fully_right == 14


def test_reading_the_seventy_second_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (small firms
    without HR: founders' and recruiters' informal offers, "95k", "12 LPA", "€4.5k/month",
    "Jan 4th", "EOD Friday"). Read once, unseen, at 2e82690 (124/158, 4 wrong, 4/16 letters
    fully right: its first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch72", "seventy-second batch", capsys)
    assert (result.right, result.stated) == (140, 158)
    assert result.wrong == []
    assert result.fully_right == 4


def test_reading_the_seventy_third_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (formal UK,
    Irish and US letters with numbered clauses, conditions precedent, pensions and notice).
    Read once, unseen, by round twenty's reader at 6a8e565 (119/145, 2 wrong, 5/16 letters
    fully right: its first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch73", "seventy-third batch", capsys)
    assert (result.right, result.stated) == (129, 145)
    assert result.wrong == []
    assert result.fully_right == 5


def test_reading_the_seventy_fourth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (German,
    Austrian, Swiss, Dutch and French offers in their own languages). Read once, unseen, at
    6a8e565 (148/156, 1 wrong, 9/16 letters fully right: its first-sight figure); the figures
    asserted are those of the reader since."""
    result = _scored("batch74", "seventy-fourth batch", capsys)
    assert (result.right, result.stated) == (149, 156)
    assert len(result.wrong) == 1
    assert result.fully_right == 9


def test_reading_the_seventy_fifth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (Indian
    offers and appointment letters with CTC annexures, bonds, postings and training centres;
    a few US and Singapore offers to Indian candidates). Read once, unseen, at 6a8e565
    (162/175, 1 wrong, 9/16 letters fully right: its first-sight figure); the figures asserted
    are those of the reader since."""
    result = _scored("batch75", "seventy-fifth batch", capsys)
    assert (result.right, result.stated) == (169, 175)
    assert result.wrong == []
    assert result.fully_right == 12


def test_reading_the_seventy_sixth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (US tech
    offers: big tech, unicorns, SaaS, defense, universities; RSUs, sign-on clawbacks, DocuSign
    mails, recruiter recaps). Read once, unseen, at 6a8e565 (170/180, none wrong, 8/16 letters
    fully right: its first-sight figure); the figures asserted are those of the reader since."""
    result = _scored("batch76", "seventy-sixth batch", capsys)
    assert (result.right, result.stated) == (175, 180)
    assert result.wrong == []
    assert result.fully_right == 11


def test_reading_the_seventy_seventh_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (a month of
    offers to a software engineer in Europe's hubs, written in English). Read once, unseen, by
    round twenty's reader at 1307f5e (151/158, 2 wrong, 10/16 letters fully right: its
    first-sight figure), then tuned on, so the figures asserted are tuned."""
    result = _scored("batch77", "seventy-seventh batch", capsys)
    assert (result.right, result.stated) == (155, 158)
    assert result.wrong == []
    assert result.fully_right == 13


def test_reading_the_seventy_eighth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (a month of
    offers to a software engineer in the US, Canada, Québec in French, and India). Read once,
    unseen, at 1307f5e (174/183, 3 wrong, 11/16 letters fully right: its first-sight figure),
    then tuned on, so the figures asserted are tuned."""
    result = _scored("batch78", "seventy-eighth batch", capsys)
    assert (result.right, result.stated) == (175, 183)
    assert len(result.wrong) == 2
    assert result.fully_right == 11


def test_reading_the_seventy_ninth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (offers to
    software engineers, twelve in English and four in German, from nine countries, every
    layout). Read once, unseen, by round twenty's reader at cc42181 (162/166, 2 wrong, 12/16
    letters fully right: its first-sight figure); the figures asserted are the reader's since."""
    result = _scored("batch79", "seventy-ninth batch", capsys)
    assert (result.right, result.stated) == (163, 166)
    assert len(result.wrong) == 1
    assert result.fully_right == 13


def test_reading_the_eightieth_batch(capsys: Any) -> None:
    """16 letters written on 4 December 2026 by a writer who never read the reader (data, ML
    and platform engineers in English, German and French: a summary table beside prose, with
    distracting figures and dates). Read once, unseen, at cc42181 (162/168, 1 wrong, 12/16
    letters fully right: its first-sight figure); the figures asserted are the reader's since."""
    result = _scored("batch80", "eightieth batch", capsys)
    assert (result.right, result.stated) == (163, 168)
    assert result.wrong == []
    assert result.fully_right == 12
