"""Grouping letters into threads (:func:`group`) and one name per agency across a set of letters
(:func:`unify_agencies`) — pure functions of a set of letters, deterministic for that set.

Letters are joined when one cites another's number (in any bracket form), when two cite the same
letter-like number that no letter of the set carries, or when they share a case / clue number. A
follow-up letter (receipt, acceptance, return, forward, outcome, assistance return/reply) that cites
nothing usable is placed by the referral it answers — the same two agencies in the opposite direction
— confirmed by a shared project number or company; when that is not unique it is *not* placed: it
becomes a thread of its own flagged for review, with the candidate threads listed. A transfer that
cites nothing joins the thread that was returned to its issuer when they share a project or company
(a re-routing after a return).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace

from supervision.acts import (
    ANSWERS,
    ASSIST_ACTS,
    ASSIST_ANSWERS,
    COMPLAINT_ACTS,
    REFERRAL_ACTS,
    LetterAct,
    number_key,
)
from supervision.records import Thread


def _order(acts: Iterable[LetterAct]) -> list[LetterAct]:
    return sorted(acts, key=lambda a: (a.date or dt.date.max, a.file, a.sha256))


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The connected groups of ``0 … n-1`` joined by ``pairs`` (each group in order, groups in order of
    their first member) — the union-find threads are grouped by, for any set of joined things."""
    u = _Union(n)
    for a, b in pairs:
        u.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[u.find(i)].append(i)
    return list(groups.values())


def _tail(key: str) -> str:
    """``[2024]5号`` of ``示财移[2024]5号``: what any writing of a number ends with."""
    i = key.rfind("[")
    return key[i:] if i >= 0 else key


def _own_number(key: str, own: dict[str, int]) -> str | None:
    """The letter number a citation means: equal, or the citation with words before it
    (你委修发改〔2025〕12号 cites 修发改〔2025〕12号) — the longest such number."""
    if key in own:
        return key
    best = None
    for k in own:
        if key.endswith(k) and len(k) - len(_tail(k)) >= 2 and (best is None or len(k) > len(best)):
            best = k
    return best


class _FamilyUnion(_Union):
    """Assistance letters make threads of their own, even when they cite a case's letters."""

    def __init__(self, acts: list[LetterAct]) -> None:
        super().__init__(len(acts))
        self.assist = [a.kind in ASSIST_ACTS for a in acts]

    def union(self, a: int, b: int) -> None:
        if self.assist[a] == self.assist[b]:
            super().union(a, b)


def _number_links(acts: Sequence[LetterAct], cited: dict[int, set[int]] | None = None) -> list[tuple[int, int]]:
    """Pairs of letters joined by the numbers they carry and cite: one cites the other's number or
    title, or both cite one letter-like number no letter of the set carries, or one case number.
    ``cited``, when given, is filled with {a letter: the letters of the set that cite it}."""
    pairs: list[tuple[int, int]] = []
    cited = {} if cited is None else cited
    own: dict[str, int] = {}
    for i, a in enumerate(acts):
        if a.own_key and a.own_key not in own:
            own[a.own_key] = i
    by_tail: dict[str, dict[str, int]] = defaultdict(dict)
    for k, i in own.items():
        by_tail[_tail(k)][k] = i
    shared: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(acts):
        for c in a.cites:
            key = number_key(c.number)
            if key == a.own_key:
                continue
            hit = _own_number(key, by_tail.get(_tail(key), {}))
            if hit is not None:
                pairs.append((i, own[hit]))
                cited.setdefault(own[hit], set()).add(i)
            elif c.letterish:
                shared[key].append(i)
        for no in a.case_nos:
            shared["case " + number_key(no)].append(i)
    titles: dict[str, int] = {}
    for i, a in enumerate(acts):
        if a.title_key and len(a.title_key) >= 8:
            titles.setdefault(a.title_key, i)
    for i, a in enumerate(acts):
        for t in a.cited_titles:
            if t in titles and titles[t] != i:
                pairs.append((i, titles[t]))
                cited.setdefault(titles[t], set()).add(i)
    for members in shared.values():
        pairs.extend((x, y) for k, x in enumerate(members) for y in members[k + 1:] if x != y)
    return pairs


def _links(acts: list[LetterAct]) -> _Union:
    """Join letters by the numbers they carry and cite (an assistance letter only with its own family)."""
    u = _FamilyUnion(acts)
    for i, j in _number_links(acts):
        u.union(i, j)
    return u


