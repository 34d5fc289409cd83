"""A deterministic, fictional twelve-week job search to explore the app with."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    Contact,
    StageEvent,
    plan_advance,
    plan_outcome,
)
from jobdesk.domain.enums import Channel, ContactRole, Outcome, RejectionReason, SizeBand, Stage

WINDOW_DAYS = 84


@dataclass(frozen=True)
class SampleApplication:
    """One application of the sample search: what the user typed in and what happened since."""

    details: ApplicationDetails
    events: tuple[StageEvent, ...]


@dataclass(frozen=True)
class _Company:
    name: str
    industry: str
    size: SizeBand

    @property
    def domain(self) -> str:
        return f"{_ascii_slug(self.name.split()[0])}.example"


@dataclass(frozen=True)
class _Role:
    title: str
    role_type: str
    seniority: str
    weight: int


@dataclass(frozen=True)
class _Plan:
    """How one application goes, decided before any details are invented for it."""

    channel: Channel
    reached: Stage
    outcome: Outcome
    age: int  # days between applying and today
    gaps: tuple[int, ...]  # days before each event, in order


_S = SizeBand
_COMPANIES = (
    _Company("Northwind Logistics & Freight Analytics International", "logistics", _S.ENTERPRISE),
    _Company("Ledgerline", "fintech", _S.MID),
    _Company("Coinwright", "fintech", _S.LARGE),
    _Company("Quillstone Capital Systems", "fintech", _S.SMALL),
    _Company("Kestrel Health", "healthtech", _S.MID),
    _Company("Medivale", "healthtech", _S.SMALL),
    _Company("Carebridge Digital", "healthtech", _S.LARGE),
    _Company("Stackforge", "developer tools", _S.STARTUP),
    _Company("Gitsmith", "developer tools", _S.SMALL),
    _Company("Lintwork", "developer tools", _S.STARTUP),
    _Company("Parcelpoint", "logistics", _S.MID),
    _Company("Routewise", "logistics", _S.SMALL),
    _Company("Cartwheel Commerce", "e-commerce", _S.LARGE),
    _Company("Basketly", "e-commerce", _S.MID),
    _Company("Loomhouse", "e-commerce", _S.MID),
    _Company("Pixelmoor Games", "gaming", _S.MID),
    _Company("Hollowbyte Studios", "gaming", _S.SMALL),
    _Company("Emberline Games", "gaming", _S.STARTUP),
    _Company("Greengrid Energy", "climate", _S.MID),
    _Company("Carbonledger", "climate", _S.STARTUP),
    _Company("Tidewater Climate Analytics", "climate", _S.SMALL),
    _Company("Solarwell", "climate", _S.SMALL),
    _Company("Civic Digital Service", "public sector", _S.LARGE),
    _Company("Openbench Civic Tech", "public sector", _S.SMALL),
    _Company("Transit Data Agency", "public sector", _S.LARGE),
    _Company("Fernhill Insurance", "insurance", _S.ENTERPRISE),
    _Company("Claimly", "insurance", _S.SMALL),
    _Company("Lernbar", "edtech", _S.SMALL),
    _Company("Brightside Learning", "edtech", _S.MID),
    _Company("Hopscotch Kids Learning", "edtech", _S.UNKNOWN),
    _Company("Vantage Mobility", "mobility", _S.LARGE),
    _Company("Scootr", "mobility", _S.MID),
    _Company("Polaris Maps", "mobility", _S.MID),
    _Company("Sentinel Ridge Security", "cybersecurity", _S.MID),
    _Company("Cipherwell", "cybersecurity", _S.STARTUP),
    _Company("Bastion Cloud", "cybersecurity", _S.MID),
    _Company("Hirewise", "HR tech", _S.SMALL),
    _Company("Peoplegraph", "HR tech", _S.MID),
    _Company("Keyhaven", "proptech", _S.SMALL),
    _Company("Wanderly Travel", "travel", _S.MID),
    _Company("Zephyr Airlines Digital", "travel", _S.ENTERPRISE),
    _Company("Larder", "food delivery", _S.LARGE),
    _Company("Freshcrate", "e-commerce", _S.MID),
    _Company("Quayside Markets", "e-commerce", _S.LARGE),
    _Company("Skein & Co", "e-commerce", _S.UNKNOWN),
    _Company("Signalbox Media", "media", _S.LARGE),
    _Company("Novalyte Cloud", "cloud infrastructure", _S.LARGE),
    _Company("Yardstick Metrics", "developer tools", _S.STARTUP),
    _Company("Rivet Labs", "developer tools", _S.UNKNOWN),
    _Company("Driftwood Data", "data platforms", _S.SMALL),
    _Company("Quantaflow", "data platforms", _S.MID),
    _Company("Mosaic Analytics", "data platforms", _S.SMALL),
    _Company("Meridian Bank Technology", "fintech", _S.ENTERPRISE),
    _Company("Tallybook", "fintech", _S.SMALL),
    _Company("Cobalt Payments", "fintech", _S.MID),
    _Company("Harborline Shipping", "logistics", _S.LARGE),
    _Company("Atlas Robotics", "robotics", _S.MID),
    _Company("Beacon Telematics", "IoT", _S.SMALL),
    _Company("Juniper Pharma Digital", "healthtech", _S.ENTERPRISE),
    _Company("Vireo Genomics", "biotech", _S.MID),
    _Company("Windmill Grid Services", "climate", _S.LARGE),
    _Company("Tessellate", "design tools", _S.MID),
    _Company("Upland Agritech", "agritech", _S.UNKNOWN),
    _Company("Lexicon Legal", "legal tech", _S.SMALL),
)

_ROLES = (
    _Role("Senior Backend Engineer", "backend", "senior", 8),
    _Role("Backend Engineer", "backend", "mid", 4),
    _Role("Senior Python Developer", "backend", "senior", 3),
    _Role("Staff Software Engineer", "backend", "staff", 3),
    _Role("Platform Engineer", "platform", "mid", 3),
    _Role("Senior Platform Engineer", "platform", "senior", 4),
    _Role("Full-Stack Developer", "full-stack", "mid", 3),
    _Role("Senior Full-Stack Engineer", "full-stack", "senior", 2),
    _Role("Site Reliability Engineer", "SRE", "mid", 2),
    _Role("Senior Site Reliability Engineer", "SRE", "senior", 2),
    _Role("Data Engineer", "data", "mid", 2),
    _Role("Senior Data Engineer", "data", "senior", 2),
)

_LOCATIONS = (
    ("Remote", 6),
    ("Remote (EU)", 4),
    ("Berlin (hybrid)", 6),
    ("Berlin", 2),
    ("London", 2),
    ("London (hybrid)", 2),
    ("Amsterdam (hybrid)", 2),
    ("Munich (hybrid)", 1),
    ("Hamburg", 1),
    ("Dublin (hybrid)", 1),
)

_RESUME_VARIANTS = ("A — impact first", "B — skills first")

_FIRST_NAMES = (
    "Anna", "Jonas", "Priya", "Mateus", "Zoë", "Lukas", "Amara", "Tobias", "Chen", "Sofia",
    "Emeka", "Hannah", "Rafael", "Inês", "Oskar", "Leila", "Finn", "Marta", "Kwame", "Elif",
    "Niamh", "Arjun", "Clara", "Tomasz", "Yuki", "Samira", "Ben", "Freya", "Dmitri", "Lucía",
)  # fmt: skip
_LAST_NAMES = (
    "Keller", "Okafor", "Brandt", "Sharma", "Lindqvist", "Moreau", "Novak", "Fischer",
    "O'Brien", "Haddad", "Costa", "Yılmaz", "Nakamura", "Schmidt", "Adeyemi", "Kowalski",
    "Jensen", "Rossi", "Ahmed", "Byrne", "Weber", "Santos", "Petrov", "Lund", "Hoffmann",
    "Mensah", "García", "Walsh",
)  # fmt: skip

_AGENCIES = ("talentbridge.example", "hartleyfinch.example", "bytehire.example")

# The funnel is fixed in counts and only shuffled, so every seed tells the same story:
# a high response-to-screen rate, a decent screen, a leaking technical round, and a
# final round that converts; `(furthest stage, outcome, how many)`.
_RESPONDER_FATES = (
    (Stage.APPLIED, Outcome.REJECTED, 1),
    (Stage.RESPONDED, Outcome.REJECTED, 1),
    (Stage.RESPONDED, Outcome.ACTIVE, 2),
    (Stage.SCREEN, Outcome.REJECTED, 3),
    (Stage.SCREEN, Outcome.WITHDRAWN, 1),
    (Stage.SCREEN, Outcome.ACTIVE, 2),
    (Stage.TECHNICAL, Outcome.REJECTED, 4),
    (Stage.TECHNICAL, Outcome.GHOSTED, 1),
    (Stage.TECHNICAL, Outcome.ACTIVE, 2),
    (Stage.FINAL, Outcome.REJECTED, 1),
    (Stage.FINAL, Outcome.ACTIVE, 2),
    (Stage.OFFER, Outcome.ACTIVE, 2),
)
# Referrals answer about half the time, cold applications about one in six.
_RESPONDERS = {
    Channel.REFERRAL: 7,
    Channel.RECRUITER: 5,
    Channel.OTHER: 1,
    Channel.DIRECT: 5,
    Channel.JOB_BOARD: 4,
}
_SILENT = {
    Channel.REFERRAL: 6,
    Channel.RECRUITER: 3,
    Channel.OTHER: 3,
    Channel.DIRECT: 24,
    Channel.JOB_BOARD: 22,
}
_SILENT_GHOSTED = 7
_SILENT_WITHDRAWN = 1
_SILENT_RECENT = 9  # applied in the last ten days, still waiting
_SILENT_WAITING = 9  # applied 11-29 days ago, not yet past the no-response timeout

_STAGE_GAPS = {
    Stage.RESPONDED: (2, 12),
    Stage.SCREEN: (2, 8),
    Stage.TECHNICAL: (4, 10),
    Stage.FINAL: (5, 12),
    Stage.OFFER: (3, 9),
}
_CLOSE_GAPS = {
    Outcome.REJECTED: (1, 10),
    Outcome.WITHDRAWN: (2, 8),
    Outcome.GHOSTED: (21, 35),
}

_R = RejectionReason
# Fixed per-stage order, dealt out in turn, so the technical round's top reason is
# always the technical round itself and both reason groups always appear.
_REASONS = {
    Stage.APPLIED: (_R.NO_REASON, _R.EXPERIENCE_MISMATCH, _R.CLOSER_FIT),
    Stage.RESPONDED: (_R.FILLED_INTERNALLY, _R.BUDGET, _R.LEVEL_MISMATCH),
    Stage.SCREEN: (_R.COMMUNICATION, _R.LEVEL_MISMATCH, _R.CULTURE_FIT, _R.BUDGET),
    Stage.TECHNICAL: (_R.TECHNICAL_ROUND, _R.SKILLS_GAP, _R.TECHNICAL_ROUND, _R.CLOSER_FIT),
    Stage.FINAL: (_R.BEHAVIOURAL, _R.CLOSER_FIT),
}
_REASON_NOTES = {
    _R.NO_REASON: ("Automated email, no feedback.", "Template rejection two days later."),
    _R.EXPERIENCE_MISMATCH: ("Wanted more Kubernetes in production than I have.",),
    _R.CLOSER_FIT: (
        "Went with someone who had payments experience.",
        "Another candidate was further along.",
    ),
    _R.FILLED_INTERNALLY: ("Filled by an internal transfer.",),
    _R.BUDGET: ("Headcount frozen after the funding round slipped.",),
    _R.LEVEL_MISMATCH: ("They were hiring a level below what I asked for.",),
    _R.COMMUNICATION: ("Recruiter said my 'why are you leaving' answer was unclear.",),
    _R.CULTURE_FIT: ("Team wants someone keen on five days in the office.",),
    _R.TECHNICAL_ROUND: (
        "System design: ran out of time before covering partitioning.",
        "Live coding: froze on the graph problem.",
        "Take-home feedback: tests were thin.",
    ),
    _R.SKILLS_GAP: ("Needed deeper Go than I have right now.",),
    _R.BEHAVIOURAL: ("Feedback: my conflict story had no clear outcome.",),
}

_NOTES = (
    "Found via their engineering blog post on moving off Kafka.",
    "Ad asks for Go; I have it only from side projects.",
    "Four-day week mentioned in the ad.",
    "Cover letter required — sent the short version.",
    "Hiring manager posted the role on LinkedIn.",
    "Team is rebuilding the billing platform.",
    "Salary band not in the ad; ask on the first call.",
    "On-call rotation: one week in six.",
)

_NEXT_STEPS = {
    Stage.RESPONDED: ("Book the screen call", "Send availability for a screen"),
    Stage.SCREEN: ("Wait for screen feedback", "Prepare questions for the hiring manager"),
    Stage.TECHNICAL: ("Technical interview: system design", "Take-home exercise due"),
    Stage.FINAL: ("Final round: meet the team", "Wait for the final-round decision"),
    Stage.OFFER: ("Reply to the offer",),
}


def sample_search(today: date, seed: int = 2026) -> list[SampleApplication]:
    """About 80 applications over the 12 weeks up to `today`, the same for the same arguments.

    Every event is made by the same rules the app applies to the user's own
    changes, logged on the day it happened, so the sample is a search the user
    could have typed in.
    """
    rng = random.Random(seed)
    plans = _responder_plans(rng) + _silent_plans(rng)
    rng.shuffle(plans)
    companies = list(_COMPANIES)
    rng.shuffle(companies)
    names = _NamePool(rng)
    taken: dict[str, str] = {}  # company -> title of its only role, "" once it has two
    counters: dict[Stage, int] = {}
    result = []
    for i, plan in enumerate(plans):
        if i < len(companies):
            company = companies[i]
        else:
            # A second role at a company already applied to, as people do.
            company = rng.choice([c for c in companies if taken.get(c.name)])
        role = _pick_role(rng, exclude=taken.get(company.name, ""))
        taken[company.name] = "" if company.name in taken else role.title
        details = _details(rng, plan, company, role, names, today)
        events = _events(plan, details, rng, counters, today, index=i)
        result.append(SampleApplication(details, events))
    result.sort(key=lambda s: (s.details.applied_on, s.details.company, s.details.role_title))
    return result


def _responder_plans(rng: random.Random) -> list[_Plan]:
    fates = [(stage, outcome) for stage, outcome, n in _RESPONDER_FATES for _ in range(n)]
    channels = [channel for channel, n in _RESPONDERS.items() for _ in range(n)]
    rng.shuffle(channels)
    plans = []
    for (reached, outcome), channel in zip(fates, channels, strict=True):
        gaps = [rng.randint(*_STAGE_GAPS[s]) for s in Stage if Stage.APPLIED < s <= reached]
        if outcome is not Outcome.ACTIVE:
            low, high = _CLOSE_GAPS[outcome]
            if reached is Stage.APPLIED:
                low, high = 3, 20  # a rejection without any contact first takes longer
            gaps.append(rng.randint(low, high))
        span = sum(gaps)
        # Open applications moved recently; closed ones can have ended any time.
        if outcome is Outcome.ACTIVE:
            age = span + rng.randint(0, 9)
        else:
            age = rng.randint(span, WINDOW_DAYS - 1)
        plans.append(_Plan(channel, reached, outcome, min(age, WINDOW_DAYS - 1), tuple(gaps)))
    return plans


def _silent_plans(rng: random.Random) -> list[_Plan]:
    silent = dict(_SILENT)
    silent[Channel.DIRECT] += rng.randint(0, 2)
    silent[Channel.JOB_BOARD] += rng.randint(0, 2)
    channels = [channel for channel, n in silent.items() for _ in range(n)]
    rng.shuffle(channels)
    plans = []
    for k, channel in enumerate(channels):
        if k < _SILENT_GHOSTED:
            gap = rng.randint(*_CLOSE_GAPS[Outcome.GHOSTED])
            age = rng.randint(gap, WINDOW_DAYS - 1)
            plans.append(_Plan(channel, Stage.APPLIED, Outcome.GHOSTED, age, (gap,)))
            continue
        k -= _SILENT_GHOSTED
        if k < _SILENT_WITHDRAWN:
            gap = rng.randint(3, 14)
            age = rng.randint(gap + 10, 60)
            plans.append(_Plan(channel, Stage.APPLIED, Outcome.WITHDRAWN, age, (gap,)))
            continue
        k -= _SILENT_WITHDRAWN
        # Spread evenly within each band so no week of the chart sits empty by chance.
        # The old ones are left unmarked, as people leave them, so the no-response
        # timeout has real work to do.
        if k < _SILENT_RECENT:
            age = _spread(rng, k, _SILENT_RECENT, 0, 10)
        elif k < _SILENT_RECENT + _SILENT_WAITING:
            age = _spread(rng, k - _SILENT_RECENT, _SILENT_WAITING, 11, 29)
        else:
            k -= _SILENT_RECENT + _SILENT_WAITING
            old = len(channels) - _SILENT_GHOSTED - _SILENT_WITHDRAWN
            old -= _SILENT_RECENT + _SILENT_WAITING
            age = _spread(rng, k, old, 31, WINDOW_DAYS - 1)
        plans.append(_Plan(channel, Stage.APPLIED, Outcome.ACTIVE, age, ()))
    return plans


def _spread(rng: random.Random, k: int, n: int, low: int, high: int) -> int:
    """The k-th of n days spread evenly over low..high, placed at random within its share."""
    return low + int((k + rng.random()) * (high - low + 1) / n)


class _NamePool:
    """Hands out people's names without repeating one, for as long as the pool lasts."""

    def __init__(self, rng: random.Random) -> None:
        self._names = [f"{f} {last}" for f in _FIRST_NAMES for last in _LAST_NAMES]
        rng.shuffle(self._names)

    def take(self) -> str:
        return self._names.pop()


