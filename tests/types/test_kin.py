"""Kin words: one vocabulary (graph/schema.yaml family_relation) read by the import, the resolver's
kin check and the extractor's cues. Hand-written cases."""

from __future__ import annotations

import re

import pytest

from graph.types import kin
from ingest.kinship import loose_kin, stated_kin
from ingest.tabular.checks import relation


@pytest.mark.parametrize(("word", "code"), [
    ("配偶", "spouse"), ("妻子", "spouse"), ("之妻", "spouse"), ("老伴", "spouse"),
    ("之子", "child"), ("女儿", "child"), ("父亲", "parent"), ("其母", "parent"),
    ("弟弟", "sibling"), ("哥", "sibling"), ("妹夫", "in_law"), ("妻弟", "in_law"),
    ("侄子", "other"), ("亲属", "other"), ("表哥", "other"), ("同事", "other"),
])
def test_relation_of(word: str, code: str) -> None:
    assert kin.relation_of(word) == code


@pytest.mark.parametrize(("value", "code"), [
    ("夫妻", "spouse"), ("子女", "child"), ("兄弟姐妹", "sibling"), ("姻亲", "in_law"),
    ("其他", "other"), ("亲戚", "other"), ("spouse", "spouse"), ("daughter", "child"),
])
def test_the_import_reads_the_same_words(value: str, code: str) -> None:
    assert relation(value) == code


def test_a_pair_word_is_never_one_relative() -> None:
    """夫妻 / 父子 name two people: not a kin word before a name, but a tie in a window."""
    assert "夫妻" not in kin.ONE and "父子" not in kin.ONE and "其他" not in kin.ONE
    assert stated_kin("两人系父子关系", "许文", "许子晓") == {"child", "parent"}
    assert stated_kin("二人系夫妻", "许文", "许子晓") == {"spouse"}


@pytest.mark.parametrize(("window", "found"), [
    ("其弟张强", True), ("许子晓之子", True), ("张强的妹夫", True), ("其配偶", True),
    ("电子政务平台", False), ("母公司", False), ("张强，女，1975年出生", False), ("父母公司", False),
])
def test_loose_kin_words_are_not_parts_of_common_words(window: str, found: bool) -> None:
    assert loose_kin(window) is found


def test_longer_words_first() -> None:
    m = re.match(kin.alternation(kin.ONE), "儿媳妇王某")
    assert m is not None and m.group(0) == "儿媳妇"
