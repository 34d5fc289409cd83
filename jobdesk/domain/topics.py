"""One vocabulary of topics for rejection reasons, received feedback and debrief tags.

A topic is one thing that came up in a search ("System design", "Not told"), in one
of three groups: outside your control, something to work on, or not told. Different
words for one thing ("Technical skills gap", "Skills gap") are synonyms of one topic.
Rejection reasons stay in the event log as they were written (it is append-only);
this module maps each reason to its topic when it is read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jobdesk.domain.enums import ReasonGroup, RejectionReason

TopicGroup = ReasonGroup


@dataclass(frozen=True)
class Topic:
    """`key` names a built-in topic; the user's own topics have none."""

    label: str
    group: TopicGroup
    key: str | None = None

    @property
    def builtin(self) -> bool:
        return self.key is not None


@dataclass(frozen=True)
class BuiltinTopic:
    key: str
    label: str
    group: TopicGroup
    synonyms: tuple[str, ...] = ()


_OUT = ReasonGroup.OUTSIDE_CONTROL
_WORK = ReasonGroup.TO_WORK_ON

# The built-in list, in the order it is offered. Keys of topics that are also rejection
# reasons are the reasons' stored values, so a reason maps to its topic by value.
BUILTIN_TOPICS: tuple[BuiltinTopic, ...] = (
    BuiltinTopic("filled_internally", "Filled internally", _OUT),
    BuiltinTopic("budget", "Budget or headcount", _OUT, ("Budget", "Headcount")),
    BuiltinTopic("closer_fit", "A closer fit elsewhere", _OUT, ("Closer fit",)),
    BuiltinTopic("level_mismatch", "Level mismatch", _OUT),
    BuiltinTopic("no_reason", "Not told", ReasonGroup.NOT_TOLD, ("No reason given",)),
    BuiltinTopic("technical_round", "Technical round", _WORK),
    BuiltinTopic("algorithms", "Algorithms", _WORK, ("Coding", "Data structures")),
    BuiltinTopic("system_design", "System design", _WORK),
    BuiltinTopic("behavioural", "Behavioural answer", _WORK, ("Behavioural", "Behavioral")),
    BuiltinTopic("communication", "Communication", _WORK, ("Story or communication",)),
    BuiltinTopic("skills_gap", "Skills gap", _WORK, ("Technical skills gap",)),
    BuiltinTopic("specific_technology", "A specific technology", _WORK, ("Technology",)),
    BuiltinTopic("nerves", "Nerves", _WORK),
    BuiltinTopic("experience_mismatch", "Experience mismatch", _WORK, ("Experience level",)),
    BuiltinTopic("culture_fit", "Culture fit", _WORK),
)
_BY_KEY = {t.key: t for t in BUILTIN_TOPICS}
_BY_NAME = {name.casefold(): t for t in BUILTIN_TOPICS for name in (t.label, *t.synonyms, t.key)}


def builtin(key: str) -> Topic:
    found = _BY_KEY[key]
    return Topic(found.label, found.group, found.key)


def reason_topic(reason: RejectionReason) -> Topic:
    """The topic a recorded rejection reason counts under."""
    return builtin(reason.value)


def canonical_name(name: str) -> str:
    """The built-in topic's label for `name` or one of its synonyms; else `name` itself."""
    found = _BY_NAME.get(name.strip().casefold())
    return found.label if found else name.strip()


class TopicList:
    """The topics a search knows: the built-in ones and the user's own, looked up by any
    of their names in any letter case."""

    def __init__(self, own: Iterable[Topic] = ()) -> None:
        self.topics: list[Topic] = [Topic(t.label, t.group, t.key) for t in BUILTIN_TOPICS]
        self._by_name: dict[str, Topic] = {name: builtin(t.key) for name, t in _BY_NAME.items()}
        for topic in own:
            if topic.key is None and topic.label.casefold() not in self._by_name:
                self.topics.append(topic)
                self._by_name[topic.label.casefold()] = topic

    def find(self, name: str) -> Topic | None:
        return self._by_name.get(name.strip().casefold())

    def topic(self, name: str) -> Topic:
        """The known topic for `name`, or a topic of the user's own (something to work on)."""
        return self.find(name) or Topic(name.strip(), ReasonGroup.TO_WORK_ON)

    def labels(self) -> list[str]:
        return [t.label for t in self.topics]
