"""Word 2007+ (.docx) → text, with python-docx.

The body is walked in document order: paragraphs, tables (one line per row,
cells separated by a tab, merged cells once), content controls (``w:sdt``) and
text boxes (after the paragraph that anchors them; the VML fallback copy of a
text box is skipped). Deleted revisions and field codes are left out. Empty
paragraphs are dropped and the remaining ones are joined by ``"\\n"``.
The first section's page header comes first when it carries text (a red header —
issuing organ, 文号 — is often put there); footers, footnotes and comments are not read.
"""

from __future__ import annotations

import io
import zipfile

from .encoding import Decoded
from .model import ReadLimits, Status

__all__ = ["docx_to_text", "read_docx"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT = map(_q, ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_T, _TAB, _BR, _CR, _NBH = map(_q, ("t", "tab", "br", "cr", "noBreakHyphen"))
_TXBX = _q("txbxContent")
_SKIP = frozenset(map(_q, ("delText", "instrText", "pPr", "rPr", "sdtPr", "del", "moveFrom")))
_FALLBACK = f"{{{_MC}}}Fallback"
_CONTAINERS = frozenset(map(_q, ("customXml", "ins", "moveTo", "smartTag", "sdtContent")))


def _inline(el, out: list[str], boxes: list) -> None:  # type: ignore[no-untyped-def]
    """Run-level text of a paragraph, collecting text boxes for later."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP or tag == _FALLBACK:
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            out.append("\n")
        elif tag == _NBH:
            out.append("-")
        elif tag == _TXBX:
            boxes.append(child)
        else:
            _inline(child, out, boxes)


def _blocks(el, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    for child in el:
        tag = child.tag
        if tag == _P:
            parts: list[str] = []
            boxes: list = []  # type: ignore[type-arg]
            _inline(child, parts, boxes)
            lines.append("".join(parts))
            for box in boxes:
                _blocks(box, lines)
        elif tag == _TBL:
            for row in child.iter(_TR):
                if _nearest_table(row) is not child:
                    continue  # rows of nested tables are rendered inside their cell
                cells = []
                for cell in row:
                    if cell.tag == _SDT:  # cell wrapped in a content control
                        content = cell.find(_SDT_CONTENT)
                        cell_list = [] if content is None else list(content.iter(_TC))[:1]
                    else:
                        cell_list = [cell] if cell.tag == _TC else []
                    for tc in cell_list:
                        cell_lines: list[str] = []
                        _blocks(tc, cell_lines)
                        cells.append(" ".join(x.strip() for x in cell_lines if x.strip()))
                lines.append("\t".join(cells))
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                _blocks(content, lines)
        elif tag in _CONTAINERS:
            _blocks(child, lines)


def _nearest_table(el):  # type: ignore[no-untyped-def]
    parent = el.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def docx_to_text(data: bytes) -> str:
    import docx  # python-docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    if document.sections:
        header = document.sections[0].header
        if not header.is_linked_to_previous:
            _blocks(header._element, lines)
    _blocks(document.element.body, lines)
    return "\n".join(line for line in lines if line.strip())


def _zip_precheck(data: bytes, limits: ReadLimits) -> str | None:
    """Reason why this .docx must not be opened (zip bomb, not a Word file), or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        return "not a valid .docx (the zip container is damaged or this is not a Word file)"
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        return "zip file without a Word document inside (word/document.xml missing)"
    total = sum(i.file_size for i in infos)
    if total > limits.max_docx_unpacked_bytes:
        return (
            f"unpacks to {total / 1e6:.0f} MB, over the {limits.max_docx_unpacked_bytes / 1e6:.0f}"
            " MB limit (zip bomb?)"
        )
    for info in infos:
        if info.file_size > 10_000_000 and info.file_size > limits.max_compression_ratio * max(
            1, info.compress_size
        ):
            return f"part {info.filename} is compressed suspiciously well (zip bomb?)"
        if info.flag_bits & 0x1:
            return "part of the document is encrypted"
    return None


def read_docx(data: bytes, limits: ReadLimits) -> Decoded:
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return Decoded(
                Status.CORRUPT,
                note="Word document is password-protected — ask the sender for an unprotected copy",
            )
        return Decoded(
            Status.UNSUPPORTED,
            note="legacy Word 97-2003 (.doc) content under a .docx name — "
            "open it in Word/WPS and save as .docx",
        )
    problem = _zip_precheck(data, limits)
    if problem is not None:
        return Decoded(Status.CORRUPT, note=problem)
    try:
        text = docx_to_text(data)
    except Exception as exc:  # noqa: BLE001 - a broken file must not crash ingestion
        msg = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return Decoded(Status.CORRUPT, note=f"cannot open as a Word document (damaged?): {msg}")
    if not text.strip():
        return Decoded(Status.EMPTY, note="Word document contains no text")
    return Decoded(Status.OK, text)
