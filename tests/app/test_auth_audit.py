"""Users (salted scrypt hashes, lockout) and the append-only, hash-chained audit log."""

from __future__ import annotations

import json
import threading

import pytest

from app.services.access import PERMISSIONS, ROLES, Viewer
from app.services.audit import AuditLog
from app.services.auth import (
    MAX_FAILURES,
    SignInFailed,
    UserError,
    UserStore,
    hash_password,
    verify_password,
)

PW = "correct horse battery"


@pytest.fixture
def store(tmp_path):
    return UserStore(tmp_path / "app" / "users.sqlite3")


@pytest.fixture
def log(tmp_path):
    return AuditLog(tmp_path / "audit" / "audit.jsonl")


def test_hash_is_salted_scrypt_and_verifies():
    a, b = hash_password(PW), hash_password(PW)
    assert a != b and a.startswith("scrypt$16384$8$1$")
    assert verify_password(PW, a) and not verify_password("wrong", a)
    assert not verify_password(PW, "garbage") and not verify_password(PW, "md5$x$y$z$a$b")


def test_add_and_authenticate(store, tmp_path):
    store.add("wang", PW, agency_id="agency:1", role="investigator", agency_name="示例县财政局")
    user = store.authenticate("wang", PW)
    assert user.viewer() == Viewer("wang", "agency:1", "investigator", "示例县财政局")
    assert PW not in (tmp_path / "app" / "users.sqlite3").read_bytes().decode("latin-1")
    assert oct((tmp_path / "app" / "users.sqlite3").stat().st_mode)[-3:] == "600"


@pytest.mark.parametrize(
    "name, pw, role, agency, message",
    [
        ("x", PW, "investigator", "agency:1", "user name"),
        ("wang", "short", "investigator", "agency:1", "at least"),
        ("wang", PW, "boss", "agency:1", "role"),
        ("wang", PW, "investigator", "", "agency"),
    ],
)
def test_add_refuses_bad_input(store, name, pw, role, agency, message):
    with pytest.raises(UserError, match=message):
        store.add(name, pw, agency_id=agency, role=role)


def test_duplicate_user_is_refused(store):
    store.add("wang", PW, agency_id="agency:1", role="clerk")
    with pytest.raises(UserError, match="exists"):
        store.add("wang", PW, agency_id="agency:1", role="clerk")


def test_wrong_password_unknown_user_and_lockout(store):
    store.add("wang", PW, agency_id="agency:1", role="clerk")
    with pytest.raises(SignInFailed, match="用户名或密码错误"):
        store.authenticate("nobody", PW)
    for _ in range(MAX_FAILURES):
        with pytest.raises(SignInFailed, match="用户名或密码错误"):
            store.authenticate("wang", "wrong password")
    with pytest.raises(SignInFailed, match="锁定"):
        store.authenticate("wang", PW)  # locked, even with the right password
    assert store.authenticate("wang", PW, now=10**12).username == "wang"  # after the lock expires


def test_thirty_parallel_wrong_passwords_are_counted_and_at_most_five_checked(store, monkeypatch):
    """Issue 12 row 9: the counter is atomic — 30 threads guessing at once do not race past it."""
    import app.services.auth as auth

    store.add("wang", PW, agency_id="agency:1", role="clerk")
    checked: list[int] = []
    real_verify = auth.verify_password

    def counting_verify(password, stored):  # the real scrypt check, counted
        checked.append(1)
        return real_verify(password, stored)

    monkeypatch.setattr(auth, "verify_password", counting_verify)
    barrier = threading.Barrier(30)
    answers: list[str] = []

    def guess(i: int) -> None:
        other = UserStore(store.path)  # a connection of its own, like another app session
        barrier.wait()
        try:
            other.authenticate("wang", f"wrong password {i}")
            answers.append("in")
        except SignInFailed as e:
            answers.append(str(e))

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(30)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "in" not in answers and len(answers) == 30
    assert len(checked) <= MAX_FAILURES, f"{len(checked)} passwords were checked"
    failures, locked_until = store.attempts("wang")
    assert failures >= MAX_FAILURES and locked_until > 0
    with pytest.raises(SignInFailed, match="锁定"):
        store.authenticate("wang", PW)  # locked, even with the right password


