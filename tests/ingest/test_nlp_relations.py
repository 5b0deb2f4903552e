"""Relations by the shapes that write them: transfers, positions, legal representatives, penalties, bids.

Every text below was written for these tests (places, companies and people are invented); no
evaluation document is quoted. Each case names the shape it checks.
"""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text
from ingest.nlp.relations import Ent, extract_relations


def _pairs(text: str, typ: str) -> set[tuple[str, str]]:
    rec = extract_text(text)
    ents = rec["entities"]
    return {(ents[r["from"]]["text"], ents[r["to"]]["text"]) for r in rec["relations"] if r["type"] == typ}


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    rec = extract_text(text)
    ents = rec["entities"]
    return {(ents[r["from"]]["text"], ents[r["to"]]["text"], ents[r["org"]]["text"] if r["org"] is not None else None)
            for r in rec["relations"] if r["type"] == "HOLDS_POSITION"}


def _tagged(text: str, spans: list[tuple[str, str]]) -> list[Ent]:
    """Entities given by hand, in text order: each (label, surface) is found after the previous one —
    for the relation rules alone, whatever the entity rules make of the text."""
    out: list[Ent] = []
    at = 0
    for label, surface in spans:
        start = text.index(surface, at)
        out.append(Ent(len(out), start, start + len(surface), label, surface, surface))
        at = start + len(surface)
    return out


def _relations(text: str, spans: list[tuple[str, str]], *, kind: str = "other", issuer: int | None = None
               ) -> set[tuple[str, ...]]:
    ents = _tagged(text, spans)
    rels, _ = extract_relations(text, ents, kind=kind, issuer=issuer, aliases={})
    out: set[tuple[str, ...]] = set()
    for r in rels:
        key = (r["type"], ents[r["from"]].text, ents[r["to"]].text)
        if r["type"] == "HOLDS_POSITION":
            key += (ents[r["org"]].text if r["org"] is not None else "",)
        out.add(key)
    return out


# ------------------------------------------------------------------------------------------ REFERRED
def test_a_transfer_to_coordinated_agencies_reaches_each() -> None:
    text = ("东川市审计局\n关于移送审计发现问题线索的函\n东审函〔2025〕6号\n\n东川市纪委监委：\n"
            "我局在审计中发现问题线索两条，现移送你委依法处理。另有两条线索已分别移送东川市财政局、东川市公安局。\n\n"
            "东川市审计局\n2025年6月3日")
    got = _pairs(text, "REFERRED")
    assert {("东川市审计局", "东川市财政局"), ("东川市审计局", "东川市公安局"), ("东川市审计局", "东川市纪委监委")} <= got


def test_a_list_of_clues_each_with_its_receiving_agency() -> None:
    text = ("丰宁市审计局问题线索移送情况一览表\n\n"
            "序号 | 问题线索 | 移送日期 | 接收单位\n"
            "1 | 丰宁市第一中学违规采购课桌椅 | 2025年3月2日 | 丰宁市教育局\n"
            "2 | 丰宁市人民医院耗材采购未履行政府采购程序 | 2025年4月9日 | 丰宁市财政局\n")
    rec = extract_text(text)
    ents = rec["entities"]
    refs = {(ents[r["from"]]["text"], ents[r["to"]]["text"], ents[r["date"]]["text"] if r["date"] is not None else None)
            for r in rec["relations"] if r["type"] == "REFERRED"}
    assert refs == {("丰宁市审计局", "丰宁市教育局", "2025年3月2日"), ("丰宁市审计局", "丰宁市财政局", "2025年4月9日")}
    assert rec["doc"]["kind"] == "other"
    assert ents[rec["doc"]["issuer"]]["text"] == "丰宁市审计局"


def test_a_table_with_a_sending_column_names_the_sender_of_each_row() -> None:
    text = ("线索移送登记表\n"
            "移送单位｜接收单位｜问题\n"
            "丰宁市审计局｜丰宁市财政局｜拆分采购\n"
            "丰宁市财政局｜丰宁市公安局｜串通投标\n")
    assert _pairs(text, "REFERRED") == {("丰宁市审计局", "丰宁市财政局"), ("丰宁市财政局", "丰宁市公安局")}


def test_jiaoyou_for_handling_is_a_transfer() -> None:
    text = ("丰宁市财政局：\n经研究，现将上述举报材料交由丰宁市市场监督管理局依法处理。\n\n丰宁市住房和城乡建设局\n2025年5月6日")
    assert ("丰宁市住房和城乡建设局", "丰宁市市场监督管理局") in _pairs(text, "REFERRED")


