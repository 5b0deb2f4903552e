"""Build, check and review hand-annotated extraction sets (dev6, heldout4).

A set is a folder with `spec*.py` modules that each define DOCS, a list of document specs.
The annotation is written inline in the document source: ⟦text|L⟧ marks one entity, where L is

    A AGENCY  C COMPANY  P PERSON  T POSITION  N DOC_NO  J PROJECT_NO  D DATE  M MONEY  L LAW

A spec is a dict:
    file      name under docs/ (.txt, .docx or .html)
    fmt       'utf-8' | 'gb18030' | 'gb18030-crlf' | 'docx' | 'html'
    body      marked source: plain text (txt), one paragraph per line (docx) or HTML (html)
    kind, violations, issuer (a ref or None)
    rels      tuples ('REFERRED', from, to, doc_no|None, date|None) ('PENALIZED', from, to)
              ('LEGAL_REP', person, org) ('HOLDS_POSITION', person, position, org|None)
              ('BID_ON', party, project_no)
    implicit  dicts {type, from, to, null_endpoint_mention, [evidence_doc_no, date]}; the unnamed end None
    aliases   {alias text: canonical text}
    unmarked  strings that may occur unannotated although annotated elsewhere in the file
    notes     list of str
A ref is an entity text (its first mention) or 'text@n' (its n-th mention, from 0).

The builder writes docs/, texts/ (plain text of docx/html) and gold.jsonl; the checker re-derives
everything from docs/ and validates gold.jsonl; the reviewer renders the gold inline.
"""
from __future__ import annotations

import collections
import hashlib
import html.parser
import importlib.util
import io
import json
import os
import re
import sys
import zipfile

LABELS = {'A': 'AGENCY', 'C': 'COMPANY', 'P': 'PERSON', 'T': 'POSITION', 'N': 'DOC_NO',
          'J': 'PROJECT_NO', 'D': 'DATE', 'M': 'MONEY', 'L': 'LAW'}
ORDER = ['AGENCY', 'COMPANY', 'PERSON', 'POSITION', 'DOC_NO', 'PROJECT_NO', 'DATE', 'MONEY', 'LAW']
KINDS = {'penalty_decision', 'complaint_decision', 'court_judgment', 'discipline_notice', 'news',
         'policy_notice', 'admin_review', 'other'}
VIOLATIONS = {'collusion', 'false_materials', 'bribery', 'no_procurement', 'discriminatory_terms',
              'interference', 'contract_violation', 'abuse_of_power', 'other'}
SIG = {
    'REFERRED': (('from', {'AGENCY'}, False), ('to', {'AGENCY'}, False),
                 ('evidence_doc_no', {'DOC_NO'}, True), ('date', {'DATE'}, True)),
    'PENALIZED': (('from', {'AGENCY'}, False), ('to', {'AGENCY', 'COMPANY', 'PERSON'}, False)),
    'LEGAL_REP': (('from', {'PERSON'}, False), ('to', {'COMPANY', 'AGENCY'}, False)),
    'HOLDS_POSITION': (('from', {'PERSON'}, False), ('to', {'POSITION'}, False),
                       ('org', {'AGENCY', 'COMPANY'}, True)),
    'BID_ON': (('from', {'COMPANY', 'AGENCY'}, False), ('to', {'PROJECT_NO'}, False)),
}
MARK = re.compile(r'⟦([^⟦⟧|]+)\|([ACPTNJDML])⟧')
BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'th', 'li', 'ul', 'ol', 'br',
         'table', 'thead', 'tbody', 'section', 'article', 'header', 'footer', 'title', 'body', 'html',
         'dl', 'dt', 'dd', 'hr', 'blockquote', 'pre', 'nav', 'main'}
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)
# strings that look like entities, listed by the review render when no span covers them
CANDIDATE = re.compile(r'[\u4e00-\u9fffXx×某*]{2,12}(?:公司|局|院|委员会|委員會|中心|学校|學校|银行|銀行|政府|村委会|分局|大队|支队)'
                       r'|[0-9〇零一二三四五六七八九十]{2,4}年[0-9〇一二三四五六七八九十]{1,2}月(?:[0-9〇一二三四五六七八九十]{1,3}日)?'
                       r'|[0-9.,，万亿余多]+元|[〔\[（(【﹝［][0-9]{4}[〕\]）)】﹞］][0-9第-]+[号號]')