def test_unknown_and_existing_names_answer_alike_and_lock_alike(store):
    """Issue 12 row 17: the answers and the lock do not tell which names exist."""
    store.add("wang", PW, agency_id="agency:1", role="clerk")
    seen: dict[str, list[str]] = {}
    for name in ("wang", "nobody"):
        seen[name] = []
        for _ in range(MAX_FAILURES + 2):
            with pytest.raises(SignInFailed) as info:
                store.authenticate(name, "wrong password")
            seen[name].append(str(info.value))
    assert seen["wang"] == seen["nobody"]
    assert "锁定" in seen["nobody"][-1] and "锁定" not in seen["nobody"][0]
    # the lock is per name and client: another client is not locked out by this one
    assert store.authenticate("wang", PW, client="10.0.0.2").username == "wang"
    with pytest.raises(SignInFailed, match="锁定"):
        store.authenticate("wang", PW)
    store.set_password("wang", "another long password")  # lifts the lock
    assert store.authenticate("wang", "another long password").username == "wang"


def test_disabled_user_and_password_change(store):
    store.add("wang", PW, agency_id="agency:1", role="clerk")
    store.set_disabled("wang", True)
    with pytest.raises(SignInFailed, match="停用"):
        store.authenticate("wang", PW)
    store.set_disabled("wang", False)
    store.set_password("wang", "another long password")
    assert store.authenticate("wang", "another long password")
    with pytest.raises(UserError, match="no user"):
        store.set_password("ghost", "another long password")


def test_every_role_has_permissions():
    assert set(PERMISSIONS) == set(ROLES)
    assert Viewer("a", "x", "admin").can("audit") and not Viewer("a", "x", "investigator").can("audit")
    assert Viewer("a", "x", "analyst").can("console") and not Viewer("a", "x", "clerk").can("console")
    assert Viewer("a", "x", "clerk").can("ingest") and not Viewer("a", "x", "investigator").can("unmask")


# ------------------------------------------------------------------------------ audit
def test_audit_records_who_when_agency_action_target_params(log):
    v = Viewer("wang", "agency:1", "investigator")
    e = log.record(v, "search", "鑫达", {"q": "鑫达", "password": "never logged"})
    assert (e.seq, e.user, e.agency, e.role, e.action, e.target) == (1, "wang", "agency:1", "investigator", "search", "鑫达")
    assert e.params == {"q": "鑫达"} and e.ts
    line = json.loads(log.path.read_text(encoding="utf-8").splitlines()[0])
    assert line["hash"] == e.hash and "never logged" not in log.path.read_text(encoding="utf-8")
    log.record(None, "sign_in_failed", "ghost", user="ghost")
    assert [x.action for x in log.entries()] == ["sign_in_failed", "search"]  # newest first
    assert [x.user for x in log.entries(action="search")] == ["wang"]
    assert log.verify().ok and log.verify().entries == 2


def test_audit_chain_detects_edits_and_deletions(log):
    v = Viewer("wang", "agency:1", "investigator")
    for i in range(4):
        log.record(v, "view_profile", f"company:{i}")
    lines = log.path.read_text(encoding="utf-8").splitlines(keepends=True)
    edited = lines[:]
    edited[1] = edited[1].replace("company:1", "company:9")
    log.path.write_text("".join(edited), encoding="utf-8")
    bad = log.verify()
    assert not bad.ok and bad.first_bad_line == 2 and "改动" in bad.reason
    log.path.write_text("".join(lines[:1] + lines[2:]), encoding="utf-8")
    assert log.verify().first_bad_line == 2
    log.path.write_text("".join(lines), encoding="utf-8")
    assert log.verify().ok


