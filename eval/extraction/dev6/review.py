"""Render dev6's gold inline (【text｜LABEL idx】), with relations, aliases and notes.

Usage (from the repo root): .venv/bin/python eval/extraction/dev6/review.py [file-substring ...]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import goldkit  # noqa: E402

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:])
