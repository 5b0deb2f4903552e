"""Fixtures for the pure rules (no graph server needed)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from graph.rules.agencies import AgencyDirectory
from graph.rules.workdays import WorkCalendar

SEEDS_DIR = Path(
    os.environ.get("LIANDONG_SEEDS", Path(__file__).resolve().parents[3] / "shared" / "seeds")
)


def squash(text: str) -> str:
    """Drop all whitespace (the scans break lines and insert spaces inside words)."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed number ("000".."003") -> whitespace-free text; missing seeds fail (they are test data)."""
    files = sorted(SEEDS_DIR.glob("00?_*.txt"))
    if len(files) < 4:
        pytest.fail(f"seed notices not found in {SEEDS_DIR}: put ../shared beside the repo or set LIANDONG_SEEDS")
    return {f.name[:3]: squash(f.read_text(encoding="utf-8")) for f in files}


@pytest.fixture(scope="session")
def cal() -> WorkCalendar:
    return WorkCalendar()


@pytest.fixture(scope="session")
def directory() -> AgencyDirectory:
    return AgencyDirectory.load()
