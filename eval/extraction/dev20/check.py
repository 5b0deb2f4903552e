"""Check dev20's gold.jsonl against docs/ (and texts/): sha256, span texts, order, overlaps, labels,
relation signatures, doc fields, aliases; prints counts. Exit status 1 on any error.

Usage (from the repo root): python3 eval/extraction/dev20/check.py   (stdlib only)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docx_stdlib  # noqa: E402
goldkit = docx_stdlib.goldkit

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'review':
        goldkit.review(HERE, sys.argv[2:])
    else:
        sys.exit(goldkit.check(HERE))
