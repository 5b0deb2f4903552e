"""REFERRED across a chain of letters (transfer → receipt / reply / return / 情况说明): a follow-up letter
restating a transfer carries the transfer's stated date; one relation per pair of agencies, whatever short
form a letter uses for them. Invented letters."""

from __future__ import annotations

from typing import Any

import pytest

from ingest.nlp import extract_text
from ingest.nlp.classify import classify_kind, classify_violations


def _referred(rec: dict[str, Any]) -> list[tuple[str, str, str | None, str | None]]:
    ents = rec["entities"]

    def text(i: int | None) -> str | None:
        return ents[i]["text"] if i is not None else None

    return [(ents[r["from"]]["text"], ents[r["to"]]["text"], text(r.get("evidence_doc_no")), text(r.get("date")))
            for r in rec["relations"] if r["type"] == "REFERRED"]


def test_a_title_citing_the_transfer_does_not_hide_the_transfer_date() -> None:
    text = ("示例市东城区财政局\n关于退回有关材料的函\n东财函〔2025〕9号\n示例市东城区水务局：\n"
            "根据贵局《关于转送东城区泵站维修项目投诉材料的函》（东水函〔2025〕2号），贵局于2025年6月3日转送的来信已收悉。"
            "经审查，现将材料退回你局。\n示例市东城区财政局\n2025年6月20日\n")
    rels = [r for r in _referred(extract_text(text)) if r[0] == "示例市东城区水务局"]
    assert rels and all(r[3] == "2025年6月3日" for r in rels)


def test_a_document_named_before_the_verb_is_no_earlier_transfer() -> None:
    text = ("示例市东城区教育局\n情况说明\n示例市东城区财政局：\n"
            "东城区审计局于2025年7月8日以东审移〔2025〕第6号审计移送处理书将我局食堂设备采购问题移送区财政局。"
            "现将整改情况说明如下：已完成整改。\n示例市东城区教育局\n2025年9月1日\n")
    rels = [r for r in _referred(extract_text(text)) if r[1].endswith("财政局")]
    assert rels and all(r[3] == "2025年7月8日" for r in rels)


def test_an_abbreviated_organ_is_the_same_receiver_as_its_full_name() -> None:
    text = ("示例市西城区财政局\n西财函〔2025〕4号\n关于移送问题线索的函\n示例市西城区市场监督管理局：\n"
            "我局发现两家公司涉嫌串通投标。现将该问题线索移送区市监局依法处理。\n"
            "示例市西城区财政局\n2025年3月2日\n")
    rels = _referred(extract_text(text))
    assert len(rels) == 1 and rels[0][1] == "示例市西城区市场监督管理局" and rels[0][3] == "2025年3月2日"


def test_a_joint_discipline_and_supervisory_addressee_by_short_forms() -> None:
    text = ("示例市北城区财政局\n北财函〔2025〕7号\n关于移送问题线索的函\n"
            "中共示例市北城区纪律检查委员会、示例市北城区监察委员会：\n"
            "我局发现某公职人员干预采购。现将该问题线索移送区纪委、区监委依法处理。\n"
            "示例市北城区财政局\n2025年5月6日\n")
    rels = _referred(extract_text(text))
    assert sorted(r[1] for r in rels) == ["中共示例市北城区纪律检查委员会", "示例市北城区监察委员会"]
    assert all(r[3] == "2025年5月6日" for r in rels)


# ---------------------------------------------------------------- what an inquiry into the bidders states
@pytest.mark.parametrize("sentence", [
    "经查，投标人示例甲建材有限公司与示例乙贸易有限公司存在股权关联。",
    "发现供应商示例甲建材有限公司与示例乙贸易有限公司可能存在关联关系，请协助核查。",
    "两家公司的投标报价、技术方案高度雷同。",
])
def test_related_bidders_and_identical_bids_are_collusion(sentence: str) -> None:
    assert "collusion" in classify_violations(sentence)


def test_a_price_matching_the_budget_is_no_collusion() -> None:
    assert "collusion" not in classify_violations("中标报价与采购预算一致，合同已签订。")


# ---------------------------------------------------------------- the writer's own staff
def _holds(rec: dict[str, Any]) -> set[tuple[str, str, str | None]]:
    ents = rec["entities"]
    return {(ents[r["from"]]["text"], ents[r["to"]]["text"], ents[r["org"]]["text"] if r.get("org") is not None else None)
            for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}


def test_the_writer_acting_on_its_own_staff_gives_their_organisation() -> None:
    text = ("示例市东城区卫生健康委员会\n整改情况报告\n示例市东城区财政局：\n"
            "一、已终止有关合同。\n二、已对副主任周海平进行诫勉谈话。\n示例市东城区卫生健康委员会\n2025年9月1日\n")
    assert ("周海平", "副主任", "示例市东城区卫生健康委员会") in _holds(extract_text(text))


def test_a_statement_citing_a_decision_is_no_decision() -> None:
    text = ("关于食堂设备采购项目整改情况的说明\n\n示例市东城区财政局：\n"
            "区财政局作出的《行政处理决定书》（东财采处〔2025〕第2号）我局已收悉，现将整改情况说明如下：已完成整改。\n"
            "示例市东城区教育局\n2025年9月1日\n")
    assert classify_kind(text) == "other"


def test_the_winning_company_is_the_one_named_as_winner() -> None:
    text = ("经查，中标人示例甲建材有限公司与投标人示例乙贸易有限公司存在股权关联。"
            "中标公司股东王建华系某局干部之子。")
    assert ("王建华", "股东", "示例甲建材有限公司") in _holds(extract_text(text))


def test_a_reply_restating_the_transfer_gives_the_number_it_acknowledges() -> None:
    text = ("示例市西城区市场监督管理局\n关于问题线索办理结果的反馈\n示例市西城区财政局：\n"
            "你局西财函〔2025〕4号函收悉。对你局2025年3月2日移送的问题线索，我局已立案调查。\n"
            "示例市西城区市场监督管理局\n2025年6月1日\n")
    rels = _referred(extract_text(text))
    assert rels == [("示例市西城区财政局", "示例市西城区市场监督管理局", "西财函〔2025〕4号", "2025年3月2日")]


def test_a_number_broken_by_a_line_is_the_evidence() -> None:
    text = ("示例市东城区财政局\n关于审计移送处理书办理情况的回复函\n\n示例市东城区审计局：\n"
            "你局2025年7月8日印发的审计移送处理书（东审移〔2025〕\n6号）收悉。我局已立案调查。\n"
            "示例市东城区财政局\n2025年9月1日\n")
    rels = _referred(extract_text(text))
    assert rels and rels[0][2] is not None and rels[0][2].startswith("东审移")
