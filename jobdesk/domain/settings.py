"""Every user setting, declared once with its type, default, bounds and help text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T", int, float, str, bool)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    label: str
    help: str
    minimum: float | None = None
    maximum: float | None = None

    @property
    def kind(self) -> type:
        return type(self.default)

    def check(self, value: Any) -> T:
        """`value` as this setting's type, or ValueError with a message for the user."""
        kind = self.kind
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise ValueError(f"{self.label} must be a {kind.__name__}.")
        if isinstance(value, int | float):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"{self.label} must be at least {self.minimum:g}.")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"{self.label} must be at most {self.maximum:g}.")
        return cast(T, value)


# --- counting the funnel -------------------------------------------------------------------

NO_RESPONSE_DAYS = Setting(
    "funnel.no_response_days",
    30,
    "No-response period (days)",
    "An application with no reply this many days after it was sent counts as “No "
    "response” everywhere (the table, its filters, the status bar, Today and the rates), "
    "whether or not you marked it ghosted. Days inside your recovery breaks are not counted.",
    minimum=1,
    maximum=365,
)
MIN_SAMPLE = Setting(
    "funnel.min_sample",
    5,
    "Minimum sample",
    "Below this many resolved applications a rate is shown as “not enough data yet”.",
    minimum=1,
    maximum=1000,
)

# --- feedback ------------------------------------------------------------------------------

FOLLOW_UP_DAYS = Setting(
    "feedback.follow_up_days",
    10,
    "Follow-up wait (days)",
    "Active applications with no news for this many days are suggested for a short, polite "
    "follow-up (on Today and under Feedback ▸ Follow-ups due). Before then, a message to a "
    "company that has not replied is too early: jobdesk says so, and from which day a "
    "check-in makes sense. Days inside your recovery breaks are not counted.",
    minimum=1,
    maximum=120,
)
PATTERN_MIN = Setting(
    "feedback.pattern_min",
    2,
    "A theme is a pattern after (rejections)",
    "A feedback theme counts as a pattern once it comes up in this many separate rejections.",
    minimum=2,
    maximum=50,
)
MY_NAME = Setting("profile.my_name", "", "Your name", "Used as $my_name in templates.")

# --- today and pacing ----------------------------------------------------------------------

OPEN_ON_TODAY = Setting(
    "today.open_on_start",
    True,
    "Open on the Today tab",
    "Once there are applications, jobdesk starts on Today: what needs doing now.",
)
MIN_ACTIVE = Setting(
    "today.min_active",
    5,
    "Keep at least this many active (0: no reminder)",
    "Today says when fewer applications than this are still moving, so that no single "
    "outcome carries your whole search.",
    minimum=0,
    maximum=100,
)
PACING_APPLICATIONS = Setting(
    "today.pacing_applications",
    10,
    "Suggest looking upstream after (applications in 14 days; 0: off)",
    "When this many applications went out in the last 14 days and almost none had a reply, "
    "Today suggests working on the CV, the targeting or how you present yourself before "
    "sending more.",
    minimum=0,
    maximum=500,
)
DAILY_LIMIT = Setting(
    "today.daily_limit",
    10,
    "Daily application limit (0: off)",
    "Logging more applications than this in one day shows a gentle note suggesting a "
    "pause. It never stops you: you can always log it anyway.",
    minimum=0,
    maximum=200,
)
INTERVIEW_CAP = Setting(
    "today.interview_cap",
    3,
    "Weekly interview limit (0: off)",
    "Scheduling more interviews than this in one week (Monday to Sunday) lists that week's "
    "interviews and asks whether to go ahead. It never stops you.",
    minimum=0,
    maximum=50,
)
REJECTION_LANDING = Setting(
    "today.rejection_landing",
    True,
    "After a rejection, let it land",
    "When you log a rejection, Today shows a short card and holds back follow-up and pacing "
    "nudges, and that application's debrief, for a while.",
)
REJECTION_HOURS = Setting(
    "today.rejection_hours",
    0,
    "Let a rejection land for (hours; 0: until the next morning)",
    "How long Today stays quiet after a rejection: an evening, not a fortnight.",
    minimum=0,
    maximum=72,
)
HIDE_REJECTION_DETAILS = Setting(
    "today.hide_rejection_details",
    False,
    "Keep rejection details out of sight for a while",
    "A run of rejections is hard to read. When on, the details pane and Today leave out a "
    "new rejection's reason and notes for a few days, with a link to show them. No figure "
    "changes: Insights count every rejection as before.",
)
HIDE_REJECTION_DAYS = Setting(
    "today.hide_rejection_days",
    7,
    "Keep them out of sight for (days)",
    "How long after a rejection is logged its reason and notes stay out of sight, when that is on.",
    minimum=1,
    maximum=60,
)

