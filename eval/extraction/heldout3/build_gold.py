"""Build gold.jsonl from the hand-written specs (spec_cail.py, spec_new.py).

Each spec lists, per document, the entity strings chosen by hand (every occurrence is
annotated, longest first, no overlaps; a string written as 'before[mention]after' is annotated
only where that context occurs), the DATE/MONEY proposals of dm.py with hand-made exclusions
and additions, aliases, relations (endpoints named by text, or 'text#context' for a specific
mention), doc fields and notes. Run: python3 build_gold.py"""
import hashlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dm

def doc_text(fname, spec):
    tf = os.path.join(HERE, 'texts', fname + '.txt')
    if os.path.exists(tf):
        return open(tf, encoding='utf-8', newline='').read()
    return open(os.path.join(HERE, 'docs', fname), 'rb').read().decode(spec.get('enc', 'utf-8'))

def anchor_spans(text, s):
    """'pre[x]post' -> list of (start, end) of x in every occurrence of prexpost; plain s -> every occurrence.
    A string that occurs literally (e.g. a number written with [ ]) is taken literally."""
    if '[' in s and ']' in s and s not in text:
        i, j = s.index('['), s.index(']')
        pre, mid, post = s[:i], s[i + 1:j], s[j + 1:]
        full = pre + mid + post
        out = [(m.start() + len(pre), m.start() + len(pre) + len(mid)) for m in re.finditer(re.escape(full), text)]
    else:
        out = [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)]
    if not out:
        raise SystemExit(f'not found: {s!r}')
    return out

def build_one(fname, spec):
    text = doc_text(fname, spec)
    cands = []
    for lab, strs in spec['ents'].items():
        for s in strs:
            for a, b in anchor_spans(text, s):
                cands.append((a, b, lab))
    if spec.get('dm', True):
        cands += [(a, b, 'DATE') for a, b in dm.dates(text)]
        cands += [(a, b, 'MONEY') for a, b in dm.money(text)]
    for lab, s in spec.get('add', []):
        cands += [(a, b, lab) for a, b in anchor_spans(text, s)]
    skip = set()
    for s in spec.get('skip', []):
        skip |= set(anchor_spans(text, s))
    cands = [c for c in cands if (c[0], c[1]) not in skip]
    # trim approximation words at the edges of auto MONEY is not needed: dm never includes 约/以上
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken, ents = [False] * len(text), []
    for a, b, lab in cands:
        if any(taken[a:b]):
            continue
        for k in range(a, b):
            taken[k] = True
        ents.append((a, b, lab))
    ents.sort()
    E = [{'start': a, 'end': b, 'label': lab, 'text': text[a:b]} for a, b, lab in ents]

    def ref(x):
        if x is None:
            return None
        if '#' in x:
            t, ctx = x.split('#', 1)
            for a, b in anchor_spans(text, ctx):
                for i, e in enumerate(E):
                    if e['text'] == t and a <= e['start'] and e['end'] <= b:
                        return i
            raise SystemExit(f'{fname}: no mention {t!r} inside {ctx!r}')
        for i, e in enumerate(E):
            if e['text'] == x:
                return i
        raise SystemExit(f'{fname}: no entity {x!r}')

    rels, seen = [], set()
    def add(r, key):
        if key in seen:
            return
        seen.add(key)
        rels.append(r)
    for r in spec.get('rels', []):
        t = r[0]
        if t == 'HP':
            _, p, pos, org = r
            i, j, o = ref(p), ref(pos), ref(org)
            add({'type': 'HOLDS_POSITION', 'from': i, 'to': j, 'org': o},
                ('HP', E[i]['text'], E[j]['text'], E[o]['text'] if o is not None else None))
        elif t == 'LR':
            _, p, pos, org = r
            i, j, o = ref(p), ref(pos), ref(org)
            add({'type': 'LEGAL_REP', 'from': i, 'to': o}, ('LR', E[i]['text'], E[o]['text']))
            add({'type': 'HOLDS_POSITION', 'from': i, 'to': j, 'org': o},
                ('HP', E[i]['text'], E[j]['text'], E[o]['text']))
        elif t == 'REF':
            _, f, to, dn, dt = r
            i, j = ref(f), ref(to)
            add({'type': 'REFERRED', 'from': i, 'to': j, 'evidence_doc_no': ref(dn), 'date': ref(dt)},
                ('REF', E[i]['text'], E[j]['text']))
        elif t == 'PEN':
            _, f, to = r
            i, j = ref(f), ref(to)
            add({'type': 'PENALIZED', 'from': i, 'to': j}, ('PEN', E[i]['text'], E[j]['text']))
        elif t == 'BID':
            _, f, to = r
            i, j = ref(f), ref(to)
            add({'type': 'BID_ON', 'from': i, 'to': j}, ('BID', E[i]['text'], E[j]['text']))
        else:
            raise SystemExit(f'bad rel {r}')
    imp = []
    for r in spec.get('implicit', []):
        t, f, to, mention = r[:4]
        d = {'type': {'REF': 'REFERRED', 'PEN': 'PENALIZED'}[t], 'from': ref(f), 'to': ref(to)}
        if t == 'REF':
            d['evidence_doc_no'] = ref(r[4]) if len(r) > 4 else None
            d['date'] = ref(r[5]) if len(r) > 5 else None
        d['null_endpoint_mention'] = mention
        assert mention in text, mention
        imp.append(d)
    raw = open(os.path.join(HERE, 'docs', fname), 'rb').read()
    obj = {'file': fname, 'sha256': hashlib.sha256(raw).hexdigest(),
           'encoding': spec.get('enc', 'utf-8') if fname.endswith('.txt') else None,
           'text_file': ('texts/' + fname + '.txt') if not fname.endswith('.txt') else None,
           'entities': E, 'relations': rels, 'implicit_relations': imp,
           'doc': {'kind': spec['kind'], 'violations': spec['viol'],
                   'issuer': ref(spec.get('issuer'))},
           'aliases': spec.get('aliases', {}), 'notes': spec.get('notes', [])}
    for a, c in obj['aliases'].items():
        ref(a); ref(c)
    return obj

def main():
    specs = {}
    import spec_cail
    specs.update(spec_cail.DOCS)
    try:
        import spec_new
        specs.update(spec_new.DOCS)
    except ImportError:
        pass
    files = sorted(os.listdir(os.path.join(HERE, 'docs')))
    missing = [f for f in files if f not in specs]
    if missing:
        print('WARNING: no spec for', missing)
    with open(os.path.join(HERE, 'gold.jsonl'), 'w', encoding='utf-8') as out:
        for f in files:
            if f in specs:
                out.write(json.dumps(build_one(f, specs[f]), ensure_ascii=False) + '\n')

if __name__ == '__main__':
    main()
