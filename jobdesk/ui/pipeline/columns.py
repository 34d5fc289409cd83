"""The pipeline's column widths: fitted to the window until the user sizes a column, with
Company taking what is left and empty columns only as wide as their titles. In a narrow
window the less important columns give way (hidden for want of room, back when there is
room), so the table never scrolls sideways; the header's menu shows any of them again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.ui.dialogs.fitted_columns import Need, plan_widths
from jobdesk.ui.pipeline.model import (
    COL_APPLIED,
    COL_CHANNEL,
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_LAST_ACTIVITY,
    COL_NEXT_STEP,
    COL_NEXT_STEP_ON,
    COL_OUTCOME,
    COL_ROLE,
    COL_STAGE,
    COL_VARIANT,
    HEADERS,
    NO_RESPONSE_LABEL,
    PipelineModel,
)

# Shown from the start: what a person scans the list for. Channel and resume are the
# experiments' dimensions (on Insights and in the details); the header's menu shows them.
HIDDEN_AT_FIRST = (COL_CHANNEL, COL_VARIANT)
# Free text: these shrink (eliding) when the window is narrow, down to a readable minimum.
TEXT_COLUMNS = (COL_COMPANY, COL_ROLE, COL_NEXT_STEP)
SHRINK_TO = 90
# When even that is too wide, these are hidden for now, first to last, until the rest fit
# with the text columns at READABLE: first what another column or the details pane also
# says (Days idle counts from the last activity; the next step's date is in the details).
GIVE_WAY = (
    COL_LAST_ACTIVITY,
    COL_NEXT_STEP_ON,
    COL_IDLE_DAYS,
    COL_APPLIED,
    COL_NEXT_STEP,
    COL_OUTCOME,
    COL_STAGE,
    COL_ROLE,
)
READABLE = 100
NARROW_NOTE = " (hidden: the window is narrow)"
# Long names are cut at this width rather than pushing the rest off the screen.
WIDEST_TEXT = 340
_DATES = tuple(f"28 {month} 2026" for month in ("May", "Jun", "Sep", "Nov", "Dec"))
_PADDING = 18  # the cell's margins and a little air
_ARROW = 16  # the sorted column's title also holds the sort arrow


class ColumnFitter(QObject):
    """Keeps the table's columns fitted to its width, until the user drags one: from then
    on their widths are theirs (kept with the window's layout)."""

    def __init__(self, table: QTableView, model: PipelineModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._fitting = False
        self._measured: dict[int, Need] = {}
        self.user_sized = False
        # The user's own choices from the header's menu (kept with the window's layout):
        # columns hidden at any width, and columns shown that never give way.
        self.hidden_by_user: set[int] = set(HIDDEN_AT_FIRST)
        self.kept_by_user: set[int] = set()
        self.given_way: frozenset[int] = frozenset()  # hidden for now, for want of room
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in HIDDEN_AT_FIRST:
            table.setColumnHidden(column, True)
        header.sectionResized.connect(self._resized)
        # The sort arrow takes room in its column's title.
        header.sortIndicatorChanged.connect(lambda *_: self.remeasure())
        header.setContextMenuPolicy(header.contextMenuPolicy().CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def restore(
        self,
        state: object,
        user_sized: bool,
        choices: tuple[set[int], set[int]] | None = None,
    ) -> None:
        """Put back the saved header (order, hidden columns, the user's widths) and the
        user's `choices` (hidden, kept); without them (saved by an older jobdesk) the
        header's hidden columns are the user's."""
        # Set first: restoring resizes the viewport, which would fit the columns again.
        self.user_sized = user_sized
        self._fitting = True
        try:
            self._table.horizontalHeader().restoreState(state)  # type: ignore[arg-type]
        finally:
            self._fitting = False
        columns = range(len(HEADERS))
        if choices is None:
            self.hidden_by_user = {c for c in columns if self._table.isColumnHidden(c)}
            self.kept_by_user = set()
        else:
            hidden, kept = choices
            self.hidden_by_user = {c for c in hidden if c in columns and c != COL_COMPANY}
            self.kept_by_user = {c for c in kept if c in columns} - self.hidden_by_user
        self.given_way = frozenset()
        if not user_sized:
            self.fit()

    def choices(self) -> tuple[set[int], set[int]]:
        """The user's choices to keep: the columns hidden, and those kept shown."""
        return set(self.hidden_by_user), set(self.kept_by_user)

    def fit(self) -> None:
        """Fit the visible columns to the table's width (unless the user sized them): first
        which columns have room, then their widths."""
        if self.user_sized:
            return
        available = self._table.viewport().width()
        if available <= 0:
            return
        shown = self._with_room(available)
        self.given_way = frozenset(
            c for c in range(len(HEADERS)) if c not in shown and c not in self.hidden_by_user
        )
        widths = plan_widths({c: self._need(c) for c in shown}, available, COL_COMPANY)
        self._fitting = True
        try:
            for column in range(len(HEADERS)):
                hidden = column not in shown
                if self._table.isColumnHidden(column) != hidden:
                    self._table.setColumnHidden(column, hidden)
            for column, width in widths.items():
                self._table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def _with_room(self, available: int) -> list[int]:
        """The columns to show in `available` pixels: those the user has not hidden, less
        the ones that give way until the rest fit. Never the column the rows are sorted by,
        nor one the user asked to see."""
        shown = [c for c in range(len(HEADERS)) if c not in self.hidden_by_user]
        sorted_by = self._table.horizontalHeader().sortIndicatorSection()
        for column in GIVE_WAY:
            if sum(self._readable(c) for c in shown) <= available:
                break
            if column in shown and column not in self.kept_by_user and column != sorted_by:
                shown.remove(column)
        return shown

    def _readable(self, column: int) -> int:
        need = self._need(column)
        if need.shrinkable:
            return max(need.minimum, min(need.preferred, READABLE))
        return need.preferred

    def remeasure(self) -> None:
        """The rows changed: measure what the columns hold again, then fit them."""
        self._measured.clear()
        self.fit()

    def _need(self, column: int) -> Need:
        # Measured once per change of rows, not on each resize: at 100,000 rows finding the
        # longest names takes a few tens of milliseconds per column.
        if column not in self._measured:
            self._measured[column] = self.need(column)
        return self._measured[column]

    def need(self, column: int) -> Need:
        metrics = self._table.fontMetrics()
        header = self._table.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(HEADERS[column]) + _PADDING
        if header.sortIndicatorSection() == column:
            title += _ARROW
        if column in (COL_STAGE,):
            samples: list[str] = [s.label for s in Stage]
        elif column == COL_OUTCOME:
            samples = [o.label for o in Outcome] + [NO_RESPONSE_LABEL]
        elif column in (COL_APPLIED, COL_LAST_ACTIVITY, COL_NEXT_STEP_ON):
            samples = list(_DATES)
        elif column == COL_IDLE_DAYS:
            samples = ["9999"]
        else:
            samples = self._model.widest_texts(column)
        content = max((metrics.horizontalAdvance(s) for s in samples), default=0)
        preferred = max(title, min(content + _PADDING, WIDEST_TEXT))
        if column in TEXT_COLUMNS and samples:
            return Need(min(preferred, max(title, SHRINK_TO)), preferred, shrinkable=True)
        return Need(preferred, preferred)

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_sized = True  # the user dragged a column: leave the widths alone

    def column_menu(self) -> QMenu:
        """The header's menu: a tick for each column shown; one hidden for want of room
        says so, and ticking it keeps it shown (another gives way instead)."""
        header = self._table.horizontalHeader()
        menu = QMenu(header)
        for column, title in enumerate(HEADERS):
            narrow = column in self.given_way and self._table.isColumnHidden(column)
            action = menu.addAction(title + (NARROW_NOTE if narrow else ""))
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            action.setEnabled(column != COL_COMPANY)  # one column always stays
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self._table.horizontalHeader().mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        """The user's choice from the menu: kept at every width until they change it."""
        if shown:
            self.hidden_by_user.discard(column)
            self.kept_by_user.add(column)
        else:
            self.hidden_by_user.add(column)
            self.kept_by_user.discard(column)
        self._fitting = True
        try:
            self._table.setColumnHidden(column, not shown)
        finally:
            self._fitting = False
        self.fit()


def choices_text(choices: tuple[set[int], set[int]]) -> str:
    """The user's column choices as kept in the window's settings: "hidden|kept", each a
    list of column numbers (no commas: the settings file would read a list)."""
    hidden, kept = choices
    return "|".join(" ".join(str(c) for c in sorted(group)) for group in (hidden, kept))


def parse_choices(text: object) -> tuple[set[int], set[int]] | None:
    """`choices_text` read back; None when it cannot be (an older or hand-edited file)."""
    parts = str(text).split("|")
    if len(parts) != 2:
        return None
    try:
        hidden, kept = ({int(c) for c in part.split()} for part in parts)
    except ValueError:
        return None
    return hidden, kept
