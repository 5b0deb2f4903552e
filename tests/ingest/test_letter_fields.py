"""The one reader of a letter's fields (ingest.letter_fields), and the two readers over it — the
letter's layout (acts → threads) and the relations — reading one form alike.

Every text below was written for these tests (places and agencies invented); the expected roles
are what the field names mean on a Chinese transfer form or receipt, written out by hand.
"""

from __future__ import annotations

import pytest

from ingest.letter_fields import column_role, fields, names_of, role_of
from ingest.letter_layout import form_fields, signature
from ingest.letters import read_letter
from ingest.nlp.relations import extract_relations
from tests.ingest.test_nlp_relations import _tagged


def _read(text: str) -> list[tuple[str, str]]:
    out = []
    for f in fields(text):
        assert text[f.start:f.end] == f.value  # the value is where the field says it is
        out.append((f.role, f.value))
    return out


@pytest.mark.parametrize("text, expected", [
    ("移送单位：丰宁市审计局", [("sender", "丰宁市审计局")]),
    ("移送单位:丰宁市审计局", [("sender", "丰宁市审计局")]),
    # full-width spaces inside the name and around the colon
    ("移　送　单　位　：　丰宁市审计局", [("sender", "丰宁市审计局")]),
    ("接 收 单 位：丰宁市财政局", [("receiver", "丰宁市财政局")]),
    # a seal mark after the name, and after the value
    ("签收单位（签章）：丰宁市公安局", [("receiver", "丰宁市公安局")]),
    ("接收单位(盖章)：丰宁市公安局（盖章）", [("receiver", "丰宁市公安局")]),
    # the value on the next line
    ("签收单位（盖章）：\n丰宁市公安局\n", [("receiver", "丰宁市公安局")]),
    # a space or a tab instead of a colon
    ("来文单位\t丰宁市审计局", [("sender", "丰宁市审计局")]),
    ("移送时间　2025年3月2日", [("date", "2025年3月2日")]),
    ("编号：丰审移〔2025〕3号", [("number", "丰审移〔2025〕3号")]),
    ("移送文号：丰审移〔2025〕3号", [("transfer_number", "丰审移〔2025〕3号")]),
    ("回执单位：丰宁市财政局", [("signer", "丰宁市财政局")]),
    ("签收日期：2025年3月5日", [("dated", "2025年3月5日")]),
    ("当事人：丰宁宏达建设工程有限公司", [("penalized", "丰宁宏达建设工程有限公司")]),
    ("法定代表人：张宏达", [("legal_rep", "张宏达")]),
    ("职务：副局长", [("position", "副局长")]),
    # a table row: name cell | value cell, borders dropped; two pairs on one row
    ("│移送单位　│丰宁市审计局　　　│", [("sender", "丰宁市审计局")]),
    ("| 移送单位 | 丰宁市审计局 | 接收单位 | 丰宁市财政局 |",
     [("sender", "丰宁市审计局"), ("receiver", "丰宁市财政局")]),
    # a form with several lines, a border line between them
    ("移送单位：丰宁市审计局\n├──────┼──────┤\n接收单位：丰宁市财政局\n移送时间：2025年3月2日",
     [("sender", "丰宁市审计局"), ("receiver", "丰宁市财政局"), ("date", "2025年3月2日")]),
])
def test_a_field_and_its_role(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "移送单位认为该项目存在串通投标。",  # prose opening with a field name: no separator
    "序号｜接收单位",  # a table's header row, not a field
    "接收单位｜文号",  # a header row of two field names
    "我局已将线索移送丰宁市公安局。",
    "├──────┼──────┤",
])
def test_not_a_field(text: str) -> None:
    assert fields(text) == []


def test_an_empty_field_does_not_take_a_field_below_as_its_value() -> None:
    assert _read("移送单位：\n接收单位：丰宁市财政局") == [("sender", ""), ("receiver", "丰宁市财政局")]


@pytest.mark.parametrize("header, role", [
    ("接收单位", "receiver"), ("接 收 单 位", "receiver"), ("承办", "receiver"), ("移送对象", "receiver"),
    ("来文单位", "sender"), ("移交机关", "sender"),
    ("处罚机关", "penalizer"), ("处罚单位", "penalizer"),  # 处罚单位 is who penalised, 被处罚单位 the party
    ("被处罚单位", "penalized"), ("当事人名称", "penalized"),
    ("法定代表人姓名", "legal_rep"), ("第一候选人", "bidder"), ("中标供应商名称", "bidder"),
    ("编号", "project"), ("项目编号", "project"),  # a column's 编号 numbers the row's item
    ("职务", "position"), ("当事人姓名", "person"), ("单位名称", "org"),
    ("序号", None), ("问题", None), ("备注", None),
])
def test_the_role_of_a_column(header: str, role: str | None) -> None:
    assert column_role(header) == role


