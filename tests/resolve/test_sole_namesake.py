"""The sole namesake in the letter's locality (``sole_local`` in ingest/matching.py): a full name the
letter places nowhere (经询问，杨英杰称…) is the graph's only person of that name when that person is
tied to the letter's locality (the default, LIANDONG_UNPLACED_NAMES=merge), or offered for review as
that person (=review); in another locality, with a second namesake, a two-character or masked name, a
complainant, or a negative judgement, it is not. Pure: an in-memory index of
agencies and persons (their contexts derived by the index itself), hand-written letters."""

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
    return Resolver(index=idx, merge_unplaced=True).resolve(ext, text, doc_key=doc_key)


def test_the_sole_namesake_in_the_letters_county_is_the_person() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    res = _bare(idx, "doc:s1")
    assert res.locality is not None and res.locality.region == "绵竹市"
    node = res.nodes[res.entity_nodes[1]]
    assert node.id == yang and not node.new
    assert "sole_local 0.70" in (node.reason or "") and "region 0.10" in (node.reason or "")
    assert res.candidates == []


def test_under_review_the_sole_namesake_is_offered_not_merged() -> None:
    """LIANDONG_UNPLACED_NAMES=review: the locality alone places nobody — a new node, the county's only
    杨英杰 offered beside it, with the same score and evidence."""
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    ext, text = _letter("经询问，杨英杰称其未参与投标。", "杨英杰")
    res = Resolver(index=idx, merge_unplaced=False).resolve(ext, text, doc_key="doc:s1r")
    node = res.nodes[res.entity_nodes[1]]
    assert node.id != yang and node.new
    assert [(c.end, c.evidence) for c in res.candidates] == [(yang, ("region", "sole_local"))]


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


def test_a_namesake_elsewhere_in_the_country_keeps_the_local_one_from_being_merged() -> None:
    idx = _index()
    local = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    _official(idx, _agency(idx, "什邡市", "什邡市财政局"), "杨英杰")
    res = _bare(idx, "doc:s4")
    assert res.entity_nodes[1] != local and res.nodes[res.entity_nodes[1]].new


def test_a_two_character_name_is_never_merged_on_the_locality() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨杰")
    res = _bare(idx, "doc:s5", "杨杰")
    assert res.entity_nodes[1] != yang and res.nodes[res.entity_nodes[1]].new


def test_a_masked_name_is_never_merged_on_the_locality() -> None:
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


def test_a_complainant_is_not_merged_on_the_locality() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    ext, text = _letter("举报人杨英杰反映：某公司串通投标。", "杨英杰")
    res = Resolver(index=idx, merge_unplaced=True).resolve(ext, text, doc_key="doc:s8")
    node = res.nodes[res.entity_nodes[1]]
    assert node.id != yang and node.props.get("masked") is True


def test_a_name_the_letter_places_elsewhere_is_not_the_sole_namesake() -> None:
    """The letter names 杨英杰 at a company the graph does not know, and once bare: the bare one may be
    either; the stored official is not taken on the locality."""
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    body = "绵竹市同创瑞丰保安服务有限公司经理杨英杰参与投标。\n另，杨英杰，手机13908131234。\n经询问，杨英杰称其不知情。"
    ext, text = _letter(body, "杨英杰", "杨英杰", "杨英杰")
    start = text.index("绵竹市同创")
    company = {"start": start, "end": start + 15, "label": "COMPANY", "text": "绵竹市同创瑞丰保安服务有限公司"}
    post_at = text.index("经理")
    post = {"start": post_at, "end": post_at + 2, "label": "POSITION", "text": "经理"}
    ext["entities"] = ext["entities"][:1] + [company, post] + ext["entities"][1:]
    ext["relations"] = [{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}]
    res = Resolver(index=idx, merge_unplaced=True).resolve(ext, text, doc_key="doc:s9")
    assert yang not in (res.entity_nodes[3], res.entity_nodes[4], res.entity_nodes[5])


def test_a_relative_stated_in_the_sentence_places_the_name() -> None:
    """覃英桂之配偶杨英杰: the letter places him by a relative the graph does not tie to the official."""
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    ext, text = _letter("经询问，覃英桂之配偶杨英杰称其未参与投标。", "覃英桂", "杨英杰")
    res = Resolver(index=idx, merge_unplaced=True).resolve(ext, text, doc_key="doc:s10")
    assert res.entity_nodes[2] != yang


def test_a_protected_person_is_not_taken_on_the_locality() -> None:
    """The graph's only 杨英杰 is a complainant (stored masked) at a company of the county: a bare
    杨英杰 is no link to him on the locality — only his phone, address or identity number are."""
    idx = _index()
    company = make_id("company", "91510683MA6XXXXX1Y")
    idx.add_company(company, {"key": "91510683MA6XXXXX1Y", "name": "绵竹市同创瑞丰保安服务有限公司",
                              "credit_code": "91510683MA6XXXXX1Y", "region": "绵竹市"})
    yang = make_id("person", "杨英杰", company)
    idx.add_person(yang, {"name": "杨英杰", "context": company, "masked": True}, "Person")
    res = _bare(idx, "doc:s11")
    assert res.entity_nodes[1] != yang


def test_an_organisation_named_in_the_sentence_places_the_name() -> None:
    """绵竹市同创…公司有关人员杨英杰: no relation ties them, but the letter places him at a company; the
    graph's only 杨英杰 is an official elsewhere in the county, so he is not taken on the locality."""
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    ext, text = _letter("绵竹市同创瑞丰保安服务有限公司有关人员杨英杰到我局反映情况。", "杨英杰")
    start = text.index("绵竹市同创")
    ext["entities"].insert(1, {"start": start, "end": start + 15, "label": "COMPANY", "text": "绵竹市同创瑞丰保安服务有限公司"})
    res = Resolver(index=idx, merge_unplaced=True).resolve(ext, text, doc_key="doc:s12")
    assert res.entity_nodes[2] != yang


def test_a_namesake_an_earlier_letter_could_not_place_does_not_hide_the_sole_one() -> None:
    idx = _index()
    yang = _official(idx, _agency(idx, "绵竹市", "绵竹市财政局"), "杨英杰")
    first = _bare(idx, "doc:s9")            # written before: the one stored 杨英杰 … and a letter naming him bare
    idx.add_resolution(first)
    earlier = make_id("person", "杨英杰", "doc:s0")   # a letter's unplaced 杨英杰, scoped to that letter
    idx.add_person(earlier, {"name": "杨英杰", "context": "doc:s0"}, "Person")
    res = _bare(idx, "doc:s10")
    assert res.entity_nodes[1] == yang
