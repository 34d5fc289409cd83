"""Preferences: every user setting, built from its declaration (type, bounds, help)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.settings import Setting, all_settings
from jobdesk.services.settings import Settings
from jobdesk.ui.dialogs.common import fields_scroll, open_at, run_dialog
from jobdesk.ui.dialogs.form_dialog import FormDialog

# Sections by key prefix, in the order shown; mail settings have their own dialog.
SECTIONS = (
    ("funnel", "Counting the funnel"),
    ("insights", "Reference rates for the leaking stage"),
    ("feedback", "Feedback and follow-ups"),
    ("today", "Today and pacing"),
    ("profile", "You"),
)

Editor = QSpinBox | QDoubleSpinBox | QLineEdit | QCheckBox


def editor_for(setting: Setting[Any]) -> Editor:
    """The control that edits `setting`, bounded by its declaration."""
    kind = setting.kind
    editor: Editor
    if kind is bool:
        editor = QCheckBox()
    elif kind is int:
        editor = QSpinBox()
        editor.setRange(int(setting.minimum or 0), int(setting.maximum or 1_000_000))
    elif kind is float:
        editor = QDoubleSpinBox()
        editor.setRange(setting.minimum or 0.0, setting.maximum or 1e9)
    else:
        editor = QLineEdit()
    editor.setAccessibleName(setting.label)
    editor.setToolTip(setting.help)
    return editor


def value_of(editor: Editor) -> Any:
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox | QDoubleSpinBox):
        return editor.value()
    return editor.text().strip()


def show_value(editor: Editor, value: Any) -> None:
    if isinstance(editor, QCheckBox):
        editor.setChecked(bool(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif isinstance(editor, QDoubleSpinBox):
        editor.setValue(float(value))
    else:
        editor.setText(str(value))


class SettingsDialog(FormDialog):
    """Returns the settings whose values the user changed, or None when cancelled."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        settings: Settings,
        entered: dict[Setting[Any], Any] | None = None,
    ) -> dict[Setting[Any], Any] | None:
        """`entered`: the changes made before, when saving them was refused: shown again."""
        dialog = cls(parent, settings=settings)
        if entered is not None:
            for setting, value in entered.items():
                show_value(dialog.editors[setting], value)
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.changes())

    def __init__(self, parent: QWidget | None = None, *, settings: Settings) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._current: dict[Setting[Any], Any] = {}
        self.editors: dict[Setting[Any], Editor] = {}
        content = QWidget()
        column = QVBoxLayout(content)
        for prefix, title in SECTIONS:
            declared = [s for s in all_settings() if s.key.split(".")[0] == prefix]
            if not declared:
                continue
            group = QGroupBox(title)
            form = QFormLayout(group)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for setting in declared:
                editor = self.editors[setting] = editor_for(setting)
                self._current[setting] = settings.get(setting)
                show_value(editor, self._current[setting])
                label = QLabel(setting.label + ":")
                label.setBuddy(editor)
                help_text = QLabel(setting.help)
                help_text.setWordWrap(True)
                # Half-strength text: readable, yet clearly the explanation, in any palette.
                help_text.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(editor, 0, Qt.AlignmentFlag.AlignLeft)
                box.addWidget(help_text)
                form.addRow(label, box)
            column.addWidget(group)
        column.addStretch()
        scroll = fields_scroll(content)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        # Qt titles this button "Restore Defaults"; every other button is in sentence case.
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText("&Restore defaults")
        for role, name in (
            (QDialogButtonBox.StandardButton.Ok, "Save preferences"),
            (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
            (QDialogButtonBox.StandardButton.RestoreDefaults, "Restore defaults"),
        ):
            buttons.button(role).setAccessibleName(name)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self.restore_defaults
        )
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        open_at(self, 640, 560)

    def restore_defaults(self) -> None:
        for setting, editor in self.editors.items():
            show_value(editor, setting.default)

    def changes(self) -> dict[Setting[Any], Any]:
        return {
            setting: value
            for setting, editor in self.editors.items()
            if (value := value_of(editor)) != self._current[setting]
        }
