"""Two namesakes a letter places at two companies — one by a 股东 line (A公司股东于海涛: the company
named before the post, ``ties.role_company``), one by a 法定代表人 line (B公司法定代表人于海涛) — are
two persons: the first is not keyed at B, and a stored person tied only to B is the second, so it is
neither scored nor offered for the first (each goes to its own stored person instead of both going
to review as equal matches). Not when the first is placed by its own phone only (a phone does not
tell two organisations apart), nor for a stored person tied to both companies. Invented companies
and persons; an in-memory index; hand-written letters."""

from __future__ import annotations

from typing import Any

from graph.ids import make_id
from ingest.resolve import KnownIndex, Resolution
from tests.resolve.letter_kit import ISSUER, agency, resolve_letter

A = "绵竹恒岳建材有限公司"
B = "绵竹卓峰商贸有限公司"
A_PHONE = "08386210517"
B_CODE = "91510683MA6B7X2K5Q"


def _world(*, both: bool = False) -> tuple[KnownIndex, dict[str, str]]:
    """于海涛 the shareholder of A (A's phone 0838-6210517) and another 于海涛, B's legal
    representative and shareholder (B's credit code: the letter writes it, so the representative
    has evidence for the 股东 mention too); with ``both``: one 于海涛 tied to A and B."""
    idx = KnownIndex()
    agency(idx, ISSUER)
    ids = {}
    for name, code in ((A, None), (B, B_CODE)):
        ids[name] = make_id("company", name)
        idx.add_company(ids[name], {"key": name, "name": name, "region": "绵竹市", "credit_code": code})
    idx.org_facts[ids[A]].append({"type": "HAS_PHONE", "number": A_PHONE})
    ids["share"] = make_id("person", "于海涛", "share")
    idx.add_person(ids["share"], {"name": "于海涛", "context": "share"}, "Person")
    idx.learn(ids["share"], org=ids[A], role="SHAREHOLDER_OF")
    if both:
        idx.learn(ids["share"], org=ids[B], role="LEGAL_REP_OF")
        return idx, ids
    ids["rep"] = make_id("person", "于海涛", "rep")
    idx.add_person(ids["rep"], {"name": "于海涛", "context": "rep"}, "Person")
    idx.learn(ids["rep"], org=ids[B], role="LEGAL_REP_OF")
    idx.learn(ids["rep"], org=ids[B], role="SHAREHOLDER_OF")
    return idx, ids


def _rels(share: int, post: int, rep: int, company: int) -> list[dict[str, Any]]:
    return [{"type": "HOLDS_POSITION", "from": share, "to": post, "org": None},
            {"type": "LEGAL_REP", "from": rep, "to": company}]


def _letter(idx: KnownIndex, *, phone: bool, doc_key: str) -> Resolution:
    line = f"{A}股东于海涛" + (f"，联系电话{A_PHONE}" if phone else "") + "。"
    return resolve_letter(idx, line + f"{B}（统一社会信用代码：{B_CODE}）法定代表人于海涛。",
                          ("COMPANY", A), ("POSITION", "股东"), ("PERSON", "于海涛"),
                          ("COMPANY", B), ("POSITION", "法定代表人"), ("PERSON", "于海涛"),
                          doc_key=doc_key, relations=_rels(3, 2, 6, 4), phones=[A_PHONE] if phone else [])


def test_the_shareholder_line_with_the_company_phone_is_the_stored_shareholder() -> None:
    idx, ids = _world()
    res = _letter(idx, phone=True, doc_key="doc:n1")
    assert res.entity_nodes[3] == ids["share"]
    assert res.entity_nodes[6] == ids["rep"]
    assert not res.candidates


def test_the_shareholder_line_alone_is_not_keyed_at_the_other_company() -> None:
    """Without the phone the 股东 mention was keyed at B (the letter's one organisation of the name)
    and taken for B's representative."""
    idx, ids = _world()
    res = _letter(idx, phone=False, doc_key="doc:n2")
    assert res.entity_nodes[6] == ids["rep"]
    assert res.entity_nodes[3] != ids["rep"]
    assert all(c.end != ids["rep"] for c in res.candidates if c.start == res.entity_nodes[3])


def test_a_stored_person_tied_to_both_companies_is_both_mentions() -> None:
    idx, ids = _world(both=True)
    res = _letter(idx, phone=True, doc_key="doc:n3")
    assert res.entity_nodes[3] == res.entity_nodes[6] == ids["share"]


def test_a_name_placed_by_its_own_mobile_only_is_not_told_apart_from_the_representative() -> None:
    """于海涛（联系电话：139…）and B公司法定代表人于海涛: the mobile is the representative's own, so both
    are the representative (the namesake at A is not a candidate for being placed elsewhere)."""
    idx, ids = _world()
    idx.learn(ids["rep"], phones=["13990871234"])
    res = resolve_letter(idx, f"于海涛（联系电话：13990871234）。{B}法定代表人于海涛。",
                         ("PERSON", "于海涛"), ("COMPANY", B), ("POSITION", "法定代表人"), ("PERSON", "于海涛"),
                         doc_key="doc:n4", relations=[{"type": "LEGAL_REP", "from": 4, "to": 2}],
                         phones=["13990871234"])
    assert res.entity_nodes[1] == res.entity_nodes[4] == ids["rep"]


def test_two_shareholder_lines_at_two_companies_are_their_own_shareholders() -> None:
    """A公司股东于海涛 … B公司股东于海涛: each mention is read at the company of its own line (the
    first line's company was used for both)."""
    idx, ids = _world()
    res = resolve_letter(idx, f"{A}股东于海涛。{B}（统一社会信用代码：{B_CODE}）股东于海涛。",
                         ("COMPANY", A), ("POSITION", "股东"), ("PERSON", "于海涛"),
                         ("COMPANY", B), ("POSITION", "股东"), ("PERSON", "于海涛"), doc_key="doc:n5",
                         relations=[{"type": "HOLDS_POSITION", "from": 3, "to": 2, "org": None},
                                    {"type": "HOLDS_POSITION", "from": 6, "to": 5, "org": None}])
    assert res.entity_nodes[3] == ids["share"]
    assert res.entity_nodes[6] == ids["rep"]


REP_MOBILE = "13908002468"
SHARE_MOBILE = "13908001357"


def test_a_namesake_with_her_own_mobile_beside_her_is_that_person_though_the_other_is_placed_here() -> None:
    """B's legal representative 于海涛 on a 法定代表人 line, then 于海涛（联系电话：<the shareholder's own
    mobile>）: the second is the shareholder — a mobile is one person's — not an equal match for review."""
    idx, ids = _world()
    idx.learn(ids["rep"], phones=[REP_MOBILE])
    idx.learn(ids["share"], phones=[SHARE_MOBILE])
    body = (f"当事人：{B}\n法定代表人：于海涛\n联系电话：{REP_MOBILE}。\n"
            f"经询问，该公司员工称不知情。于海涛（联系电话：{SHARE_MOBILE}）。")
    res = resolve_letter(idx, body, ("COMPANY", B), ("POSITION", "法定代表人"), ("PERSON", "于海涛"), ("PERSON", "于海涛"),
                         doc_key="doc:np-phone", relations=[{"type": "LEGAL_REP", "from": 3, "to": 1}],
                         phones=[REP_MOBILE, SHARE_MOBILE])
    assert res.entity_nodes[3] == ids["rep"]
    assert res.entity_nodes[4] == ids["share"]
