"""Issue 12 row 8: ingestion never follows a symbolic link out of what it was given.

A folder handed to ``liandong ingest`` holds a link to a secret file outside it (as
``LIANDONG_HOME/password`` was), a link to an outside folder, and a link to a letter inside it:
the outside ones are quarantined with a clear reason and their content is read by nobody —
checked on the reader and through the CLI into the real graph.
"""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from app.cli import cli
from graph.connection import Graph
from ingest.readers import Status, iter_documents

SECRET = "服务器密码 s3cr3t-do-not-store"
LETTER = "示例县财政局关于移送线索的函\n示财移〔2024〕77号\n示例县公安局：\n现将线索移送你局。\n示例县财政局\n2024年6月3日\n"


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    outside = tmp_path / "outside"
    (outside / "sub").mkdir(parents=True)
    secret = outside / "password"
    secret.write_text(SECRET, encoding="utf-8")
    (outside / "sub" / "other.txt").write_text(SECRET, encoding="utf-8")
    given = tmp_path / "given"
    (given / "inner").mkdir(parents=True)
    (given / "letter.txt").write_text(LETTER, encoding="utf-8")
    os.symlink(secret, given / "password.txt")
    os.symlink(outside / "sub", given / "outside_folder")
    os.symlink(given / "letter.txt", given / "inner" / "same_letter.txt")
    os.symlink("../../outside/password", given / "inner" / "relative.txt")
    return given, secret


def test_links_outside_are_quarantined_with_a_reason(tmp_path: Path) -> None:
    given, _ = _folder(tmp_path)
    results = {Path(r.path).name: r for r in iter_documents([given])}
    for name in ("password.txt", "outside_folder", "relative.txt"):
        r = results[name]
        assert r.status is Status.UNREADABLE and r.text is None, name
        assert "symbolic link" in r.reason and "outside the folder given" in r.reason, r.reason
    assert results["letter.txt"].status is Status.OK
    assert results["same_letter.txt"].status is Status.OK  # a link that stays inside is read
    assert not any(SECRET in (r.text or "") for r in results.values())


def test_cli_ingest_does_not_store_what_a_link_points_at(graph: Graph, tmp_path: Path) -> None:
    given, _ = _folder(tmp_path)
    r = CliRunner().invoke(cli, ["ingest", str(given)], catch_exceptions=False)
    assert "outside the folder given" in r.output, r.output
    stored = graph.read("MATCH (d:Document) WHERE d.text CONTAINS 's3cr3t' RETURN count(d) AS n")
    assert stored == [{"n": 0}]
