"""Tabs built the first time they are wanted, so that the window shows before the others exist.

Each tab's place is held by an empty placeholder with its title. The first time the tab is
chosen (or the window asks for it by name), its module is imported, the tab is built, and it
takes the placeholder's place in the page's `Room` (see `RoomTabs`): from then on it is an
ordinary tab.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from jobdesk.ui.dialogs.room import RoomTabs


class LazyTabs:
    """The tabs of `tabs` that are built on first use, by name."""

    def __init__(self, tabs: RoomTabs) -> None:
        self._tabs = tabs
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._built: dict[str, QWidget] = {}
        # Connected before anyone else's slot, so that they already see the real tab.
        tabs.currentChanged.connect(self._current_changed)

    def add(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        """A place for the tab `name` under `title`; `build` makes it when it is wanted."""
        placeholder = QWidget()
        placeholder.setAccessibleName(title.replace("&", ""))
        # Added before it is known here: the first tab added becomes current, which must
        # not build it.
        self._tabs.addTab(placeholder, title)
        self._builders[name] = build
        self._placeholders[name] = placeholder

    def get(self, name: str) -> QWidget:
        """The tab `name`, built now if it was not yet."""
        found = self._built.get(name)
        if found is None:
            found = self._build(name)
        return found

    def built(self) -> Iterator[tuple[str, QWidget]]:
        """The tabs built so far, with their names: only those have anything to refresh."""
        return iter(list(self._built.items()))

    def build_all(self) -> None:
        """Build every tab not built yet (to list the shortcuts their views hold)."""
        for name in list(self._builders):
            self._build(name)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def _build(self, name: str) -> QWidget:
        tab = self._builders.pop(name)()
        placeholder = self._placeholders.pop(name)
        tabs = self._tabs
        room = tabs.room(tabs.indexOf(placeholder))
        focused = QApplication.focusWidget()
        # The keyboard moved onto the page (its room, or the placeholder) as it was shown:
        # it goes where switching to a built tab puts it, the tab's first control in the
        # Tab order.
        had_focus = focused is not None and (focused is room or room.isAncestorOf(focused))
        self._built[name] = tab
        # The page stays (its title, its place, the current tab): the tab is put in its
        # room instead of the placeholder, so that no one is told of a change of tab.
        room.hold(tab)
        placeholder.deleteLater()
        if had_focus and tabs.currentWidget() is tab:
            _focus_first(tab)
        forget_module_sources()
        return tab

    def _current_changed(self, index: int) -> None:
        widget = self._tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self._build(name)
                return


def forget_module_sources() -> None:
    """Drop the source lines Python keeps of the modules imported so far. The Qt binding
    reads the source of each module imported after it (looking for its `__feature__`
    switch), and Python's line cache keeps them all: about 10 MB once the window is up.
    A traceback reads them again when it needs them."""
    linecache.clearcache()


def _focus_first(page: QWidget) -> None:
    """Focus `page`'s content as the window does for a built tab (`first_content`)."""
    widget = first_content(page)
    if widget is not None:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
    else:
        page.setFocus(Qt.FocusReason.OtherFocusReason)


def first_content(page: QWidget) -> QWidget | None:
    """Where the keyboard goes in `page`: its first list or table that Tab would stop at,
    else its first control that Tab would stop at (never a row of tabs)."""
    from PySide6.QtWidgets import QAbstractItemView, QTabBar

    candidates: list[QWidget] = []
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if (
            widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and not isinstance(widget, QTabBar)
        ):
            candidates.append(widget)
        widget = widget.nextInFocusChain()
    lists = [w for w in candidates if isinstance(w, QAbstractItemView)]
    return (lists or candidates or [None])[0]
