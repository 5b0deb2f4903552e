"""The one text view: traditional → simplified (OpenCC's tables), full-width → half-width.

Every part of liandong that compares Chinese text — extraction, letter reading, resolution,
masking, full-text search — goes through this module, so a character comes out the same
everywhere (``瞭解`` → ``了解``, ``⾦`` → ``金``, ``關於`` → ``关于``).

The conversion reads the ``t2s`` dictionaries shipped with ``opencc-python-reimplemented``
(files inside the package, no network), once per process:

* ``TSPhrases`` first, longest match, left to right (``瞭解`` → ``了解``, ``乾燥`` → ``干燥`` but
  ``乾坤`` stays), then ``TSCharacters`` for every other character (first candidate);
* Kangxi radicals (U+2F00–U+2FDF) and CJK compatibility ideographs (U+F900–U+FAFF) are folded to
  the unified ideograph they stand for (``⾦`` → ``金``), a frequent artefact of PDF extraction.

Only substitutions that keep the length are used (with the current dictionaries that is all of
them), so every view has exactly the length of the original and a position in the view is the same
position in the original: spans found in the view are cut from the original as they are.

* :func:`simplified` — t2s only (punctuation and digits as written), with its :class:`OffsetMap`;
* :func:`view` — t2s and half-width (what extraction runs on);
* :func:`fold` — t2s, half-width and lower case (what search compares);
* :func:`traditional` — s2t per character (a query as the index may hold it).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from graph.errors import ProgrammingError

__all__ = [
    "OffsetMap", "clean", "fold", "fold_radicals", "half_width", "is_cjk", "looks_traditional", "simplified",
    "simplified_char", "traditional", "validate", "view",
]


def is_cjk(ch: str) -> bool:
    """True for CJK unified ideographs (basic block and extension A)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def _dict_dir() -> Path:
    import opencc  # opencc-python-reimplemented: its dictionaries are files inside the package

    return Path(opencc.__file__).resolve().parent / "dictionary"


def _load(name: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    with (_dict_dir() / name).open(encoding="utf-8") as fh:
        for line in fh:
            key, sep, values = line.rstrip("\n").partition("\t")
            if key and sep:
                table[key] = values.split(" ")
    return table


def _fold_char(ch: str) -> str:
    o = ord(ch)
    if 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1:
            return folded
    return ch


class _Table(dict[int, str]):
    """A ``str.translate`` table filled on first use of each code point."""

    def __init__(self, one: Callable[[str], str]) -> None:
        super().__init__()
        self._one = one

    def __missing__(self, code: int) -> str:
        out = self._one(chr(code))
        self[code] = out
        return out


_RADICALS = [*range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00)]
# full-width forms → ASCII; the ideographic space → a space; ﹝﹞ → 〔〕
_HALF: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xFE5D: 0x3014, 0xFE5E: 0x3015}
# most texts hold none of these: a regular expression scan (C speed) decides whether to translate
_HAS_RADICAL = re.compile("[\u2f00-\u2fdf\uf900-\ufaff]")
_HAS_WIDE = re.compile("[\uff01-\uff5e\u3000\ufe5d\ufe5e]")


@dataclass(frozen=True)
class _Tables:
    chars: dict[str, str]           # t2s of one character (after folding), only where it changes
    phrases: dict[str, str]         # t2s of a phrase (2+ characters), length kept
    phrase_re: re.Pattern[str]      # the phrases, longest first
    s2t: dict[int, str]             # first s2t candidate of one character
    radicals: dict[int, str]        # radical / compatibility ideograph → unified ideograph
    t2s_re: re.Pattern[str]         # any character that ``chars`` changes
    changing: frozenset[str]        # every character t2s can change (by itself or in a phrase)
    trad_only: frozenset[str]       # characters t2s never keeps (廣, 東)
    simp_only: frozenset[str]       # characters s2t never keeps (广, 东)


@functools.cache
def _tables() -> _Tables:
    ts_chars = _load("TSCharacters.txt")
    st_chars = _load("STCharacters.txt")
    chars = {k: v[0] for k, v in ts_chars.items() if len(k) == 1 and v and len(v[0]) == 1 and v[0] != k}
    phrases = {k: v[0] for k, v in _load("TSPhrases.txt").items() if len(k) > 1 and v and len(v[0]) == len(k)}
    alternatives = sorted(phrases, key=lambda k: (-len(k), k))
    radicals = {cp: f for cp in _RADICALS if (f := _fold_char(chr(cp))) != chr(cp)}
    return _Tables(
        chars=chars,
        phrases=phrases,
        phrase_re=re.compile("|".join(map(re.escape, alternatives))),
        s2t={ord(k): v[0] for k, v in st_chars.items() if len(k) == 1 and v and len(v[0]) == 1 and v[0] != k},
        radicals=radicals,
        t2s_re=re.compile("[" + "".join(map(re.escape, sorted(chars))) + "]"),
        changing=frozenset(chars) | {a for k, v in phrases.items() for a, b in zip(k, v) if a != b},
        trad_only=frozenset(k for k, v in ts_chars.items() if k not in v),
        simp_only=frozenset(k for k, v in st_chars.items() if k not in v),
    )


