"""Shapes met while reading development set 13's errors (issue 10: numbers in every place a follow-up
letter puts them, persons and words that look like names, companies in judgment paragraphs, transfers
told in passing), each fixed by structure and tested on text written for this file (invented bodies,
companies, numbers and people; real place names only where a rule reads a place; no evaluation
document is quoted)."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text
from tests.ingest.extract_kit import referred, spans


# ---------------------------------------------------------------- document numbers
@pytest.mark.parametrize(("text", "numbers"), [
    ("已于2026年3月30日立案侦查，立案编号A1101020500002026030011，并送达告知书。", ["A1101020500002026030011"]),
    ("你公司的投诉书收悉，我局受理编号为QHTS-2026-009。", ["QHTS-2026-009"]),
    ("请提供往来函件（含青教函〔2025〕44号、青资函〔2025〕18号）。", ["青教函〔2025〕44号", "青资函〔2025〕18号"]),
    ("移送区农业农村局原局长线索（附青财罚决〔2026〕4号）\n", ["青财罚决〔2026〕4号"]),
])
def test_numbers_of_files_and_cases_and_numbers_after_a_verb(text: str, numbers: list[str]) -> None:
    assert spans(text, "DOC_NO") == numbers


def test_a_tax_registration_number_is_no_document_number() -> None:
    assert spans("税务登记号：91110102MA01ABCD3X\n", "DOC_NO") == []


def test_a_file_number_field_is_no_project_number() -> None:
    assert spans("我局受理编号：QHTS-2026-009\n", "PROJECT_NO") == []


def test_a_project_number_field_written_in_brackets() -> None:
    assert spans("该项目（项目编号QHYY-2025-CG-019）由设备科负责。", "PROJECT_NO") == ["QHYY-2025-CG-019"]


def test_a_case_number_is_no_referrals_evidence() -> None:
    text = ("青禾县公安局\n关于线索办理情况的反馈\n\n青禾县财政局：\n你局移送的线索，我局已于2024年6月5日受理，"
            "案件编号为A1101020500002024060015。\n\n青禾县公安局\n2024年6月8日\n")
    r = extract_text(text)
    ents = r["entities"]
    for x in r["relations"]:
        if x["type"] == "REFERRED" and x.get("evidence_doc_no") is not None:
            assert ents[x["evidence_doc_no"]]["text"] != "A1101020500002024060015"


# ---------------------------------------------------------------- places, agencies, companies
def test_a_meeting_place_is_no_agency_mention() -> None:
    assert spans("约谈地点：青禾县财政局四楼小会议室\n约谈人：柏文涛\n", "AGENCY") == []


def test_government_procurement_is_no_government() -> None:
    text = "会议由区政府副区长龙建国主持。区政府采购领域联席会议在区财政局召开。"
    assert spans(text, "AGENCY") == ["区政府", "区财政局"]


@pytest.mark.parametrize(("text", "companies"), [
    ("三、你局函中所询泰州凤城河建筑安装有限公司法定代表人与该办事处的关系", ["泰州凤城河建筑安装有限公司"]),
    ("华夏智联（北京）科技有限公司中标", ["华夏智联（北京）科技有限公司"]),
    ("孙某联系吉林省ABC路桥有限公司参与投标", ["吉林省ABC路桥有限公司"]),
    ("以濮阳市鼎X建筑安装工程有限公司（以下简称鼎X公司）名义投标，鼎X公司负责人", ["濮阳市鼎X建筑安装工程有限公司", "鼎X公司", "鼎X公司"]),
    ("挂靠某某县老竹建筑工程队承接工程", ["某某县老竹建筑工程队"]),
    ("雷某未经公司同意，私刻公章。", []),
])
def test_company_names_in_judgments_and_letters(text: str, companies: list[str]) -> None:
    assert spans(text, "COMPANY") == companies


# ---------------------------------------------------------------- persons
@pytest.mark.parametrize(("text", "names"), [
    ("（联系人：经责科　柏文涛）\n", ["柏文涛"]),
    ("（联系人：采购办　仉晓东）\n", ["仉晓东"]),
    ("填报：祁红霞　审核：尕藏卓玛\n", ["祁红霞", "尕藏卓玛"]),
    ("经办人：何时雨　马上飞　　审核人：邹国平\n", ["何时雨", "马上飞", "邹国平"]),
    ("出席：区纪委监委副书记晏某，区财政局局长符海清、副局长向丽娟，岳阳市公安局岳阳楼分局经侦大队大队长田甫，"
     "区审计局彭建军（总审计师），区市场监管局易小林，区公共资源交易中心主任覃玉兰\n",
     ["晏某", "符海清", "向丽娟", "田甫", "彭建军", "易小林", "覃玉兰"]),
    ("找了业务员“阿强”（真名钟志明）一起商量。", ["钟志明"]),
])
def test_persons_in_fields_lists_and_cues(text: str, names: list[str]) -> None:
    assert spans(text, "PERSON") == names


def test_an_act_label_takes_no_common_word() -> None:
    assert spans("审核：同意\n审批：通过\n", "PERSON") == []


# ---------------------------------------------------------------- transfers told in passing
def test_a_transfer_by_the_writer_named_with_you() -> None:
    text = ("青禾县公安局\n关于线索办理情况的反馈\n\n青禾县财政局：\n光岳公司另于2025年11月参与区水利局项目投标，"
            "相关线索已由我局以青公（经）移字〔2026〕3号移交青禾县水利局处理。\n\n青禾县公安局\n2026年4月1日\n")
    assert ("青禾县公安局", "青禾县水利局") in referred(text)


def test_a_transfer_to_the_addressee_and_another_body() -> None:
    text = ("青禾县审计局\n关于有关问题的复函\n\n青禾县财政局：\n二、上述问题已由我局于2026年1月8日以《审计移送处理书》"
            "（青审移〔2025〕6号）分别移送你局和中共青禾县纪律检查委员会。\n\n青禾县审计局\n2026年4月22日\n")
    got = referred(text)
    assert ("青禾县审计局", "青禾县财政局") in got
    assert ("青禾县审计局", "中共青禾县纪律检查委员会") in got


def test_a_clause_without_its_own_actor_has_the_subject_of_the_clause_before() -> None:
    text = ("2024年3月，青禾县纪委监委根据青禾县审计局移交的问题线索对李某某立案审查调查，"
            "2024年9月12日移送青禾县人民检察院审查起诉。")
    got = referred(text)
    assert ("青禾县审计局", "青禾县纪委监委") in got
    assert ("青禾县纪委监委", "青禾县人民检察院") in got
    assert ("青禾县审计局", "青禾县人民检察院") not in got


def test_what_a_meeting_agreed_to_transfer_is_no_transfer_yet() -> None:
    text = "会议议定：由区财政局于4月20日前将线索移送区公安分局，田甫同志负责对接。"
    assert referred(text) == set()
