"""Shapes met while reading development set 12's errors (issue 10: document numbers outside letters, and
the persons beside them), each fixed by structure and tested on text written for this file (invented
places 东川/青禾, bodies, companies and people; no evaluation document is quoted)."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text


def _spans(text: str, label: str) -> list[str]:
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


@pytest.mark.parametrize(("text", "numbers"), [
    ("青禾县交通运输局\n行政处罚决定书\n编号：青交执罚2026-15号\n", ["青交执罚2026-15号"]),
    ("2025年12月1日下发《整改通知书》（青交整改2025-41号），要求其限期整改。", ["青交整改2025-41号"]),
    ("原项目已于2026年3月2日以青采公告〔2026〕第19号公告废标。", ["青采公告〔2026〕第19号"]),
    ("公告编号：QHJY-GG-2026-0112　发布日期：2026-04-12", ["QHJY-GG-2026-0112"]),
    ("案件编号\t立案日期\t当事人\nQHAJ-2026-007\t2026-01-08\t东川恒远建设有限公司\n", ["QHAJ-2026-007"]),
])
def test_document_numbers_outside_letters(text: str, numbers: list[str]) -> None:
    assert _spans(text, "DOC_NO") == numbers


def test_a_project_number_in_brackets_stays_a_project_number() -> None:
    assert _spans("项目编号：青采〔2025〕第118号", "PROJECT_NO") == ["青采〔2025〕第118号"]


@pytest.mark.parametrize(("text", "names"), [
    ("被告单位东川恒远建设有限公司。\n诉讼代表人郏明，该公司副总经理。", ["郏明"]),
    ("审　判　长　侯建军\n审　判　员　万俟雪\n书　记　员　厉婷\n", ["侯建军", "万俟雪", "厉婷"]),
    ("　　经办人：郜晓宇　祁明\n", ["郜晓宇", "祁明"]),
    ("四、评审专家名单：鲍志勇（组长）、苗红、危建民（采购人代表）、阚立\n", ["鲍志勇", "苗红", "危建民", "阚立"]),
    ("序号\t当事人\t经办人\n1\t东川恒远建设有限公司\t雍涛/闻静\n2\t青禾宏达工程有限公司\t荀立平\n", ["雍涛", "闻静", "荀立平"]),
    ("签收人\t诸葛文静\n签收日期\t2026年3月18日\n备注\t已登记\n", ["诸葛文静"]),
])
def test_persons_in_decisions_judgments_and_registers(text: str, names: list[str]) -> None:
    assert _spans(text, "PERSON") == names


@pytest.mark.parametrize(("text", "agencies"), [
    ("东川市青禾区文化旅游局副局长谢某对此负责。", ["东川市青禾区文化旅游局"]),
    ("漳州市公安局长泰分局经侦大队", ["漳州市公安局长泰分局经侦大队"]),
    ("东川市青禾区老街管理委员会", ["东川市青禾区老街管理委员会"]),
    ("徐州铁路运输法院", ["徐州铁路运输法院"]),
    ("咸宁市咸安区水利和湖泊局", ["咸宁市咸安区水利和湖泊局"]),
])
def test_agency_names(text: str, agencies: list[str]) -> None:
    """An organ before 长 is a post's start (局|长), unless 长 begins a place (局|长泰分局); a zone's
    管理委员会, a railway transport court and a merged 水利和湖泊局 are organs."""
    assert _spans(text, "AGENCY") == agencies


def test_attendees_written_with_their_bodies() -> None:
    text = "出席：市财政局陈志强，市住建局王德明，市公共资源交易中心吕文静\n会议听取了汇报。"
    assert _spans(text, "PERSON") == ["陈志强", "王德明", "吕文静"]


def test_a_post_after_its_unit_in_a_table_cell() -> None:
    text = ("序号\t单位\t姓名\t职务\n1\t市财政局\t陈志强\t政府采购股股长\n2\t市公安局\t邓海波\t经侦大队副大队长\n")
    assert _spans(text, "POSITION") == ["股长", "副大队长"]
