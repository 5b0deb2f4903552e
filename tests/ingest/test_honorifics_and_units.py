"""Heads called by surname and honorific (周总, 周老板, 杨局) are listed as references, never PERSON;
members named right after their unit (水利局的X, 经营部X, 采购股X同志) and in a record's questions
(法人是X, 你认识X吗) are PERSON. Invented sentences; the common words that look alike are none."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text


def _refs(text: str) -> list[tuple[str, str, str]]:
    return [(r["text"], r["surname"], r["post"]) for r in extract_text(text)["references"]]


def _persons(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("答：公司的事都是胡总说了算，我只管工地。", [("胡总", "胡", "总")]),
    ("问：报价是谁定的？\n答：是顾总定的。", [("顾总", "顾", "总")]),
    ("据会计回忆，兴达商贸的侯老板来过两次。", [("侯老板", "侯", "老板")]),
    ("水务局潘局提出，项目资金应按进度拨付。", [("潘局", "潘", "局")]),
    ("关于“曹局是否打过招呼”的问题，本人说明如下。", [("曹局", "曹", "局")]),
    ("两家公司的老板都姓蒋，大家喊他蒋老闆。", [("蒋老闆", "蒋", "老板")]),
])
def test_a_surname_and_an_honorific_is_a_reference(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _refs(text) == expected
    assert not _persons(text)


@pytest.mark.parametrize("text", [
    "县公安局通报了案件进展，公安局的民警已到场。",          # 公安局: no 安局
    "合同总额为120万元，总价不变，汇总后上报总公司。",
    "王总经理出席了会议。",                                   # a post in full: the title rule's, not an honorific
    "这家店的老板娘说不清楚。",
    "钱总是不够用，这是常有的事。",                           # 总是: always
    "局面复杂，全局工作要统筹。",
])
def test_words_that_look_like_honorifics_are_not(text: str) -> None:
    assert [r for r in _refs(text) if r[2] in ("总", "老板", "局")] == []


@pytest.mark.parametrize("text, name", [
    ("举报称，林业局的蔡文静在验收中签了字。", "蔡文静"),
    ("上述采购均由卫健局办公室的罗丽娟经办，并在验收单上签字。", "罗丽娟"),
    ("標書由公司經營部龔偉具体製作。", "龔偉"),
    ("联系人：交易二部 邹敏  0816-6201133", "邹敏"),
    ("会议明确由采购股葛明轩负责对接。", "葛明轩"),
    ("贵局政府采购股黎建国同志来我司调取了资料。", "黎建国"),
    ("贵中心交易服务科龚丽同志多次来电。", "龚丽"),
    ("请提供审计组邵晓峰组长所需的原件。", "邵晓峰"),
    ("答：法人是雷振华，平时大家都喊他雷总。", "雷振华"),
    ("问：你认识蔡志远吗？", "蔡志远"),
])
def test_a_member_named_after_the_unit(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text", [
    "这支队伍后来解散了，大家各奔东西。",
    "他写过一部武侠小说，名叫《剑影》。",
    "我们先来看这一组文章的观点。",
    "景区位于两国交界处的马拉河沿岸。",
    "要提高社会对保障型产品的认识程度。",
    "但赵股长作为资金审核人员未提出异议。",   # a conjunction, then a title: no person 但赵
])
def test_words_after_units_are_no_names(text: str) -> None:
    assert _persons(text) == []


def _companies(text: str) -> list[str]:
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == "COMPANY"]


@pytest.mark.parametrize("text, name", [
    ("。恒瑞建筑项目经理龚振华已提交投标文件原件。", "恒瑞建筑"),
    ("| 1 | 蓝天路桥：葛明轩（股东） |", "蓝天路桥"),
    ("答：是宏泰商贸那边打过来的。", "宏泰商贸"),
    ("据查，青禾园林的法定代表人系其妻弟。", "青禾园林"),
])
def test_a_company_by_brand_and_trade_alone(text: str, name: str) -> None:
    assert name in _companies(text)


@pytest.mark.parametrize("text", [
    "城市建设的负责人未到场。",
    "水利工程：由市水务局负责验收。",
    "施工工程项目经理应当持证上岗。",
])
def test_a_trade_word_with_a_generic_word_is_no_company(text: str) -> None:
    assert _companies(text) == []


def test_the_company_a_pronoun_points_back_to_is_no_name() -> None:
    assert _companies("据登记信息，恒瑞建筑股东葛明轩持有该公司30%股份。") == ["恒瑞建筑"]


@pytest.mark.parametrize("text, name", [
    ("材料已于11月7日交蒋建平同志签收。", "蒋建平"),
    ("三、审计局郭敏移交的签证单已收悉。", "郭敏"),
])
def test_a_name_before_comrade_after_a_verb_and_after_a_bureau_before_its_act(text: str, name: str) -> None:
    assert name in _persons(text)


@pytest.mark.parametrize("text, name", [
    ("开发区管委会副主任解杨同志出席活动。", "解杨"),        # not 任解杨: 主任 is a post; 管委会 is no name
    ("联系人：东方明远同志。", "东方明远"),            # a compound surname, whole
])
def test_a_post_or_a_compound_surname_before_comrade_keeps_the_name_whole(text: str, name: str) -> None:
    assert _persons(text) == [name]


def test_a_clause_ending_in_your_company_is_no_company() -> None:
    assert _companies("问：葛股长有没有过问过你们公司投标的事？") == []
