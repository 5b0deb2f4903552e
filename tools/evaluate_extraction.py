#!/usr/bin/env python3
"""Score the extractor against a gold file (eval/README.md scoring).

Entities: exact (start, end, label) match; predicted AGENCY spans with ``form: "pronoun"`` (我局,
你局 — references, not names; the scheme does not annotate them) are left out. Relations: (type, from-name, to-name) sets per
document, names canonicalised through the *gold* file's ``aliases`` (the prediction's own
aliases are applied first, so a predicted alias maps to its predicted full name, then gold
aliases map both to the gold canonical name). HOLDS_POSITION also compares ``org``.
Implicit relations, REFERRED dates/evidence and doc fields are reported separately.

    python tools/evaluate_extraction.py --docs /work/shared/eval/dev/docs \
        --gold /work/shared/eval/dev/gold.jsonl [--pred pred.jsonl] [--markdown out.md] [--errors]

Without ``--pred`` every document is read through the shipped readers (``ingest.readers``, as
``liandong ingest`` and ``liandong extract`` read it: txt in any Chinese encoding, docx, pdf, html)
and extracted with ``ingest.nlp.extract_file``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

LABELS = ["AGENCY", "COMPANY", "PERSON", "POSITION", "DOC_NO", "PROJECT_NO", "DATE", "MONEY", "LAW"]
REL_TYPES = ["REFERRED", "PENALIZED", "LEGAL_REP", "HOLDS_POSITION", "BID_ON"]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _canon(name: str | None, *maps: dict[str, str]) -> str | None:
    if name is None:
        return None
    for m in maps:
        name = m.get(name, name)
    return name


def rel_keys(rec: dict[str, Any], gold_aliases: dict[str, str], *, implicit: bool = False
             ) -> set[tuple[Any, ...]]:
    ents = rec.get("entities", [])
    own = rec.get("aliases", {}) or {}

    def name(i: int | None) -> str | None:
        if i is None:
            return None
        return _canon(ents[i]["text"], own, gold_aliases)

    out = set()
    for r in rec.get("implicit_relations" if implicit else "relations", []) or []:
        key: tuple[Any, ...] = (r["type"], name(r.get("from")), name(r.get("to")))
        if r["type"] == "HOLDS_POSITION":
            key += (name(r.get("org")),)
        out.add(key)
    return out


def score(golds: list[dict[str, Any]], preds: dict[str, dict[str, Any]], *, show_errors: bool = False
          ) -> dict[str, Any]:
    ent_c = {lab: [0, 0, 0] for lab in LABELS}
    rel_c = {t: [0, 0, 0] for t in REL_TYPES}
    imp_c = [0, 0, 0]
    ref_date = [0, 0]
    kind_ok, viol_c, issuer_ok = 0, [0, 0, 0], 0
    errors: list[str] = []
    for g in golds:
        p = preds.get(g["file"], {"entities": [], "relations": [], "doc": {}})
        gs = {(e["start"], e["end"], e["label"]) for e in g["entities"]}
        # AGENCY spans marked form "pronoun" (我局, 你局, 本机关) are how a letter refers to an agency,
        # not names: the annotation scheme never annotates them, so they are not scored
        pents = [e for e in p.get("entities", []) if e.get("form") != "pronoun"]
        ps = {(e["start"], e["end"], e["label"]) for e in pents}
        gtext = {(e["start"], e["end"], e["label"]): e["text"] for e in g["entities"]}
        ptext = {(e["start"], e["end"], e["label"]): e["text"] for e in pents}
        for lab in LABELS:
            tp = len({x for x in gs & ps if x[2] == lab})
            ent_c[lab][0] += tp
            ent_c[lab][1] += len({x for x in ps - gs if x[2] == lab})
            ent_c[lab][2] += len({x for x in gs - ps if x[2] == lab})
        if show_errors:
            for x in sorted(ps - gs):
                errors.append(f"{g['file']}: FP {x[2]:<10} {ptext[x]!r} @{x[0]}")
            for x in sorted(gs - ps):
                errors.append(f"{g['file']}: FN {x[2]:<10} {gtext[x]!r} @{x[0]}")
        ga = g.get("aliases", {}) or {}
        gr, pr = rel_keys(g, ga), rel_keys(p, ga)
        for t in REL_TYPES:
            rel_c[t][0] += len({x for x in gr & pr if x[0] == t})
            rel_c[t][1] += len({x for x in pr - gr if x[0] == t})
            rel_c[t][2] += len({x for x in gr - pr if x[0] == t})
        if show_errors:
            for x in sorted(pr - gr, key=str):
                errors.append(f"{g['file']}: FP REL {x}")
            for x in sorted(gr - pr, key=str):
                errors.append(f"{g['file']}: FN REL {x}")
        gi, pi = rel_keys(g, ga, implicit=True), rel_keys(p, ga, implicit=True)
        imp_c[0] += len(gi & pi)
        imp_c[1] += len(pi - gi)
        imp_c[2] += len(gi - pi)
        # REFERRED date text, for matched relations
        gdate = {}
        for r in g.get("relations", []):
            if r["type"] == "REFERRED":
                k = (_canon(g["entities"][r["from"]]["text"], ga), _canon(g["entities"][r["to"]]["text"], ga))
                gdate[k] = g["entities"][r["date"]]["text"] if r.get("date") is not None else None
        for r in p.get("relations", []):
            if r["type"] == "REFERRED":
                pe = p["entities"]
                own = p.get("aliases", {}) or {}
                k = (_canon(pe[r["from"]]["text"], own, ga), _canon(pe[r["to"]]["text"], own, ga))
                if k in gdate:
                    ref_date[1] += 1
                    pdv = pe[r["date"]]["text"] if r.get("date") is not None else None
                    ref_date[0] += pdv == gdate[k]
        gd, pd = g.get("doc", {}), p.get("doc", {}) or {}
        kind_ok += gd.get("kind") == pd.get("kind")
        gv, pv = set(gd.get("violations", [])), set(pd.get("violations", []) or [])
        viol_c[0] += len(gv & pv)
        viol_c[1] += len(pv - gv)
        viol_c[2] += len(gv - pv)
        gi_name = g["entities"][gd["issuer"]]["text"] if gd.get("issuer") is not None else None
        pi_name = p["entities"][pd["issuer"]]["text"] if pd.get("issuer") is not None else None
        issuer_ok += _canon(gi_name, ga) == _canon(pi_name, p.get("aliases", {}) or {}, ga)
        if show_errors and gd.get("kind") != pd.get("kind"):
            errors.append(f"{g['file']}: kind {pd.get('kind')} != gold {gd.get('kind')}")
        if show_errors and gv != pv:
            errors.append(f"{g['file']}: violations {sorted(pv)} != gold {sorted(gv)}")
        if show_errors and _canon(gi_name, ga) != _canon(pi_name, p.get("aliases", {}) or {}, ga):
            errors.append(f"{g['file']}: issuer {pi_name} != gold {gi_name}")
    tot = [sum(ent_c[lab][i] for lab in LABELS) for i in range(3)]
    return {"entities": ent_c, "entities_total": tot, "relations": rel_c, "implicit": imp_c,
            "referred_date": ref_date, "kind_acc": kind_ok / max(1, len(golds)), "violations": viol_c,
            "issuer_acc": issuer_ok / max(1, len(golds)), "n_docs": len(golds), "errors": errors}


def render(res: dict[str, Any], *, markdown: bool = False) -> str:
    rows: list[tuple[str, int, int, int]] = []
    for lab in LABELS:
        tp, fp, fn = res["entities"][lab]
        rows.append((lab, tp, fp, fn))
    org = [res["entities"]["AGENCY"][i] + res["entities"]["COMPANY"][i] for i in range(3)]
    rows.append(("ORG (AGENCY+COMPANY)", *org))
    rows.append(("ENTITIES (micro)", *res["entities_total"]))
    for t in REL_TYPES:
        rows.append((t, *res["relations"][t]))
    rel_tot = [sum(res["relations"][t][i] for t in REL_TYPES) for i in range(3)]
    rows.append(("RELATIONS (micro)", *rel_tot))
    rows.append(("implicit REFERRED/PENALIZED", *res["implicit"]))
    rows.append(("doc.violations", *res["violations"]))
    lines = []
    if markdown:
        lines.append("| label | gold | pred | P | R | F1 |")
        lines.append("|---|---:|---:|---:|---:|---:|")
    else:
        lines.append(f"{'label':<28}{'gold':>6}{'pred':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for name, tp, fp, fn in rows:
        p, r, f = prf(tp, fp, fn)
        if markdown:
            lines.append(f"| {name} | {tp + fn} | {tp + fp} | {p:.3f} | {r:.3f} | {f:.3f} |")
        else:
            lines.append(f"{name:<28}{tp + fn:>6}{tp + fp:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    dt, dn = res["referred_date"]
    extra = (f"doc.kind accuracy {res['kind_acc']:.3f}; doc.issuer accuracy {res['issuer_acc']:.3f}; "
             f"REFERRED date correct on {dt}/{dn} matched relations; {res['n_docs']} documents")
    lines.append("")
    lines.append(extra)
    return "\n".join(lines)


def align_gold(g: dict[str, Any], gold_text: str, read_text: str) -> dict[str, Any]:
    """The gold record with its entity offsets moved from ``gold_text`` (the plain text a set's
    ``text_file`` gives for a .docx/.html) to ``read_text`` (what the shipped reader returns),
    e.g. where HTML's runs of spaces collapse to one. A span that does not survive is dropped
    with a warning, so it cannot be silently scored against the wrong characters."""
    import difflib

    if gold_text == read_text:
        return g
    moves: list[tuple[int, int, int]] = []  # (gold start, gold end, shift) of equal blocks
    sm = difflib.SequenceMatcher(None, gold_text, read_text, autojunk=False)
    for tag, a0, a1, b0, _b1 in sm.get_opcodes():
        if tag == "equal":
            moves.append((a0, a1, b0 - a0))

    def shift(i: int, *, end: bool) -> int | None:
        for a0, a1, d in moves:
            if a0 <= i < a1 or (end and a0 < i <= a1):
                return i + d
        return None

    ents = []
    for e in g["entities"]:
        s, t = shift(e["start"], end=False), shift(e["end"], end=True)
        if s is None or t is None or read_text[s:t] != e["text"]:
            print(f"warning: {g['file']}: gold span {e['text']!r} not found in the reader's text",
                  file=sys.stderr)
            s, t = -1, -1
        ents.append({**e, "start": s, "end": t})
    return {**g, "entities": ents}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True, help="folder with the .txt documents")
    ap.add_argument("--gold", required=True, help="gold.jsonl")
    ap.add_argument("--pred", help="predictions jsonl (default: run the extractor)")
    ap.add_argument("--write-pred", help="write the predictions made here to this jsonl")
    ap.add_argument("--markdown", help="also write the table as Markdown to this file")
    ap.add_argument("--errors", action="store_true", help="list false positives / negatives")
    args = ap.parse_args(argv)
    with open(args.gold, encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    preds: dict[str, dict[str, Any]] = {}
    if args.pred:
        with open(args.pred, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    o = json.loads(line)
                    preds[o["file"]] = o
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from ingest.nlp import extract_file

        t0 = time.perf_counter()
        from ingest.readers import read_file

        for i, g in enumerate(golds):
            preds[g["file"]] = extract_file(Path(args.docs) / g["file"])
            if g.get("text_file"):  # a .docx/.html whose gold offsets refer to a plain text
                gold_text = (Path(args.gold).parent / g["text_file"]).read_text(encoding="utf-8")
                golds[i] = g = align_gold(g, gold_text, read_file(Path(args.docs) / g["file"]).text)
            if g.get("sha256") and preds[g["file"]].get("sha256") != g["sha256"]:
                print(f"warning: {g['file']}: sha256 differs from the gold's", file=sys.stderr)
        dt = time.perf_counter() - t0
        print(f"extracted {len(golds)} documents in {dt:.2f}s", file=sys.stderr)
        if args.write_pred:
            with open(args.write_pred, "w", encoding="utf-8") as fh:
                for g in golds:
                    fh.write(json.dumps(preds[g["file"]], ensure_ascii=False) + "\n")
    res = score(golds, preds, show_errors=args.errors)
    if args.errors:
        print("\n".join(res["errors"]))
        print()
    print(render(res))
    if args.markdown:
        Path(args.markdown).write_text(render(res, markdown=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
