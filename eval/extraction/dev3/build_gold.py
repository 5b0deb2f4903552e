"""Build docs/ and gold.jsonl for dev3 from the hand spec in spec_dev3.py.

Each listed (string, label) is annotated at every occurrence in the letter, longest strings
first, never overlapping an earlier span, unless the occurrence is listed in the letter's
`skip` as (string, n) with n the 0-based occurrence among all raw occurrences of the string.
Relations name their endpoints by text: an endpoint is the first mention of that text, except
a HOLDS_POSITION position, which is the mention of that title nearest to a mention of the
person (or the n-th mention when given as (title, n)).
Run: python3 build_gold.py && python3 check.py
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from spec_dev3 import DOCS  # noqa: E402


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def build_one(d):
    text = d["text"]
    skip = set(tuple(x) for x in d.get("skip", []))
    cands = []
    for s, label in d["ents"]:
        occ = occurrences(text, s)
        if not occ:
            raise SystemExit(f"{d['file']}: entity {s!r} not found")
        for n, i in enumerate(occ):
            if (s, n) in skip:
                continue
            cands.append((i, i + len(s), label, s))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in cands:
        if any(c[0] < t[1] and t[0] < c[1] for t in taken):
            continue
        taken.append(c)
    taken.sort()
    ents = [{"start": a, "end": b, "label": l, "text": s} for a, b, l, s in taken]
    for s, label in d["ents"]:
        if not any(e["text"] == s for e in ents):
            raise SystemExit(f"{d['file']}: entity {s!r} never annotated (always inside a longer span)")

    def first(s, labels=None):
        for k, e in enumerate(ents):
            if e["text"] == s and (labels is None or e["label"] in labels):
                return k
        raise SystemExit(f"{d['file']}: no entity {s!r}")

    def pos_near(person, title):
        n = None
        if isinstance(title, tuple):
            title, n = title
        ps = [k for k, e in enumerate(ents) if e["text"] == title and e["label"] == "POSITION"]
        if not ps:
            raise SystemExit(f"{d['file']}: no POSITION {title!r}")
        if n is not None:
            return ps[n]
        pers = [e for e in ents if e["text"] == person]
        return min(ps, key=lambda k: min(abs(ents[k]["start"] - p["start"]) for p in pers))

    def opt(v):
        return None if v is None else first(v)

    rels, seen = [], set()
    for r in d.get("rels", []):
        t = r[0]
        if t == "HOLDS_POSITION":
            _, p, title, org = r
            rel = {"type": t, "from": first(p, {"PERSON"}), "to": pos_near(p, title), "org": opt(org)}
        elif t == "REFERRED":
            _, a, b = r[:3]
            kw = r[3] if len(r) > 3 else {}
            rel = {"type": t, "from": first(a), "to": first(b),
                   "evidence_doc_no": opt(kw.get("doc")), "date": opt(kw.get("date"))}
        else:
            _, a, b = r
            rel = {"type": t, "from": first(a), "to": first(b)}
        key = (t, ents[rel["from"]]["text"], ents[rel["to"]]["text"],
               ents[rel["org"]]["text"] if rel.get("org") is not None else None)
        if key in seen:
            raise SystemExit(f"{d['file']}: duplicate relation {key}")
        seen.add(key)
        rels.append(rel)
    imps = []
    for r in d.get("implicit", []):
        t, a, b, mention = r[:4]
        kw = r[4] if len(r) > 4 else {}
        rel = {"type": t, "from": None if a is None else first(a), "to": None if b is None else first(b),
               "null_endpoint_mention": mention}
        if t == "REFERRED":
            rel["evidence_doc_no"] = opt(kw.get("doc"))
            rel["date"] = opt(kw.get("date"))
        imps.append(rel)
    data = text.encode("utf-8")
    return data, {
        "file": d["file"],
        "sha256": hashlib.sha256(data).hexdigest(),
        "entities": ents,
        "relations": rels,
        "implicit_relations": imps,
        "doc": {"kind": d["kind"], "violations": d.get("violations", []),
                "issuer": opt(d.get("issuer"))},
        "aliases": d.get("aliases", {}),
        "notes": d.get("notes", []),
    }


def main(docs=None, here=HERE):
    """Write docs/ and gold.jsonl under ``here`` from ``docs`` (dev3's spec by default; dev4's
    build_gold.py calls this with its own)."""
    docs = DOCS if docs is None else docs
    out = []
    names = set()
    for d in docs:
        assert d["file"] not in names, d["file"]
        names.add(d["file"])
        assert "\r" not in d["text"]
        for a in d.get("aliases", {}).values():
            assert a in d["text"], (d["file"], a)
        data, rec = build_one(d)
        with open(os.path.join(here, "docs", d["file"]), "wb") as f:
            f.write(data)
        out.append(rec)
    out.sort(key=lambda r: r["file"])
    with open(os.path.join(here, "gold.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(out)} documents written")


if __name__ == "__main__":
    main()
