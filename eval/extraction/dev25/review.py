"""Render dev25's gold inline: python3 eval/extraction/dev25/review.py [substring]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import docxlite  # noqa: E402

docxlite.patch(goldkit)

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:])
