"""The append-only audit trail (监督留痕, 002 十二): who did what, when, for which agency, on what.

One JSON object per line in ``LIANDONG_HOME/audit/audit.jsonl``, independent of the graph. The
file is opened with ``O_APPEND`` only — never rewritten — and each line is written under an
exclusive ``flock`` and ``fsync``-ed before the action is shown to the user.

**Keyed.** Every entry carries the MAC of the previous one (``prev``) and its own (``hash``):
HMAC-SHA256 with a key kept *outside* the log (``LIANDONG_HOME/app/audit.key``, 32 random bytes,
owner-only), so whoever edits lines cannot recompute a chain that verifies.

**Anchored.** After each append, the number of entries and the last MAC (the head) are written,
MAC'd too, to ``LIANDONG_HOME/app/audit.anchor`` (atomically: temporary file, ``fsync``,
rename). :meth:`AuditLog.verify` checks the chain line by line *and* that it ends where the
anchor says — so cutting off the last lines, emptying the file, or rebuilding it all show.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.services.access import Viewer
from app.services.zh import ACTION_ZH, AUDIT_VALUE_ZH, PARAM_ZH, local_time
from graph.errors import ConfigError
from graph.settings import Settings

GENESIS = "0" * 64

_SECRET_KEYS = {"password", "passwd", "pw", "secret", "token"}


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    ts: str
    user: str
    agency: str
    role: str
    action: str
    target: str
    params: dict[str, Any] = field(default_factory=dict)
    prev: str = GENESIS
    hash: str = ""

    def body(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("hash")
        return d

    @property
    def action_zh(self) -> str:
        return ACTION_ZH.get(self.action, self.action)


KEY_BYTES = 32


def _digest(body: dict[str, Any], key: bytes) -> str:
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def _anchor_mac(key: bytes, count: int, head: str, broken: str = "") -> str:
    text = f"liandong-audit-anchor:{count}:{head}:{broken}"
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def load_key(path: Path) -> bytes:
    """The audit key at ``path``, created (owner-only, 32 random bytes) when there is none."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        # written whole under a temporary name, then linked in: a process starting at the same
        # moment never reads a half-written key, and only one key ever wins
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, secrets.token_bytes(KEY_BYTES).hex().encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)
    key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    if len(key) < 16:
        raise ConfigError(f"the audit key {path} is damaged — restore it from a backup (the log cannot be verified without it)")
    return key


