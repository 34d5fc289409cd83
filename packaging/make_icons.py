"""Render resources/icons/jobdesk.svg to the PNG sizes, and to .ico / .icns for the bundles.

Run with the project's Python: `python packaging/make_icons.py [--ico PATH] [--icns PATH]`.
PNGs are written next to the SVG (they are committed); .ico and .icns only when asked, at
build time. Qt renders the SVG, so nothing beyond PySide6 is needed.
"""

from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "jobdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's icns types for PNG payloads, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(size: int) -> bytes:
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path) -> None:
    images = [(size, render(size)) for size in ICO_SIZES]
    out = io.BytesIO()
    out.write(struct.pack("<HHH", 0, 1, len(images)))
    offset = 6 + 16 * len(images)
    for size, png in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        out.write(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset))
        offset += len(png)
    for _, png in images:
        out.write(png)
    path.write_bytes(out.getvalue())


def write_icns(path: Path) -> None:
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for size, kind in ICNS_TYPES.items()
        for png in [render(size)]
    )
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="also write a macOS .icns here")
    parser.add_argument("--no-png", action="store_true", help="do not rewrite the PNGs")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([])
    if not args.no_png:
        for size in PNG_SIZES:
            (ICONS / f"jobdesk-{size}.png").write_bytes(render(size))
    if args.ico:
        write_ico(args.ico)
    if args.icns:
        write_icns(args.icns)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