def _pick_role(rng: random.Random, exclude: str) -> _Role:
    roles = [r for r in _ROLES if r.title != exclude]
    return rng.choices(roles, weights=[r.weight for r in roles])[0]


def _details(
    rng: random.Random,
    plan: _Plan,
    company: _Company,
    role: _Role,
    names: _NamePool,
    today: date,
) -> ApplicationDetails:
    applied_on = today - timedelta(days=plan.age)
    location = rng.choices([n for n, _ in _LOCATIONS], weights=[w for _, w in _LOCATIONS])[0]
    contacts: list[Contact] = []
    notes = rng.choice(_NOTES) if rng.random() < 0.25 else ""
    if plan.channel is Channel.REFERRAL:
        referrer = names.take()
        contacts.append(_contact(referrer, ContactRole.REFERRER, company.domain))
        if not notes and rng.random() < 0.6:
            notes = f"Referred by {referrer.split()[0]}, who is on the platform team."
    responded = plan.reached > Stage.APPLIED or plan.outcome is Outcome.REJECTED
    if plan.channel is Channel.RECRUITER:
        contacts.append(_contact(names.take(), ContactRole.RECRUITER, rng.choice(_AGENCIES)))
    elif responded:
        contacts.append(_contact(names.take(), ContactRole.RECRUITER, company.domain))
    if plan.reached >= Stage.TECHNICAL:
        contacts.append(_contact(names.take(), ContactRole.INTERVIEWER, company.domain))
    if plan.reached >= Stage.FINAL:
        contacts.append(_contact(names.take(), ContactRole.HIRING_MANAGER, company.domain))

    salary = _salary(rng, role, location) if rng.random() < 0.4 else ""
    next_step, next_step_on = "", None
    if plan.outcome is Outcome.ACTIVE and plan.reached is Stage.OFFER:
        salary = salary or _salary(rng, role, location)
        notes = "Written offer received; deadline is in the letter."
        next_step, next_step_on = "Reply to the offer", today + timedelta(days=rng.randint(3, 7))
    elif plan.outcome is Outcome.ACTIVE and plan.reached > Stage.APPLIED:
        next_step = rng.choice(_NEXT_STEPS[plan.reached])
        next_step_on = today + timedelta(days=rng.randint(0, 8))
    elif plan.outcome is Outcome.ACTIVE and plan.age <= 14 and rng.random() < 0.4:
        # Some of these fall due before today: an overdue follow-up is part of the demo.
        next_step, next_step_on = "Follow up if no reply", applied_on + timedelta(days=10)

    url = ""
    if rng.random() < 0.5:
        url = f"https://{company.domain}/careers/{rng.randint(1000, 9999)}"
    return ApplicationDetails(
        company=company.name,
        role_title=role.title,
        applied_on=applied_on,
        size_band=company.size,
        industry=company.industry,
        role_type=role.role_type,
        seniority=role.seniority,
        location=location,
        channel=plan.channel,
        resume_variant=rng.choice(_RESUME_VARIANTS),
        job_url=url,
        salary_text=salary,
        notes=notes,
        next_step=next_step,
        next_step_on=next_step_on,
        contacts=tuple(contacts),
    )


