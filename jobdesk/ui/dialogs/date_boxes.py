"""Date and time boxes that are one Tab stop each, as every other field is.

Qt's date box walks its sections on Tab (day, month, year: three presses to get past a
date, two past a time). Here Tab and Shift+Tab leave the box; inside it the arrow keys
Left and Right move between the sections and Up and Down change the one at the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


class DateBox(QDateEdit):
    """A date box that is a single Tab stop."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class TimeBox(QTimeEdit):
    """A time box that is a single Tab stop."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
