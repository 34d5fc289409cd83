"""Build a data folder of N realistic applications that `jobdesk --data-dir DIR` opens as its own.

What a long search looks like (the shape of `jobdesk/domain/sample.py`, scaled up): most
applications never get a reply, a rejection often comes straight after applying, few reach
an offer. Each application has a dated history that the app's own rules could have written
(stages only forward, dates never before the last event, a reopen only after a close),
including backfilled events, rejections with reasons, ghosted-then-reopened ones,
withdrawals, offers accepted and declined; contacts; feedback requests and the feedback that
came back; offers with their terms; and kept files (CVs, offer letters as real PDF and text
files, a few other documents) in the attachment store, stored the way the app stores them.
Dates fall in the two years up to today.

The rows go in with plain `executemany` into the schema `open_database()` creates, in the
app's own formats; tables that later schema steps keep by trigger fill themselves. The same
seed builds the same folder (for the same `today`).
Run: .venv/bin/python benchmarks/make_data.py --applications 10000 DIR [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from jobdesk.domain.attachments import AttachmentKind  # noqa: E402
from jobdesk.domain.enums import (  # noqa: E402
    Channel,
    ContactRole,
    Outcome,
    RejectionReason,
    SizeBand,
    Stage,
)
from jobdesk.paths import Paths, prepare  # noqa: E402
from jobdesk.services.attachments import FileStore, StoredFile  # noqa: E402
from jobdesk.store.database import open_database  # noqa: E402

SPAN_DAYS = 730  # applications are spread over the two years up to today
NO_RESPONSE_DAYS = 30  # the app's default; older silent ones are left unmarked or ghosted

# How often each channel gets any reply at all (a rejection counts), and how often it is used.
_CHANNELS = {  # channel: (share of applications, reply rate)
    Channel.DIRECT: (34, 0.20),
    Channel.JOB_BOARD: (34, 0.15),
    Channel.REFERRAL: (8, 0.55),
    Channel.RECRUITER: (14, 0.50),
    Channel.OTHER: (10, 0.20),
}
# Of the replies: a rejection straight after applying, or a real reply that goes this far.
_FORM_REJECTION = 0.40
_FURTHEST = {
    Stage.RESPONDED: 26,
    Stage.SCREEN: 34,
    Stage.TECHNICAL: 22,
    Stage.FINAL: 12,
    Stage.OFFER: 6,
}
_STAGE_GAPS = {
    Stage.RESPONDED: (2, 14),
    Stage.SCREEN: (2, 9),
    Stage.TECHNICAL: (4, 12),
    Stage.FINAL: (5, 14),
    Stage.OFFER: (3, 10),
}
_GHOST_REOPEN = 0.06  # a company goes quiet, is marked ghosted, then comes back
_BACKFILLED = 0.12  # events entered days after they happened
_R = RejectionReason
_REASONS = {
    Stage.APPLIED: (_R.NO_REASON, _R.EXPERIENCE_MISMATCH, _R.CLOSER_FIT, _R.FILLED_INTERNALLY),
    Stage.RESPONDED: (_R.FILLED_INTERNALLY, _R.BUDGET, _R.LEVEL_MISMATCH, _R.NO_REASON),
    Stage.SCREEN: (_R.COMMUNICATION, _R.LEVEL_MISMATCH, _R.CULTURE_FIT, _R.BUDGET),
    Stage.TECHNICAL: (_R.TECHNICAL_ROUND, _R.SKILLS_GAP, _R.TECHNICAL_ROUND, _R.CLOSER_FIT),
    Stage.FINAL: (_R.BEHAVIOURAL, _R.CLOSER_FIT, _R.BUDGET),
}
_REASON_NOTES = (
    "Automated email, no feedback.",
    "Went with someone who had payments experience.",
    "Headcount frozen after the funding round slipped.",
    "They were hiring a level below what I asked for.",
    "System design: ran out of time before covering partitioning.",
    "Live coding: froze on the graph problem.",
    "Take-home feedback: tests were thin.",
    "Feedback: my conflict story had no clear outcome.",
)
_FEEDBACK_SAID = (
    "They liked the take-home but wanted more depth on testing.",
    "Strong on architecture; the live coding was too slow for them.",
    "Recruiter said the team wanted someone more senior in Kubernetes.",
    "The hiring manager felt my answers about conflict were vague.",
    "Nothing specific: another candidate was further along.",
    "They wanted clearer examples of leading a project end to end.",
)

_PREFIXES = (
    "North", "Ledger", "Coin", "Quill", "Kestrel", "Medi", "Care", "Stack", "Git", "Lint",
    "Parcel", "Route", "Cart", "Basket", "Loom", "Pixel", "Hollow", "Ember", "Green", "Carbon",
    "Tide", "Solar", "Civic", "Open", "Transit", "Fern", "Claim", "Lern", "Bright", "Hop",
    "Vantage", "Scoot", "Polar", "Sentinel", "Cipher", "Bastion", "Hire", "People", "Key",
    "Wander", "Zephyr", "Larder", "Fresh", "Quay", "Skein", "Signal", "Nova", "Yard", "Rivet",
    "Drift", "Quanta", "Mosaic", "Meridian", "Tally", "Cobalt", "Harbor", "Atlas", "Beacon",
    "Juniper", "Vireo", "Windmill", "Tessel", "Upland", "Lexicon",
)  # fmt: skip
_SUFFIXES = (
    "wind", "line", "wright", "stone", "vale", "bridge", "forge", "smith", "work", "point",
    "wise", "house", "moor", "byte", "grid", "well", "bench", "ly", "graph", "haven", "crate",
    "side", "box", "flow", "stack", "field", "gate", "path", "mark", "shift",
)  # fmt: skip
_KINDS = (
    ("Labs", "developer tools"), ("Health", "healthtech"), ("Pay", "fintech"),
    ("Logistics", "logistics"), ("Commerce", "e-commerce"), ("Games", "gaming"),
    ("Energy", "climate"), ("Digital", "public sector"), ("Insurance", "insurance"),
    ("Learning", "edtech"), ("Mobility", "mobility"), ("Security", "cybersecurity"),
    ("Cloud", "cloud infrastructure"), ("Analytics", "data platforms"), ("Media", "media"),
    ("Robotics", "robotics"), ("Bio", "biotech"), ("Travel", "travel"),
)  # fmt: skip
_SIZES = (
    (SizeBand.STARTUP, 20), (SizeBand.SMALL, 25), (SizeBand.MID, 25),
    (SizeBand.LARGE, 15), (SizeBand.ENTERPRISE, 8), (SizeBand.UNKNOWN, 7),
)  # fmt: skip
_ROLES = (  # title, role type, seniority, weight
    ("Senior Backend Engineer", "backend", "senior", 8),
    ("Backend Engineer", "backend", "mid", 5),
    ("Senior Python Developer", "backend", "senior", 3),
    ("Staff Software Engineer", "backend", "staff", 2),
    ("Platform Engineer", "platform", "mid", 3),
    ("Senior Platform Engineer", "platform", "senior", 3),
    ("Full-Stack Developer", "full-stack", "mid", 3),
    ("Senior Full-Stack Engineer", "full-stack", "senior", 2),
    ("Site Reliability Engineer", "SRE", "mid", 2),
    ("Data Engineer", "data", "mid", 2),
    ("Senior Data Engineer", "data", "senior", 2),
)
_LOCATIONS = (
    ("Remote", 6), ("Remote (EU)", 4), ("Berlin (hybrid)", 6), ("Berlin", 2), ("London", 2),
    ("London (hybrid)", 2), ("Amsterdam (hybrid)", 2), ("Munich (hybrid)", 1), ("Dublin", 1),
)  # fmt: skip
_CHANNEL_LIST = list(_CHANNELS)
_CHANNEL_WEIGHTS = [share for share, _ in _CHANNELS.values()]
_ROLE_WEIGHTS = [r[3] for r in _ROLES]
_LOCATION_NAMES = [name for name, _ in _LOCATIONS]
_LOCATION_WEIGHTS = [weight for _, weight in _LOCATIONS]
_VARIANTS = ("A — impact first", "B — skills first", "C — short")
_NOTES = (
    "Found via their engineering blog post on moving off Kafka.",
    "Ad asks for Go; I have it only from side projects.",
    "Four-day week mentioned in the ad.",
    "Cover letter required — sent the short version.",
    "Salary band not in the ad; ask on the first call.",
    "On-call rotation: one week in six.",
)
_NEXT_STEPS = {
    Stage.RESPONDED: "Book the screen call",
    Stage.SCREEN: "Prepare questions for the hiring manager",
    Stage.TECHNICAL: "Technical interview: system design",
    Stage.FINAL: "Final round: meet the team",
    Stage.OFFER: "Reply to the offer",
}
_FIRST = ("Anna", "Jonas", "Priya", "Mateus", "Lukas", "Amara", "Tobias", "Chen", "Sofia", "Emeka")
_LAST = ("Keller", "Okafor", "Brandt", "Sharma", "Moreau", "Novak", "Fischer", "Haddad", "Costa")
_AGENCIES = ("talentbridge.example", "hartleyfinch.example", "bytehire.example")
_USER_THEMES = ("System design depth", "Salary expectations")
_VIA = ("clipboard", "mail_app", "draft", "by_hand")
_OTHER_FILES = (
    ("job-ad.txt", "The job ad as posted: backend engineer, Python and Postgres, hybrid.\n"),
    ("take-home brief.md", "# Take-home\n\nBuild a small rate limiter with tests. Two hours.\n"),
    ("interview notes.txt", "Questions to ask: on-call load, team size, release cadence.\n"),
)


@dataclass
class Built:
    """What was written, as the app will count it."""

    applications: int = 0
    companies: int = 0
    events: int = 0
    backfilled_events: int = 0
    contacts: int = 0
    messages_sent: int = 0
    feedback_received: int = 0
    offers: int = 0
    attachments: int = 0
    files: int = 0
    furthest: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    reopened: int = 0
    seconds: float = 0.0


@dataclass
class _Log:
    """One application's history while it is invented: (kind, on, stage, outcome, reason, note)."""

    applied: date
    today: date
    events: list[tuple[str, date, str, str | None, str | None, str]] = field(default_factory=list)
    furthest: Stage = Stage.APPLIED
    outcome: Outcome = Outcome.ACTIVE

    @property
    def last(self) -> date:
        return self.events[-1][1] if self.events else self.applied

    def fits(self, gap: int) -> date | None:
        on = self.last + timedelta(days=gap)
        return on if on <= self.today else None

    def reach(self, stage: Stage, on: date) -> None:
        self.events.append(("stage", on, stage.value, None, None, ""))
        self.furthest = stage

    def close(
        self,
        outcome: Outcome,
        on: date,
        at: Stage | None = None,
        reason: RejectionReason | None = None,
    ) -> None:
        stage = at or self.furthest
        reason_value = reason.value if reason else None
        self.events.append(("outcome", on, stage.value, outcome.value, reason_value, ""))
        self.outcome = outcome
        if outcome is Outcome.REJECTED and stage is Stage.APPLIED:
            self.furthest = Stage.RESPONDED  # a rejection is a reply


