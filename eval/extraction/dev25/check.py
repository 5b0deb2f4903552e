"""Check dev25's gold.jsonl against docs/ (and texts/); prints counts; exit status 1 on any error.

Usage (from the repo root): python3 eval/extraction/dev25/check.py   (stdlib only)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import docxlite  # noqa: E402

docxlite.patch(goldkit)

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
