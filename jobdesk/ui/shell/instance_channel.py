"""Files opened with jobdesk while it already runs on the same data folder go to that window.

The running jobdesk listens on a local socket named after its data folder, open to this user
only; a second launch sends the paths and exits instead of refusing them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE = 1_000_000  # bytes; a list of paths is far smaller


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"jobdesk-{digest}"


class FileReceiver(QObject):
    """Listens while the window is open; emits the absolute paths another launch sent."""

    files_received = Signal(list)  # list[Path]

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(data_dir)
        self._pending: dict[QLocalSocket, bytearray] = {}
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # A crashed jobdesk can leave its socket file behind; the instance lock says we own it.
        QLocalServer.removeServer(self._name)
        self.listening = self.server.listen(self._name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            self._pending[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._pending.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        if len(buffer) > MAX_MESSAGE:
            socket.abort()

    def _finish(self, socket: QLocalSocket) -> None:
        self._read(socket)
        data = self._pending.pop(socket, None)
        if data:
            paths = parse_message(bytes(data))
            if paths:
                self.files_received.emit(paths)

    def close(self) -> None:
        """Stop listening (the window is closing)."""
        self.server.close()


def parse_message(data: bytes) -> list[Path]:
    """The absolute paths in a message; anything malformed is ignored, never trusted."""
    try:
        items = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return []
    if not isinstance(items, list):
        return []
    return [
        Path(p) for p in items if isinstance(p, str) and "\x00" not in p and Path(p).is_absolute()
    ]


def send_files(data_dir: Path, paths: list[Path], timeout_ms: int = 3000) -> bool:
    """Hand `paths` to the jobdesk running on `data_dir`; False if none answered in time."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(json.dumps([str(p.absolute()) for p in paths]).encode("utf-8"))
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok
