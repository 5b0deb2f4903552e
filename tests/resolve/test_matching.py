"""The score formula (ingest/matching.py) and person matching in context (ingest/resolve.py), pure:
no graph, hand-built contexts, hand-computed scores."""

from __future__ import annotations

import pytest

from graph.ids import make_id
from ingest.matching import (
    MERGE,
    REVIEW,
    Context,
    DocView,
    combine,
    name_similarity,
    person_features,
    score,
)
from ingest.resolve import KnownIndex, Resolver, simplified

CODE = "91990100CAA8DM410X"


@pytest.mark.parametrize("prior, feats, expected", [
    (0.35, [], 0.35),
    (0.35, ["org_rel"], 0.8375),                                   # 1 − 0.65 × 0.25
    (0.35, ["org_doc"], 0.6425),                                   # 1 − 0.65 × 0.55
    (0.35, ["org_doc", "role", "relative"], 0.84985),              # 1 − 0.65 × 0.55 × 0.70 × 0.60
    (0.15, ["org_doc"], 0.5325),                                   # a two-character name
    (0.35, ["org_doc", "org_doc"], 0.6425),                        # a feature counts once
])
def test_combine_is_a_noisy_or_of_the_prior_and_the_features(prior: float, feats: list[str], expected: float) -> None:
    assert combine(prior, feats) == pytest.approx(expected)


def test_near_names_cannot_reach_the_merge_threshold() -> None:
    assert name_similarity("许兰秀", "许兰秀") == 1.0
    assert name_similarity("许兰秀", "许兰绣") == pytest.approx(2 / 3)
    everything = ["org_rel", "role", "code", "phone", "address", "relative", "project", "region"]
    assert score(name_similarity("许兰秀", "许兰绣"), 0.35, everything) < MERGE
    assert MERGE == 0.80 and REVIEW == 0.50


def test_features_read_from_the_document_text() -> None:
    ctx = Context(orgs={"company:hn": {"SHAREHOLDER_OF"}}, org_names={"company:hn": "示例海纳合众市政工程有限公司"},
                  codes={CODE}, org_phones={"17000031687"}, relatives={"许子晓"}, projects={"SLXCG-2023-C01"},
                  regions={"示例县"})
    text = simplified("示例海纳合众市政工程有限公司股东覃英桂，其配偶许子晓，电话17000031687，项目SLXCG-2023-C01")
    doc = DocView.of(text, region="示例县")
    feats = person_features(ctx, doc, org=None, post="股东", own_name="覃英桂")
    assert sorted(feats) == ["org_doc", "org_phone", "project", "region", "relative", "role"]
    assert person_features(ctx, DocView.of(simplified("覃英桂")), org=None, post=None, own_name="覃英桂") == []


def _index_with_spouse() -> tuple[Resolver, str]:
    """A stored 覃英桂 (the demo's spouse: no organisation in her key) who holds 60 % of 海纳合众."""
    idx = KnownIndex()
    idx.add_company("company:hn", {"key": CODE, "name": "示例海纳合众市政工程有限责任公司", "credit_code": CODE})
    spouse = make_id("person", "覃英桂", "a6eca1f9a3c8ea21")
    idx.add_person(spouse, {"name": "覃英桂", "context": "a6eca1f9a3c8ea21"}, "Person")
    idx.contexts[spouse] = Context(orgs={"company:hn": {"SHAREHOLDER_OF"}},
                                   org_names={"company:hn": "示例海纳合众市政工程有限公司"}, codes={CODE},
                                   relatives={"许子晓"})
    return Resolver(index=idx), spouse


def test_a_person_is_matched_by_name_and_context() -> None:
    r, spouse = _index_with_spouse()
    text = simplified("示例海纳合众市政工程有限责任公司股东覃英桂系许子晓的配偶。")
    node, cands = r.person("覃英桂", None, "doc:4", doc=DocView.of(text, {"company:hn"}), post="股东")
    assert (node.id, node.new, cands) == (spouse, False, [])
    assert "score 0.85" in node.reason                           # org_doc + role + relative


def test_the_name_alone_is_a_new_node_offered_for_review_and_a_weak_context_too() -> None:
    r, spouse = _index_with_spouse()
    alone, offered = r.person("覃英桂", None, "doc:5", doc=DocView.of(simplified("覃英桂来访。")))
    assert alone.id == make_id("person", "覃英桂", "doc:5") and alone.new      # never merged on the name alone
    assert [(c.end, c.score) for c in offered] == [(spouse, 0.35)]             # not placed: to review
    _two, none = r.person("英桂", None, "doc:5", doc=DocView.of(simplified("英桂来访。")))
    assert none == []                                                         # nobody of that name
    text = simplified("示例海纳合众市政工程有限公司有关人员覃英桂。")
    weak, cands = r.person("覃英桂", None, "doc:6", doc=DocView.of(text, {"company:hn"}))
    assert weak.new and [(c.end, c.score) for c in cands] == [(spouse, 0.6425)]


def test_traditional_forms_match_their_simplified_node() -> None:
    r, spouse = _index_with_spouse()
    text = simplified("示例海納合眾市政工程有限公司股東覃英桂，許子曉之配偶")
    node, _ = r.person("覃英桂", None, "doc:7", doc=DocView.of(text, {"company:hn"}), post="股东")
    assert node.id == spouse