# The tables written, in the order written (applications before their events, so triggers
# that keep per-application facts find the application when its first event arrives), and
# the columns given; the rest take the schema's defaults.
_COLUMNS = {
    "company": ("id", "name", "size_band", "industry"),
    "resume_variant": ("id", "name"),
    "application": (
        "id", "company_id", "role_title", "role_type", "seniority", "location", "channel",
        "resume_variant_id", "job_url", "salary_text", "applied_on", "notes", "next_step",
        "next_step_on", "created_at",
    ),
    "stage_event": (
        "id", "application_id", "kind", "occurred_on", "stage", "outcome", "reason", "note",
        "backfilled", "recorded_at",
    ),
    "contact": ("id", "application_id", "position", "name", "role", "email"),
    "message_sent": ("id", "application_id", "purpose", "sent_on", "via", "recorded_at"),
    "feedback": ("application_id", "received_on", "said", "recorded_at"),
    "feedback_theme_link": ("application_id", "theme_id"),
    "attachment": (
        "id", "application_id", "sha256", "display_name", "size", "media_type", "kind",
        "readable", "note", "added_at",
    ),
    "offer": (
        "id", "application_id", "source_attachment_id", "received_on", "status", "title",
        "currency", "base_amount", "base_period", "sign_on", "bonus_percent", "equity_units",
        "equity_value", "vesting_years", "cliff_months", "start_on", "deadline_on", "location",
        "notes", "created_at",
    ),
}  # fmt: skip


