"""Persons a letter places by its form rather than by a sentence (resolution tuning set 3): the
letter's own contact line (联系人：X) is the writer's staff; a person field paired with a unit field of
the same prefix (移送单位：A … 移送经办人：X; 接收单位：B … 接 收 人：Y) is that unit's; a name right
after 你委/你局 is the addressee's and after 我局 the writer's — so one clerk named in several letters
is one node. A complainant's field (投诉人：X) places nobody. Invented persons; the 绵竹市 test world's
kit (the issuer 绵竹市审计局 is entity 0)."""

from __future__ import annotations

from graph.ids import make_id
from ingest.resolve import KnownIndex
from tests.resolve.letter_kit import ISSUER, agency, resolve_letter

POLICE = "绵竹市公安局"
AUDIT_ID = make_id("agency", "绵竹市", ISSUER)


def _idx() -> KnownIndex:
    idx = KnownIndex()
    agency(idx, ISSUER)
    agency(idx, POLICE)
    return idx


def _official(agency_name: str, name: str) -> str:
    return make_id("official", make_id("agency", "绵竹市", agency_name), name)


def test_the_letters_contact_line_is_the_writers_staff() -> None:
    res = resolve_letter(_idx(), "现将有关线索移送你局。\n\n联系人：柏文涛（经济责任审计股），电话0838-6200001",
                         ("PERSON", "柏文涛"), doc_key="doc:f1")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")


def test_an_office_before_the_name_on_the_contact_line() -> None:
    res = resolve_letter(_idx(), "特此函告。\n经办人：质量安全股 柏文涛，电话0838-6200002", ("PERSON", "柏文涛"), doc_key="doc:f2")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")


def test_a_person_field_is_the_unit_of_the_same_prefix() -> None:
    body = (f"移送单位：{POLICE}\n移送经办人：柏文涛\n接收单位：{ISSUER}\n接 收 人：苗东来\n")
    res = resolve_letter(_idx(), body, ("AGENCY", POLICE), ("PERSON", "柏文涛"), ("AGENCY", ISSUER), ("PERSON", "苗东来"),
                         doc_key="doc:f3")
    assert res.entity_nodes[2] == _official(POLICE, "柏文涛")
    assert res.entity_nodes[4] == _official(ISSUER, "苗东来")


def test_a_name_after_the_addressees_pronoun_is_the_addressees() -> None:
    body = f"{POLICE}：\n你局苗东来同志5月16日送达的协助调查函收悉。"
    res = resolve_letter(_idx(), body, ("AGENCY", POLICE), ("PERSON", "苗东来"), doc_key="doc:f4")
    assert res.entity_nodes[2] == _official(POLICE, "苗东来")


def test_one_clerk_in_two_letters_is_one_node() -> None:
    idx = _idx()
    first = resolve_letter(idx, "联系人：柏文涛，电话0838-6200001", ("PERSON", "柏文涛"), doc_key="doc:f5")
    idx.add_resolution(first)
    second = resolve_letter(idx, f"移送单位：{ISSUER}\n移送经办人：柏文涛\n", ("AGENCY", ISSUER), ("PERSON", "柏文涛"),
                            doc_key="doc:f6")
    assert first.entity_nodes[1] == second.entity_nodes[2]


def test_a_complainants_field_places_nobody() -> None:
    res = resolve_letter(_idx(), "投诉人：柏文涛\n联系电话：13800000000", ("PERSON", "柏文涛"), doc_key="doc:f7")
    assert res.entity_nodes[1] != _official(ISSUER, "柏文涛")
    assert AUDIT_ID not in res.person_orgs.values()


def test_the_writers_team_on_a_field_line_is_the_writers() -> None:
    res = resolve_letter(_idx(), "审计发现如下问题。\n审计组组长：柏文涛\n审计组成员：苗东来\n",
                         ("PERSON", "柏文涛"), ("PERSON", "苗东来"), doc_key="doc:f8")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")
    assert res.entity_nodes[2] == _official(ISSUER, "苗东来")


def test_the_writers_own_field_after_a_sentence_with_its_office_written_close() -> None:
    res = resolve_letter(_idx(), "现将材料转送你委。本局承办人：政府采购股柏文涛；因其回避，改由他人承办。",
                         ("PERSON", "柏文涛"), doc_key="doc:f9")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")


def test_an_informants_field_is_not_placed_at_the_unit_field_beside_it() -> None:
    company = "绵竹市恒远建设工程有限公司"
    res = resolve_letter(_idx(), f"举报单位：{company}\n举报人：柏文涛\n", ("COMPANY", company), ("PERSON", "柏文涛"),
                         doc_key="doc:f10")
    assert res.entity_nodes[2] != make_id("person", "柏文涛", res.entity_nodes[1])
    assert res.person_orgs.get(2) != res.entity_nodes[1]


def test_the_person_the_letter_asks_its_reader_to_call_is_the_writers() -> None:
    res = resolve_letter(_idx(), "以上情况供参考。对此件有疑问请联系柏文涛，电话0838-6209110。", ("PERSON", "柏文涛"), doc_key="doc:f11")
    assert res.entity_nodes[1] == _official(ISSUER, "柏文涛")


def test_a_squad_of_a_stored_bureau_is_the_bureau() -> None:
    idx = _idx()
    res = resolve_letter(idx, "审核：苗东来（市公安局经侦大队）\n", ("PERSON", "苗东来"), ("AGENCY", "市公安局经侦大队"), doc_key="doc:f12")
    assert res.entity_nodes[2] == make_id("agency", "绵竹市", POLICE)
    assert res.entity_nodes[1] == _official(POLICE, "苗东来")
