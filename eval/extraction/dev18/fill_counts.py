"""Fill the counts section of README.md from gold.jsonl (helper, run after build)."""
import collections, json, os, re
here = os.path.dirname(os.path.abspath(__file__))
objs = [json.loads(l) for l in open(os.path.join(here, 'gold.jsonl'), encoding='utf-8')]
lab = collections.Counter(e['label'] for o in objs for e in o['entities'])
rel = collections.Counter(r['type'] for o in objs for r in o['relations'])
imp = sum(len(o['implicit_relations']) for o in objs)
kinds = collections.Counter(o['doc']['kind'] for o in objs)
viol = collections.Counter(v for o in objs for v in o['doc']['violations'])
L = ['AGENCY', 'COMPANY', 'PERSON', 'POSITION', 'DOC_NO', 'PROJECT_NO', 'DATE', 'MONEY', 'LAW']
R = ['REFERRED', 'PENALIZED', 'LEGAL_REP', 'HOLDS_POSITION', 'BID_ON']
out = ['20 files — UTF-8 14 (2 in traditional characters), GB18030 3 (1 with CRLF), docx 2, html 1.',
       'Kinds: ' + ', '.join(f'{k} {v}' for k, v in kinds.most_common()) + '.',
       'Violations: ' + ', '.join(f'{k} {v}' for k, v in viol.most_common()) + '.',
       f'Implicit relations: {imp}.', '', '| label | count | | relation | count |', '|---|---|---|---|---|']
for i in range(len(L)):
    r = (R[i], rel[R[i]]) if i < len(R) else ('', '')
    out.append(f'| {L[i]} | {lab[L[i]]} | | {r[0]} | {r[1]} |')
out.append(f'| total | {sum(lab.values())} | | total (explicit) | {sum(rel.values())} |')
p = os.path.join(here, 'README.md')
s = open(p, encoding='utf-8').read()
s = re.sub(r'(## Counts \(check.py\)\n\n)(.*?)(\n\n## Re-check)', lambda m: m.group(1) + '\n'.join(out) + m.group(3), s, flags=re.S)
open(p, 'w', encoding='utf-8').write(s)
