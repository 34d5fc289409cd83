"""Topics offered in their groups, as DESIGN.md's one vocabulary asks everywhere: outside your
control, something to work on, not told. One builder for the rejection's reason (one choice,
radio buttons) and the feedback's themes (several, check boxes)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.enums import ReasonGroup


class TopicGroups(QWidget):
    """A box per group, each holding its topics' buttons, side by side or stacked."""

    def __init__(
        self,
        topics: Iterable[tuple[ReasonGroup, str]],
        *,
        several: bool,
        stacked: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._several = several
        self.buttons: dict[str, QAbstractButton] = {}  # by the topic's label
        self.button_group = QButtonGroup(self)
        self.button_group.setExclusive(not several)
        self.boxes: dict[ReasonGroup, QGroupBox] = {}
        self._lists: dict[ReasonGroup, QVBoxLayout] = {}
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        row = QBoxLayout(direction, self)
        row.setContentsMargins(0, 0, 0, 0)
        for group in ReasonGroup:
            box = QGroupBox(group.label)
            column = QVBoxLayout(box)
            self.boxes[group] = box
            self._lists[group] = column
            row.addWidget(box, 0 if stacked else 1)
        for group, label in topics:
            self.add(group, label)
        for column in self._lists.values():
            column.addStretch(1)
        if stacked:
            row.addStretch(1)

    def add(self, group: ReasonGroup, label: str) -> QAbstractButton:
        """A topic's button at the end of its group (before the group's closing stretch)."""
        button: QAbstractButton = QCheckBox(label) if self._several else QRadioButton(label)
        button.setAccessibleName(label)
        column = self._lists[group]
        at = column.count()
        last = column.itemAt(at - 1) if at else None
        if last is not None and last.spacerItem() is not None:
            at -= 1
        column.insertWidget(at, button)
        self.button_group.addButton(button)
        self.buttons[label] = button
        return button

    def checked(self) -> list[str]:
        """The labels ticked, in the order offered."""
        return [label for label, button in self.buttons.items() if button.isChecked()]
