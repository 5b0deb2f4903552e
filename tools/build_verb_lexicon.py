"""Build ``ingest/nlp/data/verbs.txt``: the two-character verbs, prepositions, conjunctions and
adverbs of jieba's general dictionary (MIT licence), which the extraction rules use to find where a
name begins after the words before it (移送|…, 偏袒|蓝海环保设备有限公司, 发现|区住建委).

    python tools/build_verb_lexicon.py /path/to/jieba/dict.txt

jieba is not a dependency: download its sdist once (``pip download --no-deps jieba==0.42.1``) and
point this script at ``jieba/dict.txt``. Kept: words of two Chinese characters tagged v, vd, p, c,
d or ad with a frequency of at least ``--min-freq``. The rules only use a verb to end the left
context of a name, never to make one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "ingest" / "nlp" / "data" / "verbs.txt"
TAGS = {"v", "vd", "p", "c", "d", "ad"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dict_txt", type=Path, help="jieba/dict.txt")
    ap.add_argument("--min-freq", type=int, default=30)
    args = ap.parse_args(argv)
    words: set[str] = set()
    for n, line in enumerate(args.dict_txt.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if len(parts) != 3:
            raise SystemExit(f"{args.dict_txt}:{n}: expected 'word freq tag', got {line!r}")
        word, freq, tag = parts
        if len(word) == 2 and all("\u4e00" <= c <= "\u9fff" for c in word) and tag in TAGS \
                and int(freq) >= args.min_freq:
            words.add(word)
    header = ("# Two-character verbs, prepositions, conjunctions and adverbs (one per line), from jieba's\n"
              "# dictionary (jieba 0.42.1, MIT licence), built by tools/build_verb_lexicon.py.\n")
    OUT.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
