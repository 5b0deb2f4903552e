"""A same-length simplified, half-width view of a text, so offsets stay aligned.

Extraction runs on the view; spans are reported against the original text. Traditional
characters go through OpenCC t2s line by line; a line whose conversion changes length is
converted character by character instead (keeping any character whose conversion is not
exactly one character), so ``len(view) == len(text)`` always holds and the offset map is
the identity.
"""

from __future__ import annotations

from functools import lru_cache

from opencc import OpenCC

_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FULLWIDTH.update({0x3000: 0x20, 0xFE5D: 0x3014, 0xFE5E: 0x3015})  # ideographic space, ﹝﹞ -> 〔〕


@lru_cache(maxsize=1)
def _cc() -> OpenCC:
    return OpenCC("t2s")


@lru_cache(maxsize=65536)
def _char_t2s(ch: str) -> str:
    out = _cc().convert(ch)
    return out if len(out) == 1 else ch


def _line_t2s(line: str) -> str:
    if line.isascii():
        return line
    out = _cc().convert(line)
    if len(out) == len(line):
        return out
    return "".join(_char_t2s(c) for c in line)


def simplified_view(text: str) -> str:
    """Return a simplified, half-width string of exactly ``len(text)`` characters."""
    half = text.translate(_FULLWIDTH)
    if all(_char_t2s(c) == c for c in set(half) if c > "\u2e7f"):
        return half  # nothing to convert (the common, simplified case)
    view = "".join(_line_t2s(line) for line in half.splitlines(keepends=True))
    if len(view) != len(text):  # cannot happen with the fallbacks above; kept as a guard
        view = "".join(_char_t2s(c) for c in half)
    return view


def looks_traditional(text: str) -> bool:
    """True when a noticeable share of CJK characters change under t2s."""
    cjk = [c for c in text[:3000] if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return False
    changed = sum(1 for c in cjk if _char_t2s(c) != c)
    return changed / len(cjk) > 0.03
