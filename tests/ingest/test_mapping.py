"""ingest.mapping on hand-written letters: what a Document stores, and the records a document becomes.

Every expected value below was worked out by hand from the letter written in the test (the
offsets are found with ``str.index`` on the letter, never taken from the code under test).
"""

from __future__ import annotations

import datetime as dt

import pytest

from graph.writer import NodeRecord, RelRecord
from ingest.mapping import (
    date_of,
    doc_no_of,
    genre,
    map_document,
    signer_of,
    stored_fields,
    title_of,
)
from ingest.nlp.records import DocFields, EntitySpan, ExtractionRecord, Identifier, RelationRecord
from ingest.readers.model import ReadResult, Status
from ingest.resolve import Candidate, Resolution, ResolvedNode
from supervision.acts import LetterAct
from tests.ingest.test_phone_holder import _ents  # entities found left to right in a letter


def _read(text: str, sha: str = "a" * 64) -> ReadResult:
    return ReadResult("letters/x.txt", sha, len(text.encode()), "txt", "utf-8", text, Status.OK)


def _record(entities: list[EntitySpan] | None = None, relations: list[RelationRecord] | None = None,
            identifiers: list[Identifier] | None = None, *, kind: str = "other", genre: str = "",
            issuer: int | None = None, violations: list[str] | None = None) -> ExtractionRecord:
    """An extraction record with every key; ``genre`` "" is an extraction that names no letter genre."""
    doc: DocFields = {"kind": kind, "violations": violations or [], "issuer": issuer, "genre": genre}
    return {"file": "x.txt", "sha256": "a" * 64, "entities": entities or [], "relations": relations or [],
            "implicit_relations": [], "doc": doc, "aliases": {}, "notes": [], "identifiers": identifiers or [],
            "genre": genre or None}


# ------------------------------------------------------------------------------ genre
def test_the_extraction_genre_wins() -> None:
    assert genre("随便什么", _record(kind="other", genre="case_referral")) == "case_referral"


def test_a_clue_transfer_title_is_a_clue_referral() -> None:
    text = "示例市审计局\n关于移送某某项目问题线索的函\n示例县财政局：\n……"
    assert genre(text, _record(kind="other")) == "clue_referral"


def test_a_receipt_title_is_a_reply() -> None:
    assert genre("移送材料接收回执\n示例市审计局：", _record(kind="other")) == "reply"


def test_without_a_letter_title_the_extraction_kind_stays() -> None:
    text = "示例县财政局\n行政处罚决定书\n当事人：示例建设有限公司"
    assert genre(text, _record(kind="penalty_decision")) == "penalty_decision"
    assert genre(text, _record(kind="")) == "other"


# ------------------------------------------------------------------------------ the document's number, date, title
LETTER = (
    "示例市审计局\n"
    "示审移〔2024〕3号\n"
    "关于移送示例项目问题线索的函\n"
    "示例县财政局：\n"
    "我局于2024年2月1日发现示例项目存在串通投标问题，依据示财〔2023〕8号的规定移送你局。\n"
    "示例市审计局\n"
    "2024年3月5日\n"
)


def _letter_ents() -> list[EntitySpan]:
    return _ents(LETTER, ("AGENCY", "示例市审计局"), ("DOC_NO", "示审移〔2024〕3号"), ("AGENCY", "示例县财政局"),
                 ("DATE", "2024年2月1日"), ("DOC_NO", "示财〔2023〕8号"), ("AGENCY", "示例市审计局"),
                 ("DATE", "2024年3月5日"))


def test_the_own_number_stands_on_its_line_and_a_cited_one_does_not() -> None:
    assert doc_no_of(LETTER, _letter_ents()) == "示审移〔2024〕3号"
    cited_only = [e for e in _letter_ents() if e["text"] != "示审移〔2024〕3号"]
    assert doc_no_of(LETTER, cited_only) is None


