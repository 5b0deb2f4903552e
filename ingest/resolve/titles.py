"""Title references (王局长, 刘副局长, 趙股長: :mod:`ingest.nlp.references`) → the one person each
stands for, or nothing.

A reference names no one by itself, so it never makes a node. It is the letter's own person of
that surname whose post answers to the title (会议由…股长陈志强主持 … 由陈股长牵头) when the letter
has exactly one; else the one stored official of that surname and post at an agency the letter
names (市住建局 … 王局长). Two that fit, or none: the reference stays unlinked.
"""

from __future__ import annotations

from collections.abc import Iterable

from ingest.resolve.known import KnownIndex
from ingest.resolve.text import is_masked_person, simplified


def title_fits(post: str, title: str) -> bool:
    """A post answers to the title a person is called by: 局长 to 局长, 政府采购股股长 to 股长,
    常务副局长 to 副局长; 副局长 is no 局长."""
    post = simplified(post)
    return post == title or (post.endswith(title) and not post.endswith("副" + title))


def _posts(index: KnownIndex, node_id: str) -> set[str]:
    """The posts the graph (and this batch) records for a person: the non-type words of its orgs."""
    if node_id not in index.persons:
        return set()
    return {w for kinds in index.context(node_id).orgs.values() for w in kinds if not w.isascii()}


def referent(surname: str, title: str, letter: Iterable[tuple[str, str, str | None]],
             agencies: Iterable[str], index: KnownIndex) -> tuple[str, str] | None:
    """The node a reference stands for and why, or None.

    ``letter``: the letter's persons as (name, node id, the post the letter gives); ``agencies``:
    the agency nodes the letter names."""
    def fits(name: str, node_id: str, post: str | None) -> bool:
        if not name.startswith(surname) or len(name) <= len(surname) or is_masked_person(name):
            return False
        return any(title_fits(p, title) for p in ({post} if post else set()) | _posts(index, node_id))

    mine = {node_id for name, node_id, post in letter if fits(name, node_id, post)}
    if len(mine) == 1:
        return mine.pop(), "the letter's one person of that surname and post"
    if mine:
        return None
    places = set(agencies)
    stored = set()
    for n in (2, 3, 4):
        for node_id in index.person_by_surname.get((surname[:1], n), ()):
            props = index.persons.get(node_id) or {}
            if props.get("label") == "Official" and props.get("agency_id") in places \
                    and node_id not in index.merged_into \
                    and fits(simplified(str(props.get("name") or "")), node_id, None):
                stored.add(node_id)
    if len(stored) == 1:
        return stored.pop(), "the one stored official of that surname and post at an agency the letter names"
    return None