@pytest.mark.parametrize("body, transfer", [
    ("现将该问题线索函告你局，请依法查处。", True),
    ("请于六十日内将处理结果函告我局。", False),
    ("请将受理情况函告我局。", False),
])
def test_hangao_hands_over_a_matter_not_a_result(body: str, transfer: bool) -> None:
    text = f"丰宁市审计局\n关于有关问题的函\n\n丰宁市财政局：\n{body}\n\n丰宁市审计局\n2025年6月3日"
    rec = extract_text(text)
    ents = rec["entities"]
    stated = {(ents[r["from"]]["text"], ents[r["to"]]["text"]) for r in rec["relations"]
              if r["type"] == "REFERRED" and not r.get("structural")}
    assert (("丰宁市审计局", "丰宁市财政局") in stated) is transfer


def test_the_finder_sends_not_the_agency_in_its_finding() -> None:
    text = ("会议议定：\n二、丰宁市审计局在审计中发现的丰宁市农业农村局原局长王某违规干预评标问题线索，会后移交丰宁市纪委监委。")
    got = _pairs(text, "REFERRED")
    assert ("丰宁市审计局", "丰宁市纪委监委") in got
    assert ("丰宁市农业农村局", "丰宁市纪委监委") not in got


def test_a_sub_unit_is_not_an_alias_of_its_bureau() -> None:
    text = ("区财政局于7月20日前将相关线索移送区公安分局。\n\n丰宁市丰北区财政局办公室　2025年7月15日印发")
    assert ("区财政局", "区公安分局") in _pairs(text, "REFERRED")


# ------------------------------------------------------------------------------------- HOLDS_POSITION
def test_title_in_brackets_after_the_name() -> None:
    text = "约谈人：刘伟（金山区财政局副局长）\n被约谈人：郑海涛（金山宏远建设工程有限公司总经理）"
    assert {("刘伟", "副局长", "金山区财政局"), ("郑海涛", "总经理", "金山宏远建设工程有限公司")} <= _positions(text)


def test_interview_record_people_belong_to_their_units() -> None:
    text = ("约谈记录\n约谈单位：金山区财政局\n约谈人：吴敏（科长）\n被约谈单位：金山宏远建设工程有限公司\n"
            "被约谈人：孙立（法定代表人）、赵刚（项目经理）\n")
    got = _relations(text, [("AGENCY", "金山区财政局"), ("PERSON", "吴敏"), ("POSITION", "科长"),
                            ("COMPANY", "金山宏远建设工程有限公司"), ("PERSON", "孙立"), ("POSITION", "法定代表人"),
                            ("PERSON", "赵刚"), ("POSITION", "项目经理")])
    assert {("HOLDS_POSITION", "吴敏", "科长", "金山区财政局"),
            ("HOLDS_POSITION", "孙立", "法定代表人", "金山宏远建设工程有限公司"),
            ("HOLDS_POSITION", "赵刚", "项目经理", "金山宏远建设工程有限公司"),
            ("LEGAL_REP", "孙立", "金山宏远建设工程有限公司")} <= got


def test_appointment_and_removal() -> None:
    text = ("经研究决定：\n任命王志强为云溪县财政局局长；\n免去刘建国的云溪县交通运输局党组成员、副局长职务；\n"
            "李秀兰同志任云溪县审计局局长，免去其云溪县统计局副局长职务。\n")
    got = _relations(text, [("PERSON", "王志强"), ("AGENCY", "云溪县财政局"), ("POSITION", "局长"),
                            ("PERSON", "刘建国"), ("AGENCY", "云溪县交通运输局"), ("POSITION", "党组成员"),
                            ("POSITION", "副局长"), ("PERSON", "李秀兰"), ("AGENCY", "云溪县审计局"), ("POSITION", "局长"),
                            ("AGENCY", "云溪县统计局"), ("POSITION", "副局长")])
    assert got == {("HOLDS_POSITION", "王志强", "局长", "云溪县财政局"),
                   ("HOLDS_POSITION", "刘建国", "党组成员", "云溪县交通运输局"),
                   ("HOLDS_POSITION", "刘建国", "副局长", "云溪县交通运输局"),
                   ("HOLDS_POSITION", "李秀兰", "局长", "云溪县审计局"),
                   ("HOLDS_POSITION", "李秀兰", "副局长", "云溪县统计局")}


