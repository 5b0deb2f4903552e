"""Choosers that tell things apart (graph/choosers.py, graph.custody.resolve_agency, the CLI's
``custody --agency`` and ``query run -p …_id=``) on the demo county: names and ids are accepted, a
name that fits several entities exits 2 with the candidates, nothing is picked silently."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from app.cli import cli
from graph.choosers import Ambiguous, NotFound, choose_entity
from graph.connection import Graph
from graph.custody import AmbiguousAgency, UnknownAgency, resolve_agency
from graph.demo import load_demo

FIN = "agency:bad559e9dd61718e2df5"                  # 示例县财政局
XU = "official:e958b62a95ff61bc8dbf"                 # 许子晓
HAINA = "company:129384599966fecb30b3"               # 示例海纳合众市政工程有限责任公司


@pytest.fixture(scope="module")
def demo_graph(graph: Graph) -> Graph:
    graph.write("MATCH (n) DETACH DELETE n")
    load_demo(graph)
    return graph


def cli_run(*args: str) -> tuple[int, str]:
    r = CliRunner().invoke(cli, list(args))
    return r.exit_code, r.output


def test_resolve_agency_by_id_full_name_and_never_silently(demo_graph: Graph) -> None:
    assert resolve_agency(demo_graph, "示例县财政局")["id"] == FIN
    assert resolve_agency(demo_graph, FIN)["name"] == "示例县财政局"
    with pytest.raises(AmbiguousAgency) as e:
        resolve_agency(demo_graph, "财政局")
    names = {c["name"] for c in e.value.candidates}
    assert {"示例县财政局", "示例市财政局", "绵竹市财政局"} <= names
    with pytest.raises(UnknownAgency):
        resolve_agency(demo_graph, "火星财政局")


def test_custody_agency_exits_2_with_the_candidates(demo_graph: Graph) -> None:
    code, out = cli_run("custody", "--agency", "财政局")
    assert code == 2 and "fits" in out and "示例县财政局 (示例县, finance)" in out and "示例市财政局 (示例市, finance)" in out
    code, out = cli_run("custody", "--agency", "示例县财政局")
    assert code == 0, out


def test_query_run_takes_names_and_ids(demo_graph: Graph) -> None:
    code, out = cli_run("query", "run", "agency_overdue", "-p", "agency_id=示例县财政局", "-p", "as_of=2024-03-15",
                        "--format", "json")
    assert code == 0 and f"agency_id = {FIN} (示例县财政局, Agency)" in out
    assert '"agency": "示例县财政局"' in out                   # rows for the bureau, not 0 rows
    code, out = cli_run("query", "run", "agency_overdue", "-p", "agency_id=财政局")
    assert code == 2 and "示例县财政局" in out and "示例市财政局" in out


def test_the_interest_chain_from_her_name(demo_graph: Graph) -> None:
    code, out = cli_run("query", "run", "interest_chain", "-p", "from_id=许子晓", "-p",
                        "to_id=示例海纳合众市政工程有限责任公司", "--format", "json")
    assert code == 0, out
    assert f"from_id = {XU} (许子晓, Official)" in out and XU in out and HAINA in out


def test_choose_entity_tells_namesakes_apart(demo_graph: Graph) -> None:
    assert choose_entity(demo_graph, "许子晓", ("Official", "Person"))["detail"] == "示例县教育局 副局长"
    assert choose_entity(demo_graph, XU)["id"] == XU
    with pytest.raises(NotFound):
        choose_entity(demo_graph, "无此人", ("Official", "Person"))
    with pytest.raises(Ambiguous) as e:
        choose_entity(demo_graph, "财政局", ("Agency",))
    shown = str(e.value)
    assert f"{FIN}  示例县财政局 (Agency, 示例县 finance)" in shown and e.value.exit_code == 2


def test_details_tell_namesakes_apart(demo_graph: Graph) -> None:
    from graph.choosers import details

    got = details(demo_graph, [XU, HAINA, FIN, "clue:0"])
    assert got[XU] == "示例县教育局 副局长" and got[FIN] == "示例县 finance"
    assert got[HAINA].startswith("91990100CAA8DM410X ")