def _clean(params: dict[str, Any] | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in (params or {}).items():
        if k.lower() in _SECRET_KEYS:
            continue
        out[k] = v if isinstance(v, (str, int, float, bool, type(None), list, dict)) else str(v)
    return json.loads(json.dumps(out, ensure_ascii=False, default=str))


def audit_path(settings: Settings | None = None) -> Path:
    settings = settings or Settings.from_env()
    return settings.home / "audit" / "audit.jsonl"


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    first_bad_line: int | None = None
    reason: str = ""


class AuditLog:
    def __init__(self, path: Path, *, key_path: Path | None = None, anchor_path: Path | None = None) -> None:
        self.path = path
        # outside the log: LIANDONG_HOME/app/ next to LIANDONG_HOME/audit/, or beside a bare file
        side = path.parent.parent / "app" if path.parent.name == "audit" else path.parent
        self.key_path = key_path or side / f"{path.stem}.key"
        self.anchor_path = anchor_path or side / f"{path.stem}.anchor"
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            keyed = self.key_path.exists()
            if not keyed and path.exists() and path.stat().st_size > 0:
                # a log from before the chain was keyed: kept as it is, beside the new one
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                try:
                    path.rename(path.with_name(f"{path.stem}.unkeyed-{stamp}{path.suffix}"))
                except FileNotFoundError:
                    pass  # another process starting at the same moment moved it
            new = not path.exists()
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            os.close(fd)
            self.key = load_key(self.key_path)
            if new and not keyed and not self.anchor_path.exists():
                # a log that starts now (first use: no key before): its anchor says so. A key
                # without an anchor means the anchor was removed — that stays visible.
                self._write_anchor(0, GENESIS)
        except OSError as e:
            raise ConfigError(f"cannot open the audit log {path}: {e.strerror} — check LIANDONG_HOME and its permissions") from e

    def _write_anchor(self, count: int, head: str, broken: str = "") -> None:
        data = json.dumps({"count": count, "head": head, "broken": broken,
                           "mac": _anchor_mac(self.key, count, head, broken)}, ensure_ascii=False)
        tmp = self.anchor_path.with_name(self.anchor_path.name + f".{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data.encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.anchor_path)
        dfd = os.open(self.anchor_path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)

    def _read_anchor(self) -> tuple[int, str, str] | str:
        """(count, head, broken), or the reason it cannot be trusted."""
        try:
            raw = json.loads(self.anchor_path.read_text(encoding="utf-8"))
            count, head, mac = int(raw["count"]), str(raw["head"]), str(raw["mac"])
            broken = str(raw.get("broken") or "")
        except FileNotFoundError:
            return "锚点文件缺失（日志的条数和末条摘要无从核对）"
        except (OSError, ValueError, KeyError, TypeError):
            return "锚点文件无法解析"
        if not hmac.compare_digest(mac, _anchor_mac(self.key, count, head, broken)):
            return "锚点文件被改动（其校验码不符）"
        return count, head, broken

    def _break_seen(self, seq: int, prev: str) -> str:
        """Before an append: what is wrong with the log's end against the anchor ('' when nothing).

        Once seen it is carried in every later anchor (MAC'd), so appending more lines never
        hides a cut-off end, an emptied or replaced file, or a removed anchor."""
        anchor = self._read_anchor()
        if isinstance(anchor, str):
            return f"追加第{seq + 1}条前发现：{anchor}"
        count, head, broken = anchor
        if broken:
            return broken
        if count != seq:
            return f"追加第{seq + 1}条前发现：日志有{seq}条，锚点记录为{count}条（末尾有记录被删除、文件被清空或替换）"
        if head != prev:
            return f"追加第{seq + 1}条前发现：末条记录的摘要与锚点不符（日志被替换或重建）"
        return ""

    @classmethod
    def default(cls, settings: Settings | None = None) -> AuditLog:
        from graph.home import private_dir

        settings = settings or Settings.from_env()
        private_dir(audit_path(settings).parent, settings.home)
        private_dir(settings.home / "app", settings.home)  # the key and the anchor
        return cls(audit_path(settings))

    def record(
        self,
        viewer: Viewer | None,
        action: str,
        target: str = "",
        params: dict[str, Any] | None = None,
        *,
        user: str | None = None,
    ) -> AuditEntry:
        """Append one entry (durably) and return it. ``user`` names who acted when nobody is signed in."""
        fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            seq, prev = self._tail(fd)
            broken = self._break_seen(seq, prev)
            body = AuditEntry(
                seq=seq + 1,
                ts=dt.datetime.now(dt.UTC).astimezone().isoformat(timespec="milliseconds"),
                user=viewer.username if viewer else (user or ""),
                agency=viewer.agency_id if viewer else "",
                role=viewer.role if viewer else "",
                action=action,
                target=str(target or ""),
                params=_clean(params),
                prev=prev,
            ).body()
            entry = AuditEntry(**body, hash=_digest(body, self.key))
            line = json.dumps(asdict(entry), ensure_ascii=False, sort_keys=True, default=str) + "\n"
            os.write(fd, line.encode("utf-8"))
            os.fsync(fd)
            self._write_anchor(entry.seq, entry.hash, broken)
            return entry
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    @staticmethod
    def _tail(fd: int) -> tuple[int, str]:
        """(seq, hash) of the last entry, read from the end of the file."""
        size = os.lseek(fd, 0, os.SEEK_END)
        if size == 0:
            return 0, GENESIS
        chunk = 4096
        pos, buf = size, b""
        while pos > 0:
            step = min(chunk, pos)
            pos -= step
            buf = os.pread(fd, step, pos) + buf
            lines = buf.rstrip(b"\n").split(b"\n")
            if len(lines) > 1 or pos == 0:
                last = json.loads(lines[-1])
                return int(last["seq"]), str(last["hash"])
            chunk *= 2
        return 0, GENESIS

    def __iter__(self) -> Iterator[AuditEntry]:
        with open(self.path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield AuditEntry(**json.loads(line))

    def entries(
        self,
        *,
        user: str | None = None,
        action: str | None = None,
        agency: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        limit: int | None = 1000,
    ) -> list[AuditEntry]:
        """Matching entries, newest first."""
        out = []
        for e in self:
            day = local_time(e.ts)[:10]  # the day where the app is used, as the page shows it
            if user and e.user != user or action and e.action != action or agency and e.agency != agency:
                continue
            if since and day < since.isoformat() or until and day > until.isoformat():
                continue
            if text and text not in e.target and text not in json.dumps(e.params, ensure_ascii=False):
                continue
            out.append(e)
        out.reverse()
        return out[:limit] if limit else out

    def verify(self) -> Verification:
        """The chain line by line (keyed), then its length and head against the anchor; read under
        a shared lock so that an append cannot land between the two."""
        fd = os.open(self.path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            return self._verify()
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def _verify(self) -> Verification:
        prev, n = GENESIS, 0
        with open(self.path, encoding="utf-8") as f:
            for n, line in enumerate(f, start=1):
                try:
                    entry = AuditEntry(**json.loads(line))
                except (ValueError, TypeError) as e:
                    return Verification(False, n - 1, n, f"第{n}行无法解析: {e}")
                if entry.seq != n:
                    return Verification(False, n - 1, n, f"第{n}行序号为{entry.seq}，应为{n}（有记录被删除或插入）")
                if entry.prev != prev:
                    return Verification(False, n - 1, n, f"第{n}行的前序摘要与上一行不符（上一行被改动或删除）")
                if not hmac.compare_digest(_digest(entry.body(), self.key), entry.hash):
                    return Verification(False, n - 1, n, f"第{n}行内容与其摘要不符（该行被改动，或整条链被重算）")
                prev = entry.hash
        anchor = self._read_anchor()
        if isinstance(anchor, str):
            return Verification(False, n, None, anchor)
        count, head, broken = anchor
        if broken:
            return Verification(False, n, None, f"日志曾被改动：{broken}")
        if n != count:
            what = "末尾有记录被删除或文件被清空" if n < count else "有记录未经本程序追加"
            return Verification(False, n, n + 1 if n < count else count + 1, f"日志有{n}条，锚点记录为{count}条（{what}）")
        if prev != head:
            return Verification(False, n, n or None, "末条记录的摘要与锚点不符（日志被替换或重建）")
        return Verification(True, n)


AUDIT_COLUMNS = ("序号", "时间", "用户", "机构", "角色", "操作", "对象", "参数")




def cli_actor_zh(user: str) -> str:
    """A command-line actor (``cli:<login>``, ``cli``) as the audit page shows it: 命令行（login）."""
    if user == "cli":
        return "命令行"
    if user.startswith("cli:"):
        return f"命令行（{user[4:]}）"
    return user


def audit_rows(entries: list[AuditEntry], *, names: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The entries as rows of the 审计日志 table and its export: local time, the agency's and the
    target's names where ``names`` (id → name) knows them, roles and parameters in Chinese, a
    short hash instead of a whole one."""
    from app.services import zh

    names = names or {}

    def param(key: str, value: Any) -> str:
        if isinstance(value, bool):
            text = "是" if value else "否"
        elif key in ("sha256", "hash"):
            text = zh.short_hash(value)
        elif key == "action":
            text = zh.action(value) if value else "全部"
        elif key == "role":
            text = zh.role(str(value))
        elif isinstance(value, (dict, list)):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = AUDIT_VALUE_ZH.get(str(value), names.get(str(value), str(value)))
        return f"{PARAM_ZH.get(key, key)}：{text}"

    return [{
        "序号": e.seq, "时间": zh.local_time(e.ts), "用户": cli_actor_zh(e.user), "机构": names.get(e.agency, e.agency),
        "角色": zh.role(e.role) if e.role else "", "操作": e.action_zh, "对象": names.get(e.target, e.target),
        "参数": "；".join(param(k, v) for k, v in e.params.items() if v not in (None, "", [], {})),
    } for e in entries]


def audit_ids(entries: list[AuditEntry]) -> list[str]:
    """The node ids an audit page names (agencies, targets, parameters), to be shown by name."""
    out: list[str] = []
    for e in entries:
        for v in (e.agency, e.target, *e.params.values()):
            if isinstance(v, str) and ":" in v and " " not in v:
                out.append(v)
    return list(dict.fromkeys(out))


def audit_csv(entries: list[AuditEntry], *, names: dict[str, str] | None = None) -> bytes:
    """The entries as CSV (UTF-8 with a BOM for Excel); every text cell goes through
    :func:`queries.format.neutralise` — user names typed at sign-in are untrusted."""
    from queries.format import csv_bytes
    from queries.result import Result

    return csv_bytes(Result(list(AUDIT_COLUMNS), audit_rows(entries, names=names)))
