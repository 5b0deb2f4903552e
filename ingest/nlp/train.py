"""Retrain the shipped NER model: ``python -m ingest.nlp.train``.

Steps, each skipped when its inputs did not change (content hashes kept in
``data/training/build_state.json``):

1. generate the synthetic letters (``data/training/generate.py``) -> ``synthetic_{train,dev}.jsonl``;
2. add the CLUENER2020 train sentences (``/work/shared/data/cluener/train.json``) with their labels
   mapped to ours (government->AGENCY, company->COMPANY, name->PERSON, position->POSITION,
   organization judged by its ending; ``--cluener 0`` leaves them out). CLUENER's dev file is
   never used here: it is a held-out evaluation set (tools/evaluate_cluener.py);
3. convert to ``data/training/{train,dev}.spacy`` (labels AGENCY, COMPANY, PERSON, POSITION);
4. train with ``ingest/nlp/config.cfg`` (tok2vec + a BILUO tagger, one tag per character) and copy
   the best model to ``ingest/nlp/model/``.

Use ``--force`` to redo every step. Never trains on /work/shared/eval.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin
from spacy.util import filter_spans

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TRAIN_DIR = ROOT / "data" / "training"
STATE = TRAIN_DIR / "build_state.json"
MODEL_DIR = HERE / "model"
CONFIG = HERE / "config.cfg"
MODEL_LABELS = ("AGENCY", "COMPANY", "PERSON", "POSITION")
CLUENER = Path("/work/shared/data/cluener/train.json")


def sha(*paths: Path, extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for p in paths:
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()


def load_state() -> dict[str, str]:
    return json.loads(STATE.read_text()) if STATE.exists() else {}


def save_state(state: dict[str, str]) -> None:
    STATE.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n")


def step(name: str, key: str, state: dict[str, str], force: bool, outputs: list[Path]) -> bool:
    """True if the step must run."""
    if force or state.get(name) != key or not all(p.exists() for p in outputs):
        return True
    print(f"[skip] {name}: inputs unchanged")
    return False


_CO_END = re.compile(r"(公司|集团|银行|事务所|合作社|厂|商行|酒店|宾馆)$")
_AG_END = re.compile(r"(大学|学院|中学|小学|学校|幼儿园|医院|卫生院|研究院|研究所|科学院|委员会|法院|检察院|政府|局|厅|署|部|"
                     r"办公室|中心|纪委|监委|公安|海关)$")


def cluener_label(lab: str, surface: str) -> str | None:
    """CLUENER label -> ours; ``None`` = leave the span unannotated (missing), ``"O"`` = outside.

    government -> AGENCY, company -> COMPANY, name -> PERSON, position -> POSITION; organization
    is judged by its ending: an enterprise ending -> COMPANY, a public-body ending (schools,
    hospitals, institutes, committees, bureaus) -> AGENCY, anything else (teams, parties, clubs,
    associations) stays unannotated rather than being taught as outside. address, book, game,
    movie and scene are outside our scheme (addresses are never annotated)."""
    if lab == "government":
        return "AGENCY"
    if lab == "company":
        return "COMPANY"
    if lab == "name":
        return "PERSON"
    if lab == "position":
        return "POSITION"
    if lab == "organization":
        if _CO_END.search(surface):
            return "COMPANY"
        if _AG_END.search(surface):
            return "AGENCY"
        return None
    return "O"


def read_cluener(path: Path) -> list[dict[str, Any]]:
    """CLUENER's pretty-printed JSON objects, one after another."""
    dec = json.JSONDecoder()
    text = path.read_text(encoding="utf-8")
    pos, out = 0, []
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
        obj, pos = dec.raw_decode(text, pos)
        out.append(obj)
    return out


def cluener_records(limit: int, path: Path = CLUENER) -> list[dict[str, Any]]:
    """CLUENER sentences with labels mapped to ours (see ``cluener_label``); ``limit`` <= 0: none."""
    if not path.exists() or limit <= 0:
        return []
    out = []
    for obj in read_cluener(path)[:limit]:
        spans, missing = [], []
        for lab, ents in (obj.get("label") or {}).items():
            for surface, offs in ents.items():
                ours = cluener_label(lab, surface)
                for s, e in offs:
                    if ours is None:
                        missing.append([s, e + 1])
                    elif ours != "O":
                        spans.append([s, e + 1, ours])
        out.append({"text": obj["text"], "spans": spans, "missing": missing, "genre": "cluener"})
    return out


def _position_missing(rec: dict[str, Any]) -> list[list[int]]:
    """Title words written literally in a synthetic template (not a {T} slot) are left unannotated."""
    from .gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = str(rec["text"])
    labelled = [(s, e) for s, e, _ in rec["spans"]]
    out = []
    i = 0
    while i < len(text):
        e = gaz.longest_at(text, i, "position")
        if e and not any(s < e and i < t for s, t in labelled):
            out.append([i, e])
            i = e
        else:
            i += 1
    return out


