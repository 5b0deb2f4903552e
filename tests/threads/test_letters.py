"""What a letter does, read from its layout — hand-written letters (not from any evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.letter_layout import numbers_in
from ingest.letters import canonical_agency, full_agency_name, read_letter
from ingest.resolve import Places
from supervision.acts import LetterAct

D = dt.date


def read(text: str) -> LetterAct:
    return read_letter(text, file="x.txt", sha256="x")


@pytest.mark.parametrize("number", [
    "示公（经）立告字[2024]9号", "丰公刑(经)协字〔2024〕17号", "竹财采〔2021〕519号", "湘审移[2022]1号",
    "修纪协字【2025】3号", "霍财函（2025）88号", "曾财采受(2026)2号", "五市监立告字[2025]第3号",
])
def test_document_numbers_in_every_bracket_form(number: str) -> None:
    text = f"根据你局《关于某事的函》（{number}）"
    assert [text[f.start:f.end] for f in numbers_in(text)] == [number]


LETTERS = {
    "transfer": "甲县财政局\n甲财移〔2025〕4号\n\n关于移送某公司涉嫌串通投标线索的函\n\n甲县公安局：\n"
                "    2025年3月3日，我局在监督检查中发现……现将有关材料移送你局依法查处。\n\n甲县财政局\n2025年3月7日\n",
    "receipt": "接 收 回 执\n\n甲县财政局：\n    你局甲财移〔2025〕4号函及材料共三项，我局已于2025年3月10日收到。\n\n"
               "签收单位：甲县公安局（经侦大队）\n日期：2025年3月10日\n",
    "accept": "甲县公安局\n甲公（经）立告字〔2025〕2号\n\n立案告知书\n\n甲县财政局：\n"
              "    你局移送的甲财移〔2025〕4号线索收悉。经审查，我局于2025年3月14日决定立案侦查。\n    特此告知。\n\n"
              "甲县公安局\n二〇二五年三月十七日\n",
    "decline": "甲县公安局\n不予立案告知书\n\n甲县财政局：\n    经审查，你局移送的线索没有犯罪事实，我局于3月20日决定不予立案。\n\n甲县公安局\n2025年3月24日\n",
    "return": "甲县市场监督管理局\n关于退回移送材料的函\n\n甲县财政局：\n    你局移送的材料（甲财移〔2025〕4号）我局于2025年3月10日收悉。"
              "经审查，串通投标不属于本局法定职责范围，现将材料予以退回。\n\n甲县市场监督管理局\n2025年3月14日\n",
    "forward_notice": "甲县财政局\n告知书\n\n甲县审计局：\n    你局移送的线索我局已收悉。经审查，该项目不属于我局管辖，"
                      "我局已于2025年4月2日将该线索转送乙市财政局。\n    特此告知。\n\n甲县财政局\n2025年4月3日\n",
    "outcome_report": "甲县公安局\n关于某案办理结果的回告\n\n甲县财政局：\n    该案已于2025年6月5日侦查终结，同日移送甲县人民检察院审查起诉。\n\n"
                      "甲县公安局\n2025年6月12日\n",
    "assist_request": "甲县住房和城乡建设局\n协助调查函\n\n甲县公安局：\n    我局在监督检查中发现……请贵局协助调查。\n\n"
                      "甲县住房和城乡建设局\n2025年4月1日\n",
    "assist_return": "甲县公安局\n关于退回协助调查函的函\n\n甲县住房和城乡建设局：\n    你局协助调查函未写明基本案情和所需协助事项，现予退回。\n\n"
                     "甲县公安局\n2025年4月7日\n",
    "complaint_redirect": "甲县市场监督管理局\n告知书\n\n某某科技有限公司：\n    本局于2025年2月12日收到你公司提交的投诉。经审查，"
                          "该事项不属于本局职责，请依法向甲县财政局提起投诉。\n\n甲县市场监督管理局\n2025年2月20日\n",
    "penalty": "甲县财政局\n行政处罚决定书\n甲财罚〔2025〕1号\n\n当事人：某某建设有限公司\n    ……\n\n甲县财政局\n2025年5月6日\n",
}


@pytest.mark.parametrize("kind", sorted(LETTERS))
def test_each_kind_of_letter_is_recognised(kind: str) -> None:
    assert read(LETTERS[kind]).kind == kind


def test_fields_and_dates_written_in_the_letters() -> None:
    t = read(LETTERS["transfer"])
    assert (t.doc_no, t.date, t.issuer, t.addressee, t.found) == (
        "甲财移〔2025〕4号", D(2025, 3, 7), "甲县财政局", "甲县公安局", D(2025, 3, 3))
    r = read(LETTERS["receipt"])
    assert (r.issuer, r.addressee, r.date) == ("甲县公安局", "甲县财政局", D(2025, 3, 10))  # 签收单位, its unit dropped
    assert [c.number for c in r.cites] == ["甲财移〔2025〕4号"]
    a = read(LETTERS["accept"])
    assert (a.doc_no, a.date, a.decided) == ("甲公（经）立告字〔2025〕2号", D(2025, 3, 17), D(2025, 3, 14))
    assert read(LETTERS["decline"]).decided == D(2025, 3, 20)  # the year taken from the letter's own date
    ret = read(LETTERS["return"])
    assert ret.received == D(2025, 3, 10) and "不属于本局法定职责" in (ret.reason or "")
    f = read(LETTERS["forward_notice"])
    assert (f.target, f.target_date) == ("乙市财政局", D(2025, 4, 2))
    o = read(LETTERS["outcome_report"])
    assert (o.handled, o.target, o.target_date) == (D(2025, 6, 5), "甲县人民检察院", D(2025, 6, 5))
    c = read(LETTERS["complaint_redirect"])
    assert (c.addressee, c.found) == (None, D(2025, 2, 12))


def test_agency_names_in_full() -> None:
    places = Places.load()
    assert canonical_agency("霍邱县监察委员会") == "中共霍邱县纪律检查委员会"
    assert canonical_agency("泉州市公安局鲤城分局经济犯罪侦查大队") == "泉州市公安局鲤城分局"
    assert full_agency_name("鲤城区市场监管局", places) == "泉州市鲤城区市场监督管理局"
    assert full_agency_name("修武县财政局", places) == "修武县财政局"
