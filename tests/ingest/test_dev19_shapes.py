"""Organisations of the shapes development set 19 showed missing (each test sentence invented): a
township's government or party committee the gazetteer lacks (平安县青溪镇人民政府), a village committee
after its township, a discipline body's group stationed in another (X纪委监委驻Y局纪检监察组) as one
name, and a company's office in a place (X有限公司滁州办事处) as the company's."""

from __future__ import annotations

import pytest

from ingest.nlp import extract_text


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"] if e["label"] in ("AGENCY", "COMPANY")]


@pytest.mark.parametrize("text, expected", [
    ("被告人系平安县青溪镇人民政府工作人员。", [("平安县青溪镇人民政府", "AGENCY")]),
    ("被告人系儋州市那大镇人民政府工作人员。", [("儋州市那大镇人民政府", "AGENCY")]),   # a township the gazetteer lacks
    ("经调查，溪口乡人民政府未按规定组织验收。", [("溪口乡人民政府", "AGENCY")]),
    ("由青溪镇党委研究决定。", [("青溪镇党委", "AGENCY")]),
    ("经青溪镇石岭村民委员会推荐。", [("青溪镇石岭村民委员会", "AGENCY")]),
    ("平安县纪委监委驻县交通运输局纪检监察组收到举报。", [("平安县纪委监委驻县交通运输局纪检监察组", "AGENCY")]),
    ("澄州瑞丰医疗科技有限公司平川办事处经理王某。", [("澄州瑞丰医疗科技有限公司平川办事处", "COMPANY")]),
])
def test_the_organisation_is_one_span(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize("text", [
    "承揽工程后，违反规定安排镇政府工作人员参与。",   # 安排: a verb, no township
    "各乡镇人民政府要加强监管。",                      # a category of governments
    "由该公司办事处负责对接。",
])
def test_no_township_or_office_is_made_of_words(text: str) -> None:
    assert not any(t.startswith(("安排", "乡镇", "该公司")) for t, _ in _orgs(text))


def _referred(text: str) -> list[tuple[str, str]]:
    rec = extract_text(text)
    ents = rec["entities"]
    return [(ents[r["from"]]["text"], ents[r["to"]]["text"]) for r in rec["relations"]
            if r["type"] == "REFERRED" and isinstance(r.get("from"), int) and isinstance(r.get("to"), int)]


def test_an_item_of_the_writers_decision_that_hands_a_clue_on_is_a_transfer() -> None:
    text = ("平安县财政局\n政府采购监督检查处理决定书\n平财购处〔2026〕3号\n\n平安县第二中学：\n"
            "经调查，你校未按规定执行政府采购程序。根据有关规定，我局决定：\n"
            "1.责令你校限期改正；\n2.给予警告；\n"
            "3.将你校有关责任人员的问题线索移交平安县纪委监委处理。\n\n平安县财政局\n2026年3月2日\n")
    assert ("平安县财政局", "平安县纪委监委") in _referred(text)



def test_a_forwarding_letter_sends_the_report_to_its_addressees_not_from_the_body_it_is_about() -> None:
    text = ("中共平安县纪律检查委员会\n信访举报转办函\n平纪信转〔2026〕5号\n\n中共青溪镇委员会、青溪镇人民政府：\n"
            "现将反映平安县水务局有关人员违规问题的信访举报件（编号：PA2026-031）转去，请依规依纪依法办理。\n\n"
            "中共平安县纪律检查委员会\n2026年4月20日\n")
    pairs = _referred(text)
    assert ("中共平安县纪律检查委员会", "青溪镇人民政府") in pairs
    assert all(sender == "中共平安县纪律检查委员会" for sender, _ in pairs)   # not the body the report is about