def build(data_dir: Path, applications: int, *, seed: int = 1, today: date | None = None) -> Built:
    """Create the data folder `data_dir` (which must not hold a database yet) and fill it."""
    began = time.perf_counter()
    paths = prepare(Paths(data_dir))
    if paths.database.exists():
        raise SystemExit(f"{paths.database} already exists; give an empty folder.")
    db = open_database(paths.database)
    try:
        with db.atomic():
            db.connection().executemany(
                "INSERT INTO feedback_theme (name, builtin) VALUES (?, 0)",
                [(t,) for t in _USER_THEMES],
            )
        themes = [int(r[0]) for r in db.execute_sql("SELECT id FROM feedback_theme ORDER BY id")]
        # People apply to about three roles per company over a long search.
        companies = max(20, applications // 3)
        search = _Search(random.Random(seed), today or date.today(), paths, themes, companies)
        for app_id in range(1, applications + 1):
            search.add_application(app_id)
        built = search.finish()
        with db.atomic():
            for table, columns in _COLUMNS.items():
                marks = ", ".join("?" * len(columns))
                db.connection().executemany(
                    f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                    search.rows[table],
                )
    finally:
        db.close()
    built.seconds = time.perf_counter() - began
    return built


class _Search:
    """A long search invented one application at a time, as rows for each table."""

    def __init__(
        self, rng: random.Random, today: date, paths: Paths, themes: list[int], companies: int
    ) -> None:
        self.rng = rng
        self.today = today
        self.themes = themes
        self.files = FileStore(paths.attachments)
        self.rows: dict[str, list[tuple[object, ...]]] = {table: [] for table in _COLUMNS}
        self.built = Built()
        self.companies = _companies(rng, companies)
        self.rows["company"] = [c[:4] for c in self.companies]
        self.rows["resume_variant"] = list(enumerate(_VARIANTS, start=1))
        self.cvs = [self.files.keep_bytes(_pdf(_cv_lines(v)), f"CV {v[0]}.pdf") for v in _VARIANTS]
        self.others = [self.files.keep_bytes(text.encode(), name) for name, text in _OTHER_FILES]
        self.stored = {f.sha256 for f in (*self.cvs, *self.others)}

    def add_application(self, app_id: int) -> None:
        rng, today = self.rng, self.today
        company_id, company, _, _, domain = rng.choice(self.companies)
        channel = rng.choices(_CHANNEL_LIST, _CHANNEL_WEIGHTS)[0]
        title, role_type, seniority, _ = rng.choices(_ROLES, _ROLE_WEIGHTS)[0]
        applied = today - timedelta(days=rng.randrange(SPAN_DAYS))
        log = _history(rng, channel, applied, today)
        self.built.furthest[log.furthest.value] += 1
        self.built.outcomes[log.outcome.value] += 1
        self.built.reopened += any(e[3] == "active" for e in log.events)
        variant = rng.randrange(len(_VARIANTS)) + 1
        next_step, next_step_on = "", None
        if log.outcome is Outcome.ACTIVE and log.furthest > Stage.APPLIED:
            next_step = _NEXT_STEPS[log.furthest]
            next_step_on = (today + timedelta(days=rng.randint(-3, 8))).isoformat()
        elif log.outcome is Outcome.ACTIVE and (today - applied).days <= 14 and rng.random() < 0.3:
            next_step, next_step_on = "Follow up if no reply", (applied + timedelta(10)).isoformat()
        self.rows["application"].append(
            (
                app_id, company_id, title, role_type, seniority,
                rng.choices(_LOCATION_NAMES, _LOCATION_WEIGHTS)[0],
                channel.value, variant,
                f"https://{domain}/careers/{rng.randint(1000, 9999)}" if rng.random() < 0.5 else "",
                _salary(rng, seniority) if rng.random() < 0.35 else "", applied.isoformat(),
                rng.choice(_NOTES) if rng.random() < 0.2 else "", next_step, next_step_on,
                _stamp(applied, 20),
            )
        )  # fmt: skip
        self._events(app_id, log)
        for position, person in enumerate(_people(rng, channel, log.furthest, domain)):
            self._add("contact", app_id, position, *person)
        self._messages(app_id, log)
        # Kept files: the CV sent with some applications, offer letters, a few other files.
        if rng.random() < 0.08:
            self._attach(app_id, self.cvs[variant - 1], AttachmentKind.CV, applied)
        if rng.random() < 0.02:
            self._attach(app_id, rng.choice(self.others), AttachmentKind.OTHER, applied)
        if log.furthest is Stage.OFFER:
            self._offer(app_id, log, company, title)

    def _add(self, table: str, *values: object) -> int:
        """Append a row to a table whose first column is its id; returns the id."""
        rows = self.rows[table]
        rows.append((len(rows) + 1, *values))
        return len(rows)

    def _events(self, app_id: int, log: _Log) -> None:
        for kind, on, stage, outcome, reason, note in log.events:
            backfilled = self.rng.random() < _BACKFILLED
            recorded = on
            if backfilled:
                recorded = min(on + timedelta(days=self.rng.randint(2, 20)), self.today)
            if reason is not None and self.rng.random() < 0.4:
                note = self.rng.choice(_REASON_NOTES)
            self._add(
                "stage_event", app_id, kind, on.isoformat(), stage, outcome, reason, note,
                int(backfilled), _stamp(recorded, 19),
            )  # fmt: skip
            self.built.backfilled_events += backfilled

    def _messages(self, app_id: int, log: _Log) -> None:
        """Feedback requests after a rejection that came after a call (some answered), and
        follow-ups on applications still waiting."""
        rng, today = self.rng, self.today
        last = log.events[-1] if log.events else None
        if last and last[3] == "rejected" and log.furthest >= Stage.SCREEN and rng.random() < 0.55:
            asked = min(last[1] + timedelta(days=rng.randint(1, 3)), today)
            self._add("message_sent", app_id, "feedback", asked.isoformat(), rng.choice(_VIA),
                      _stamp(asked, 10))  # fmt: skip
            answered = asked + timedelta(days=rng.randint(2, 14))
            if answered <= today and rng.random() < 0.35:
                said = rng.choice(_FEEDBACK_SAID)
                self.rows["feedback"].append(
                    (app_id, answered.isoformat(), said, _stamp(answered, 11))
                )
                for theme in rng.sample(self.themes, rng.choice((1, 1, 2))):
                    self.rows["feedback_theme_link"].append((app_id, theme))
        elif (
            log.furthest is Stage.APPLIED
            and log.outcome is Outcome.ACTIVE
            and (today - log.applied).days >= 10
            and rng.random() < 0.12
        ):
            asked = log.applied + timedelta(days=rng.randint(7, 10))
            self._add("message_sent", app_id, "follow_up", asked.isoformat(), rng.choice(_VIA),
                      _stamp(asked, 10))  # fmt: skip

    def _attach(self, app_id: int, kept: StoredFile, kind: AttachmentKind, on: date) -> int:
        self.stored.add(kept.sha256)
        return self._add(
            "attachment", app_id, kept.sha256, kept.display_name, kept.size, kept.format.value,
            kind.value, int(kept.format.readable), "", _stamp(on, 18),
        )  # fmt: skip

    def _offer(self, app_id: int, log: _Log, company: str, title: str) -> None:
        received = next(e[1] for e in log.events if e[0] == "stage" and e[2] == "offer")
        terms = _terms(self.rng, title, received)
        source = None
        if self.rng.random() < 0.75:
            letter = _letter(self.files, self.rng, company, title, terms, received)
            source = self._attach(app_id, letter, AttachmentKind.OFFER_LETTER, received)
        status = "negotiating" if self.rng.random() < 0.2 else "open"
        self._add("offer", app_id, source, received.isoformat(), status, *terms,
                  _stamp(received, 17))  # fmt: skip

    def finish(self) -> Built:
        """Drop kept files no row uses (the start-up sweep would), and companies no application
        names (the app makes a company only with an application); count what is left."""
        named = {row[1] for row in self.rows["application"]}
        self.rows["company"] = [row for row in self.rows["company"] if row[0] in named]
        used = {row[2] for row in self.rows["attachment"]}
        for sha in self.stored - used:
            self.files.remove(sha)
        self.files.clear_scratch()
        built, rows = self.built, self.rows
        built.applications = len(rows["application"])
        built.companies = len(rows["company"])
        built.events = len(rows["stage_event"])
        built.contacts = len(rows["contact"])
        built.messages_sent = len(rows["message_sent"])
        built.feedback_received = len(rows["feedback"])
        built.offers = len(rows["offer"])
        built.attachments = len(rows["attachment"])
        built.files = len(used)
        return built


def _history(rng: random.Random, channel: Channel, applied: date, today: date) -> _Log:
    """An event log the app's own rules could have written, cut off at today."""
    log = _Log(applied, today)
    age = (today - applied).days
    if rng.random() >= _CHANNELS[channel][1]:
        # No reply. Old ones are mostly left unmarked (the no-response timeout counts them);
        # some are marked ghosted or withdrawn.
        if age >= NO_RESPONSE_DAYS:
            pick = rng.random()
            if pick < 0.35:
                on = log.fits(rng.randint(NO_RESPONSE_DAYS - 9, NO_RESPONSE_DAYS + 15))
                if on is not None:
                    log.close(Outcome.GHOSTED, on)
            elif pick < 0.39:
                on = log.fits(rng.randint(3, 25))
                if on is not None:
                    log.close(Outcome.WITHDRAWN, on)
        return log
    if rng.random() < _FORM_REJECTION:
        on = log.fits(rng.randint(3, 25))
        if on is not None:
            log.close(Outcome.REJECTED, on, Stage.APPLIED, rng.choice(_REASONS[Stage.APPLIED]))
        return log
    target = rng.choices(list(_FURTHEST), list(_FURTHEST.values()))[0]
    for stage in [s for s in Stage if Stage.APPLIED < s <= target]:
        on = log.fits(rng.randint(*_STAGE_GAPS[stage]))
        if on is None:
            return log  # still in progress today
        log.reach(stage, on)
        if stage < target and rng.random() < _GHOST_REOPEN:
            ghosted = log.fits(rng.randint(14, 30))
            if ghosted is None:
                return log
            log.close(Outcome.GHOSTED, ghosted)
            reopened = log.fits(rng.randint(3, 20))
            if reopened is None:
                return log
            log.close(Outcome.ACTIVE, reopened)
    recent = (today - log.last).days < 14
    if target is Stage.OFFER:
        pick = rng.random()
        if recent and pick < 0.6:
            return log
        outcome = Outcome.DECLINED if pick < 0.75 else Outcome.ACCEPTED
        on = log.fits(rng.randint(2, 10))
        if on is not None:
            log.close(outcome, on)
        return log
    if recent and rng.random() < 0.6:
        return log
    pick = rng.random()
    if pick < 0.76:
        on = log.fits(rng.randint(1, 12))
        if on is not None:
            log.close(Outcome.REJECTED, on, reason=rng.choice(_REASONS[log.furthest]))
    elif pick < 0.86:
        on = log.fits(rng.randint(2, 8))
        if on is not None:
            log.close(Outcome.WITHDRAWN, on)
    elif pick < 0.96:
        on = log.fits(rng.randint(21, 35))
        if on is not None:
            log.close(Outcome.GHOSTED, on)
    return log


def _companies(rng: random.Random, count: int) -> list[tuple[int, str, str, str, str]]:
    """(id, name, size band, industry, mail domain), names unique in any letter case."""
    result: list[tuple[int, str, str, str, str]] = []
    seen: set[str] = set()
    sizes = [s for s, _ in _SIZES]
    weights = [w for _, w in _SIZES]
    while len(result) < count:
        word = rng.choice(_PREFIXES) + rng.choice(_SUFFIXES)
        kind, industry = rng.choice(_KINDS)
        name = f"{word} {kind}"
        if name.casefold() in seen:
            name = f"{word} {kind} {len(result) + 1}"
        seen.add(name.casefold())
        domain = f"{word.lower()}{len(result) + 1}.example"
        size = rng.choices(sizes, weights)[0].value
        result.append((len(result) + 1, name, size, industry, domain))
    return result


def _people(
    rng: random.Random, channel: Channel, furthest: Stage, domain: str
) -> list[tuple[str, str, str]]:
    def person(role: ContactRole, at: str) -> tuple[str, str, str]:
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        return f"{first} {last}", role.value, f"{first.lower()}.{last.lower()}@{at}"

    people = []
    if channel is Channel.REFERRAL:
        people.append(person(ContactRole.REFERRER, domain))
    if channel is Channel.RECRUITER:
        people.append(person(ContactRole.RECRUITER, rng.choice(_AGENCIES)))
    elif furthest > Stage.APPLIED and rng.random() < 0.7:
        people.append(person(ContactRole.RECRUITER, domain))
    if furthest >= Stage.TECHNICAL:
        people.append(person(ContactRole.INTERVIEWER, domain))
    if furthest >= Stage.FINAL:
        people.append(person(ContactRole.HIRING_MANAGER, domain))
    return people


def _salary(rng: random.Random, seniority: str) -> str:
    base = {"mid": 65, "senior": 80, "staff": 100}[seniority] + rng.choice((0, 5, 10))
    return rng.choice(
        (f"€{base}–{base + 15}k", f"€{base}k–{base + 20}k + equity", f"up to €{base}k")
    )


def _terms(rng: random.Random, title: str, received: date) -> tuple[object, ...]:
    """The offer's terms, as the offer table keeps them (amounts as exact decimal text), in
    the order of the INSERT: title, currency, base, period, sign-on, bonus %, equity units,
    equity value, vesting years, cliff months, start, deadline, location, notes."""
    currency = rng.choice(("EUR", "EUR", "GBP", "USD"))
    monthly = currency == "EUR" and rng.random() < 0.15
    base = rng.randrange(70, 140) * 1000
    equity = rng.random() < 0.4
    return (
        title,
        currency,
        str(round(base / 12) if monthly else base),
        "month" if monthly else "year",
        str(rng.choice((5000, 10000, 15000))) if rng.random() < 0.3 else None,
        str(rng.choice((5, 8, 10, 15))) if rng.random() < 0.5 else None,
        str(rng.randrange(500, 5000)) if equity else None,
        str(rng.randrange(20, 150) * 1000) if equity else None,
        "4" if equity else None,
        12 if equity else None,
        (received + timedelta(days=rng.randint(30, 75))).isoformat(),
        (received + timedelta(days=rng.randint(5, 14))).isoformat(),
        rng.choice(("Remote", "Berlin", "London", "Amsterdam")),
        "",
    )


def _letter(
    files: FileStore,
    rng: random.Random,
    company: str,
    title: str,
    terms: tuple[object, ...],
    received: date,
) -> StoredFile:
    """A short offer letter naming the terms, as a real PDF or a text file."""
    amount, period = terms[2], terms[3]
    lines = [
        company,
        f"{received:%d %B %Y}",
        "",
        "Offer of employment",
        "",
        f"We are pleased to offer you the position of {title}.",
        f"Base salary of {terms[1]} {amount} per {period}.",
        f"Start date: {terms[10]}. Please reply by {terms[11]}.",
        "",
        "Kind regards,",
        f"The {company} hiring team",
    ]
    slug = company.split()[0]
    if rng.random() < 0.5:
        return files.keep_bytes(_pdf(lines), f"Offer letter {slug}.pdf")
    return files.keep_bytes("\n".join(lines).encode(), f"offer-{slug.lower()}.txt")


def _cv_lines(variant: str) -> list[str]:
    return [
        "Alex Example",
        "Senior Backend Engineer",
        f"CV variant {variant}",
        "",
        "Experience: eight years of Python, Postgres and distributed systems.",
        "Led the move of a payments platform to event sourcing.",
    ]


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF of plain text lines in Helvetica (a real file any PDF reader opens)."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    shown = " ".join(f"({escape(line)}) '" for line in lines)
    content = f"BT /F1 11 Tf 14 TL 72 770 Td {shown} ET".encode("cp1252", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _stamp(on: date, hour: int) -> str:
    """A DATETIME as peewee writes it."""
    return str(datetime(on.year, on.month, on.day, hour, 0, 0))


def describe(built: Built) -> str:
    n = max(built.applications, 1)

    def share(count: int) -> str:
        return f"{count:,} ({count / n:.1%})"

    no_reply = built.furthest["applied"]
    lines = [
        f"built {built.applications:,} applications at {built.companies:,} companies "
        f"in {built.seconds:.1f} s",
        f"  events {built.events:,} ({built.backfilled_events:,} backfilled), "
        f"contacts {built.contacts:,}",
        f"  no reply {share(no_reply)}, reached a screen or later "
        f"{share(sum(built.furthest[s] for s in ('screen', 'technical', 'final', 'offer')))}, "
        f"an offer {share(built.furthest['offer'])}",
        "  now: "
        + ", ".join(f"{o} {built.outcomes[o]:,}" for o in (x.value for x in Outcome))
        + f"; reopened after closing {built.reopened:,}",
        f"  messages sent {built.messages_sent:,}, feedback received {built.feedback_received:,}, "
        f"offers {built.offers:,}",
        f"  kept files: {built.attachments:,} attachments of {built.files:,} stored files",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--applications", type=int, default=10_000, metavar="N")
    parser.add_argument("--seed", type=int, default=1, help="the same seed builds the same data")
    parser.add_argument("data_dir", metavar="DIR", type=Path, help="an empty or new folder")
    args = parser.parse_args(argv)
    built = build(args.data_dir, args.applications, seed=args.seed)
    print(describe(built))
    print(f"open it with: jobdesk --data-dir {args.data_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
