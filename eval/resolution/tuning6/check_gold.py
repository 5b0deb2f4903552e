"""Check tuning6/gold.tsv against its letters (written with the set; no product code involved).

- every row's surface occurs in its letter exactly as many times as it has rows;
- every identity is a key of world/identities.tsv or new-N;
- in no letter does one surface stand for two identities;
- every letter has rows and every row's file exists;
- no stored name (simplified or traditional) and no masked name (surname + 某) appears in a letter
  without a row (errors, not warnings).

    .venv/bin/python eval/resolution/tuning6/check_gold.py
"""
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

here = Path(__file__).resolve().parent
keys, names = set(), set()
for line in (here.parent / "world" / "identities.tsv").read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    k, _label, name, *_ = line.split("\t")
    keys.add(k)
    names.add(name)
TRAD = str.maketrans("刘陈杨赵丽轩华伟孙晓东马兰吴国栋刚强", "劉陳楊趙麗軒華偉孫曉東馬蘭吳國棟剛強")
names |= {n.translate(TRAD) for n in names}
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"

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
    have = {s for g, s, _ in rows if g == f}
    if not have:
        errors.append(f"{f}: no rows")
    masked = set(re.findall(f"[{SURNAMES}]某+", text))
    for m in masked | {n for n in names if n in text}:
        if m not in have:
            errors.append(f"{f}: {m} in the letter, no row")

idents = Counter(i for _, _, i in rows)
stored = sum(n for i, n in idents.items() if i in keys)
new = [i for i in idents if i.startswith("new-")]
recurring = sorted((i for i in new if len({f for f, _, j in rows if j == i}) > 1), key=lambda x: int(x[4:]))
print(f"letters {len(letters)}, rows {len(rows)}, identities {len(idents)} "
      f"({len([i for i in idents if i in keys])} stored, {len(new)} new), "
      f"mentions of stored {stored}, of new {len(rows) - stored}")
print("stored keys never mentioned:", sorted(keys - set(idents)) or "none")
for i in recurring:
    print(f"recurring {i}:", ", ".join(f"{f[:3]} {s}" for f, s, j in rows if j == i))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
