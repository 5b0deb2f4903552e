"""Title references (王局长, 刘副局长, 趙股長: :mod:`ingest.nlp.references`) → the one person each
stands for, or nothing.

A reference names no one by itself, so it never makes a node. It is the letter's own person of
that surname whose post answers to the title (会议由…股长陈志强主持 … 由陈股长牵头) when the letter
has exactly one; else the one stored official of that surname and post at an agency the letter
names (市住建局 … 王局长). Two that fit, or none: the reference stays unlinked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ingest.nlp.rules.positions import HONORIFICS
from ingest.resolve.known import KnownIndex
from ingest.resolve.text import is_masked_person, simplified


def title_fits(post: str, title: str) -> bool:
    """A post answers to the title a person is called by: 局长 to 局长, 政府采购股股长 to 股长,
    常务副局长 to 副局长; 副局长 is no 局长. An honorific answers to the posts it is said for
    (:data:`~ingest.nlp.rules.positions.HONORIFICS`: 周总 to 总经理 or 法定代表人, 杨局 to 副局长)."""
    post = simplified(post)
    if title in HONORIFICS:
        return any(post.endswith(head) for head in HONORIFICS[title])
    return post == title or (post.endswith(title) and not post.endswith("副" + title))


# how the graph records a company's legal representative: the post it answers to
_RECORDED_AS = {"LEGAL_REP_OF": "法定代表人"}


def _posts(index: KnownIndex, node_id: str, at: set[str] | None = None) -> set[str]:
    """The posts the graph (and this batch) records for a person: the non-type words of its orgs
    (a legal representative's tie as 法定代表人); with ``at``, only its posts at those organisations."""
    if node_id not in index.persons:
        return set()
    return {_RECORDED_AS.get(w, w) for org, kinds in index.context(node_id).orgs.items() if at is None or org in at
            for w in kinds if not w.isascii() or w in _RECORDED_AS}


# the honorifics said of a company's head (周总, 周老板), not of a bureau's (杨局)
_COMPANY_HEADS = frozenset(t for t, posts in HONORIFICS.items() if "法定代表人" in posts)


def referent(surname: str, title: str, letter: Iterable[tuple[str, str, str | None]],
             agencies: Iterable[str], index: KnownIndex, companies: Iterable[str] = (),
             letter_companies: Iterable[str] = (), exclude: Iterable[str] = ()) -> tuple[str, str] | None:
    """The node a reference stands for and why, or None.

    ``letter``: the letter's persons as (name, node id, the post the letter gives); ``agencies``:
    the agency nodes the letter names; ``companies``: the stored companies named right before the
    reference (蜀通路桥的马总, 宏达那个周老板) — when there are any, the reference is someone of theirs;
    ``letter_companies``: the companies the letter names, where a company's head (周总) may be stored;
    ``exclude``: persons it is known not to be (:func:`two_honorifics`)."""
    near, out = set(companies), set(exclude)
    heads_at = near or (set(letter_companies) if title in _COMPANY_HEADS else set())

    def fits(name: str, node_id: str, post: str | None) -> bool:
        if not name.startswith(surname) or len(name) <= len(surname) or is_masked_person(name):
            return False
        if near:
            return any(title_fits(p, title) for p in _posts(index, node_id, near))
        return any(title_fits(p, title) for p in ({post} if post else set()) | _posts(index, node_id))

    mine = {node_id for name, node_id, post in letter if fits(name, node_id, post)} - out
    if len(mine) == 1:
        return mine.pop(), "the letter's one person of that surname and post"
    if mine:
        return None
    places = set(agencies)
    pool: dict[str, str] = {}
    for n in (2, 3, 4):
        for node_id in index.person_by_surname.get((surname[:1], n), ()):
            props = index.persons.get(node_id) or {}
            name = simplified(str(props.get("name") or ""))
            if node_id not in index.merged_into and node_id not in out and name.startswith(surname) \
                    and not is_masked_person(name) \
                    and (heads_at or props.get("label") == "Official" and props.get("agency_id") in places):
                pool[node_id] = name
    index.load_contexts(pool)  # (one read for them all)
    stored = {node_id for node_id, name in pool.items()
              if (any(title_fits(p, title) for p in _posts(index, node_id, heads_at)) if heads_at
                  else fits(name, node_id, None))}
    if len(stored) == 1:
        return stored.pop(), ("the one stored person of that surname and post at the company named" if heads_at
                              else "the one stored official of that surname and post at an agency the letter names")
    return None


def two_honorifics(refs: list[dict[str, Any]], meant: list[tuple[str, str] | None], text: str,
                   names: dict[str, str]) -> dict[int, str]:
    """A surname called by two company honorifics in one letter (周总 … 周老板) is two people. Where
    both came to one person, the honorific said in a sentence that names that person in full (法人是
    周建华，我们都喊他周总) keeps it; → {index of each other reference: the person it is not}.
    ``names``: node id → the person's name."""
    words: dict[tuple[str, str], set[str]] = {}
    for ref, m in zip(refs, meant):
        if m is not None and ref["post"] in _COMPANY_HEADS:
            words.setdefault((ref["surname"], m[0]), set()).add(ref["post"])
    out: dict[int, str] = {}
    for (surname, who), said in words.items():
        if len(said) < 2:
            continue
        full = names.get(who, "")
        keep = {ref["post"] for ref in refs if ref["surname"] == surname and full and full in _sentence(text, ref["start"])}
        for k, (ref, m) in enumerate(zip(refs, meant)):
            if m is not None and m[0] == who and ref["surname"] == surname and ref["post"] not in keep:
                out[k] = who
    return out


def _sentence(text: str, at: int) -> str:
    lo = max(text.rfind(c, 0, at) for c in "。！？!?\n") + 1
    hi = min([k for k in (text.find(c, at) for c in "。！？!?\n") if k >= 0] or [len(text)])
    return text[lo:hi]


def official_by_post(name: str, post: str, agencies: Iterable[str], index: KnownIndex) -> str | None:
    """The one stored official of exactly ``name`` at an agency the letter names whose post answers to
    the head's post the letter gives him (王德明局长签批 in a letter to the 住建局 its 局长 王德明 heads);
    None when none or two fit."""
    places = set(agencies)
    found = {node_id for node_id in index.person_by_name.get(name, ())
             if node_id not in index.merged_into and (index.persons.get(node_id) or {}).get("label") == "Official"
             and (index.persons.get(node_id) or {}).get("agency_id") in places
             and any(title_fits(p, post) for p in _posts(index, node_id))}
    return found.pop() if len(found) == 1 else None