REMIND_OFFERS = Setting(
    "today.remind_offers",
    True,
    "Desktop reminder: offer deadlines",
    "While jobdesk runs, a desktop notification when an offer's answer is due within two "
    "days (where the system shows them).",
)
REMIND_FOLLOW_UPS = Setting(
    "today.remind_follow_ups",
    True,
    "Desktop reminder: follow-ups due",
    "While jobdesk runs, one desktop notification a day when follow-ups are due.",
)
REMIND_INTERVIEWS = Setting(
    "today.remind_interviews",
    True,
    "Desktop reminder: interview tomorrow",
    "While jobdesk runs, a desktop notification the day before each interview.",
)

# --- mail account (for saving drafts; the password lives only in the OS keyring) ----------

MAIL_HOST = Setting("mail.host", "", "Mail server (IMAP)", "For example imap.example.com.")
MAIL_PORT = Setting(
    "mail.port", 993, "Port", "993 for TLS, 143 for STARTTLS.", minimum=1, maximum=65535
)
MAIL_SECURITY = Setting(
    "mail.security",
    "tls",
    "Security",
    "“tls” or “starttls”. There is no unencrypted option: jobdesk never sends a password "
    "in the clear.",
)
MAIL_USER = Setting("mail.user", "", "User name", "The name you log in with, often your address.")
MAIL_ADDRESS = Setting(
    "mail.address", "", "Your email address", "The sender of drafts; the user name if empty."
)
MAIL_DRAFTS = Setting(
    "mail.drafts_mailbox",
    "",
    "Drafts folder",
    "Where drafts go; empty means the folder the server marks as Drafts.",
)
MAIL_TIMEOUT = Setting(
    "mail.timeout_seconds",
    20,
    "Time limit (seconds)",
    "How long to wait for the mail server before giving up.",
    minimum=3,
    maximum=120,
)

# --- insights: reference rates the leaking stage is judged against -----------------------
# Rules of thumb chosen for jobdesk (a targeted search by an experienced software
# engineer), not measured benchmarks; the help says where each comes from.

_REFERENCE_NOTE = (
    " jobdesk's rule of thumb, not a measured benchmark: use your own figures if you have them."
)
REFERENCE_RESPONSE = Setting(
    "insights.reference_response",
    20,
    "Reference: application → response (%)",
    "Share of applications that get any reply, a rejection included. 20% assumes a targeted "
    "search; cold applications often do worse and referrals far better." + _REFERENCE_NOTE,
    minimum=1,
    maximum=99,
)
REFERENCE_SCREEN = Setting(
    "insights.reference_screen",
    50,
    "Reference: response → screen (%)",
    "Share of replies that lead to a first call. Many replies are rejections on paper; about "
    "half turning into a call means the CV and the targeting hold up." + _REFERENCE_NOTE,
    minimum=1,
    maximum=99,
)
REFERENCE_TECHNICAL = Setting(
    "insights.reference_technical",
    50,
    "Reference: screen → technical (%)",
    "Share of first calls that lead to a technical round. A screen checks the basics, the "
    "level and your interest; about half going on is common." + _REFERENCE_NOTE,
    minimum=1,
    maximum=99,
)
REFERENCE_FINAL = Setting(
    "insights.reference_final",
    60,
    "Reference: technical → final round (%)",
    "Share of technical rounds that lead to a final round. By then both sides know the "
    "basics fit, so most who clear the technical bar are invited on." + _REFERENCE_NOTE,
    minimum=1,
    maximum=99,
)
REFERENCE_OFFER = Setting(
    "insights.reference_offer",
    33,
    "Reference: final round → offer (%)",
    "Share of final rounds that end in an offer. Hiring teams commonly plan on about three "
    "final-round candidates per offer." + _REFERENCE_NOTE,
    minimum=1,
    maximum=99,
)


def all_settings() -> list[Setting[Any]]:
    """Every declared setting, in the order above (found by type, so none is forgotten)."""
    return [value for value in globals().values() if isinstance(value, Setting)]
