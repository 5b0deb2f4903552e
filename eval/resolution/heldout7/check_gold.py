"""Checks of heldout7/gold.tsv against heldout7/letters and world/identities.tsv.

1. every row's surface occurs in its letter exactly as many times as it has rows;
2. every identity is a key of world/identities.tsv or new-N;
3. no world name (simplified or traditional) appears in a letter without a row
   (occurrences inside a longer gold surface are not counted twice);
4. in no letter does one surface stand for two identities.
Run: python eval/resolution/heldout7/check_gold.py
"""
import collections, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent
world = here.parent / "world" / "identities.tsv"
keys, names = set(), set()
for line in world.read_text(encoding="utf-8").splitlines():
    if not line or line.startswith("#"):
        continue
    k, _label, name, _ctx = line.split("\t")
    keys.add(k); names.add(name)
T = str.maketrans("刘陈强赵丽萍杨辉华黄伟孙马兰吴国栋刚轩晓东", "劉陳強趙麗萍楊輝華黃偉孫馬蘭吳國棟剛軒曉東")
names |= {n.translate(T) for n in names}

rows = collections.defaultdict(list)
for line in (here / "gold.tsv").read_text(encoding="utf-8").splitlines():
    if not line or line.startswith("#"):
        continue
    f, s, i = line.split("\t")
    rows[f].append((s, i))

errors = []
letters = sorted((here / "letters").glob("*.txt"))
for p in letters:
    if p.name not in rows:
        errors.append(f"{p.name}: no rows")
for f, rs in rows.items():
    text = (here / "letters" / f).read_text(encoding="utf-8")
    cnt = collections.Counter(s for s, _ in rs)
    for s, n in cnt.items():
        if text.count(s) != n:
            errors.append(f"{f}: {s!r} occurs {text.count(s)} times, {n} rows")
    ids = collections.defaultdict(set)
    for s, i in rs:
        ids[s].add(i)
        if i not in keys and not re.fullmatch(r"new-\d+", i):
            errors.append(f"{f}: bad identity {i}")
    for s, v in ids.items():
        if len(v) > 1:
            errors.append(f"{f}: {s!r} stands for {sorted(v)}")
    for name in names:
        if name in text and name not in cnt:
            errors.append(f"{f}: world name {name!r} in letter without a row")

n_rows = sum(len(r) for r in rows.values())
all_ids = collections.Counter(i for r in rows.values() for _, i in r)
print(f"letters {len(letters)}, rows {n_rows}, identities {len(all_ids)} "
      f"({sum(1 for i in all_ids if i in keys)} stored, {sum(1 for i in all_ids if i.startswith('new-'))} new), "
      f"stored mentions {sum(n for i, n in all_ids.items() if i in keys)}, "
      f"new mentions {sum(n for i, n in all_ids.items() if i.startswith('new-'))}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
