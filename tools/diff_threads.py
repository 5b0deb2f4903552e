"""Show where an exported threads file and a gold file disagree (events and deadlines), for looking.

    python tools/diff_threads.py GOLD.json PRED.json
"""
import json
import sys


def main() -> None:
    gold = json.load(open(sys.argv[1], encoding="utf-8"))
    pred = json.load(open(sys.argv[2], encoding="utf-8"))
    ev = lambda ts: {(e.get("file"), e.get("event"), e.get("from_agency"), e.get("to_agency"), e.get("date"))  # noqa: E731
                     for t in ts for e in t.get("events", [])}
    g, p = ev(gold["threads"]), ev(pred["threads"])
    for x in sorted(g - p, key=str):
        print("missing event ", x)
    for x in sorted(p - g, key=str):
        print("extra event   ", x)
    gd = {(d["for_file"], d["rule"]): d for t in gold["threads"] for d in t["deadlines"]}
    pd = {(d["for_file"], d["rule"]): d for t in pred["threads"] for d in t["deadlines"]}
    for k in sorted(gd.keys() | pd.keys(), key=str):
        a, b = gd.get(k), pd.get(k)
        fields = ("anchor", "due", "done", "status")
        if a is None or b is None or any(a.get(f) != b.get(f) for f in fields):
            print("deadline", k, "\n   gold", a and {f: a.get(f) for f in fields}, "\n   pred", b and {f: b.get(f) for f in fields})
    for t in gold["threads"]:
        best = max(pred["threads"], key=lambda q: len(set(q["files"]) & set(t["files"])))
        if best.get("holder") != t["holder"]:
            print("holder", t["files"][0], "gold", t["holder"], "pred", best.get("holder"))


if __name__ == "__main__":
    main()
