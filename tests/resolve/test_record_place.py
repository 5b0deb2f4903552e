"""A record that names its body without a place (询问人：… 工作单位：市纪委监委第三监督检查室) is placed by its
地点 line (resolution tuning11): the body is the stored one there, never a note "no locality". Invented
names in the 绵竹市 test world; an in-memory index."""

from __future__ import annotations

from ingest.resolve import KnownIndex, Resolver
from tests.resolve.letter_kit import agency

BODY = "中共绵竹市纪委监委机关"


def _record(place_line: str) -> tuple[str, dict[str, object]]:
    text = (f"询 问 笔 录\n\n时间：2026年5月7日9时\n{place_line}\n"
            "询问人：岳文涛　工作单位：市纪委监委第二监督检查室\n被询问人：孔令华，男\n")
    s = text.index("市纪委监委第二监督检查室")
    ents = [{"start": s, "end": s + len("市纪委监委第二监督检查室"), "label": "AGENCY", "text": "市纪委监委第二监督检查室"}]
    return text, {"entities": ents, "relations": [], "identifiers": [], "doc": {"issuer": None}, "aliases": {}}


def test_a_records_place_line_places_its_body() -> None:
    idx = KnownIndex()
    body = agency(idx, BODY)
    text, extraction = _record("地点：绵竹市纪委监委谈话室（三）")
    res = Resolver(index=idx).resolve(extraction, text, doc_key="doc:rp1")
    assert res.locality is not None and res.locality.region == "绵竹市"
    assert res.entity_nodes[0] == body


def test_without_a_place_line_the_body_stays_unplaced() -> None:
    idx = KnownIndex()
    agency(idx, BODY)
    text, extraction = _record("地点：谈话室（三）")
    res = Resolver(index=idx).resolve(extraction, text, doc_key="doc:rp2")
    assert 0 not in res.entity_nodes
