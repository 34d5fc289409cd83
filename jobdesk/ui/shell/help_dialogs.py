"""Help ▸ Keyboard shortcuts (read from the window's own actions) and Help ▸ How jobdesk counts."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.how_it_counts import Rule
from jobdesk.ui.dialogs.common import open_at

# (group, [(what it does, its keys)])
ShortcutGroups = list[tuple[str, list[tuple[str, str]]]]

# Keys that are no action of their own (Qt or a view handles them), so no menu lists them.
OTHER_KEYS: list[tuple[str, str]] = [
    ("Open the selected application", "Enter or double-click"),
    ("Save a dialog that holds a text box", "Ctrl+Enter"),
    ("Board: the column to the left or right", "Left, Right"),
    ("Pipeline: the first or last application (Shift: select up to it)", "Ctrl+Home, Ctrl+End"),
]


def action_label(action: QAction) -> str:
    """An action's name as a menu shows it: no "&" marks, no "…", and for actions whose
    text names an application (Undo Move Acme…), their short name."""
    return action.iconText().replace("&&", "&").rstrip("…").strip()


def keys_of(action: QAction) -> str:
    return " or ".join(
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
    )


def shortcut_groups(window: QMainWindow) -> ShortcutGroups:
    """Every action with a shortcut: grouped by the menu holding it, then those on a view
    that no menu holds, grouped by the view's name. A new action shows up by itself."""
    groups: ShortcutGroups = []
    seen: set[QAction] = set()

    def rows_of(menu: QMenu) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                rows.extend(rows_of(submenu))
            elif action.shortcuts() and action not in seen:
                seen.add(action)
                rows.append((action_label(action), keys_of(action)))
        return rows

    for entry in window.menuBar().actions():
        menu = entry.menu()
        if isinstance(menu, QMenu):
            rows = rows_of(menu)
            if rows:
                groups.append((entry.text().replace("&", ""), rows))
    others: dict[str, list[tuple[str, str]]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        for action in widget.actions():
            if action.shortcuts() and action not in seen:
                seen.add(action)
                name = "Other" if widget is window else widget.accessibleName() or "Other"
                others.setdefault(name, []).append((action_label(action), keys_of(action)))
    groups.extend(others.items())
    groups.append(("Other keys", OTHER_KEYS))
    return groups


class ShortcutsDialog(QDialog):
    """Every shortcut, by menu, as the window's actions have them now."""

    @classmethod
    def ask(cls, parent: QWidget | None, groups: ShortcutGroups) -> None:
        dialog = cls(parent, groups=groups)
        dialog.exec()
        dialog.deleteLater()

    def __init__(self, parent: QWidget | None = None, *, groups: ShortcutGroups) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for group, rows in groups:
            top = QTreeWidgetItem([group, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(top)
            for text, keys in rows:
                top.addChild(QTreeWidgetItem([text, keys]))
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        open_at(self, 560, 600)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) for every row shown."""
        found = []
        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            assert top is not None
            for child in range(top.childCount()):
                item = top.child(child)
                assert item is not None
                found.append((top.text(0), item.text(0), item.text(1)))
        return found


class CountingDialog(QDialog):
    """How jobdesk counts, in plain words, with the user's own settings and figures (or an
    example's, said to be one, while there are none)."""

    @classmethod
    def ask(cls, parent: QWidget | None, rules: tuple[Rule, ...], note: str) -> None:
        dialog = cls(parent, rules=rules, note=note)
        dialog.exec()
        dialog.deleteLater()

    def __init__(
        self, parent: QWidget | None = None, *, rules: tuple[Rule, ...], note: str
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("How jobdesk counts")
        self.text = QLabel(
            "<p>The figures on Insights, Today and in <code>jobdesk stats</code> follow "
            f"these rules. {escape(note)}</p>"
            + "".join(map(_rule_html, rules))
            + "<p>The no-response period and the minimum sample are in Edit ▸ Preferences.</p>"
        )
        self.text.setWordWrap(True)
        self.text.setAccessibleName("How jobdesk counts")
        self.text.setMargin(8)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        open_at(self, 600, 560)


def _rule_html(rule: Rule) -> str:
    figures = f" <i>{escape(rule.figures)}</i>" if rule.figures else ""
    return f"<p><b>{escape(rule.title)}.</b> {escape(rule.text)}{figures}</p>"
