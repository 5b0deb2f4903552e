"""Relations and document fields of letters, receipts, feedback letters and the decisions and judgment
paragraphs around them, read by structure (issue 10, session on dev7's errors).

Every text below was written for these tests: places, bodies, companies and persons are invented; no
evaluation document is quoted. Entities are given by hand (``_tagged``), so each case tests the relation
or classification rule alone.
"""

from __future__ import annotations

import pytest

from ingest.nlp.classify import classify_violations
from tests.ingest.test_nlp_relations import _relations
from tests.ingest.test_relations_judgments import _kind_and_issuer


# ------------------------------------------------------------------------------------------ doc.kind
def test_a_paragraph_opening_with_the_courts_own_finding_is_its_judgment() -> None:
    text = ("云岭省青禾县人民法院经审理查明：2023年，被告人汪某为使东川禾丰建设有限公司中标，联系两家公司陪标。"
            "青禾县财政局于2024年作出行政处罚决定。判决被告人汪某犯串通投标罪。")
    spans = [("AGENCY", "云岭省青禾县人民法院"), ("PERSON", "汪某"), ("COMPANY", "东川禾丰建设有限公司"),
             ("AGENCY", "青禾县财政局")]
    assert _kind_and_issuer(text, spans) == ("court_judgment", "云岭省青禾县人民法院")


def test_a_feedback_letter_citing_a_penalty_decision_is_a_letter() -> None:
    text = ("东川市青禾区财政局\n关于东公青移字〔2026〕5号案件办理结果的反馈\n东川市公安局青禾分局：\n"
            "贵局移送的东川禾丰建设有限公司涉嫌提供虚假材料一案，我局已办理完毕。我局于2026年3月2日作出行政处罚决定"
            "（东青财罚〔2026〕1号），对该公司处以罚款。\n特此反馈。\n东川市青禾区财政局\n2026年3月9日\n")
    spans = [("AGENCY", "东川市青禾区财政局"), ("AGENCY", "东川市公安局青禾分局"), ("COMPANY", "东川禾丰建设有限公司"),
             ("AGENCY", "东川市青禾区财政局")]
    assert _kind_and_issuer(text, spans) == ("other", "东川市青禾区财政局")


def test_an_official_telling_the_evaluators_his_preference_is_interference() -> None:
    text = "该局副局长柯某在评审期间向评审专家卜某明示倾向性意见，影响评审结果。"
    assert "interference" in classify_violations(text)


