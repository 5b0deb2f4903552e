"""Uploads through the ingest pipeline, the ``liandong app`` command line and ``liandong user``."""

from __future__ import annotations

import tomllib

import pytest
from click.testing import CliRunner

from app.cli import cli
from app.commands.app import FIXED_OPTIONS, PROJECT_DIR, streamlit_command
from app.services.access import AccessDenied
from app.services.audit import AuditLog
from app.services.auth import UserStore
from app.services.ingest_upload import ingest_files, safe_name

LETTER = """示例县财政局关于移送示例宏远贸易有限公司涉嫌串通投标问题线索的函
示财移〔2024〕9号

示例县公安局：
我局在处理示例县中小学课桌椅采购项目（项目编号SL-2024-018）投诉时发现，示例宏远贸易有限公司与示例恒通科技有限公司的投标文件由同一IP地址上传，涉嫌串通投标。现将该线索移送你局依法处理。
示例县财政局
2024年6月3日
"""


def test_upload_ingests_letters_and_quarantines_what_cannot_be_read(graph, county, who, tmp_path):
    log = AuditLog(tmp_path / "audit.jsonl")
    seen: list[tuple[int, int]] = []
    files = [("移送函.txt", LETTER.encode("gb18030")), ("空.txt", b""), ("乱码.txt", bytes(range(256)) * 20)]
    out = ingest_files(graph, who["clk"], files, audit=log, progress=lambda i, n, _: seen.append((i, n)), folder=tmp_path / "up")
    by_name = {o.name: o for o in out}
    letter = by_name["移送函.txt"]
    assert letter.status == "ingested" and letter.document_id and letter.details["doc_no"] == "示财移〔2024〕9号"
    assert graph.read("MATCH (d:Document {id: $id}) RETURN d.doc_no AS n", {"id": letter.document_id}) == [{"n": "示财移〔2024〕9号"}]
    assert (by_name["空.txt"].status, by_name["空.txt"].read_status) == ("quarantined", "empty")
    assert (by_name["乱码.txt"].status, by_name["乱码.txt"].read_status) == ("quarantined", "binary")
    assert str(tmp_path) not in by_name["乱码.txt"].reason  # no server paths shown to the clerk
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [e.action for e in log.entries()] == ["ingest_upload"] * 3
    again = ingest_files(graph, who["clk"], files[:1], folder=tmp_path / "up2")
    assert again[0].status == "unchanged"


def test_upload_needs_the_ingest_role(graph, county, who, tmp_path):
    with pytest.raises(AccessDenied):
        ingest_files(graph, who["fin"], [("a.txt", b"x")], folder=tmp_path)


@pytest.mark.parametrize("name, safe", [("../../etc/passwd", "passwd"), ("a\\b.txt", "b.txt"), ("函:1?.txt", "函_1_.txt"), ("..", "upload")])
def test_upload_names_cannot_escape_the_folder(name, safe):
    assert safe_name(name) == safe


def test_streamlit_command_is_local_private_and_headless():
    cmd = streamlit_command(host="127.0.0.1", port=8600, python="python")
    # app/serve.py: streamlit_app.py as an st.App behind the middleware that closes /_stcore/metrics
    assert cmd[:4] == ["python", "-m", "streamlit", "run"] and cmd[4].endswith("app/serve.py")
    flags = dict(zip(cmd[5::2], cmd[6::2]))
    assert flags["--server.address"] == "127.0.0.1" and flags["--server.port"] == "8600"
    assert flags["--browser.gatherUsageStats"] == "false" and flags["--server.headless"] == "true"
    assert set(FIXED_OPTIONS) <= {f.removeprefix("--") for f in flags}


def test_project_config_matches_the_command():
    config = tomllib.loads((PROJECT_DIR / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["browser"]["gatherUsageStats"] is False
    assert config["server"]["address"] == "127.0.0.1" and config["server"]["headless"] is True
    for key, value in FIXED_OPTIONS.items():
        section, name = key.split(".")
        if name in config.get(section, {}):
            assert str(config[section][name]).lower() == value, key


def test_app_pages_are_not_in_a_pages_folder():
    """A pages/ folder next to the main script makes Streamlit skip the router (and the sign-in)."""
    assert not (PROJECT_DIR / "app" / "pages").exists()
    assert not (PROJECT_DIR / "app" / "views" / "__init__.py").exists()  # the Cypher catalog must not import pages


def test_user_cli_add_list_passwd_disable(graph, county, graph_settings):
    runner = CliRunner()
    r = runner.invoke(cli, ["user", "add", "cli_admin", "--agency", "示例县财政局", "--role", "admin"])
    assert r.exit_code == 0, r.output
    assert "admin of 示例县财政局" in r.output and "password (shown once" in r.output
    password = r.output.strip().rsplit(": ", 1)[1]
    store = UserStore.default(graph_settings)
    assert store.authenticate("cli_admin", password).agency_id == county.finance
    r = runner.invoke(cli, ["user", "add", "cli_clerk", "--agency", county.police, "--role", "clerk", "--password-stdin"],
                      input="clerk password 1\n")
    assert r.exit_code == 0 and "password" not in r.output.split("\n", 1)[1]
    assert store.authenticate("cli_clerk", "clerk password 1").role == "clerk"
    r = runner.invoke(cli, ["user", "add", "x2", "--agency", "没有这个机构", "--role", "clerk"])
    assert r.exit_code == 1 and "no agency" in r.output
    r = runner.invoke(cli, ["user", "list"])
    assert "cli_admin" in r.output and "cli_clerk" in r.output
    assert runner.invoke(cli, ["user", "disable", "cli_clerk"]).exit_code == 0
    assert store.get("cli_clerk").disabled
    r = runner.invoke(cli, ["user", "passwd", "cli_clerk", "--password-stdin"], input="new clerk password\n")
    assert r.exit_code == 0
    actions = [e.action for e in AuditLog.default(graph_settings).entries(limit=None) if e.user.startswith("cli")]
    assert {"user_add", "user_disable", "user_password"} <= set(actions)


def test_commands_register_whatever_is_imported_first():
    """tests/app/browser.py imports app.commands.app before app.cli: both commands must still exist."""
    assert {"app", "user"} <= set(cli.commands)


def test_app_command_help():
    r = CliRunner().invoke(cli, ["app", "--help"])
    assert r.exit_code == 0 and "--port" in r.output and "127.0.0.1" in r.output