class GoldError(Exception):
    pass


# ---------------------------------------------------------------- text extraction

class _Visible(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'script', 'style'):
            self.skip += 1
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in ('head', 'script', 'style'):
            self.skip -= 1
        elif tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(source: str) -> str:
    """Visible text: block elements break lines; head/script/style dropped; lines stripped; empty lines dropped."""
    p = _Visible()
    p.feed(source)
    p.close()
    lines = [ln.strip() for ln in ''.join(p.parts).split('\n')]
    return '\n'.join(ln for ln in lines if ln)


def docx_text(data: bytes) -> str:
    try:
        import docx  # python-docx, in the project venv
    except ImportError as exc:
        raise GoldError('reading .docx needs python-docx: run with .venv/bin/python') from exc
    return '\n'.join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def plain_text(path: str, fmt: str) -> str:
    raw = open(path, 'rb').read()
    if fmt == 'docx':
        return docx_text(raw)
    if fmt == 'html':
        return html_text(raw.decode('utf-8'))
    return raw.decode(encoding_of(fmt))


def encoding_of(fmt: str) -> str:
    return {'utf-8': 'utf-8', 'gb18030': 'gb18030', 'gb18030-crlf': 'gb18030',
            'docx': 'utf-8', 'html': 'utf-8'}[fmt]


# ---------------------------------------------------------------- build

def parse_marked(marked: str) -> tuple[str, list[dict]]:
    out, ents, pos = [], [], 0
    n = 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += len(marked[pos:m.start()])
        text, lab = m.group(1), LABELS[m.group(2)]
        ents.append({'start': n, 'end': n + len(text), 'label': lab, 'text': text})
        out.append(text)
        n += len(text)
        pos = m.end()
    out.append(marked[pos:])
    plain = ''.join(out)
    if '⟦' in plain or '⟧' in plain:
        i = plain.find('⟦') if '⟦' in plain else plain.find('⟧')
        raise GoldError(f'unbalanced or malformed mark near {plain[max(0, i - 20):i + 30]!r}')
    return plain, ents


def _docx_bytes(paragraphs: list[str]) -> bytes:
    import docx
    d = docx.Document()
    d.core_properties.author = ''
    import datetime
    d.core_properties.created = datetime.datetime(2026, 1, 1)
    d.core_properties.modified = datetime.datetime(2026, 1, 1)
    d.core_properties.last_modified_by = ''
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    # re-pack with fixed timestamps so that a rebuild gives the same bytes
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def _resolve(ref, ents, fname):
    if ref is None:
        return None
    text, _, nth = ref.partition('@')
    idx = [i for i, e in enumerate(ents) if e['text'] == text]
    k = int(nth) if nth else 0
    if k >= len(idx):
        raise GoldError(f'{fname}: relation endpoint {ref!r} is not an annotated mention')
    return idx[k]