def test_a_title_field_under_a_bidders_line_belongs_to_the_bidder() -> None:
    text = ("中标候选人公示\n项目编号：FN-ZB-2025-031\n"
            "第一中标候选人：丰宁宏达建设工程有限公司\n投标报价：120.5万元\n项目经理：周立新\n"
            "第二中标候选人：丰宁鑫源路桥有限公司，投标报价：122.0万元，项目负责人：陈晓梅\n")
    got = _positions(text)
    assert {("周立新", "项目经理", "丰宁宏达建设工程有限公司"), ("陈晓梅", "项目负责人", "丰宁鑫源路桥有限公司")} <= got


def test_gai_yuan_with_a_sub_unit_points_back_to_the_hospital() -> None:
    text = "丰宁市人民医院设备采购中，供应商多次向该院设备科原科长罗某某给付财物。"
    assert ("罗某某", "原科长", "丰宁市人民医院") in _positions(text)


def test_a_counted_group_shares_the_title() -> None:
    text = "我局随机抽取次仁多吉、白玛央宗、尼玛3名执法人员参加检查。"
    got = _relations(text, [("PERSON", "次仁多吉"), ("PERSON", "白玛央宗"), ("PERSON", "尼玛"), ("POSITION", "执法人员")])
    assert got == {("HOLDS_POSITION", p, "执法人员", "") for p in ("次仁多吉", "白玛央宗", "尼玛")}


def test_a_table_of_people_with_their_posts() -> None:
    text = "参会人员名单\n姓名 | 职务 | 工作单位\n张建华 | 局长 | 丰宁市财政局\n李秀兰 | 副局长 | 丰宁市审计局\n"
    got = _relations(text, [("PERSON", "张建华"), ("POSITION", "局长"), ("AGENCY", "丰宁市财政局"),
                            ("PERSON", "李秀兰"), ("POSITION", "副局长"), ("AGENCY", "丰宁市审计局")])
    assert got == {("HOLDS_POSITION", "张建华", "局长", "丰宁市财政局"), ("HOLDS_POSITION", "李秀兰", "副局长", "丰宁市审计局")}


def test_copula_names_the_holder_and_the_clause_subject_its_company() -> None:
    text = "一、丰宁宏达建设工程有限公司成立于2018年5月，法定代表人为储明亮，股东为储明亮、汪某某。"
    got = _relations(text, [("COMPANY", "丰宁宏达建设工程有限公司"), ("DATE", "2018年5月"), ("POSITION", "法定代表人"),
                            ("PERSON", "储明亮"), ("POSITION", "股东"), ("PERSON", "储明亮"), ("PERSON", "汪某某")])
    assert {("HOLDS_POSITION", "储明亮", "法定代表人", "丰宁宏达建设工程有限公司"),
            ("LEGAL_REP", "储明亮", "丰宁宏达建设工程有限公司"),
            ("HOLDS_POSITION", "储明亮", "股东", "丰宁宏达建设工程有限公司"),
            ("HOLDS_POSITION", "汪某某", "股东", "丰宁宏达建设工程有限公司")} <= got


# ------------------------------------------------------------------------------------------ LEGAL_REP
def test_legal_representatives_from_a_table() -> None:
    text = ("投标人基本情况\n单位名称 | 法定代表人 | 投标报价\n丰宁宏达建设工程有限公司 | 周立新 | 120万元\n"
            "丰宁鑫源路桥有限公司 | 陈晓梅 | 122万元\n")
    got = _relations(text, [("COMPANY", "丰宁宏达建设工程有限公司"), ("PERSON", "周立新"), ("MONEY", "120万元"),
                            ("COMPANY", "丰宁鑫源路桥有限公司"), ("PERSON", "陈晓梅"), ("MONEY", "122万元")])
    assert got == {("LEGAL_REP", "周立新", "丰宁宏达建设工程有限公司"), ("LEGAL_REP", "陈晓梅", "丰宁鑫源路桥有限公司")}


def test_a_branch_head_on_its_party_line_is_its_legal_representative() -> None:
    text = ("行政处罚决定书\n当事人：丰宁宏达建设工程有限公司北城分公司\n负责人：周立新\n"
            "本机关决定：对丰宁宏达建设工程有限公司北城分公司处以罚款人民币1万元。\n")
    assert ("周立新", "丰宁宏达建设工程有限公司北城分公司") in _pairs(text, "LEGAL_REP")


