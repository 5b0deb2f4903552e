"""Shapes met while reading development set 10's errors (issue 10), each fixed by structure and tested
on sentences written for this file (invented places 东川/青禾, bodies, companies and people; no
evaluation document is quoted): a number whose code ends in 字 broken from its bracketed year by a
line break (and the sentence running on over it); a phrase-ending 中/后 before a listed district; a
stop verb before a listed city (指定|襄阳…, not the county 定襄); a reply naming the addressee's transfer
by a spaced number; the writer's own transfer after a cited 《…移送函》 title; a topic (对…，) whose
agencies are what the matter is about; a 监察建议书 as a letter."""

from __future__ import annotations

import pytest

from ingest.doc_numbers import find
from ingest.nlp import extract_text
from ingest.nlp.classify import classify_kind
from tests.ingest.test_nlp_relations import _pairs


def _found(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find(text)]


def test_a_coded_number_broken_before_its_year() -> None:
    text = "本案由青禾县公安局侦查终结，以青公（经）诉字\n〔2026〕8号起诉意见书，于2026年5月6日移送本院审查起诉。"
    assert _found(text) == ["青公（经）诉字\n〔2026〕8号"]


def test_a_transfer_read_across_the_line_break_inside_its_number() -> None:
    text = ("青禾县人民检察院\n不起诉决定书\n青检刑不诉〔2026〕3号\n\n被不起诉人卜某，男。\n"
            "本案由青禾县公安局侦查终结，以青公（经）诉字\n〔2026〕8号起诉意见书，于2026年5月6日移送本院审查起诉。\n"
            "经本院审查，决定对卜某不起诉。\n\n青禾县人民检察院\n2026年7月1日\n")
    assert ("青禾县公安局", "青禾县人民检察院") in _pairs(text, "REFERRED")


@pytest.mark.parametrize(("text", "name", "label"), [
    ("（项目编号：QH2026-C01）中青禾县人民医院设备科科长孔某收受好处费。", "青禾县人民医院设备科", "AGENCY"),
    ("东川市某镇在道路硬化工程中违规指定襄阳恒固建材有限公司供货。", "襄阳恒固建材有限公司", "COMPANY"),
])
def test_a_name_starts_at_its_listed_place(text: str, name: str, label: str) -> None:
    assert name in [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


def test_a_reply_names_the_addressees_transfer_by_a_spaced_number() -> None:
    text = ("中共青禾县纪律检查委员会办公室\n关于问题线索处置情况的回复\n\n青禾县财政局：\n"
            "你局2026年3月9日以青财函 [2026] 7 号移送的青禾县人民医院设备采购问题线索收悉。经研究，已由我委第二审查调查室办理。\n\n"
            "中共青禾县纪律检查委员会办公室\n2026年4月1日\n")
    assert ("青禾县财政局", "中共青禾县纪律检查委员会办公室") in _pairs(text, "REFERRED")


def test_the_writers_transfer_after_a_cited_title() -> None:
    text = ("青禾县财政局\n关于青禾县中医院采购问题的处理情况通报\n\n"
            "对检查中发现的孔某涉嫌收受供应商财物的问题线索，我局已于2026年4月22日以《问题线索移送函》（青财函〔2026〕19号）"
            "移送青禾县纪委监委处理。\n\n青禾县财政局\n2026年4月25日\n")
    assert ("青禾县财政局", "青禾县纪委监委") in _pairs(text, "REFERRED")


def test_agencies_in_an_opening_topic_are_no_senders() -> None:
    text = ("青禾县监察委员会\n监察建议书\n青监建〔2026〕2号\n\n青禾县财政局：\n我委在查办案件中发现你局审批把关不严。\n"
            "对查办中发现的东川恒远建设有限公司与青禾县农贸市场服务中心工作人员串通的问题线索，一并移交你局依法处理。\n\n"
            "青禾县监察委员会\n2026年5月6日\n")
    got = _pairs(text, "REFERRED")
    assert ("青禾县监察委员会", "青禾县财政局") in got
    assert not any(frm == "青禾县农贸市场服务中心" for frm, _ in got)
    assert classify_kind(text) == "other"
