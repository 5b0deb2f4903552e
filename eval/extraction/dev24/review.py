"""Render dev24's gold inline (【text｜LABEL idx】), with relations and unannotated candidates.

Usage (from the repo root): .venv/bin/python eval/extraction/dev24/review.py [substring ...]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, reused
import goldkit  # noqa: E402

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:] or None)
