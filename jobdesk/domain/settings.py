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
    "An application with no reply this many days after it was sent counts as unanswered "
    "in the rates, whether or not you marked it ghosted.",
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
    "Suggest a follow-up after (days)",
    "Applications with no reply after this many days are suggested for a polite follow-up.",
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


def all_settings() -> list[Setting[Any]]:
    """Every declared setting, in the order above (found by type, so none is forgotten)."""
    return [value for value in globals().values() if isinstance(value, Setting)]
