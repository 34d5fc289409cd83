"""Small pieces every table uses: the index type Qt passes, how dates are shown, and the
keyboard setup every table view gets (`setup_table`)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView

from jobdesk.domain.wording import date_text

__all__ = ["AnyIndex", "date_text", "setup_table"]

AnyIndex = QModelIndex | QPersistentModelIndex


def setup_table(view: QAbstractItemView, *, read_only_rows: bool = True) -> None:
    """The setup every table view in the app gets, so none can trap the keyboard.

    Qt's tables walk their cells on Tab and wrap round, so the focus never left them and
    the controls after a table could not be reached from the keyboard; here Tab moves on
    to the next control and the arrow keys move inside the table. With `read_only_rows`
    (the default) the table is also one selected row at a time, never edited in place.
    """
    view.setTabKeyNavigation(False)
    if read_only_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
