"""tools/evaluate_extraction.py scores .docx/.html documents whose gold offsets refer to a plain
text (a set's ``text_file``) against what the shipped reader returns: offsets move with the text."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "evaluate_extraction", Path(__file__).resolve().parents[2] / "tools/evaluate_extraction.py")
assert _spec and _spec.loader
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)


def _gold(text: str, *spans: tuple[str, str]) -> dict:
    ents = []
    for label, t in spans:
        i = text.index(t)
        ents.append({"start": i, "end": i + len(t), "label": label, "text": t})
    return {"file": "a.html", "entities": ents}


def test_spans_move_where_the_reader_collapsed_spaces() -> None:
    gold_text = "联系人：王先生  联系电话：123\n中标人：甲乙丙有限公司"
    read_text = "联系人：王先生 联系电话：123\n中标人：甲乙丙有限公司"
    g = ev.align_gold(_gold(gold_text, ("COMPANY", "甲乙丙有限公司")), gold_text, read_text)
    (e,) = g["entities"]
    assert (e["start"], e["end"]) == (21, 28)  # 联系人：王先生(7) + space + 联系电话：123(8) + newline + 中标人：(4)
    assert read_text[e["start"]:e["end"]] == "甲乙丙有限公司"


def test_equal_texts_leave_the_gold_alone() -> None:
    text = "某县财政局"
    g = _gold(text, ("AGENCY", "某县财政局"))
    assert ev.align_gold(g, text, text) is g


def test_a_span_the_reader_changed_is_dropped_with_a_warning(capsys: pytest.CaptureFixture[str]) -> None:
    gold_text = "甲 乙公司"
    read_text = "甲乙公司"
    g = ev.align_gold(_gold(gold_text, ("COMPANY", "甲 乙公司")), gold_text, read_text)
    assert g["entities"][0]["start"] == -1
    assert "not found in the reader's text" in capsys.readouterr().err