# ------------------------------------------------------------------------------------------ PENALIZED
def test_a_decision_penalises_every_party_person_included() -> None:
    text = ("青禾县财政局\n行政处罚决定书\n青财罚〔2025〕4号\n\n当事人：青禾县远航工程咨询有限公司\n"
            "当事人：陈晓梅，女，1985年3月生。\n经查，当事人提供虚假材料。本机关决定：处以罚款。\n\n青禾县财政局\n2025年4月18日")
    assert _pairs(text, "PENALIZED") == {("青禾县财政局", "青禾县远航工程咨询有限公司"), ("青禾县财政局", "陈晓梅")}


def test_gei_yu_qi_after_the_deciding_body() -> None:
    text = "鉴于孙立新在设备采购中违规打招呼，经中共丰宁县纪律检查委员会研究，给予其党内严重警告处分。"
    got = _relations(text, [("PERSON", "孙立新"), ("AGENCY", "中共丰宁县纪律检查委员会")])
    assert got == {("PENALIZED", "中共丰宁县纪律检查委员会", "孙立新")}


def test_zeling_in_a_decision_is_imposed_by_its_issuer() -> None:
    text = ("丰宁市财政局\n政府采购投诉处理决定书\n\n投诉人：丰宁宏达建设工程有限公司\n"
            "本机关决定：投诉事项成立，责令丰宁市第三中学修改招标文件后重新开展采购活动。\n\n丰宁市财政局\n2025年8月10日")
    got = _relations(text, [("AGENCY", "丰宁市财政局"), ("COMPANY", "丰宁宏达建设工程有限公司"), ("AGENCY", "丰宁市第三中学"),
                            ("AGENCY", "丰宁市财政局"), ("DATE", "2025年8月10日")], kind="complaint_decision", issuer=0)
    assert got == {("PENALIZED", "丰宁市财政局", "丰宁市第三中学")}


def test_the_writer_penalises_in_a_reply() -> None:
    text = ("丰宁市财政局\n关于移送案件处理结果的回告\n\n丰宁市公安局：\n"
            "我局已于2025年11月5日对丰宁宏达建设工程有限公司作出罚款人民币2万元的行政处罚。\n\n丰宁市财政局\n2025年11月12日")
    assert ("丰宁市财政局", "丰宁宏达建设工程有限公司") in _pairs(text, "PENALIZED")


def test_a_table_of_penalties() -> None:
    text = ("行政处罚信息公示\n被处罚单位 | 处罚机关 | 处罚内容\n丰宁宏达建设工程有限公司 | 丰宁市财政局 | 罚款1万元\n"
            "丰宁鑫源路桥有限公司 | 丰宁市住房和城乡建设局 | 警告\n")
    assert _pairs(text, "PENALIZED") == {("丰宁市财政局", "丰宁宏达建设工程有限公司"),
                                         ("丰宁市住房和城乡建设局", "丰宁鑫源路桥有限公司")}


# --------------------------------------------------------------------------------------------- BID_ON
def test_an_award_table_and_a_heading_that_lists_bidders() -> None:
    text = ("丰宁市公共资源交易中心\n丰宁市人民医院设备采购项目中标结果公告\n\n一、项目编号：FNZB2025-0032\n"
            "二、中标信息\n包号 | 中标供应商 | 中标金额\n1 | 丰宁华康医疗器械有限公司 | 128万元\n"
            "三、其他投标人\n北辰医疗设备有限公司、丰宁恒泰商贸有限公司\n"
            "四、采购代理机构：丰宁宏达招标代理有限公司\n")
    got = {c for c, _ in _pairs(text, "BID_ON")}
    assert got == {"丰宁华康医疗器械有限公司", "北辰医疗设备有限公司", "丰宁恒泰商贸有限公司"}


def test_members_of_a_joint_bid_bid_together() -> None:
    text = ("项目编号：FN-JS-2025-0211\n一、中标人：丰宁建工集团有限公司（联合体牵头人）、丰宁市政设计有限公司（联合体成员）\n")
    assert {c for c, _ in _pairs(text, "BID_ON")} == {"丰宁建工集团有限公司", "丰宁市政设计有限公司"}