def test_a_number_after_wenhao_counts() -> None:
    text = "示例县财政局\n文号：示财函〔2024〕12号\n关于……的函"
    assert doc_no_of(text, _ents(text, ("DOC_NO", "示财函〔2024〕12号"))) == "示财函〔2024〕12号"


def test_the_signature_date_wins_over_a_date_in_the_body() -> None:
    assert date_of(LETTER, _letter_ents()) == dt.date(2024, 3, 5)


def test_without_a_signature_date_the_header_date_counts() -> None:
    text = "示例县财政局\n2024年4月8日\n关于某事的通知，请于2024年5月1日前办理。"
    ents = _ents(text, ("DATE", "2024年4月8日"), ("DATE", "2024年5月1日"))
    # the first date stands alone on its line: it is the signature-like date and wins
    assert date_of(text, ents) == dt.date(2024, 4, 8)
    body_only = "关于某事的通知，落款见后。我局于2024年4月8日收到来函，请于2024年5月1日前办理。"
    assert date_of(body_only, _ents(body_only, ("DATE", "2024年4月8日"), ("DATE", "2024年5月1日"))) == dt.date(2024, 4, 8)


def test_a_signature_in_chinese_numerals_the_extractor_missed() -> None:
    text = "关于某事的函\n示例县财政局：\n请查收。\n示例市审计局\n二〇二四年三月五日\n"
    assert date_of(text, []) == dt.date(2024, 3, 5)


def test_no_date_at_all() -> None:
    assert date_of("关于某事的函\n请查收。", []) is None


def test_the_title_is_the_first_short_line_ending_in_a_letter_word() -> None:
    assert title_of(LETTER) == "关于移送示例项目问题线索的函"
    assert title_of("第一行没有文书名称\n第二行也没有") == "第一行没有文书名称"
    assert title_of("\n\n") is None


def test_the_signer_is_the_agency_alone_on_a_line_in_the_second_half() -> None:
    ents = _letter_ents()
    assert signer_of(LETTER, ents) == 5          # the second 示例市审计局, above the date
    assert signer_of(LETTER, ents[:5]) is None   # the agencies left are in the first half


# ------------------------------------------------------------------------------ stored_fields
def test_stored_fields_without_an_act_come_from_the_text() -> None:
    fields = stored_fields(LETTER, _record(_letter_ents()), None)
    assert fields == {"kind": "clue_referral", "doc_no": "示审移〔2024〕3号", "date": dt.date(2024, 3, 5),
                      "act": None, "act_kind": None}


def test_stored_fields_prefer_the_act() -> None:
    act = LetterAct(file="x.txt", sha256="a" * 64, kind="transfer", doc_no="示审移〔2024〕第3号",
                    date=dt.date(2024, 3, 6))
    fields = stored_fields(LETTER, _record(_letter_ents()), act)
    assert fields["kind"] == "transfer"
    assert fields["doc_no"] == "示审移〔2024〕第3号"
    assert fields["date"] == dt.date(2024, 3, 6)
    assert fields["act_kind"] == "transfer"
    assert fields["act"] is not None and LetterAct.from_json(fields["act"]) == act


def test_an_act_of_kind_other_keeps_the_genre_and_fills_gaps_from_the_text() -> None:
    act = LetterAct(file="x.txt", sha256="a" * 64, kind="other")
    fields = stored_fields(LETTER, _record(_letter_ents()), act)
    assert (fields["kind"], fields["doc_no"], fields["date"], fields["act_kind"]) == (
        "clue_referral", "示审移〔2024〕3号", dt.date(2024, 3, 5), "other")


# ------------------------------------------------------------------------------ map_document
PENALTY = (
    "示例县财政局\n"
    "行政处罚决定书\n"
    "示财罚〔2024〕7号\n"
    "当事人：示例建设有限公司，法定代表人张三，联系电话0838-1234567。\n"
    "经查，示例建设有限公司在示例项目（项目编号SL-2024-001）中串通投标。\n"
    "决定对示例建设有限公司处罚款1.2万元。\n"
    "示例县财政局\n"
    "2024年6月3日\n"
)

