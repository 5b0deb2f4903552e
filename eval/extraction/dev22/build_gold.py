"""Build dev22: write docs/ and texts/ from the specs, write gold.jsonl, then run the checker.

Usage (from the repo root): python3 eval/extraction/dev22/build_gold.py
dev6's goldkit is imported (not copied); its two python-docx hooks are replaced by minidocx (stdlib) when
python-docx is not importable.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402
import minidocx  # noqa: E402

try:
    import docx  # noqa: F401
except ImportError:
    goldkit._docx_bytes = minidocx.write
    goldkit.docx_text = minidocx.read

MODULES = ["spec_a", "spec_b", "spec_c", "spec_d"]

if __name__ == '__main__':
    goldkit.build(HERE, [m for m in MODULES if os.path.exists(os.path.join(HERE, m + '.py'))])
    sys.exit(goldkit.check(HERE))
