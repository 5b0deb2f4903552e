"""What the shape tests read from ``extract_text``: the spans of a label, the REFERRED pairs, the
HOLDS_POSITION triples — as texts, so that a test states what a reader would see."""

from __future__ import annotations

from typing import Any

from ingest.nlp import extract_text


def spans(text: str, label: str) -> list[str]:
    """The texts of the entities of ``label``, in order."""
    return [e["text"] for e in extract_text(text)["entities"] if e["label"] == label]


def referred(text: str) -> set[tuple[str, str]]:
    """(sender, receiver) of every REFERRED."""
    r = extract_text(text)
    ents: list[dict[str, Any]] = list(r["entities"])
    return {(ents[x["from"]]["text"], ents[x["to"]]["text"]) for x in r["relations"] if x["type"] == "REFERRED"}


def holds(text: str) -> set[tuple[str, str, str | None]]:
    """(person, post, organisation or None) of every HOLDS_POSITION."""
    r = extract_text(text)
    ents: list[dict[str, Any]] = list(r["entities"])
    return {(ents[x["from"]]["text"], ents[x["to"]]["text"], ents[x["org"]]["text"] if x.get("org") is not None else None)
            for x in r["relations"] if x["type"] == "HOLDS_POSITION"}
