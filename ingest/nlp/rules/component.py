"""The ``liandong_rules`` spaCy component: the rule spans merged with the model's ``doc.ents``,
and the ``doc._`` extensions it fills (identifiers, aliases, forms of agency mentions)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, registry

from ..gazetteer import Gazetteer, load_gazetteer
from .agencies import agency_form
from .base import MODEL_PRIO, Cand
from .numbers import find_identifiers
from .spans import extract_spans, find_aliases

if not Doc.has_extension("identifiers"):
    Doc.set_extension("identifiers", default=None)
if not Doc.has_extension("aliases"):
    Doc.set_extension("aliases", default=None)
if not Doc.has_extension("forms"):
    Doc.set_extension("forms", default=None)  # (start, end) -> "pronoun" | "short" for AGENCY spans


@registry.misc("liandong.gazetteer.v1")  # type: ignore[untyped-decorator]  # spaCy's registry is untyped
def create_gazetteer() -> Callable[[], Gazetteer]:
    return load_gazetteer


class LiandongRules:
    """Merge rule spans with the statistical NER's ``doc.ents``."""

    def __init__(self, nlp: Language, name: str, *, gazetteer: Callable[[], Gazetteer],
                 model_labels: list[str], model_priority: int) -> None:
        self.name = name
        self._gaz_loader = gazetteer
        self.model_labels = tuple(model_labels)
        self.model_priority = model_priority

    @property
    def gaz(self) -> Gazetteer:
        return self._gaz_loader()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.user_data.get("liandong_text")
        if not isinstance(text, str):
            text = doc.text
        model = [Cand(e.start_char, e.end_char, e.label_, self.model_priority, "model")
                 for e in doc.ents if e.label_ in self.model_labels]
        spans = extract_spans(text, self.gaz, model)
        ents: list[Span] = []
        for c in spans:
            sp = doc.char_span(c.start, c.end, label=c.label, alignment_mode="expand")
            if sp is not None:
                ents.append(sp)
        doc.ents = filter_spans(ents)
        doc._.forms = {(c.start, c.end): agency_form(text, c) for c in spans if c.label == "AGENCY"
                       and agency_form(text, c)}
        doc._.identifiers = find_identifiers(text)
        doc._.aliases = {(s, e): full for (s, e), full in find_aliases(text, spans).items()}
        return doc


@Language.factory(
    "liandong_rules",
    assigns=["doc.ents", "doc._.identifiers", "doc._.aliases"],
    default_config={
        "gazetteer": {"@misc": "liandong.gazetteer.v1"},
        "model_labels": ["AGENCY", "COMPANY", "PERSON", "POSITION"],
        "model_priority": MODEL_PRIO,
    },
)
def make_liandong_rules(nlp: Language, name: str, *, gazetteer: Callable[[], Gazetteer],
                        model_labels: list[str], model_priority: int) -> LiandongRules:
    return LiandongRules(nlp, name, gazetteer=gazetteer, model_labels=model_labels,
                         model_priority=model_priority)
