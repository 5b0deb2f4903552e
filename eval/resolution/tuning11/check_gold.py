"""Consistency check of tuning11/gold.tsv against tuning11/letters/ (no product code used).
Copied from tuning10/check_gold.py and adapted.

1. every (file, surface) occurs in its letter exactly as many times as it has rows;
2. every identity is a key of ../world/identities.tsv or new-N;
3. no stored name (simplified or traditional) and no stored official's surname + post occurs in a
   letter more often than the rows whose surfaces contain it account for; stored names with spaces or
   line breaks inside (OCR) are counted too, against rows whose surface is that spaced form;
4. in no letter does one surface stand for two identities, except the same-name pairs listed in
   SAME_NAME below (deliberate: two different people with one name in one letter, rows in text order);
5. no gold surface is a 小X / 老X short form (these are not mentions in this set's convention).
A surface may contain the two characters \\n for a line break inside a name (OCR-like scans, d02, d07);
it is decoded before counting.
Run: python3 eval/resolution/tuning11/check_gold.py
"""
import collections, pathlib, re, sys

here = pathlib.Path(__file__).resolve().parent
world = here.parent / "world" / "identities.tsv"
keys = {}
for line in world.read_text(encoding="utf-8").splitlines():
    if line.startswith("#") or not line.strip():
        continue
    k, label, name, ctx = line.split("\t")
    keys[k] = name

SAME_NAME = {
    ("d03_inquiry_transcript.txt", "周建华"): {"zhou_xs", "zhou_hd"},
    ("d04_police_reply.txt", "王磊"): {"new-5", "new-6"},
    ("d09_clue_register.txt", "刘芳"): {"liu_edu", "liu_health"},
    ("d11_market_reply.txt", "张敏"): {"new-16", "new-17"},
}

T = str.maketrans("刘陈强赵丽杨辉华黄伟孙晓东马兰吴国栋刚轩长",
                  "劉陳強趙麗楊輝華黃偉孫曉東馬蘭吳國棟剛軒長")
names = set(keys.values())
names |= {n.translate(T) for n in names}
post_re = re.compile(r"[刘劉陈陳王赵趙杨楊周马馬孙孫黄黃吴吳](?:副?局[长長]|股[长長]|主任|总|總|董)")

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
    if re.fullmatch(r"[小老].", s):
        errors.append(f"{f}: short form {s} given a row")
for (f, s), n in by_fs.items():
    c = letters.get(f, "").count(s)
    if c != n:
        errors.append(f"{f}: surface {s!r} occurs {c}x, {n} rows")
for (f, s), ids in ids_fs.items():
    if len(ids) > 1 and SAME_NAME.get((f, s)) != ids:
        errors.append(f"{f}: surface {s} stands for {sorted(ids)}")
for key, ids in SAME_NAME.items():
    if ids_fs.get(key) != ids:
        errors.append(f"SAME_NAME entry {key} not as in gold: {ids_fs.get(key)}")
for f, text in letters.items():
    surfs = [s for ff, s, _ in rows if ff == f]
    for n in names:
        if text.count(n) > sum(s.count(n) for s in surfs):
            errors.append(f"{f}: stored name {n} occurs {text.count(n)}x, not all in rows")
        spaced = re.compile(r"\s*".join(map(re.escape, n)))
        hits = [m.group(0) for m in spaced.finditer(text) if m.group(0) != n]
        for h in set(hits):
            if hits.count(h) != sum(1 for s in surfs if s == h):
                errors.append(f"{f}: spaced form {h!r} of {n} occurs {hits.count(h)}x, rows differ")
    for m in set(post_re.findall(text)):
        if text.count(m) > sum(s.count(m) for s in surfs):
            errors.append(f"{f}: surname+post {m} occurs without a row")

idents = collections.Counter(i for _, _, i in rows)
stored = sum(n for i, n in idents.items() if i in keys)
print(f"letters {len(letters)}, mentions {len(rows)}, identities {len(idents)} "
      f"({sum(1 for i in idents if i in keys)} stored, {sum(1 for i in idents if i not in keys)} new), "
      f"stored mentions {stored}, new mentions {len(rows) - stored}")
print("  per letter: " + ", ".join(str(sum(1 for r in rows if r[0] == f)) for f in letters))
print("  stored: " + ", ".join(f"{k} {idents[k]}" for k in sorted(keys, key=lambda k: -idents[k]) if idents[k]))
surf_of = collections.defaultdict(set)
files_of = collections.defaultdict(set)
for f, s, i in rows:
    if i.startswith("new-"):
        surf_of[i].add(s.replace("\n", "\\n")); files_of[i].add(f[:3])
for i in sorted(surf_of, key=lambda x: int(x[4:])):
    print(f"  {i}: {'/'.join(sorted(surf_of[i]))} in {','.join(sorted(files_of[i]))}")
short = collections.Counter(m for t in letters.values() for m in re.findall(r"[小老][\u4e00-\u9fff]", t))
print("  小X/老X occurrences (not mentions): " + " ".join(f"{k}×{v}" for k, v in sorted(short.items())))
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
