"""The fixed vocabularies of a search: stages, outcomes, channels, rejection reasons."""

from __future__ import annotations

from enum import Enum


class Vocabulary(Enum):
    """An enum hashed by identity: its members are singletons and compare by identity anyway,
    and Enum's own hash is a Python function, which made counting 100,000 applications (dict
    lookups keyed by stage and outcome) a third slower."""

    __hash__ = object.__hash__


class Stage(Vocabulary):
    """How far an application got, in pipeline order."""

    APPLIED = "applied"
    RESPONDED = "responded"
    SCREEN = "screen"
    TECHNICAL = "technical"
    FINAL = "final"
    OFFER = "offer"

    @property
    def rank(self) -> int:
        return _STAGE_ORDER.index(self)

    @property
    def label(self) -> str:
        return _STAGE_LABELS[self]

    def next(self) -> Stage | None:
        i = self.rank + 1
        return _STAGE_ORDER[i] if i < len(_STAGE_ORDER) else None

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Stage):
            return NotImplemented
        return self.rank >= other.rank


_STAGE_ORDER: list[Stage] = list(Stage)
_STAGE_LABELS = {
    Stage.APPLIED: "Applied",
    Stage.RESPONDED: "Responded",
    Stage.SCREEN: "Screen",
    Stage.TECHNICAL: "Technical",
    Stage.FINAL: "Final round",
    Stage.OFFER: "Offer",
}


class Outcome(Vocabulary):
    """Where an application stands now; separate from how far it got."""

    ACTIVE = "active"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    GHOSTED = "ghosted"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def is_closed(self) -> bool:
        return self is not Outcome.ACTIVE


class Channel(Vocabulary):
    """How the application reached the company."""

    DIRECT = "direct"
    REFERRAL = "referral"
    RECRUITER = "recruiter"
    JOB_BOARD = "job_board"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"job_board": "Job board"}.get(self.value, self.value.capitalize())


class ReasonGroup(Vocabulary):
    """The groups of the one vocabulary of topics (domain/topics.py); "not told" is its own:
    no reason is neither a cause outside your control nor something to work on."""

    OUTSIDE_CONTROL = "outside_control"
    TO_WORK_ON = "to_work_on"
    NOT_TOLD = "not_told"

    @property
    def label(self) -> str:
        return {
            ReasonGroup.OUTSIDE_CONTROL: "Outside your control",
            ReasonGroup.TO_WORK_ON: "Something to work on",
            ReasonGroup.NOT_TOLD: "Not told",
        }[self]


class RejectionReason(Vocabulary):
    """Why a rejection happened, as far as the user knows; each belongs to one group."""

    FILLED_INTERNALLY = "filled_internally"
    BUDGET = "budget"
    CLOSER_FIT = "closer_fit"
    LEVEL_MISMATCH = "level_mismatch"
    NO_REASON = "no_reason"
    TECHNICAL_ROUND = "technical_round"
    BEHAVIOURAL = "behavioural"
    COMMUNICATION = "communication"
    SKILLS_GAP = "skills_gap"
    EXPERIENCE_MISMATCH = "experience_mismatch"
    CULTURE_FIT = "culture_fit"

    @property
    def label(self) -> str:
        return _REASON_LABELS[self]

    @property
    def group(self) -> ReasonGroup:
        if self is RejectionReason.NO_REASON:
            return ReasonGroup.NOT_TOLD
        if self in _OUTSIDE_CONTROL:
            return ReasonGroup.OUTSIDE_CONTROL
        return ReasonGroup.TO_WORK_ON


_OUTSIDE_CONTROL = {
    RejectionReason.FILLED_INTERNALLY,
    RejectionReason.BUDGET,
    RejectionReason.CLOSER_FIT,
    RejectionReason.LEVEL_MISMATCH,
}
_REASON_LABELS = {
    RejectionReason.FILLED_INTERNALLY: "Filled internally",
    RejectionReason.BUDGET: "Budget or headcount",
    RejectionReason.CLOSER_FIT: "A closer fit elsewhere",
    RejectionReason.LEVEL_MISMATCH: "Level mismatch",
    RejectionReason.NO_REASON: "No reason given",
    RejectionReason.TECHNICAL_ROUND: "Technical round",
    RejectionReason.BEHAVIOURAL: "Behavioural answer",
    RejectionReason.COMMUNICATION: "Story or communication",
    RejectionReason.SKILLS_GAP: "Skills gap",
    RejectionReason.EXPERIENCE_MISMATCH: "Experience mismatch",
    RejectionReason.CULTURE_FIT: "Culture fit",
}


class SizeBand(Vocabulary):
    """Company size, in the bands people use when they compare targeting."""

    UNKNOWN = ""
    STARTUP = "1-50"
    SMALL = "51-200"
    MID = "201-1000"
    LARGE = "1001-10000"
    ENTERPRISE = "10000+"

    @property
    def label(self) -> str:
        return {
            SizeBand.UNKNOWN: "Unknown",
            SizeBand.STARTUP: "1–50 (startup)",
            SizeBand.SMALL: "51–200",
            SizeBand.MID: "201–1,000",
            SizeBand.LARGE: "1,001–10,000",
            SizeBand.ENTERPRISE: "10,000+",
        }[self]


class ContactRole(Vocabulary):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()
