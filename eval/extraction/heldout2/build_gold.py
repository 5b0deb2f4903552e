#!/usr/bin/env python3
"""Hand-written entity annotation of heldout2 (spec_heldout2.py) -> gold.jsonl (+ docs/ copies).

docs/ holds plain UTF-8 texts: the decoded .txt letters of ../../threads/heldout3/letters/ named in the
spec (BOM dropped; GB18030 decoded) and the documents written in new_docs.py.
Every span was chosen by hand. The script only finds the offsets: each (text, label) is annotated at
every occurrence (longest strings first, no overlaps), except occurrences listed in `skip`
(text, n-th occurrence from 0). Relation endpoints name an entity text (optionally (text, n) for the
n-th annotated mention); by default the first mention.
Run from /work/main:  .venv/bin/python eval/extraction/heldout2/build_gold.py
Check:               python3 ../shared/eval/check_gold.py eval/extraction/heldout2/gold.jsonl eval/extraction/heldout2/docs
"""
import hashlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
LET = os.path.normpath(os.path.join(HERE, '..', '..', 'threads', 'heldout3', 'letters'))
DOCS = os.path.join(HERE, 'docs')

from new_docs import NEW_DOCS  # noqa: E402
from spec_heldout2 import SPECS  # noqa: E402


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8')
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('gb18030')


def source(f):
    if f in NEW_DOCS:
        return NEW_DOCS[f]
    return decode(open(os.path.join(LET, f), 'rb').read())


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def build(spec):
    f = spec['file']
    text = source(f)
    with open(os.path.join(DOCS, f), 'w', encoding='utf-8', newline='') as fh:
        fh.write(text)
    taken = [False] * len(text)
    spans = []
    skip = set(map(tuple, spec.get('skip', [])))
    for s, lab in sorted(spec['ents'], key=lambda x: -len(x[0])):
        occ = occurrences(text, s)
        if not occ:
            sys.exit(f'{f}: {s!r} not found')
        placed = 0
        for n, i in enumerate(occ):
            if (s, n) in skip or any(taken[i:i + len(s)]):
                continue
            for k in range(i, i + len(s)):
                taken[k] = True
            spans.append((i, i + len(s), lab, s))
            placed += 1
        if not placed:
            sys.exit(f'{f}: {s!r} only inside longer spans')
    spans.sort()
    ents = [{'start': a, 'end': b, 'label': lab, 'text': t} for a, b, lab, t in spans]

    def idx(ref, label=None):
        if ref is None:
            return None
        t, n = (ref if isinstance(ref, tuple) else (ref, 0))
        hits = [i for i, e in enumerate(ents) if e['text'] == t and (label is None or e['label'] == label)]
        if len(hits) <= n:
            sys.exit(f'{f}: no mention #{n} of {t!r}')
        return hits[n]

    rels = []
    for r in spec.get('rels', []):
        typ, a, b = r[0], r[1], r[2]
        extra = r[3] if len(r) > 3 else {}
        o = {'type': typ, 'from': idx(a), 'to': idx(b)}
        if typ == 'REFERRED':
            o['evidence_doc_no'] = idx(extra.get('doc'), 'DOC_NO')
            o['date'] = idx(extra.get('date'), 'DATE')
        if typ == 'HOLDS_POSITION':
            o['org'] = idx(extra.get('org'))
        rels.append(o)
    return {'file': f, 'sha256': hashlib.sha256(open(os.path.join(DOCS, f), 'rb').read()).hexdigest(),
            'entities': ents, 'relations': rels, 'implicit_relations': [],
            'doc': {'kind': spec['kind'], 'violations': spec['violations'], 'issuer': idx(spec['issuer'], 'AGENCY')},
            'aliases': spec.get('aliases', {}), 'notes': spec.get('notes', [])}


def main():
    names = [s['file'] for s in SPECS]
    assert len(names) == len(set(names)), 'a file is specified twice'
    shutil.rmtree(DOCS, ignore_errors=True)
    os.makedirs(DOCS)
    objs = [build(s) for s in sorted(SPECS, key=lambda s: s['file'])]
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for o in objs:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(len(objs), 'files')


if __name__ == '__main__':
    main()
