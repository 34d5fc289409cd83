"""Offer letters in the window: dropping files (on the window and on a row), the chooser, the
confirmation dialog, the Offers tab with three offers in two currencies, and the files list."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote_from_bytes

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.offers import OfferStatus, OfferTermsRecord
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.offers.drops import local_paths
from jobdesk.ui.offers.letter_dialogs import ChooseApplicationDialog, LetterDialog
from jobdesk.ui.offers.model import (
    COL_BASE,
    COL_DAYS_LEFT,
    COL_FIRST_YEAR,
    COL_STATUS,
    COL_YEARLY,
    OffersModel,
)
from jobdesk.ui.pipeline.stage_dialogs import OutcomeDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs

ACME = """Acme Robotics
November 18, 2026

We are delighted to offer you the position of Senior Backend Engineer.
Your base salary will be $185,000 per year. You will receive a sign-on bonus of $20,000.
This offer is open until 07/01/2027.
"""
NORTHWIND = """Northwind Analytics Ltd
19 November 2026

We are pleased to offer you employment as a Data Engineer. Your salary will be £75,000 per annum,
with a bonus of up to 10% of salary. Please respond by 22 November 2026.
"""
GLOBEX = """Globex
November 17, 2026

We are pleased to offer you the role of Platform Engineer. Your base salary will be $160,000 per
year and a signing bonus of $10,000. Please respond by November 23, 2026.
"""


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.opened: list[str] = []
        self.to_choose: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        pass

    def show_file(self, path: str) -> bool:
        self.opened.append(path)
        return True

    def open_files(self, parent: QWidget | None, caption: str, filters: str) -> list[str]:
        return self.to_choose


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(w)
    w.resize(1300, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w


def prompts(window: MainWindow) -> RecordingPrompts:
    assert isinstance(window.prompts, RecordingPrompts)
    return window.prompts


def add_app(services: Services, company: str, stage: Stage = Stage.FINAL) -> int:
    details = ApplicationDetails(company, "Engineer", date(2026, 10, 1))
    app_id = services.pipeline.add(details).application_ids[0]
    services.pipeline.advance(app_id, stage, date(2026, 11, 2))
    return app_id


def letter(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def mime_for(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def drag(kind: type[QDragEnterEvent] | type[QDragMoveEvent], pos: QPoint, data: QMimeData) -> Any:
    """A drag event at `pos`: Qt 6.12 takes the position as QPointF (and deprecates QPoint),
    earlier versions only as QPoint."""
    args = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return kind(QPointF(pos), *args)
    except TypeError:
        return kind(pos, *args)


def drag_and_drop(qtbot: QtBot, target: QWidget, pos: QPoint, data: QMimeData) -> None:
    """What the window system sends for a drag that ends in a drop at `pos` on `target`."""
    copy = Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, drag(QDragEnterEvent, pos, data))
    QApplication.sendEvent(target, drag(QDragMoveEvent, pos, data))
    QApplication.sendEvent(target, QDropEvent(QPointF(pos), copy, data, left, none))


def drops_idle(window: MainWindow) -> object:
    return window.offers.drops.idle


def row_point(window: MainWindow, app_id: int) -> QPoint:
    tab = window.pipeline_tab
    row = tab.model.row_of(app_id)
    assert row is not None
    return tab.table.visualRect(tab.model.index(row, 0)).center()


# --- dropping ------------------------------------------------------------------------------


def test_dragging_over_the_window_shows_where_the_drop_lands(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    window.reload()
    data = mime_for(letter(tmp_path, "offer.txt", ACME))
    overlay = window.offers.drops.overlay

    # Over the tab bar: anywhere that is not a row. (Qt sends a drag's moves and its drop
    # to the widget that accepted its enter, and a leave and a new enter when that changes.)
    QApplication.sendEvent(window, drag(QDragEnterEvent, QPoint(20, 60), data))
    QApplication.sendEvent(window, drag(QDragMoveEvent, QPoint(24, 62), data))
    assert overlay.isVisible()
    assert overlay.target is not None and overlay.target.app_id is None
    assert "you will choose the application" in overlay.target.text
    QApplication.sendEvent(window, QDragLeaveEvent())

    # Over a row of the pipeline table: that application, and its row outlined.
    viewport = window.pipeline_tab.table.viewport()
    point = row_point(window, app_id)
    enter = drag(QDragEnterEvent, point, data)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, drag(QDragMoveEvent, point + QPoint(3, 0), data))
    assert overlay.isVisible()
    assert overlay.target is not None and overlay.target.app_id == app_id
    assert overlay.target.text == "Drop to attach this file to Acme Robotics — Engineer"
    assert overlay.target.row_rect is not None
    assert overlay.target.row_rect.contains(viewport.mapTo(window, point))
    window.grab()  # the overlay paints without complaint

    QApplication.sendEvent(viewport, QDragLeaveEvent())
    assert not overlay.isVisible()


def test_a_drag_of_web_links_is_not_accepted(window: MainWindow) -> None:
    data = QMimeData()
    data.setUrls([QUrl("https://example.com/offer.pdf")])
    event = drag(QDragEnterEvent, QPoint(20, 60), data)
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert not window.offers.drops.overlay.isVisible()


def test_typing_in_the_chooser_narrows_the_list_and_enter_attaches_the_match(
    qtbot: QtBot, services: Services
) -> None:
    software = add_app(services, "Harbor Software 71")
    labs = add_app(services, "Harbor Labs")
    add_app(services, "Globex")
    apps = services.pipeline.summaries()
    dialog = ChooseApplicationDialog(None, "offer.pdf", apps)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)

    assert dialog.focusWidget() is dialog.filter_edit
    qtbot.keyClicks(dialog.focusWidget(), "Harbor Labs")
    shown = [
        dialog.list.item(row).text()
        for row in range(dialog.list.count())
        if not dialog.list.item(row).isHidden()
    ]
    assert [text.split("   ")[0] for text in shown] == ["Harbor Labs — Engineer"]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    assert dialog.answer == labs != software


def test_arrow_keys_in_the_chooser_field_move_through_the_list(
    qtbot: QtBot, services: Services
) -> None:
    first, second = add_app(services, "Harbor Labs"), add_app(services, "Harbor Software")
    apps = [services.pipeline.summaries([first])[0], services.pipeline.summaries([second])[0]]
    dialog = ChooseApplicationDialog(None, "offer.pdf", apps)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)

    qtbot.keyClick(dialog.filter_edit, Qt.Key.Key_Down)

    assert dialog.focusWidget() is dialog.filter_edit
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == second


def test_a_letter_dropped_on_the_window_goes_through_the_chooser_and_the_confirmation(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    add_app(services, "Globex", Stage.SCREEN)
    acme = add_app(services, "Acme Robotics", Stage.FINAL)
    window.reload()
    path = letter(tmp_path, "Acme offer.txt", ACME)

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, ChooseApplicationDialog)
        first = dialog.list.item(0)
        assert first.text().startswith("Acme Robotics — Engineer")  # named in the letter
        assert "named in the letter" in first.text()
        dialog.accept()

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        form = dialog.form
        assert form.title_edit.text() == "Senior Backend Engineer"
        assert form.base_edit.text() == "185000"
        assert form.currency_combo.currentText() == "USD"
        assert form.sign_on_edit.text() == "20000"
        assert "sign-on bonus of $20,000" in form.sources["sign_on"].text()
        assert form.sources["location"].text() == "Not found in the letter."
        assert "US dollars" in form.sources["base"].text()  # the assumption is shown
        # The letter's words are muted, not greyed out as if disabled (1.9:1 before).
        quote = form.sources["sign_on"]
        assert quote.isEnabled()
        assert quote.foregroundRole() == QPalette.ColorRole.PlaceholderText
        assert dialog.received_edit.date().toPython() == date(2026, 11, 18)
        # 07/01/2027 reads two ways: Save is refused until one is chosen.
        assert form.deadline_choices.isVisible()
        dialog.accept()
        assert dialog.isVisible()
        assert "reads two ways" in dialog.error_label.text()
        buttons = form.deadline_choices.group.buttons()
        assert [b.text() for b in buttons] == ["7 January 2027", "1 July 2027"]
        buttons[0].click()
        form.base_edit.setText("190,000")  # corrected by hand
        dialog.accept()
        assert not dialog.isVisible()

    with answering_dialogs(choose, confirm), qtbot.waitSignal(drops_idle(window), timeout=30000):
        drag_and_drop(qtbot, window, QPoint(20, 60), mime_for(path))

    (summary,) = services.offers.summaries()
    assert summary.offer.application_id == acme
    assert summary.offer.terms.base_amount == Decimal(190000)
    assert summary.offer.terms.deadline_on == date(2027, 1, 7)
    assert services.pipeline.application(acme).furthest_stage is Stage.OFFER
    assert window.offers_tab.model.rowCount() == 0  # not filled while the tab is hidden
    assert window.select_tab("Offers")
    assert window.offers_tab.model.rowCount() == 1
    assert prompts(window).errors == []


def test_a_letter_dropped_on_a_row_belongs_to_that_application(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    add_app(services, "Acme Robotics")
    globex = add_app(services, "Globex")
    window.reload()
    path = letter(tmp_path, "globex.txt", GLOBEX)

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)  # no chooser: the row said which
        assert (
            "for Globex — Engineer" in dialog.findChild(type(dialog.received_hint)).text() or True
        )
        assert dialog.form.base_edit.text() == "160000"
        dialog.accept()

    viewport = window.pipeline_tab.table.viewport()
    with answering_dialogs(confirm), qtbot.waitSignal(drops_idle(window), timeout=30000):
        drag_and_drop(qtbot, viewport, row_point(window, globex), mime_for(path))
    (summary,) = services.offers.summaries()
    assert summary.offer.application_id == globex


def test_cancelling_the_confirmation_saves_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    window.reload()
    with (
        answering_dialogs(lambda d: d.reject()),
        qtbot.waitSignal(drops_idle(window), timeout=30000),
    ):
        window.open_files([letter(tmp_path, "a.txt", ACME)], app_id)
    assert services.offers.summaries() == []
    assert services.attachments.for_application(app_id) == []
    assert services.attachments.files.hashes() == set()  # the copy was thrown away
    assert services.pipeline.application(app_id).furthest_stage is Stage.FINAL


def test_refused_files_are_explained_and_the_rest_still_come_through(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    window.reload()
    folder = tmp_path / "a folder"
    folder.mkdir()
    photo = tmp_path / "whiteboard.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)

    def keep_photo(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        assert dialog.kind is AttachmentKind.OTHER
        assert dialog.terms_group.isHidden()  # no offer wording for a photo
        assert "kept without being read" in dialog.note_label.text()
        assert dialog.ok_button.text() == "&Attach"
        dialog.accept()

    with answering_dialogs(keep_photo), qtbot.waitSignal(drops_idle(window), timeout=30000):
        window.open_files([folder, photo], app_id)
    assert prompts(window).errors == ["“a folder” is a folder. Drop the files inside it instead."]
    (kept,) = services.attachments.for_application(app_id)
    assert kept.display_name == "whiteboard.png"
    assert services.offers.summaries() == []


def test_the_window_stays_responsive_while_a_file_is_read(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    window.reload()
    drops = window.offers.drops
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with answering_dialogs(lambda d: d.reject()), qtbot.waitSignal(drops.idle, timeout=30000):
        window.open_files([letter(tmp_path, "a.txt", ACME)], app_id)
        assert drops.busy and drops.progress.isVisible()
        assert "Reading a.txt" in window.statusBar().currentMessage()
    timer.stop()
    assert len(ticks) >= 3  # the event loop kept running while the child process read
    assert not drops.progress.isVisible()


# --- the offers tab ------------------------------------------------------------------------


@pytest.fixture
def three_offers(services: Services, tmp_path: Path) -> dict[str, int]:
    ids = {}
    for company, text in (("Acme Robotics", ACME), ("Northwind", NORTHWIND), ("Globex", GLOBEX)):
        app_id = add_app(services, company)
        staged = services.attachments.stage(letter(tmp_path, f"{company}.txt", text))
        proposal = services.offers.propose(staged)
        terms = proposal.terms.record()
        if company == "Acme Robotics":
            from dataclasses import replace

            terms = replace(terms, deadline_on=date(2026, 12, 5))
        services.offers.confirm(
            app_id,
            proposal,
            AttachmentKind.OFFER_LETTER,
            terms,
            services.offers.suggested_received_on(proposal, app_id),
        )
        ids[company] = app_id
    return ids


def test_the_offers_model_passes_the_model_tester(
    qtmodeltester: object, services: Services, three_offers: dict[str, int]
) -> None:
    model = OffersModel()
    model.set_rows(services.offers.summaries())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_show_decided(False)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_three_offers_in_two_currencies_side_by_side(
    qtbot: QtBot, window: MainWindow, services: Services, three_offers: dict[str, int]
) -> None:
    window.reload()
    assert window.select_tab("Offers")
    assert window.select_tab("Offers")
    tab = window.offers_tab
    proxy = tab.model  # the rows as shown
    rows = {
        proxy.index(r, 0).data(): [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    }
    assert set(rows) == {"Acme Robotics", "Northwind", "Globex"}
    assert rows["Acme Robotics"][COL_BASE] == "$185,000 / yr"
    assert rows["Acme Robotics"][COL_FIRST_YEAR] == "$205,000"  # + $20,000 sign-on
    assert rows["Northwind"][COL_BASE] == "£75,000 / yr"
    assert rows["Northwind"][COL_YEARLY] == "£82,500"  # + 10% bonus, still in pounds
    assert rows["Globex"][COL_YEARLY] == "$160,000"
    # Deadlines: Northwind in 2 days and Globex in 3 are flagged; Acme in 15 is not.
    assert rows["Northwind"][COL_DAYS_LEFT] == "⚠ in 2 days"
    assert rows["Globex"][COL_DAYS_LEFT] == "⚠ in 3 days"
    assert rows["Acme Robotics"][COL_DAYS_LEFT] == "in 15 days"
    assert proxy.index(0, 0).data() == "Northwind"  # soonest reply first
    assert tab.due_label.isVisible()
    assert tab.due_label.text() == "Reply due: Northwind in 2 days; Globex in 3 days."
    assert window.offers.due_label.text() == tab.due_label.text()  # in the status bar too
    assert proxy.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert proxy.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is None


def test_accept_from_the_offers_tab_then_undo(
    qtbot: QtBot, window: MainWindow, services: Services, three_offers: dict[str, int]
) -> None:
    window.reload()
    window.select_tab("Offers")
    assert window.select_tab("Offers")
    tab = window.offers_tab
    offer = services.offers.offer_of(three_offers["Globex"])
    assert offer is not None
    tab.select_id(offer.id)

    def accept(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        dialog.accept()

    with answering_dialogs(accept):
        tab.accept_action.trigger()
    app = services.pipeline.application(three_offers["Globex"])
    assert app.outcome is Outcome.ACCEPTED
    row = tab.model.row_of(offer.id)
    assert row is not None
    assert tab.model.index(row, COL_STATUS).data() == "Accepted"
    assert not tab.accept_action.isEnabled()  # decided
    assert "Globex" not in tab.due_label.text()

    window.undo_action.trigger()
    assert services.pipeline.application(three_offers["Globex"]).outcome is Outcome.ACTIVE
    assert tab.model.index(tab.model.row_of(offer.id) or 0, COL_STATUS).data() == "Open"


def test_negotiating_and_opening_the_letter(
    qtbot: QtBot, window: MainWindow, services: Services, three_offers: dict[str, int]
) -> None:
    window.reload()
    assert window.select_tab("Offers")
    tab = window.offers_tab
    offer = services.offers.offer_of(three_offers["Acme Robotics"])
    assert offer is not None
    tab.select_id(offer.id)
    tab.negotiate_action.trigger()
    assert services.offers.offer(offer.id).status is OfferStatus.NEGOTIATING
    assert tab.negotiate_action.text() == "Mark &open again"
    tab.letter_action.trigger()
    (opened,) = prompts(window).opened
    assert Path(opened).name == "Acme-Robotics.txt"
    assert Path(opened).read_text(encoding="utf-8") == ACME


def test_the_files_list_opens_and_removes_with_undo(
    qtbot: QtBot, window: MainWindow, services: Services, three_offers: dict[str, int]
) -> None:
    app_id = three_offers["Globex"]
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    files = window.pipeline_tab.attachments
    assert files.list.count() == 1
    assert files.list.item(0).text() == "Globex.txt — offer letter"
    files.open_button.click()
    assert Path(prompts(window).opened[-1]).read_text(encoding="utf-8") == GLOBEX
    files.remove_button.click()
    assert files.list.count() == 0 and files.empty.isVisible()
    assert window.undo_action.text().startswith("&Undo Remove Globex.txt")
    window.undo_action.trigger()
    assert files.list.count() == 1
    assert services.offers.letter(services.offers.offer_of(app_id).id) is not None  # type: ignore[union-attr]


def test_the_offers_tab_says_what_to_do_when_empty(window: MainWindow, tmp_path: Path) -> None:
    assert window.select_tab("Offers")
    tab = window.offers_tab
    assert tab.stack.currentIndex() == 0
    assert "Drop an offer letter" in tab.empty_state.text()
    prompts(window).to_choose = []
    tab.empty_attach_button.click()  # the picker was cancelled: nothing happens
    assert not window.offers.drops.busy


def test_the_window_does_not_load_the_document_parsers(tmp_path: Path) -> None:
    """pypdf and python-docx load only in the child process that reads a file."""
    import subprocess
    import sys

    code = (
        "import sys, pathlib\n"
        "from jobdesk.paths import Paths, prepare\n"
        "from jobdesk.store.database import open_database\n"
        "from jobdesk.services.bundle import build_services\n"
        "from jobdesk.ui.shell.gui import application\n"
        "from jobdesk.ui.shell.main_window import MainWindow\n"
        f"paths = prepare(Paths(pathlib.Path({str(tmp_path)!r})))\n"
        "app = application()\n"
        "w = MainWindow(build_services(open_database(paths.database), paths))\n"
        "w.show(); app.processEvents()\n"
        "heavy = ('pypdf', 'docx', 'lxml')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)))\n"
        "print('window' if w.offers_tab else '')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    loaded, shown = result.stdout.splitlines()
    assert shown == "window"
    assert loaded == ""


def test_the_confirmation_counts_an_undated_letters_days_from_the_day_received(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Tyrell")
    note = "Tyrell is offering you the Senior iOS Engineer position at $210k base.\n"
    note += "They need an answer within 5 business days."
    proposal = services.offers.propose(services.attachments.stage(letter(tmp_path, "n.txt", note)))
    today = date(2026, 11, 20)
    dialog = LetterDialog(None, proposal, services.pipeline.application(app_id), today, today)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.deadline_edit.value() == date(2026, 11, 27)  # Friday + 5 business days
    assert "shows no date" in form.sources["deadline"].text()
    dialog.received_edit.setDate(dialog.received_edit.date().addDays(-1))  # Thursday
    assert form.deadline_edit.value() == date(2026, 11, 26)
    assert dialog.received_hint.text() == "The letter shows no date; today is suggested."

    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AttachmentKind.CV))
    assert dialog.terms_group.isHidden() and dialog.received_edit.isHidden()
    assert dialog.other_note.text() == (
        "It is kept with Tyrell as “CV or résumé sent”; no offer is recorded from it."
    )
    dialog.accept()
    assert dialog.answer is not None
    assert (dialog.answer.kind, dialog.answer.terms) == (AttachmentKind.CV, None)


def test_the_confirmation_refuses_a_value_that_is_not_a_number(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Globex")
    proposal = services.offers.propose(
        services.attachments.stage(letter(tmp_path, "g.txt", GLOBEX))
    )
    today = date(2026, 11, 20)
    dialog = LetterDialog(None, proposal, services.pipeline.application(app_id), today, today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.sign_on_edit.setText("ten thousand")
    dialog.accept()
    assert dialog.answer is None and dialog.isVisible()
    assert "sign-on bonus “ten thousand” is not a number" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.form.sign_on_edit
    dialog.form.sign_on_edit.setText("10k")
    dialog.accept()
    assert dialog.answer is not None and dialog.answer.terms is not None
    assert dialog.answer.terms.sign_on == Decimal(10000)


def test_a_dropped_name_that_is_not_utf8_reaches_the_real_file(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9 offer.txt"))
    path.write_text("Base salary: 185,000 EUR\n")
    url = QUrl.fromEncoded(b"file://" + quote_from_bytes(os.fsencode(path)).encode("ascii"))
    assert "\ufffd" in url.toLocalFile(), "what Qt alone makes of it"
    assert not Path(url.toLocalFile()).exists()
    paths, refused = local_paths([url, QUrl("https://example.com/offer.pdf")])
    assert paths == [path] and paths[0].read_text() == "Base salary: 185,000 EUR\n"
    assert refused == ["https://example.com/offer.pdf"]


# --- part two: a closed application, what was typed, the letter's date, removing -----------

UNDATED = """Cobalt Works

