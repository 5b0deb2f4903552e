"""The hand-overs that follow-up papers record (development set dev22's shapes; invented letters of
invented places): a receipt form titled by the body that signs it, a letter whose writer or addressee
handles what another body sent, a joint letter of two bodies, a trading centre's report cited by title
with its number and date — and a transfer inside one body, which is none (GUIDELINES)."""

from __future__ import annotations

from typing import Any

from ingest.nlp import extract_text
from tests.ingest.extract_kit import referred

RECEIPT_FORM = """青岚县公安局案件材料签收单

送件单位：青岚县审计局
来文名称：审计移送处理书（青审移〔2026〕4号）
来文日期：2026年5月6日
事由：县城供水管网改造项目疑似串通投标
签收编号：QL-QS-2026-0077

送件人：邹晓敏　　电话：0731-5520113
签收人：经侦大队　钟立新
签收时间：2026年5月8日 9时30分

备注：原件移交青岚县公安局经济犯罪侦查大队审查。
"""


def _referrals(text: str) -> list[tuple[str, str, str | None, str | None]]:
    r = extract_text(text)
    ents: list[dict[str, Any]] = list(r["entities"])

    def t(i: int | None) -> str | None:
        return None if i is None else str(ents[i]["text"])

    return [(str(ents[x["from"]]["text"]), str(ents[x["to"]]["text"]), t(x.get("evidence_doc_no")), t(x.get("date")))
            for x in r["relations"] if x["type"] == "REFERRED"]


def test_a_receipt_form_records_the_hand_over_to_the_body_that_signs_it() -> None:
    assert _referrals(RECEIPT_FORM) == [("青岚县审计局", "青岚县公安局", "青审移〔2026〕4号", "2026年5月6日")]
    r = extract_text(RECEIPT_FORM)
    assert r["doc"]["issuer"] is not None and r["entities"][r["doc"]["issuer"]]["text"] == "青岚县公安局"


def test_a_transfer_inside_one_body_is_none_but_a_branch_is_an_organ() -> None:
    inside = ("青岚县公安局\n关于案件办理的通知\n\n经侦大队：\n    现将青岚县审计局移送的线索移交青岚县公安局经济犯罪侦查大队办理。\n\n"
              "青岚县公安局\n2026年5月9日\n")
    assert ("青岚县公安局", "青岚县公安局经济犯罪侦查大队") not in referred(inside)
    branch = ("云阳市公安局江北分局\n转送函\n云公江转〔2026〕3号\n\n云阳市公安局：\n    我分局于2026年4月2日收到云阳市审计局移送的"
              "线索。经审查，现依法转送你局办理。\n\n云阳市公安局江北分局\n2026年4月8日\n")
    assert ("云阳市公安局江北分局", "云阳市公安局") in referred(branch)


def test_what_the_writer_or_the_addressee_handles_came_from_the_body_that_sent_it() -> None:
    writer = ("澄川市公安局\n协 查 函\n澄公（经）协字〔2026〕7号\n\n澄川市市场监督管理局：\n"
              "    我局在办理澄川市财政局于2026年2月6日移送的城东农贸市场改造项目涉嫌串通投标线索过程中，需了解下列企业的登记情况，"
              "请贵局协助提供。\n\n澄川市公安局\n2026年2月20日\n")
    assert referred(writer) == {("澄川市财政局", "澄川市公安局")}
    addressee = ("澄川市住房和城乡建设局\n关于协助提供有关资料的复函\n\n澄川市公安局：\n"
                 "    贵局《协查函》（澄公经协字〔2026〕5号）收悉。关于贵局正在侦办的、由澄川市审计局移送的城区雨污分流改造工程"
                 "涉嫌串通投标一案，现将有关情况函复如下：该工程共有5家单位递交投标文件。\n\n澄川市住房和城乡建设局\n2026年3月27日\n")
    assert referred(addressee) == {("澄川市审计局", "澄川市公安局")}


def test_a_joint_letter_of_two_bodies_is_sent_by_each() -> None:
    joint = ("枫林县财政局　枫林县审计局\n关于联合移送有关问题线索的函\n\n枫财联〔2026〕2号\n\n枫林县纪委监委：\n"
             "    上述问题涉及公职人员履职，现联合将问题线索移送你委，请依规依纪依法处理。\n\n枫林县财政局　　　枫林县审计局\n"
             "2026年3月31日\n")
    assert referred(joint) == {("枫林县财政局", "枫林县纪委监委"), ("枫林县审计局", "枫林县纪委监委")}


def test_a_trading_centres_report_cited_by_title_with_its_number_and_date() -> None:
    letter = ("枫林县财政局关于退回有关线索材料的函\n\n枫财函〔2026〕40号\n\n县公共资源交易中心：\n"
              "    你中心《关于枫林县人民医院耗材采购项目异常投标情况的报告》（枫交〔2026〕9号，2026年3月9日）收悉。"
              "经研究，现有材料尚不足以支撑立案，现将上述材料退回你中心。\n\n枫林县财政局\n2026年3月18日\n")
    assert _referrals(letter) == [("县公共资源交易中心", "枫林县财政局", "枫交〔2026〕9号", "2026年3月9日")]


