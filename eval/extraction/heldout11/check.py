"""Check heldout11's gold.jsonl against docs/ (and texts/): sha256, span texts, order, overlaps, labels,
relation signatures, doc fields, aliases; prints counts. Exit status 1 on any error.

Usage: /usr/bin/python3 eval/extraction/heldout11/check.py   (stdlib only; .docx read by docxlite.py)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))  # dev6's goldkit, imported, not copied
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import docxlite  # noqa: E402

docxlite.install(goldkit)

if __name__ == '__main__':
    sys.exit(goldkit.check(HERE))
