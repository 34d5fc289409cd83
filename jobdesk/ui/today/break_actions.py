"""The actions that open the recovery breaks' forms, from Today and from the Edit menu: a
module of their own, so that the window's menu holds them without loading the forms
(breaks.py), which load when first opened. Every change goes through `perform`: undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.until_saved import ask_until_saved

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from jobdesk.domain.breaks import Break
    from jobdesk.services.breaks import Breaks

Perform = Callable[[Callable[[], Change]], Change | None]


class BreakActions:
    """Opens the break forms; the window gives it `perform`, so each change is announced."""

    def __init__(
        self,
        parent: QWidget,
        breaks: Breaks,
        perform: Perform,
        today: Callable[[], date],
    ) -> None:
        self._parent = parent
        self.breaks = breaks
        self.perform = perform
        self.today = today
        self.manage_action = QAction("Recovery &breaks…", parent)
        self.manage_action.setStatusTip("Mark a break: nudges pause, and its days are not counted")
        self.manage_action.triggered.connect(lambda _checked=False: self.manage())

    def manage(self) -> None:
        from jobdesk.ui.today.breaks import BreaksDialog

        BreaksDialog.ask(self._parent, self)

    def take_or_change(self) -> None:
        """From Today: change the break that is on, or take one from today."""
        current = self.breaks.current()
        if current is None:
            self.add(self._parent)
        else:
            self.edit(current, self._parent)

    def add(self, parent: QWidget) -> bool:
        from jobdesk.ui.today.breaks import BreakDialog

        found = ask_until_saved(
            lambda entered: BreakDialog.ask(parent, self.today(), entered=entered),
            lambda found: self.perform(lambda: self.breaks.add(found)) is not None,
        )
        return found is not None

    def edit(self, current: Break, parent: QWidget) -> bool:
        from jobdesk.ui.today.breaks import BreakDialog

        found = ask_until_saved(
            lambda entered: BreakDialog.ask(parent, self.today(), current, entered),
            lambda found: (
                found == current or self.perform(lambda: self.breaks.edit(found)) is not None
            ),
        )
        return found is not None and found != current
