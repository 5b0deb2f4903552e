"""Whose phone a number in a letter is (ingest.mapping.phone_holder), on hand-written sentences."""

from __future__ import annotations

from ingest.mapping import phone_holder
from ingest.nlp.records import EntitySpan


def _ents(text: str, *spans: tuple[str, str]) -> list[EntitySpan]:
    out: list[EntitySpan] = []
    at = 0
    for label, word in spans:
        i = text.index(word, at)
        out.append({"label": label, "start": i, "end": i + len(word), "text": word})
        at = i + len(word)
    return out


def _holder(text: str, *spans: tuple[str, str]) -> str | None:
    ents = _ents(text, *spans)
    i = phone_holder(text, ents, text.index("1"))
    return None if i is None else ents[i]["text"]


def test_the_person_just_before_in_the_same_clause() -> None:
    assert _holder("经查，陈志强（电话13912345678）系该公司员工。", ("PERSON", "陈志强")) == "陈志强"


def test_a_clause_naming_nobody_takes_the_subject_of_the_sentence() -> None:
    text = "股东覃英桂系许子晓的配偶，联系电话17000031687。"
    assert _holder(text, ("PERSON", "覃英桂"), ("PERSON", "许子晓")) == "覃英桂"


def test_the_subject_is_a_person_before_a_company() -> None:
    text = "宏达建设有限公司法定代表人张三，联系电话13800001111。"
    assert _holder(text, ("COMPANY", "宏达建设有限公司"), ("PERSON", "张三")) == "张三"
    text = "宏达建设有限公司，联系电话13800001111。"
    assert _holder(text, ("COMPANY", "宏达建设有限公司")) == "宏达建设有限公司"


def test_nothing_across_a_sentence_end_or_too_far_back() -> None:
    assert _holder("请王敏核实。联系电话13800001111。", ("PERSON", "王敏")) is None
    far = "李四" + "的" * 70 + "电话13800001111"
    assert _holder(far, ("PERSON", "李四")) is None
