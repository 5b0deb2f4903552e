"""Review aid: render each document with 【text｜LABEL idx】 marks, its relations, and
unannotated strings that look like candidates. Usage: python3 review.py [file-prefix]"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check import load_text
pref = sys.argv[1] if len(sys.argv) > 1 else ''
for line in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8'):
    o = json.loads(line)
    if not o['file'].startswith(pref):
        continue
    text = load_text(o)
    E = o['entities']
    out, pos = [], 0
    for i, e in enumerate(E):
        out.append(text[pos:e['start']]); out.append(f"【{e['text']}｜{e['label']} {i}】"); pos = e['end']
    out.append(text[pos:])
    print('=' * 20, o['file'], o['doc'])
    print(''.join(out))
    for r in o['relations'] + o['implicit_relations']:
        f = E[r['from']]['text'] if r['from'] is not None else None
        t = E[r['to']]['text'] if r['to'] is not None else None
        extra = {k: (E[v]['text'] if isinstance(v, int) else v) for k, v in r.items() if k not in ('type', 'from', 'to')}
        print('  REL', r['type'], f, '->', t, extra)
    cov = [False] * len(text)
    for e in E:
        for k in range(e['start'], e['end']):
            cov[k] = True
    miss = set()
    for e in E:
        for m in re.finditer(re.escape(e['text']), text):
            if not all(cov[m.start():m.end()]):
                miss.add(('same-string', e['text'], text[max(0, m.start()-4):m.end()+4]))
    for m in re.finditer(r'[\u4e00-\u9fff]{0,8}(?:某|XX|××|xx|\*\*)[\u4e00-\u9fff\d甲乙丙丁]{0,3}', text):
        if not any(cov[m.start():m.end()]):
            miss.add(('masked', m.group(), ''))
    for m in re.finditer(r'[\u4e00-\u9fff（）()]{2,14}(?:公司|局|院|委员会|委|中心|所|厅|办公室|政府|银行|大队|支队|集团|社|厂)', text):
        if not any(cov[m.start():m.end()]):
            miss.add(('orglike', m.group(), ''))
    for x in sorted(miss):
        print('  ?', x)
