"""Toolbar icons from the desktop's theme or jobdesk's own; jobdesk's tick and cross on
dialog buttons instead of Qt's green and red ones."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication, QStyle, QToolBar, QToolButton
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs import icons
from jobdesk.ui.dialogs.artwork import icon_file
from jobdesk.ui.dialogs.icons import JobdeskStyle, action_icon, bundled_icon
from jobdesk.ui.shell.main_window import MainWindow

BUNDLED = [icons.NEW, icons.FORWARD, icons.REJECT, icons.UNDO, icons.REDO]


def colours_of(icon: QIcon, size: int = 24) -> set[str]:
    image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                found.add(pixel.name())
    return found


@pytest.fixture
def no_icon_theme(qapp: QApplication) -> Iterator[None]:
    before = QIcon.themeName()
    QIcon.setThemeName("")
    yield
    QIcon.setThemeName(before)


def test_every_bundled_icon_ships_in_the_package_and_the_bundle() -> None:
    folder = files("jobdesk.resources.icons")
    names = [file for _theme, file in BUNDLED] + [icons.OK, icons.CANCEL]
    for name in names:
        text = folder.joinpath(name).read_text(encoding="utf-8")
        assert text.startswith("<svg") and "currentColor" in text, name
    spec = (Path(__file__).parents[2] / "packaging" / "jobdesk.spec").read_text()
    assert 'ICONS = ROOT / "resources" / "icons"' in spec and "os.listdir(ICONS)" in spec
    setup = (Path(__file__).parents[2] / "setup.py").read_text()
    assert '"jobdesk.resources.icons": ["*.svg", "*.png"]' in setup


def test_installed_as_plain_files_the_icons_are_found_without_importlib_resources() -> None:
    folder = files("jobdesk.resources.icons")
    for name in ("jobdesk-16.png", "jobdesk-512.png", icons.NEW[1], icons.OK):
        path = icon_file(name)
        assert path is not None, name
        assert Path(path).read_bytes() == folder.joinpath(name).read_bytes()
    assert icon_file("no-such-icon.svg") is None


def test_toolbar_actions_have_icons_without_an_icon_theme(
    qtbot: QtBot, services: Services, no_icon_theme: None
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    for action in (window.new_action, window.advance_action, window.reject_action):
        assert not action.icon().isNull(), action.text()
        button = toolbar.widgetForAction(action)
        assert isinstance(button, QToolButton) and not button.icon().isNull()
    # Drawn in the button text colour of the palette, nothing else.
    text = QApplication.palette().color(QApplication.palette().ColorRole.ButtonText).name()
    assert colours_of(window.new_action.icon()) == {text}


def test_a_theme_icon_is_preferred_when_the_desktop_has_one(
    qapp: QApplication, tmp_path: Path
) -> None:
    folder = tmp_path / "icons" / "jobdesk-test" / "24x24" / "actions"
    folder.mkdir(parents=True)
    (tmp_path / "icons" / "jobdesk-test" / "index.theme").write_text(
        "[Icon Theme]\nName=jobdesk-test\nDirectories=24x24/actions\n\n"
        "[24x24/actions]\nSize=24\nType=Fixed\n"
    )
    image = QImage(24, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ff0000"))
    assert image.save(str(folder / "document-new.png"))
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
    QIcon.setThemeName("jobdesk-test")
    try:
        assert colours_of(action_icon(icons.NEW)) == {"#ff0000"}
        # No such icon in the theme: the bundled drawing.
        assert colours_of(action_icon(icons.REJECT)) != {"#ff0000"}
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(name)


def test_dialog_buttons_get_jobdesk_s_tick_and_cross(qapp: QApplication) -> None:
    style = JobdeskStyle()
    button_text = QApplication.palette().color(QApplication.palette().ColorRole.ButtonText)
    for pixmap, file in (
        (QStyle.StandardPixmap.SP_DialogOkButton, icons.OK),
        (QStyle.StandardPixmap.SP_DialogApplyButton, icons.OK),
        (QStyle.StandardPixmap.SP_DialogCancelButton, icons.CANCEL),
        (QStyle.StandardPixmap.SP_DialogCloseButton, icons.CANCEL),
    ):
        icon = style.standardIcon(pixmap)
        ours = bundled_icon(file, button_text)
        assert icon.pixmap(24, 24).toImage() == ours.pixmap(24, 24).toImage()
        # Qt's own are green and red; ours are one neutral colour.
        assert colours_of(icon) == {button_text.name()}, pixmap
