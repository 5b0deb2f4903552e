"""The README stays true: every CLI command is documented, and the two commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

import click

from app.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "liandong") -> list[str]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, path))
        else:
            out.append(path)
    return out


def test_every_cli_command_is_in_the_readme() -> None:
    missing = []
    for path in _commands(cli):
        parts = path.split()
        # "liandong db start" may be documented as "liandong db start / stop / status"
        if path not in README and not (len(parts) == 3 and f"liandong {parts[1]} " in README and parts[2] in README):
            missing.append(path)
    assert not missing, f"undocumented commands: {missing}"


def test_ci_runs_the_readmes_test_command() -> None:
    assert "make test" in README and "make run" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
