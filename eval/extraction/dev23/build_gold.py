"""Build dev23: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage: python3 /work/main/eval/extraction/dev23/build_gold.py   (stdlib python3; .docx via stdocx.py)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, imported not copied
import goldkit  # noqa: E402
import stdocx  # noqa: E402

stdocx.patch(goldkit)
MODULES = ["spec_a", "spec_b", "spec_c", "spec_d", "spec_e"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
