"""Build dev6: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): .venv/bin/python eval/extraction/dev6/build_gold.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldkit  # noqa: E402

MODULES = ['spec_prosecution', 'spec_letters', 'spec_court']

if __name__ == '__main__':
    goldkit.build(HERE, MODULES)
    sys.exit(goldkit.check(HERE))
