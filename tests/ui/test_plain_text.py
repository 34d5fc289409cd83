"""Every string that came from the user or a file is shown by Qt as the text it is.

The window is filled with the sample search plus applications, files, themes and feedback
whose names are markup (tests/data/hostile/names.json), every tab is shown and every
application selected, and then every label, tooltip, item tooltip and text view of the
window is read back the way Qt renders it: a hostile name must appear there verbatim, never
rendered as markup (its tags gone) and never shown escaped (`&lt;b&gt;`).
"""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.domain.enums import RejectionReason, Stage
from jobdesk.domain.feedback import ReceivedFeedback
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.feedback.composer_dialog import ComposerDialog
from jobdesk.ui.feedback.feedback_dialog import FeedbackDialog
from jobdesk.ui.offers.letter_dialogs import ChooseApplicationDialog, LetterDialog
from jobdesk.ui.shell.main_window import MainWindow

NAMES = json.loads((Path(__file__).parents[1] / "data/hostile/names.json").read_text())
HOSTILE = sorted(
    {text for case in NAMES["markup"] for text in case.values()}
    | {"<b>bold</b> theme", "<img src=x onerror=alert(1)> said so"},
    key=len,
    reverse=True,
)
TAB_NAMES = ("pipeline", "insights", "feedback", "offers")


class QuietPrompts(Prompts):
    def __init__(self) -> None:
        self.shown: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.shown.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.shown.append(text)


def rendered(text: str, rich: bool) -> str:
    """What the user reads when Qt shows `text`, as rich text or not."""
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\u2028", "\n").replace("\u2029", "\n")


def label_is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())
    )


def problems_in(where: str, raw: str, shown: str) -> list[str]:
    """A hostile name the raw text is about (as itself or escaped) must be read verbatim."""
    found = []
    for name in HOSTILE:
        about = name in raw or html.escape(name, quote=False) in raw
        if about and name not in shown:
            found.append(f"{where}: {name!r} is shown as {shown[:160]!r}")
    return found


def fill(services: Services, tmp_path: Path) -> list[int]:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.feedback.add_theme("<b>bold</b> theme")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    ids = []
    for number, case in enumerate(NAMES["markup"]):
        details = ApplicationDetails(
            case["company"],
            case["role"],
            date(2026, 10, 1),
            notes=f"Met {case['company']}",
            next_step=case["role"],
        )
        app_id = services.pipeline.add(details).application_ids[0]
        ids.append(app_id)
        dropped = inbox / case["file"]
        dropped.write_text(f"Letter {number} from {case['company']}\n")
        staged = services.attachments.stage(dropped)
        services.attachments.attach(app_id, staged, AttachmentKind.OTHER)
        if number == 0:
            proposal = services.offers.propose(services.attachments.stage(dropped))
            services.offers.confirm(
                app_id,
                proposal,
                AttachmentKind.OFFER_LETTER,
                proposal.terms.record(),
                date(2026, 11, 10),
            )
        else:
            services.pipeline.advance(app_id, Stage.SCREEN, date(2026, 10, 10))
            services.pipeline.reject(
                app_id, date(2026, 11, 1), reason=RejectionReason.SKILLS_GAP, note=case["role"]
            )
            services.feedback.record_feedback(
                ReceivedFeedback(
                    app_id,
                    date(2026, 11, 5),
                    said="<img src=x onerror=alert(1)> said so",
                    themes=("<b>bold</b> theme",),
                )
            )
    return ids


