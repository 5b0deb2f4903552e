#!/usr/bin/env python3
"""Check heldout3/gold.jsonl: one line per file in docs/, sha256 of the doc file bytes, every
entity text equals the slice of the plain text the offsets refer to, no overlapping spans,
labels, relation endpoints and signatures, doc fields, aliases.

The plain text is: for .txt, the file bytes decoded with the line's "encoding" (utf-8 or
gb18030); for .docx / .html, texts/<file>.txt (UTF-8), which this script also re-derives from
the original (.docx: paragraphs joined with "\\n" via python-docx; .html: visible text with block
elements as line breaks) and compares.
Usage: python3 check.py   (exit status 1 on any error)"""
import collections, hashlib, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, 'docs')
LABELS = ['AGENCY', 'COMPANY', 'PERSON', 'POSITION', 'DOC_NO', 'PROJECT_NO', 'DATE', 'MONEY', 'LAW']
KINDS = {'penalty_decision', 'complaint_decision', 'court_judgment', 'discipline_notice', 'news',
         'policy_notice', 'admin_review', 'other'}
VIOLATIONS = {'collusion', 'false_materials', 'bribery', 'no_procurement', 'discriminatory_terms',
              'interference', 'contract_violation', 'abuse_of_power', 'other'}
SIG = {'REFERRED': {'from': {'AGENCY'}, 'to': {'AGENCY'}, 'evidence_doc_no': {'DOC_NO'}, 'date': {'DATE'}},
       'PENALIZED': {'from': {'AGENCY'}, 'to': {'AGENCY', 'COMPANY', 'PERSON'}},
       'LEGAL_REP': {'from': {'PERSON'}, 'to': {'COMPANY', 'AGENCY'}},
       'HOLDS_POSITION': {'from': {'PERSON'}, 'to': {'POSITION'}, 'org': {'AGENCY', 'COMPANY'}},
       'BID_ON': {'from': {'COMPANY', 'AGENCY'}, 'to': {'PROJECT_NO'}}}
NULLABLE = {'evidence_doc_no', 'date', 'org'}
BLOCK = {'p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'title', 'section',
         'article', 'header', 'footer', 'ul', 'ol', 'td', 'th', 'hr'}


def html_text(raw_html):
    """Visible text; every block element start/end is a line break; runs of whitespace inside
    a line collapse to nothing only where the source has line breaks; blank lines dropped."""
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts, self.skip = [], 0
        def handle_starttag(self, tag, attrs):
            if tag in ('script', 'style', 'head'):
                self.skip += 1
            elif tag in BLOCK:
                self.parts.append('\n')
        def handle_startendtag(self, tag, attrs):
            if tag in BLOCK:
                self.parts.append('\n')
        def handle_endtag(self, tag):
            if tag in ('script', 'style', 'head'):
                self.skip -= 1
            elif tag in BLOCK:
                self.parts.append('\n')
        def handle_data(self, data):
            if not self.skip:
                self.parts.append(data.replace('\r', '').replace('\n', ''))
    p = P()
    p.feed(raw_html)
    lines = [l.strip() for l in ''.join(p.parts).split('\n')]
    return '\n'.join(l for l in lines if l)


def docx_text(path):
    import docx
    return '\n'.join(p.text for p in docx.Document(path).paragraphs)


def load_text(o):
    f = o['file']
    if f.endswith('.txt'):
        return open(os.path.join(DOCS, f), 'rb').read().decode(o.get('encoding') or 'utf-8')
    return open(os.path.join(HERE, o['text_file']), encoding='utf-8', newline='').read()


