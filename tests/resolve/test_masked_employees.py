"""A masked name right after a company + 员工/职工 (ingest/resolve/document.py, ties.employee_company)
is placed at that company: 示例广厦…公司员工刘某 and 示例长青…公司员工刘某 in one letter are two
persons, not the letter's one 刘某; the same company twice is one. Pure: an in-memory index of two
stored companies, hand-written letters and extractions."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver

GUARDS = "示例广厦永兴保安服务有限公司"
WATER = "示例长青水利建设有限公司"


def _resolve(text: str, *spans: tuple[str, str], doc_key: str) -> Resolution:
    idx = KnownIndex()
    idx.add_agency(make_id("agency", "绵竹市", "绵竹市审计局"), {"name": "绵竹市审计局", "region": "绵竹市", "level": "county"})
    for n, name in enumerate((GUARDS, WATER)):
        code = f"9151068{n}MA000000{n}X"
        idx.add_company(make_id("company", code), {"key": code, "name": name, "credit_code": code, "region": "绵竹市"})
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    extraction: dict[str, Any] = {"entities": ents, "relations": [], "identifiers": [], "doc": {"issuer": 0},
                                  "aliases": {}}
    return Resolver(index=idx).resolve(extraction, text, doc_key=doc_key)


def test_two_masked_employees_of_two_companies_are_two_persons() -> None:
    text = f"绵竹市审计局\n{GUARDS}员工刘某反映情况。{WATER}员工刘某称其未参与。"
    res = _resolve(text, ("AGENCY", "绵竹市审计局"), ("COMPANY", GUARDS), ("PERSON", "刘某"),
                   ("COMPANY", WATER), ("PERSON", "刘某"), doc_key="doc:m1")
    first, second = res.nodes[res.entity_nodes[2]], res.nodes[res.entity_nodes[4]]
    assert first.id != second.id
    assert first.masked and second.masked
    assert res.person_orgs[2] == res.entity_nodes[1] and res.person_orgs[4] == res.entity_nodes[3]


def test_the_same_company_twice_is_one_person_and_traditional_forms_count() -> None:
    text = f"绵竹市审计局\n{GUARDS}員工劉某反映情況。{GUARDS}职工刘某称其未参与。"
    res = _resolve(text, ("AGENCY", "绵竹市审计局"), ("COMPANY", GUARDS), ("PERSON", "劉某"),
                   ("COMPANY", GUARDS), ("PERSON", "刘某"), doc_key="doc:m2")
    assert res.entity_nodes[2] == res.entity_nodes[4]
    assert res.person_orgs[2] == res.entity_nodes[1]


def test_a_masked_name_not_right_after_the_company_stays_in_the_letters_scope() -> None:
    text = f"绵竹市审计局\n{GUARDS}中标后，员工刘某反映情况。{WATER}的负责人称刘某未参与。"
    res = _resolve(text, ("AGENCY", "绵竹市审计局"), ("COMPANY", GUARDS), ("PERSON", "刘某"),
                   ("COMPANY", WATER), ("PERSON", "刘某"), doc_key="doc:m3")
    assert res.entity_nodes[2] == res.entity_nodes[4]
    assert 2 not in res.person_orgs and 4 not in res.person_orgs
