"""The server-side session store (app.services.auth): signed tokens bound to a browser, expiry,
idle time, sign-out everywhere, a password change or a disabled account ending sessions."""

from __future__ import annotations

import stat

import pytest

from app.services.auth import (
    SESSION_ENDED,
    SESSION_EXPIRED,
    SESSION_IDLE,
    UserError,
    UserStore,
    session_hours,
)
from graph.errors import ConfigError

T0 = 1_800_000_000.0
BROWSER = "a" * 48


@pytest.fixture()
def store(tmp_path):
    s = UserStore(tmp_path / "app" / "users.sqlite3")
    s.add("inv_one", "investigator password", agency_id="agency:1", role="investigator", agency_name="示例县财政局")
    s.add("inv_two", "another password here", agency_id="agency:2", role="analyst", agency_name="示例县公安局")
    return s


def test_a_session_resumes_in_the_same_browser_until_it_expires(store):
    token = store.open_session("inv_one", BROWSER, now=T0, hours=8)
    user, why = store.resume(token, BROWSER, now=T0 + 60)
    assert user is not None and user.username == "inv_one" and user.agency_name == "示例县财政局" and why == ""
    for step in range(1, 16):  # a request every 29 minutes keeps it alive up to its end
        assert store.resume(token, BROWSER, now=T0 + step * 29 * 60)[0] is not None
    assert store.resume(token, BROWSER, now=T0 + 8 * 3600 + 1) == (None, SESSION_EXPIRED)


def test_the_token_is_bound_to_its_browser_and_signed(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    assert store.resume(token, "b" * 48, now=T0 + 1) == (None, SESSION_EXPIRED)
    sid, expires, mac = token.split(".")
    longer = f"{sid}.{int(expires) + 86400}.{mac}"  # a later end, not signed by the server
    assert store.resume(longer, BROWSER, now=T0 + 1) == (None, SESSION_EXPIRED)
    forged = f"{sid}.{expires}.{'0' * 64}"
    assert store.resume(forged, BROWSER, now=T0 + 1) == (None, SESSION_EXPIRED)
    assert store.resume("not a token", BROWSER, now=T0 + 1) == (None, SESSION_EXPIRED)
    assert store.resume(token, BROWSER, now=T0 + 1)[0] is not None


def test_idle_sessions_end(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    assert store.resume(token, BROWSER, now=T0 + 31 * 60) == (None, SESSION_IDLE)
    assert store.resume(token, BROWSER, now=T0 + 32 * 60) == (None, SESSION_ENDED)


def test_sign_out_ends_every_session_of_that_user_only(store):
    a = store.open_session("inv_one", BROWSER, now=T0)
    b = store.open_session("inv_one", "c" * 48, now=T0)
    other = store.open_session("inv_two", BROWSER, now=T0)
    assert store.end_sessions("inv_one", now=T0 + 5) == 2
    assert store.resume(a, BROWSER, now=T0 + 6) == (None, SESSION_ENDED)
    assert store.resume(b, "c" * 48, now=T0 + 6) == (None, SESSION_ENDED)
    assert store.resume(other, BROWSER, now=T0 + 6)[0].username == "inv_two"


def test_a_new_password_or_a_disabled_account_ends_sessions(store):
    a = store.open_session("inv_one", BROWSER, now=T0)
    store.set_password("inv_one", "a brand new password")
    assert store.resume(a, BROWSER, now=T0 + 1) == (None, SESSION_ENDED)
    b = store.open_session("inv_two", BROWSER, now=T0)
    store.set_disabled("inv_two", True)
    assert store.resume(b, BROWSER, now=T0 + 1) == (None, SESSION_ENDED)


def test_the_file_keeps_hashes_not_tokens_and_is_owner_only(store):
    token = store.open_session("inv_one", BROWSER, now=T0)
    raw = store.path.read_bytes()
    assert token.split(".")[0].encode() not in raw and BROWSER.encode() not in raw
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.with_name("session.key").stat().st_mode) == 0o600


def test_no_session_without_a_browser_cookie(store):
    with pytest.raises(UserError):
        store.open_session("inv_one", "", now=T0)


@pytest.mark.parametrize("raw, hours", [("", 8.0), ("12", 12.0), ("0.5", 0.5)])
def test_session_hours_from_the_environment(monkeypatch, raw, hours):
    monkeypatch.setenv("LIANDONG_SESSION_HOURS", raw)
    assert session_hours() == hours


@pytest.mark.parametrize("raw", ["eight", "0", "-1", "10000"])
def test_a_bad_session_hours_names_the_variable(monkeypatch, raw):
    monkeypatch.setenv("LIANDONG_SESSION_HOURS", raw)
    with pytest.raises(ConfigError, match="LIANDONG_SESSION_HOURS"):
        session_hours()
