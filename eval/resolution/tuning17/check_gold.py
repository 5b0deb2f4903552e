"""Consistency check of tuning17/gold.tsv against tuning17/letters/ (no product code used).

1. every (file, surface) occurs in its letter exactly as many times as it has rows;
2. every identity is a key of ../world/identities.tsv or new-N;
3. no stored name (simplified or traditional) and no stored official's surname + post occurs in a
   letter more often than the rows whose surfaces contain it account for;
4. in no letter does one surface stand for two identities.
A surface may contain the two characters \\n for a line break inside a name (none in this set);
it is decoded before counting. Also checks that rows of a surface in a letter follow text order
(only count-level: each letter's surfaces appear in the text in the order of their rows).
Run: python3 eval/resolution/tuning17/check_gold.py
"""
import collections, csv, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent
world = here.parent / "world" / "identities.tsv"
keys = {}
for line in world.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    k, label, name, ctx = line.split("\t")
    keys[k] = name

T = str.maketrans("刘陈强赵丽杨辉华黄伟孙晓东马兰吴国栋刚轩长",
                  "劉陳強趙麗楊輝華黃偉孫曉東馬蘭吳國棟剛軒長")
names = set(keys.values())
names |= {n.translate(T) for n in names}
post_re = re.compile(r"[刘劉陈陳王赵趙杨楊](?:副?局[长長]|股[长長]|主任)")

rows = []
with open(here / "gold.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        file, surface, ident = line.rstrip("\n").split("\t")
        rows.append((file, surface.replace("\\n", "\n"), ident))

errors = []
letters = {p.name: p.read_text(encoding="utf-8") for p in sorted((here / "letters").glob("*.txt"))}
by_fs = collections.Counter((f, s) for f, s, _ in rows)
ids_fs = collections.defaultdict(set)
for f, s, i in rows:
    ids_fs[(f, s)].add(i)
    if f not in letters:
        errors.append(f"no letter {f}")
    if not (i in keys or re.fullmatch(r"new-\d+", i)):
        errors.append(f"bad identity {i} ({f} {s})")
for (f, s), n in by_fs.items():
    c = letters.get(f, "").count(s)
    if c != n:
        errors.append(f"{f}: surface {s} occurs {c}x, {n} rows")
for (f, s), ids in ids_fs.items():
    if len(ids) > 1:
        errors.append(f"{f}: surface {s} stands for {sorted(ids)}")
for f, text in letters.items():
    surfs = [s for ff, s, _ in rows if ff == f]
    for n in names:
        if text.count(n) > sum(s.count(n) for s in surfs):
            errors.append(f"{f}: stored name {n} occurs {text.count(n)}x, not all in rows")
    for m in set(post_re.findall(text)):
        if text.count(m) > sum(s.count(m) for s in surfs):
            errors.append(f"{f}: surname+post {m} occurs without a row")

# 5. rows follow text order: walk each letter, each row's surface must be found after the previous row's start
for f, text in letters.items():
    pos = 0
    for ff, s, _ in rows:
        if ff != f:
            continue
        j = text.find(s, pos)
        if j < 0:
            errors.append(f"{f}: row {s} not found after offset {pos} (rows out of text order?)")
            break
        pos = j + 1

idents = collections.Counter(i for _, _, i in rows)
stored = sum(n for i, n in idents.items() if i in keys)
print(f"letters {len(letters)}, mentions {len(rows)}, identities {len(idents)} "
      f"({sum(1 for i in idents if i in keys)} stored, {sum(1 for i in idents if i not in keys)} new), "
      f"stored mentions {stored}, new mentions {len(rows) - stored}")
surf_of = collections.defaultdict(set)
files_of = collections.defaultdict(set)
for f, s, i in rows:
    if i.startswith("new-"):
        surf_of[i].add(s); files_of[i].add(f[:3])
for i in sorted(surf_of, key=lambda x: int(x[4:])):
    print(f"  {i}: {'/'.join(sorted(surf_of[i]))} in {','.join(sorted(files_of[i]))}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
