"""Check dev24's gold.jsonl against docs/ (and texts/): sha256, span texts, order, overlaps, labels,
relation signatures, doc fields, aliases; prints counts. Exit status 1 on any error.

Usage (from the repo root): .venv/bin/python eval/extraction/dev24/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
