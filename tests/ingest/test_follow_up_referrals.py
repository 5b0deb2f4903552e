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
