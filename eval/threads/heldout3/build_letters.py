#!/usr/bin/env python3
"""Writes letters/ of the heldout3 set from the hand-written texts in letters_a.py and letters_b.py.

Formats: utf8 (plain UTF-8, LF), utf8bom (UTF-8 with BOM), utf8crlf (UTF-8, CRLF line ends),
gb18030, docx (python-docx, one paragraph per line), html (UTF-8 page as written),
trad (the text converted to traditional characters with OpenCC s2t, UTF-8).
Run from /work/main:  .venv/bin/python eval/threads/heldout3/build_letters.py
"""
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from letters_a import LETTERS_A  # noqa: E402
from letters_b import LETTERS_B  # noqa: E402

LETTERS = LETTERS_A + LETTERS_B


def write(path, fmt, text):
    if fmt == 'docx':
        import docx
        d = docx.Document()
        d.core_properties.author = 'user'  # no tool or writer name in the file
        for line in text.strip('\n').split('\n'):
            d.add_paragraph(line)
        d.save(path)
        return
    if fmt == 'trad':
        import opencc
        text = opencc.OpenCC('s2t').convert(text)
    enc = {'gb18030': 'gb18030', 'utf8bom': 'utf-8-sig'}.get(fmt, 'utf-8')
    nl = '\r\n' if fmt == 'utf8crlf' else '\n'
    with open(path, 'w', encoding=enc, newline=nl) as fh:
        fh.write(text)


def main():
    out = os.path.join(HERE, 'letters')
    names = [n for n, _, _ in LETTERS]
    assert len(names) == len(set(names)), 'duplicate file names'
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    for name, fmt, text in LETTERS:
        write(os.path.join(out, name), fmt, text)
    print(len(LETTERS), 'letters written')


if __name__ == '__main__':
    main()
