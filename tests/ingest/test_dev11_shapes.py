"""Shapes met while reading development set 11's errors (issue 10), each fixed by structure and tested
on sentences written for this file (invented places 东川/青禾, bodies, companies and people; no
evaluation document is quoted)."""

from __future__ import annotations

import pytest

from ingest.letters import read_letter
from ingest.nlp import extract_text
from tests.ingest.test_nlp_relations import _pairs


def _letter(body: str, title: str = "关于有关事项的函", head: str = "青禾县财政局", to: str = "青禾县公安局") -> str:
    return f"{head}\n{title}\n青财函〔2026〕39号\n\n{to}：\n　　{body}\n\n{head}\n2026年5月6日\n"


def test_a_reminder_is_no_act_and_its_earlier_transfer_goes_to_the_addressee() -> None:
    text = _letter("我局于2026年3月2日以青财函【2026】第7号向你局移送了某项目涉嫌串通投标的线索。请你局尽快反馈办理情况。",
                   title="关于催报问题线索办理情况的函")
    assert read_letter(text, file="r.txt", sha256="").kind == "other"
    assert _pairs(text, "REFERRED") == {("青禾县财政局", "青禾县公安局")}


def test_a_condition_is_no_transfer_made() -> None:
    text = _letter("会议决定：由青禾县住房和城乡建设局牵头核查；涉嫌犯罪的，由青禾县住房和城乡建设局依法移送青禾县公安局。")
    assert ("青禾县住房和城乡建设局", "青禾县公安局") not in _pairs(text, "REFERRED")
    done = _letter("对需要给予行政处罚的，我局已于2026年3月2日将该线索移送青禾县市场监督管理局。")
    assert ("青禾县财政局", "青禾县市场监督管理局") in _pairs(done, "REFERRED")


def test_an_items_heading_names_what_a_body_sent_not_to_the_writer() -> None:
    text = ("青禾县人民政府办公室\n青禾县联席会议纪要\n\n二、关于青禾县审计局移送的采购问题。青禾县审计局已于2026年3月25日将该问题"
            "移送青禾县财政局。\n\n青禾县人民政府办公室\n2026年4月18日\n")
    assert _pairs(text, "REFERRED") == {("青禾县审计局", "青禾县财政局")}


def test_a_receipt_form_received_by_two_organs() -> None:
    text = ("案件（线索）移送回执\n\n编号：青纪回〔2026〕09号\n\n移送单位\t青禾县审计局\n移送日期\t2026年3月16日\n"
            "接收单位\t中共青禾县纪律检查委员会、青禾县监察委员会\n签收人\t孔文\n\n中共青禾县纪律检查委员会\n2026年3月18日\n")
    assert _pairs(text, "REFERRED") == {("青禾县审计局", "中共青禾县纪律检查委员会"), ("青禾县审计局", "青禾县监察委员会")}


def test_a_report_on_transfers_made_transfers_nothing_itself() -> None:
    text = _letter("现将我局上半年问题线索移送、接收情况报告如下。", title="青禾县财政局关于2026年上半年问题线索移送和接收情况的报告",
                   to="东川市财政局")
    assert read_letter(text, file="r.txt", sha256="").kind == "other"


@pytest.mark.parametrize(("text", "label", "names"), [
    ("四、联络员\n市财政局政府采购科　金英善（科长）\n市审计局　南宫明月\n各成员单位按时报送。", "PERSON", ["金英善", "南宫明月"]),
    ("当事人应自收到本决定书之日起十五日内缴纳罚款。", "PERSON", []),
    ("判决被告人热某某·吐某某犯受贿罪。", "PERSON", ["热某某·吐某某"]),
    ("现决定：责令区城管执法局于10日内改正。", "AGENCY", ["区城管执法局"]),
    ("经查，在建项目施工单位东川恒达路桥工程有限公司未按规定施工。", "COMPANY", ["东川恒达路桥工程有限公司"]),
])
def test_entity_shapes(text: str, label: str, names: list[str]) -> None:
    assert [e["text"] for e in extract_text(text)["entities"] if e["label"] == label] == names
