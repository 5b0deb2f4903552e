"""Document kind, violation types and issuer fields (ingest.nlp.classify), on texts written for these
tests; the expected values are the annotation scheme's (../shared/eval/GUIDELINES.md §5)."""

from __future__ import annotations

import pytest

from ingest.nlp.classify import classify_kind, classify_violations
from ingest.nlp.relations.tables import tables


@pytest.mark.parametrize("text, kind", [
    # the title decides: a reply that cites a penalty decision is a letter
    ("丰宁市财政局\n关于丰宁市公安局移送案件处理结果的回告\n\n丰宁市公安局：\n我局已作出行政处罚决定书（丰财罚〔2025〕6号）。",
     "other"),
    ("丰宁市财政局\n关于转送投诉事项的函\n\n丰宁市住房和城乡建设局：\n根据《工程建设项目招标投标活动投诉处理办法》，现将投诉材料转送你局。",
     "other"),
    ("中共丰宁县委员会\n关于王志强等同志职务任免的通知\n丰委〔2025〕12号\n\n各乡镇党委：\n经研究决定：任命王志强为丰宁县财政局局长。",
     "other"),
    ("丰宁市审计局审计发现问题移送情况一览表（2025年第二季度）\n序号｜接收单位\n1｜丰宁市财政局", "other"),
    ("丰宁市人民医院设备采购项目中标结果公告\n项目编号：FN-2025-01", "other"),
    ("丰宁县财政局约谈记录\n约谈时间：2025年7月9日", "other"),
    ("丰宁市财政局\n行政处罚决定书\n丰财罚〔2025〕4号\n当事人：丰宁宏达建设工程有限公司", "penalty_decision"),
    ("丰宁市财政局\n政府采购投诉处理决定书\n投诉人：丰宁宏达建设工程有限公司", "complaint_decision"),
    ("丰宁市财政局\n责令限期改正通知书\n丰财采改〔2025〕11号\n\n丰宁宏达招标代理有限公司：", "penalty_decision"),
    ("丰宁县财政局2025年政府采购检查结果公告\n检查结果如下：\n一、丰宁县教育局：责令改正。", "penalty_decision"),
    ("丰宁县公安局\n协助查询财产通知书\n丰公协查字〔2025〕第31号\n\n中国农业银行丰宁县支行：\n根据有关规定，请协助查询。",
     "other"),
    ("丰宁市纪委监委案件监督管理室\n2025年8月问题线索收文登记簿（摘录）\n收文号｜来文单位", "other"),
])
def test_kind_by_title(text: str, kind: str) -> None:
    assert classify_kind(text) == kind


@pytest.mark.parametrize("sentence, violation", [
    ("两家供应商的投标文件由同一台电脑编制。", "collusion"),
    ("两家公司的投标文件制作机器码相同。", "collusion"),
    ("其中两家供应商的法定代表人为同一人。", "collusion"),
    ("两家公司的投标保证金由同一账户转出。", "collusion"),
    ("该公司以他人名义投标。", "false_materials"),
    ("该公司在投标文件中提供了虚假的检测报告。", "false_materials"),
    ("第一中标候选人的业绩证明材料不实。", "false_materials"),
    ("代理机构违规接受投标人丰宁宏达建设工程有限公司的宴请。", "bribery"),
    ("该局未按规定履行政府采购程序，直接委托丰宁厨房设备有限公司供货。", "no_procurement"),
    ("该镇未执行政府采购程序。", "no_procurement"),
    ("开投公司未经公开招标直接将项目发包给他人。", "no_procurement"),
    ("由时任副镇长授意，将项目拆分为三个标段。", "interference"),
    ("该工程中标后将主体工程违规分包给劳务公司。", "contract_violation"),
    ("时任局长对此知情未予制止。", "abuse_of_power"),
    ("代理机构向一家供应商泄露标底。", "other"),
    ("该公司涉嫌虚开发票。", "other"),
    ("两家公司的投标文件均从同一IP地址上传。", "collusion"),
    ("两家公司由同一人员制作投标文件。", "collusion"),
    ("由装备中心主任指定两名专家参与评审。", "interference"),
    ("代理机构未按规定从专家库抽取评审专家。", "other"),
    ("代理机构未按规定在评审结束后2个工作日内将评审报告送交采购人。", "other"),
    ("该处长在设备采购中授意代理机构设置指向性参数。", "discriminatory_terms"),
    ("该公司在供水管网改造项目中虚增工程量。", "other"),
])
def test_violation_families(sentence: str, violation: str) -> None:
    assert violation in classify_violations(sentence)


def test_changing_a_review_procedure_is_not_a_contract_violation() -> None:
    assert "contract_violation" not in classify_violations("代理机构擅自变更评审程序，给予警告。")


def test_a_sanction_is_not_a_violation() -> None:
    # 列入不良行为记录名单 is what a decision does, not what the party did
    assert classify_violations("本机关决定处以罚款，列入不良行为记录名单，一年内禁止参加政府采购活动。") == []


def test_tables_read_cells_with_their_offsets_and_column_roles() -> None:
    text = "说明\n序号 | 移送单位 | 接收单位\n|---|---|---|\n1 | 甲局 | 乙局\n2 | 丙局 | 丁局\n附件"
    (t,) = tables(text)
    assert t.roles == (None, "sender", "receiver")
    assert [[c.text for c in row] for row in t.rows] == [["1", "甲局", "乙局"], ["2", "丙局", "丁局"]]
    cell = t.rows[1][2]
    assert text[cell.start:cell.end] == "丁局"


def test_a_line_of_wide_spaces_is_no_table_without_a_known_column() -> None:
    assert tables("丰宁市财政局　　2025年7月15日印发\n抄送：丰宁市审计局　　丰宁市公安局") == ()


def test_the_issuer_is_read_from_an_issuing_field_by_the_one_field_reader():
    """约谈单位 written as a form field without a colon (a tab, as a table pasted as text) names the
    document's issuer: the classifier reads fields with ingest.letter_fields, like the letter reader."""
    from ingest.nlp import extract_text

    text = "丰宁市公安局：\n\n现将约谈情况函告如下。\n约谈单位\t丰宁市财政局\n被约谈单位\t丰宁市恒达建设有限公司\n"
    rec = extract_text(text)
    issuer = rec["doc"]["issuer"]
    assert issuer is not None and rec["entities"][issuer]["text"] == "丰宁市财政局"
