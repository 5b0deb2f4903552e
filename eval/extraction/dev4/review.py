"""Render each document with inline 【text｜LABEL】 marks and list its relations (for the review pass)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
only = sys.argv[1:]
for line in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8"):
    rec = json.loads(line)
    if only and not any(o in rec["file"] for o in only):
        continue
    text = open(os.path.join(HERE, "docs", rec["file"]), encoding="utf-8").read()
    out, pos = [], 0
    for k, e in enumerate(rec["entities"]):
        out.append(text[pos:e["start"]]); out.append(f"【{e['text']}｜{e['label']}】"); pos = e["end"]
    out.append(text[pos:])
    print("=" * 20, rec["file"]); print("".join(out))
    E = rec["entities"]
    t = lambda i: None if i is None else E[i]["text"]
    for r in rec["relations"] + rec["implicit_relations"]:
        extra = {k: t(v) for k, v in r.items() if k in ("org", "evidence_doc_no", "date")}
        print("  ", r["type"], t(r["from"]), "->", t(r["to"]), extra or "", r.get("null_endpoint_mention", ""))
    print("  doc:", rec["doc"]["kind"], rec["doc"]["violations"], "issuer", t(rec["doc"]["issuer"]))
