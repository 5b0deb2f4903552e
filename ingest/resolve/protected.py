"""Protected identities at ingestion: complainants and informants.

Who is protected is decided once, in :mod:`graph.protected` (``masked: true``, or who
``COMPLAINED``); :class:`ingest.resolve.known.KnownIndex` reads it. Here is what a *letter* says:

* a protected person is scored like any stored person, so a letter naming him with his phone or
  address links the mention to his node;
* a mention the letter introduces as 举报人 / 投诉人 / 信访人 … (:data:`PROTECTED_ROLE`), placed at no
  organisation, links to the one protected person of that name;
* an identity number written after the name links to the person whose ``id_number_hash`` it
  hashes to (:func:`id_number_hash_near`);
* a mention that may be a protected person but is not linked (a namesake, two protected persons
  of the name), or a new person introduced as 举报人/投诉人, is a new node stored ``masked: true``
  and offered for review — never an unmasked duplicate (:func:`may_be_protected`).
"""

from __future__ import annotations

import re
import unicodedata

from graph.types import idcard
from ingest.resolve.known import KnownIndex
from ingest.resolve.records import Candidate
from ingest.resolve.text import simplified

# a person the letter introduces as complainant or informant (the words just before the name)
PROTECTED_ROLE = re.compile(r"(实名)?(举报人|举报者|投诉人|信访人|反映人|控告人|检举人)[：:，,\s]*(系|为|是)?[：:\s]*$")
_ID_NUMBER = re.compile(r"(?<![0-9])[0-9]{17}[0-9X](?![0-9])")


def role_word(before: str) -> str:
    """举报人, 投诉人 … when the text just before a name introduces the person so, else ``""``."""
    m = PROTECTED_ROLE.search(before)
    return m.group(2) if m else ""


def id_number_hash_near(text: str) -> str | None:
    """The ``sha256:`` digest of the first identity number in ``text`` (what the tabular loader stores)."""
    m = _ID_NUMBER.search(unicodedata.normalize("NFKC", text).upper())
    return idcard.digest(m.group()) if m else None


def same_name_protected(scored: list[Candidate], index: KnownIndex, name: str) -> list[Candidate]:
    """The scored candidates that are protected persons of exactly this name."""
    return [m for m in scored if m.end in index.protected
            and simplified(str(index.persons[m.end].get("name") or "")) == name]


def linked_protected(before: str, same: list[Candidate], *, placed: bool, merged: bool) -> Candidate | None:
    """The one protected person of the name, when the letter introduces the unplaced mention as
    举报人/投诉人 … and nothing else matched it."""
    if role_word(before) and not placed and len(same) == 1 and not merged:
        return same[0]
    return None


def may_be_protected(before: str, same: list[Candidate], offered: list[Candidate], index: KnownIndex) -> bool:
    """A new person node that must be stored masked: introduced as 举报人/投诉人, or a namesake of a
    protected person, or offered beside one."""
    return bool(role_word(before)) or bool(same) or any(m.end in index.protected for m in offered)