def matter_pairs(acts: Sequence[LetterAct]) -> set[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, of letters about one matter, for the people they name: joined by
    numbers as threads are (an assistance letter too: it asks about the case's people), or about the
    same procurement project; and letters that cite one letter and no other of the set (a receipt and an
    outcome report answering one referral). Direct links only — a register citing two matters does not
    make them one."""
    cited: dict[int, set[int]] = {}
    out = {(min(i, j), max(i, j)) for i, j in _number_links(acts, cited) if i != j}
    citing: dict[int, int] = defaultdict(int)   # how many letters of the set a letter cites
    for by in cited.values():
        for i in by:
            citing[i] += 1
    for by in cited.values():
        alone = sorted(i for i in by if citing[i] == 1)   # a letter citing two matters joins neither
        out.update((x, y) for k, x in enumerate(alone) for y in alone[k + 1:])
    # one project (:func:`_same_project`): the same number, or one name ending the other (≥ 8 characters);
    # indexed by every such ending, so that a set of thousands of letters is not compared pair by pair
    endings: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(acts):
        for p in a.projects:
            endings[p].add(i)
            if p.startswith("名称:"):
                name = p[3:]
                for k in range(1, len(name) - 7):
                    endings["名称:" + name[k:]].add(i)
    for i, a in enumerate(acts):
        for p in a.projects:
            out.update((min(i, j), max(i, j)) for j in endings.get(p, ()) if j != i)
    return out


def _same_project(p: str, q: str) -> bool:
    if p == q:
        return True
    if p.startswith("名称:") and q.startswith("名称:"):  # project names: one written with more words before it
        short, long = sorted((p[3:], q[3:]), key=len)
        return len(short) >= 8 and long.endswith(short)
    return False


def _overlap(a: LetterAct, others: list[LetterAct]) -> int:
    """Project numbers or names (2) and companies (1 each, at most 2) shared with a thread's letters."""
    projects = {p for o in others for p in o.projects}
    parties = {p for o in others for p in o.parties}
    shared = any(_same_project(p, q) for p in a.projects for q in projects)
    return 2 * shared + min(2, len(set(a.parties) & parties))


def answered(a: LetterAct, members: list[LetterAct]) -> list[LetterAct]:
    """The referrals (or requests) in ``members`` that ``a`` may answer: issued by a's addressee to a's
    issuer, not after it (a receipt that names no addressee: any referral to its issuer)."""
    starts = {"assist_request"} if a.kind in ASSIST_ANSWERS else REFERRAL_ACTS
    return [m for m in members if m.kind in starts and (a.addressee is None or m.issuer == a.addressee)
            and m.addressee == a.issuer and (a.date is None or m.date is None or m.date <= a.date)]


def _returned_to(a: LetterAct, members: list[LetterAct]) -> bool:
    return any(m.kind == "return" and m.addressee == a.issuer
               and (a.date is None or m.date is None or m.date <= a.date) for m in members)


def group(acts: Iterable[LetterAct], placements: dict[str, str] | None = None) -> list[Thread]:
    """Letters → threads (each letter in exactly one), deterministic for a set of letters.

    ``placements`` = {file: file of a letter in the thread it belongs to}: a person's decision for a
    letter the rules could not place (``liandong threads place``); it wins over the rules."""
    ordered = _order(acts)
    u = _links(ordered)
    index = {a.file: i for i, a in enumerate(ordered)}
    decided = {index[f] for f, with_file in (placements or {}).items() if f in index and with_file in index}
    for f, with_file in (placements or {}).items():
        if f in index and with_file in index:
            _Union.union(u, index[f], index[with_file])
    # a complaint's letters (redirect, acceptance, decision) share its project number
    complaints = [i for i, a in enumerate(ordered) if a.kind in COMPLAINT_ACTS]
    for x in complaints:
        for y in complaints:
            a, b = ordered[x], ordered[y]
            same_office = bool({a.issuer, a.addressee} & {b.issuer, b.addressee} - {None})
            letter = "complaint" in (a.kind, b.kind)  # the complainant's own letter names no agency as issuer
            if x < y and (set(a.projects) & set(b.projects) or len(set(a.parties) & set(b.parties)) >= 2
                          or ((same_office or letter) and set(a.parties) & set(b.parties))):
                u.union(x, y)
    # a complainant's own letter and the one notice its addressee sent about a complaint soon after
    for x in complaints:
        c = ordered[x]
        if c.kind != "complaint" or c.date is None or any(u.find(x) == u.find(y) for y in complaints if y != x):
            continue
        answers = [y for y in complaints if ordered[y].kind in ("complaint_redirect", "complaint_accept")
                   and ordered[y].issuer == c.addressee and ordered[y].date is not None
                   and dt.timedelta(0) <= ordered[y].date - c.date <= dt.timedelta(days=40)]  # type: ignore[operator]
        if len(answers) == 1:
            u.union(x, answers[0])
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        clusters[u.find(i)].append(i)

    # place unlinked follow-ups (singletons that answer something) and re-transfers after a return
    placed: dict[int, tuple[int | None, list[int]]] = {}
    roots = sorted(clusters)
    # indexes: which clusters hold a referral (or request) between two agencies, a return to an agency,
    # a complaint — so that placing a letter looks only at the clusters it could continue
    by_pair: dict[tuple[str | None, str | None], set[int]] = defaultdict(set)
    by_receiver: dict[str | None, set[int]] = defaultdict(set)
    returned_to: dict[str | None, set[int]] = defaultdict(set)
    with_complaint: set[int] = set()
    for root in roots:
        for j in clusters[root]:
            m = ordered[j]
            if m.kind in REFERRAL_ACTS or m.kind == "assist_request":
                by_pair[(m.issuer, m.addressee)].add(root)
                by_receiver[m.addressee].add(root)
            elif m.kind == "return":
                returned_to[m.addressee].add(root)
            if m.kind in COMPLAINT_ACTS:
                with_complaint.add(root)
    for root in roots:
        members = clusters[root]
        a = ordered[members[0]]  # the cluster's earliest letter: does the cluster continue another thread?
        follow_up = a.kind in ANSWERS or a.kind in ASSIST_ANSWERS
        retransfer = a.kind in ("transfer", "assist_request")
        complaint = a.kind in COMPLAINT_ACTS
        if not (follow_up or retransfer or complaint) or decided & set(members):
            continue
        scored: list[tuple[int, int]] = []
        near: set[int] = set()
        if follow_up:
            near |= by_receiver[a.issuer] if a.addressee is None else by_pair[(a.addressee, a.issuer)]
        if retransfer:
            near |= returned_to[a.issuer]
        if complaint:
            near |= with_complaint
        for other in sorted(near):
            if other == root:
                continue
            letters = [ordered[j] for j in clusters[other]]
            if follow_up and answered(a, letters) or retransfer and _returned_to(a, letters) and _overlap(a, letters) >= 1:
                scored.append((1 + _overlap(a, letters), other))
            elif complaint and any(m.kind in COMPLAINT_ACTS for m in letters) and _overlap(a, letters) >= 2:
                scored.append((_overlap(a, letters), other))
        scored.sort(reverse=True)
        if not scored:
            continue
        best, best_root = scored[0]
        unique = len(scored) == 1 or scored[1][0] < best
        confident = unique and (best >= 2 or (follow_up and len(scored) == 1 and not a.projects and not a.parties))
        placed[root] = (best_root if confident else None, [o for _, o in scored])

    for root, (target, _) in placed.items():
        if target is not None:
            u.union(root, target)
    merged: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ordered)):
        merged[u.find(i)].append(i)
    threads: dict[int, Thread] = {r: Thread([ordered[j] for j in m]) for r, m in merged.items()}
    for root, (target, cands) in placed.items():
        if target is not None:
            continue
        t = threads[u.find(root)]
        t.review.append(f"{ordered[root].file}: answers a referral but several threads fit — choose one")
        t.candidates = sorted({ordered[j].file for c in cands for j in merged.get(u.find(c), [])})
    out = list(threads.values())
    for t in out:
        t.letters = _order(t.letters)
    out.sort(key=lambda t: (t.root.date or dt.date.max, t.root.file))
    return out


_TAIL = 3


def unify_agencies(acts: list[LetterAct]) -> list[LetterAct]:
    """One name per agency across the letters: a name that abbreviates exactly one longer name of
    the set (its characters in order, the same organ at the end: 高新区财政金融局 →
    绵阳高新技术产业开发区财政金融局) is replaced by it."""
    names = sorted({n for a in acts for n in (a.issuer, a.addressee, a.target) if n})

    def abbreviates(short: str, long: str) -> bool:
        if len(short) >= len(long) or short[-_TAIL:] != long[-_TAIL:]:
            return False
        it = iter(long)
        return all(ch in it for ch in short)

    by_tail: dict[str, list[str]] = defaultdict(list)  # an abbreviation keeps the organ at the end
    for n in names:
        by_tail[n[-_TAIL:]].append(n)
    mapping: dict[str, str] = {}
    for n in names:
        longer = [m for m in by_tail[n[-_TAIL:]] if abbreviates(n, m)]
        if len(longer) == 1:
            mapping[n] = longer[0]
    if not mapping:
        return acts
    return [replace(a, issuer=mapping.get(a.issuer or "", a.issuer), addressee=mapping.get(a.addressee or "", a.addressee),
                    target=mapping.get(a.target or "", a.target)) for a in acts]
