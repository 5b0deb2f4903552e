"""HTML → text: charset from BOM / UTF-8 / ``<meta>`` / detection, block elements as lines."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import (
    CData,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from .encoding import Decoded, decode_text
from .model import Status

__all__ = ["html_to_text", "read_html", "sniff_meta_charset"]

_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_DECL = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.IGNORECASE)

_DROP = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "iframe",
        "object",
        "embed",
        "svg",
        "canvas",
        "select",
        "button",
        "datalist",
    }
)
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "caption",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "option",
        "legend",
    }
)
_CELL = frozenset({"td", "th"})
_SKIP_STRINGS = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
_WS = re.compile(r"[ \t\r\n\f\v]+")
_CJK_BREAK = re.compile(
    r"(?<=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])[ \t\r\f\v]*\n[ \t\r\n\f\v]*(?=[\u3400-\u9fff\u3000-\u303f\uff00-\uffef])"
)


def sniff_meta_charset(data: bytes) -> str | None:
    """Charset declared in ``<meta charset>`` / ``http-equiv`` or an XML declaration."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or _XML_DECL.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


def _collapse(s: str) -> str:
    # A source line break between two CJK characters is not a space in Chinese text.
    s = _CJK_BREAK.sub("", s)
    return _WS.sub(" ", s)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document, one block element per line, no blank lines."""
    soup = BeautifulSoup(markup, "lxml")
    out: list[str] = []

    def walk(node: Tag, in_pre: bool) -> None:
        for child in node.children:
            if isinstance(child, Tag):
                name = (child.name or "").lower()
                if name in _DROP:
                    continue
                if name == "br":
                    out.append("\n")
                    continue
                if name in _BLOCK:
                    out.append("\n")
                    walk(child, in_pre or name == "pre")
                    out.append("\n")
                elif name in _CELL:
                    walk(child, in_pre)
                    out.append("\t")
                else:
                    walk(child, in_pre)
            elif isinstance(child, NavigableString) and not isinstance(child, _SKIP_STRINGS):
                s = str(child).replace("\xa0", " ")
                out.append(s if in_pre else _collapse(s))

    walk(soup, False)
    lines = []
    for line in "".join(out).split("\n"):
        line = re.sub(r" *\t *", "\t", line)
        line = re.sub(r" {2,}", " ", line).strip(" \t\r")
        if line.strip():
            lines.append(line)
    return "\n".join(lines)


def read_html(data: bytes) -> Decoded:
    """Decode and extract; returns the encoding used and the extracted text."""
    decoded = decode_text(data, declared=sniff_meta_charset(data))
    if decoded.status is not Status.OK or decoded.text is None:
        return decoded
    try:
        text = html_to_text(decoded.text)
    except Exception as exc:  # noqa: BLE001 - malformed markup must not crash ingestion
        return Decoded(Status.CORRUPT, None, decoded.encoding, f"cannot parse HTML ({exc})")
    if not text.strip():
        return Decoded(Status.EMPTY, None, decoded.encoding, "HTML page has no visible text")
    return Decoded(Status.OK, text, decoded.encoding, decoded.note)
