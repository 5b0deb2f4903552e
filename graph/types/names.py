"""The two key forms of a name — kept apart on purpose, with two different names:

* :func:`id_key` — what an id is hashed from (:func:`graph.ids.make_id`): NFKC (full-width →
  half-width), trimmed, inner whitespace collapsed to one space. Case and spaces beside Chinese
  characters are kept, so two different written keys never share an id by accident.
* :func:`lookup_key` — what a *lookup* compares (the agency directory, routing terms, resolving a
  mention): also case-folded, and a space next to a CJK character dropped (OCR artefacts such as
  ``各执 法监督部门``). The canonical name found by a lookup — never the variant — is what ids
  are then made from.
"""

from __future__ import annotations

import re
import unicodedata

from graph.errors import ProgrammingError

_SPACE = re.compile(r"\s+")
# CJK unified ideographs, extension A, compatibility ideographs, CJK punctuation, full-width forms.
_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK}]) | (?=[{_CJK}])")


def id_key(value: object) -> str:
    """One business-key part as ids hash it (see the module doc)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", str(value)).strip())


def lookup_key(text: str) -> str:
    """A name as lookups compare it (see the module doc)."""
    if not isinstance(text, str):
        raise ProgrammingError(f"a name must be str, got {type(text).__name__}: {text!r}")
    text = _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return _SPACE_NEAR_CJK.sub("", text)


def clean(value: object) -> str | None:
    """A name as it is stored: :func:`id_key`, None when empty."""
    if value is None:
        return None
    return id_key(value) or None


def validate(value: object) -> bool:
    return clean(value) is not None
