"""Traditional → simplified view of a text, with offsets that map back to the original.

The conversion uses the OpenCC ``t2s`` dictionaries shipped with
``opencc-python-reimplemented`` (read directly from the package, no network):
``TSPhrases`` (longest match first, only where the phrase keeps its length) and
``TSCharacters`` for everything else, one character at a time. With the current
dictionaries every substitution keeps the length, so the view is aligned with the
original character for character; if a substitution ever changes the length, an
explicit :class:`OffsetMap` records it so that any span of the view maps back to
the exact span of the original.

Besides t2s, the view also folds the Kangxi radicals (U+2F00–U+2FDF) and CJK
compatibility ideographs (U+F900–U+FAFF) to the unified ideograph they stand for
(``⾦`` → ``金``), a frequent artefact of PDF text extraction. This is also one
character for one character.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "OffsetMap",
    "is_cjk",
    "looks_traditional",
    "simplified_view",
    "to_simplified_char",
]


def is_cjk(ch: str) -> bool:
    """True for CJK unified ideographs (basic block and extension A)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF


def _dict_dir() -> Path:
    import opencc  # opencc-python-reimplemented

    return Path(opencc.__file__).resolve().parent / "dictionary"


def _load(name: str) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    with (_dict_dir() / name).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or "\t" not in line:
                continue
            key, values = line.split("\t", 1)
            table[key] = values.split(" ")
    return table


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], int, frozenset[str], frozenset[str]]:
    """(char map, phrase map, longest phrase, trad-only chars, simp-only chars)."""
    ts_chars = _load("TSCharacters.txt")
    st_chars = _load("STCharacters.txt")
    ts_phrases = _load("TSPhrases.txt")
    char_map = {k: v[0] for k, v in ts_chars.items() if v and v[0] != k}
    phrase_map = {k: v[0] for k, v in ts_phrases.items() if v and len(k) > 1}
    longest = max((len(k) for k in phrase_map), default=1)
    # A character is "traditional-only" when t2s never keeps it, "simplified-only"
    # when s2t never keeps it (个 → 個; but 后 → 後|后 is ambiguous and not counted).
    trad_only = frozenset(k for k, v in ts_chars.items() if k not in v)
    simp_only = frozenset(k for k, v in st_chars.items() if k not in v)
    return char_map, phrase_map, longest, trad_only, simp_only


def _fold(ch: str) -> str:
    o = ord(ch)
    if 0x2F00 <= o <= 0x2FDF or 0xF900 <= o <= 0xFAFF:
        folded = unicodedata.normalize("NFKC", ch)
        if len(folded) == 1:
            return folded
    return ch


def to_simplified_char(ch: str) -> str:
    """t2s of one character (context-free; first OpenCC candidate)."""
    ch = _fold(ch)
    return _tables()[0].get(ch, ch)


def looks_traditional(text: str) -> bool:
    """True when the text reads as traditional Chinese.

    Counts characters that only exist in traditional form (廣, 東, 處...) against
    characters that only exist in simplified form (广, 东, 处...); ambiguous ones
    (后/後 share 后, 干...) are ignored. Needs at least one traditional-only
    character and more of them than simplified-only ones.
    """
    _, _, _, trad_only, simp_only = _tables()
    trad = simp = 0
    for ch in text:
        if ch in trad_only:
            trad += 1
        elif ch in simp_only:
            simp += 1
    return trad > 0 and trad > simp


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps spans between an original text and its simplified view.

    Spans are Python half-open ``(start, end)`` character offsets. When the view
    has the same length as the original and every character maps to one
    character (always the case with the current OpenCC dictionaries) the map is
    the identity. Otherwise ``segments`` lists every substitution that changed
    the length as ``(orig_start, orig_end, view_start, view_end)``; a span that
    starts or ends inside such a segment is widened to the whole segment.
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
            raise ValueError(f"span ({start}, {end}) outside 0..{length}")

    def _map(self, pos: int, is_start: bool, *, src: int, dst: int) -> int:
        if not self.segments:
            return pos
        starts = [seg[src] for seg in self.segments]
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0:
            return pos  # before the first changed segment
        seg = self.segments[i]
        s0, s1, d0, d1 = seg[src], seg[src + 1], seg[dst], seg[dst + 1]
        if pos >= s1:  # after this segment: shift by its accumulated delta
            return pos - s1 + d1
        if pos == s0:
            return d0
        return d0 if is_start else d1  # inside: widen to the whole segment


def simplified_view(text: str) -> tuple[str, OffsetMap]:
    """Simplified-character view of ``text`` and the map back to ``text``.

    Use the view for matching (dictionaries, regexes written in simplified
    characters) and ``OffsetMap.to_original`` to cut the matched span out of the
    original text.
    """
    char_map, phrase_map, longest, _, _ = _tables()
    folded = "".join(_fold(ch) for ch in text)
    pieces: list[str] = []
    segments: list[tuple[int, int, int, int]] = []
    view_pos = 0
    i, n = 0, len(folded)
    while i < n:
        ch = folded[i]
        src, out = ch, char_map.get(ch, ch)
        if is_cjk(ch):
            for size in range(min(longest, n - i), 1, -1):
                cand = folded[i : i + size]
                hit = phrase_map.get(cand)
                if hit is not None and len(hit) == size:
                    src, out = cand, hit
                    break
        if len(out) != len(src):
            segments.append((i, i + len(src), view_pos, view_pos + len(out)))
        pieces.append(out)
        view_pos += len(out)
        i += len(src)
    view = "".join(pieces)
    return view, OffsetMap(len(text), len(view), tuple(segments))