def main():
    errors = []
    err = lambda f, m: errors.append(f'{f}: {m}')
    objs = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8') if l.strip()]
    files = sorted(os.listdir(DOCS))
    seen = collections.Counter(o['file'] for o in objs)
    for f in files:
        if seen[f] != 1:
            err(f, f'appears {seen[f]} times in gold')
    for f in seen:
        if f not in files:
            err(f, 'no such doc file')
    if [o['file'] for o in objs] != sorted(o['file'] for o in objs):
        err('gold.jsonl', 'lines not sorted by file name')
    labels, rels, fmts = collections.Counter(), collections.Counter(), collections.Counter()
    for o in objs:
        f = o['file']
        path = os.path.join(DOCS, f)
        if not os.path.exists(path):
            continue
        raw = open(path, 'rb').read()
        if hashlib.sha256(raw).hexdigest() != o['sha256']:
            err(f, 'sha256 mismatch')
        ext = f.rsplit('.', 1)[1]
        fmts[ext + ('/' + o['encoding'] if ext == 'txt' else '')] += 1
        try:
            text = load_text(o)
        except Exception as ex:
            err(f, f'cannot load text: {ex}')
            continue
        if ext == 'txt' and o.get('encoding') == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
            err(f, 'UTF-8 BOM present')
        if ext == 'docx':
            try:
                if docx_text(path) != text:
                    err(f, 'texts/ file differs from the docx paragraphs joined with \\n')
            except ImportError:
                print(f'note: python-docx not importable, {f} text not re-derived (use the project .venv)')
        if ext == 'html' and html_text(raw.decode('utf-8')) != text:
            err(f, 'texts/ file differs from the visible HTML text')
        E = o['entities']
        prev_end, prev = -1, None
        for i, e in enumerate(E):
            s, t = e['start'], e['end']
            if not (0 <= s < t <= len(text)) or text[s:t] != e['text']:
                err(f, f'entity {i} {e["text"]!r} != text[{s}:{t}] {text[s:t]!r}')
            if e['label'] not in LABELS:
                err(f, f'entity {i}: bad label')
            if prev is not None and (s, t) < prev:
                err(f, f'entity {i}: not sorted')
            if s < prev_end:
                err(f, f'entity {i}: overlaps the previous span')
            prev, prev_end = (s, t), max(prev_end, t)
            if e['label'] == 'LAW' and (e['text'][:1] in '《〈' or e['text'][-1:] in '》〉'):
                err(f, f'entity {i}: LAW includes title marks')
            labels[e['label']] += 1
        for imp, lst in ((False, o['relations']), (True, o['implicit_relations'])):
            for r in lst:
                sig = SIG.get(r['type'])
                if sig is None or (imp and r['type'] not in ('REFERRED', 'PENALIZED')):
                    err(f, f'bad relation {r}')
                    continue
                nulls = 0
                for k, labs in sig.items():
                    v = r.get(k, 'MISSING')
                    if v == 'MISSING':
                        err(f, f'{r["type"]}: missing {k}')
                    elif v is None:
                        if k in NULLABLE:
                            continue
                        if imp:
                            nulls += 1
                        else:
                            err(f, f'{r["type"]}: {k} null')
                    elif not (isinstance(v, int) and 0 <= v < len(E)) or E[v]['label'] not in labs:
                        err(f, f'{r["type"]}: bad {k}={v}')
                if imp and (nulls != 1 or r.get('null_endpoint_mention') not in text):
                    err(f, f'implicit {r}: needs one null endpoint and a mention from the text')
                rels[('implicit ' if imp else '') + r['type']] += 1
        d = o['doc']
        if d['kind'] not in KINDS or any(v not in VIOLATIONS for v in d['violations']):
            err(f, f'bad doc {d}')
        if d['issuer'] is not None and E[d['issuer']]['label'] != 'AGENCY':
            err(f, 'issuer is not an AGENCY')
        texts = collections.defaultdict(set)
        for e in E:
            texts[e['text']].add(e['label'])
        for a, c in o['aliases'].items():
            if not (texts[a] & texts[c]):
                err(f, f'alias {a} -> {c} not annotated with a common label')
    print(f'files: {len(objs)}  by format: {dict(sorted(fmts.items()))}')
    print('entities:', dict((l, labels[l]) for l in LABELS), 'total', sum(labels.values()))
    print('relations:', dict(sorted(rels.items())), 'total', sum(rels.values()))
    if errors:
        print(f'FAILED: {len(errors)} error(s)')
        for x in errors:
            print('  ' + x)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
