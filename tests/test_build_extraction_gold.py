"""tools/build_extraction_gold.py, the one builder of the extraction sets annotated as SPECS
(eval/extraction/heldout, heldout2): offsets found for hand-chosen strings, worked out here by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.build_extraction_gold import SpecError, build

# 示0 例1 县2 财3 政4 局5 ：6 \n7 经8 查9 ，10 甲11 公12 司13 串14 标15 。16 示17 例18 县19 财20 政21 局22 \n23
TEXT = "示例县财政局：\n经查，甲公司串标。示例县财政局\n"


def write(folder: Path, specs: str, letters: dict[str, bytes], new_docs: str | None = None) -> Path:
    folder.mkdir()
    (folder / "spec_x.py").write_text(specs, encoding="utf-8")
    if new_docs is not None:
        (folder / "new_docs.py").write_text(new_docs, encoding="utf-8")
    (folder.parent / "letters").mkdir(exist_ok=True)
    for name, raw in letters.items():
        (folder.parent / "letters" / name).write_bytes(raw)
    return folder


SPEC = """SPECS = [{
    "file": "a.txt",
    "ents": [("示例县财政局", "AGENCY"), ("甲公司", "COMPANY"), ("财政局", "AGENCY")],
    "skip": [("示例县财政局", 1)],
    "rels": [("REFERRED", "示例县财政局", "甲公司", {"doc": None, "date": None})],
    "implicit": [("PENALIZED", None, "甲公司", "该公司")],
    "kind": "other", "violations": ["collusion"], "issuer": "示例县财政局",
}]
"""


def test_offsets_skips_and_relations(tmp_path: Path) -> None:
    folder = write(tmp_path / "set", SPEC, {"a.txt": TEXT.encode("gb18030")})
    assert build(folder, tmp_path / "letters") == 1
    line = json.loads((folder / "gold.jsonl").read_text(encoding="utf-8"))
    # the second 示例县财政局 (17-23) is skipped, so its 财政局 (20-23) is annotated; the first one's is inside it
    assert [(e["start"], e["end"], e["label"]) for e in line["entities"]] == [
        (0, 6, "AGENCY"), (11, 14, "COMPANY"), (20, 23, "AGENCY")]
    assert line["relations"] == [{"type": "REFERRED", "from": 0, "to": 1, "evidence_doc_no": None, "date": None}]
    assert line["implicit_relations"] == [{"type": "PENALIZED", "from": None, "to": 1, "null_endpoint_mention": "该公司"}]
    assert line["doc"] == {"kind": "other", "violations": ["collusion"], "issuer": 0}
    assert (folder / "docs" / "a.txt").read_text(encoding="utf-8") == TEXT  # decoded from GB18030


def test_new_docs_and_a_bom(tmp_path: Path) -> None:
    spec = SPEC.replace('"file": "a.txt"', '"file": "b.txt"')
    spec += 'SPECS.append({**SPECS[0], "file": "a.txt"})\n'
    folder = write(tmp_path / "set", spec, {"a.txt": b"\xef\xbb\xbf" + TEXT.encode("utf-8")},
                   new_docs=f"NEW_DOCS = {{'b.txt': {TEXT!r}}}\n")
    assert build(folder, tmp_path / "letters") == 2
    files = [json.loads(x)["file"] for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert files == ["a.txt", "b.txt"]
    assert (folder / "docs" / "a.txt").read_bytes() == TEXT.encode("utf-8")  # BOM dropped


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('("甲公司", "COMPANY")', '("乙公司", "COMPANY")'), "'乙公司' not found"),
        (('"skip": [("示例县财政局", 1)],', ""), "'财政局' only inside longer spans"),
        (('"issuer": "示例县财政局"', '"issuer": ("示例县财政局", 2)'), "no mention #2"),
    ],
)
def test_a_spec_that_does_not_fit_is_refused(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    folder = write(tmp_path / "set", SPEC.replace(*change), {"a.txt": TEXT.encode("utf-8")})
    with pytest.raises(SpecError, match=message):
        build(folder, tmp_path / "letters")
