"""Check heldout15's gold.jsonl against docs/ (and texts/); prints counts; exit status 1 on any error.

Usage: python3 eval/extraction/heldout15/check.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
try:
    import docx  # noqa: F401
except ImportError:
    sys.path.insert(0, os.path.join(HERE, '_docxshim'))
import goldkit  # noqa: E402

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'review':
        goldkit.review(HERE, sys.argv[2:])
    else:
        sys.exit(goldkit.check(HERE))
