"""Persons the extractor missed in resolution tuning sets 4 and 5's letters, each fixed by structure
and tested on text written for this file (invented names)."""

from __future__ import annotations

import pytest

from tests.ingest.extract_kit import spans


@pytest.mark.parametrize(("text", "names"), [
    # an adverb or 在 between the name and its verb is no part of the name
    ("二、办公室主任柏文涛已被调离采购岗位。", ["柏文涛"]),
    ("反映县教育局副局长苗晓东在“校舍维修项目”中干预评审。", ["苗晓东"]),
    ("反映縣教育局副局長苗曉東在「校舍維修項目」中干預評審。", ["苗曉東"]),
    # …but a given name may hold 在 before another character of a name
    ("副局长柏在明参加会议。", ["柏在明"]),
    # a name after 一个叫 / 名叫
    ("答：是公司一个叫苗晓东的员工，她已经离职了。", ["苗晓东"]),
    # a name right after its agency, before what the person did there
    ("四、已与市公共资源交易中心柏文涛对接，今后项目全部进场交易。", ["柏文涛"]),
    ("市审计局经济责任审计股股长苗晓东、市公共资源交易中心柏文涛参加会议。", ["苗晓东", "柏文涛"]),
    # an office right before the name on a contact line, with no space between
    ("联系人：第二审查调查室柏文涛，电话0838-6201234。", ["柏文涛"]),
])
def test_persons_in_replies_minutes_and_records(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize("text", ["市财政局负责监督。", "叫停该项目。", "联系人：第二审查调查室主任，电话0838-6201234。"])
def test_no_person_where_none_is_named(text: str) -> None:
    assert spans(text, "PERSON") == []


@pytest.mark.parametrize(("text", "names"), [
    ("股东柏文涛系县教育局副局长苗晓东之配偶，建议纪委监委核查。", ["柏文涛", "苗晓东"]),
    ("答：出资60万元是我舅舅葛永福借给我的，没有写借条。", ["葛永福"]),
    ("副局长柏建之说明了情况。", ["柏建之"]),   # 之 in a given name, no kin word after it
])
def test_kin_words_around_names(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize(("text", "names"), [
    ("　　二、柏文涛局長簽批該工程變更的會議記錄；", ["柏文涛"]),
    ("並說明交通運輸局苗曉東副局長是否參加驗收。", ["苗曉東"]),
    ("三、验收组成员中有一人为柏文涛副局长的司机。", ["柏文涛"]),
])
def test_a_name_right_before_a_heads_post(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


@pytest.mark.parametrize("text", ["经局长办公会研究。", "由副局长主持。", "该局办公室主任主持。", "由街道工作人员核实。"])
def test_no_name_made_of_a_body_before_a_post(text: str) -> None:
    assert spans(text, "PERSON") == []
