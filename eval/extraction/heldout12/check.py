"""Check heldout12's gold.jsonl against docs/ and texts/. Exit status 1 on any error.
Usage: /usr/bin/python3 eval/extraction/heldout12/check.py"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kit import goldkit, HERE  # noqa: E402

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
