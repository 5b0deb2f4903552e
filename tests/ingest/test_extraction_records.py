"""The extraction's typed records (ingest/nlp/records.py) and the JSON ``liandong extract`` prints
cannot drift apart: the key sets below are written by hand, the TypedDicts must declare exactly
them, and every line printed for hand-written letters must have exactly them — a key the code adds
or drops without the TypedDict (or the other way round) fails here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from app.cli import cli
from ingest.nlp import chunked
from ingest.nlp.extract import extract_text
from ingest.nlp.records import (
    Classification,
    DocFields,
    EntitySpan,
    ExtractionRecord,
    ExtractLine,
    Identifier,
    ImplicitRelation,
    RelationRecord,
)

# ----------------------------------------------------------------------------- the keys, by hand
ENTITY = {"start", "end", "label", "text"}
ENTITY_OPTIONAL = {"form"}
RELATION = {"type", "from", "to"}
RELATION_OPTIONAL = {"org", "evidence_doc_no", "date", "sanction", "structural"}
IMPLICIT = {"type", "from", "to", "null_endpoint_mention"}
IMPLICIT_OPTIONAL = {"evidence_doc_no", "date"}
IDENTIFIER = {"type", "start", "end", "text", "valid"}
CLASSIFICATION = {"kind", "violations", "issuer"}
DOC = {"kind", "violations", "issuer", "genre"}
DOC_PRINTED = {"doc_no", "date", "act", "issuer_name"}           # what ``liandong extract`` adds
RECORD = {"file", "sha256", "entities", "relations", "implicit_relations", "doc", "aliases", "notes",
          "identifiers", "references", "genre"}
LINE = {"file", "path", "sha256", "status", "entities", "relations", "implicit_relations", "doc"}
LINE_EXTRACTED = {"aliases", "notes", "identifiers", "references", "genre"}
LINE_FAILED = {"reason"}

# ----------------------------------------------------------------------------- hand-written letters
REFERRAL = (  # a referral stated in the text: evidence number and date, 我局/你局, a credit code, a phone
    "示例市财政局\n"
    "示财函〔2024〕15号\n"
    "关于移送示例项目问题线索的函\n"
    "示例市公安局：\n"
    "我局在政府采购监督检查中发现，示例建设有限公司（统一社会信用代码：91510100MA6CGUFJ4E，"
    "联系电话13812345678）法定代表人张建华在示例项目中涉嫌串通投标。经研究，现将该问题线索移送你局依法处理。\n"
    "特此函告。\n"
    "示例市财政局\n"
    "2024年3月5日\n"
)
STRUCTURAL = (  # the letter's act makes the referral: no transfer verb in the body
    "示例市财政局\n"
    "示财函〔2024〕16号\n"
    "关于移送示例项目问题线索的函\n"
    "示例市公安局：\n"
    "示例建设有限公司在示例项目中涉嫌串通投标，请依法处理。\n"
    "示例市财政局\n"
    "2024年3月6日\n"
)
DISCIPLINE = (  # a 处分 by a discipline body (sanction), a position with its organisation, a short form
    "中共示例县纪律检查委员会\n"
    "关于给予王某某党内警告处分的决定\n"
    "示纪发〔2024〕8号\n"
    "经查，示例县住房和城乡建设局干部王某某在示例项目招标中违规干预评标。经县纪委常委会研究，决定给予王某某党内警告处分。\n"
    "中共示例县纪律检查委员会\n"
    "2024年5月20日\n"
)
UNNAMED = "示例市审计局在审计中发现示例项目串通投标问题，已移交相关部门处理。\n"  # one end unnamed


def _keys(td: Any) -> tuple[frozenset[str], frozenset[str]]:
    return td.__required_keys__, td.__optional_keys__


def test_the_typed_dicts_declare_exactly_the_hand_written_keys() -> None:
    assert _keys(EntitySpan) == (ENTITY, ENTITY_OPTIONAL)
    assert _keys(RelationRecord) == (RELATION, RELATION_OPTIONAL)
    assert _keys(ImplicitRelation) == (IMPLICIT, IMPLICIT_OPTIONAL)
    assert _keys(Identifier) == (IDENTIFIER, set())
    assert _keys(Classification) == (CLASSIFICATION, set())
    assert _keys(DocFields) == (DOC, DOC_PRINTED)
    assert _keys(ExtractionRecord) == (RECORD, set())
    assert _keys(ExtractLine) == (LINE, LINE_EXTRACTED | LINE_FAILED)


def _printed(tmp_path: Path) -> dict[str, dict[str, Any]]:
    for name, text in (("referral.txt", REFERRAL), ("structural.txt", STRUCTURAL), ("discipline.txt", DISCIPLINE),
                       ("unnamed.txt", UNNAMED), ("empty.txt", "")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.stdout.splitlines() if line.startswith("{")]
    return {line["file"]: line for line in lines}


def test_liandong_extract_prints_exactly_the_declared_keys(tmp_path: Path) -> None:
    printed = _printed(tmp_path)
    assert sorted(printed) == ["discipline.txt", "empty.txt", "referral.txt", "structural.txt", "unnamed.txt"]

    failed = printed.pop("empty.txt")                  # the reader cannot use it: no extraction
    assert set(failed) == LINE | LINE_FAILED
    assert failed["doc"] is None and failed["status"] == "empty"

    seen: dict[str, set[str]] = {"entity": set(), "relation": set(), "implicit": set()}
    for name, line in printed.items():
        assert set(line) == LINE | LINE_EXTRACTED, name
        assert set(line["doc"]) == DOC | DOC_PRINTED, name
        for e in line["entities"]:
            assert ENTITY <= set(e) <= ENTITY | ENTITY_OPTIONAL, (name, e)
            seen["entity"] |= set(e)
        for r in line["relations"]:
            assert RELATION <= set(r) <= RELATION | RELATION_OPTIONAL, (name, r)
            seen["relation"] |= set(r)
        for r in line["implicit_relations"]:
            assert IMPLICIT <= set(r) <= IMPLICIT | IMPLICIT_OPTIONAL, (name, r)
            seen["implicit"] |= set(r)
        for x in line["identifiers"]:
            assert set(x) == IDENTIFIER, (name, x)
    # every optional key the types declare is printed for one of these letters: none is dead
    assert seen["entity"] == ENTITY | ENTITY_OPTIONAL
    assert seen["relation"] == RELATION | RELATION_OPTIONAL
    assert seen["implicit"] == IMPLICIT | IMPLICIT_OPTIONAL


def test_the_values_are_of_the_declared_kinds(tmp_path: Path) -> None:
    printed = _printed(tmp_path)
    referral = printed["referral.txt"]
    ents = referral["entities"]
    forms = {(e["text"], e.get("form")) for e in ents if e["label"] == "AGENCY"}
    assert {("我局", "pronoun"), ("你局", "pronoun"), ("示例市财政局", None)} <= forms
    (ref,) = [r for r in referral["relations"] if r["type"] == "REFERRED"]
    assert (ents[ref["from"]]["text"], ents[ref["to"]]["text"]) == ("示例市财政局", "示例市公安局")
    assert ents[ref["evidence_doc_no"]]["text"] == "示财函〔2024〕15号"
    assert ents[ref["date"]]["text"] == "2024年3月5日"
    assert [(x["type"], x["text"]) for x in referral["identifiers"]] == [
        ("credit_code", "91510100MA6CGUFJ4E"), ("phone", "13812345678")]
    assert referral["doc"]["date"] == "2024-03-05" and referral["doc"]["doc_no"] == "示财函〔2024〕15号"
    assert ents[referral["doc"]["issuer"]]["text"] == "示例市财政局"

    (pen,) = [r for r in printed["discipline.txt"]["relations"] if r["type"] == "PENALIZED"]
    assert pen["sanction"] == "discipline"
    (made,) = printed["structural.txt"]["relations"]
    assert made["structural"] is True
    (unnamed,) = printed["unnamed.txt"]["implicit_relations"]
    assert (unnamed["to"], unnamed["null_endpoint_mention"]) == (None, "相关部门")


def test_extract_text_returns_the_declared_record_whole_and_in_chunks() -> None:
    whole = extract_text(REFERRAL, file="referral.txt")
    assert set(whole) == RECORD and set(whole["doc"]) == DOC
    # a letter cut into chunks (here of 100 characters) merges into the same shape
    pieces = chunked.extract_text(REFERRAL + DISCIPLINE, file="long.txt", chunk_chars=100)
    assert any("chunks" in n for n in pieces["notes"])
    assert set(pieces) == RECORD and set(pieces["doc"]) == DOC
    for e in pieces["entities"]:
        assert set(e) <= ENTITY | ENTITY_OPTIONAL


def test_extract_texts_over_processes_keeps_the_input_order() -> None:
    from ingest.nlp.extract import extract_texts

    texts = ["示例市财政局移送线索。", "示例市公安局收到。", "示例县审计局发现问题。", "示例县财政局处罚。", "示例市住建局。"]
    first = [r["entities"][0]["text"] if r["entities"] else None for r in extract_texts(texts, n_process=2)]
    assert first == ["示例市财政局", "示例市公安局", "示例县审计局", "示例县财政局", "示例市住建局"]