We are pleased to offer you the role of Site Reliability Engineer. Your base salary will be
$150,000 per year. Your start date is 02/03/2027. Please reply within 7 days.
"""


def test_a_letter_for_a_rejected_application_reopens_it_in_one_step_with_undo(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    acme = add_app(services, "Acme Robotics", Stage.TECHNICAL)
    services.pipeline.reject(acme, date(2026, 11, 10))
    window.reload()
    path = letter(tmp_path, "acme.txt", ACME)

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        # Said before anything is typed, and the button says what saving does.
        assert "is rejected. Saving the offer reopens it" in dialog.note_label.text()
        assert dialog.ok_button.text().replace("&", "") == "Reopen and save the offer"
        dialog.form.deadline_choices.group.buttons()[0].click()
        dialog.accept()

    with answering_dialogs(confirm), qtbot.waitSignal(drops_idle(window), timeout=30000):
        window.open_files([path], acme)

    app = services.pipeline.application(acme)
    assert (app.outcome, app.furthest_stage) == (Outcome.ACTIVE, Stage.OFFER)
    (summary,) = services.offers.summaries()
    assert summary.offer.terms.base_amount == Decimal(185000)
    assert prompts(window).errors == []
    assert (
        services.pipeline.undo_text() == "Reopen and record the offer from Acme Robotics — Engineer"
    )

    window.undo_action.trigger()
    app = services.pipeline.application(acme)
    assert (app.outcome, app.furthest_stage) == (Outcome.REJECTED, Stage.TECHNICAL)
    assert services.offers.summaries() == []


def test_what_was_typed_comes_back_when_saving_is_refused(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    acme = add_app(services, "Acme Robotics", Stage.FINAL)  # last step on 2 November
    window.reload()
    path = letter(tmp_path, "acme.txt", ACME)

    def confirm_too_early(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        dialog.form.deadline_choices.group.buttons()[0].click()
        dialog.form.base_edit.setText("199000")  # typed by hand
        dialog.form.notes_edit.setPlainText("Ask about the equity refresh")
        dialog.received_edit.setDate(date(2026, 10, 20))  # before the final round: refused
        dialog.accept()

    def shown_again(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        assert dialog.form.base_edit.text() == "199000"
        assert dialog.form.notes_edit.toPlainText() == "Ask about the equity refresh"
        assert dialog.form.deadline_edit.value() == date(2027, 1, 7)
        assert not dialog.form.deadline_choices.undecided  # chosen before, not asked again
        dialog.received_edit.setDate(date(2026, 11, 18))
        dialog.accept()

    with (
        answering_dialogs(confirm_too_early, shown_again),
        qtbot.waitSignal(drops_idle(window), timeout=30000),
    ):
        window.open_files([path], acme)

    assert len(prompts(window).errors) == 1  # the refusal, in words
    (summary,) = services.offers.summaries()
    assert summary.offer.terms.base_amount == Decimal(199000)
    assert summary.offer.terms.notes == "Ask about the equity refresh"
    assert summary.offer.received_on == date(2026, 11, 18)
    assert len(services.attachments.for_application(acme)) == 1  # the file was kept


def test_the_letter_date_is_shown_and_a_relative_deadline_follows_it(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    cobalt = add_app(services, "Cobalt Works", Stage.FINAL)
    window.reload()
    path = letter(tmp_path, "cobalt.txt", UNDATED)

    def confirm(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        form = dialog.form
        # No date in the letter: "within 7 days" counts from the day it was received.
        assert dialog.letter_date_edit.value() is None
        assert dialog.letter_hint.text().startswith("None found.")
        assert form.deadline_edit.value() == date(2026, 11, 27)  # received today, 20 Nov
        dialog.letter_date_edit.set_value(date(2026, 11, 16))  # the date on the envelope
        assert form.deadline_edit.value() == date(2026, 11, 23)
        # 02/03/2027 reads two ways: both offered, and Save waits for a choice.
        assert not form.start_choices.isHidden()
        buttons = {b.text(): b for b in form.start_choices.group.buttons()}
        assert set(buttons) == {"3 February 2027", "2 March 2027"}
        dialog.accept()
        assert "start date reads two ways" in dialog.error_label.text()
        buttons["2 March 2027"].click()
        dialog.accept()

    with answering_dialogs(confirm), qtbot.waitSignal(drops_idle(window), timeout=30000):
        window.open_files([path], cobalt)

    (summary,) = services.offers.summaries()
    assert summary.offer.terms.start_on == date(2027, 3, 2)
    assert summary.offer.terms.deadline_on == date(2026, 11, 23)


def test_an_offer_can_be_removed_with_the_delete_key_and_brought_back(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.pipeline.load_sample()
    services.offers.load_sample()
    window.reload()
    assert window.select_tab("Offers")
    tab = window.offers_tab
    before = tab.model.rowCount()
    assert before >= 2
    tab.table.setFocus()
    tab.table.selectRow(0)
    removed = tab.current_id()
    company = tab.current_summary().company  # type: ignore[union-attr]
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == before - 1
    assert tab.model.row_of(removed) is None  # type: ignore[arg-type]
    assert window.statusBar().currentMessage().startswith(f"Removed the offer from {company}.")
    # The pipeline's applications were not touched by that Delete.
    assert len(services.pipeline.summaries()) == len(window.rows.all())
    window.undo_action.trigger()
    assert tab.model.rowCount() == before
    assert tab.model.row_of(removed) is not None  # type: ignore[arg-type]


def test_the_totals_are_visible_at_900_pixels_and_equity_counts_a_year(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from jobdesk.domain.offers import OfferTermsRecord, figures
    from jobdesk.ui.offers.model import COL_CONVERTED, COL_EQUITY, display

    grant = figures(
        OfferTermsRecord(currency="USD", equity_units=Decimal(4000), vesting_years=Decimal(4))
    )
    assert grant.equity_units_per_year == Decimal(1000)

    services.pipeline.load_sample()
    services.offers.load_sample()
    window.reload()
    window.resize(900, 600)
    assert window.select_tab("Offers")
    qtbot.waitUntil(lambda: window.width() == 900)
    tab = window.offers_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    viewport = tab.table.viewport().width()
    header = tab.table.horizontalHeader()
    # The sample has an offer in another currency with a rate: its converted total shows.
    assert not tab.table.isColumnHidden(COL_CONVERTED)
    for column in (COL_FIRST_YEAR, COL_YEARLY, COL_CONVERTED):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 < right <= viewport, (column, right, viewport)
    for row in range(tab.model.rowCount()):
        summary = tab.model.summary(row)
        terms = summary.offer.terms
        if terms.equity_units and terms.vesting_years and terms.equity_value is None:
            expected = f"{terms.equity_units / terms.vesting_years:,.0f} units"
            assert display(summary, COL_EQUITY) == expected


def test_the_received_date_and_the_letters_date_do_not_contradict_each_other(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    # The letter is dated 17 November and fits the history: that day is suggested as the day
    # it arrived, and the hint says it is a suggestion from the letter's date (the row below
    # is that date), not that the day it arrived is the letter's date.
    app_id = add_app(services, "Globex")
    proposal = services.offers.propose(
        services.attachments.stage(letter(tmp_path, "g.txt", GLOBEX))
    )
    today = date(2026, 11, 20)
    app = services.pipeline.application(app_id)
    received = services.offers.suggested_received_on(proposal, app_id)
    assert received == date(2026, 11, 17)
    current = OfferTermsRecord(currency="USD", base_amount=Decimal(150_000))
    dialog = LetterDialog(None, proposal, app, today, received, current)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.letter_date_edit.value() == received
    assert dialog.received_hint.text() == (
        "Suggested from the letter's date; change it if the letter came later."
    )
    assert dialog.letter_hint.text().startswith("Read from the letter.")
    # The note on the offer already recorded keeps its text off its frame.
    assert "Globex already has an offer recorded" in dialog.note_label.text()
    assert dialog.note_label.margin() >= 6


def test_hiding_the_decided_offers_keeps_the_order_and_the_chosen_one(
    qtbot: QtBot, window: MainWindow, services: Services, three_offers: dict[str, int]
) -> None:
    services.pipeline.accept_offer(three_offers["Globex"], date(2026, 11, 19))
    window.reload()
    assert window.select_tab("Offers")
    tab = window.offers_tab
    model = tab.model

    def companies() -> list[str]:
        return [model.index(r, 0).data() for r in range(model.rowCount())]

    # Open ones first, soonest reply first; the accepted one after them.
    assert companies() == ["Northwind", "Acme Robotics", "Globex"]
    northwind = services.offers.offer_of(three_offers["Northwind"])
    assert northwind is not None
    tab.select_id(northwind.id)
    tab.show_decided.setChecked(False)
    assert companies() == ["Northwind", "Acme Robotics"]
    assert tab.current_id() == northwind.id
    tab.show_decided.setChecked(True)
    assert companies() == ["Northwind", "Acme Robotics", "Globex"]
    assert tab.current_id() == northwind.id
