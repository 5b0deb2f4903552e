"""A full name the letter places nowhere (经询问，杨英杰称…) is never merged on the name alone
(ingest/resolve/persons.py): a stored person of that name is offered for review — even the
graph's only one, tied to the letter's own county (the "sole namesake in the locality" rule was
measured and not adopted: README, "Entity resolution") — two-character and masked names are not
offered, a complainant is stored masked, and a negative judgement keeps the two apart. Pure: an
in-memory index of agencies and persons (their contexts derived by the index itself),
hand-written letters."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver


def _agency(idx: KnownIndex, region: str, name: str) -> str:
    aid = make_id("agency", region, name)
    idx.add_agency(aid, {"name": name, "region": region, "level": "county"})
    return aid


def _official(idx: KnownIndex, agency: str, name: str, post: str = "科长") -> str:
    oid = make_id("official", agency, name)
    idx.add_person(oid, {"name": name, "agency_id": agency, "position": post}, "Official")
    return oid


def _index() -> KnownIndex:
    idx = KnownIndex()
    _agency(idx, "绵竹市", "绵竹市审计局")   # the letters' issuer: names no stored person's agency
    return idx


def _letter(body: str, *names: str) -> tuple[dict[str, Any], str]:
    """A letter issued by 绵竹市审计局 whose body names ``names`` (PERSON mentions, in order)."""
    head = "绵竹市审计局\n关于有关问题线索的函\n\n"
    text = head + body + "\n\n绵竹市审计局\n2024年3月1日\n"
    ents = [{"start": 0, "end": 6, "label": "AGENCY", "text": "绵竹市审计局"}]
    pos = len(head)
    for name in names:
        start = text.index(name, pos)
        ents.append({"start": start, "end": start + len(name), "label": "PERSON", "text": name})
        pos = start + len(name)
    return {"entities": ents, "relations": [], "identifiers": [], "doc": {"issuer": 0}, "aliases": {}}, text


def _bare(idx: KnownIndex, doc_key: str, name: str = "杨英杰") -> Resolution:
    """A letter of 绵竹市审计局 naming ``name`` bare: 经询问，杨英杰称其未参与投标。"""
    ext, text = _letter(f"经询问，{name}称其未参与投标。", name)
    return Resolver(index=idx).resolve(ext, text, doc_key=doc_key)


def test_the_sole_namesake_in_the_letters_county_is_offered_for_review_not_merged() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    res = _bare(idx, "doc:s1")
    assert res.locality is not None and res.locality.region == "绵竹市"
    node = res.nodes[res.entity_nodes[1]]
    assert node.id != yang and node.new and "offered for review" in (node.reason or "")
    assert [(c.end, c.score) for c in res.candidates] == [(yang, 0.415)]   # 1 − 0.65 × 0.90: name and region


def test_the_only_namesake_in_another_county_is_offered_for_review() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "什邡市", "什邡市财政局"), "杨英杰")
    res = _bare(idx, "doc:s2")
    node = res.nodes[res.entity_nodes[1]]
    assert node.id != yang and node.new
    assert [c.end for c in res.candidates] == [yang]


def test_two_namesakes_in_the_county_are_both_offered_for_review() -> None:
    idx = _index()
    first = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    second = _official(idx, _agency(idx, "绵竹市", "绵竹市水利局"), "杨英杰", "股长")
    res = _bare(idx, "doc:s3")
    node = res.nodes[res.entity_nodes[1]]
    assert node.new and node.id not in (first, second)
    assert sorted(c.end for c in res.candidates) == sorted([first, second])


def test_a_two_character_name_is_neither_merged_nor_offered() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨杰")
    res = _bare(idx, "doc:s5", "杨杰")
    assert res.entity_nodes[1] != yang and res.nodes[res.entity_nodes[1]].new and res.candidates == []


def test_a_masked_name_is_neither_merged_nor_offered() -> None:
    idx = _index()
    _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    res = _bare(idx, "doc:s6", "杨某某")
    node = res.nodes[res.entity_nodes[1]]
    assert node.new and node.masked and res.candidates == []


def test_a_negative_judgement_holds_on_a_later_ingest() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    # what `resolve split NODE --doc DOC` leaves: the document's own person, judged different
    split_off = make_id("person", "杨英杰", "doc:s7")
    idx.negatives.add(frozenset((yang, split_off)))
    res = _bare(idx, "doc:s7")
    assert res.entity_nodes[1] == split_off
    assert res.candidates == []


def test_a_complainant_is_stored_masked_not_merged() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    ext, text = _letter("举报人杨英杰反映：某公司串通投标。", "杨英杰")
    res = Resolver(index=idx).resolve(ext, text, doc_key="doc:s8")
    node = res.nodes[res.entity_nodes[1]]
    assert node.id != yang and node.props.get("masked") is True
