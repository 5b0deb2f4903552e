"""Render dev21's gold inline: /usr/bin/python3 eval/extraction/dev21/review.py [file substring ...]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), 'dev6'))
sys.path.insert(0, HERE)
import goldkit  # noqa: E402
import mini_docx  # noqa: E402

mini_docx.patch(goldkit)

if __name__ == '__main__':
    goldkit.review(HERE, sys.argv[1:])
