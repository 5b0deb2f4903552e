"""A company named by its trade name only (鑫盛公司) is the one stored company trading so — the trade
name read after the place prefix in either form: the county in full (绵竹市鑫盛…) or in its short
form (绵竹鑫盛… for 绵竹市, 澄迈 for 澄迈县, 恭城 for 恭城瑶族自治县), or a county of the directory the
gazetteer lacks by its short form. Never a one-character stem (沛 for 沛县) nor a common word the
gazetteer keeps out of its short forms (永安); never one of several companies trading so. Invented
companies and persons; the real gazetteer and directory; an in-memory index."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from ingest.resolve import KnownIndex, Resolver
from ingest.resolve.company_keys import company_readings
from ingest.resolve.places import Places
from tests.resolve.letter_kit import ISSUER, agency, post_at, resolve_letter


def _index(*names: str) -> tuple[KnownIndex, dict[str, str]]:
    idx = KnownIndex()
    ids = {}
    for n in names:
        ids[n] = make_id("company", n)
        idx.add_company(ids[n], {"key": n, "name": n})
    return idx, ids


@pytest.mark.parametrize(("stored", "short"), [
    ("绵竹鑫盛建材有限公司", "鑫盛公司"),
    ("澄迈华泰贸易有限公司", "华泰公司"),
    ("恭城瑞达农业开发有限公司", "瑞达公司"),
    ("四川绵竹鑫盛建材有限公司", "鑫盛公司"),
    ("绵竹市鑫盛建材有限公司", "鑫盛公司"),            # the full form, as before
    ("嘉禾恒达建筑工程有限公司", "嘉禾恒达公司"),       # a trade name that starts like a county (嘉禾县)
])
def test_the_trade_name_after_a_county_in_either_form(stored: str, short: str) -> None:
    idx, ids = _index(stored)
    node, cands = Resolver(index=idx).company(short, None, "doc:t1")
    assert node.id == ids[stored] and not node.new and not cands


@pytest.mark.parametrize(("stored", "short"), [
    ("沛鑫盛建材有限公司", "鑫盛公司"),      # 沛县: a one-character stem is no short form
    ("永安鑫盛建材有限公司", "鑫盛公司"),    # 永安市: a common word, kept out of the short forms
    ("绵竹鑫盛建材有限公司", "盛达公司"),
])
def test_no_short_form_no_match(stored: str, short: str) -> None:
    idx, ids = _index(stored)
    node, _ = Resolver(index=idx).company(short, None, "doc:t2")
    assert node.new and node.id != ids[stored]


def test_two_companies_trading_so_in_either_form_are_neither() -> None:
    idx, ids = _index("绵竹鑫盛建材有限公司", "绵竹市鑫盛机械制造有限公司")
    node, _ = Resolver(index=idx).company("鑫盛公司", None, "doc:t3")
    assert node.new and node.id not in ids.values()


def test_a_county_of_the_directory_by_its_short_form(tmp_path: Path) -> None:
    """样例县 is no place of the gazetteer; a deployment's reference file declares it."""
    path = tmp_path / "county.yaml"
    path.write_text("localities:\n  - {region: 样例县, parent_region: 样例市, level: county}\n", encoding="utf-8")
    idx, ids = _index("样例华泰建材有限公司")
    with_county = Resolver(AgencyDirectory.load(Path("graph/rules/reference/agencies.yaml"), path), idx)
    node, _ = with_county.company("华泰公司", None, "doc:t4")
    assert node.id == ids["样例华泰建材有限公司"]
    node, _ = Resolver(index=idx).company("华泰公司", None, "doc:t5")   # without it: no place prefix
    assert node.new


def test_the_same_company_written_with_and_without_the_county_suffix_is_offered() -> None:
    idx, ids = _index("绵竹鑫盛建材有限公司")
    node, cands = Resolver(index=idx).company("绵竹市鑫盛建材有限公司", None, "doc:t6")
    assert node.new
    assert [c.end for c in cands] == [ids["绵竹鑫盛建材有限公司"]] and cands[0].score < 0.80


@pytest.mark.parametrize(("name", "end"), [("绵竹鑫盛建材", 2), ("四川绵竹鑫盛建材", 4), ("德阳市绵竹鑫盛", 5),
                                           ("四川澄迈鑫盛", 2), ("恭城瑶族自治县瑞达", 7), ("鑫盛建材", 0),
                                           ("沛鑫盛建材", 0)])
def test_where_the_place_prefix_ends(name: str, end: int) -> None:
    assert Places.load().short_prefix_end(name) == end


def test_both_readings_are_kept() -> None:
    assert company_readings("嘉禾恒达建筑工程有限公司") == ("嘉禾恒达建筑工程", "恒达建筑工程")
    assert company_readings("绵竹市鑫盛建材有限公司") == ("鑫盛建材",)
    assert company_readings("四川绵竹鑫盛建材有限公司绵竹分公司") == ("四川绵竹鑫盛建材有限公司绵竹分公司",)


def test_a_representative_named_after_the_trade_name_is_the_stored_one() -> None:
    idx, ids = _index("绵竹鑫盛建材有限公司")
    agency(idx, ISSUER)
    rep = make_id("person", "周海燕", "rep")
    idx.add_person(rep, {"name": "周海燕", "context": "rep"}, "Person")
    idx.learn(rep, org=ids["绵竹鑫盛建材有限公司"], role="LEGAL_REP_OF")
    res = resolve_letter(idx, "鑫盛公司法定代表人周海燕多次参与该项目投标。",
                         ("COMPANY", "鑫盛公司"), ("POSITION", "法定代表人"), ("PERSON", "周海燕"),
                         doc_key="doc:t7", relations=[post_at(3, 2, 1)])
    assert res.entity_nodes[1] == ids["绵竹鑫盛建材有限公司"]
    assert res.entity_nodes[3] == rep