def simplified_char(ch: str) -> str:
    """t2s of one character (context-free; first OpenCC candidate; radicals folded)."""
    ch = _fold_char(ch)
    return _tables().chars.get(ch, ch)


def _half(ch: str) -> str:
    return chr(_HALF.get(ord(ch), ord(ch)))


def _fold_one(ch: str) -> str:  # on a character already simplified
    half = _half(ch)
    low = half.lower()
    return low if len(low) == 1 else half


@functools.cache
def _fold_table() -> _Table:
    return _Table(_fold_one)


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps spans between an original text and its simplified view.

    Spans are half-open ``(start, end)`` character offsets. The view keeps the length (see the
    module doc), so the map is the identity unless ``segments`` lists substitutions that changed
    the length as ``(orig_start, orig_end, view_start, view_end)``; a span starting or ending
    inside such a segment is widened to the whole segment.
    """

    original_length: int
    view_length: int
    segments: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def is_identity(self) -> bool:
        return not self.segments

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Span of the view → span of the original."""
        self._check(start, end, self.view_length)
        return self._map(start, True, src=2, dst=0), self._map(end, False, src=2, dst=0)

    def to_view(self, start: int, end: int) -> tuple[int, int]:
        """Span of the original → span of the view."""
        self._check(start, end, self.original_length)
        return self._map(start, True, src=0, dst=2), self._map(end, False, src=0, dst=2)

    @staticmethod
    def _check(start: int, end: int, length: int) -> None:
        if not 0 <= start <= end <= length:
            raise ProgrammingError(f"span ({start}, {end}) outside 0..{length}")

    def _map(self, pos: int, is_start: bool, *, src: int, dst: int) -> int:
        if not self.segments:
            return pos
        i = bisect.bisect_right([seg[src] for seg in self.segments], pos) - 1
        if i < 0:
            return pos  # before the first changed segment
        seg = self.segments[i]
        s0, s1, d0, d1 = seg[src], seg[src + 1], seg[dst], seg[dst + 1]
        if pos >= s1:  # after this segment: shift by its accumulated delta
            return pos - s1 + d1
        if pos == s0:
            return d0
        return d0 if is_start else d1  # inside: widen to the whole segment


def _simplify(text: str) -> str:
    if text.isascii():
        return text
    tables = _tables()
    folded = text.translate(tables.radicals) if _HAS_RADICAL.search(text) else text
    if tables.changing.isdisjoint(folded):
        return folded  # the common case: a text already in simplified characters

    def chars(segment: str) -> str:
        return tables.t2s_re.sub(lambda m: tables.chars[m.group()], segment)

    pieces: list[str] = []
    pos = 0
    for m in tables.phrase_re.finditer(folded):
        pieces.append(chars(folded[pos : m.start()]))
        pieces.append(tables.phrases[m.group()])
        pos = m.end()
    pieces.append(chars(folded[pos:]))
    return "".join(pieces)


def simplified(text: str) -> tuple[str, OffsetMap]:
    """Simplified-character view of ``text`` (same length) and the map back to ``text``."""
    out = _simplify(text)
    return out, OffsetMap(len(text), len(out))


def fold_radicals(text: str) -> str:
    """Kangxi radicals and CJK compatibility ideographs as the unified ideograph (``⾦`` → ``金``)."""
    return text.translate(_tables().radicals) if _HAS_RADICAL.search(text) else text


def half_width(text: str) -> str:
    """Full-width letters, digits and punctuation as half-width; the ideographic space as a space."""
    return text.translate(_HALF) if _HAS_WIDE.search(text) else text


def view(text: str) -> str:
    """Simplified and half-width, same length as ``text`` (what extraction runs on)."""
    return half_width(_simplify(text))


def fold(text: str) -> str:
    """Simplified, half-width, lower case, same length as ``text`` (what search compares)."""
    return _simplify(text).translate(_fold_table())


def traditional(text: str) -> str:
    """Each character as traditional (first OpenCC s2t candidate): a query as an index may hold it."""
    return text.translate(_tables().s2t)


def looks_traditional(text: str) -> bool:
    """True when the text reads as traditional Chinese.

    Counts characters that only exist in traditional form (廣, 東, 處 …) against characters that
    only exist in simplified form (广, 东, 处 …); ambiguous ones (后/後 share 后, 干 …) are ignored.
    Needs at least one traditional-only character and more of them than simplified-only ones.
    """
    tables = _tables()
    trad = sum(1 for ch in text if ch in tables.trad_only)
    simp = sum(1 for ch in text if ch in tables.simp_only)
    return trad > 0 and trad > simp


def clean(value: object) -> str | None:
    """A text value as compared: the :func:`view`, trimmed; None when empty."""
    if value is None:
        return None
    return view(str(value)).strip() or None


def validate(value: object) -> bool:
    return clean(value) is not None
