"""The funnel's side panel: the leaking stage named, what is too early to judge, and a button to
start an improvement. The explanations fold behind "More" when the panel is too short for
them, so the findings are read without scrolling in a 900x600 window."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.funnel import LeakReport, percent
from jobdesk.ui.insights.common import button, note

MORE = "&More ▾"
LESS = "&Less ▴"
MORE_TIP = "Show the likely causes and why some steps are not judged yet"
LESS_TIP = "Fold the explanations again"
SPACING = 6


def leak_html(report: LeakReport) -> str:
    """The finding itself, as rich text (every piece of text escaped): the stage, its rate
    against the reference, and how sure that is; or why no stage is named."""
    leak = report.leak
    if leak is None:
        return f"<p><b>Leaking stage</b></p><p>{escape(report.message)}</p>"
    rate = leak.step.rate
    return (
        f"<p><b>Leaking stage: {escape(leak.step.label)}</b></p>"
        f"<p>{percent(rate.value)} moved on ({rate.successes} of {rate.resolved}) against a "
        f"reference of {percent(leak.reference)}. {escape(leak.certainty)}</p>"
    )


def causes_html(report: LeakReport, unjudged: list[str]) -> str:
    """What to make of the finding, as rich text: likely causes, where to look, and which
    steps are not judged; empty when there is nothing to add."""
    parts = []
    leak = report.leak
    if leak is not None:
        parts += [
            "<p><b>Likely causes</b></p><ul style='margin-top:0; margin-bottom:0'>",
            *(f"<li>{escape(cause[:1].upper() + cause[1:])}</li>" for cause in leak.causes),
            "</ul>",
            f"<p>{escape(leak.reading)}</p>",
        ]
    if unjudged:
        parts.append(
            f"<p><i>Too little data, or too early, to judge: {escape(', '.join(unjudged))}.</i></p>"
        )
    return "".join(parts)


class LeakPanel(QScrollArea):
    """Shows everything when it fits; otherwise the findings, with the explanations behind a
    More button (and, opened, scrolls rather than clips)."""

    def __init__(self, improve: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The body is sized here, not by the scroll area: resizing it itself, the area kept
        # the width it had before its scroll bar appeared, and the text ran under the bar.
        self.setWidgetResizable(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName("Leaking stage panel")
        self.opened = False  # More was pressed: the explanations stay shown
        # What the first rate leaves out comes first: it says how much is still unknown.
        self.too_early_label = note(name="Too early to judge")
        self.too_early_detail = note(name="Why it is too early")
        self.leak_label = note(name="Leaking stage")
        self.causes_label = note(name="Likely causes")
        self.overall_label = note(name="Leaking stage, all dates")
        # The labels that fold away when the panel is short, the finding staying in view.
        self.folding: tuple[QLabel, ...] = (self.too_early_detail, self.causes_label)
        self._wanted: dict[QLabel, bool] = {}
        self.more_button = QPushButton(MORE)
        self.more_button.setAccessibleName("More about the leaking stage")
        self.more_button.clicked.connect(lambda _checked=False: self.toggle())
        self.improve_button = button(
            "Start an improvement for this stage…",
            "Start an improvement aimed at the leaking stage",
            improve,
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more_button)
        buttons.addStretch()
        buttons.addWidget(self.improve_button)

        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(SPACING)
        for label in self.labels():
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
            label.hide()
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(self.body)
        self.improve_button.hide()
        self.more_button.hide()

    def labels(self) -> tuple[QLabel, ...]:
        return (
            self.too_early_label,
            self.too_early_detail,
            self.leak_label,
            self.causes_label,
            self.overall_label,
        )

    def set_texts(
        self,
        too_early: tuple[str, str] | None,
        leak: str,
        causes: str,
        overall: str | None,
        improvable: bool,
    ) -> None:
        """`too_early` is a headline and its explanation; `causes` folds away when short of
        room, as the explanation does; None or "" leaves a label out."""
        shown = {
            self.too_early_label: too_early[0] if too_early else "",
            self.too_early_detail: too_early[1] if too_early else "",
            self.leak_label: leak,
            self.causes_label: causes,
            self.overall_label: overall or "",
        }
        for label, text in shown.items():
            label.setText(text)
        self._wanted = {label: bool(text) for label, text in shown.items()}
        self.improve_button.setVisible(improvable)
        self.fit()

    def toggle(self) -> None:
        self.opened = not self.opened
        self.fit()

    def whole_height(self, width: int) -> int:
        """The height the panel's contents need at `width`, every explanation shown."""
        layout = self.body.layout()
        assert layout is not None  # set when the panel is built
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        wanted = [label for label in self.labels() if self._wanted.get(label)]
        heights = [label.heightForWidth(inner) for label in wanted]
        row = max(self.improve_button.sizeHint().height(), self.more_button.sizeHint().height())
        return (
            sum(heights)
            + SPACING * len(heights)
            + (row if self.improve_button.isVisibleTo(self) else 0)
            + margins.top()
            + margins.bottom()
        )

    def fit(self) -> None:
        width = self.width() - 2 * self.frameWidth()
        height = self.height() - 2 * self.frameWidth()
        fits = self.whole_height(width) <= height
        for label in self.labels():
            wanted = self._wanted.get(label, False)
            if label in self.folding:
                wanted = wanted and (fits or self.opened)
            label.setVisible(wanted)
        has_more = any(self._wanted.get(label) for label in self.folding)
        self.more_button.setVisible(has_more and not fits)
        self.more_button.setText(LESS if self.opened else MORE)
        self.more_button.setToolTip(LESS_TIP if self.opened else MORE_TIP)
        self._place_body(width, height)

    def _place_body(self, width: int, height: int) -> None:
        """As wide as the panel (less the scroll bar when the contents are taller than it),
        and as tall as the contents need at that width."""
        layout = self.body.layout()
        assert layout is not None  # set when the panel is built
        layout.invalidate()
        needed = layout.totalHeightForWidth(width)
        if needed > height:
            width -= self.verticalScrollBar().sizeHint().width()
            needed = layout.totalHeightForWidth(width)
        self.body.resize(width, max(needed, height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()
