"""The Patterns page of the Debriefs tab: what keeps coming up across debriefs, rejection
reasons and feedback, and the improvements made from it with their measured effect."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.enums import Stage
from jobdesk.domain.improvements import MAX_ACTIVE, TOO_MANY, ImprovementState
from jobdesk.services.changes import APPLICATIONS, FEEDBACK, IMPROVEMENTS, INTERVIEWS, Change
from jobdesk.services.patterns import Patterns
from jobdesk.ui.debriefs.improvement_dialog import ImprovementDialog
from jobdesk.ui.debriefs.patterns_models import ImprovementsModel, PatternsModel
from jobdesk.ui.dialogs.fitted_columns import FittedColumns
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.dialogs.when_shown import WhenShown

INTRO = (
    "Topics from your debriefs, the reasons recorded for rejections and the feedback you "
    "received, counted together. These describe the process, not you: a topic that recurs "
    "across separate applications is worth a change; one that came up once is a single "
    "data point."
)
EMPTY_TEXT = "No topics yet: tag your debriefs, record why rejections happened, or log feedback."
NO_IMPROVEMENTS = (
    "No improvements yet. Select a topic above and choose Start an improvement…: its effect "
    "on the stage it aims at is measured here."
)
SELECT_ONE = "Select an improvement to read its measured effect here, in full."


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    setup_table(table)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table


class PatternsView(QWidget):
    def __init__(
        self,
        patterns: Patterns,
        perform: Callable[[Callable[[], Change]], Change | None],
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._patterns = patterns
        self._perform = perform
        self._prompts = prompts
        self.patterns_model = PatternsModel(self)
        self.improvements_model = ImprovementsModel(self)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.patterns_table = _table("Patterns")
        self.patterns_table.setModel(self.patterns_model)
        # Fitted to the width: in a narrow window the texts are cut short (whole in each
        # cell's tooltip) rather than scrolling the counts off the side.
        self.patterns_columns = FittedColumns(
            self.patterns_table,
            shrink={4: 90, 7: 90},
            shrink_last={0: 90, 1: 90},
            widest={4: 260},
            stretch=(7,),
        )
        self.start_button = QPushButton("&Start an improvement…")
        self.start_button.setToolTip("Turn the selected topic into one concrete change")
        self.start_button.clicked.connect(self.start_improvement)
        self.improvements_table = _table("Improvements")
        self.improvements_table.setModel(self.improvements_model)
        self.improvements_columns = FittedColumns(
            self.improvements_table,
            shrink={0: 90, 7: 90},
            shrink_last={1: 90, 5: 90, 6: 90},
            stretch=(7,),
        )
        # The effect is the last and longest column: in a 900 px window it is cut short, so
        # the selected improvement's is also written out whole under the table.
        self.effect_label = QLabel()
        self.effect_label.setWordWrap(True)
        self.effect_label.setTextFormat(Qt.TextFormat.PlainText)
        self.effect_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.effect_label.setAccessibleName("The selected improvement's effect")
        self.improvements_table.selectionModel().selectionChanged.connect(
            lambda *_args: self._show_selected()
        )
        self.patterns_table.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_start()
        )
        self.pause_button = QPushButton("&Pause")
        self.finish_button = QPushButton("&Finish")
        self.resume_button = QPushButton("&Resume")
        for button, state in (
            (self.pause_button, ImprovementState.PAUSED),
            (self.finish_button, ImprovementState.FINISHED),
            (self.resume_button, ImprovementState.ACTIVE),
        ):
            button.clicked.connect(lambda _=False, s=state: self._set_selected_state(s))

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.start_button)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(f"Improvements (at most {MAX_ACTIVE} active at once)"), 1)
        for button in (self.pause_button, self.finish_button, self.resume_button):
            bottom.addWidget(button)
        self._update_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.patterns_table, 3)
        layout.addLayout(bottom)
        layout.addWidget(self.improvements_table, 2)
        layout.addWidget(self.effect_label)
        self._lists = WhenShown(self, self.reload)

    def refresh(self, kinds: frozenset[str]) -> None:
        if kinds & {INTERVIEWS, APPLICATIONS, FEEDBACK, IMPROVEMENTS}:
            self._lists.request()

    def reload(self) -> None:
        found = self._patterns.patterns()
        self.patterns_model.set_rows(found)
        recurring = sum(1 for p in found if p.recurring)
        self.summary_label.setText(
            EMPTY_TEXT
            if not found
            else f"{len(found)} topics; {recurring} came up in "
            f"{self._patterns.recurring_min()} or more separate applications."
        )
        self.improvements_model.set_rows(self._patterns.measured())
        self._show_selected()

    def _show_selected(self) -> None:
        self._show_effect()
        self._update_buttons()
        self._update_start()

    def _update_buttons(self) -> None:
        """Each button only where it applies to the selected improvement: pause an active
        one, finish an active or paused one, resume a paused or finished one."""
        row = self._selected_row(self.improvements_table)
        state = None if row is None else self.improvements_model.row_value(row).improvement.state
        active, paused = ImprovementState.ACTIVE, ImprovementState.PAUSED
        self.pause_button.setEnabled(state is active)
        self.finish_button.setEnabled(state in (active, paused))
        self.resume_button.setEnabled(state is not None and state is not active)

    def _update_start(self) -> None:
        """No improvement from a topic that is not the user's to work on."""
        row = self._selected_row(self.patterns_table)
        pattern = None if row is None else self.patterns_model.row_value(row)
        self.start_button.setEnabled(pattern is None or pattern.to_work_on)

    def _show_effect(self) -> None:
        row = self._selected_row(self.improvements_table)
        if row is None:
            empty = not self.improvements_model.rowCount()
            self.effect_label.setText(NO_IMPROVEMENTS if empty else SELECT_ONE)
            return
        model = self.improvements_model
        measured = model.row_value(row)
        action = model.display(measured, model.COL_ACTION)
        self.effect_label.setText(f"{action} — {model.display(measured, model.COL_EFFECT)}")

    # --- improvements ---------------------------------------------------------------------

    def _selected_row(self, table: QTableView) -> int | None:
        rows = table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def start_improvement(self) -> None:
        """From the selected pattern (or none): its topic, the stage it came up at most."""
        topic, stage = "", Stage.TECHNICAL
        row = self._selected_row(self.patterns_table)
        if row is not None:
            pattern = self.patterns_model.row_value(row)
            if not pattern.to_work_on:
                return  # "not told" and outside-your-control topics are not to fix
            topic = pattern.topic.label
            stage = max(pattern.by_stage, key=lambda item: item[1])[0]
            if stage is Stage.OFFER:
                stage = Stage.FINAL
        self.start_for(topic, stage)

    def start_for(self, topic: str, stage: Stage) -> None:
        """Make room if two are active, then ask for the improvement's details."""
        if not self._make_room():
            return
        ask_until_saved(
            lambda entered: ImprovementDialog.ask(
                self,
                self._patterns.topics().labels(),
                topic,
                stage,
                self._patterns.today(),
                entered,
            ),
            lambda details: self._perform(lambda: self._patterns.start(details)) is not None,
        )

    def _make_room(self) -> bool:
        active = self._patterns.active()
        if len(active) < MAX_ACTIVE:
            return True
        # Short buttons, the names in the text: a long name made the box wider than a
        # 900 px window, and a stray Enter must not pause or finish anything.
        actions: list[tuple[str, int, ImprovementState]] = []
        names = []
        for place, i in zip(("first", "second"), active, strict=False):
            names.append(f"The {place}: “{i.details.action}”")
            for verb, state in (
                ("Pause", ImprovementState.PAUSED),
                ("Finish", ImprovementState.FINISHED),
            ):
                actions.append((f"{verb} the {place}", i.id, state))
        text = "\n\n".join([TOO_MANY, "\n".join(names)])
        chosen = self._prompts.choose(self, text, [a[0] for a in actions], default=None)
        if chosen is None:
            return False
        _, improvement_id, state = actions[chosen]
        return self._perform(lambda: self._patterns.set_state(improvement_id, state)) is not None

    def _set_selected_state(self, state: ImprovementState) -> None:
        row = self._selected_row(self.improvements_table)
        if row is None:
            self._prompts.info(self, "Select an improvement first.")
            return
        improvement_id = self.improvements_model.row_value(row).improvement.id
        self._perform(lambda: self._patterns.set_state(improvement_id, state))
