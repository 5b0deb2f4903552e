"""Consistency check of tuning13/gold.tsv against tuning13/letters/ (no product code used).

1. every (file, surface) occurs in its letter exactly as many times as it has rows;
2. every identity is a key of ../world/identities.tsv or new-N;
3. no stored name (simplified or traditional) and no stored official's surname + post occurs in a
   letter more often than the rows whose surfaces contain it account for;
4. in no letter does one surface stand for two identities;
5. every surface written anywhere in gold (simplified or traditional) is accounted for by rows in
   every letter where it occurs (catches an unmarked recurring stranger);
6. every masked name (X某, X某某) in a letter has rows.
A surface may contain the two characters \\n for a line break (kept from tuning10; unused here).
Run: python eval/resolution/tuning13/check_gold.py
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

T = str.maketrans("刘陈强赵丽杨辉华黄伟孙晓东马兰吴国栋刚轩长罗燕谭宋郑学邓云张曾宪丽俊",
                  "劉陳強趙麗楊輝華黃偉孫曉東馬蘭吳國棟剛軒長羅燕譚宋鄭學鄧雲張曾憲麗俊")
names = set(keys.values())
names |= {n.translate(T) for n in names}
post_re = re.compile(r"[刘劉陈陳王赵趙杨楊周孙孫马馬黄黃吴吳罗羅](?:副?局[长長]|股[长長]|主任|总|總|经理|經理)")
SURN = "王李张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱高林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮于董程曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉余潘杜戴夏钟鍾汪田任姜范方石姚谭譚廖邹鄒熊金陆陸郝孔白崔康毛邱秦江史顾顧侯邵孟龙龍万萬段钱錢汤湯尹黎易常武乔喬贺賀赖賴龚龔文"
mask_re = re.compile("[" + SURN + "]某某?")

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

all_surfs = {s for _, s, _ in rows} | {s.translate(T) for _, s, _ in rows}
for f, text in letters.items():
    surfs = [s for ff, s, _ in rows if ff == f]
    for n in all_surfs:
        if text.count(n) > sum(s.count(n) for s in surfs):
            errors.append(f"{f}: gold surface {n} occurs {text.count(n)}x, not all in rows")
    for m in set(mask_re.findall(text)):
        if text.count(m) > sum(s.count(m) for s in surfs):
            errors.append(f"{f}: masked name {m} occurs without a row")

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
