"""Check heldout4/gold.tsv against its letters (stdlib only; reads no product code).

- every row's surface occurs in its letter exactly as many times as it has rows;
- every identity is a key of ../world/identities.tsv or new-N;
- in no letter does one surface stand for two identities;
- warns about any gold surface (of any letter) or world name, in simplified or the
  traditional forms used here, that occurs in a letter without rows there.
"""
import collections, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent
world = here.parent / "world" / "identities.tsv"
keys, names = set(), set()
for line in world.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    k, _label, name = line.split("\t")[:3]
    keys.add(k)
    names.add(name)

rows = collections.Counter()
ident = collections.defaultdict(set)
bad = []
for n, line in enumerate((here / "gold.tsv").read_text(encoding="utf-8").splitlines(), 1):
    if line.startswith("#") or not line.strip():
        continue
    f, surface, identity = line.split("\t")
    if not (identity in keys or re.fullmatch(r"new-\d+", identity)):
        bad.append(f"line {n}: identity {identity!r} is neither a world key nor new-N")
    if not (here / "letters" / f).exists():
        bad.append(f"line {n}: no letter {f}")
    rows[(f, surface)] += 1
    ident[(f, surface)].add(identity)

for (f, surface), k in sorted(rows.items()):
    text = (here / "letters" / f).read_text(encoding="utf-8")
    c = text.count(surface)
    if c != k:
        bad.append(f"{f}: {surface!r} occurs {c}x, {k} rows")
    if len(ident[(f, surface)]) > 1:
        bad.append(f"{f}: {surface!r} stands for {sorted(ident[(f, surface)])}")

trad = str.maketrans("刘赵马吴陈杨孙黄华丽兰轩国栋强刚辉晓伟东静郭燕",
                     "劉趙馬吳陳楊孫黃華麗蘭軒國棟強剛輝曉偉東靜郭燕")
watch = set(names) | {s for _f, s in rows}
watch |= {s.translate(trad) for s in watch}
letters = sorted(p.name for p in (here / "letters").glob("*.txt"))
for f in letters:
    text = (here / "letters" / f).read_text(encoding="utf-8")
    for s in sorted(watch):
        if s in text and (f, s) not in rows:
            # a surface contained in a longer gold surface of the same letter is fine
            if not any(s in t and s != t and (f, t) in rows for t in watch):
                print(f"warning: {f}: {s!r} occurs without a row")
    for m in re.finditer(r"[\u4e00-\u9fff]某某?", text):
        if (f, m.group()) not in rows:
            print(f"warning: {f}: masked-looking {m.group()!r} without a row")

for b in bad:
    print("ERROR:", b)
ids = [i for s in ident.values() for i in s]
allrows = sum(rows.values())
print(f"{len(letters)} letters, {allrows} rows, "
      f"{len({i for i in ids})} identities, {'OK' if not bad else 'FAILED'}")
sys.exit(1 if bad else 0)
