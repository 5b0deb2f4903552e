"""The letter's contact written in a bracket that opens its line — （联系人：X，0838-…） under the signature —
is the writer's staff, as the same field without the bracket is (resolution tuning13). Invented names in the
绵竹市 test world; an in-memory index."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, resolve_letter


def test_a_contact_in_a_bracket_is_the_writers_staff() -> None:
    idx = KnownIndex()
    writer = agency(idx, ISSUER)
    res = resolve_letter(idx, "此复。\n\n（联系人：柏文静，0838-6190217）", ("PERSON", "柏文静"), doc_key="doc:bc1")
    assert res.entity_nodes[1] == make_id("official", writer, "柏文静")


def test_a_name_in_a_bracket_mid_sentence_is_not_a_field() -> None:
    idx = KnownIndex()
    writer = agency(idx, ISSUER)
    res = resolve_letter(idx, "该公司股东（实际出资人：柏文静）未到场。", ("PERSON", "柏文静"), doc_key="doc:bc2")
    assert res.entity_nodes[1] != make_id("official", writer, "柏文静")


def test_an_officers_badge_number_is_no_phone_that_sets_the_name_apart() -> None:
    idx = KnownIndex()
    writer = agency(idx, ISSUER)
    res = resolve_letter(idx, "如需补充材料，请与承办人联系：柏文静（执法证号51060626011）。\n承办人：柏文静、岳志强",
                         ("PERSON", "柏文静"), ("PERSON", "柏文静"), ("PERSON", "岳志强"), doc_key="doc:bc3")
    assert res.entity_nodes[1] == res.entity_nodes[2] == make_id("official", writer, "柏文静")


def test_an_identity_number_still_sets_a_namesake_apart() -> None:
    idx = KnownIndex()
    agency(idx, ISSUER)
    res = resolve_letter(idx, "现场安全员柏文静（身份证号510683198507112345）。\n承办人：柏文静",
                         ("PERSON", "柏文静"), ("PERSON", "柏文静"), doc_key="doc:bc4")
    assert res.entity_nodes[1] != res.entity_nodes[2]


def test_the_police_contact_of_a_police_letter_is_its_officer() -> None:
    idx = KnownIndex()
    writer = agency(idx, ISSUER)
    res = resolve_letter(idx, "特此告知。\n联系民警：柏文静（警号061247）", ("PERSON", "柏文静"), doc_key="doc:bc5")
    assert res.entity_nodes[1] == make_id("official", writer, "柏文静")
