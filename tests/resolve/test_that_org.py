"""A post whose organisation is written 该局 / 该公司 / 该单位, referring back to the organisation
named sentences before (示例县水利局在…项目中存在违规行为。该局副科长许宏华…), is a post at that
organisation (ingest/resolve/ties.py ``that_org`` keys the person there, as an organisation named
with the post does): the stored person of that name there is the person, a namesake elsewhere is
not, and a namesake the same letter places at another agency is another person; 该公司 refers to a
company, never to an agency; an organisation three sentences back is not the referent. Pure: an in-memory index,
hand-written letters and extractions."""

from __future__ import annotations

from typing import Any

import pytest

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, post_at, resolve_letter

WATER = "绵竹市水利局"
FINANCE = "绵竹市财政局"
CODE = "91510683MA0000001X"
COMPANY = "绵竹市鑫盛建筑工程有限公司"


def _world() -> tuple[KnownIndex, dict[str, str]]:
    """许宏华, 副科长 of 绵竹市水利局, and a namesake 许宏华 at 绵竹市财政局 (so the name alone cannot
    decide); 罗丽, legal representative of 鑫盛建筑."""
    idx = KnownIndex()
    ids: dict[str, str] = {}
    for name in (ISSUER, WATER, FINANCE):
        ids[name] = agency(idx, name)
    for where, post in ((WATER, "副科长"), (FINANCE, "科长")):
        oid = make_id("official", ids[where], "许宏华")
        idx.add_person(oid, {"name": "许宏华", "agency_id": ids[where], "position": post}, "Official")
        ids[f"许宏华/{where}"] = oid
    cid = ids["company"] = make_id("company", CODE)
    idx.add_company(cid, {"key": CODE, "name": COMPANY, "credit_code": CODE, "region": "绵竹市"})
    rep = ids["罗丽"] = make_id("person", "罗丽", cid)
    idx.add_person(rep, {"name": "罗丽", "context": "罗丽之户籍"}, "Person")
    idx.learn(rep, org=cid, role="LEGAL_REP_OF")
    return idx, ids


def _post(person: int, post: int) -> list[dict[str, Any]]:
    return [post_at(person, post)]


@pytest.mark.parametrize("where, that, post, expected", [
    (WATER, "该局", "副科长", f"许宏华/{WATER}"),
    (FINANCE, "该局", "科长", f"许宏华/{FINANCE}"),   # the namesake at the agency 该局 refers to
    (WATER, "该公司", "副科长", None),                # 该公司 never refers to an agency
])
def test_gai_ju_is_the_agency_named_before(where: str, that: str, post: str, expected: str | None) -> None:
    idx, ids = _world()
    body = f"{where}在2023年度办公设备采购项目中存在违规行为，经初步核查，情况基本属实。{that}{post}许宏华负责该项目。"
    res = resolve_letter(idx, body, ("AGENCY", where), ("POSITION", post), ("PERSON", "许宏华"), doc_key="doc:a1",
                         relations=_post(3, 2))
    node = res.nodes[res.entity_nodes[3]]
    if expected is None:
        assert node.new and 3 not in res.person_orgs
    else:
        assert node.id == ids[expected] and not node.new
        assert res.person_orgs[3] == ids[where]


def test_a_namesake_the_letter_places_at_another_agency_is_another_person() -> None:
    idx, ids = _world()
    body = (f"{FINANCE}科长许宏华参与了评审。{WATER}在2023年度办公设备采购项目中存在违规行为，"
            "经初步核查，情况基本属实。该局副科长许宏华负责该项目。")
    res = resolve_letter(idx, body, ("AGENCY", FINANCE), ("POSITION", "科长"), ("PERSON", "许宏华"), ("AGENCY", WATER),
                   ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a6",
                   relations=[post_at(3, 2, 1), post_at(6, 5)])
    assert res.entity_nodes[3] == ids[f"许宏华/{FINANCE}"]
    assert res.entity_nodes[6] == ids[f"许宏华/{WATER}"]


def test_gai_gong_si_is_the_company_named_before_in_traditional_characters_too() -> None:
    idx, ids = _world()
    body = "綿竹市鑫盛建築工程有限公司中標了該項目，經初步核查，存在串通投標行為。該公司法定代表人羅麗對此負責。"
    res = resolve_letter(idx, body, ("COMPANY", "綿竹市鑫盛建築工程有限公司"), ("POSITION", "法定代表人"),
                   ("PERSON", "羅麗"), doc_key="doc:a3", relations=_post(3, 2))
    assert res.entity_nodes[1] == ids["company"]
    assert res.entity_nodes[3] == ids["罗丽"]


def test_an_organisation_three_sentences_back_is_not_the_referent() -> None:
    idx, ids = _world()
    body = (f"{WATER}在2023年度办公设备采购项目中存在违规行为。经初步核查，情况基本属实。"
            "相关材料已于3月1日调取。现将有关情况函告如下。该局副科长许宏华负责该项目。")
    res = resolve_letter(idx, body, ("AGENCY", WATER), ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a5",
                   relations=_post(3, 2))
    node = res.nodes[res.entity_nodes[3]]
    assert node.new
