"""Check dev6's gold.jsonl against docs/ (and texts/): sha256, span texts, order, overlaps, labels,
relation signatures, doc fields, aliases; prints counts. Exit status 1 on any error.

Usage (from the repo root): .venv/bin/python eval/extraction/dev6/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldkit  # noqa: E402

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
