"""Users of the app: a small SQLite file under ``LIANDONG_HOME/app/``, outside the graph.

Passwords are stored as salted ``hashlib.scrypt`` hashes (``scrypt$n$r$p$salt$hash``, base64),
compared in constant time; an unknown user name costs the same hash as a known one.

Sign-in attempts are counted per (name, client) in a table of their own, for **any** name typed —
one that exists or not — so the answers never tell which names exist: five wrong passwords in a
row lock that name for that client for five minutes, with the same message whether the name is
a user's or not. Each attempt is counted *before* its password is checked, in one
``BEGIN IMMEDIATE`` transaction (SQLite's write lock), so parallel attempts cannot race past the
count: at most five passwords are ever checked per lock period. ``client`` is what the app knows
of the browser (its address); behind one proxy or on 127.0.0.1 every client is the same, and the
lock is then per name. ``liandong user passwd`` lifts a lock. Users are created with the CLI
(``liandong user add NAME --agency AGENCY_ID --role …``); the app only signs them in.

**Sessions** (:meth:`UserStore.open_session`, :meth:`UserStore.resume`) outlive a browser tab: a
sign-in records a session in the same file (table ``sessions``: the SHA-256 of its token, never
the token; the SHA-256 of the browser's HttpOnly cookie it is bound to; user, created, expires,
last seen, ended, when a page first resumed it — :meth:`UserStore.first_resume`). The browser
keeps ``sid.expires.mac`` in a cookie, signed with HMAC-SHA256 under ``LIANDONG_HOME/app/session.key`` (owner-only): a value the server did not sign is refused
before any lookup, and a stolen token is useless without the browser cookie it was issued to.
A session lasts :func:`session_hours` (``LIANDONG_SESSION_HOURS``, default 8) and ends earlier
after :data:`IDLE_SECONDS` without a request from any tab, at sign-out (every session of that
user ends: sign-out ends them everywhere), when the password changes or the account is disabled.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import os
import re
import secrets
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from app.services.access import ROLES, Viewer
from graph.errors import ConfigError, LiandongError
from graph.settings import Settings

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MIN_PASSWORD = 10
MAX_FAILURES = 5
LOCK_SECONDS = 300
_NAME = re.compile(r"^[\w.\-@\u4e00-\u9fff]{2,64}$")

_DDL = """
CREATE TABLE IF NOT EXISTS users (
  username TEXT PRIMARY KEY,
  password_hash TEXT NOT NULL,
  agency_id TEXT NOT NULL,
  agency_name TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  created TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  failures INTEGER NOT NULL DEFAULT 0,
  locked_until REAL NOT NULL DEFAULT 0
)
"""
# failed sign-ins per name typed (existing or not) and client; see the module's docstring
_DDL_ATTEMPTS = """
CREATE TABLE IF NOT EXISTS attempts (
  name TEXT NOT NULL,
  client TEXT NOT NULL DEFAULT '',
  failures INTEGER NOT NULL DEFAULT 0,
  locked_until REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (name, client)
)
"""
_DDL_SESSIONS = """
CREATE TABLE IF NOT EXISTS sessions (
  sid_hash TEXT PRIMARY KEY,
  browser_hash TEXT NOT NULL,
  username TEXT NOT NULL,
  created REAL NOT NULL,
  expires REAL NOT NULL,
  last_seen REAL NOT NULL,
  ended REAL,
  resumed REAL
)
"""
SESSION_HOURS = 8.0
IDLE_SECONDS = 30 * 60
SEEN_EVERY = 60  # seconds between two writes of a session's last request
WRONG = "用户名或密码错误"
SESSION_ENDED = "您已在其他窗口或设备上退出登录，请重新登录"
SESSION_EXPIRED = "登录已过期，请重新登录"
SESSION_IDLE = "长时间未操作，已自动退出，请重新登录"
_TOKEN = re.compile(r"^[A-Za-z0-9_\-]{20,64}\.[0-9]{1,12}\.[0-9a-f]{64}$")
LOCKED = "连续输错密码次数过多，已临时锁定，请5分钟后再试"


class SignInFailed(LiandongError):
    """Wrong user name or password, a disabled or a locked account (the message says which it may be)."""


class UserError(LiandongError):
    """A user cannot be created or changed as asked."""


@dataclass(frozen=True)
class User:
    username: str
    agency_id: str
    agency_name: str
    role: str
    created: str
    disabled: bool

    def viewer(self) -> Viewer:
        return Viewer(self.username, self.agency_id, self.role, self.agency_name)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, hash_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def generate_password() -> str:
    return secrets.token_urlsafe(12)


_DUMMY_HASH = hash_password("not a password", salt=b"\0" * 16)


def users_path(settings: Settings | None = None) -> Path:
    settings = settings or Settings.from_env()
    return settings.home / "app" / "users.sqlite3"


class UserStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            with closing(self._connect()) as db, db:
                db.execute(_DDL)
                db.execute(_DDL_ATTEMPTS)
                db.execute(_DDL_SESSIONS)
                if "resumed" not in {r[1] for r in db.execute("PRAGMA table_info(sessions)")}:  # a file from before
                    db.execute("ALTER TABLE sessions ADD COLUMN resumed REAL")
            os.chmod(path, 0o600)
        except (OSError, sqlite3.Error) as e:
            raise ConfigError(f"cannot open the users file {path}: {e} — check LIANDONG_HOME and its permissions") from e

    @classmethod
    def default(cls, settings: Settings | None = None) -> UserStore:
        from graph.home import private_dir

        settings = settings or Settings.from_env()
        private_dir(users_path(settings).parent, settings.home)
        return cls(users_path(settings))

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.row_factory = sqlite3.Row
        return db

    @staticmethod
    def _user(row: sqlite3.Row) -> User:
        return User(row["username"], row["agency_id"], row["agency_name"], row["role"], row["created"], bool(row["disabled"]))

    def add(self, username: str, password: str, *, agency_id: str, role: str, agency_name: str = "") -> User:
        if not _NAME.match(username):
            raise UserError(f"user name {username!r}: use 2–64 letters, digits, Chinese characters or . - _ @")
        if role not in ROLES:
            raise UserError(f"role {role!r} is not one of {', '.join(ROLES)}")
        if not agency_id:
            raise UserError("every user belongs to an agency: give --agency")
        check_password(password)
        created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        try:
            with closing(self._connect()) as db, db:
                db.execute(
                    "INSERT INTO users (username, password_hash, agency_id, agency_name, role, created) VALUES (?,?,?,?,?,?)",
                    (username, hash_password(password), agency_id, agency_name, role, created),
                )
        except sqlite3.IntegrityError as e:
            raise UserError(f"user {username!r} exists already — pick another name or change their password") from e
        user = self.get(username)
        if user is None:
            raise UserError(f"user {username!r} was not stored — check the user database ({self.path}) and try again")
        return user

    def get(self, username: str) -> User | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        return self._user(row) if row else None

    def all(self) -> list[User]:
        with closing(self._connect()) as db:
            return [self._user(r) for r in db.execute("SELECT * FROM users ORDER BY username")]

    def set_password(self, username: str, password: str) -> None:
        check_password(password)
        self._update(username, "password_hash = ?, failures = 0, locked_until = 0", (hash_password(password),))
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM attempts WHERE name = ?", (username,))
        self.end_sessions(username)  # a new password signs the old sessions out

    def set_disabled(self, username: str, disabled: bool) -> None:
        self._update(username, "disabled = ?", (int(disabled),))
        if disabled:
            self.end_sessions(username)

    def _update(self, username: str, assignments: str, values: tuple[object, ...]) -> None:
        with closing(self._connect()) as db, db:
            cur = db.execute(f"UPDATE users SET {assignments} WHERE username = ?", (*values, username))
        if cur.rowcount == 0:
            raise UserError(f"no user {username!r} — `liandong user list` shows who exists")

    def authenticate(self, username: str, password: str, *, client: str = "", now: float | None = None) -> User:
        """The user when the password is right; :class:`SignInFailed` otherwise.

        The same answers for a name that exists and one that does not (wrong, then locked after
        :data:`MAX_FAILURES`); only the right password of a disabled account says it is disabled.
        """
        import time

        now = time.time() if now is None else now
        if not self._reserve_attempt(username, client, now):
            raise SignInFailed(LOCKED)
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
        ok = verify_password(password, row["password_hash"] if row is not None else _DUMMY_HASH) and row is not None
        if not ok:
            with closing(self._connect()) as db, db:
                # one statement: the lock starts when the count reaches the limit
                db.execute(
                    "UPDATE attempts SET locked_until = CASE WHEN failures >= ? THEN ? ELSE locked_until END "
                    "WHERE name = ? AND client = ?",
                    (MAX_FAILURES, now + LOCK_SECONDS, username, client),
                )
            raise SignInFailed(WRONG)
        with closing(self._connect()) as db, db:
            db.execute("UPDATE attempts SET failures = 0, locked_until = 0 WHERE name = ? AND client = ?", (username, client))
        if row["disabled"]:
            raise SignInFailed("该账户已停用，请联系管理员")
        return self._user(row)

    def _reserve_attempt(self, name: str, client: str, now: float) -> bool:
        """Count one attempt for (name, client) before its password is checked; False when locked.

        ``BEGIN IMMEDIATE`` takes SQLite's write lock first, so the read and the increment are one
        step for every process and thread: 30 parallel attempts see 0, 1, 2, … and only the first
        :data:`MAX_FAILURES` go on to a password check.
        """
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("BEGIN IMMEDIATE")
            row = db.execute("SELECT failures, locked_until FROM attempts WHERE name = ? AND client = ?", (name, client)).fetchone()
            failures, locked_until = (row[0], row[1]) if row else (0, 0.0)
            if locked_until > now:
                db.execute("COMMIT")
                return False
            if locked_until:  # a lock that has run out: start counting again
                failures = 0
            if failures >= MAX_FAILURES:  # that many checks are in flight already
                db.execute("COMMIT")
                return False
            db.execute(
                "INSERT INTO attempts (name, client, failures, locked_until) VALUES (?, ?, ?, 0) "
                "ON CONFLICT (name, client) DO UPDATE SET failures = excluded.failures, locked_until = 0",
                (name, client, failures + 1),
            )
            db.execute("COMMIT")
            return True
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        finally:
            db.close()

    def attempts(self, name: str, client: str = "") -> tuple[int, float]:
        """(failures counted, locked until) for a name typed at sign-in."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT failures, locked_until FROM attempts WHERE name = ? AND client = ?", (name, client)).fetchone()
        return (int(row[0]), float(row[1])) if row else (0, 0.0)


    # ------------------------------------------------------------------------------ sessions
    def _session_key(self) -> bytes:
        from app.services.audit import load_key

        key: bytes | None = getattr(self, "_key", None)
        if key is None:
            key = self._key = load_key(self.path.with_name("session.key"))
        return key

    def _mac(self, sid: str, expires: int) -> str:
        return hmac.new(self._session_key(), f"liandong-session:{sid}:{expires}".encode(), hashlib.sha256).hexdigest()

    def open_session(self, username: str, browser: str, *, now: float | None = None, hours: float | None = None) -> str:
        """A new session of ``username`` bound to ``browser`` (the HttpOnly browser cookie); the cookie value."""
        import time

        if not browser:
            raise UserError("a session needs the browser's cookie — run the app with `liandong app`")
        now = time.time() if now is None else now
        expires = int(now + 3600 * (session_hours() if hours is None else hours))
        sid = secrets.token_urlsafe(32)
        with closing(self._connect()) as db, db:
            db.execute("DELETE FROM sessions WHERE expires < ?", (now - 86400,))  # old rows do not pile up
            db.execute("INSERT INTO sessions (sid_hash, browser_hash, username, created, expires, last_seen) VALUES (?,?,?,?,?,?)",
                       (_sha(sid), _sha(browser), username, now, expires, now))
        return f"{sid}.{expires}.{self._mac(sid, expires)}"

    def resume(self, token: str, browser: str, *, now: float | None = None) -> tuple[User | None, str]:
        """(the user, "") for a live session; (None, why it is not) otherwise. Marks the session seen."""
        import time

        now = time.time() if now is None else now
        if not token or not _TOKEN.match(token):
            return None, SESSION_EXPIRED
        sid, expires_text, mac = token.split(".")
        if not hmac.compare_digest(mac, self._mac(sid, int(expires_text))):
            return None, SESSION_EXPIRED
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM sessions WHERE sid_hash = ?", (_sha(sid),)).fetchone()
        if row is None or not hmac.compare_digest(row["browser_hash"], _sha(browser or "")):
            return None, SESSION_EXPIRED
        if row["ended"] is not None:
            return None, SESSION_ENDED
        if row["expires"] <= now:
            return None, SESSION_EXPIRED
        if now - row["last_seen"] > IDLE_SECONDS:
            self._end("sid_hash = ?", (row["sid_hash"],), now)
            return None, SESSION_IDLE
        user = self.get(row["username"])
        if user is None or user.disabled:
            return None, SESSION_ENDED
        if now - row["last_seen"] >= SEEN_EVERY:  # idle time is kept to the minute: no write on every rerun
            with closing(self._connect()) as db, db:
                db.execute("UPDATE sessions SET last_seen = ? WHERE sid_hash = ?", (now, row["sid_hash"]))
        return user, ""

    def first_resume(self, token: str, *, now: float | None = None) -> bool:
        """True once per session: for the first page that picks it up again (a reload, a second tab,
        a browser that kept its cookies); False for every later one, and for a token that names no
        session. The app audits 恢复登录 (``session_resumed``) only when this says True, so a session
        leaves one such entry however often its pages are reloaded; a new sign-in (after sign-out,
        expiry or idle time) opens a new session, which is audited again. One UPDATE: two tabs
        loading at once cannot both claim it.
        """
        import time

        if not token or not _TOKEN.match(token):
            return False
        with closing(self._connect()) as db, db:
            cur = db.execute("UPDATE sessions SET resumed = ? WHERE sid_hash = ? AND resumed IS NULL",
                             (time.time() if now is None else now, _sha(token.split(".")[0])))
        return cur.rowcount == 1

    def end_sessions(self, username: str, *, now: float | None = None) -> int:
        """End every session of ``username`` (sign-out ends them everywhere); how many were live."""
        return self._end("username = ?", (username,), now)

    def _end(self, where: str, values: tuple[object, ...], now: float | None) -> int:
        import time

        with closing(self._connect()) as db, db:
            cur = db.execute(f"UPDATE sessions SET ended = ? WHERE ended IS NULL AND {where}", (time.time() if now is None else now, *values))
        return int(cur.rowcount)

    def live_sessions(self, username: str, *, now: float | None = None) -> int:
        import time

        with closing(self._connect()) as db:
            row = db.execute("SELECT count(*) FROM sessions WHERE username = ? AND ended IS NULL AND expires > ?",
                             (username, time.time() if now is None else now)).fetchone()
        return int(row[0])


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def session_hours() -> float:
    """How long a session lasts: ``LIANDONG_SESSION_HOURS`` (default 8, between 0.1 and 720)."""
    raw = os.environ.get("LIANDONG_SESSION_HOURS", "").strip()
    if not raw:
        return SESSION_HOURS
    try:
        hours = float(raw)
    except ValueError:
        hours = -1.0
    if not 0.1 <= hours <= 720:
        raise ConfigError(f"登录时长设置有误：环境变量 LIANDONG_SESSION_HOURS={raw!r} 应为 0.1 到 720 之间的小时数（默认 8），请管理员改正后重启")
    return hours


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"the password must have at least {MIN_PASSWORD} characters")
