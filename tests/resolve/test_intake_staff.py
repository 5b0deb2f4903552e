"""The writer's own staff as an ordinary intake names them (tuning16's shapes; invented persons): who
signs for a receipt (签收人：X on a 回执), a contact bracketed right after the writer's office named by
its pronoun (…书面报我委第三监督检查室（联系人：X）, though the clause opens with 你局), an audit team's
主审, and a copy sent to an office and a person (此件发至：市财政局政府采购股 X). The 绵竹市 test world's kit
and the real extractor."""

from __future__ import annotations

from ingest.nlp import extract_text
from ingest.resolve import KnownIndex, Resolver
from tests.resolve.letter_kit import agency, official


def _nodes(idx: KnownIndex, text: str, key: str) -> dict[str, str]:
    rec = extract_text(text)
    res = Resolver(index=idx).resolve(rec, text, doc_key=key)
    return {rec["entities"][i]["text"]: n for i, n in res.entity_nodes.items() if rec["entities"][i]["label"] == "PERSON"}


def test_who_signs_for_a_receipt_is_the_writers_staff() -> None:
    idx = KnownIndex()
    finance = agency(idx, "绵竹市财政局")
    agency(idx, "绵竹市公共资源交易服务中心")
    clerk = official(idx, finance, "苟文斌", "干部")
    official(idx, agency(idx, "绵竹市审计局"), "苟文斌", "科员")   # a namesake elsewhere
    receipt = ("回  执\n\n绵竹市公共资源交易服务中心：\n\n你中心《关于移送有关评审异常情况的函》（绵公资交函〔2026〕61号）"
               "已于2026年12月8日收悉，由我局政府采购股登记办理。\n\n签收人：苟文斌\n\n绵竹市财政局\n2026年12月8日\n")
    assert _nodes(idx, receipt, "doc:rc1")["苟文斌"] == clerk


def test_a_contact_right_after_the_writers_office_is_the_writers_though_the_clause_opens_with_you() -> None:
    idx = KnownIndex()
    cdi = agency(idx, "中共绵竹市纪委监委机关")
    agency(idx, "绵竹市财政局")
    staff = official(idx, cdi, "蒲晓梅", "干部")
    official(idx, agency(idx, "绵竹市审计局"), "蒲晓梅", "科员")
    letter = ("中共绵竹市纪委监委机关\n关于有关问题线索办理情况的反馈\n\n绵竹市财政局：\n    经核实，现将办理情况反馈如下。"
              "请你局在收到本函后一个月内将整改落实情况书面报我委第三监督检查室（联系人：蒲晓梅）。\n\n"
              "中共绵竹市纪委监委机关\n2026年12月9日\n")
    assert _nodes(idx, letter, "doc:fb1")["蒲晓梅"] == staff


def test_an_audit_teams_lead_and_a_copys_person_are_found_with_their_place() -> None:
    audit = ("绵竹市审计局\n审计发现问题移送处理书\n绵审移〔2026〕15号\n\n中共绵竹市纪委监委：\n    现将问题线索移送你委。\n\n"
             "审计组主审：韦雪\n\n绵竹市审计局\n2026年12月2日\n（此件发至：市财政局政府采购股 邝建军）\n")
    names = [e["text"] for e in extract_text(audit)["entities"] if e["label"] == "PERSON"]
    assert "韦雪" in names and "邝建军" in names
