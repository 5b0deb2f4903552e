"""The rule layer of extraction: patterns and structure over the raw (simplified) text.

It finds document numbers, project numbers, dates, amounts, cited laws, agencies, companies,
persons and positions, merges them with whatever the statistical NER already put in
``doc.ents`` (rules win on the format labels, the longer span wins otherwise), propagates
names to every later mention, and stores unified social credit codes and phone numbers in
``doc._.identifiers`` (they are not entity labels of the eval scheme).

The text is the simplified view (:func:`graph.types.text.view`), one token per character, so
character offsets are the offsets of the original text. One module per job:

* :mod:`.base` — the candidate span, priorities, character classes, resolution;
* :mod:`.numbers` — credit codes and phones, DATE, MONEY;
* :mod:`.documents` — DOC_NO, PROJECT_NO, LAW;
* :mod:`.places` — where a place name (listed or not) starts;
* :mod:`.agencies` — AGENCY by structure, references (我局, 市局), signatures;
* :mod:`.companies` — COMPANY from its suffix leftwards;
* :mod:`.persons` — PERSON by cue, list, gender, mask, middle dot;
* :mod:`.positions` — POSITION attached to a person or an organisation;
* :mod:`.spans` — all of them and the model's spans into one flat list (:func:`extract_spans`);
* :mod:`.component` — the registered spaCy component ``liandong_rules``.
"""

from __future__ import annotations

from . import component as _component  # noqa: F401  (registers the liandong_rules factory)
from .base import Cand
from .numbers import find_identifiers
from .spans import extract_spans

__all__ = ["Cand", "extract_spans", "find_identifiers"]
