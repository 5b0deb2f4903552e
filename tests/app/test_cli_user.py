"""Who runs a command: one rule for judgements, placements, list entries and the CLI's audit."""

from __future__ import annotations

import getpass

import pytest

from app.commands.context import cli_user


def test_an_explicit_name_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIANDONG_USER", "张科员")
    assert cli_user("李审核") == "李审核"


def test_the_environment_names_the_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIANDONG_USER", "张科员")
    assert cli_user(None) == "张科员"
    assert cli_user("") == "张科员"


def test_else_the_login_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LIANDONG_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "clerk7")
    assert cli_user() == "clerk7"


def test_a_container_without_a_login_name_is_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_passwd_entry() -> str:
        raise KeyError("getpwuid(): uid not found: 1234")

    monkeypatch.delenv("LIANDONG_USER", raising=False)
    monkeypatch.setattr(getpass, "getuser", no_passwd_entry)
    assert cli_user() == "cli"
