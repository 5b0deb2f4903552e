"""The registry without a graph: loading and validating YAML, binding typed parameters, rendering."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from graph.errors import QueryError
from graph.rules.deadlines import load_rules
from queries.params import Param
from queries.registry import load_files, load_registry
from tests.catalog import library_statements


def test_registry_lists_and_gets() -> None:
    reg = load_registry()
    names = reg.names()
    assert len(names) == len(set(names)) >= 20
    assert reg.get("interest_chain").title == "利益链条（最短路径） / Interest chain (shortest paths)"
    with pytest.raises(QueryError, match=r"no saved query named 'nope'; known: .*interest_chain"):
        reg.get("nope")


def test_every_query_has_bilingual_title_description_and_samples() -> None:
    for q in load_registry().all():
        assert q.title_zh and q.title_en and len(q.description) > 20, q.name
        assert any("\u4e00" <= c <= "\u9fff" for c in q.description), f"{q.name}: the description is shown in the app: Chinese"
        assert q.category in {"investigation", "rigging", "lists", "custody", "explore"}, q.name
        assert "{{" not in q.cypher, q.name
        q.sample_params()  # binds


def test_catalog_collects_the_library() -> None:
    stmts = {s.name: s for s in library_statements()}
    assert set(stmts) == {f"query.{n}" for n in load_registry().names()}
    chain = stmts["query.interest_chain"]
    assert "*0..2]" in chain.cypher and "MATCH (a:`Official` {id: $from_id})" in chain.cypher
    assert set(chain.params) == {"from_id", "to_id", "limit"}


def test_bind_converts_and_names_the_parameter() -> None:
    q = load_registry().get("price_screen_project")
    b = q.bind({"project_id": " project:1 ", "cv_max": "0.05", "only_flagged": "否"})
    assert b == {"project_id": "project:1", "cv_max": 0.05, "rd_min": 1.5, "only_flagged": False}
    with pytest.raises(QueryError, match=r"parameter 'cv_max': expected a number, got 'abc'"):
        q.bind({"project_id": "project:1", "cv_max": "abc"})
    with pytest.raises(QueryError, match=r"needs parameter 'project_id'"):
        q.bind({})
    with pytest.raises(QueryError, match=r"has no parameter 'projct_id'; it takes: project_id, cv_max"):
        q.bind({"projct_id": "x"})
    with pytest.raises(QueryError, match=r"parameter 'only_flagged': expected yes/no"):
        q.bind({"project_id": "p", "only_flagged": "maybe"})


def test_dates_ints_lists_and_bounds() -> None:
    reg = load_registry()
    hits = reg.get("blacklist_hits")
    b = hits.bind({"since": "2024年3月1日", "until": dt.date(2024, 5, 1), "limit": "1,000"})
    assert b["since"] == dt.date(2024, 3, 1) and b["until"] == dt.date(2024, 5, 1) and b["limit"] == 1000
    with pytest.raises(QueryError, match=r"parameter 'since': expected a date"):
        hits.bind({"since": "March"})
    with pytest.raises(QueryError, match=r"parameter 'limit': 0 is below the minimum 1"):
        hits.bind({"limit": 0})
    with pytest.raises(QueryError, match=r"expected a whole number, got '2.5'"):
        hits.bind({"limit": "2.5"})
    assert reg.get("agency_custody").bind({"agency_id": "agency:x"})["as_of"] == dt.date.today()
    p = Param("ids", "list", of="int")
    assert p.convert("1, 2，3") == [1, 2, 3]
    assert p.convert([4, "5"]) == [4, 5]


def test_labels_are_derived_from_id_prefixes_and_inlined() -> None:
    q = load_registry().get("interest_chain")
    b = q.bind({"from_id": "agency:abc", "to_id": "company:def", "max_hops": "3"})
    assert b["from_label"] == "Agency" and b["to_label"] == "Company"
    assert (b["near_hops"], b["far_hops"]) == (2, 1)
    text = q.render(b)
    assert "MATCH (a:`Agency` {id: $from_id})" in text and "*0..2]-(m)" in text and "*0..1]-(m)" in text
    assert "size(rs) <= 3" in text
    assert [q.bind({"from_id": "agency:a", "to_id": "company:b", "max_hops": k})["far_hops"] for k in (1, 4, 5, 6)] == [0, 2, 2, 3]
    assert q.driver_params(b) == {"from_id": "agency:abc", "to_id": "company:def", "limit": 25}
    with pytest.raises(QueryError, match="is a Bid; this query takes a Official or Agency or Person or Company"):
        q.bind({"from_id": "bid:1", "to_id": "company:def"})
    with pytest.raises(QueryError, match="user-supplied"):
        q.bind({"from_id": "user-supplied`) DETACH DELETE n //", "to_id": "company:def"})


def _write(tmp_path: Path, body: str) -> Path:
    p = tmp_path / "q.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD = """
queries:
  - name: demo_q
    title: {zh: 示例, en: Example}
    description: An example query used to check the registry's validation messages in tests.
    params:
      x: {type: int, default: 1}
    cypher: |
      RETURN $x AS x
"""


@pytest.mark.parametrize("change,message", [
    (("$x AS x", "$y AS x"), "undeclared parameters ['y']"),
    (("RETURN $x AS x", "RETURN 1 AS x"), "declared but never used"),
    (("{type: int, default: 1}", "{type: integer}"), "unknown type 'integer'"),
    (("{type: int, default: 1}", "{type: int, default: one}"), "expected a whole number"),
    (("{type: int, default: 1}", "{type: int, inline: true}"), "only an int with min and max may be inline"),
    (("{type: int, default: 1}", "{type: int, required: true}"), "needs a sample value"),
    (("{type: int, default: 1}", "{type: int, colour: red}"), "unknown keys ['colour']"),
    (("{type: int, default: 1}", "{type: int, default: 1}\n      y: {type: int, derive: double(x), inline: true, min: 0, max: 3}"),
     "may be derived"),
    (("name: demo_q", "name: Demo-Q"), "must be lower_case"),
    (("title: {zh: 示例, en: Example}", "title: {en: Example}"), "title needs zh and en"),
    (("    cypher: |", "    post: nowhere\n    cypher: |"), "post step 'nowhere' is not in queries/post.py"),
])
def test_bad_query_files_are_refused_clearly(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    assert load_files([_write(tmp_path, GOOD)]).get("demo_q").bind({}) == {"x": 1}
    with pytest.raises(QueryError) as info:
        load_files([_write(tmp_path, GOOD.replace(*change))])
    assert message in str(info.value)
    assert "q.yaml" in str(info.value)


def test_duplicate_names_are_refused(tmp_path: Path) -> None:
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    b.write_text(textwrap.dedent(GOOD), encoding="utf-8")
    with pytest.raises(QueryError, match="two saved queries are named 'demo_q'"):
        load_files([a, b])


def test_deadline_rules_still_have_the_event_kinds_the_custody_queries_use() -> None:
    kinds = set(load_rules().event_kinds)
    for q in ("thread_custody", "agency_custody"):
        text = load_registry().get(q).template
        for k in ("violation_found", "case_transferred", "case_returned", "case_forwarded"):
            if f"'{k}'" in text:
                assert k in kinds


def test_derived_ints_need_an_inline_source(tmp_path: Path) -> None:
    body = GOOD.replace("{type: int, default: 1}",
                        "{type: int, default: 1}\n      y: {type: int, derive: half_up(x), inline: true, min: 0, max: 3}")
    body = body.replace("RETURN $x AS x", "RETURN $x AS x, {{y}} AS y")
    with pytest.raises(QueryError, match="not an inline int parameter"):
        load_files([_write(tmp_path, body)])
    ok = body.replace("x: {type: int, default: 1}", "x: {type: int, default: 1, inline: true, min: 0, max: 6}")
    ok = ok.replace("RETURN $x AS x", "RETURN {{x}} AS x")
    q = load_files([_write(tmp_path, ok)]).get("demo_q")
    assert q.render(q.bind({"x": "5"})) == "RETURN 5 AS x, 3 AS y"