def test_masked_names_are_never_scored() -> None:
    r, _ = _index_with_spouse()
    r.index.add_person("person:wang", {"name": "王某", "context": "company:hn"}, "Person")
    text = simplified("示例海纳合众市政工程有限公司股东王某")
    node, cands = r.person("王某", None, "doc:8", doc=DocView.of(text, {"company:hn"}), post="股东")
    assert node.masked and node.id != "person:wang" and cands == []


def test_a_negative_judgement_keeps_two_nodes_apart() -> None:
    r, spouse = _index_with_spouse()
    would_be = make_id("person", "覃英桂", "company:hn")
    text = simplified("示例海纳合众市政工程有限责任公司股东覃英桂系许子晓的配偶。")
    org = r.company("示例海纳合众市政工程有限责任公司", CODE, "doc:9")[0]
    assert r.person("覃英桂", org, "doc:9", doc=DocView.of(text, {org.id}), post="股东")[0].id == spouse
    r.index.negatives.add(frozenset((would_be, spouse)))
    node, cands = r.person("覃英桂", org, "doc:9", doc=DocView.of(text, {org.id}), post="股东")
    assert node.id == would_be and cands == []


def test_two_equally_good_namesakes_go_to_review_not_to_either() -> None:
    r, spouse = _index_with_spouse()
    twin = make_id("person", "覃英桂", "other")
    r.index.add_person(twin, {"name": "覃英桂", "context": "other"}, "Person")
    r.index.contexts[twin] = r.index.contexts[spouse]
    text = simplified("示例海纳合众市政工程有限责任公司股东覃英桂系许子晓的配偶。")
    node, cands = r.person("覃英桂", None, "doc:10", doc=DocView.of(text, {"company:hn"}), post="股东")
    assert node.new and sorted(c.end for c in cands) == sorted([spouse, twin])


def _county_index() -> KnownIndex:
    idx = KnownIndex()
    for name in ("绵竹市住房和城乡建设局", "绵竹市卫生健康局"):
        idx.add_agency(make_id("agency", "绵竹市", name), {"name": name, "region": "绵竹市"})
    for name, code in (("绵竹市鑫盛建筑工程有限公司", CODE), ("绵竹市宏达商贸有限公司", None), ("四川宏达化工有限公司", None)):
        idx.add_company(make_id("company", code or name), {"key": code or name, "name": name, "credit_code": code})
    return idx


@pytest.mark.parametrize("mention, full", [
    ("市住建局", "绵竹市住房和城乡建设局"),       # a short ending written out
    ("市卫健局办公室", "绵竹市卫生健康局"),       # and an internal unit dropped
    ("住建局", "绵竹市住房和城乡建设局"),
])
def test_agency_short_forms_resolve_to_the_stored_agency(mention: str, full: str) -> None:
    r = Resolver(index=_county_index())
    loc = r.localities.of_name("绵竹市财政局")[0]
    node = r.agency(mention, loc, "doc:x")
    assert not node.new and node.id == make_id("agency", "绵竹市", full)


def test_an_unknown_agency_by_short_form_is_created_under_its_full_name() -> None:
    r = Resolver(index=KnownIndex())
    node = r.agency("市发改局规划科", r.localities.of_name("绵竹市财政局")[0], "doc:x")
    assert node.new and node.props["name"] == "绵竹市发展和改革局"


def test_a_company_by_its_trade_name_only() -> None:
    r = Resolver(index=_county_index())
    node, _ = r.company("鑫盛公司", None, "doc:x")
    assert not node.new and node.props["name"] == "绵竹市鑫盛建筑工程有限公司"
    node, _ = r.company("宏达公司", None, "doc:x")  # two stored companies trade as 宏达: never picked
    assert node.new


def _letter(text: str, spans: list[tuple[str, str]], rels: list[dict]) -> dict:
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"label": label, "text": surface, "start": start, "end": start + len(surface)})
        pos = start + len(surface)
    return {"entities": ents, "relations": rels, "identifiers": [], "doc": {}, "aliases": {}}


def test_a_post_is_not_at_the_addressee_and_its_agency_may_be_written_without_its_place() -> None:
    idx = KnownIndex()
    for name in ("绵竹市纪委监委", "绵竹市交通运输局"):
        idx.add_agency(make_id("agency", "绵竹市", name), {"name": name, "region": "绵竹市"})
    transport = make_id("agency", "绵竹市", "绵竹市交通运输局")
    yang = make_id("official", transport, "杨光辉")
    idx.add_person(yang, {"name": "杨光辉", "agency_id": transport}, "Official")
    text = "绵竹市纪委监委：\n经查，交通运输局副局长杨光辉在评标期间存在不正当往来。\n绵竹市审计局"
    ex = _letter(text, [("AGENCY", "绵竹市纪委监委"), ("POSITION", "副局长"), ("PERSON", "杨光辉")],
                 [{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    res = Resolver(index=idx).resolve(ex, text, doc_key="doc:t")
    assert res.entity_nodes[2] == yang


def test_you_refers_back_to_the_addressee() -> None:
    idx = _county_index()
    company = make_id("company", "绵竹市宏达商贸有限公司")
    zhou = make_id("person", "周建华", company)
    idx.add_person(zhou, {"name": "周建华", "context": company}, "Person")
    text = "绵竹市宏达商贸有限公司：\n你公司负责人周建华提交的投诉书收悉。\n绵竹市财政局"
    ex = _letter(text, [("COMPANY", "绵竹市宏达商贸有限公司"), ("POSITION", "负责人"), ("PERSON", "周建华")],
                 [{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    res = Resolver(index=idx).resolve(ex, text, doc_key="doc:t")
    assert res.entity_nodes[2] == zhou
