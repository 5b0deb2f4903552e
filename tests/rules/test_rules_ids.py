from __future__ import annotations

import re

import pytest

from graph.rules.ids import ID_HEX_LENGTH, make_id, normalize_key


def test_format_and_determinism() -> None:
    a = make_id("agency", "绵竹市", "绵竹市财政局")
    assert re.fullmatch(rf"agency:[0-9a-f]{{{ID_HEX_LENGTH}}}", a)
    assert a == make_id("agency", "绵竹市", "绵竹市财政局")
    assert a == "agency:e17adc071cc67f53"  # stable across runs and machines


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("绵竹市", "绵竹市财政局"), (" 绵竹市 ", "绵竹市\u3000财政局")),  # ideographic space
        (("x", "竹财采（2021）519号"), ("x", "竹财采(2021)519号")),  # full-width brackets
        (("x", "ＡＢＣ１２３"), ("x", "abc123")),  # full-width, case
        (("x", "各执 法监督部门"), ("x", "各执法监督部门")),  # OCR space inside Chinese
        (("x", "Foo   Bar"), ("x", "foo bar")),
    ],
)
def test_normalisation_equivalences(left: tuple[str, ...], right: tuple[str, ...]) -> None:
    assert make_id("k", *left) == make_id("k", *right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("agency", "a", "b"), ("agency", "b", "a")),  # order matters
        (("agency", "a|b"), ("agency", "a", "b")),  # separator cannot be forged
        (("agency", "a"), ("person", "a")),  # kind matters
        (("x", "foo bar"), ("x", "foobar")),  # Latin word boundaries kept
    ],
)
def test_distinct_keys(left: tuple[str, ...], right: tuple[str, ...]) -> None:
    assert make_id(*left) != make_id(*right)


@pytest.mark.parametrize(
    ("kind", "parts", "error"),
    [
        ("Agency", ("a",), ValueError),
        ("", ("a",), ValueError),
        ("agency", (), ValueError),
        ("agency", ("  ",), ValueError),
        ("agency", (None,), TypeError),
    ],
)
def test_bad_input(kind: str, parts: tuple, error: type[Exception]) -> None:
    with pytest.raises(error):
        make_id(kind, *parts)


def test_normalize_key() -> None:
    assert normalize_key("  市 财政局\n") == "市财政局"