def test_audit_appends_from_many_threads_keep_one_chain(log):
    def work(n: int) -> None:
        v = Viewer(f"u{n}", "agency:1", "analyst")
        for i in range(10):
            log.record(v, "console_query", "", {"i": i})

    threads = [threading.Thread(target=work, args=(n,)) for n in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    entries = list(log)
    assert [e.seq for e in entries] == list(range(1, 51))
    assert log.verify().ok


def test_audit_file_is_owner_only(log):
    assert oct(log.path.stat().st_mode)[-3:] == "600"


# ------------------------------------------------------------------------------ keyed and anchored (issue 12 row 10)
def _filled(log, n=5):
    v = Viewer("wang", "agency:1", "investigator")
    for i in range(n):
        log.record(v, "export_csv" if i == n - 1 else "view_profile", f"company:{i}")
    return log.path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_audit_key_and_anchor_live_outside_the_log_owner_only(tmp_path):
    log = AuditLog(tmp_path / "home" / "audit" / "audit.jsonl")
    _filled(log, 2)
    assert log.key_path == tmp_path / "home" / "app" / "audit.key"
    assert log.anchor_path == tmp_path / "home" / "app" / "audit.anchor"
    for p in (log.key_path, log.anchor_path, log.path):
        assert oct(p.stat().st_mode)[-3:] == "600", p
    key = log.key_path.read_text()
    assert key.strip() not in log.path.read_text(encoding="utf-8")
    assert json.loads(log.anchor_path.read_text())["count"] == 2


def test_truncating_the_last_lines_is_detected(log):
    lines = _filled(log)
    log.path.write_text("".join(lines[:-2]), encoding="utf-8")  # the export among them
    bad = log.verify()
    assert not bad.ok and "锚点" in bad.reason and "删除" in bad.reason, bad


def test_an_emptied_log_is_detected(log):
    _filled(log)
    log.path.write_text("", encoding="utf-8")
    bad = log.verify()
    assert not bad.ok and bad.entries == 0 and "清空" in bad.reason, bad


def test_rewriting_and_recomputing_the_chain_is_detected(log):
    """The attacker edits a line and recomputes every hash the old, unkeyed way (and even with a
    key of their own): the keyed chain does not verify."""
    import hashlib
    import hmac as hmac_mod

    lines = _filled(log)
    for their_key in (None, b"attacker key"):
        prev, out = "0" * 64, []
        for line in lines:
            entry = json.loads(line)
            entry["target"] = entry["target"].replace("company:1", "company:9")
            entry["prev"] = prev
            body = {k: v for k, v in entry.items() if k != "hash"}
            text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
            entry["hash"] = hashlib.sha256(text).hexdigest() if their_key is None else hmac_mod.new(their_key, text, hashlib.sha256).hexdigest()
            prev = entry["hash"]
            out.append(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
        log.path.write_text("".join(out), encoding="utf-8")
        bad = log.verify()
        assert not bad.ok and bad.first_bad_line == 1, bad
    log.path.write_text("".join(lines), encoding="utf-8")
    assert log.verify().ok


def test_a_forged_or_missing_anchor_is_detected(log):
    lines = _filled(log)
    log.path.write_text("".join(lines[:-1]), encoding="utf-8")
    anchor = json.loads(log.anchor_path.read_text())
    anchor["count"] -= 1  # the attacker also lowers the count, without the key
    log.anchor_path.write_text(json.dumps(anchor))
    bad = log.verify()
    assert not bad.ok and "锚点文件被改动" in bad.reason
    log.anchor_path.unlink()
    assert "缺失" in log.verify().reason


def test_a_fresh_log_verifies_and_keeps_verifying_across_instances(tmp_path):
    path = tmp_path / "audit" / "audit.jsonl"
    assert AuditLog(path).verify().ok
    _filled(AuditLog(path), 3)
    assert AuditLog(path).verify().ok and AuditLog(path).verify().entries == 3


def test_a_log_from_before_the_key_is_kept_aside_and_a_keyed_one_starts(tmp_path):
    path = tmp_path / "audit" / "audit.jsonl"
    path.parent.mkdir()
    path.write_text('{"seq": 1, "hash": "old"}\n', encoding="utf-8")
    log = AuditLog(path)
    assert log.verify().ok and log.verify().entries == 0
    kept = list(path.parent.glob("audit.unkeyed-*.jsonl"))
    assert len(kept) == 1 and "old" in kept[0].read_text()


def test_many_processes_starting_at_once_share_one_key(tmp_path):
    import multiprocessing as mp

    path = tmp_path / "audit" / "audit.jsonl"
    with mp.get_context("fork").Pool(6) as pool:
        keys = pool.map(_open_key, [str(path)] * 12)
    assert len(set(keys)) == 1 and len(keys[0]) == 64


def _open_key(path: str) -> str:
    from pathlib import Path

    return AuditLog(Path(path)).key.hex()


@pytest.mark.parametrize("attack", ["cut", "empty", "anchor_removed"])
def test_appending_after_an_attack_does_not_hide_it(log, attack):
    """The next action's append must not re-anchor a cut-off, emptied or anchor-less log."""
    lines = _filled(log)
    if attack == "cut":
        log.path.write_text("".join(lines[:-2]), encoding="utf-8")
    elif attack == "empty":
        log.path.write_text("", encoding="utf-8")
    else:
        log.anchor_path.unlink()
    v = Viewer("wang", "agency:1", "investigator")
    for _ in range(3):
        log.record(v, "search", "after")
    bad = AuditLog(log.path).verify()
    assert not bad.ok and "曾被改动" in bad.reason, bad


def test_deleting_both_log_and_anchor_is_seen_when_the_key_remains(tmp_path):
    path = tmp_path / "audit" / "audit.jsonl"
    log = AuditLog(path)
    _filled(log)
    path.unlink()
    log.anchor_path.unlink()
    again = AuditLog(path)
    assert not again.verify().ok
    again.record(None, "sign_in_failed", "x", user="x")
    assert not AuditLog(path).verify().ok
