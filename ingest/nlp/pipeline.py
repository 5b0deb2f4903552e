"""Build or load the extraction pipeline (blank ``zh`` char tokenizer + trained NER + rules)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import rules as _rules  # noqa: F401  (registers the liandong_rules factory)

MODEL_DIR = Path(__file__).parent / "model"


def model_available(path: Path = MODEL_DIR) -> bool:
    return (path / "config.cfg").exists() and (path / "meta.json").exists()


def blank_pipeline() -> Language:
    """A ``zh`` pipeline with the character segmenter and the rule component only."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.add_pipe("liandong_rules")
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(path: str | None = None, *, use_model: bool = True) -> Language:
    """The shipped pipeline: trained NER (if present) followed by ``liandong_rules``. Cached."""
    model_dir = Path(path) if path else MODEL_DIR
    if os.environ.get("LIANDONG_NO_MODEL"):
        use_model = False
    if not use_model or not model_available(model_dir):
        return blank_pipeline()
    nlp = spacy.load(model_dir, exclude=["liandong_rules"])
    segmenter = nlp.tokenizer.segmenter if hasattr(nlp.tokenizer, "segmenter") else "char"
    if str(segmenter) not in ("char", "Segmenter.char"):
        raise ValueError(f"model at {model_dir} does not use the char segmenter ({segmenter})")
    nlp.add_pipe("liandong_rules", last=True)
    return nlp