BOTH_WAYS = ("枫林县财政局\n关于2026年第一季度问题线索移送情况的通报\n\n现将我局问题线索移送和接收情况通报如下。\n\n"
             "序号\t日期\t方向\t对方单位\t文号\t线索内容\n"
             "1\t1月15日\t移出\t枫林县纪委监委\t枫财移〔2026〕1号\t学校食堂食材采购问题\n"
             "2\t3月6日\t移入\t枫林县审计局\t枫审移〔2026〕3号\t道路养护未履行采购程序\n\n"
             "枫林县财政局\n2026年4月8日\n")


def test_a_register_of_both_ways_reads_each_row_by_its_direction() -> None:
    assert referred(BOTH_WAYS) == {("枫林县财政局", "枫林县纪委监委"), ("枫林县审计局", "枫林县财政局")}


def test_a_register_of_what_came_in_takes_the_hand_overs_and_leaves_requests_and_returns() -> None:
    register = ("青岚县财政局采购监督股收文登记簿（2026年第二季度）\n\n"
                "收文号\t收文日期\t来文单位\t来文文号\t文件标题\t承办\n"
                "061\t2026-04-03\t青岚县审计局\t青审移〔2026〕3号\t审计移送处理书\t侯勇\n"
                "064\t2026-04-10\t青岚县公共资源交易中心\t青公资函〔2026〕12号\t关于异常投标线索的函\t侯勇\n"
                "070\t2026-04-21\t青岚县公安局\t青公（经）协字〔2026〕4号\t协查函（调取采购档案）\t褚建\n"
                "077\t2026-05-06\t青岚县市场监督管理局\t青市监函〔2026〕19号\t关于退回移送线索材料的函\t褚建\n"
                "083\t2026-05-12\t青岚县人民法院\t（2026）青0102刑初8号\t司法建议书\t褚建\n\n登记人：孔蕾\n")
    assert referred(register) == {("青岚县审计局", "青岚县财政局采购监督股"),
                                  ("青岚县公共资源交易中心", "青岚县财政局采购监督股")}


def test_the_writers_register_of_what_it_sent_names_where_each_went_under_its_transfer_column() -> None:
    register = ("青岚县审计局审计发现问题线索移送事项登记表\n"
                "序号\t移送日期\t移送处理书文号\t问题摘要\t移送单位\t接收单位签收人\n"
                "1\t2026年1月26日\t青审移〔2026〕1号\t食材采购未执行政府采购\t青岚县财政局\t秦建峰\n"
                "2\t2026年3月3日\t青审移〔2026〕2号\t投标人报价呈规律性差异\t青岚县公安局\t申**\n")
    assert referred(register) == {("青岚县审计局", "青岚县财政局"), ("青岚县审计局", "青岚县公安局")}


def test_an_adverb_before_a_verb_is_no_part_of_an_unlisted_place() -> None:
    from tests.ingest.extract_kit import spans
    assert spans("我委发现的问题，已商县公安局并案处理。", "AGENCY") == ["我委", "县公安局"]
    assert "青禾县财政局" in spans("经调查，现青禾县财政局已作出处理。", "AGENCY")


def test_a_ledger_of_clues_by_their_source_and_a_second_sender_column_that_names_no_body() -> None:
    ledger = ("枫林县纪委监委2026年度问题线索移交台账\n\n"
              "序号\t线索来源\t来源方式及时间\t来文文号\t反映问题\n"
              "1\t枫林县审计局\t移送，2026.03.11\t枫审移〔2026〕2号\t校长违规指定食堂供应商\n"
              "2\t枫林县财政局\t移交，2026年5月\t枫财函〔2026〕19号\t镇政府规避招标\n")
    assert referred(ledger) == {("枫林县审计局", "枫林县纪委监委"), ("枫林县财政局", "枫林县纪委监委")}
    two = ("青岚县财政局政府采购领域问题线索移送台账（2026年）\n"
           "序号\t移送日期\t文号\t线索来源\t移送单位\t接收单位\n"
           "1\t2026-01-12\t青财采函〔2026〕2号\t投诉处理中发现\t青岚县财政局\t青岚县公安局\n"
           "2\t2026-02-20\t青审移〔2026〕1号\t审计发现\t青岚县审计局\t青岚县财政局\n")
    assert referred(two) == {("青岚县财政局", "青岚县公安局"), ("青岚县审计局", "青岚县财政局")}


def test_a_trading_centres_finding_reported_or_handed_over_under_its_organ_word() -> None:
    register_note = ("青岚县财政局政府采购违法线索移送登记表\n备注：第4号线索由青岚县公共资源交易中心发现后报我局。\n"
                     "填表人：吕文\n")
    assert ("青岚县公共资源交易中心", "青岚县财政局") in referred(register_note)
    news = ("本报讯 4月10日，在青岚县公共资源交易中心的监控大厅，记者见到了值班人员。\n"
            "据介绍，去年11月，交易中心在青岚县第五小学操场建设项目开标时发现异常，随即将线索移交青岚县财政局。\n")
    assert ("青岚县公共资源交易中心", "青岚县财政局") in referred(news)


def test_the_peoples_organs_short_forms_alias_their_full_names() -> None:
    text = ("青岚市财政局\n关于有关问题的报告\n\n青岚市人民政府：\n    根据市政府交办的线索，现将核查情况报告如下。"
            "该案已由青岚市人民检察院受理，市检察院已提起公诉。\n\n青岚市财政局\n2026年5月6日\n")
    aliases = extract_text(text)["aliases"]
    assert aliases.get("市政府") == "青岚市人民政府" and aliases.get("市检察院") == "青岚市人民检察院"
