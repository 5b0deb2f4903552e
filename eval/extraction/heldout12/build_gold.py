"""Build heldout12: docs/, texts/, gold.jsonl from the specs, then run the checker.
Usage: /usr/bin/python3 eval/extraction/heldout12/build_gold.py"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kit import goldkit, HERE  # noqa: E402

MODULES = ["spec_a", "spec_b", "spec_c"]
if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