def build_one(spec: dict, docs_dir: str, texts_dir: str) -> dict:
    fname, fmt = spec['file'], spec['fmt']
    body = spec['body']
    if body.startswith('\n'):
        body = body[1:]
    path = os.path.join(docs_dir, fname)
    text_file = None
    if fmt in ('utf-8', 'gb18030', 'gb18030-crlf'):
        if fmt == 'gb18030-crlf':
            body = body.replace('\n', '\r\n')
        plain, ents = parse_marked(body)
        raw = plain.encode(encoding_of(fmt))
    elif fmt == 'docx':
        plain, ents = parse_marked(body)
        raw = _docx_bytes(plain.split('\n'))
        text_file = f'texts/{fname}.txt'
    elif fmt == 'html':
        marked_text = html_text(body)
        plain, ents = parse_marked(marked_text)
        raw = MARK.sub(lambda m: m.group(1), body).encode('utf-8')
        text_file = f'texts/{fname}.txt'
    else:
        raise GoldError(f'{fname}: unknown fmt {fmt!r}')
    with open(path, 'wb') as fh:
        fh.write(raw)
    if text_file:
        with open(os.path.join(os.path.dirname(texts_dir), text_file), 'w', encoding='utf-8', newline='') as fh:
            fh.write(plain)
    derived = plain_text(path, fmt)
    if derived != plain:
        raise GoldError(f'{fname}: text re-derived from the written file differs from the source text')
    rels = []
    for r in spec.get('rels', []):
        t = r[0]
        names = [f for f, _, _ in SIG[t]]
        if len(r) - 1 > len(names):
            raise GoldError(f'{fname}: too many fields in {r!r}')
        vals = list(r[1:]) + [None] * (len(names) - len(r) + 1)
        rels.append({'type': t, **{k: _resolve(v, ents, fname) for k, v in zip(names, vals)}})
    imp = []
    for r in spec.get('implicit', []):
        t = r['type']
        d = {'type': t}
        for k, _, _ in SIG[t]:
            d[k] = _resolve(r.get(k), ents, fname)
        d['null_endpoint_mention'] = r['null_endpoint_mention']
        imp.append(d)
    issuer = _resolve(spec.get('issuer'), ents, fname)
    aliases = dict(spec.get('aliases', {}))
    # every occurrence of an annotated string is annotated, or listed in `unmarked`
    covered = [False] * len(plain)
    for e in ents:
        for i in range(e['start'], e['end']):
            covered[i] = True
    allowed = set(spec.get('unmarked', []))
    for t in sorted({e['text'] for e in ents}):
        if len(t) < 2 or t in allowed:
            continue
        for m in re.finditer(re.escape(t), plain):
            if not all(covered[m.start():m.end()]) and not any(covered[m.start():m.end()]):
                raise GoldError(f'{fname}: {t!r} at {m.start()} is not annotated '
                                f'(context {plain[max(0, m.start() - 12):m.end() + 12]!r}); '
                                'annotate it or list it in unmarked')
    return {
        'file': fname,
        'sha256': hashlib.sha256(raw).hexdigest(),
        'encoding': encoding_of(fmt) if fmt not in ('docx', 'html') else None,
        'text_file': text_file,
        'entities': ents,
        'relations': rels,
        'implicit_relations': imp,
        'doc': {'kind': spec['kind'], 'violations': list(spec.get('violations', [])), 'issuer': issuer},
        'aliases': aliases,
        'notes': list(spec.get('notes', [])),
    }


def load_specs(here: str, modules: list[str]) -> list[dict]:
    docs = []
    for name in modules:
        sp = importlib.util.spec_from_file_location(name, os.path.join(here, name + '.py'))
        if sp is None or sp.loader is None:
            raise GoldError(f'cannot load spec module {name}')
        mod = importlib.util.module_from_spec(sp)
        sp.loader.exec_module(mod)
        docs.extend(mod.DOCS)
    return docs


def build(here: str, modules: list[str]) -> None:
    docs_dir, texts_dir = os.path.join(here, 'docs'), os.path.join(here, 'texts')
    os.makedirs(docs_dir, exist_ok=True)
    os.makedirs(texts_dir, exist_ok=True)
    specs = load_specs(here, modules)
    names = [s['file'] for s in specs]
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    if dup:
        raise GoldError(f'duplicate file names: {dup}')
    for old in os.listdir(docs_dir):
        if old not in names:
            os.remove(os.path.join(docs_dir, old))
    for old in os.listdir(texts_dir):
        if old[:-4] not in names:
            os.remove(os.path.join(texts_dir, old))
    lines = [build_one(s, docs_dir, texts_dir) for s in sorted(specs, key=lambda s: s['file'])]
    with open(os.path.join(here, 'gold.jsonl'), 'w', encoding='utf-8') as fh:
        for o in lines:
            fh.write(json.dumps(o, ensure_ascii=False) + '\n')
    print(f'wrote {len(lines)} documents and gold.jsonl in {here}')


# ---------------------------------------------------------------- check

def fmt_of(o: dict) -> str:
    f = o['file']
    if f.endswith('.docx'):
        return 'docx'
    if f.endswith('.html'):
        return 'html'
    return o.get('encoding') or 'utf-8'