def test_a_name_on_a_form_and_as_a_column() -> None:
    assert role_of("编号：") == "number"  # on a form: the letter's own number
    assert column_role("编号") == "project"
    assert role_of("承办") is None and column_role("承办") == "receiver"  # a bare 承办 heads a column only


# ------------------------------------------------------------------------------ the readers over it
_FORM = ("线索移送回执\n"
         "┌──────┬──────────┐\n"
         "│移送单位　│丰宁市审计局　　│\n"
         "├──────┼──────────┤\n"
         "│移送文号　│丰审移〔2025〕3号│\n"
         "├──────┼──────────┤\n"
         "│接收单位（盖章）│丰宁市财政局　│\n"
         "└──────┴──────────┘\n")


def test_the_letter_reader_and_the_relations_read_one_form_alike() -> None:
    assert form_fields(_FORM.split("\n")) == ("丰宁市审计局", "丰宁市财政局")
    ents = _tagged(_FORM, [("AGENCY", "丰宁市审计局"), ("DOC_NO", "丰审移〔2025〕3号"), ("AGENCY", "丰宁市财政局")])
    rels, _ = extract_relations(_FORM, ents, kind="other", issuer=None, aliases={})
    refs = [(ents[r["from"]].text, ents[r["to"]].text, r["evidence_doc_no"]) for r in rels if r["type"] == "REFERRED"]
    assert refs == [("丰宁市审计局", "丰宁市财政局", 1)]


def test_a_signing_field_with_its_value_on_the_next_line_signs_the_letter() -> None:
    # the stub kept by the sender ends the page with the sender's name: not the signature
    lines = ["签收单位（盖章）：", "丰宁市公安局", "2025年3月5日", "（第二联　移送单位留存）", "丰宁市审计局"]
    assert signature(lines) == "丰宁市公安局"


def test_an_addressee_field_names_every_receiver_of_a_transfer() -> None:
    text = ("丰宁市审计局\n关于移送审计发现问题线索的函\n丰审函〔2025〕7号\n主　送：丰宁市财政局、丰宁市公安局\n"
            "我局在审计中发现问题线索两条，现移送你们依法处理。\n丰宁市审计局\n2025年6月3日\n")
    assert role_of("主　送：") == "addressee"
    act = read_letter(text, file="移送函.txt", sha256="0")
    assert (act.kind, act.issuer, act.addressee) == ("transfer", "丰宁市审计局", "丰宁市财政局")
    ents = _tagged(text, [("AGENCY", "丰宁市审计局"), ("DOC_NO", "丰审函〔2025〕7号"), ("AGENCY", "丰宁市财政局"),
                          ("AGENCY", "丰宁市公安局"), ("AGENCY", "丰宁市审计局"), ("DATE", "2025年6月3日")])
    rels, _ = extract_relations(text, ents, kind="other", issuer=0, aliases={}, act=act)
    assert {(ents[r["from"]].text, ents[r["to"]].text) for r in rels if r["type"] == "REFERRED"} == {
        ("丰宁市审计局", "丰宁市财政局"), ("丰宁市审计局", "丰宁市公安局")}


def test_a_receipt_has_its_own_number_and_records_the_transfers() -> None:
    text = ("线索移送回执\n编号：丰公收〔2025〕12号\n"
            "移送单位：丰宁市审计局\n移送文号：丰审移〔2025〕3号\n接收单位（盖章）：丰宁市公安局\n"
            "签收日期：2025年3月5日\n")
    assert role_of("编号") == "number" and role_of("移送文号") == "transfer_number"
    act = read_letter(text, file="回执.txt", sha256="0")
    assert (act.kind, act.doc_no, act.issuer) == ("receipt", "丰公收〔2025〕12号", "丰宁市公安局")
    assert act.received == act.date == __import__("datetime").date(2025, 3, 5)
    ents = _tagged(text, [("DOC_NO", "丰公收〔2025〕12号"), ("AGENCY", "丰宁市审计局"), ("DOC_NO", "丰审移〔2025〕3号"),
                          ("AGENCY", "丰宁市公安局"), ("DATE", "2025年3月5日")])
    rels, _ = extract_relations(text, ents, kind="other", issuer=3, aliases={})
    refs = [(ents[r["from"]].text, ents[r["to"]].text, ents[r["evidence_doc_no"]].text) for r in rels if r["type"] == "REFERRED"]
    assert refs == [("丰宁市审计局", "丰宁市公安局", "丰审移〔2025〕3号")]  # the transfer's number, not the receipt's


@pytest.mark.parametrize("role, names", [
    ("received", {"收到日期", "收到时间", "签收日期", "签收时间", "接收日期", "接收时间"}),
    ("case", {"案件编号", "线索编号", "案卷编号", "问题编号", "登记编号", "立案编号"}),
])
def test_every_name_of_a_role(role: str, names: set[str]) -> None:
    assert set(names_of(role)) == names
