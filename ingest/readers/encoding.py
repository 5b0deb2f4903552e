"""Encoding detection for short Chinese texts.

charset-normalizer alone mislabels short GBK texts, so the order is:

1. byte-order mark (UTF-8, UTF-16 LE/BE);
2. strict UTF-8 (unless the text is full of NULs/control characters);
3. a declared charset (HTML ``<meta>``), if it decodes strictly;
4. strict UTF-16 LE/BE, GB18030 and Big5 (cp950) on a sample, each scored by how
   much the decoded characters look like Chinese prose (common hanzi, CJK
   punctuation, ASCII); GB18030 wins ties;
5. binary sniffing (NULs, control bytes);
6. charset-normalizer, accepted only if its result also scores as prose;
7. lenient GB18030 / UTF-8 with a handful of replacement characters;
8. otherwise ``undecodable``.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass

from graph.types.text import simplified_char

from .model import Status

__all__ = ["Decoded", "decode_text", "normalize_charset", "text_quality"]

SAMPLE_BYTES = 64 * 1024
#: Minimum prose score for a candidate decoding to be accepted.
MIN_QUALITY = 0.6
#: Preference added to a candidate's score, to break near-ties.
_BONUS = {"gb18030": 0.03, "utf-16-le": 0.01, "utf-16-be": 0.0, "cp950": -0.05}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0c\x1a")


@dataclass(frozen=True, slots=True)
class Decoded:
    status: Status
    text: str | None = None
    encoding: str | None = None
    #: Message fragment without the file name ("" when nothing to say).
    note: str = ""


_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "gb_2312": "gb18030",
    "euc-cn": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "big-5": "cp950",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "unicode": "utf-16",
    "utf-16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
}


def normalize_charset(name: str | None) -> str | None:
    """Map a declared charset to the Python codec we decode it with (GBK → GB18030...)."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    if key in _CHARSET_ALIASES:
        return _CHARSET_ALIASES[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


@functools.lru_cache(maxsize=65536)
def _gb2312_level(ch: str) -> int:
    """1 for GB2312 level-1 hanzi (the 3755 common ones), 2 for level 2, 0 otherwise."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return 0
    if len(b) != 2:
        return 0
    if 0xB0 <= b[0] <= 0xD7:
        return 1
    if 0xD8 <= b[0] <= 0xF7:
        return 2
    return 0


@functools.lru_cache(maxsize=65536)
def _char_score(ch: str) -> float:
    o = ord(ch)
    if o < 0x80:
        if ch.isalpha():
            # Letters are fine in Chinese letters (project codes) but weigh a bit less
            # than hanzi: UTF-16 CJK misread as GB18030 turns into runs of letters.
            return 0.85
        if 0x20 <= o < 0x7F or ch in "\t\n\r":
            return 1.0
        return 0.0
    if 0x4E00 <= o <= 0x9FFF:
        level = _gb2312_level(ch) or _gb2312_level(simplified_char(ch))
        return {1: 1.0, 2: 0.8}.get(level, 0.3)
    if 0x3000 <= o <= 0x3011 or 0x3014 <= o <= 0x301F:  # 、。〈〉《》「」【】〔〕...
        return 1.0
    if 0xFF01 <= o <= 0xFF5E or 0xFFE0 <= o <= 0xFFE6:  # fullwidth ASCII, ￥
        return 1.0
    if 0x2010 <= o <= 0x2027 or 0x2030 <= o <= 0x205E:  # — … “” ‘’ ※ ‰
        return 1.0
    if 0x2460 <= o <= 0x24FF or 0x2160 <= o <= 0x217F:  # ① Ⅰ
        return 1.0
    if 0x25A0 <= o <= 0x25FF or o in (0x2605, 0x2606, 0x00B7, 0x00D7, 0x00F7, 0x00A0):
        return 1.0  # ■□▲○● ★☆ · × ÷ nbsp
    if 0x3400 <= o <= 0x4DBF:
        return 0.1
    if 0x00A1 <= o <= 0x00FF or 0x2190 <= o <= 0x21FF or 0x2500 <= o <= 0x257F:
        return 0.5
    if 0x0391 <= o <= 0x03C9 or 0x0401 <= o <= 0x0451 or 0x3040 <= o <= 0x30FF:
        return 0.2
    if 0x0080 <= o <= 0x009F or ch == "\ufffd":
        return 0.0
    if 0xE000 <= o <= 0xF8FF:
        return -3.0  # private use: GBK/Big5 user-defined areas, a strong sign of a wrong guess
    if 0xA000 <= o <= 0xA4CF or 0xAC00 <= o <= 0xD7A3:
        return 0.0  # Yi, Hangul syllables: typical mojibake
    return 0.1


def text_quality(text: str) -> float:
    """Mean "looks like Chinese prose" score in [0, 1] (1 = all common characters)."""
    if not text:
        return 0.0
    sample = text[:20000]
    return max(0.0, sum(_char_score(c) for c in sample) / len(sample))


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(
        1
        for c in sample
        if (ord(c) < 0x20 and c not in _ALLOWED_CONTROLS) or 0x7F <= ord(c) <= 0x9F
    )
    return bad / len(sample)


def _strict(data: bytes, encoding: str, *, partial: bool) -> str | None:
    """Strict decode; with ``partial`` a multi-byte sequence cut at the end is tolerated."""
    try:
        dec = codecs.getincrementaldecoder(encoding)(errors="strict")
        return dec.decode(data, final=not partial)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if (b < 0x20 and b not in b"\t\n\r\x0b\x0c\x1a\x1b") or b == 0x7F)
    return ctrl / max(1, len(sample)) > 0.05


def _finish(text: str, encoding: str, note: str = "") -> Decoded:
    text = text.removeprefix("\ufeff")
    if not text.strip():
        return Decoded(Status.EMPTY, None, encoding, "contains only whitespace")
    return Decoded(Status.OK, text, encoding, note)


def _bom(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    return None


def _lenient(data: bytes, encoding: str) -> Decoded | None:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if (
        bad / max(1, len(text)) <= 0.02
        and _control_ratio(text) < 0.01
        and text_quality(text) >= MIN_QUALITY
    ):
        return _finish(text, encoding, f"{bad} undecodable byte sequence(s) replaced by U+FFFD")
    return None


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode raw bytes of a text document. ``declared`` is a charset from metadata."""
    if not data:
        return Decoded(Status.EMPTY, note="file is empty (0 bytes)")

    # 1. Byte-order mark.
    bom = _bom(data)
    if bom is not None:
        skip = 3 if bom == "utf-8-sig" else 2
        body = data[skip:]
        text = _strict(body, bom.replace("-sig", ""), partial=False)
        if text is not None:
            return _finish(text, bom)
        lenient = _lenient(body, bom.replace("-sig", ""))
        if lenient is not None:
            return Decoded(lenient.status, lenient.text, bom, lenient.note)
        return Decoded(
            Status.UNDECODABLE,
            encoding=bom,
            note=f"starts with a {bom} byte-order mark but is not valid {bom}",
        )

    # 2. Strict UTF-8 (ASCII-heavy UTF-16 is valid UTF-8 with NULs: guard against it).
    # A few GBK bytes can form valid UTF-8 by accident ("十" → "ʮ"): when there are
    # only a handful of non-ASCII characters and they look like mojibake, let the
    # other candidates compete and keep UTF-8 as the fallback.
    utf8 = _strict(data, "utf-8", partial=False)
    if utf8 is not None and ("\x00" in utf8 or _control_ratio(utf8) >= 0.01):
        utf8 = None
    if utf8 is not None:
        # Every non-ASCII character takes 2-4 bytes, so more than 48 extra bytes means
        # more than 16 non-ASCII characters; otherwise count them (in C, via the regex).
        many = len(data) - len(utf8) > 48 or len(_NON_ASCII.findall(utf8)) > 16
        if many or text_quality(utf8) >= MIN_QUALITY:
            return _finish(utf8, "utf-8")

    # 3. Declared charset (e.g. HTML meta).
    enc = normalize_charset(declared)
    if enc is not None and enc not in ("utf-8", "utf-16"):
        text = _strict(data, enc, partial=False)
        if text is not None and _control_ratio(text) < 0.01 and text_quality(text) >= MIN_QUALITY:
            return _finish(text, enc)

    # 4. Candidates, scored on a sample.
    sample = data[:SAMPLE_BYTES]
    partial = len(data) > SAMPLE_BYTES
    scored: list[tuple[float, str]] = []
    for cand in ("utf-16-le", "utf-16-be", "gb18030", "cp950"):
        if cand.startswith("utf-16") and len(data) % 2:
            continue
        text = _strict(sample, cand, partial=partial)
        if text is None or _control_ratio(text) >= 0.01:
            continue
        quality = text_quality(text)
        if quality >= MIN_QUALITY:
            scored.append((quality + _BONUS[cand], cand))
    for _, cand in sorted(scored, reverse=True):
        text = _strict(data, cand, partial=False)
        if text is not None:
            return _finish(text, cand)
        lenient = _lenient(data, cand)
        if lenient is not None:
            return lenient

    if utf8 is not None:
        return _finish(utf8, "utf-8")

    # 5. Binary junk.
    if _looks_binary(data):
        return Decoded(Status.BINARY, note="looks like binary data, not text")

    # 6. charset-normalizer, as a last resort.
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure must not crash ingestion
        best = None
    if best is not None and best.encoding:
        text = str(best)
        if (
            "\ufffd" not in text
            and _control_ratio(text) < 0.01
            and text_quality(text) >= MIN_QUALITY
        ):
            return _finish(text, normalize_charset(best.encoding) or best.encoding)

    # 7. Lenient decodes of the likely encodings.
    for cand in ("gb18030", "utf-8"):
        lenient = _lenient(data, cand)
        if lenient is not None:
            return lenient

    return Decoded(
        Status.UNDECODABLE,
        note="cannot determine the text encoding (tried UTF-8, UTF-16, GB18030, Big5) "
        "— re-save it as UTF-8",
    )
