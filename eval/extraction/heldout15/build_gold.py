"""Build heldout15: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage: python3 eval/extraction/heldout15/build_gold.py   (stdlib python is enough: a tiny stand-in for
python-docx in _docxshim/ is used when python-docx is not installed)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, imported, not copied
try:
    import docx  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.join(HERE, '_docxshim'))
import goldkit  # noqa: E402

MODULES = ["spec_a", "spec_b", "spec_c", "spec_d", "spec_e", "spec_f", "spec_g", "spec_h", "spec_i", "spec_j", "spec_k", "spec_l", "spec_m"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