def test_bidders_named_by_what_they_did() -> None:
    text = ("丰宁市财政局\n行政处罚决定书\n当事人：丰宁宏达建设工程有限公司\n"
            "经查，你公司在参加丰宁市环卫车辆租赁服务采购项目（项目编号：FN-FW-2025-018）时，"
            "与丰宁鸿运汽车服务有限公司相互串通投标。另有参与投标的丰宁恒泰商贸有限公司报价异常。\n")
    got = {c for c, _ in _pairs(text, "BID_ON")}
    assert {"丰宁宏达建设工程有限公司", "丰宁鸿运汽车服务有限公司", "丰宁恒泰商贸有限公司"} <= got


def test_complainants_owners_and_guarantors_do_not_bid() -> None:
    text = ("我局在处理丰宁宏达建设工程有限公司投诉一案中发现，丰宁市城乡建设投资有限公司招标采购部部长谢某在"
            "丰宁市道路工程（项目编号：FN-DL-2025-006）招标中帮助丰宁鑫源路桥有限公司中标，"
            "投标保证金保函由丰宁振兴融资担保有限公司同日出具。")
    got = {c for c, _ in _pairs(text, "BID_ON")}
    assert "丰宁鑫源路桥有限公司" in got
    assert not got & {"丰宁宏达建设工程有限公司", "丰宁市城乡建设投资有限公司", "丰宁振兴融资担保有限公司"}


# ----------------------------------------------------------------------------------- second round
def test_a_register_of_what_the_issuer_received() -> None:
    text = ("丰宁市纪委监委案件监督管理室\n2025年8月问题线索收文登记簿（摘录）\n\n"
            "收文号｜来文单位｜来文日期｜内容摘要\n"
            "丰纪收〔2025〕201号｜丰宁市审计局｜8月3日｜违规干预\n"
            "丰纪收〔2025〕207号｜丰宁市财政局｜8月11日｜向评标专家行贿\n")
    got = _relations(text, [("AGENCY", "丰宁市纪委监委案件监督管理室"), ("DOC_NO", "丰纪收〔2025〕201号"),
                            ("AGENCY", "丰宁市审计局"), ("DATE", "8月3日"), ("DOC_NO", "丰纪收〔2025〕207号"),
                            ("AGENCY", "丰宁市财政局"), ("DATE", "8月11日")], issuer=0)
    assert got == {("REFERRED", "丰宁市审计局", "丰宁市纪委监委案件监督管理室"),
                   ("REFERRED", "丰宁市财政局", "丰宁市纪委监委案件监督管理室")}


def test_a_reply_to_two_bodies_names_both_as_senders() -> None:
    text = ("丰宁县公安局\n受案回执\n\n中共丰宁县纪律检查委员会、丰宁县监察委员会：\n"
            "你委于2025年9月2日移送的《关于移送有关问题线索的函》（丰纪移〔2025〕 5号）及材料6份，我局已于2025年9月3日受理。\n")
    got = _relations(text, [("AGENCY", "丰宁县公安局"), ("AGENCY", "中共丰宁县纪律检查委员会"), ("AGENCY", "丰宁县监察委员会"),
                            ("DATE", "2025年9月2日"), ("DOC_NO", "丰纪移〔2025〕 5号"), ("DATE", "2025年9月3日")], issuer=0)
    assert {("REFERRED", "中共丰宁县纪律检查委员会", "丰宁县公安局"), ("REFERRED", "丰宁县监察委员会", "丰宁县公安局")} <= got


def test_a_transfer_in_brackets_reached_the_writer() -> None:
    text = ("丰宁县公安局\n协助查询财产通知书\n\n"
            "因侦查丰宁宏达建设工程有限公司涉嫌串通投标一案（丰宁县财政局于2025年8月4日以丰财移〔2025〕1号移送），请协助查询。")
    got = _relations(text, [("AGENCY", "丰宁县公安局"), ("COMPANY", "丰宁宏达建设工程有限公司"), ("AGENCY", "丰宁县财政局"),
                            ("DATE", "2025年8月4日"), ("DOC_NO", "丰财移〔2025〕1号")], issuer=0)
    assert ("REFERRED", "丰宁县财政局", "丰宁县公安局") in got


