"""End-to-end extraction: eval-format records, relations, doc fields, offline model loading."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.nlp import extract_text, load_pipeline
from ingest.nlp.pipeline import MODEL_DIR, model_available

LETTER = (
    "正宁县财政局行政处罚决定书\n"
    "正财罚决字〔2025〕03号\n"
    "当事人:宁县志诚商贸有限公司\n"
    "项目编号:ZNZC2021-024\n"
    "2024年11月4日,正宁县监察委员会办公室移交我机关政府采购问题线索函,经核查,宁县志诚商贸有限公司"
    "存在提供虚假材料谋取中标的情形。本机关决定对宁县志诚商贸有限公司处以罚款人民币5万元。\n"
)


def _rel_names(rec: dict, typ: str) -> set[tuple[str, str]]:
    ents = rec["entities"]
    return {(ents[r["from"]]["text"], ents[r["to"]]["text"]) for r in rec["relations"] if r["type"] == typ}


def test_record_shape() -> None:
    rec = extract_text(LETTER, file="x.txt")
    assert rec["file"] == "x.txt"
    assert rec["sha256"] == hashlib.sha256(LETTER.encode("utf-8")).hexdigest()
    assert set(rec["doc"]) == {"kind", "violations", "issuer"}
    assert isinstance(rec["identifiers"], list)
    for e in rec["entities"]:
        assert LETTER[e["start"]:e["end"]] == e["text"]
    starts = [e["start"] for e in rec["entities"]]
    assert starts == sorted(starts)


def test_referred_relation_in_letter() -> None:
    rec = extract_text(LETTER)
    assert ("正宁县监察委员会办公室", "正宁县财政局") in _rel_names(rec, "REFERRED")
    ref = next(r for r in rec["relations"] if r["type"] == "REFERRED")
    assert rec["entities"][ref["date"]]["text"] == "2024年11月4日"


def test_penalty_fields() -> None:
    rec = extract_text(LETTER)
    assert rec["doc"]["kind"] == "penalty_decision"
    assert "false_materials" in rec["doc"]["violations"]
    assert rec["entities"][rec["doc"]["issuer"]]["text"] == "正宁县财政局"
    assert ("正宁县财政局", "宁县志诚商贸有限公司") in _rel_names(rec, "PENALIZED")
    assert ("宁县志诚商贸有限公司", "ZNZC2021-024") in _rel_names(rec, "BID_ON")


@pytest.mark.parametrize(
    "text,sender,receiver",
    [
        ("今年4月,泰顺县公安局经侦大队接到温州市公安局移交线索。", "温州市公安局", "泰顺县公安局经侦大队"),
        ("2023年5月6日,嘉兴市审计局将线索移送嘉兴市财政局。", "嘉兴市审计局", "嘉兴市财政局"),
        ("泰顺县公安局立即成立专案组。8月15日,嫌疑人被移送至泰顺县人民检察院审查起诉。", "泰顺县公安局", "泰顺县人民检察院"),
    ],
)
def test_referred_patterns(text: str, sender: str, receiver: str) -> None:
    assert (sender, receiver) in _rel_names(extract_text(text), "REFERRED")


def test_generic_receiver_is_implicit() -> None:
    rec = extract_text("2019年4月24日,温州市审计局在审计中发现串通投标嫌疑,移交线索给公安机关侦查。")
    assert not _rel_names(rec, "REFERRED")
    imp = rec["implicit_relations"]
    assert imp and imp[0]["to"] is None and imp[0]["null_endpoint_mention"] == "公安机关"


def test_policy_rules_are_not_referrals() -> None:
    text = "各县(市、区)财政局:\n市财政局发现涉嫌犯罪的,应当移送市公安局。"
    assert not _rel_names(extract_text(text), "REFERRED")


def test_traditional_offsets_refer_to_original() -> None:
    text = "根據杭州市監察委員會移交的相關材料,浙江杰立建設集團有限公司串通投標。\n杭州市城鄉建設委員會\n2021年3月24日\n"
    rec = extract_text(text)
    got = {(e["text"], e["label"]) for e in rec["entities"]}
    assert ("杭州市監察委員會", "AGENCY") in got
    assert ("浙江杰立建設集團有限公司", "COMPANY") in got
    assert ("2021年3月24日", "DATE") in got
    for e in rec["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert ("杭州市監察委員會", "杭州市城鄉建設委員會") in _rel_names(rec, "REFERRED")


def test_legal_rep_and_position() -> None:
    text = "原告:河南鹏新建设工程咨询有限公司,住所地:漯河市源汇区长江路。\n法定代表人:成旭凯,总经理。\n"
    rec = extract_text(text)
    assert ("成旭凯", "河南鹏新建设工程咨询有限公司") in _rel_names(rec, "LEGAL_REP")
    hp = {(rec["entities"][r["from"]]["text"], rec["entities"][r["to"]]["text"]) for r in rec["relations"]
          if r["type"] == "HOLDS_POSITION"}
    assert {("成旭凯", "法定代表人"), ("成旭凯", "总经理")} <= hp


def test_pipeline_uses_char_segmenter() -> None:
    nlp = load_pipeline()
    assert str(nlp.tokenizer.segmenter) in ("char", "Segmenter.char")
    assert "liandong_rules" in nlp.pipe_names
    cfg = (Path(__file__).resolve().parents[2] / "ingest/nlp/config.cfg").read_text()
    assert 'segmenter = "char"' in cfg


@pytest.mark.skipif(not model_available(), reason="no trained model shipped")
def test_model_loads_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network disabled in test")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    nlp = spacy.load(MODEL_DIR)
    assert "ner" in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"AGENCY", "COMPANY", "PERSON"}
    doc = nlp("2021年5月,内丘县农业农村局局长柳东红收受张运志所送现金。")
    assert len(doc) == len(doc.text.replace(" ", ""))


@pytest.mark.skipif(not model_available(), reason="no trained model shipped")
def test_model_size_is_small() -> None:
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 30e6


def test_cli_evaluator_help() -> None:
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, str(root / "tools/evaluate_extraction.py"), "--help"],
                         capture_output=True, text=True, env={**os.environ, "HF_HUB_OFFLINE": "1"}, check=True)
    assert "--gold" in out.stdout
