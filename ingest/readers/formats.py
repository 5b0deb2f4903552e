"""What format a document is: by its name's suffix, and by its content's signature (which beats a misleading
suffix); the hints given for formats that are not read."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

_EXT_FORMAT = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".zip": "zip",
}
SUPPORTED_SUFFIXES = frozenset(_EXT_FORMAT)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")

_UNSUPPORTED_HINTS = {
    "doc": "legacy Word 97-2003 format (.doc) is not supported — "
    "open it in Word/WPS and save as .docx (or PDF)",
    "wps": "WPS document format is not supported — save it as .docx or PDF",
    "rtf": "RTF is not supported — open it in Word/WPS and save as .docx",
    "odt": "OpenDocument text is not supported — save it as .docx",
    "ofd": "OFD e-documents are not supported — export it to PDF",
    "image": "image file — run OCR first or supply the text",
    "zip": "zip archive — read it with iter_documents() (or name it .zip)",
    "archive": "only .zip archives are supported — repack it as .zip",
    "mht": "MHTML web archive is not supported — save the page as .html",
    "spreadsheet": "spreadsheets are not supported — supply the letter as .docx, PDF or text",
    "slides": "presentations are not supported — supply the letter as .docx, PDF or text",
}
_EXT_UNSUPPORTED = {
    ".doc": "doc",
    ".dot": "doc",
    ".wps": "wps",
    ".rtf": "rtf",
    ".odt": "odt",
    ".ofd": "ofd",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".tif": "image",
    ".tiff": "image",
    ".bmp": "image",
    ".gif": "image",
    ".webp": "image",
    ".rar": "archive",
    ".7z": "archive",
    ".tar": "archive",
    ".gz": "archive",
    ".tgz": "archive",
    ".mht": "mht",
    ".mhtml": "mht",
    ".xls": "spreadsheet",
    ".xlsx": "spreadsheet",
    ".et": "spreadsheet",
    ".csv": "spreadsheet",
    ".ppt": "slides",
    ".pptx": "slides",
}


def _suffix(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).suffix.lower()


def _sniff(data: bytes) -> str | None:
    head = data[:1024]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError, OSError):
            return "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    low = stripped[:512].lower()
    if low.startswith((b"<!doctype html", b"<html")) or (
        low.startswith(b"<?xml") and b"<html" in low
    ):
        return "html"
    return None


def _classify(name: str, data: bytes) -> str:
    """Format to read ``data`` as; content signatures beat a misleading extension."""
    ext = _suffix(name)
    by_ext = _EXT_FORMAT.get(ext) or _EXT_UNSUPPORTED.get(ext) or ("txt" if not ext else "unknown")
    sniffed = _sniff(data)
    if sniffed == "ole":
        if by_ext == "docx":
            return "docx"  # read_docx explains (password-protected or legacy .doc)
        return by_ext if by_ext in ("wps", "spreadsheet", "slides") else "doc"
    if sniffed == "zip":
        return "docx" if by_ext == "docx" else "zip"
    if sniffed in ("pdf", "docx", "image", "rtf"):
        return sniffed
    if sniffed == "html" and by_ext in ("txt", "html", "doc", "unknown"):
        return "html"
    return by_ext
