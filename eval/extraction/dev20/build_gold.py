"""Build dev20: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): python3 eval/extraction/dev20/build_gold.py   (stdlib only)
dev6's goldkit is imported, not copied. goldkit reads and writes .docx through python-docx; this set
replaces those two hooks with a stdlib (zipfile) writer and reader of a minimal WordprocessingML file
(one w:p with one w:r/w:t per line), so that no third-party package is needed.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docx_stdlib  # noqa: E402  (installs the stdlib .docx hooks into goldkit)
goldkit = docx_stdlib.goldkit

MODULES = ["spec_a", "spec_b", "spec_c", "spec_d"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