def test_an_inspection_result_list_penalises_each_item_and_the_writer_hands_over() -> None:
    text = ("丰宁县财政局2025年政府采购检查结果公告\n检查结果如下：\n"
            "一、丰宁县教育局：未按规定公开采购意向，责令改正。\n"
            "二、丰宁县农业农村局：化整为零规避公开招标，责令改正并通报，相关问题线索移交丰宁县纪委监委。\n"
            "三、丰宁宏达招标代理有限公司：擅自变更评审程序，给予警告。\n四、其余单位未发现问题。\n")
    got = _relations(text, [("AGENCY", "丰宁县财政局"), ("AGENCY", "丰宁县教育局"), ("AGENCY", "丰宁县农业农村局"),
                            ("AGENCY", "丰宁县纪委监委"), ("COMPANY", "丰宁宏达招标代理有限公司")],
                     kind="penalty_decision", issuer=0)
    assert got == {("PENALIZED", "丰宁县财政局", "丰宁县教育局"), ("PENALIZED", "丰宁县财政局", "丰宁县农业农村局"),
                   ("PENALIZED", "丰宁县财政局", "丰宁宏达招标代理有限公司"), ("REFERRED", "丰宁县财政局", "丰宁县纪委监委")}


def test_zeling_ni_gongsi_is_the_company_addressed() -> None:
    text = ("丰宁市财政局\n责令限期改正通知书\n\n丰宁宏达招标代理有限公司：\n"
            "我局对你公司代理的丰宁市医院信息化项目（项目编号：FN-2025-0415）进行了检查。现责令你公司于2025年9月30日前改正，并给予警告。\n")
    got = _relations(text, [("AGENCY", "丰宁市财政局"), ("COMPANY", "丰宁宏达招标代理有限公司"), ("AGENCY", "我局"),
                            ("AGENCY", "丰宁市医院"), ("PROJECT_NO", "FN-2025-0415"), ("DATE", "2025年9月30日")],
                     kind="penalty_decision", issuer=0)
    assert ("PENALIZED", "丰宁市财政局", "丰宁宏达招标代理有限公司") in got
    assert not {r for r in got if r[0] == "BID_ON"}  # an agent checked for how it ran a procurement did not bid


def test_discipline_is_marked_so_no_credit_duty_follows() -> None:
    """A 处分 by a discipline body is PENALIZED (the scheme's party discipline) marked ``sanction:
    discipline``; an administrative fine is not marked."""
    text = ("经中共丰宁县纪律检查委员会研究，给予张某某党内警告处分。丰宁县财政局对丰宁宏达建设工程有限公司处以罚款人民币1万元。")
    ents = _tagged(text, [("AGENCY", "中共丰宁县纪律检查委员会"), ("PERSON", "张某某"), ("AGENCY", "丰宁县财政局"),
                          ("COMPANY", "丰宁宏达建设工程有限公司")])
    rels, _ = extract_relations(text, ents, kind="other", issuer=None, aliases={})
    marks = {(ents[r["from"]].text, ents[r["to"]].text): r.get("sanction") for r in rels if r["type"] == "PENALIZED"}
    assert marks == {("中共丰宁县纪律检查委员会", "张某某"): "discipline", ("丰宁县财政局", "丰宁宏达建设工程有限公司"): None}


# ------------------------------------------------------------------------------------ third round
def test_a_title_field_lists_everyone_after_its_colon() -> None:
    text = "四、评标委员会成员：李国平、杨彩云、赵某\n五、公示期：三日"
    got = _relations(text, [("POSITION", "评标委员会成员"), ("PERSON", "李国平"), ("PERSON", "杨彩云"), ("PERSON", "赵某")])
    assert got == {("HOLDS_POSITION", p, "评标委员会成员", "") for p in ("李国平", "杨彩云", "赵某")}


def test_the_name_between_its_organisation_and_its_title() -> None:
    text = "由丰宁区教育局装备中心于海波主任指定两名专家参与评审。"
    got = _relations(text, [("AGENCY", "丰宁区教育局装备中心"), ("PERSON", "于海波"), ("POSITION", "主任")])
    assert got == {("HOLDS_POSITION", "于海波", "主任", "丰宁区教育局装备中心")}


def test_a_second_title_in_another_sub_unit_of_the_same_body() -> None:
    text = "供应商向丰宁区人民医院设备科原科长罗某某、药剂科副主任蒋某给付财物。"
    got = _relations(text, [("AGENCY", "丰宁区人民医院"), ("POSITION", "原科长"), ("PERSON", "罗某某"),
                            ("POSITION", "副主任"), ("PERSON", "蒋某")])
    assert got == {("HOLDS_POSITION", "罗某某", "原科长", "丰宁区人民医院"), ("HOLDS_POSITION", "蒋某", "副主任", "丰宁区人民医院")}


