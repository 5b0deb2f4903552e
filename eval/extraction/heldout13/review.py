"""Render heldout13's gold inline. Usage: python3 eval/extraction/heldout13/review.py [substring]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
import goldkit  # noqa: E402
import docx_stdlib  # noqa: E402  (this folder: stdlib .docx writer/reader when python-docx is missing)

docx_stdlib.patch(goldkit)

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:])
