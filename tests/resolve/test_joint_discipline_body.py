"""纪委 and 监委 of one place work as one body (合署办公): a member of its staff named at 中共X纪律检查委员会
in one letter and at X纪委监委 or X监察委员会 in another is one person — not so for two bodies of other
kinds, nor for the discipline bodies of two places. Invented persons; an in-memory index; the 绵竹市
test world's letter kit."""

from __future__ import annotations

from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, post_at, resolve_letter


def _idx() -> KnownIndex:
    idx = KnownIndex()
    agency(idx, ISSUER)
    return idx


def _first(idx: KnownIndex, body_name: str, doc: str) -> str:
    res = resolve_letter(idx, f"{body_name}第三审查调查室主任柏文涛参加会议。",
                         ("AGENCY", body_name), ("POSITION", "主任"), ("PERSON", "柏文涛"),
                         doc_key=doc, relations=[post_at(3, 2, 1)])
    idx.add_resolution(res)
    return res.entity_nodes[3]


def _second(idx: KnownIndex, body_name: str, doc: str) -> str:
    res = resolve_letter(idx, f"{body_name}柏文涛同志送达的协助调查函收悉。",
                         ("AGENCY", body_name), ("PERSON", "柏文涛"), doc_key=doc)
    return res.entity_nodes[2]


def test_the_same_clerk_at_the_discipline_commission_and_the_joint_name() -> None:
    idx = _idx()
    first = _first(idx, "中共绵竹市纪律检查委员会", "doc:j1")
    assert _second(idx, "绵竹市纪委监委", "doc:j2") == first


def test_the_same_clerk_at_the_supervision_commission() -> None:
    idx = _idx()
    first = _first(idx, "绵竹市纪委监委", "doc:j3")
    assert _second(idx, "绵竹市监察委员会", "doc:j4") == first


def test_two_bodies_of_other_kinds_keep_their_namesakes_apart() -> None:
    idx = _idx()
    first = _first(idx, "绵竹市财政局", "doc:j5")
    assert _second(idx, "绵竹市住房和城乡建设局", "doc:j6") != first


def test_the_discipline_bodies_of_two_places_keep_their_namesakes_apart() -> None:
    idx = _idx()
    agency(idx, "什邡市纪委监委", region="什邡市")
    first = _first(idx, "中共绵竹市纪律检查委员会", "doc:j7")
    assert _second(idx, "什邡市纪委监委", "doc:j8") != first