# ------------------------------------------------------------------------------------------ HOLDS_POSITION
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # 该局分管副局长: the filler between 该局 and the title
    ("我局对东川市青禾区教育局开展检查。该局分管副局长柯某称系为赶工期。",
     [("AGENCY", "东川市青禾区教育局"), ("POSITION", "副局长"), ("PERSON", "柯某")],
     {("HOLDS_POSITION", "柯某", "副局长", "东川市青禾区教育局")}),
    # a head's bare title takes the organ the person is attached to elsewhere
    ("被检查单位：东川市青禾区教育局\n负责人：卜某\n经查，该项目经局长卜某同意后直接发包。",
     [("AGENCY", "东川市青禾区教育局"), ("POSITION", "负责人"), ("PERSON", "卜某"), ("POSITION", "局长"), ("PERSON", "卜某")],
     {("HOLDS_POSITION", "卜某", "负责人", "东川市青禾区教育局"), ("HOLDS_POSITION", "卜某", "局长", "东川市青禾区教育局")}),
    # 该公司法定代表人甲、拟派项目经理乙: the planned post shares the company
    ("东川禾丰建设有限公司投标时，该公司法定代表人汪某、拟派项目经理钱某均在场。",
     [("COMPANY", "东川禾丰建设有限公司"), ("POSITION", "法定代表人"), ("PERSON", "汪某"), ("POSITION", "项目经理"),
      ("PERSON", "钱某")],
     {("HOLDS_POSITION", "汪某", "法定代表人", "东川禾丰建设有限公司"),
      ("HOLDS_POSITION", "钱某", "项目经理", "东川禾丰建设有限公司"), ("LEGAL_REP", "汪某", "东川禾丰建设有限公司")}),
    # an expert's post is on the committee, whatever unit is named with it
    ("东川市第一中学教师、评标专家柯某收受购物卡。",
     [("AGENCY", "东川市第一中学"), ("POSITION", "教师"), ("POSITION", "评标专家"), ("PERSON", "柯某")],
     {("HOLDS_POSITION", "柯某", "教师", "东川市第一中学"), ("HOLDS_POSITION", "柯某", "评标专家", "")}),
    # 甲、乙和丙: the closing 和 joins the list
    ("评标专家甲某、乙某某和丙某未按规定评审。",
     [("POSITION", "评标专家"), ("PERSON", "甲某"), ("PERSON", "乙某某"), ("PERSON", "丙某")],
     {("HOLDS_POSITION", p, "评标专家", "") for p in ("甲某", "乙某某", "丙某")}),
    # X局甲副局长、乙股长: each their own title, both in the bureau
    ("东川市青禾区财政局柯某副局长、卜某股长监管失职。",
     [("AGENCY", "东川市青禾区财政局"), ("PERSON", "柯某"), ("POSITION", "副局长"), ("PERSON", "卜某"), ("POSITION", "股长")],
     {("HOLDS_POSITION", "柯某", "副局长", "东川市青禾区财政局"), ("HOLDS_POSITION", "卜某", "股长", "东川市青禾区财政局")}),
    # 原告/被告 stand for the parties the text names after them
    ("原告东川禾丰建设有限公司向被告东川市青禾区财政局投诉被驳回。原告提交的项目负责人钱某的证书系伪造。"
     "被告出庭负责人、副局长柯某到庭。",
     [("COMPANY", "东川禾丰建设有限公司"), ("AGENCY", "东川市青禾区财政局"), ("POSITION", "项目负责人"), ("PERSON", "钱某"),
      ("POSITION", "副局长"), ("PERSON", "柯某")],
     {("HOLDS_POSITION", "钱某", "项目负责人", "东川禾丰建设有限公司"),
      ("HOLDS_POSITION", "柯某", "副局长", "东川市青禾区财政局")}),
    # 经查，当事人…，其投标文件中项目负责人X: the party's staff
    ("当事人：东川禾丰建设有限公司\n经查，当事人参加该项目投标，其投标文件中项目负责人钱某的证书系伪造。",
     [("COMPANY", "东川禾丰建设有限公司"), ("POSITION", "项目负责人"), ("PERSON", "钱某")],
     {("HOLDS_POSITION", "钱某", "项目负责人", "东川禾丰建设有限公司")}),
])
def test_posts_and_their_organisations_in_letters_and_decisions(text: str, spans: list[tuple[str, str]],
                                                                expected: set[tuple[str, ...]]) -> None:
    got = {r for r in _relations(text, spans) if r[0] in ("HOLDS_POSITION", "LEGAL_REP")}
    assert got == expected


def test_an_agencys_head_on_a_party_line_is_no_legal_representative() -> None:
    text = "被检查单位：东川市青禾区教育局\n负责人：卜某\n经查，该局未按规定公开采购合同。"
    got = _relations(text, [("AGENCY", "东川市青禾区教育局"), ("POSITION", "负责人"), ("PERSON", "卜某")])
    assert not {r for r in got if r[0] == "LEGAL_REP"}


# ------------------------------------------------------------------------------------------ PENALIZED
def test_a_count_refers_back_to_the_persons_of_the_item() -> None:
    text = ("东川市青禾区财政局\n关于政府采购违法行为处理结果的公告\n"
            "二、评审专家甲某、乙某某和丙某在评审中未按评审标准评审，我局决定对三人分别给予警告。\n"
            "东川市青禾区财政局\n2026年3月1日\n")
    spans = [("AGENCY", "东川市青禾区财政局"), ("POSITION", "评审专家"), ("PERSON", "甲某"), ("PERSON", "乙某某"),
             ("PERSON", "丙某"), ("AGENCY", "东川市青禾区财政局")]
    got = {r for r in _relations(text, spans, kind="penalty_decision", issuer=0) if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "东川市青禾区财政局", p) for p in ("甲某", "乙某某", "丙某")}