def check(here: str) -> int:
    errors: list[str] = []

    def err(f, msg):
        errors.append(f'{f}: {msg}')

    docs_dir = os.path.join(here, 'docs')
    objs = [json.loads(ln) for ln in open(os.path.join(here, 'gold.jsonl'), encoding='utf-8') if ln.strip()]
    files = sorted(os.listdir(docs_dir))
    seen = collections.Counter(o.get('file') for o in objs)
    for f in files:
        if seen[f] != 1:
            err(f, f'appears {seen[f]} times in gold (expected 1)')
    for f in seen:
        if f not in files:
            err(f, 'no such file in docs/')
    if [o.get('file') for o in objs] != sorted(o.get('file') for o in objs):
        err('gold.jsonl', 'lines not sorted by file name')
    counters: list[collections.Counter[str]] = [collections.Counter() for _ in range(6)]
    labels, rels, imps, kinds, viols, fmts = counters
    for o in objs:
        f = o.get('file')
        want = {'file', 'sha256', 'encoding', 'text_file', 'entities', 'relations', 'implicit_relations',
                'doc', 'aliases', 'notes'}
        if set(o) != want:
            err(f, f'keys {sorted(o)} (expected {sorted(want)})')
            continue
        path = os.path.join(docs_dir, f)
        if not os.path.exists(path):
            continue
        raw = open(path, 'rb').read()
        if hashlib.sha256(raw).hexdigest() != o['sha256']:
            err(f, 'sha256 mismatch')
        fm = fmt_of(o)
        fmts[fm] += 1
        try:
            text = plain_text(path, fm)
        except UnicodeDecodeError as exc:
            err(f, f'does not decode as {fm}: {exc}')
            continue
        if fm in ('docx', 'html'):
            if o['encoding'] is not None or o['text_file'] != f'texts/{f}.txt':
                err(f, 'docx/html need encoding null and text_file texts/<file>.txt')
            tpath = os.path.join(here, o['text_file'] or '')
            if not os.path.isfile(tpath):
                err(f, f'missing {o["text_file"]}')
            elif open(tpath, encoding='utf-8', newline='').read() != text:
                err(f, f'{o["text_file"]} differs from the text re-derived from the original')
        elif o['encoding'] not in ('utf-8', 'gb18030') or o['text_file'] is not None:
            err(f, 'txt needs encoding utf-8/gb18030 and text_file null')
        ents = o['entities']
        prev_end, prev = -1, None
        for i, e in enumerate(ents):
            if set(e) != {'start', 'end', 'label', 'text'}:
                err(f, f'entity {i}: keys {sorted(e)}')
                continue
            s, t = e['start'], e['end']
            if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
                err(f, f'entity {i}: bad offsets {s},{t}')
                continue
            if text[s:t] != e['text']:
                err(f, f'entity {i}: {e["text"]!r} != text[{s}:{t}] {text[s:t]!r}')
            if e['label'] not in ORDER:
                err(f, f'entity {i}: bad label {e["label"]!r}')
            if e['text'] != e['text'].strip():
                err(f, f'entity {i}: leading/trailing whitespace')
            if e['label'] == 'LAW' and (e['text'][:1] in '《〈' or e['text'][-1:] in '》〉'):
                err(f, f'entity {i}: LAW span includes the title marks')
            if prev is not None and (s, t) < prev:
                err(f, f'entity {i}: not sorted')
            if s < prev_end:
                err(f, f'entity {i} {e["text"]!r} overlaps the previous span')
            prev, prev_end = (s, t), max(prev_end, t)
            labels[e['label']] += 1
        keys = set()
        for r in o['relations']:
            _check_rel(f, r, ents, False, err)
            k = (r.get('type'), r.get('from'), r.get('to'), r.get('org'))
            if k in keys:
                err(f, f'duplicate relation {k}')
            keys.add(k)
            rels[r.get('type')] += 1
        for r in o['implicit_relations']:
            _check_rel(f, r, ents, True, err)
            imps[r.get('type')] += 1
            if r.get('null_endpoint_mention') not in text:
                err(f, f'null_endpoint_mention {r.get("null_endpoint_mention")!r} not in the text')
        d = o['doc']
        if not isinstance(d, dict) or set(d) != {'kind', 'violations', 'issuer'}:
            err(f, f'doc {d!r}')
        else:
            if d['kind'] not in KINDS:
                err(f, f'bad kind {d["kind"]!r}')
            kinds[d['kind']] += 1
            v = d['violations']
            if not isinstance(v, list) or any(x not in VIOLATIONS for x in v) or len(set(v)) != len(v):
                err(f, f'bad violations {v!r}')
            else:
                viols.update(v)
            iss = d['issuer']
            if iss is not None and not (isinstance(iss, int) and 0 <= iss < len(ents)
                                        and ents[iss]['label'] == 'AGENCY'):
                err(f, f'bad issuer {iss!r}')
        by_text = collections.defaultdict(set)
        for e in ents:
            by_text[e['text']].add(e['label'])
        for a, c in o['aliases'].items():
            if not (by_text[a] & by_text[c]) or a == c:
                err(f, f'alias {a!r} -> {c!r} not both annotated with a common label')
        if not isinstance(o['notes'], list) or not all(isinstance(x, str) for x in o['notes']):
            err(f, 'notes must be a list of strings')
    print(f'files: {len(objs)} ({", ".join(f"{k} {v}" for k, v in sorted(fmts.items()))})')
    print('entities: ' + ', '.join(f'{k} {labels[k]}' for k in ORDER) + f'; total {sum(labels.values())}')
    print('relations: ' + ', '.join(f'{k} {rels[k]}' for k in SIG) + f'; total {sum(rels.values())}')
    print('implicit relations: ' + ', '.join(f'{k} {v}' for k, v in sorted(imps.items())))
    print('kinds:', dict(sorted(kinds.items())))
    print('violations:', dict(sorted(viols.items())))
    if errors:
        print(f'\nFAILED: {len(errors)} error(s)')
        for e in errors:
            print('  ' + e)
        return 1
    print('\nOK: all checks passed')
    return 0


