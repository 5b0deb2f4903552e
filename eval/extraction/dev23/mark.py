"""Writer's helper (not part of the gold logic): mark every unmarked occurrence of the given strings in one
document body of a spec file, longest first.  Usage: python3 mark.py spec_x.py FILE 'A:str1,str2' 'C:...' ..."""
import re
import sys

spec, fname, groups = sys.argv[1], sys.argv[2], sys.argv[3:]
src = open(spec, encoding='utf-8').read()
i = src.index(f"file='{fname}'")
b0 = src.index("body='''", i) + len("body='''")
b1 = src.index("'''", b0)
body = src[b0:b1]
lab = {}
for g in groups:
    L, _, items = g.partition(':')
    for t in items.split(','):
        if t:
            lab[t] = L
alt = re.compile('|'.join(re.escape(t) for t in sorted(lab, key=len, reverse=True)))
parts = re.split(r'(⟦[^⟦⟧]*⟧)', body)
out = []
for p in parts:
    if p.startswith('⟦'):
        out.append(p)
    else:
        out.append(alt.sub(lambda m: f'⟦{m.group()}|{lab[m.group()]}⟧', p))
src = src[:b0] + ''.join(out) + src[b1:]
open(spec, 'w', encoding='utf-8').write(src)