AGENCY = ResolvedNode("Agency", "agency:fin", {"name": "示例县财政局", "region": "示例县"}, new=True)
COMPANY = ResolvedNode("Company", "company:sl", {"key": "示例建设有限公司", "name": "示例建设有限公司"}, new=True)
PERSON = ResolvedNode("Person", "person:zs", {"name": "张三", "context": "company:sl"}, new=False)
PROJECT = ResolvedNode("Project", "project:sl1", {"project_no": "SL-2024-001"}, new=True)


def _penalty_case(money_text: str = "1.2万元") -> tuple[ReadResult, ExtractionRecord, Resolution]:
    text = PENALTY.replace("1.2万元", money_text)
    ents = _ents(text, ("AGENCY", "示例县财政局"), ("DOC_NO", "示财罚〔2024〕7号"), ("COMPANY", "示例建设有限公司"),
                 ("PERSON", "张三"), ("COMPANY", "示例建设有限公司"), ("PROJECT_NO", "SL-2024-001"),
                 ("COMPANY", "示例建设有限公司"), ("MONEY", money_text), ("AGENCY", "示例县财政局"),
                 ("DATE", "2024年6月3日"))
    phone_at = text.index("0838-1234567")
    extraction = _record(
        ents,
        [{"type": "PENALIZED", "from": 0, "to": 2}, {"type": "LEGAL_REP", "from": 3, "to": 2},
         {"type": "BID_ON", "from": 4, "to": 5}],
        [{"type": "phone", "text": "0838-1234567", "start": phone_at, "end": phone_at + 12, "valid": True}],
        kind="penalty_decision", genre="penalty_decision", issuer=0, violations=["collusion"],
    )
    res = Resolution(doc_key="doc:x", locality=None,
                     entity_nodes={0: AGENCY.id, 2: COMPANY.id, 3: PERSON.id, 4: COMPANY.id, 5: PROJECT.id,
                                   6: COMPANY.id, 8: AGENCY.id},
                     nodes={n.id: n for n in (AGENCY, COMPANY, PERSON, PROJECT)},
                     candidates=[Candidate("company:sl", "company:other", 0.8, "same name, other region")],
                     notes=["a note from resolution"])
    return _read(text), extraction, res


def _nodes(records: list[NodeRecord], label: str) -> list[NodeRecord]:
    return [n for n in records if n.label == label]


def _rels(records: list[RelRecord], rtype: str) -> list[tuple[str, str]]:
    return [(r.start, r.end) for r in records if r.type == rtype]