def to_docbin(records: list[dict[str, Any]], path: Path) -> int:
    from graph.types.text import view as simplified_view

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    db = DocBin(attrs=["ORTH", "TAG"], store_user_data=False)
    n = 0
    for rec in records:
        text = simplified_view(str(rec["text"]))
        doc = nlp.make_doc(text)
        spans = []
        for s, e, lab in rec["spans"]:
            if lab not in MODEL_LABELS:
                continue
            sp = doc.char_span(s, e, label=lab, alignment_mode="contract")
            if sp is not None and sp.text.strip():
                spans.append(sp)
        missing = []
        extra = _position_missing(rec) if rec.get("genre") != "cluener" else []
        for s, e in list(rec.get("missing", [])) + extra:
            sp = doc.char_span(s, e, alignment_mode="contract")
            if sp is not None:
                missing.append(sp)
        spans = filter_spans(spans)
        missing = [m for m in missing if not any(m.start < s.end and s.start < m.end for s in spans)]
        # one BILUO tag per character; "" (missing) where the annotation is unknown
        tags = ["O"] * len(doc)
        for sp in spans:
            if len(sp) == 1:
                tags[sp.start] = f"U-{sp.label_}"
            else:
                tags[sp.start] = f"B-{sp.label_}"
                for k in range(sp.start + 1, sp.end - 1):
                    tags[k] = f"I-{sp.label_}"
                tags[sp.end - 1] = f"L-{sp.label_}"
        for m in missing:
            for k in range(m.start, m.end):
                tags[k] = ""
        for tok, tag in zip(doc, tags):
            tok.tag_ = tag
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--force", action="store_true", help="redo every step")
    ap.add_argument("--n-train", type=int, default=2500)
    ap.add_argument("--n-dev", type=int, default=300)
    ap.add_argument("--cluener", type=int, default=20000,
                    help="add up to N CLUENER train sentences with mapped labels (0 = none)")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    args = ap.parse_args(argv)
    state = load_state()
    gen = TRAIN_DIR / "generate.py"
    data_dir = HERE / "data"
    train_jsonl, dev_jsonl = TRAIN_DIR / "synthetic_train.jsonl", TRAIN_DIR / "synthetic_dev.jsonl"
    train_spacy, dev_spacy = TRAIN_DIR / "train.spacy", TRAIN_DIR / "dev.spacy"

    k_gen = sha(gen, data_dir, extra=f"{args.n_train}/{args.n_dev}")
    if step("generate", k_gen, state, args.force, [train_jsonl, dev_jsonl]):
        py = sys.executable
        subprocess.run([py, str(gen), "--n", str(args.n_train), "--seed", "13", "--out", str(train_jsonl)], check=True)
        subprocess.run([py, str(gen), "--n", str(args.n_dev), "--seed", "7", "--out", str(dev_jsonl)], check=True)
        state["generate"] = k_gen
        save_state(state)

    k_conv = sha(train_jsonl, dev_jsonl, Path(__file__), extra=f"cluener={args.cluener}")
    if step("convert", k_conv, state, args.force, [train_spacy, dev_spacy]):
        train = [json.loads(line) for line in train_jsonl.open(encoding="utf-8")]
        train += cluener_records(args.cluener)
        dev = [json.loads(line) for line in dev_jsonl.open(encoding="utf-8")]
        print(f"train docs: {to_docbin(train, train_spacy)}, dev docs: {to_docbin(dev, dev_spacy)}")
        state["convert"] = k_conv
        save_state(state)

    k_train = sha(CONFIG, train_spacy, dev_spacy, extra=str(args.max_steps))
    if step("train", k_train, state, args.force, [MODEL_DIR / "meta.json"]):
        from spacy.cli.train import train as spacy_train

        overrides = {"paths.train": str(train_spacy), "paths.dev": str(dev_spacy)}
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        with tempfile.TemporaryDirectory() as tmp:
            spacy_train(CONFIG, Path(tmp), overrides=overrides)
            best = Path(tmp) / "model-best"
            if MODEL_DIR.exists():
                shutil.rmtree(MODEL_DIR)
            shutil.copytree(best, MODEL_DIR)
        meta = json.loads((MODEL_DIR / "meta.json").read_text())
        meta.update({"name": "liandong_ner", "version": "0.2.0",
                     "description": "Char-level NER (AGENCY, COMPANY, PERSON, POSITION) trained on synthetic letters "
                                    "generated by data/training/generate.py"
                                    + (" plus the CLUENER2020 train sentences (labels mapped; research-use data, "
                                       "its text is not shipped)" if args.cluener else ""),
                     "liandong_training_inputs": k_train})
        (MODEL_DIR / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False))
        state["train"] = k_train
        save_state(state)
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    print(f"model at {MODEL_DIR} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
