"""Build dev25: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): python3 eval/extraction/dev25/build_gold.py   (stdlib only)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import docxlite  # noqa: E402

docxlite.patch(goldkit)
MODULES = ["spec_a", "spec_b", "spec_c", "spec_d"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
