"""A letter that says its person is not the one stored at an organisation (此X系…村民，并非某公司的股东;
X…与住建局局长同名，并非同一人) is not matched to the person stored there, though the letter names that
organisation — and the node is marked ``not_at`` so that the matter rule (ingest/matters.py) never joins
it (resolution tuning15's shape; invented names in the 绵竹市 test world)."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, official, resolve_letter

FIRM = "四川岷源路桥建设有限公司"


def _world() -> tuple[KnownIndex, str, str]:
    idx = KnownIndex()
    agency(idx, ISSUER)
    firm = make_id("company", FIRM)
    idx.add_company(firm, {"key": FIRM, "name": FIRM, "region": "绵竹市", "credit_code": None})
    holder = make_id("person", "苟文杰", "holder")
    idx.add_person(holder, {"name": "苟文杰", "context": "holder"}, "Person")
    idx.learn(holder, org=firm, role="SHAREHOLDER_OF")
    return idx, firm, holder


def test_the_shareholder_is_matched_where_the_letter_names_his_company() -> None:
    idx, _, holder = _world()
    res = resolve_letter(idx, f"经查，{FIRM}股东苟文杰曾代领补偿款。", ("COMPANY", FIRM), ("POSITION", "股东"),
                         ("PERSON", "苟文杰"), doc_key="doc:sn0",
                         relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}])
    assert res.entity_nodes[3] == holder


def test_a_denied_company_is_no_evidence_for_its_shareholder() -> None:
    idx, firm, holder = _world()
    res = resolve_letter(idx, f"经入户核实，此苟文杰系土门镇林家村村民，58岁，并非{FIRM}的股东。苟文杰已补写情况说明。",
                         ("PERSON", "苟文杰"), ("COMPANY", FIRM), ("PERSON", "苟文杰"), doc_key="doc:sn1")
    first, second = res.entity_nodes[1], res.entity_nodes[3]
    assert first == second != holder
    node = res.nodes[first]
    assert node.props.get("not_at") == [firm]
    assert all(c.end != holder for c in res.candidates)


def test_a_namesake_of_a_bureau_head_is_not_him() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    bureau = agency(idx, "绵竹市住房和城乡建设局")
    head = official(idx, bureau, "鲜于明", "局长")
    res = resolve_letter(idx, "该鲜于明系投标人经营部投标专员，与绵竹市住房和城乡建设局局长同名，并非同一人。",
                         ("PERSON", "鲜于明"), ("AGENCY", "绵竹市住房和城乡建设局"), ("POSITION", "局长"),
                         doc_key="doc:sn2")
    assert res.entity_nodes[1] != head
    assert res.nodes[res.entity_nodes[1]].props.get("not_at") == [bureau]


def test_a_namesake_of_the_writers_own_official_named_by_its_pronoun() -> None:
    idx = KnownIndex()
    writer = agency(idx, ISSUER)
    own = official(idx, writer, "鲜于明", "股长")
    res = resolve_letter(idx, "需要说明的是，该鲜于明为评标专家库专家，与我局审计一股股长同名同姓，系另一人。",
                         ("PERSON", "鲜于明"), doc_key="doc:sn3")
    assert res.entity_nodes[1] != own
    assert res.nodes[res.entity_nodes[1]].props.get("not_at") == [writer]