def test_a_penalty_decision_becomes_its_records() -> None:
    read, extraction, res = _penalty_case()
    m = map_document(read, extraction, res)
    nodes, rels = m.unit.nodes, m.unit.rels
    (doc,) = _nodes(nodes, "Document")
    assert m.doc_id == doc.id
    assert (m.kind, m.doc_no, m.date, m.issuer) == ("penalty_decision", "示财罚〔2024〕7号", dt.date(2024, 6, 3),
                                                     "示例县财政局")
    assert doc.props["title"] == "行政处罚决定书"
    assert doc.props["status"] == "ingested" and doc.props["path"] == "letters/x.txt"
    assert doc.source == "doc:" + "a" * 64
    # AGENCY ×2, COMPANY ×3, PERSON, PROJECT_NO are mentions; DOC_NO, MONEY and DATE are not
    assert m.mentions == 7 and doc.props["mentions"] == 7
    assert len(_rels(rels, "MENTIONS")) == 7
    assert _rels(rels, "ISSUED") == [("agency:fin", doc.id)]
    # each resolved node once, however often it is mentioned
    assert sorted(n.id for n in nodes if n.label in ("Agency", "Company", "Person", "Project")) == [
        "agency:fin", "company:sl", "person:zs", "project:sl1"]
    (sanction,) = _nodes(nodes, "Sanction")
    assert sanction.props["amount"] == 12000.0                      # 1.2 万元
    assert sanction.props["start"] == dt.date(2024, 6, 3)
    assert sanction.props["reason"] == "collusion"
    assert sanction.props["doc_no"] == "示财罚〔2024〕7号"
    assert _rels(rels, "IMPOSED") == [("agency:fin", sanction.id)]
    assert _rels(rels, "AGAINST") == [(sanction.id, "company:sl")]
    assert _rels(rels, "EVIDENCED_BY") == [(sanction.id, doc.id)]
    assert _rels(rels, "LEGAL_REP_OF") == [("person:zs", "company:sl")]
    (bid,) = _nodes(nodes, "Bid")
    assert bid.props == {"project_no": "SL-2024-001", "bidder_key": "示例建设有限公司"}
    assert _rels(rels, "SUBMITTED") == [("company:sl", bid.id)]
    assert _rels(rels, "FOR_PROJECT") == [(bid.id, "project:sl1")]
    (phone,) = _nodes(nodes, "Phone")
    assert phone.props["number"] == "08381234567"                    # the person just before it holds it
    assert _rels(rels, "HAS_PHONE") == [("person:zs", phone.id)]
    assert _rels(rels, "SAME_AS_CANDIDATE") == [("company:sl", "company:other")]
    assert m.counts["penalties"] == 1 and m.counts["legal_reps"] == 1 and m.counts["bids"] == 1
    assert m.counts["candidates"] == 1 and m.counts["new_nodes"] == 3  # the person was known already
    assert m.notes == ["a note from resolution"]


@pytest.mark.parametrize(("written", "yuan"), [
    ("5000元", 5000.0),
    ("1.5亿元", 150_000_000.0),
    ("人民币伍万元", 50_000.0),
    ("壹拾贰万叁仟元整", 123_000.0),
])
def test_the_fine_is_read_in_yuan(written: str, yuan: float) -> None:
    read, extraction, res = _penalty_case(written)
    (sanction,) = _nodes(map_document(read, extraction, res).unit.nodes, "Sanction")
    assert sanction.props["amount"] == yuan


def test_a_penalty_without_a_date_is_not_recorded_and_says_so() -> None:
    read, extraction, res = _penalty_case()
    text = (read.text or "").replace("2024年6月3日", "某年某月某日")
    extraction["entities"] = [e for e in extraction["entities"] if e["label"] != "DATE"]
    m = map_document(_read(text), extraction, res)
    assert _nodes(m.unit.nodes, "Sanction") == []
    assert m.date is None
    assert "penalty by 示例县财政局 on 示例建设有限公司 not recorded: the decision has no date" in m.notes


def test_a_mention_whose_offsets_do_not_match_is_skipped_with_a_note() -> None:
    read, extraction, res = _penalty_case()
    extraction["entities"][3] = {**extraction["entities"][3], "start": extraction["entities"][3]["start"] + 1,
                                 "end": extraction["entities"][3]["end"] + 1}
    m = map_document(read, extraction, res)
    assert m.mentions == 6
    assert any(n.startswith("mention '张三' at ") for n in m.notes)


def test_an_issuer_that_is_not_an_agency_falls_back_to_the_signature_only_for_letters() -> None:
    read, extraction, res = _penalty_case()
    extraction["doc"]["issuer"] = 2            # a company: not an issuer
    m = map_document(read, extraction, res)
    assert m.issuer is None                    # a penalty decision is not a referral letter: no fall-back
    extraction["doc"] = {**extraction["doc"], "genre": "case_referral", "issuer": 2}
    m = map_document(read, extraction, res)
    assert m.issuer == "示例县财政局"          # the agency alone on its line in the second half