def test_a_body_giving_each_person_their_own_sanction() -> None:
    text = "2026年4月，青禾区纪委监委分别给予柯某政务警告处分、卜某政务记过处分。"
    got = _relations(text, [("AGENCY", "青禾区纪委监委"), ("PERSON", "柯某"), ("PERSON", "卜某")])
    assert {r for r in got if r[0] == "PENALIZED"} == {("PENALIZED", "青禾区纪委监委", "柯某"),
                                                       ("PENALIZED", "青禾区纪委监委", "卜某")}


def test_the_defendant_named_by_its_role_made_the_penalty_the_judgment_cites() -> None:
    text = ("东川市青禾区人民法院经审理查明：原告东川禾丰建设有限公司参加投标。第三人向被告东川市青禾区财政局投诉。"
            "被告经调查认定投诉成立，于2025年3月6日作出行政处罚决定，对原告处以罚款人民币3万元。")
    spans = [("AGENCY", "东川市青禾区人民法院"), ("COMPANY", "东川禾丰建设有限公司"), ("AGENCY", "东川市青禾区财政局")]
    got = _relations(text, spans, kind="court_judgment", issuer=0)
    assert {r for r in got if r[0] == "PENALIZED"} == {("PENALIZED", "东川市青禾区财政局", "东川禾丰建设有限公司")}


def test_the_writers_decision_on_you_penalises_the_addressee_not_a_company_quoted_before() -> None:
    text = ("东川市青禾区财政局\n行政处罚决定书\n东川禾丰建设有限公司：\n"
            "经查，你公司在投标文件中声称所投产品的制造商东川明远电子有限公司为小型企业，与事实不符。"
            "本机关决定对你公司处以罚款人民币5000元。\n东川市青禾区财政局\n")
    spans = [("AGENCY", "东川市青禾区财政局"), ("COMPANY", "东川禾丰建设有限公司"), ("COMPANY", "东川明远电子有限公司"),
             ("AGENCY", "东川市青禾区财政局")]
    got = {r for r in _relations(text, spans, kind="penalty_decision", issuer=0) if r[0] == "PENALIZED"}
    assert got == {("PENALIZED", "东川市青禾区财政局", "东川禾丰建设有限公司")}


# ------------------------------------------------------------------------------------------ BID_ON
@pytest.mark.parametrize(("text", "spans", "expected"), [
    # X公司最终以…中标 in a one-project paragraph
    ("柯某请托专家在青禾县教育装备采购项目（项目编号：QH-2025-007）评审中给予高分。东川禾丰科技有限公司最终以人民币90万元中标。",
     [("PERSON", "柯某"), ("PROJECT_NO", "QH-2025-007"), ("COMPANY", "东川禾丰科技有限公司")],
     {("BID_ON", "东川禾丰科技有限公司", "QH-2025-007")}),
    # X公司参加Y项目（编号）投标: its bid, not a project it owns
    ("约谈事由：东川禾丰科技有限公司参加青禾县智慧校园项目（项目编号：QH-2025-008）投标，其业绩材料不实。",
     [("COMPANY", "东川禾丰科技有限公司"), ("PROJECT_NO", "QH-2025-008")],
     {("BID_ON", "东川禾丰科技有限公司", "QH-2025-008")}),
    # a bracket and a date between the company and 参加
    ("我公司东川禾丰科技有限公司（法定代表人柯某）于2026年1月5日参加青禾县路灯改造项目（项目编号：QH-2026-001）投标。",
     [("COMPANY", "东川禾丰科技有限公司"), ("PERSON", "柯某"), ("PROJECT_NO", "QH-2026-001")],
     {("BID_ON", "东川禾丰科技有限公司", "QH-2026-001")}),
    # 该公司最终中标: the company just named; another (unnumbered) project a company built is not this one
    ("举报反映青禾县课桌椅采购项目（项目编号：QH-2026-002）存在打招呼问题。经核查，柯某要求专家对东川禾丰科技有限公司"
     "多加照顾；该公司最终中标。卜某原为东川明远建设有限公司承建的青禾县某道路项目的项目经理。",
     [("PROJECT_NO", "QH-2026-002"), ("PERSON", "柯某"), ("COMPANY", "东川禾丰科技有限公司"), ("PERSON", "卜某"),
      ("COMPANY", "东川明远建设有限公司")],
     {("BID_ON", "东川禾丰科技有限公司", "QH-2026-002")}),
])
def test_bidders_in_letters_and_paragraphs(text: str, spans: list[tuple[str, str]], expected: set[tuple[str, ...]]) -> None:
    assert {r for r in _relations(text, spans) if r[0] == "BID_ON"} == expected


