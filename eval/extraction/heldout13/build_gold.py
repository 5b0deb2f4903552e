"""Build heldout13: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): python3 eval/extraction/heldout13/build_gold.py
(goldkit is dev6's eval code, imported, not copied. Without python-docx, docx_stdlib.py here writes and reads the 3 .docx.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402
import docx_stdlib  # noqa: E402  (this folder: stdlib .docx writer/reader when python-docx is missing)

docx_stdlib.patch(goldkit)

MODULES = ["spec_a", "spec_b", "spec_c"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
