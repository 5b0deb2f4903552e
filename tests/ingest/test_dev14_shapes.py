"""Shapes met while reading development set 14's errors (issue 10: an in-tray of letters, decisions,
court texts and registers), each fixed by structure and tested on text written for this file
(invented bodies, companies, numbers and people; no evaluation document is quoted)."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text
from tests.ingest.extract_kit import referred, spans


@pytest.mark.parametrize(("text", "numbers"), [
    ("一案（青财移〔2026〕5号，我局签收回执青公经回字〔2026〕17号），我局经审查", ["青财移〔2026〕5号", "青公经回字〔2026〕17号"]),
    ("进行了审计（审计报告青审报〔2026〕9号）。", ["青审报〔2026〕9号"]),
    ("经交易中心查询（查询回单青资查〔2026〕21号），均未进场交易。", ["青资查〔2026〕21号"]),
])
def test_a_documents_kind_before_its_number_is_no_part_of_it(text: str, numbers: list[str]) -> None:
    assert spans(text, "DOC_NO") == numbers


def test_a_project_number_ends_at_its_closing_bracket() -> None:
    assert spans("配套工程（项目编号QHZJ-2024-016）6个标段的合同", "PROJECT_NO") == ["QHZJ-2024-016"]


def test_a_tender_documents_number_is_a_project_number() -> None:
    text = "一、项目编号：QHCG-2026-0137（招标文件编号：QHZB-2026-088）\n"
    assert spans(text, "PROJECT_NO") == ["QHCG-2026-0137", "QHZB-2026-088"]


def test_what_a_meeting_decided_to_transfer_is_no_transfer_yet() -> None:
    text = "会议决定，由区审计局将涉及公职人员的问题线索移送区纪委监委，其余问题移交区住房城乡建设局处理。"
    assert referred(text) == set()


def test_a_later_notice_is_no_transfer_but_one_already_made_separately_is() -> None:
    future = ("青禾县财政局\n约谈记录\n\n冯志刚：我局将把约谈情况记入档案，并将参数问题另行函告青禾县卫生健康局。\n")
    assert referred(future) == set()
    done = "罗某某系公职人员，相关线索已另行移送青禾县纪委监委。"
    assert ("罗某某", "青禾县纪委监委") not in referred(done)


def test_the_verb_used_as_a_noun_is_no_transfer() -> None:
    text = ("青禾县财政局\n关于专项整治工作情况的报告\n\n下一步，配合青禾县纪委监委、青禾县公安局做好移送线索的后续工作。\n\n"
            "青禾县财政局\n2026年7月1日\n")
    assert referred(text) == set()


def test_a_body_named_where_something_happened_is_no_sender() -> None:
    text = ("青禾县财政局\n关于专项整治工作情况的报告\n\n（三）甲公司、乙公司在青禾县教育局印刷服务项目投标中相互串通报价，"
            "线索已于2026年6月2日移送青禾县公安局（青财移〔2026〕5号），该局已立案侦查。\n\n青禾县财政局\n2026年7月1日\n")
    got = referred(text)
    assert ("青禾县教育局", "青禾县公安局") not in got
    assert ("青禾县财政局", "青禾县公安局") in got


def test_a_discipline_bodys_notice_of_cases_reads_its_transfers() -> None:
    text = ("青禾县纪委监委\n关于几起政府采购领域违纪违法典型问题的通报\n\n各乡镇纪委，县直各单位：\n"
            "为严肃纪律，严格执行有关规定，现将几起典型问题通报如下：\n"
            "一、经青禾县监察委员会调查，孙某海受到开除党籍、开除公职处分，其涉嫌犯罪问题被移送青禾县人民检察院依法审查起诉。\n\n"
            "青禾县纪委监委\n2026年3月1日\n")
    r = extract_text(text)
    assert r["doc"]["kind"] == "discipline_notice"
    assert ("青禾县监察委员会", "青禾县人民检察院") in referred(text)


def test_a_joint_work_plan_led_by_another_body_stays_a_policy_notice() -> None:
    text = ("青禾县财政局　中共青禾县纪律检查委员会　青禾县公安局\n关于印发《青禾县政府采购领域专项整治工作方案》的通知\n"
            "青财发〔2026〕9号\n各预算单位：\n现将方案印发给你们。市纪委监委负责查处公职人员违纪违法问题，开展专项整治。\n")
    assert extract_text(text)["doc"]["kind"] == "policy_notice"


def test_where_someone_went_is_no_company_name() -> None:
    assert spans("还有一个叫郑某的中间人来过公司两次，说能帮忙。", "COMPANY") == []