def everything_shown(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, raw text, what the user reads) for every piece of text in the window."""
    seen: list[tuple[str, str, str]] = []
    for widget in [window, *window.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        if isinstance(widget, QLabel):
            seen.append((where, widget.text(), rendered(widget.text(), label_is_rich(widget))))
        tip = widget.toolTip()
        if tip:
            seen.append((f"{where} tooltip", tip, rendered(tip, Qt.mightBeRichText(tip))))
        if isinstance(widget, QTextEdit):
            raw = widget.toHtml() if widget.acceptRichText() else widget.toPlainText()
            seen.append((where, raw, widget.toPlainText()))
        if isinstance(widget, QPlainTextEdit):
            seen.append((where, widget.toPlainText(), widget.toPlainText()))
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item_tip = widget.item(row).toolTip()
                seen.append(
                    (
                        f"{where} item tooltip",
                        item_tip,
                        rendered(item_tip, Qt.mightBeRichText(item_tip)),
                    )
                )
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount() private
                columns = 1
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column)
                    cell = index.data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(cell, str):  # an item delegate draws it as plain text
                        seen.append((f"{where} row {row}", cell, cell))
                    value = index.data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(value, str) and value:
                        rich = Qt.mightBeRichText(value)
                        seen.append((f"{where} row {row} tooltip", value, rendered(value, rich)))
    return seen


def test_no_label_tooltip_or_view_renders_a_hostile_name_as_markup(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    ids = fill(services, tmp_path)
    window = MainWindow(services, prompts=QuietPrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.reload()
    problems: list[str] = []
    seen_names: set[str] = set()
    for tab in TAB_NAMES:
        assert window.select_tab(tab)
        qtbot.wait(50)
        if tab == "pipeline":
            table = window.pipeline_tab.table
            for row in range(window.pipeline_tab.model.rowCount()):
                table.selectRow(row)
                for where, raw, shown in everything_shown(window):
                    problems += problems_in(where, raw, shown)
                    seen_names |= {n for n in HOSTILE if n in shown}
        # Each of the Feedback tab's pages is filled in when it is shown.
        pages = window.feedback_tab.pages if tab == "feedback" else None
        for page in range(pages.count()) if pages is not None else [None]:
            if pages is not None and page is not None:
                pages.setCurrentIndex(page)
            for where, raw, shown in everything_shown(window):
                problems += problems_in(where, raw, shown)
                seen_names |= {n for n in HOSTILE if n in shown}
    assert "\n".join(sorted(set(problems))) == ""
    # The walk really met the hostile names (each is shown somewhere, verbatim).
    assert seen_names == set(HOSTILE)
    assert ids


def test_the_dialogs_about_an_application_show_its_names_as_typed(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    ids = fill(services, tmp_path)
    prompts = QuietPrompts()
    window = MainWindow(services, prompts=prompts)
    qtbot.addWidget(window)
    today = services.pipeline.today()
    apps = [services.pipeline.application(app_id) for app_id in ids]
    case = NAMES["markup"][0]
    dropped = tmp_path / "inbox" / case["file"]
    proposal = services.offers.propose(services.attachments.stage(dropped))
    dialogs: list[QWidget] = [
        ChooseApplicationDialog(window, proposal.staged.display_name, apps),
        LetterDialog(window, proposal, apps[0], today, today),
    ]
    for app in apps[1:]:
        dialogs.append(
            ComposerDialog(window, services, app, "feedback_request", window.perform, prompts)
        )
        dialogs.append(
            FeedbackDialog(
                window,
                app,
                today,
                services.feedback.themes(),
                services.feedback.feedback(app.id),
                services.feedback.messages_sent(app.id),
            )
        )
    problems: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        met = set()
        for where, raw, shown in everything_shown(dialog):
            problems += problems_in(f"{type(dialog).__name__} {where}", raw, shown)
            met |= {name for name in HOSTILE if name in shown}
        assert met, f"{type(dialog).__name__} shows none of the names"
        dialog.close()
    assert "\n".join(sorted(set(problems))) == ""


@pytest.mark.parametrize("name", HOSTILE)
def test_a_tooltip_of_user_text_reads_as_that_text(name: str) -> None:
    tip = plain_tooltip(f"{name}\nline two")
    assert rendered(tip, Qt.mightBeRichText(tip)) == f"{name}\nline two"
    assert plain_tooltip("") == ""


def test_message_boxes_show_their_text_as_plain_text(qapp: object) -> None:
    for text in HOSTILE:
        box = Prompts().message_box(QMessageBox.Icon.Warning, None, f"“{text}” could not be kept.")
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.text() == f"“{text}” could not be kept."
        box.deleteLater()


@pytest.mark.parametrize(
    "text", ["<b>Acme</b> & Co \"quoted\" 'single'", "R&amp;D", "a < b > c", "&lt;", "plain"]
)
def test_a_tooltip_escapes_text_as_the_html_module_would(text: str) -> None:
    import html

    assert plain_tooltip(text) == (
        "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"
    )
