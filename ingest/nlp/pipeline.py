"""Build or load the extraction pipeline: blank ``zh`` char tokenizer, the trained model (tok2vec +
a BILUO tagger, one tag per character), ``liandong_tags2ents`` (tags -> ``doc.ents``) and the
``liandong_rules`` component."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.errors import ConfigError

from . import rules as _rules  # noqa: F401  (registers the liandong_rules factory)

MODEL_DIR = Path(__file__).parent / "model"


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Token spans from BILUO tags, tolerant of the tagger's inconsistent sequences: an entity
    runs from B (or a stray I) to L (or the last I of the same label); U is one token."""
    out: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        move, _, lab = tag.partition("-")
        if move in ("B", "U") or (move in ("I", "L") and (start < 0 or lab != label)) or move not in "BILU" or not lab:
            if start >= 0 and label and move in ("B", "U", "O", "") or (start >= 0 and lab != label):
                out.append((start, i, label))
            start, label = -1, ""
            if move == "U" and lab:
                out.append((i, i + 1, lab))
                continue
            if move in ("B", "I", "L") and lab:
                start, label = i, lab
        if move == "L" and start >= 0 and lab == label:
            out.append((start, i + 1, label))
            start, label = -1, ""
    if start >= 0 and label:
        out.append((start, len(tags), label))
    return out


@Language.component("liandong_tags2ents")
def tags2ents(doc: Doc) -> Doc:
    """The tagger's BILUO tags (one per character) -> ``doc.ents``."""
    strings = doc.vocab.strings
    cache: dict[int, str] = {}
    tags = []
    for h in doc.to_array("TAG").tolist():
        tag = cache.get(h)
        if tag is None:
            tag = cache[h] = strings[h] if h else ""
        tags.append(tag)
    spans = [Span(doc, s, e, label=lab) for s, e, lab in tags_to_spans(tags)]
    doc.ents = filter_spans(spans)
    return doc


def model_available(path: Path = MODEL_DIR) -> bool:
    return (path / "config.cfg").exists() and (path / "meta.json").exists()


def blank_pipeline() -> Language:
    """A ``zh`` pipeline with the character segmenter and the rule component only."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("liandong_rules")
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(path: str | None = None, *, use_model: bool = True) -> Language:
    """The shipped pipeline: the trained NER followed by ``liandong_rules`` (the rules alone with
    ``use_model=False`` or ``LIANDONG_NO_MODEL``; a missing model is an error). Cached."""
    model_dir = Path(path) if path else MODEL_DIR
    if os.environ.get("LIANDONG_NO_MODEL"):
        use_model = False
    if not use_model:
        return blank_pipeline()
    if not model_available(model_dir):  # never a silent fall-back to the rules alone
        raise ConfigError(f"the NER model is missing at {model_dir} (config.cfg, meta.json): reinstall liandong, "
                          f"or set LIANDONG_NO_MODEL=1 to extract with the rules only")
    nlp = spacy.load(model_dir, exclude=["liandong_rules", "liandong_tags2ents"])
    segmenter = nlp.tokenizer.segmenter if hasattr(nlp.tokenizer, "segmenter") else "char"
    if str(segmenter) not in ("char", "Segmenter.char"):
        raise ConfigError(f"the NER model at {model_dir} does not use the char segmenter ({segmenter}): "
                          f"reinstall liandong, or retrain with .venv/bin/python -m ingest.nlp.train")
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe("liandong_tags2ents", last=True)
    nlp.add_pipe("liandong_rules", last=True)
    return nlp