# ------------------------------------------------------------------------------------------ REFERRED
def test_a_joint_discipline_notice_sends_a_case_for_prosecution_from_its_supervisory_commission() -> None:
    text = ("中共东川市纪委　东川市监委\n关于典型问题的通报\n"
            "一、青禾区教育局原局长柯某违规干预采购问题。经东川市纪委常委会会议研究，给予柯某开除党籍处分；"
            "由东川市监委给予其开除公职处分；其涉嫌犯罪问题移送青禾区人民检察院依法审查起诉。\n"
            "中共东川市纪委\n东川市监委\n")
    spans = [("AGENCY", "中共东川市纪委"), ("AGENCY", "东川市监委"), ("AGENCY", "青禾区教育局"), ("PERSON", "柯某"),
             ("AGENCY", "东川市纪委常委会"), ("PERSON", "柯某"), ("AGENCY", "东川市监委"), ("AGENCY", "青禾区人民检察院"),
             ("AGENCY", "中共东川市纪委"), ("AGENCY", "东川市监委")]
    got = {r for r in _relations(text, spans, kind="discipline_notice", issuer=0) if r[0] == "REFERRED"}
    assert got == {("REFERRED", "东川市监委", "青禾区人民检察院")}


def test_a_procuratorates_case_from_a_finance_bureau_is_still_the_bureaus() -> None:
    text = ("东川市青禾区财政局\n关于移送案件的函\n青禾区人民检察院：\n"
            "东川禾丰建设有限公司涉嫌串通投标一案，经我局调查终结，现移送青禾区人民检察院依法审查起诉。\n东川市青禾区财政局\n")
    spans = [("AGENCY", "东川市青禾区财政局"), ("AGENCY", "青禾区人民检察院"), ("COMPANY", "东川禾丰建设有限公司"),
             ("AGENCY", "青禾区人民检察院"), ("AGENCY", "东川市青禾区财政局")]
    got = {r for r in _relations(text, spans, issuer=0) if r[0] == "REFERRED"}
    assert got == {("REFERRED", "东川市青禾区财政局", "青禾区人民检察院")}


