"""Two ways a letter places persons that tuning set 4 showed: minutes that name no place (市财政局,
市住房和城乡建设局局长X …) are placed by the stored officials they name at their bodies — so their
bodies and officials are the stored ones, not document-scoped; a name followed by its body in brackets
(X（市纪委监委第二审查调查室）) is that body's. Invented persons; an in-memory index."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution, Resolver
from tests.resolve.letter_kit import agency, official

BUREAU = "绵竹市住房和城乡建设局"


def _resolve(idx: KnownIndex, text: str, *spans: tuple[str, str], doc_key: str,
             relations: list[dict[str, Any]] | None = None) -> Resolution:
    """A text with no issuer: ``spans`` are its entities, in order."""
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    extraction = {"entities": ents, "relations": relations or [], "identifiers": [], "doc": {"issuer": None}, "aliases": {}}
    return Resolver(index=idx).resolve(extraction, text, doc_key=doc_key)


def test_minutes_naming_no_place_are_placed_by_the_officials_they_name() -> None:
    idx = KnownIndex()
    bureau = agency(idx, BUREAU)
    stored = official(idx, bureau, "柏文涛", "局长")
    text = "联席会议纪要\n\n会议由市财政局主持。市住房和城乡建设局局长柏文涛参加会议。\n"
    res = _resolve(idx, text, ("AGENCY", "市财政局"), ("AGENCY", "市住房和城乡建设局"), ("POSITION", "局长"),
                   ("PERSON", "柏文涛"), doc_key="doc:p1",
                   relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": 1}])
    assert res.locality is not None and res.locality.region == "绵竹市"
    assert res.entity_nodes[1] == bureau
    assert res.entity_nodes[3] == stored


def test_a_namesake_at_bodies_of_two_places_places_nothing() -> None:
    idx = KnownIndex()
    official(idx, agency(idx, BUREAU), "柏文涛", "局长")
    official(idx, agency(idx, "什邡市住房和城乡建设局", region="什邡市"), "柏文涛", "局长")
    text = "联席会议纪要\n\n市住房和城乡建设局局长柏文涛参加会议。\n"
    res = _resolve(idx, text, ("AGENCY", "市住房和城乡建设局"), ("POSITION", "局长"), ("PERSON", "柏文涛"),
                   doc_key="doc:p2", relations=[{"type": "HOLDS_POSITION", "from": 2, "to": 1, "org": 0}])
    assert res.locality is None


def test_a_name_followed_by_its_body_in_brackets() -> None:
    idx = KnownIndex()
    agency(idx, "绵竹市审计局")
    text = "绵竹市审计局\n情况表\n\n填表人：苗东来（绵竹市纪委监委第二审查调查室）\n"
    res = _resolve(idx, text, ("AGENCY", "绵竹市审计局"), ("PERSON", "苗东来"), ("AGENCY", "绵竹市纪委监委第二审查调查室"),
                   doc_key="doc:p3")
    assert res.entity_nodes[1] == make_id("official", res.entity_nodes[2], "苗东来")
