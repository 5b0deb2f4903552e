"""Two ways a letter names a stored body that made new nodes (resolution tuning set 3): an agency
written with its place and an internal unit (绵竹市卫生健康局办公室主任X) is the stored agency, as
its relative form (市卫健局办公室) already was — no agency node of its own; a company's brand and trade
written without a legal form (鑫盛建筑法定代表人X after the full name) is the company the letter
named in full, not a new company. Invented names in the 绵竹市 test world; an in-memory index."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, official, post_at, resolve_letter

BUREAU = "绵竹市卫生健康局"
FIRM = "绵竹市恒远建设工程有限公司"


def test_an_agency_with_its_place_and_an_internal_unit_is_the_stored_agency() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    bureau = agency(idx, BUREAU)
    stored = official(idx, bureau, "柏文涛", "办公室主任")
    res = resolve_letter(idx, f"采购人代表、{BUREAU}办公室主任柏文涛在评审现场发表倾向性意见。",
                         ("AGENCY", f"{BUREAU}办公室"), ("POSITION", "主任"), ("PERSON", "柏文涛"),
                         doc_key="doc:u1", relations=[post_at(3, 2, 1)])
    assert res.entity_nodes[1] == bureau
    assert res.entity_nodes[3] == stored
    assert not [n for n in res.nodes.values() if n.label == "Agency" and n.new]


def test_a_unit_of_an_agency_not_stored_is_still_a_new_agency() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    res = resolve_letter(idx, "绵竹市林业局办公室主任柏文涛参加会议。",
                         ("AGENCY", "绵竹市林业局办公室"), ("POSITION", "主任"), ("PERSON", "柏文涛"),
                         doc_key="doc:u2", relations=[post_at(3, 2, 1)])
    assert res.nodes[res.entity_nodes[1]].new


def _firm_world() -> tuple[KnownIndex, str, str]:
    idx = KnownIndex()
    agency(idx, ISSUER)
    firm = make_id("company", FIRM)
    idx.add_company(firm, {"key": FIRM, "name": FIRM, "region": "绵竹市", "credit_code": None})
    rep = make_id("person", "鲁长青", "rep")
    idx.add_person(rep, {"name": "鲁长青", "context": "rep"}, "Person")
    idx.learn(rep, org=firm, role="LEGAL_REP_OF")
    return idx, firm, rep


def test_a_trade_short_form_is_the_company_the_letter_named_in_full() -> None:
    idx, firm, rep = _firm_world()
    res = resolve_letter(idx, f"{FIRM}中标该项目。项目实施期间，恒远建设法定代表人鲁长青曾两次到我局反映。",
                         ("COMPANY", FIRM), ("COMPANY", "恒远建设"), ("POSITION", "法定代表人"), ("PERSON", "鲁长青"),
                         doc_key="doc:t1", relations=[{"type": "LEGAL_REP", "from": 4, "to": 2}, post_at(4, 3, 2)])
    assert res.entity_nodes[2] == firm
    assert res.entity_nodes[4] == rep


def test_a_short_form_two_named_companies_share_is_neither() -> None:
    idx, firm, _ = _firm_world()
    other = "绵竹市恒远建设材料有限公司"
    res = resolve_letter(idx, f"{FIRM}与{other}均参加投标，恒远建设法定代表人鲁长青到场。",
                         ("COMPANY", FIRM), ("COMPANY", other), ("COMPANY", "恒远建设"), ("POSITION", "法定代表人"),
                         ("PERSON", "鲁长青"), doc_key="doc:t2")
    assert res.entity_nodes.get(3) != firm


def test_a_short_form_of_one_company_named_with_and_without_its_place_is_that_company() -> None:
    idx, firm, rep = _firm_world()
    bare = FIRM.removeprefix("绵竹市")
    res = resolve_letter(idx, f"中标供应商{FIRM}。据登记信息，{bare}股东为鲁长青。恒远建设法定代表人鲁长青到场。",
                         ("COMPANY", FIRM), ("COMPANY", bare), ("COMPANY", "恒远建设"), ("POSITION", "法定代表人"),
                         ("PERSON", "鲁长青"), doc_key="doc:t3")
    assert res.entity_nodes[3] == firm


def test_one_company_named_with_and_without_its_place_is_one_node() -> None:
    idx, firm, _ = _firm_world()
    bare = FIRM.removeprefix("绵竹市")
    res = resolve_letter(idx, f"据登记信息，{bare}股东为鲁长青。中标供应商{FIRM}已提交说明。",
                         ("COMPANY", bare), ("COMPANY", FIRM), doc_key="doc:t4")
    assert res.entity_nodes[1] == res.entity_nodes[2] == firm
    assert not any(n.label == "Company" and n.new for n in res.nodes.values())
