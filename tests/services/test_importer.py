"""The import service on real files and a real database: each preset, duplicates,
all or nothing, twice imported, one undo."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobdesk.domain.application import EventKind
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.import_dates import DateOrder
from jobdesk.domain.import_file import Encoding
from jobdesk.domain.import_plan import UNDATED
from jobdesk.domain.import_presets import Field, Meaning
from jobdesk.services.bundle import Services
from jobdesk.services.importer import Cancelled, Choices, Duplicates, Importer, Preview

FILES = Path(__file__).parents[1] / "data" / "imports"


def preview(services: Services, name: str, choices: Choices | None = None) -> Preview:
    importer = services.importer
    return importer.preview(importer.read_file(FILES / name), name, choices)


def table_of(services: Services) -> list[tuple[str, str, date, Stage, Outcome]]:
    return sorted(
        (s.company, s.role_title, s.applied_on, s.furthest_stage, s.outcome)
        for s in services.pipeline.summaries()
    )


# name: (rows, new applications, left out as never sent)
COUNTS = {
    "huntr.csv": (8, 7, 1),
    "teal.csv": (7, 6, 1),
    "linkedin.csv": (4, 4, 0),
    "jobsync.csv": (5, 4, 1),
    "german.csv": (5, 5, 0),
    "resume_log.csv": (6, 6, 0),
    "generic.txt": (4, 4, 0),
    "notion.csv": (4, 3, 1),
    "sheets.csv": (3, 3, 0),
}


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_each_preset_imports_its_export_whole(services: Services, name: str) -> None:
    rows, new, left_out = COUNTS[name]
    seen = preview(services, name)
    assert (len(seen.table.rows), seen.new_count, seen.plan.left_out) == (rows, new, left_out)
    assert seen.blocking == ()
    result = services.importer.run(seen)
    assert (result.added, result.merged, result.skipped) == (new, 0, 0)
    assert services.pipeline.count() == new


def test_huntr_stages_outcomes_and_honest_dates(services: Services) -> None:
    services.importer.run(preview(services, "huntr.csv"))
    assert table_of(services) == [
        ("Datadog", "SRE", date(2026, 9, 15), Stage.APPLIED, Outcome.ACTIVE),
        ("Figma", "Software Engineer", date(2026, 9, 10), Stage.RESPONDED, Outcome.REJECTED),
        ("Linear", "Product Engineer", date(2026, 9, 8), Stage.OFFER, Outcome.ACTIVE),
        ("Monzo", "Platform Engineer", date(2026, 9, 3), Stage.SCREEN, Outcome.ACTIVE),
        ("Ramp", "Senior Engineer, Payments", date(2026, 9, 5), Stage.FINAL, Outcome.ACTIVE),
        ("Stripe", "Backend Engineer", date(2026, 9, 2), Stage.APPLIED, Outcome.ACTIVE),
        (
            "Vercel",
            "Developer Experience Engineer",
            date(2026, 9, 12),
            Stage.SCREEN,
            Outcome.ACTIVE,
        ),
    ]
    ramp = next(a for a in services.pipeline.applications() if a.details.company == "Ramp")
    # The file does not date the onsite: it sits on the applied date, backfilled, and says so.
    (event,) = ramp.events
    assert (event.kind, event.on, event.backfilled) == (EventKind.STAGE, date(2026, 9, 5), True)
    assert event.note == f"From huntr.csv (status “Onsite”): {UNDATED}"
    assert ramp.details.notes == "Prep:\nsystem design, payments"
    assert ramp.details.salary_text == "$180,000"


def test_a_status_date_in_the_file_dates_the_step(services: Services) -> None:
    services.importer.run(preview(services, "resume_log.csv"))
    hooli = next(a for a in services.pipeline.applications() if a.details.company == "Hooli")
    assert [(e.kind, e.on, e.stage, e.outcome) for e in hooli.events] == [
        (EventKind.STAGE, date(2026, 8, 1), Stage.FINAL, None),
        (EventKind.OUTCOME, date(2026, 8, 1), Stage.FINAL, Outcome.REJECTED),
    ]
    # Dated by the file: no note that the date is a guess; the file's own word is kept.
    assert hooli.events[0].note == "From resume_log.csv (status “rejected after onsite”)"
    assert (hooli.details.resume_variant, hooli.details.channel) == (
        "v2-backend",
        Channel.RECRUITER,
    )
    assert services.pipeline.resume_variants() == ["v1-generalist", "v2-backend", "v3-platform"]


def test_german_cp1252_dates_and_decimal_commas(services: Services) -> None:
    services.importer.run(preview(services, "german.csv"))
    apps = {a.details.company: a for a in services.pipeline.applications()}
    mueller = apps["Müller & Söhne"]
    assert mueller.details.applied_on == date(2026, 3, 12)
    assert mueller.details.salary_text == "58.500,50 €"
    assert mueller.details.channel is Channel.REFERRAL
    assert apps["Öko Energie eG"].furthest_stage is Stage.OFFER
    assert apps["Straßenbahn AG"].outcome is Outcome.REJECTED


def test_linkedin_dates_with_a_time_and_the_resume_used(services: Services) -> None:
    services.importer.run(preview(services, "linkedin.csv"))
    apps = {a.details.company: a for a in services.pipeline.applications()}
    acme = apps["Acme Corp"]
    assert acme.details.applied_on == date(2025, 11, 3)
    assert acme.details.resume_variant == "resume-backend-v2.pdf"
    assert acme.details.job_url == "https://www.linkedin.com/jobs/view/1"
    # Its "Contact Email" is the applicant's own address: no contact is made of it.
    assert acme.details.contacts == ()
    assert "me@example.com" not in acme.details.notes
    assert "Years of experience: 7" in apps["Globex"].details.notes


def test_teal_withdrawn_and_no_response(services: Services) -> None:
    services.importer.run(preview(services, "teal.csv"))
    apps = {a.details.company: a for a in services.pipeline.applications()}
    assert apps["Shopify"].outcome is Outcome.WITHDRAWN
    assert apps["Müller Systems"].outcome is Outcome.GHOSTED
    assert apps["Société Générale"].details.role_title == "Développeur Backend"
    assert "Wise" not in apps  # bookmarked, never sent


def test_bad_lines_block_the_whole_file_and_nothing_is_imported(services: Services) -> None:
    seen = preview(services, "bad_lines.csv")
    assert [(p.line, p.blocking) for p in seen.problems] == [
        (3, True),
        (4, True),
        (5, False),
        (5, True),
        (6, False),
        (7, True),
        (8, True),
    ]
    assert not seen.can_import
    with pytest.raises(UserError, match="nothing was imported"):
        services.importer.run(seen)
    assert services.pipeline.count() == 0


def test_ambiguous_dates_are_asked_then_read_in_the_order_chosen(services: Services) -> None:
    seen = preview(services, "ambiguous.csv")
    assert [(p.line, p.blocking) for p in seen.problems] == [(0, True)]
    assert "day first or month first" in seen.problems[0].text
    chosen = preview(services, "ambiguous.csv", Choices(date_order=DateOrder.DAY_FIRST))
    assert [p.details.applied_on for p in chosen.plan.proposals] == [
        date(2026, 4, 3),
        date(2026, 6, 5),
    ]


def test_importing_the_same_file_twice_changes_nothing(services: Services) -> None:
    services.importer.run(preview(services, "huntr.csv"))
    before = services.pipeline.applications()
    again = preview(services, "huntr.csv")
    assert (again.new_count, len(again.duplicates)) == (0, 7)
    for duplicates in Duplicates:
        result = services.importer.run(again, duplicates)
        assert (result.change, result.added, result.skipped) == (None, 0, 7)
        assert result.text().startswith("Nothing new to import: all 7 rows")
    assert services.pipeline.applications() == before


def test_one_undo_takes_the_whole_import_back_and_redo_brings_it(services: Services) -> None:
    services.pipeline.load_sample()
    sample = table_of(services)
    result = services.importer.run(preview(services, "resume_log.csv"))
    assert result.change is not None and result.change.everything
    assert services.pipeline.undo_text() == "Import 6 applications from resume_log.csv"
    imported = table_of(services)
    assert len(imported) == len(sample) + 6
    services.pipeline.undo()
    assert table_of(services) == sample
    services.pipeline.redo()
    assert table_of(services) == imported


def test_duplicates_in_jobdesk_are_skipped_or_merged(services: Services) -> None:
    services.importer.run(preview(services, "generic.txt"))
    # The same applications, further on and with more to say.
    later = (
        b"Employer,Position,Stage,Date applied,Location,Notes\n"
        b"Initech,Backend Engineer,rejected after phone screen,2026-10-01,Austin,said no\n"
        b"Globex,Senior Engineer,phone screen,2026-10-03,Remote,\n"
        b"Umbrella,SRE,Applied,2026-10-09,,\n"
    )
    seen = services.importer.preview(later, "later.csv")
    assert [(d.line, d.existing_id is not None) for d in seen.duplicates] == [(2, True), (3, True)]
    assert seen.summary() == "3 rows: 1 new application, 2 already in jobdesk."
    skipped = services.importer.run(seen, Duplicates.SKIP)
    assert (skipped.added, skipped.merged, skipped.skipped) == (1, 0, 2)
    services.pipeline.undo()
    merged = services.importer.run(seen, Duplicates.MERGE)
    # Globex adds nothing new; Initech gains its screen, the rejection and the note.
    assert (merged.added, merged.merged, merged.skipped) == (1, 1, 1)
    initech = next(a for a in services.pipeline.applications() if a.details.company == "Initech")
    assert (initech.furthest_stage, initech.outcome) == (Stage.SCREEN, Outcome.REJECTED)
    assert initech.details.notes == "said no"
    again = services.importer.run(services.importer.preview(later, "later.csv"), Duplicates.MERGE)
    assert (again.change, again.skipped) == (None, 3)
    services.pipeline.undo()  # the merge and the new one go back together
    initech = next(a for a in services.pipeline.applications() if a.details.company == "Initech")
    assert (initech.furthest_stage, initech.outcome, initech.details.notes) == (
        Stage.APPLIED,
        Outcome.ACTIVE,
        "",
    )
    assert services.pipeline.count() == 4


def test_duplicates_within_the_file_become_one(services: Services) -> None:
    data = (
        b"Company,Role,Status,Applied\n"
        b"Acme,Dev,Applied,2026-10-01\n"
        b"ACME, dev ,onsite,2026-10-01\n"
        b"Acme,Dev,Applied,2026-10-02\n"
    )
    seen = services.importer.preview(data, "twice.csv")
    assert [(d.line, d.earlier_line) for d in seen.duplicates] == [(3, 2)]
    assert seen.summary() == "3 rows: 2 new applications, 1 repeating an earlier line."
    result = services.importer.run(seen, Duplicates.MERGE)
    assert (result.added, result.skipped) == (2, 1)
    assert table_of(services) == [
        ("Acme", "Dev", date(2026, 10, 1), Stage.FINAL, Outcome.ACTIVE),
        ("Acme", "Dev", date(2026, 10, 2), Stage.APPLIED, Outcome.ACTIVE),
    ]


def test_the_mapping_and_status_words_can_be_changed(services: Services) -> None:
    seen = preview(services, "huntr.csv")
    fields = list(seen.fields)
    fields[seen.table.header.index("Location")] = Field.IGNORE
    choices = Choices(
        fields=tuple(fields),
        meanings={
            "interview": Meaning(Stage.TECHNICAL),
            "rejected": Meaning(Stage.SCREEN, Outcome.REJECTED),
        },
    )
    services.importer.run(preview(services, "huntr.csv", choices))
    apps = {a.details.company: a for a in services.pipeline.applications()}
    assert apps["Vercel"].furthest_stage is Stage.TECHNICAL
    assert (apps["Figma"].furthest_stage, apps["Figma"].outcome) == (Stage.SCREEN, Outcome.REJECTED)
    assert all(a.details.location == "" for a in apps.values())


def test_a_wishlist_row_counted_as_sent_needs_its_date(services: Services) -> None:
    seen = preview(services, "huntr.csv", Choices(meanings={"wishlist": Meaning()}))
    assert [str(p) for p in seen.blocking] == [
        "Line 8: the applied date is empty. Fill it in, or delete the line."
    ]


def test_an_unknown_status_word_is_read_as_applied_and_said(services: Services) -> None:
    data = b"Company,Role,Status,Applied\nAcme,Dev,Purple,2026-10-01\n"
    seen = services.importer.preview(data, "odd.csv")
    assert seen.meanings == {"purple": None}
    assert [(p.line, p.blocking) for p in seen.problems] == [(0, False)]
    assert "“purple” is not one jobdesk knows" in seen.problems[0].text
    assert seen.can_import


def test_the_encoding_and_preset_can_be_chosen(services: Services) -> None:
    seen = preview(services, "teal.csv", Choices(encoding=Encoding.CP1252, preset="generic"))
    assert seen.preset.key == "generic"
    assert seen.plan.proposals[0].details.company == "Société Générale"
    with pytest.raises(UserError, match="no preset called “nope”"):
        preview(services, "teal.csv", Choices(preset="nope"))


def big_file(rows: int) -> bytes:
    lines = ["Company,Role,Status,Applied"]
    lines += [f"Company {i},Engineer {i % 7},Applied,2026-{1 + i % 10:02d}-15" for i in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def test_cancelling_rolls_every_row_back(services: Services) -> None:
    seen = services.importer.preview(big_file(500), "big.csv")
    cancel = threading.Event()
    told: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        told.append((done, total))
        if done == 200:
            cancel.set()

    with pytest.raises(Cancelled, match="Nothing was imported"):
        services.importer.run(seen, progress=progress, cancel=cancel)
    assert told == [(50, 500), (100, 500), (150, 500), (200, 500)]
    assert services.pipeline.count() == 0
    assert services.pipeline.undo_text() is None


def test_a_storage_failure_midway_leaves_nothing(services: Services, db: object) -> None:
    seen = services.importer.preview(big_file(120), "big.csv")

    def fail(done: int, total: int) -> None:
        if done == 100:
            raise OSError("the disk went away")

    with pytest.raises(OSError):
        services.importer.run(seen, progress=fail)
    assert services.pipeline.count() == 0


def test_the_importer_uses_its_own_today(services: Services) -> None:
    importer = Importer(services.pipeline, today=lambda: date(2026, 9, 4))
    seen = importer.preview(importer.read_file(FILES / "huntr.csv"), "huntr.csv")
    # Rows sent after that "today" are in the future: each is a problem on its line.
    assert [p.line for p in seen.blocking] == [4, 6, 7, 9, 10]


def test_redo_puts_back_exactly_what_was_imported(services: Services) -> None:
    from jobdesk.store import facts

    services.importer.run(preview(services, "resume_log.csv"))
    imported = services.pipeline.applications()
    assert facts.rebuild() == 0  # the kept facts match the imported history
    services.pipeline.undo()
    services.pipeline.redo()
    # Ids, events with their ids and notes, contacts: the snapshot is the stored row.
    assert services.pipeline.applications() == imported


def test_a_known_companys_size_and_industry_are_kept(services: Services) -> None:
    from jobdesk.domain.application import ApplicationDetails
    from jobdesk.domain.enums import SizeBand

    services.pipeline.add(
        ApplicationDetails("Acme", "Other role", date(2026, 5, 1), SizeBand.LARGE, "Robots")
    )
    services.importer.run(preview(services, "resume_log.csv"))
    assert ("Acme", SizeBand.LARGE, "Robots") in services.pipeline.companies()
    services.pipeline.undo()
    services.pipeline.redo()
    assert ("Acme", SizeBand.LARGE, "Robots") in services.pipeline.companies()


def test_a_row_with_no_applied_date_takes_the_day_it_was_added(services: Services) -> None:
    data = (
        b"Company,Title,List,Date Added,Date Applied\n"
        b"Acme,Dev,Applied,2026-10-01,\n"
        b"Globex,SRE,Applied,2026-10-02,2026-10-05\n"
    )
    seen = services.importer.preview(data, "huntr.csv")
    assert seen.preset.key == "huntr"
    assert seen.blocking == ()
    acme, globex = seen.plan.proposals
    assert (acme.details.applied_on, globex.details.applied_on) == (
        date(2026, 10, 1),
        date(2026, 10, 5),
    )
    assert acme.details.notes == (
        "Applied: not in the file; the date it was added (2026-10-01) is used"
    )


def test_a_notion_export_names_the_role_in_its_name_column(services: Services) -> None:
    seen = preview(services, "notion.csv")
    assert seen.fields[:2] == (Field.ROLE, Field.COMPANY)
    services.importer.run(seen)
    assert table_of(services) == [
        ("Acme", "Backend Engineer", date(2025, 11, 3), Stage.APPLIED, Outcome.ACTIVE),
        ("Globex", "Platform Engineer", date(2025, 10, 21), Stage.SCREEN, Outcome.ACTIVE),
        ("Initech", "Staff Engineer", date(2025, 10, 2), Stage.RESPONDED, Outcome.REJECTED),
    ]


def test_a_sheets_tracker_brings_its_contact_and_follow_up(services: Services) -> None:
    seen = preview(services, "sheets.csv")
    assert seen.plan.date_order is DateOrder.DAY_FIRST  # 14/10/2026 reads only one way
    services.importer.run(seen)
    acme = next(a for a in services.pipeline.applications() if a.details.company == "Acme")
    assert [(c.name, c.email) for c in acme.details.contacts] == [
        ("Dana Reyes", "dana@acme.example")
    ]
    assert (acme.details.next_step, acme.details.next_step_on) == ("Follow up", date(2026, 11, 25))
    assert acme.details.notes == "Send portfolio"


def test_a_file_without_a_needed_column_says_which(services: Services) -> None:
    seen = services.importer.preview(b"Firm name,Colour\nAcme,blue\n", "odd.csv")
    assert [str(p) for p in seen.blocking] == [
        "No column holds the company, the role and the applied date: choose it among the "
        "columns (or the file is not a list of applications)."
    ]
    only_added = services.importer.preview(
        b"Company,Role,Date added\nAcme,Dev,2026-10-01\n", "added.csv"
    )
    assert only_added.can_import


# --- any file: the second import changes nothing ------------------------------------------

_STATUSES = [
    "Applied",
    "Interviewing",
    "phone screen",
    "onsite",
    "rejected after onsite",
    "Not Selected",
    "No Response",
    "I Withdrew",
    "offer!!",
    "Accepted",
    "Wishlist",
    "",
]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(
            st.sampled_from(["Acme", "ACME", "Globex", "Initech", "Müller GmbH"]),
            st.sampled_from(["Dev", "SRE", "Backend Engineer"]),
            st.sampled_from(_STATUSES),
            st.dates(date(2026, 1, 1), date(2026, 11, 20)),
            st.sampled_from(["", "a note", "=SUM(A1:A2)"]),
        ),
        min_size=1,
        max_size=12,
    ),
    duplicates=st.sampled_from(list(Duplicates)),
)
def test_a_second_import_of_any_file_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory,
    rows: list[tuple[str, str, str, date, str]],
    duplicates: Duplicates,
) -> None:
    import csv
    import io

    from jobdesk.paths import Paths, prepare
    from jobdesk.services.bundle import build_services
    from jobdesk.store.database import open_database

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Company", "Role", "Status", "Date applied", "Notes"])
    writer.writerows([(c, r, s, f"{d:%Y-%m-%d}", n) for c, r, s, d, n in rows])
    data = out.getvalue().encode()
    paths = prepare(Paths(tmp_path_factory.mktemp("twice") / "data"))
    db = open_database(paths.database, paths.backups)
    try:
        services = build_services(db, paths, today=lambda: date(2026, 11, 20))
        importer = services.importer
        first = importer.run(importer.preview(data, "any.csv"), duplicates)
        stored = services.pipeline.applications()
        sent = {(c.casefold(), r, d) for c, r, s, d, _n in rows if s != "Wishlist"}
        assert first.added == len(stored) == len(sent)
        again = importer.run(importer.preview(data, "any.csv"), duplicates)
        assert again.change is None
        assert services.pipeline.applications() == stored
    finally:
        db.close()


def test_a_row_missing_only_its_last_empty_cells_still_imports(services: Services) -> None:
    seen = services.importer.preview(b"Company,Role,Applied,Notes\nAcme,Dev,2026-10-01\n", "x.csv")
    assert [(p.line, p.blocking) for p in seen.problems] == [(2, False)]
    assert seen.can_import
    # A line broken in two leaves its second half without a company, role or date: refused.
    broken = services.importer.preview(
        b"Company,Role,Applied,Notes\nAcme,Dev,2026-10-01,first half\nof the note\n", "y.csv"
    )
    assert [(p.line, p.blocking) for p in broken.problems] == [(3, False), (3, True)]


def test_lines_with_problems_left_out_the_rest_in_one_undoable_step(services: Services) -> None:
    """A held-out export (tests/data/imports/heldout) with two bad lines: by default it
    imports nothing; leaving them out imports the other 18 rows as one step."""
    path = FILES / "heldout" / "linkedin_job_applications_minimal.csv"
    data = path.read_bytes()
    whole = services.importer.preview(data, path.name)
    assert (whole.can_import, whole.bad_lines, whole.could_skip) == (False, (6, 15), True)
    with pytest.raises(UserError):
        services.importer.run(whole)
    assert services.pipeline.count() == 0
    left = services.importer.preview(data, path.name, Choices(skip_bad_lines=True))
    assert (left.can_import, left.left_out_lines, left.new_count) == (True, (6, 15), 18)
    assert [str(p) for p in left.left_out_problems] == [
        "Line 6: the role is empty. Fill it in, or delete the line.",
        "Line 15: the role is empty. Fill it in, or delete the line.",
    ]
    result = services.importer.run(left)
    assert (result.added, [p.line for p in result.left_out]) == (18, [6, 15])
    assert result.text().startswith("Imported 18 applications. Left out lines 6 and 15, which")
    assert services.pipeline.count() == 18
    assert (
        services.pipeline.undo_text()
        == "Import 18 applications from linkedin_job_applications_minimal.csv"
    )
    services.pipeline.undo()
    assert services.pipeline.count() == 0
    assert services.pipeline.undo_text() is None