def _check_rel(f, r, ents, implicit, err):
    t = r.get('type')
    if t not in SIG or (implicit and t not in ('REFERRED', 'PENALIZED')):
        err(f, f'bad relation type {t!r}')
        return
    allowed = {k for k, _, _ in SIG[t]} | {'type'} | ({'null_endpoint_mention'} if implicit else set())
    if set(r) - allowed:
        err(f, f'{t}: unexpected keys {sorted(set(r) - allowed)}')
    nulls = []
    for k, labs, nullable in SIG[t]:
        if k not in r:
            err(f, f'{t}: missing {k}')
            continue
        v = r[k]
        if v is None:
            if implicit and k in ('from', 'to'):
                nulls.append(k)
            elif not nullable:
                err(f, f'{t}: {k} is null')
            continue
        if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v < len(ents):
            err(f, f'{t}: {k}={v!r} is not an entity index')
        elif ents[v]['label'] not in labs:
            err(f, f'{t}: {k} -> {ents[v]["text"]!r} is {ents[v]["label"]}, expected {sorted(labs)}')
    if implicit and len(nulls) != 1:
        err(f, f'implicit {t}: exactly one of from/to must be null')
    if not implicit and t in ('REFERRED', 'PENALIZED') and r.get('from') == r.get('to'):
        err(f, f'{t}: from == to')


# ---------------------------------------------------------------- review

def review(here: str, only: list[str] | None = None) -> None:
    for ln in open(os.path.join(here, 'gold.jsonl'), encoding='utf-8'):
        o = json.loads(ln)
        if only and not any(x in o['file'] for x in only):
            continue
        text = plain_text(os.path.join(here, 'docs', o['file']), fmt_of(o))
        ents = o['entities']
        out, pos = [], 0
        for i, e in enumerate(ents):
            out.append(text[pos:e['start']])
            out.append(f'【{e["text"]}｜{e["label"]} {i}】')
            pos = e['end']
        out.append(text[pos:])
        print('=' * 30, o['file'], o['doc'])
        print(''.join(out).replace('\r', ''))

        def nm(i, ents=ents):
            return None if i is None else f'{ents[i]["text"]}#{i}'
        for r in o['relations'] + o['implicit_relations']:
            extra = {k: (nm(v) if k != 'null_endpoint_mention' and k != 'type' else v)
                     for k, v in r.items() if k not in ('type', 'from', 'to')}
            print(f'  {r["type"]}: {nm(r["from"])} -> {nm(r["to"])} {extra if extra else ""}')
        if o['aliases']:
            print('  aliases:', o['aliases'])
        covered: set[int] = set()
        for e in ents:
            covered.update(range(e['start'], e['end']))
        for m in CANDIDATE.finditer(text):
            if not covered.intersection(range(m.start(), m.end())):
                print(f'  unannotated candidate: {m.group()!r} at {m.start()}')
        for n in o['notes']:
            print('  note:', n)


def main(here: str, modules: list[str]) -> None:
    cmd = sys.argv[1] if len(sys.argv) > 1 else 'check'
    if cmd == 'build':
        build(here, modules)
        sys.exit(check(here))
    elif cmd == 'review':
        review(here, sys.argv[2:])
    else:
        sys.exit(check(here))
