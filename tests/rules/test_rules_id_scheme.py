"""The id scheme worked from its definition (graph/ids.py: each key part NFKC-normalised, trimmed,
inner whitespace collapsed, the parts joined with U+001F, SHA-1, the first 20 hex digits), with
hashlib in the test — not by calling the code under test for the expected value."""

from __future__ import annotations

import hashlib

import pytest

import graph.ids
import graph.rules.agencies
from graph.rules.agencies import AgencyDirectory
from graph.schema import load_schema


def by_definition(prefix: str, *parts: str) -> str:
    return f"{prefix}:{hashlib.sha1(chr(0x1F).join(parts).encode('utf-8')).hexdigest()[:20]}"


def test_the_rules_use_the_one_id_function() -> None:
    assert graph.rules.agencies.make_id is graph.ids.make_id  # one scheme, not a copy


@pytest.mark.parametrize(
    ("label", "key", "parts"),
    [
        ("Agency", {"region": "绵竹市", "name": "绵竹市财政局"}, ("绵竹市", "绵竹市财政局")),
        ("Agency", {"region": " 修武县", "name": "修武县公安局\n"}, ("修武县", "修武县公安局")),  # trimmed
        ("Mechanism", {"region": "绵竹市", "name": "政府采购联动监管工作机制"}, ("绵竹市", "政府采购联动监管工作机制")),
    ],
)
def test_graph_ids_are_the_defined_hash(label: str, key: dict[str, str], parts: tuple[str, ...]) -> None:
    """The schema's key order (region, then name) and the normalisation, checked against the formula."""
    assert load_schema().node(label).make_id(key) == by_definition(label.lower(), *parts)


def test_the_directorys_ids_are_the_defined_hash() -> None:
    d = AgencyDirectory.load()
    finance = d.resolve("市财政局", "绵竹市")
    assert finance is not None and finance.id == by_definition("agency", "绵竹市", "绵竹市财政局")
    police = d.resolve("区公安分局", "泉州市鲤城区")
    assert police is not None and police.id == by_definition("agency", "泉州市鲤城区", "泉州市公安局鲤城分局")
