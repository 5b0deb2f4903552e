"""Check heldout13's gold.jsonl against docs/ (and texts/). Exit status 1 on any error.

Usage (from the repo root): python3 eval/extraction/heldout13/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402
import docx_stdlib  # noqa: E402  (this folder: stdlib .docx writer/reader when python-docx is missing)

docx_stdlib.patch(goldkit)

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
