"""A post whose organisation is written 该局 / 该公司 / 该单位, referring back to the organisation
named sentences before (示例县水利局在…项目中存在违规行为。该局副科长许宏华…), is a post at that
organisation (ingest/resolve/ties.py ``that_org`` keys the person there, as an organisation named
with the post does): the stored person of that name there is the person, a namesake elsewhere is
not, and a namesake the same letter places at another agency is another person; 该公司 refers to a
company, never to an agency; an organisation three sentences back is not the referent. Pure: an in-memory index,
hand-written letters and extractions."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver

ISSUER = "绵竹市审计局"
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
        ids[name] = make_id("agency", "绵竹市", name)
        idx.add_agency(ids[name], {"name": name, "region": "绵竹市", "level": "county"})
    for agency, post in ((WATER, "副科长"), (FINANCE, "科长")):
        oid = make_id("official", ids[agency], "许宏华")
        idx.add_person(oid, {"name": "许宏华", "agency_id": ids[agency], "position": post}, "Official")
        ids[f"许宏华/{agency}"] = oid
    cid = ids["company"] = make_id("company", CODE)
    idx.add_company(cid, {"key": CODE, "name": COMPANY, "credit_code": CODE, "region": "绵竹市"})
    rep = ids["罗丽"] = make_id("person", "罗丽", cid)
    idx.add_person(rep, {"name": "罗丽", "context": "罗丽之户籍"}, "Person")
    idx.learn(rep, org=cid, role="LEGAL_REP_OF")
    return idx, ids


def _resolve(idx: KnownIndex, body: str, *spans: tuple[str, str], doc_key: str,
             relations: list[dict[str, Any]]) -> Resolution:
    head = f"{ISSUER}\n关于有关问题线索的函\n\n"
    text = head + body + f"\n\n{ISSUER}\n2024年3月1日\n"
    ents = [{"start": 0, "end": len(ISSUER), "label": "AGENCY", "text": ISSUER}]
    pos = len(head)
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    extraction = {"entities": ents, "relations": relations, "identifiers": [], "doc": {"issuer": 0}, "aliases": {}}
    return Resolver(index=idx).resolve(extraction, text, doc_key=doc_key)


def _post(person: int, post: int) -> list[dict[str, Any]]:
    return [{"type": "HOLDS_POSITION", "from": person, "to": post, "org": None}]


def test_gai_ju_is_the_agency_named_before() -> None:
    idx, ids = _world()
    body = f"{WATER}在2023年度办公设备采购项目中存在违规行为，经初步核查，情况基本属实。该局副科长许宏华负责该项目。"
    res = _resolve(idx, body, ("AGENCY", WATER), ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a1",
                   relations=_post(3, 2))
    node = res.nodes[res.entity_nodes[3]]
    assert node.id == ids[f"许宏华/{WATER}"] and not node.new
    assert res.person_orgs[3] == ids[WATER]


def test_a_namesake_the_letter_places_at_another_agency_is_another_person() -> None:
    idx, ids = _world()
    body = (f"{FINANCE}科长许宏华参与了评审。{WATER}在2023年度办公设备采购项目中存在违规行为，"
            "经初步核查，情况基本属实。该局副科长许宏华负责该项目。")
    res = _resolve(idx, body, ("AGENCY", FINANCE), ("POSITION", "科长"), ("PERSON", "许宏华"), ("AGENCY", WATER),
                   ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a6",
                   relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}, *_post(6, 5)])
    assert res.entity_nodes[3] == ids[f"许宏华/{FINANCE}"]
    assert res.entity_nodes[6] == ids[f"许宏华/{WATER}"]


def test_gai_ju_names_the_other_agency_the_namesake_there() -> None:
    idx, ids = _world()
    body = f"{FINANCE}在2023年度办公设备采购项目中存在违规行为，经初步核查，情况基本属实。该局科长许宏华负责该项目。"
    res = _resolve(idx, body, ("AGENCY", FINANCE), ("POSITION", "科长"), ("PERSON", "许宏华"), doc_key="doc:a2",
                   relations=_post(3, 2))
    assert res.entity_nodes[3] == ids[f"许宏华/{FINANCE}"]


def test_gai_gong_si_is_the_company_named_before_in_traditional_characters_too() -> None:
    idx, ids = _world()
    body = "綿竹市鑫盛建築工程有限公司中標了該項目，經初步核查，存在串通投標行為。該公司法定代表人羅麗對此負責。"
    res = _resolve(idx, body, ("COMPANY", "綿竹市鑫盛建築工程有限公司"), ("POSITION", "法定代表人"),
                   ("PERSON", "羅麗"), doc_key="doc:a3", relations=_post(3, 2))
    assert res.entity_nodes[1] == ids["company"]
    assert res.entity_nodes[3] == ids["罗丽"]


def test_gai_gong_si_never_refers_to_an_agency() -> None:
    idx, ids = _world()
    body = f"{WATER}在2023年度办公设备采购项目中存在违规行为，经初步核查，情况基本属实。该公司副科长许宏华负责该项目。"
    res = _resolve(idx, body, ("AGENCY", WATER), ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a4",
                   relations=_post(3, 2))
    node = res.nodes[res.entity_nodes[3]]
    assert node.new


def test_an_organisation_three_sentences_back_is_not_the_referent() -> None:
    idx, ids = _world()
    body = (f"{WATER}在2023年度办公设备采购项目中存在违规行为。经初步核查，情况基本属实。"
            "相关材料已于3月1日调取。现将有关情况函告如下。该局副科长许宏华负责该项目。")
    res = _resolve(idx, body, ("AGENCY", WATER), ("POSITION", "副科长"), ("PERSON", "许宏华"), doc_key="doc:a5",
                   relations=_post(3, 2))
    node = res.nodes[res.entity_nodes[3]]
    assert node.new
