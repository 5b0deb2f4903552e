"""LIANDONG_UNPLACED_NAMES: how ingestion treats a full name a letter places nowhere that the county's
only stored namesake bears — merge (the default) or review; anything else is refused with the variable
named."""

from __future__ import annotations

import pytest

from graph.errors import ConfigError
from graph.settings import Settings


@pytest.mark.parametrize(("value", "policy"), [(None, "merge"), ("", "merge"), ("review", "review"), ("merge", "merge")])
def test_the_policy(monkeypatch: pytest.MonkeyPatch, value: str | None, policy: str) -> None:
    if value is None:
        monkeypatch.delenv("LIANDONG_UNPLACED_NAMES", raising=False)
    else:
        monkeypatch.setenv("LIANDONG_UNPLACED_NAMES", value)
    assert Settings.from_env().unplaced_names == policy


def test_a_wrong_value_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIANDONG_UNPLACED_NAMES", "auto")
    with pytest.raises(ConfigError, match="LIANDONG_UNPLACED_NAMES='auto'.*merge, review"):
        Settings.from_env()
