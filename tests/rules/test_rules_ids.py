from __future__ import annotations

import re

import pytest

from graph import ids as core_ids
from graph.errors import InvalidData, ProgrammingError
from graph.ids import ID_HEX_LENGTH, make_id
from graph.rules.agencies import AgencyDirectory
from graph.schema import load_schema
from graph.types.names import lookup_key


def test_format_and_determinism() -> None:
    a = make_id("agency", "绵竹市", "绵竹市财政局")
    assert re.fullmatch(rf"agency:[0-9a-f]{{{ID_HEX_LENGTH}}}", a)
    assert a == make_id("agency", "绵竹市", "绵竹市财政局")
    assert a == "agency:0655990cab75f612019f"  # stable across runs and machines


def test_one_scheme_with_the_core_and_the_schema() -> None:
    """The rules' ids ARE the graph's ids: same function, same key order as schema.yaml."""
    a = make_id("agency", "绵竹市", "绵竹市财政局")
    assert a == core_ids.make_id("agency", "绵竹市", "绵竹市财政局")
    schema = load_schema()
    assert a == schema.node("Agency").make_id({"region": "绵竹市", "name": "绵竹市财政局"})
    m = make_id("mechanism", "绵竹市", "政府采购联动监管工作机制")
    assert m == schema.node("Mechanism").make_id({"region": "绵竹市", "name": "政府采购联动监管工作机制"})


def test_every_directory_id_is_the_node_id() -> None:
    schema = load_schema()
    d = AgencyDirectory.load()
    for a in d.agencies():
        assert a.id == schema.node("Agency").make_id({"region": a.region, "name": a.name}), a.name
    for m in d.mechanisms():
        assert m.id == schema.node("Mechanism").make_id({"region": m.region, "name": m.name}), m.name


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("绵竹市", "绵竹市财政局"), (" 绵竹市 ", "绵竹市财政局\n")),  # trimmed
        (("x", "竹财采（2021）519号"), ("x", "竹财采(2021)519号")),  # full-width brackets
        (("x", "ＡＢＣ１２３"), ("x", "ABC123")),  # full-width letters and digits
        (("x", "Foo   Bar"), ("x", "Foo Bar")),  # whitespace runs collapse
        (("x", "Foo\u3000Bar"), ("x", "Foo Bar")),  # ideographic space is a space
    ],
)
def test_id_normalisation_equivalences(left: tuple[str, ...], right: tuple[str, ...]) -> None:
    assert make_id("k", *left) == make_id("k", *right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("agency", "a", "b"), ("agency", "b", "a")),  # order matters
        (("agency", "a|b"), ("agency", "a", "b")),  # separator cannot be forged
        (("agency", "a"), ("person", "a")),  # kind matters
        (("x", "foo bar"), ("x", "foobar")),  # Latin word boundaries kept
        (("x", "abc"), ("x", "ABC")),  # ids keep case: canonical names are resolved first
    ],
)
def test_distinct_keys(left: tuple[str, ...], right: tuple[str, ...]) -> None:
    assert make_id(*left) != make_id(*right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("ＡＢＣ１２３", "abc123"),  # full-width, case
        ("各执 法监督部门", "各执法监督部门"),  # OCR space inside Chinese
        ("绵竹市\u3000财政局", "绵竹市财政局"),  # ideographic space between CJK
        ("Foo   Bar", "foo bar"),
    ],
)
def test_lookup_normalisation_is_broader(left: str, right: str) -> None:
    assert lookup_key(left) == lookup_key(right)


@pytest.mark.parametrize(
    ("kind", "parts", "error"),
    [
        ("Agency", ("a",), ProgrammingError),
        ("", ("a",), ProgrammingError),
        ("agency", (), ProgrammingError),
        ("agency", ("  ",), InvalidData),
        ("agency", ("\u3000",), InvalidData),
        ("agency", (None,), InvalidData),
    ],
)
def test_bad_input(kind: str, parts: tuple, error: type[Exception]) -> None:
    with pytest.raises(error):
        make_id(kind, *parts)


def test_lookup_key() -> None:
    assert lookup_key("  市 财政局\n") == "市财政局"