@pytest.mark.parametrize(("text", "spans", "expected"), [
    # a table column under a heading the vocabulary does not know, each cell one title
    ("该项目评标委员会成员如下：\n序号\t姓名\t工作单位\t类别\n1\t甲某\t东川大学\t评标专家\n2\t乙某某\t东川市第一医院\t评标专家\n",
     [("PERSON", "甲某"), ("AGENCY", "东川大学"), ("POSITION", "评标专家"), ("PERSON", "乙某某"), ("AGENCY", "东川市第一医院"),
      ("POSITION", "评标专家")],
     {("HOLDS_POSITION", "甲某", "评标专家", ""), ("HOLDS_POSITION", "乙某某", "评标专家", "")}),
    # X公司法定代表人为甲，监事为乙: the second clause's title is the same company's
    ("据投标文件载明，东川禾丰培训有限公司法定代表人为柯某，监事为卜某；另一投标人另有股东。",
     [("COMPANY", "东川禾丰培训有限公司"), ("POSITION", "法定代表人"), ("PERSON", "柯某"), ("POSITION", "监事"), ("PERSON", "卜某")],
     {("HOLDS_POSITION", "柯某", "法定代表人", "东川禾丰培训有限公司"), ("HOLDS_POSITION", "卜某", "监事", "东川禾丰培训有限公司"),
      ("LEGAL_REP", "柯某", "东川禾丰培训有限公司")}),
    # 甲（X局副局长）、乙（Y股股长）: the unnamed sub-unit is in the mate's bureau
    ("约谈人：柯某（青禾区财政局副局长）、卜某（政府采购监督管理股股长）\n",
     [("PERSON", "柯某"), ("AGENCY", "青禾区财政局"), ("POSITION", "副局长"), ("PERSON", "卜某"), ("POSITION", "股长")],
     {("HOLDS_POSITION", "柯某", "副局长", "青禾区财政局"), ("HOLDS_POSITION", "卜某", "股长", "青禾区财政局")}),
])
def test_posts_in_tables_clauses_and_bracketed_lists(text: str, spans: list[tuple[str, str]],
                                                     expected: set[tuple[str, ...]]) -> None:
    assert {r for r in _relations(text, spans) if r[0] in ("HOLDS_POSITION", "LEGAL_REP")} == expected


# ------------------------------------------------------------------------------------------ violations
@pytest.mark.parametrize(("text", "violation"), [
    ("评审专家甲某在评审中未按招标文件规定的评审标准评审。", "other"),
    ("你公司投标文件所附业绩合同与青禾县教育局存档信息不符。", "false_materials"),
])
def test_violations_letters_state(text: str, violation: str) -> None:
    assert violation in classify_violations(text)


def test_a_criterion_not_met_is_no_false_material() -> None:
    assert "false_materials" not in classify_violations("经评审，该公司的业绩证明与招标文件的要求不符合，作无效投标处理。")


@pytest.mark.parametrize(("text", "spans", "expected"), [
    # 约定由两公司参与陪标: the two companies the sentence named before
    ("青禾县河道整治工程（项目编号：QH-2024-019）公开招标。被告人甲某联系东川禾丰建设有限公司项目经理乙某、"
     "东川明远水利有限公司投标专员丙某，约定由两公司参与陪标。",
     [("PROJECT_NO", "QH-2024-019"), ("PERSON", "甲某"), ("COMPANY", "东川禾丰建设有限公司"), ("POSITION", "项目经理"),
      ("PERSON", "乙某"), ("COMPANY", "东川明远水利有限公司"), ("PERSON", "丙某")],
     {("BID_ON", "东川禾丰建设有限公司", "QH-2024-019"), ("BID_ON", "东川明远水利有限公司", "QH-2024-019")}),
    # 另一投标人X: the company the sentence named before bid too (across a ；)
    ("我局在处理青禾县培训服务项目（项目编号：QH-2026-021）投诉过程中，需核实有关情况。据投标文件载明，"
     "东川禾丰培训有限公司法定代表人为柯某；另一投标人东川明远咨询有限公司执行董事卜某与柯某系夫妻关系。",
     [("PROJECT_NO", "QH-2026-021"), ("COMPANY", "东川禾丰培训有限公司"), ("PERSON", "柯某"),
      ("COMPANY", "东川明远咨询有限公司"), ("PERSON", "卜某"), ("PERSON", "柯某")],
     {("BID_ON", "东川禾丰培训有限公司", "QH-2026-021"), ("BID_ON", "东川明远咨询有限公司", "QH-2026-021")}),
])
def test_bidders_referred_to_by_count_or_as_another(text: str, spans: list[tuple[str, str]],
                                                   expected: set[tuple[str, ...]]) -> None:
    assert {r for r in _relations(text, spans) if r[0] == "BID_ON"} == expected
