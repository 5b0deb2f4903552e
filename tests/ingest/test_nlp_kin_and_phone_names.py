"""Person names that letters write beside kin, a phone or a post (issue 11: the resolver can only
link the names the extractor returns): 其弟X, X的配偶Y, 调取X（电话…）, 副局长X的…, and the same in
traditional characters.

Every sentence here was written for this file (invented places, agencies and people); none is
taken from an evaluation set. The rules are run alone (no model), so each case tests a rule;
the traditional-character cases go through ``extract_text`` (offsets into the original text).
"""

from __future__ import annotations

import pytest

from graph.types.text import view
from ingest.nlp import extract_text
from ingest.nlp.gazetteer import load_gazetteer
from ingest.nlp.rules import extract_spans

GAZ = load_gazetteer()


def persons(text: str) -> list[str]:
    return [text[c.start:c.end] for c in extract_spans(view(text), GAZ) if c.label == "PERSON"]


@pytest.mark.parametrize(("text", "names"), [
    # kin cues: the relative's name follows 其弟 / 其姐 / 配偶 …
    ("请核对宁海波与其弟宁海川2022年的转账记录。", ["宁海川"]),
    ("其姐姜慧敏于2021年入股该公司。", ["姜慧敏"]),
    ("其配偶宋雅琴系该公司股东。", ["宋雅琴"]),
    ("其兄邵立新曾任该厂会计。", ["邵立新"]),
    # a name after a post ends before 的, and the spouse after 的配偶 is a name too
    ("桐溪县水务局副局长孔令军的配偶曹文娟系该公司监事。", ["孔令军", "曹文娟"]),
    ("县林业局局长费明的妻子", ["费明"]),
    ("之女吴丽的", ["吴丽"]),
])
def test_names_after_kin_and_posts(text: str, names: list[str]) -> None:
    got = persons(text)
    for n in names:
        assert n in got, (text, got)
    assert not [g for g in got if g.endswith("的")], got


@pytest.mark.parametrize(("text", "name"), [
    # a name before its phone in brackets, right after a verb of the request
    ("请协助调取林海涛（手机13900001111）的通话记录。", "林海涛"),
    ("拟约谈范文博（电话：0838-1234567）了解情况。", "范文博"),
    ("请核实钟思远（联系电话 13700002222）的身份。", "钟思远"),
])
def test_a_name_before_a_phone_after_a_request_verb(text: str, name: str) -> None:
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "其配偶任该公司监事。",   # 任 is a surname, 任该公 no name
    "其妻任该公司监事。",
    "其弟弟在外地务工。",
    "双方系配偶关系。",
    "其配偶名下有两套房产。",
    "县交通局局长何的批示已下发。",
    "其子承认收受财物。",    # a verb after a kin cue is what the relative did
    "其妻表示不知情。",
])
def test_no_person_from_kin_words_or_verbs(text: str) -> None:
    assert persons(text) == []


def test_traditional_names_after_a_post_and_a_spouse() -> None:
    text = "桐溪縣衛生健康局副局長鄭曉峰的配偶韓靜怡系桐溪縣博遠醫療器械有限公司股東。"
    rec = extract_text(text)
    got = [e["text"] for e in rec["entities"] if e["label"] == "PERSON"]
    assert got == ["鄭曉峰", "韓靜怡"]
    for e in rec["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]


def test_traditional_name_before_a_phone_and_a_brother() -> None:
    text = "請協助調取閆志遠（電話13811112222）與其弟閆志達2023年的通話記錄。"
    rec = extract_text(text)
    assert [e["text"] for e in rec["entities"] if e["label"] == "PERSON"] == ["閆志遠", "閆志達"]
