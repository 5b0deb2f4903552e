#!/usr/bin/env python3
"""Relations and document fields scored with the *gold* entities as input: what the relation rules
and the classifier get wrong on their own, apart from the entity errors they inherit.

    python tools/relations_on_gold_entities.py --docs <set>/docs --gold <set>/gold.jsonl [--errors]

Each document is read through the shipped readers, its gold entities (and gold aliases) are handed to
``ingest.nlp.extract.read_document``, the document stage ``ingest.nlp.extract_text`` runs on the
recognised ones, and the result is scored by ``tools/evaluate_extraction.py``'s ``score``. Refuses held-out sets.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _evaluator() -> Any:
    spec = importlib.util.spec_from_file_location("evaluate_extraction", ROOT / "tools" / "evaluate_extraction.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """The record extract_text would give if the entity stage had found exactly the gold entities."""
    from graph.types.text import view as simplified_view
    from ingest.nlp.extract import read_document
    from ingest.nlp.relations import Ent

    view = simplified_view(text)
    ents = [Ent(i, e["start"], e["end"], e["label"], text[e["start"]:e["end"]], view[e["start"]:e["end"]])
            for i, e in enumerate(gold["entities"])]
    aliases = dict(gold.get("aliases") or {})
    doc, rels, implicit = read_document(text, view, ents, aliases, file=gold["file"])
    return {"file": gold["file"], "entities": gold["entities"], "relations": rels, "implicit_relations": implicit,
            "doc": dict(doc), "aliases": aliases}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    if "heldout" in str(Path(args.docs).resolve()) or "heldout" in str(Path(args.gold).resolve()):
        print("held-out sets are scored only by tools/evaluate_extraction.py, figures only", file=sys.stderr)
        return 2
    from ingest.readers import read_file

    ev = _evaluator()
    with open(args.gold, encoding="utf-8") as fh:
        golds = [json.loads(line) for line in fh if line.strip()]
    preds: dict[str, dict[str, Any]] = {}
    for i, g in enumerate(golds):
        text = read_file(Path(args.docs) / g["file"]).text or ""
        if g.get("text_file"):
            gold_text = (Path(args.gold).parent / g["text_file"]).read_text(encoding="utf-8")
            golds[i] = g = ev.align_gold(g, gold_text, text)
        preds[g["file"]] = predict(g, text)
    res = ev.score(golds, preds, show_errors=args.errors)
    if args.errors:
        print("\n".join(x for x in res["errors"] if " REL " in x or "kind" in x or "issuer" in x))
        print()
    print("\n".join(ln for ln in ev.render(res).splitlines()
                    if not ln.startswith(tuple(ev.LABELS)) and not ln.startswith(("ORG", "ENTITIES"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