def test_a_persons_representative_works_for_that_persons_company() -> None:
    text = "当事人：丰宁通达物流有限公司\n法定代表人：刘芳\n刘芳的授权代表黄某同时为两家公司办理了数字证书。"
    got = _relations(text, [("COMPANY", "丰宁通达物流有限公司"), ("POSITION", "法定代表人"), ("PERSON", "刘芳"),
                            ("PERSON", "刘芳"), ("POSITION", "授权代表"), ("PERSON", "黄某")])
    assert ("HOLDS_POSITION", "黄某", "授权代表", "丰宁通达物流有限公司") in got


@pytest.mark.parametrize("sentence, bidder", [
    ("该项目（项目编号：FN-XZ-2025-007）由丰宁鑫达路桥工程有限公司承接。", "丰宁鑫达路桥工程有限公司"),
    ("在丰宁供热管网工程（项目编号：FN-GW-002）招标中，张某安排丰宁松花湖建设有限公司为丰宁恒远建设有限公司陪标。",
     "丰宁松花湖建设有限公司"),
    ("丰宁恒远建设有限公司以1865.3万元中标丰宁供热管网工程（项目编号：FN-GW-002）。", "丰宁恒远建设有限公司"),
    ("该线索反映的丰宁明珠文化传媒有限公司在丰宁县舞台灯光采购项目（项目编号：FN2025-015）中提供虚假业绩证明。",
     "丰宁明珠文化传媒有限公司"),
    ("丰宁智联科技有限公司在丰宁区运维服务项目（项目编号：FN-FW-0733）中提交的证书系伪造。", "丰宁智联科技有限公司"),
])
def test_bidders_by_what_the_sentence_says_they_did(sentence: str, bidder: str) -> None:
    assert bidder in {c for c, _ in _pairs(sentence, "BID_ON")}


def test_rejected_bidders_and_a_joint_bid_led_by_you() -> None:
    text = ("项目编号：FN-NC-2025-019\n第三中标候选人：由丰宁金盾建筑安装有限公司与丰宁城乡规划设计有限公司组成的联合体\n"
            "四、否决投标情况：丰宁侗乡建设有限公司因投标保证金未从基本账户转出被否决。\n")
    got = {c for c, _ in _pairs(text, "BID_ON")}
    assert {"丰宁金盾建筑安装有限公司", "丰宁城乡规划设计有限公司", "丰宁侗乡建设有限公司"} <= got


def test_the_company_interviewed_bid_and_is_ordered_to_correct() -> None:
    text = ("丰宁县住房和城乡建设局\n约谈笔录\n被约谈单位：丰宁鑫源建筑工程有限公司\n"
            "问：你公司承建的丰宁县第二小学教学楼工程（项目编号：FN-SG-2025-005）是否存在转包？\n"
            "约谈意见：依据有关规定，责令你公司立即改正。\n")
    got = _relations(text, [("AGENCY", "丰宁县住房和城乡建设局"), ("COMPANY", "丰宁鑫源建筑工程有限公司"),
                            ("AGENCY", "丰宁县第二小学"), ("PROJECT_NO", "FN-SG-2025-005")], issuer=0)
    assert {("BID_ON", "丰宁鑫源建筑工程有限公司", "FN-SG-2025-005"),
            ("PENALIZED", "丰宁县住房和城乡建设局", "丰宁鑫源建筑工程有限公司")} <= got


def test_qi_after_a_semicolon_is_the_person_of_the_paragraph() -> None:
    text = "经丰宁市交易中心支部研究，给予仲孙某党内警告处分；经丰宁市纪委监委研究，给予其政务记过处分。"
    got = _relations(text, [("AGENCY", "丰宁市交易中心支部"), ("PERSON", "仲孙某"), ("AGENCY", "丰宁市纪委监委")])
    assert got == {("PENALIZED", "丰宁市交易中心支部", "仲孙某"), ("PENALIZED", "丰宁市纪委监委", "仲孙某")}


