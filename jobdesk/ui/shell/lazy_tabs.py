"""Tabs built the first time they are wanted, so that the window shows before the others exist.

Each tab's place is held by an empty placeholder with its title. The first time the tab is
chosen (or the window asks for it by name), its module is imported, the tab is built, and it
takes the placeholder's place at the same index: from then on it is an ordinary tab.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyTabs:
    """The tabs of `tabs` that are built on first use, by name."""

    def __init__(self, tabs: QTabWidget) -> None:
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
        self._built[name] = tab
        tabs = self._tabs
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex()
        # Swapped without telling: to whoever listens, the current tab did not change.
        blocked = tabs.blockSignals(True)
        try:
            title, tip = tabs.tabText(index), tabs.tabToolTip(index)
            tabs.removeTab(index)
            tabs.insertTab(index, tab, title)
            tabs.setTabToolTip(index, tip)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()
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
