"""A board column's cards as a thin list model, and the bytes a dragged card carries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.board import card_status
from jobdesk.domain.silence import Silence
from jobdesk.ui.dialogs.common import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex

APP_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
COMPANY_ROLE = APP_ID_ROLE + 1
ROLE_TITLE_ROLE = APP_ID_ROLE + 2
STATUS_ROLE = APP_ID_ROLE + 3
# The three lines a card paints (company, role, status) in one call: painting asks each
# shown card for them, and each call through Qt costs more than the lines' lookup.
LINES_ROLE = APP_ID_ROLE + 4

# A card dragged within the board carries its application's id, nothing else.
CARD_MIME_TYPE = "application/x-jobdesk-card"


def encode_card(app_id: int) -> bytes:
    return str(app_id).encode("ascii")


def decode_card(data: bytes) -> int | None:
    """The application id a dropped card carries, or None for bytes that are not one."""
    text = data.decode("ascii", errors="replace")
    return int(text) if text.isdigit() and len(text) < 19 else None


class CardsModel(QAbstractListModel):
    """The cards of one column, in the order given (most recently active first)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: tuple[ApplicationSummary, ...] = ()
        # Each card's last line, worked out when first asked for: a column holds 100 cards
        # and shows about a dozen.
        self._statuses: list[str | None] = []
        self._silence: Silence | None = None

    def set_cards(self, cards: Sequence[ApplicationSummary], silence: Silence) -> None:
        self.beginResetModel()
        self._cards = tuple(cards)
        self._statuses = [None] * len(self._cards)
        self._silence = silence
        self.endResetModel()

    def _status(self, row: int) -> str:
        status = self._statuses[row]
        if status is None:
            assert self._silence is not None, "cards come with their silence"
            status = self._statuses[row] = card_status(self._cards[row], self._silence)
        return status

    def card(self, row: int) -> ApplicationSummary:
        return self._cards[row]

    def row_of(self, app_id: int) -> int | None:
        return next((row for row, card in enumerate(self._cards) if card.id == app_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card, status = self._cards[index.row()], self._status(index.row())
        if role == LINES_ROLE:
            return (card.company, card.role_title, status)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{card.company}, {card.role_title}, {status}"
        if role == APP_ID_ROLE:
            return card.id
        if role == COMPANY_ROLE:
            return card.company
        if role == ROLE_TITLE_ROLE:
            return card.role_title
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [card.name, status]
            if card.next_step:
                lines.append(f"Next step: {card.next_step}")
            return plain_tooltip("\n".join(lines))  # the user's text, never markup
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            data.setData(CARD_MIME_TYPE, encode_card(self._cards[valid[0].row()].id))
        return data