def _events(
    plan: _Plan,
    details: ApplicationDetails,
    rng: random.Random,
    counters: dict[Stage, int],
    today: date,
    index: int,
) -> tuple[StageEvent, ...]:
    app = Application(id=index, details=details)
    gaps = iter(plan.gaps)
    on = details.applied_on
    for stage in [s for s in Stage if Stage.APPLIED < s <= plan.reached]:
        on += timedelta(days=next(gaps))
        app = _logged(app, plan_advance(app, stage, on, today))
    if plan.outcome is Outcome.ACTIVE:
        return app.events
    on += timedelta(days=next(gaps))
    reason: RejectionReason | None = None
    note = ""
    if plan.outcome is Outcome.REJECTED:
        options = _REASONS[plan.reached]
        count = counters.get(plan.reached, 0)
        counters[plan.reached] = count + 1
        reason = options[count % len(options)]
        if rng.random() < 0.6:
            note = rng.choice(_REASON_NOTES[reason])
    elif plan.outcome is Outcome.WITHDRAWN:
        note = (
            "Role turned out to need relocation."
            if plan.reached is Stage.APPLIED
            else "Took myself out: on-call load was far heavier than the ad said."
        )
    elif plan.outcome is Outcome.GHOSTED and rng.random() < 0.5:
        note = "Followed up twice, no reply."
    return _logged(app, plan_outcome(app, plan.outcome, on, today, reason=reason, note=note)).events


def _logged(app: Application, event: StageEvent) -> Application:
    # The plan_* rules mark past dates as backfilled; the sample's events stand for
    # ones logged on the day, so their timings count.
    return replace(app, events=(*app.events, replace(event, backfilled=False)))


def _contact(name: str, role: ContactRole, domain: str) -> Contact:
    first, _, last = name.partition(" ")
    return Contact(name, role, f"{_ascii_slug(first)}.{_ascii_slug(last)}@{domain}")


def _ascii_slug(text: str) -> str:
    # NFKD leaves the Turkish dotless i whole, so it would vanish from the address.
    plain = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    plain = plain.encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _salary(rng: random.Random, role: _Role, location: str) -> str:
    base = {"mid": 65, "senior": 80, "staff": 100}[role.seniority] + rng.choice((0, 5, 10))
    top = base + rng.choice((10, 15, 20))
    if location.startswith("London"):
        return f"£{base},000–£{top},000"
    return rng.choice((f"€{base}–{top}k", f"€{base}k–{top}k + equity", f"up to €{top}k"))
