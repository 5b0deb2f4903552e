"""Two people a letter names apart are never offered as one (ingest/resolve/document.py): 许子晓 and
her brother 许子强 written out in the same letter — a near name of a stored person that the same
letter also names as someone else — give no review pair. A near name alone still does. Pure: an
in-memory index, hand-written letters and extractions."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.matching import Context
from ingest.resolve import KnownIndex, Resolver

EDU = "agency:t-edu"
PHONE = "13908138131"
HOME = "08387654321"  # a landline the graph has under her name, which her brother also answers


def _world() -> tuple[Resolver, str]:
    idx = KnownIndex()
    xu = make_id("person", "许子晓", "row-1")
    idx.add_person(xu, {"name": "许子晓", "context": "row-1"}, "Official")
    idx.contexts[xu] = Context(orgs={EDU: {"HOLDS_POSITION"}}, phones={PHONE, HOME})
    return Resolver(index=idx), xu


def _extraction(text: str, *spans: tuple[str, str]) -> dict[str, Any]:
    ents, pos = [], 0
    for label, surface in spans:
        start = text.index(surface, pos)
        ents.append({"start": start, "end": start + len(surface), "label": label, "text": surface})
        pos = start + len(surface)
    return {"entities": ents, "relations": [], "identifiers": [], "doc": {}, "aliases": {}}


def test_a_brother_named_beside_her_is_not_offered_as_her() -> None:
    r, xu = _world()
    text = f"该公司股东由许子晓（手机{PHONE}）的弟弟许子强（电话{HOME}）变更为覃英桂。"
    res = r.resolve(_extraction(text, ("PERSON", "许子晓"), ("PERSON", "许子强"), ("PERSON", "覃英桂")),
                    text, doc_key="doc:n1")
    assert res.entity_nodes[0] == xu
    brother = res.entity_nodes[1]
    assert brother != xu
    assert not [c for c in res.candidates if brother in (c.start, c.end)]


def test_the_near_name_alone_is_still_offered_for_review() -> None:
    r, xu = _world()
    text = f"经查，许子强（手机{PHONE}）曾任该公司股东。"
    res = r.resolve(_extraction(text, ("PERSON", "许子强")), text, doc_key="doc:n2")
    brother = res.entity_nodes[0]
    assert brother != xu
    assert [c for c in res.candidates if {c.start, c.end} == {brother, xu}]
