"""Shapes met while reading development set 15's errors (issue 10: document numbers and persons in
every shape), each fixed by structure and tested on text written for this file (invented bodies,
numbers and people; no evaluation document is quoted)."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text
from tests.ingest.extract_kit import referred, spans


@pytest.mark.parametrize(("text", "numbers"), [
    # the further items of an abbreviated list or range are numbers of their own
    ("办结3件（青财诉决〔2026〕4号至6号），1件在办。", ["青财诉决〔2026〕4号", "6号"]),
    ("附件：青财罚〔2026〕8号、9号行政处罚决定书", ["青财罚〔2026〕8号", "9号"]),
    ("发出通知（青财采诉〔2026〕3-1号、3-2号）。", ["青财采诉〔2026〕3-1号", "3-2号"]),
    # a range's 至 is no part of the next number's code
    ("调取底稿（青审底〔2026〕2-1号至青审底〔2026〕2-5号）", ["青审底〔2026〕2-1号", "青审底〔2026〕2-5号"]),
    # a letter before the serial; a code with the year and serial in words and no bracket
    ("起 诉 书\n青检刑诉〔2026〕K7号\n", ["青检刑诉〔2026〕K7号"]),
    ("行政处罚决定书\n青财罚决2026年第9号\n", ["青财罚决2026年第9号"]),
    # a year and serial in Chinese numerals inside the bracket
    ("（青财采公〔二〇二六〕第八十一号）\n", ["青财采公〔二〇二六〕第八十一号"]),
    # a code-shaped number right after the kind of document it numbers, and a 约谈编号 field
    ("对质疑答复（QHZB-2026-0041-DF2）不满，", ["QHZB-2026-0041-DF2"]),
    ("约谈编号：QHCZ-YT-2026-014\n", ["QHCZ-YT-2026-014"]),
])
def test_document_numbers_in_lists_ranges_and_other_shapes(text: str, numbers: list[str]) -> None:
    assert spans(text, "DOC_NO") == numbers


def test_a_column_of_decision_numbers_is_read_as_document_numbers() -> None:
    text = ("| 序号 | 当事人 | 决定文号 | 决定日期 |\n| --- | --- | --- | --- |\n"
            "| 1 | 青禾县远帆商贸有限公司 | QHCZ-CF-2026-011 | 2026-03-02 |\n")
    assert "QHCZ-CF-2026-011" in spans(text, "DOC_NO")


def test_a_count_after_a_listed_name_and_personal_after_a_name_are_no_part_of_it() -> None:
    assert spans("3.询问笔录（证人欧阳振海、柯珊各1份）\n", "PERSON") == ["欧阳振海", "柯珊"]
    assert spans("保证金由青禾远帆商贸有限公司出纳柯珊个人账户转出。", "PERSON") == ["柯珊"]


def test_a_seal_is_no_person() -> None:
    text = "私刻公司公章、法定代表人印章各一枚。"
    assert "印章" not in " ".join(spans(text, "PERSON"))


def test_a_dai_surname_after_a_post() -> None:
    assert spans("会议由副县长刀永明主持。", "PERSON") == ["刀永明"]
    assert extract_text("会议由副县长刀永明主持。")["references"] == []


# ---------------------------------------------------------------- development set 16 (judgments and their chains)
def test_a_law_firms_branch_is_one_company() -> None:
    assert spans("辩护人柯某，青禾远帆律师事务所禾北分所律师。", "COMPANY") == ["青禾远帆律师事务所禾北分所"]


def test_a_police_bureaus_district_branch_is_one_agency() -> None:
    assert spans("将线索移送营口市公安局站前分局依法处理。", "AGENCY") == ["营口市公安局站前分局"]


def test_a_discipline_bodys_numbered_office_is_one_agency() -> None:
    assert spans("绵竹市纪委监委第三审查调查室\n问题线索移送函\n", "AGENCY") == ["绵竹市纪委监委第三审查调查室"]


def test_a_trading_centre_reporting_a_finding_hands_it_over_and_the_latter_passes_it_on() -> None:
    text = ("青禾县公共资源交易中心在数据监测中发现两家投标人文件标识码一致，报告青禾县发展和改革局，"
            "后者于2026年3月2日将线索移送青禾县公安局。")
    assert referred(text) == {("青禾县公共资源交易中心", "青禾县发展和改革局"), ("青禾县发展和改革局", "青禾县公安局")}


def test_a_report_from_any_other_body_is_no_hand_over() -> None:
    assert referred("青禾县审计局将审计结果报告青禾县人民政府。") == set()


def test_a_bureaus_district_branch_is_one_agency() -> None:
    text = "经查：青禾市社会保险基金管理局禾北分局出具的查询结果显示"
    assert spans(text, "AGENCY") == ["青禾市社会保险基金管理局禾北分局"]


def test_a_prosecutors_assistant_under_an_indictment() -> None:
    text = "此致\n青禾县人民法院\n\n检察官　柏文涛\n检察官助理　苗东来\n2026年3月12日\n"
    assert spans(text, "PERSON") == ["柏文涛", "苗东来"]


# ---------------------------------------------------------------- development set 17 (letters)
def test_organ_names_with_and_in_them_and_the_health_commissions_short_name() -> None:
    assert spans("彰武县文化旅游和广播电视局", "AGENCY") == ["彰武县文化旅游和广播电视局"]
    assert spans("市衛生健康委將線索移送市紀委。", "AGENCY")[0] == "市衛生健康委"


def test_a_procuratorates_department_is_one_agency() -> None:
    assert spans("青禾县人民检察院案件管理部\n案件受理回执\n", "AGENCY") == ["青禾县人民检察院案件管理部"]


def test_a_reply_named_before_its_number_is_no_part_of_it() -> None:
    assert spans("并商请X局协助调查（复函为青市监函〔2026〕15号）", "DOC_NO") == ["青市监函〔2026〕15号"]


def test_a_receipt_forms_sender_and_receiving_body_make_a_referral() -> None:
    text = ("青禾县公安局\n来文签收回执\n\n来文单位：青禾县财政局\n来文文号：青财采函〔2026〕8号\n"
            "来文标题：关于移送线索的函\n收文单位：青禾县公安局\n签收人：柏文涛\n")
    assert referred(text) == {("青禾县财政局", "青禾县公安局")}


def test_a_transfer_to_two_bodies_and_a_bare_zhuan_to_the_addressee() -> None:
    head = "中共青禾县纪律检查委员会\n关于核查处置情况的报告\n\n中共青州市纪委：\n"
    both = head + "远帆公司的问题，我委已于2026年5月13日分别移送青禾县财政局和青禾县公安局依法处理。"
    assert referred(both) == {("中共青禾县纪律检查委员会", "青禾县财政局"), ("中共青禾县纪律检查委员会", "青禾县公安局")}
    onward = ("中共青州市纪律检查委员会\n催办函\n\n青禾县纪委监委：\n"
              "我委于2026年3月2日以《问题线索转办函》（青纪转〔2026〕17号）将市审计局移送的青禾县教育局问题线索转你委办理。")
    assert ("中共青州市纪律检查委员会", "青禾县纪委监委") in referred(onward)
    assert ("青禾县教育局", "青禾县纪委监委") not in referred(onward)
