"""Render heldout12 inline. Usage: /usr/bin/python3 eval/extraction/heldout12/review.py [substring]"""
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _kit import goldkit, HERE  # noqa: E402

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:])
