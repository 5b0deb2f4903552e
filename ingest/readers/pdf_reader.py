"""PDF → text with pdfminer.six (text layer only; no OCR)."""

from __future__ import annotations

import io
import logging
import re

from graph.types.text import fold_radicals

from .encoding import Decoded
from .model import Status

__all__ = ["clean_pdf_text", "read_pdf"]

_CID = re.compile(r"\(cid:\d+\)")
_BLANK_RUN = re.compile(r"\n{3,}")
_TRAILING_WS = re.compile(r"[ \t]+\n")


def clean_pdf_text(raw: str) -> str:
    """Page breaks → newline, no trailing spaces, at most one blank line in a row."""
    text = raw.replace("\x0c", "\n").replace("\r\n", "\n")
    text = _TRAILING_WS.sub("\n", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return fold_radicals(text.strip("\n"))  # PDFs map glyphs to look-alikes: ⾦ for 金


def _has_eof_marker(data: bytes) -> bool:
    return b"%%EOF" in data[-2048:]


def read_pdf(data: bytes) -> Decoded:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    if b"%PDF-" not in data[:1024]:
        return Decoded(Status.CORRUPT, note="not a PDF (no %PDF- header) — the file is damaged")
    truncated = not _has_eof_marker(data)
    # pdfminer logs every recoverable syntax problem as a warning; keep it quiet here.
    pdf_logger = logging.getLogger("pdfminer")
    previous = pdf_logger.level
    pdf_logger.setLevel(logging.ERROR)
    try:
        raw = extract_text(io.BytesIO(data))
    except PDFPasswordIncorrect:
        return Decoded(
            Status.CORRUPT,
            note="PDF is password-protected — ask the sender for an unprotected copy",
        )
    except PDFEncryptionError as exc:
        return Decoded(
            Status.CORRUPT,
            note=f"PDF uses an encryption the reader cannot open ({exc or type(exc).__name__})",
        )
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many kinds on broken input
        what = "truncated" if truncated else "damaged"
        msg = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        return Decoded(
            Status.CORRUPT, note=f"PDF is {what} and cannot be read ({msg}) — ask for a new copy"
        )
    finally:
        pdf_logger.setLevel(previous)
    if truncated:
        return Decoded(
            Status.CORRUPT,
            note="PDF is truncated (no %%EOF at the end; incomplete download or copy?) "
            "— ask for a complete copy",
        )
    text = clean_pdf_text(raw)
    if not text.strip():
        return Decoded(
            Status.NO_TEXT_LAYER,
            note="PDF has no text layer (scanned image?) — run OCR first or supply the text",
        )
    cids = len(_CID.findall(text))
    if cids and cids * 6 > len(_CID.sub("", text).strip()):
        return Decoded(
            Status.UNDECODABLE,
            note="PDF text layer has no Unicode mapping for its fonts ((cid:N) codes) "
            "— run OCR or supply the text",
        )
    return Decoded(Status.OK, text)
