"""Check tuning5/gold.tsv against its letters.

- every row's surface occurs in its letter exactly as many times as it has rows;
- every identity is a key of world/identities.tsv or new-N;
- in no letter does one surface stand for two identities;
- every letter has rows and every row's file exists;
- warns on masked-name shapes (X某) or stored names (simplified or traditional) in a letter without rows.

    python eval/resolution/tuning5/check_gold.py
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

here = Path(__file__).resolve().parent
world = here.parent / "world" / "identities.tsv"
keys, names = set(), set()
for line in world.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    k, _label, name, *_ = line.split("\t")
    keys.add(k)
    names.add(name)
TRAD = str.maketrans("刘陈杨赵丽萍轩华伟孙晓东马兰吴国栋刚强", "劉陳楊趙麗萍軒華偉孫曉東馬蘭吳國棟剛強")
names |= {n.translate(TRAD) for n in names}

rows = []
for i, line in enumerate((here / "gold.tsv").read_text(encoding="utf-8").splitlines()):
    if i == 0 or not line.strip():
        continue
    f, s, ident = line.split("\t")
    rows.append((f, s, ident))

errors = []
letters = {p.name: p.read_text(encoding="utf-8") for p in sorted((here / "letters").glob("*.txt"))}
count = Counter((f, s) for f, s, _ in rows)
ids = defaultdict(set)
for f, s, ident in rows:
    ids[(f, s)].add(ident)
    if f not in letters:
        errors.append(f"{f}: no such letter")
    if ident not in keys and not re.fullmatch(r"new-\d+", ident):
        errors.append(f"{f}: {s}: bad identity {ident}")
for (f, s), n in count.items():
    if f in letters and letters[f].count(s) != n:
        errors.append(f"{f}: {s} occurs {letters[f].count(s)} times, {n} rows")
    if len(ids[(f, s)]) > 1:
        errors.append(f"{f}: {s} stands for {sorted(ids[(f, s)])}")
for f, text in letters.items():
    if not any(r[0] == f for r in rows):
        errors.append(f"{f}: no rows")
    have = {s for g, s, _ in rows if g == f}
    for m in set(re.findall(r"[\u4e00-\u9fff]某+", text)) | {n for n in names if n in text}:
        if m not in have:
            print(f"warning: {f}: {m} in the letter, no row", file=sys.stderr)

idents = Counter(i for _, _, i in rows)
stored = sum(n for i, n in idents.items() if i in keys)
print(f"letters {len(letters)}, rows {len(rows)}, identities {len(idents)} "
      f"({len([i for i in idents if i in keys])} stored, {len([i for i in idents if i.startswith('new-')])} new), "
      f"mentions of stored {stored}, of new {len(rows) - stored}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
