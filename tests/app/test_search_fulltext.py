"""Full-text search of letters, names and numbers through the app's search service — the same hits
and order on the embedded store (side index) and on Neo4j (its CJK full-text index)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services import search
from app.services.access import invalidate
from graph import fulltext
from graph.connection import Graph
from graph.writer import Writer
from tests.app.fixture_graph import load_fixture, viewers

pytestmark = pytest.mark.contract
SRC = "test:search-fulltext"

# hand-written letters (not from any evaluation set)
THRICE = ("关于示例宏远贸易有限公司股权情况的核查报告\n经查，该公司登记股东为陈某，但实际控制人为刘某。刘某通过代持协议实际控制该公司，"
          "并以实际控制的另一公司参与投标。")
ONCE = "经初步核实，示例恒通科技有限公司的经营决策由其实际控制人决定，建议进一步调查。"
TITLED = "关于实际控制关系的说明"
TRADITIONAL = "示例縣財政局關於協查示例宏遠貿易有限公司實際經營地址的函"


@pytest.fixture(scope="module")
def county(graph: Graph):
    ids = load_fixture(graph)
    with Writer(graph) as w:
        docs = {
            "thrice": w.node("Document", {"sha256": "c" * 64, "doc_no": "示财核〔2024〕3号", "title": "核查报告",
                                          "date": dt.date(2024, 4, 1), "text": THRICE}, source=SRC),
            "once": w.node("Document", {"sha256": "d" * 64, "doc_no": "示财核〔2024〕4号", "title": "核查情况",
                                        "date": dt.date(2024, 4, 2), "text": ONCE}, source=SRC),
            "titled": w.node("Document", {"sha256": "e" * 64, "doc_no": "示财核〔2024〕5号", "title": TITLED,
                                          "date": dt.date(2024, 4, 3), "text": "详见附件。"}, source=SRC),
            "traditional": w.node("Document", {"sha256": "f" * 64, "doc_no": "示財協〔2024〕6號", "title": "協查函",
                                               "date": dt.date(2024, 4, 4), "text": TRADITIONAL}, source=SRC),
        }
    fulltext.keep_in_step(graph)  # what a writer does: the side index on the embedded store, nothing on Neo4j
    if fulltext.has_fulltext(graph):  # Neo4j's index is eventually consistent
        graph.write("CALL db.awaitIndexes(60)")
    invalidate()
    yield ids, docs
    invalidate()


def test_a_phrase_finds_the_letters_that_say_it_ranked(graph, county):
    ids, docs = county
    who = viewers(ids)
    hits = search.search(graph, who["fin"], "实际控制")
    assert [h.node.id for h in hits] == [docs["titled"], docs["thrice"], docs["once"]]  # title, then 3×, then 1×
    assert [h.kind for h in hits] == ["title", "text", "text"]
    assert hits[1].occurrences == 3 and hits[2].occurrences == 1
    top = hits[1].snippet
    assert top.match == "实际控制" and (top.before + top.match + top.after) in THRICE.replace("\n", " ")
    assert len(top.before) <= 41 and len(top.after) <= 41


def test_traditional_characters_find_simplified_names_and_back(graph, county):
    ids, docs = county
    who = viewers(ids)
    hits = search.search(graph, who["fin"], "示例縣財政局")
    assert hits[0].node.id == ids.finance and hits[0].score == 0  # the agency, exactly
    assert docs["traditional"] in [h.node.id for h in hits]       # the letter written in traditional
    letter = next(h for h in search.search(graph, who["fin"], "实际经营地址") if h.node.id == docs["traditional"])
    assert letter.snippet.match == "實際經營地址"  # marked in the original characters


def test_numbers_and_aliases(graph, county):
    ids, docs = county
    who = viewers(ids)
    assert search.search(graph, who["fin"], "示財協[2024]6号")[0].node.id == docs["traditional"]
    assert search.search(graph, who["fin"], "MA62Q1")[0].node.id == ids.company_a  # part of a credit code
    assert search.search(graph, who["fin"], "县公安局")[0].node.id == ids.police   # an alias


def test_a_confidential_letter_is_not_found_by_who_may_not_see_it(graph, county):
    ids, _ = county
    who = viewers(ids)
    phrase = "之配偶李秀英"  # only in the letter that refers the confidential clue
    found = search.search(graph, who["fin"], phrase)
    assert [h.node.id for h in found] == [ids.doc_secret]
    assert [t.id for t in found[0].threads] == [ids.clue_secret]  # with its thread
    assert search.search(graph, who["pol"], phrase) == []
    assert [h.node.id for h in search.search(graph, who["adm"], phrase)] == [ids.doc_secret]


def test_a_masked_name_does_not_find_the_letter(graph, county):
    ids, _ = county
    who = viewers(ids)
    assert search.search(graph, who["fin"], "投诉人张三") == []
    assert [h.node.id for h in search.search(graph, who["adm"], "投诉人张三")] == [ids.doc_public]
    hit = search.search(graph, who["fin"], "向本局投诉")[0]  # the letter itself is found, the name is blanked
    assert hit.node.id == ids.doc_public and "张三" not in hit.snippet.text


def test_query_syntax_is_text(graph, county):
    ids, _ = county
    who = viewers(ids)
    assert search.search(graph, who["fin"], '"实际" OR *') == []
    assert search.search(graph, who["fin"], "   ") == []


def test_a_masked_name_in_a_title_or_subject_finds_nothing(graph, county):
    """Not only a letter's text: a title, a complaint's subject or a clue's summary that names a
    protected person is matched with the name blanked, and never shows it in a snippet."""
    ids, _ = county
    who = viewers(ids)
    with Writer(graph) as w:
        titled = w.node("Document", {"sha256": "9" * 64, "doc_no": "示财复〔2024〕9号", "title": "关于张三反映问题的答复",
                                     "date": dt.date(2024, 4, 9), "text": "经核查，反映问题部分属实。"}, source=SRC)
        subject = w.node("Complaint", {"complaint_no": "TS-2024-099", "subject": "张三就评标结果提出投诉"}, source=SRC)
    fulltext.keep_in_step(graph)
    if fulltext.has_fulltext(graph):
        graph.write("CALL db.awaitIndexes(60)")
    invalidate()
    try:
        assert [h.node.id for h in search.search(graph, who["fin"], "张三")] == []
        assert {titled, subject} <= {h.node.id for h in search.search(graph, who["adm"], "张三")}
        hits = search.search(graph, who["fin"], "反映问题的答复") + search.search(graph, who["fin"], "评标结果")
        assert {titled, subject} <= {h.node.id for h in hits}
        assert all("张三" not in h.snippet.text for h in hits)
    finally:
        graph.write("MATCH (n) WHERE n.id IN $ids DETACH DELETE n", {"ids": [titled, subject]})
        fulltext.keep_in_step(graph)
        invalidate()
