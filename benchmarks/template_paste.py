"""Template editor on a 1 MB paste: the paste, then single keystrokes, in a real window.

Opens the main window offscreen on a throw-away data folder, shows the Feedback tab and
pastes 1 MB of each hostile shape into the message editor through the clipboard (the editor
keeps the first 20,000 characters and says so), then types ten characters after it. Prints the time
of the paste, the median and slowest keystroke, the preview (redrawn once typing pauses),
and the process's peak memory. Aim: a
keystroke well under 50 ms (it feels instant), whatever was pasted.
Run: .venv/bin/python benchmarks/template_paste.py
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from jobdesk.paths import Paths, prepare  # noqa: E402
from jobdesk.services.bundle import build_services  # noqa: E402
from jobdesk.store.database import open_database  # noqa: E402
from jobdesk.ui.dialogs.prompts import Prompts  # noqa: E402
from jobdesk.ui.shell.main_window import MainWindow  # noqa: E402

SIZE = int(os.environ.get("PASTE_SIZE", "1000000"))
SHAPES = {
    "${ repeated": "${" * (SIZE // 2),
    "$unknown names": "$nope " * (SIZE // 6),
    "one long line": "word " * (SIZE // 5),
    "prose, 80-char lines": (
        "Thank you for your time, it was a pleasure to meet the team. " * 2 + "\n"
    )
    * (SIZE // 123),
}


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as home:
        paths = prepare(Paths(Path(home)))
        db = open_database(paths.database, paths.backups)
        services = build_services(db, paths, today=lambda: date(2026, 11, 20))
        window = MainWindow(services, prompts=Prompts())
        window.show()
        window.select_tab("feedback")
        page = window.feedback_tab.templates_page
        editor = page.body_edit
        print(f"baseline peak RSS {peak_rss_mb():.0f} MB")
        print(
            f"{'pasted':22} {'paste':>9} {'key median':>11} {'key max':>9} {'preview':>9} "
            f"{'peak RSS':>9}"
        )
        for name, text in SHAPES.items():
            editor.clear()
            app.processEvents()
            app.clipboard().setText(text)
            began = time.perf_counter()
            editor.paste()
            app.processEvents()
            paste = time.perf_counter() - began
            keys = []
            for _ in range(10):
                began = time.perf_counter()
                QTest.keyClick(editor, Qt.Key.Key_A)
                app.processEvents()
                keys.append(time.perf_counter() - began)
            began = time.perf_counter()
            page.update_preview()  # what runs once typing pauses for 150 ms
            preview = time.perf_counter() - began
            print(
                f"{name:22} {paste * 1000:7.0f} ms {statistics.median(keys) * 1000:8.1f} ms "
                f"{max(keys) * 1000:6.1f} ms {preview * 1000:6.0f} ms {peak_rss_mb():6.0f} MB"
            )
        print(f"in the editor: {len(editor.toPlainText()):,} characters")
        print(f"note shown: {page.paste_note.text()}")
        app.clipboard().clear()
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
