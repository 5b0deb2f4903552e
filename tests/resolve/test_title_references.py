"""A title reference (王局长, 陈股长) is linked to the one person it can stand for — the letter's own
person of that surname and post, else the one stored official of that surname and post at an agency
the letter names — and to nothing when two fit or none does. It never makes a node. Invented persons;
an in-memory index; the real extractor's references."""

from __future__ import annotations

from typing import Any

from ingest.nlp.references import title_references
from ingest.resolve import KnownIndex, Resolution, Resolver
from ingest.resolve.titles import title_fits
from tests.resolve.letter_kit import agency, official

WATER = "绵竹市水利局"


def _resolve(idx: KnownIndex, text: str, *spans: tuple[str, str],
             relations: list[dict[str, Any]] | None = None) -> tuple[Resolution, list[str]]:
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    refs = title_references(text, text, ents)   # type: ignore[arg-type]
    extraction = {"entities": ents, "relations": relations or [], "identifiers": [], "doc": {"issuer": None},
                  "aliases": {}, "references": refs}
    res = Resolver(index=idx).resolve(extraction, text, doc_key="doc:t1")
    return res, [t for _s, _e, t, _n, _w in res.references]


def test_post_answers_to_title() -> None:
    assert title_fits("局长", "局长") and title_fits("政府采购股股长", "股长") and title_fits("常务副局长", "副局长")
    assert not title_fits("副局长", "局长") and not title_fits("股长", "局长")


def test_the_letters_own_person_of_that_surname_and_post() -> None:
    idx = KnownIndex()
    text = "会议纪要\n会议由绵竹市水利局财务股股长葛晓峰主持。\n葛股长通报了整改情况。\n"
    res, linked = _resolve(idx, text, ("AGENCY", WATER), ("POSITION", "股长"), ("PERSON", "葛晓峰"),
                           relations=[{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    assert linked == ["葛股长"]
    assert res.references[0][3] == res.entity_nodes[2]


def test_two_of_that_surname_and_post_leave_it_unlinked() -> None:
    idx = KnownIndex()
    text = "会议纪要\n绵竹市水利局股长葛晓峰、绵竹市审计局股长葛文涛参加会议。\n葛股长通报了情况。\n"
    _res, linked = _resolve(idx, text, ("AGENCY", WATER), ("POSITION", "股长"), ("PERSON", "葛晓峰"),
                            ("AGENCY", "绵竹市审计局"), ("POSITION", "股长"), ("PERSON", "葛文涛"),
                            relations=[{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0},
                                       {"type": "HOLDS_POSITION", "from": 5, "to": 4, "org": 3}])
    assert linked == []


def test_a_deputy_is_not_the_head() -> None:
    idx = KnownIndex()
    text = "会议纪要\n绵竹市水利局副局长葛晓峰参加会议。\n葛局长说明了情况。\n"
    _res, linked = _resolve(idx, text, ("AGENCY", WATER), ("POSITION", "副局长"), ("PERSON", "葛晓峰"),
                            relations=[{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    assert linked == []


def test_the_stored_official_of_an_agency_the_letter_names() -> None:
    idx = KnownIndex()
    water = agency(idx, WATER)
    head = official(idx, water, "柏文涛", "局长")
    official(idx, agency(idx, "绵竹市审计局"), "柏晓东", "局长")   # another body's head: not named here
    text = "关于水库项目的情况报告\n绵竹市水利局：\n经核查，柏局长未参与评标。\n"
    res, linked = _resolve(idx, text, ("AGENCY", WATER))
    assert linked == ["柏局长"]
    assert res.references[0][3] == head
    assert res.nodes[head].new is False


def test_no_node_is_made_for_a_title_nobody_answers_to() -> None:
    idx = KnownIndex()
    text = "关于水库项目的情况报告\n绵竹市水利局：\n经核查，柏局长未参与评标。\n"
    res, linked = _resolve(idx, text, ("AGENCY", WATER))
    assert linked == [] and not any(n.label in ("Person", "Official") for n in res.nodes.values())


def test_an_agency_named_without_its_place_is_enough_for_the_stored_official() -> None:
    idx = KnownIndex()
    water = agency(idx, WATER)
    head = official(idx, water, "葛晓峰", "股长")
    text = "询问笔录\n问：我们是绵竹市纪委监委的工作人员。\n答：结算时他去过水利局几次，找的是葛股长。\n"
    res, linked = _resolve(idx, text, ("AGENCY", "绵竹市纪委监委"))
    assert linked == ["葛股长"] and res.references[0][3] == head
