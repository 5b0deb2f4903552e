"""Checks for tuning7/gold.tsv (run: python3 eval/resolution/tuning7/check_gold.py).

1. every row's surface occurs in its letter exactly as many times as it has rows;
2. every identity is a key of world/identities.tsv or new-N;
3. no letter has one surface standing for two identities;
4. no world person name (simplified or traditional form) occurs in a letter without a row;
5. no surface of a letter is a substring of another surface of the same letter (counts would mislead);
6. hints: masked names (X某) and surname + post shapes found in a letter but absent from its rows.
"""
import csv, re, sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORLD = HERE.parent / "world"
keys = {l.split("\t")[0] for l in (WORLD / "identities.tsv").read_text(encoding="utf-8").splitlines()
        if l and not l.startswith("#")}
names = {l.split("\t")[2] for l in (WORLD / "identities.tsv").read_text(encoding="utf-8").splitlines()
         if l and not l.startswith("#")}
TRAD = {"刘芳": "劉芳", "陈志强": "陳志強", "王德明": "王德明", "赵丽萍": "趙麗萍", "杨光辉": "楊光輝",
        "周建华": "周建華", "黄志伟": "黃志偉", "孙晓东": "孫曉東", "马玉兰": "馬玉蘭", "吴国栋": "吳國棟",
        "陈志刚": "陳志剛", "赵明轩": "趙明軒"}
assert names == set(TRAD), names ^ set(TRAD)
world_forms = set(TRAD) | set(TRAD.values())

rows = defaultdict(list)
with open(HERE / "gold.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        fn, surface, ident = line.rstrip("\n").split("\t")
        rows[fn].append((surface, ident))

errors, hints = [], []
letters = sorted((HERE / "letters").glob("*.txt"))
if {p.name for p in letters} != set(rows):
    errors.append(f"letters vs gold files differ: {sorted({p.name for p in letters} ^ set(rows))}")
for p in letters:
    text = p.read_text(encoding="utf-8")
    rs = rows.get(p.name, [])
    counts = Counter(s for s, _ in rs)
    for s, n in counts.items():
        if text.count(s) != n:
            errors.append(f"{p.name}: {s!r} occurs {text.count(s)}x, {n} rows")
    ids = defaultdict(set)
    for s, i in rs:
        ids[s].add(i)
        if i not in keys and not re.fullmatch(r"new-\d+", i):
            errors.append(f"{p.name}: bad identity {i!r}")
    for s, i in ids.items():
        if len(i) > 1:
            errors.append(f"{p.name}: {s!r} stands for {sorted(i)}")
    for w in world_forms:
        if w in text and w not in counts:
            errors.append(f"{p.name}: world name {w!r} without a row")
    for a in counts:
        for b in counts:
            if a != b and a in b:
                errors.append(f"{p.name}: surface {a!r} inside surface {b!r}")
    for m in re.finditer(r"[\u4e00-\u9fff]某+", text):
        if m.group() not in counts:
            hints.append(f"{p.name}: masked-looking {m.group()!r} has no row")
    for m in re.finditer(r"[\u4e00-\u9fff](?:副?局長|副?局长|股長|股长|副?主任|副大队长|副大隊長|总|總)", text):
        if m.group() not in counts:
            hints.append(f"{p.name}: title shape {m.group()!r} has no row (check it is not a person)")

n_new = {i for r in rows.values() for _, i in r if i.startswith("new-")}
n_world = {i for r in rows.values() for _, i in r if not i.startswith("new-")}
total = sum(len(r) for r in rows.values())
print(f"letters {len(letters)}, rows {total}, stored identities {len(n_world)}, new {len(n_new)}")
print(f"mentions of stored {sum(1 for r in rows.values() for _, i in r if not i.startswith('new-'))}, "
      f"of new {sum(1 for r in rows.values() for _, i in r if i.startswith('new-'))}")
for h in hints:
    print("hint:", h)
for e in errors:
    print("ERROR:", e)
sys.exit(1 if errors else 0)
