"""`liandong route` for a few violation types (the full taxonomy is covered in tests/rules)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from app.cli import cli


@pytest.mark.parametrize(
    ("args", "agency", "clause"),
    [
        (["collusion", "--region", "示例县"], "→ 示例县财政局 [finance]", "000 二(二)2"),
        (["串标", "--region", "绵竹市", "--official"], "→ 中共绵竹市纪委监委机关 [discipline]", "000 三(四)1"),
        (["串通投标", "--region", "示例县", "--sector", "construction"], "→ 示例县住房和城乡建设局 [industry_regulator]",
         "002 十四"),
        (["假冒伪劣产品", "--region", "鲤城区"], "→ 泉州市鲤城区市场监督管理局 [market]", "000 二(五)"),
        (["串通投标罪", "--region", "修武县"], "→ 修武县公安局 [police]", "000 二(三)1"),
    ],
    ids=["collusion", "official", "construction", "counterfeit", "crime"],
)
def test_route_names_agency_rule_and_clause(args: list[str], agency: str, clause: str) -> None:
    res = CliRunner().invoke(cli, ["route", *args])
    assert res.exit_code == 0, res.output
    first = res.output.splitlines()[0]
    assert agency in first
    assert "rule:" in res.output and f"clause: {clause}" in res.output


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["偷税", "--region", "示例县"], ["unknown violation '偷税'", "collusion (串通投标)"]),
        (["collusion", "--region", "火星县"], ["region '火星县'", "示例县"]),
    ],
)
def test_route_errors_are_one_line(args: list[str], words: list[str]) -> None:
    res = CliRunner().invoke(cli, ["route", *args])
    assert res.exit_code == 1
    assert res.output.startswith("error: ") and res.output.count("\n") == 1
    for w in words:
        assert w in res.output
