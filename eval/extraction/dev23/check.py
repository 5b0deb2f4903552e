"""Check dev23's gold.jsonl against docs/ (and texts/); prints counts; exit 1 on any error.

Usage: python3 /work/main/eval/extraction/dev23/check.py      (review: python3 check.py review [substring])
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, imported not copied
import goldkit  # noqa: E402
import stdocx  # noqa: E402

stdocx.patch(goldkit)

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'review':
        goldkit.review(HERE, sys.argv[2:])
    else:
        sys.exit(goldkit.check(HERE))
