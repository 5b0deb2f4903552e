"""A stored person's own mobile written right beside her exact name (陈丽，手机139…) is that person,
even for a two-character name of another county (``phone`` 0.80 in ingest/matching.py: prior 0.15
→ 1 − 0.85 × 0.20 = 0.83); a namesake with another number, a near name with the number, or the
number written elsewhere in the letter is not merged. Pure: an in-memory index (phones learnt by
the index itself), hand-written letters and extractions."""

from __future__ import annotations

import pytest

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution
from tests.resolve.letter_kit import ISSUER, agency, resolve_letter

MOBILE = "13908001234"
OTHER = "13908005678"


def _stored(idx: KnownIndex, name: str, where: str, phone: str) -> str:
    """A stored person of 什邡市 (not the letter's county) with her own mobile."""
    pid = make_id("person", name, where)
    idx.add_person(pid, {"name": name, "context": where}, "Person")
    idx.learn(pid, phones=[phone])
    return pid


def _index() -> KnownIndex:
    idx = KnownIndex()
    agency(idx, ISSUER)
    return idx


def _resolve(idx: KnownIndex, body: str, name: str, doc_key: str, number: str = MOBILE) -> Resolution:
    """The letter naming ``name`` once, with ``number`` written in it as a phone identifier."""
    return resolve_letter(idx, body, ("PERSON", name), doc_key=doc_key, phones=[number])


def test_a_two_character_name_with_her_own_mobile_beside_it_is_that_person() -> None:
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", MOBILE)
    res = _resolve(idx, f"陈丽，手机{MOBILE}，系该项目投标联系人。", "陈丽", "doc:p1")
    node = res.nodes[res.entity_nodes[1]]
    assert node.id == chen and not node.new
    assert node.score is not None and node.score >= 0.80 and node.evidence == ("phone",)


def test_of_two_namesakes_the_one_whose_mobile_it_is() -> None:
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", MOBILE)
    other = _stored(idx, "陈丽", "什邡市恒达建材有限公司", OTHER)
    res = _resolve(idx, f"陈丽，手机{MOBILE}，系该项目投标联系人。", "陈丽", "doc:p2")
    assert res.entity_nodes[1] == chen != other


@pytest.mark.parametrize("written, stored_phone", [
    ("陈丽", OTHER),     # a namesake with another number
    ("陈立", MOBILE),    # a near name with her number
])
def test_not_her_name_or_not_her_number_is_not_merged(written: str, stored_phone: str) -> None:
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", stored_phone)
    res = _resolve(idx, f"{written}，手机{MOBILE}，系该项目投标联系人。", written, "doc:p3")
    node = res.nodes[res.entity_nodes[1]]
    assert node.new and node.id != chen


def test_the_mobile_elsewhere_in_the_letter_is_not_enough() -> None:
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", MOBILE)
    body = f"经询问，陈丽称其对该项目的招标过程并不知情。\n该项目的投标联系电话为{MOBILE}。"
    res = _resolve(idx, body, "陈丽", "doc:p5")
    node = res.nodes[res.entity_nodes[1]]
    assert node.new and node.id != chen


def test_a_mobile_in_brackets_after_a_label_is_beside_the_name_whole() -> None:
    """陈丽（联系电话：13908001234）: the number starts within the window read around the name and
    ends after it — it is beside her whole, not cut to 联系电话：13908001 (and so no longer hers)."""
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", MOBILE)
    res = _resolve(idx, f"请协助调取陈丽（联系电话：{MOBILE}）2023年的通话记录。", "陈丽", "doc:p6")
    assert res.entity_nodes[1] == chen


def test_a_mobile_written_in_groups_is_the_same_number() -> None:
    idx = _index()
    chen = _stored(idx, "陈丽", "什邡市宏达商贸有限公司", MOBILE)
    grouped = f"{MOBILE[:3]}-{MOBILE[3:7]}-{MOBILE[7:]}"
    res = _resolve(idx, f"请协助调取陈丽（联系电话：{grouped}）2023年的通话记录。", "陈丽", "doc:p7", grouped)
    assert res.entity_nodes[1] == chen
