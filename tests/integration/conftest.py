"""Real services for the tests beside this file: gnome-keyring on a private D-Bus, and Dovecot.

Each fixture starts its own instance in a throw-away folder, on loopback, and
stops it afterwards; nothing of the machine's own setup is used or changed.
When a service cannot start, the tests are skipped on a developer's machine,
but FAIL when the CI variable is set: CI must prove the real thing works.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import pytest

KEYRING_UNLOCK_PASSWORD = "throwaway-login-keyring"
IMAP_USER = "sam@mail.example"
IMAP_PASSWORD = "Correct-Horse-7!"


def unavailable(why: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{why} (CI is set, so this is a failure, not a skip)", pytrace=False)
    pytest.skip(why)


def _which(name: str) -> str | None:
    path = os.environ.get("PATH", "") + os.pathsep + "/usr/sbin:/sbin"
    return shutil.which(name, path=path)


def _stop(process: subprocess.Popen[Any]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


# --- a private secret service ----------------------------------------------------------------


@pytest.fixture
def secret_service(keyring_bus: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """keyring's SecretService backend, talking to a gnome-keyring of our own.

    The backend object is handed to `Secrets` explicitly; the global keyring
    stays the fail backend (see tests/conftest.py). secretstorage finds the bus
    through the environment, set for this test only.
    """
    from keyring.backends import SecretService

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", keyring_bus)
    return SecretService.Keyring()


@pytest.fixture(scope="session")
def keyring_bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private D-Bus session with an unlocked gnome-keyring on it; yields its address."""
    dbus_daemon, keyring_daemon = _which("dbus-daemon"), _which("gnome-keyring-daemon")
    if not dbus_daemon or not keyring_daemon:
        unavailable("dbus-daemon and gnome-keyring-daemon are needed (scripts/setup.sh)")
    home = tmp_path_factory.mktemp("keyring-home")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    bus = subprocess.Popen(
        [dbus_daemon, "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        _stop(bus)
        unavailable(f"dbus-daemon did not start: {bus.stderr.read() if bus.stderr else ''}")
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        [keyring_daemon, "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(KEYRING_UNLOCK_PASSWORD.encode())
    daemon.stdin.close()

    saved = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    try:
        from keyring.backends import SecretService

        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        backend = SecretService.Keyring()
        deadline = time.monotonic() + 15
        while True:
            try:
                backend.set_password("jobdesk-probe", "probe", "ready")
                backend.delete_password("jobdesk-probe", "probe")
                break
            except Exception as error:
                if time.monotonic() > deadline or daemon.poll() is not None:
                    unavailable(f"gnome-keyring did not come up on the private bus: {error}")
                time.sleep(0.1)
        # Other tests run without it: Qt would otherwise talk to this bus too.
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved
        yield address
    finally:
        _stop(daemon)
        _stop(bus)
        if saved is None:
            os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        else:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = saved


# --- a private IMAP server -------------------------------------------------------------------


@dataclass(frozen=True)
class Dovecot:
    host: str
    tls_port: int
    starttls_port: int
    cafile: str  # the test certificate, trusted only by clients that are given it
    user: str
    password: str
    maildir: Path  # the user's Maildir

    def drafts_files(self) -> list[Path]:
        folder = self.maildir / ".Drafts"
        return sorted(p for sub in ("new", "cur") for p in (folder / sub).glob("*") if p.is_file())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


_DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = 127.0.0.1, 127.0.0.2
protocols = imap
{internal_users}
ssl = required
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
{ssl_dh}
auth_mechanisms = plain
auth_failure_delay = 0

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%n
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {starttls_port}
  }}
  inet_listener imaps {{
    port = {tls_port}
    ssl = yes
  }}
}}
"""


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """Dovecot on 127.0.0.1: TLS on one port, STARTTLS on another, a test certificate.

    It listens on 127.0.0.2 too, an address the certificate does not name.
    """
    binary, openssl = _which("dovecot"), _which("openssl")
    if not binary or not openssl:
        unavailable("dovecot and openssl are needed (scripts/setup.sh installs dovecot-imapd)")
    # Not under pytest's tmp folders: those are private to root, and Dovecot drops to
    # another user to write the mail.
    root = Path(tempfile.mkdtemp(prefix="jobdesk-dovecot-"))
    process: subprocess.Popen[bytes] | None = None
    try:
        root.chmod(0o755)
        made = subprocess.run(
            [
                openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-keyout", str(root / "key.pem"), "-out", str(root / "cert.pem"),
                "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ],
            capture_output=True,
            text=True,
        )  # fmt: skip
        if made.returncode != 0:
            unavailable(f"openssl could not make a test certificate: {made.stderr.strip()}")
        (root / "passwd").write_text(f"{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}\n")
        home = root / "home"
        home.mkdir()
        if os.geteuid() == 0:
            shutil.chown(home, "nobody", "nogroup")
            uid, gid, internal = "nobody", "nogroup", ""
        else:
            import grp
            import pwd

            me = pwd.getpwuid(os.getuid()).pw_name
            uid, gid = me, grp.getgrgid(os.getgid()).gr_name
            internal = f"default_internal_user = {me}\ndefault_login_user = {me}\n"
        tls_port, starttls_port = free_port(), free_port()
        dh = Path("/usr/share/dovecot/dh.pem")
        config = root / "dovecot.conf"
        config.write_text(
            _DOVECOT_CONF.format(
                root=root,
                uid=uid,
                gid=gid,
                internal_users=internal,
                ssl_dh=f"ssl_dh = <{dh}" if dh.exists() else "",
                tls_port=tls_port,
                starttls_port=starttls_port,
            )
        )
        process = subprocess.Popen(
            [binary, "-F", "-c", str(config)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", tls_port), timeout=1):
                    pass
                with socket.create_connection(("127.0.0.1", starttls_port), timeout=1):
                    pass
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = root / "dovecot.log"
                    output = process.stdout.read().decode() if process.poll() is not None else ""
                    detail = (log.read_text() if log.exists() else "") + output
                    unavailable(f"Dovecot did not start: {detail.strip()[-800:]}")
                time.sleep(0.05)
        yield Dovecot(
            host="127.0.0.1",
            tls_port=tls_port,
            starttls_port=starttls_port,
            cafile=str(root / "cert.pem"),
            user=IMAP_USER,
            password=IMAP_PASSWORD,
            maildir=home / IMAP_USER.split("@")[0] / "Maildir",
        )
    finally:
        if process is not None:
            _stop(process)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def silent_server() -> Iterator[tuple[str, int]]:
    """A loopback port that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield "127.0.0.1", int(listener.getsockname()[1])
    finally:
        listener.close()
