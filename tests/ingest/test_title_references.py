"""Title references (王局长, 刘副局长, 趙股長): a surname and a post with no given name are listed apart
(``references``), never PERSON entities (a title is never a PERSON under the annotation scheme).
Invented sentences."""

from __future__ import annotations

from ingest.nlp import extract_text


def _refs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["surname"], r["post"]) for r in extract_text(text)["references"]]


def _persons(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == "PERSON"]


MINUTES = (
    "联席会议纪要\n\n"
    "会议由市水务局副局长欧阳明辉主持，市审计局局长柏文涛、市财政局采购股股长葛晓峰参加会议。\n"
    "欧阳副局长通报了水库除险加固项目的情况。\n"
    "柏局长说明了审计发现的问题。\n"
    "会议议定：由葛股长牵头汇总线索台账。\n"
)


def test_minutes_list_each_surname_and_post_once_and_no_person_of_them() -> None:
    assert _refs(MINUTES) == [("欧阳副局长", "欧阳", "副局长"), ("柏局长", "柏", "局长"), ("葛股长", "葛", "股长")]
    persons = _persons(MINUTES)
    assert "欧阳明辉" in persons and "柏文涛" in persons
    assert not any(p.endswith(("局长", "股长")) for p in persons)


def test_traditional_characters_keep_the_written_form_and_give_the_simplified_parts() -> None:
    text = "經查，該局財務股股長鄭麗華之子參與投標。我委曾約談鄭股長，鄭股長承認知情。\n"
    refs = _refs(text)
    assert refs == [("鄭股長", "郑", "股长"), ("鄭股長", "郑", "股长")]


def test_a_verb_before_the_surname_does_not_hide_it() -> None:
    assert _refs("答：我没有见过孙副局长本人，也没联系过韩主任。\n") == [("孙副局长", "孙", "副局长"),
                                                                ("韩主任", "韩", "主任")]


def test_the_last_character_of_a_name_before_a_post_is_no_surname() -> None:
    # 华 is a surname, but in 李建华局长 it ends a given name; 向 before 局长 is "to the director"
    text = "经询问，李建华局长表示不知情。有关情况已向局长汇报。\n"
    assert _refs(text) == []
