"""The status bar's lasting parts (the count, the line while a rejection lands, offer replies
due), each with shorter forms: in a narrow window they give way by priority, the least
important first, so that none is cut off mid-word, nor the passing message that says what
was just done; a shortened part's tooltip holds it whole. And its busy bar, no taller than
a line of text, so that the bar keeps the height it first painted with."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizeGrip, QStatusBar, QWidget
from shiboken6 import isValid

from jobdesk.ui.dialogs.common import plain_tooltip

# The lower, the longer a part keeps its full text.
COUNT, OFFERS_DUE, LANDING = 0, 1, 2


class StatusPart(QLabel):
    """A lasting part of the status bar, its text given as forms, the longest first."""

    def __init__(self, priority: int) -> None:
        super().__init__()
        self.priority = priority
        self.setTextFormat(Qt.TextFormat.PlainText)  # names the user typed
        self.forms: tuple[str, ...] = ("",)

    def set_forms(self, *forms: str) -> None:
        """The text in full, then shorter forms to fall back on when room is short."""
        self.forms = tuple(forms) or ("",)
        self.setText(self.forms[0])
        self._refit()

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        self._refit()

    def full_text(self) -> str:
        return self.forms[0]

    def _refit(self) -> None:
        bar = self.parentWidget()
        if isinstance(bar, QStatusBar):
            fit(bar)


class BusyBar(QProgressBar):
    """A busy indicator for the status bar (files being read), hidden until busy.

    A status bar is as tall as the tallest of its widgets, shown or hidden: a progress bar
    of its natural height, added after the first paint (the drops are taken from then on),
    made it 5 px taller, and the whole window was laid out and painted again. Held to the
    height of a line of text, it leaves the bar as it first painted."""

    def __init__(self, name: str, width: int = 120) -> None:
        super().__init__()
        self.setRange(0, 0)
        self.setMaximumWidth(width)
        self.setMaximumHeight(self.fontMetrics().height())
        self.setAccessibleName(name)
        self.hide()


def chosen_forms(
    parts: Sequence[Sequence[str]], width_of: Callable[[str], int], room: int
) -> list[int]:
    """Which form of each part to show (parts in priority order, forms longest first) so
    that all fit in `room`: the last part shortens first, down to its shortest form, then
    the one before it; when even the shortest forms do not fit, they are what is shown."""
    chosen = [0] * len(parts)

    def total() -> int:
        return sum(width_of(forms[i]) for forms, i in zip(parts, chosen, strict=True))

    for k in reversed(range(len(parts))):
        while total() > room and chosen[k] < len(parts[k]) - 1:
            chosen[k] += 1
    return chosen


def fit(status_bar: QStatusBar) -> None:
    """Give each visible part the longest form the bar has room for."""
    parts = sorted(
        (p for p in status_bar.findChildren(StatusPart) if not p.isHidden()),
        key=lambda p: p.priority,
    )
    if not parts:
        return
    if not status_bar.isVisible():  # no width to fit yet: in full (fitted once it shows)
        for part in parts:
            part.setText(part.full_text())
            part.setToolTip("")
        return
    spacing = 12  # the layout's gap and each label's margin
    others = sum(
        w.width() + spacing
        for w in status_bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if not isinstance(w, (StatusPart, QSizeGrip)) and not w.isHidden()
    )
    room = status_bar.width() - others - 24  # the size grip's corner
    message = status_bar.currentMessage()
    if message:  # what was just done, for a few seconds: it is read first, so it stays whole
        room -= status_bar.fontMetrics().horizontalAdvance(message) + spacing

    def width_of(text: str) -> int:
        return parts[0].fontMetrics().horizontalAdvance(text) + spacing

    chosen = chosen_forms([p.forms for p in parts], width_of, room)
    for part, i in zip(parts, chosen, strict=True):
        text = part.forms[i]
        part.setText(text)
        part.setToolTip(plain_tooltip(part.full_text()) if i else "")


class FitOnResize(QObject):
    """Fits the status bar's parts each time it changes width or shows a passing message."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._bar = status_bar
        status_bar.installEventFilter(self)
        status_bar.messageChanged.connect(self._message_changed)

    def _message_changed(self, _text: str) -> None:
        if isValid(self._bar):  # the bar clears its message as the window goes, too
            fit(self._bar)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.Resize:
            fit(self._bar)
        return False
