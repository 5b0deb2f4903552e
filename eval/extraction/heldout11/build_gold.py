"""Build heldout11: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage: /usr/bin/python3 eval/extraction/heldout11/build_gold.py   (stdlib only; .docx via docxlite.py)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, imported, not copied
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import docxlite  # noqa: E402

docxlite.install(goldkit)
MODULES = ["spec_a", "spec_b"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
