"""Within-document coreference (ingest/resolve/document.py): a mention the letter places nowhere
(经询问，杨英杰称…) is the person the letter places elsewhere under that name — wherever in the
letter that is — and never one of two namesakes the letter ties to two organisations. Pure: an
in-memory index, hand-written letters and extractions."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.matching import Context
from ingest.resolve import KnownIndex, Resolver

MOBILE = "13908138130"


def _world() -> tuple[Resolver, str]:
    """One stored 杨英杰 whose own mobile the graph holds, and a stored namesake at a company."""
    idx = KnownIndex()
    yang = make_id("person", "杨英杰", "row-1")
    idx.add_person(yang, {"name": "杨英杰", "context": "row-1"}, "Person")
    idx.contexts[yang] = Context(phones={MOBILE})
    other = make_id("person", "杨英杰", "company:t-other")
    idx.add_person(other, {"name": "杨英杰", "context": "company:t-other"}, "Person")
    idx.contexts[other] = Context(orgs={"company:t-other": {"MANAGES"}})
    return Resolver(index=idx), yang


def _extraction(text: str, *spans: tuple[str, str], rels: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    return {"entities": ents, "relations": rels or [], "identifiers": [], "doc": {}, "aliases": {}}


def test_a_bare_name_after_the_person_is_placed_by_his_phone_is_that_person() -> None:
    r, yang = _world()
    text = f"反映人杨英杰，手机{MOBILE}。\n经询问，杨英杰称其未参与投标。"
    res = r.resolve(_extraction(text, ("PERSON", "杨英杰"), ("PERSON", "杨英杰")), text, doc_key="doc:c1")
    assert res.entity_nodes[0] == yang
    assert res.entity_nodes[1] == yang


def test_the_bare_name_may_come_first() -> None:
    r, yang = _world()
    text = f"经询问，杨英杰称其未参与投标。\n杨英杰，手机{MOBILE}。"
    res = r.resolve(_extraction(text, ("PERSON", "杨英杰"), ("PERSON", "杨英杰")), text, doc_key="doc:c2")
    assert res.entity_nodes[0] == res.entity_nodes[1] == yang


def test_without_a_placed_mention_the_bare_name_is_not_merged() -> None:
    r, yang = _world()
    text = "经询问，杨英杰称其未参与投标。"
    res = r.resolve(_extraction(text, ("PERSON", "杨英杰")), text, doc_key="doc:c3")
    assert res.entity_nodes[0] not in (yang, make_id("person", "杨英杰", "company:t-other"))


def test_two_namesakes_placed_apart_leave_the_bare_name_to_review() -> None:
    r, yang = _world()
    text = (f"杨英杰，手机{MOBILE}。\n示例同创瑞丰保安服务有限公司经理杨英杰。\n"
            "经询问，杨英杰称其未参与投标。")
    ext = _extraction(text, ("PERSON", "杨英杰"), ("COMPANY", "示例同创瑞丰保安服务有限公司"), ("POSITION", "经理"),
                      ("PERSON", "杨英杰"), ("PERSON", "杨英杰"),
                      rels=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}])
    res = r.resolve(ext, text, doc_key="doc:c4")
    phone_placed, at_company, bare = res.entity_nodes[0], res.entity_nodes[3], res.entity_nodes[4]
    assert phone_placed == yang and at_company != yang
    assert bare not in (phone_placed, at_company)


def test_a_mention_introduced_as_informant_is_stored_masked_even_when_placed_elsewhere() -> None:
    r = Resolver(index=KnownIndex())
    text = "实名举报人周晓梅反映：\n……\n周晓梅，手机13908131234。"
    res = r.resolve(_extraction(text, ("PERSON", "周晓梅"), ("PERSON", "周晓梅")), text, doc_key="doc:c5")
    assert res.entity_nodes[0] == res.entity_nodes[1]
    node = res.nodes[res.entity_nodes[0]]
    assert node.new and node.props.get("masked") is True


def test_a_bare_name_after_a_legal_representative_is_that_representative_not_a_stored_namesake() -> None:
    """Bench seed 19, letter 15, in substance: the letter names 范强丽 as a company's legal
    representative, then 经询问，范强丽…. The text says one person; the graph's namesake official
    (another agency, nowhere in the letter) is not read into it — the bench's gold that said so
    was the generator's error (bench/bench_resolve.py now never writes a bare namesake)."""
    idx = KnownIndex()
    code = "91990100TEST00001X"
    company = make_id("company", code)
    idx.add_company(company, {"key": code, "name": "示例海纳锦程电子科技有限责任公司", "credit_code": code,
                              "region": "示例县"})
    rep = make_id("person", "范强丽", "row-rep")
    idx.add_person(rep, {"name": "范强丽", "context": "row-rep"}, "Person")
    idx.contexts[rep] = Context(orgs={company: {"LEGAL_REP_OF"}}, codes={code}, regions={"示例县"})
    agency = make_id("agency", "示例县", "示例县卫生健康局")
    idx.add_agency(agency, {"name": "示例县卫生健康局", "region": "示例县", "level": "county"})
    official = make_id("official", agency, "范强丽")
    idx.add_person(official, {"name": "范强丽", "agency_id": agency, "position": "股长"}, "Official")
    idx.contexts[official] = Context(orgs={agency: {"WORKS_AT", "股长"}}, regions={"示例县"})
    text = (f"示例海纳锦程电子科技有限责任公司（统一社会信用代码：{code}）法定代表人范强丽。\n"
            "经询问，范强丽存在利用职务便利谋取利益问题。")
    ext = _extraction(text, ("COMPANY", "示例海纳锦程电子科技有限责任公司"), ("POSITION", "法定代表人"),
                      ("PERSON", "范强丽"), ("PERSON", "范强丽"),
                      rels=[{"type": "LEGAL_REP", "from": 2, "to": 0},
                            {"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    start = text.index(code)
    ext["identifiers"] = [{"type": "credit_code", "start": start, "end": start + len(code), "text": code,
                           "valid": True}]
    res = Resolver(index=idx).resolve(ext, text, doc_key="doc:c6")
    assert res.entity_nodes[2] == rep
    assert res.entity_nodes[3] == rep