def test_the_finder_of_a_clue_sends_it_not_the_body_found() -> None:
    text = ("（一）丰宁区人民检察院第二检察部在办理串通投标案中，发现丰宁区住建委原工作人员钱某某收受财物的问题线索，"
            "已于2025年8月12日移送丰宁区纪委监委。")
    got = _relations(text, [("AGENCY", "丰宁区人民检察院第二检察部"), ("AGENCY", "丰宁区住建委"), ("POSITION", "原工作人员"),
                            ("PERSON", "钱某某"), ("DATE", "2025年8月12日"), ("AGENCY", "丰宁区纪委监委")])
    refs = {r for r in got if r[0] == "REFERRED"}
    assert refs == {("REFERRED", "丰宁区人民检察院第二检察部", "丰宁区纪委监委")}


def test_other_responding_suppliers_bid_and_an_agent_addressed_does_not() -> None:
    text = ("项目编号：FN-2025-078\n成交供应商名称：丰宁康宁物业管理有限公司\n其他响应供应商：丰宁洁美保洁服务有限公司、丰宁安心物业服务有限公司\n")
    assert {c for c, _ in _pairs(text, "BID_ON")} == {"丰宁康宁物业管理有限公司", "丰宁洁美保洁服务有限公司", "丰宁安心物业服务有限公司"}
    agent = ("被约谈单位：丰宁金鼎工程咨询有限公司\n"
             "约谈内容：你公司在丰宁区第五中学实验室设备采购项目（项目编号：FN-2025-031）代理过程中，未按规定答复供应商质疑。\n")
    assert _pairs(agent, "BID_ON") == set()


def test_a_public_penalty_list_and_a_candidates_table_with_title_columns() -> None:
    text = ("行政处罚信息公示表\n行政相对人名称 | 法定代表人 | 处罚机关\n丰宁宏达建设工程有限公司 | 周立新 | 丰宁市财政局\n\n"
            "中标候选人 | 投标报价 | 项目负责人\n丰宁鑫源路桥有限公司 | 122万元 | 陈晓梅\n")
    got = _relations(text, [("POSITION", "法定代表人"), ("COMPANY", "丰宁宏达建设工程有限公司"), ("PERSON", "周立新"),
                            ("AGENCY", "丰宁市财政局"), ("POSITION", "项目负责人"), ("COMPANY", "丰宁鑫源路桥有限公司"),
                            ("MONEY", "122万元"), ("PERSON", "陈晓梅")])
    assert {("PENALIZED", "丰宁市财政局", "丰宁宏达建设工程有限公司"), ("LEGAL_REP", "周立新", "丰宁宏达建设工程有限公司"),
            ("HOLDS_POSITION", "周立新", "法定代表人", "丰宁宏达建设工程有限公司"),
            ("HOLDS_POSITION", "陈晓梅", "项目负责人", "丰宁鑫源路桥有限公司")} <= got


def test_a_title_at_a_line_end_does_not_take_the_next_lines_name() -> None:
    text = "会议签到表\n姓名\t单位\t职务\n赵光明\t丰宁市财政局\t副局长\n钱晓红\t丰宁市审计局\t科长\n"
    got = _relations(text, [("PERSON", "赵光明"), ("AGENCY", "丰宁市财政局"), ("POSITION", "副局长"),
                            ("PERSON", "钱晓红"), ("AGENCY", "丰宁市审计局"), ("POSITION", "科长")])
    assert got == {("HOLDS_POSITION", "赵光明", "副局长", "丰宁市财政局"), ("HOLDS_POSITION", "钱晓红", "科长", "丰宁市审计局")}


def test_the_writers_deciding_formula_decides_what_follows() -> None:
    text = ("丰宁市住房和城乡建设局\n行政处理决定书\n\n当事人：丰宁建工集团有限公司\n"
            "依据有关规定，本局决定：责令你单位改正，并对黄立民作出记分处理。\n")
    got = _relations(text, [("AGENCY", "丰宁市住房和城乡建设局"), ("COMPANY", "丰宁建工集团有限公司"), ("PERSON", "黄立民")],
                     kind="penalty_decision", issuer=0)
    assert {("PENALIZED", "丰宁市住房和城乡建设局", "丰宁建工集团有限公司"), ("PENALIZED", "丰宁市住房和城乡建设局", "黄立民")} <= got


def test_a_coordination_of_bidders_is_read_at_its_last_member() -> None:
    text = ("丰宁县华宇商贸有限公司与丰宁县博远科技有限公司在丰宁县第一中学多媒体教室采购项目（项目编号：FN-ZC-2025-019）"
            "中的投标文件由同一联系人递交。")
    assert {c for c, _ in _pairs(text, "BID_ON")} == {"丰宁县华宇商贸有限公司", "丰宁县博远科技有限公司"}
