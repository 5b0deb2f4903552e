"""Build dev24: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): .venv/bin/python eval/extraction/dev24/build_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402

MODULES = ["spec_a", "spec_b", "spec_c", "spec_d"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
