"""People named again in the letters of one matter: one node, by a judgement on record.

A stranger the letters name (a project manager, a complainant's agent, a witness) is placed by one
letter (四川恒基建设工程有限公司委托代理人宋立新) and named bare in the next ones (宋立新称…); each
bare mention was scoped to its letter at ingestion (:mod:`ingest.resolve.persons`), so one person
became one node per letter. What ties those mentions together is not the name but the matter: the
letters cite one another's numbers or titles, share a case number, or concern one procurement
project (:func:`supervision.grouping.matter_pairs` — direct links only, so a register citing two
matters does not make them one).

A mention the letter itself says is a namesake (并非X的股东, 与X局局长同名: ``not_at`` on the node) is never
joined: the letter warns that the name stands for two people.

After ingestion (:func:`merge_matter_namesakes`), for each name: the nodes of that name mentioned by
letters of one matter are joined (two nodes one letter keeps apart never are); a group with one
placed node (an official, a person at a company, a stored person: 王德明 named at the bureau by the
referral, bare in the outcome report) goes into it, a group of unplaced nodes into one of them; in a
group with two placed nodes or more each unplaced one goes to the placed node nearest to it along the
letters' links (the reply to the letter that placed him), one as near to two is left alone (which of
them it is, the matter does not say); a name the graph holds as two placed people or more is joined among
its unplaced nodes only (which of them a bare mention is, the matter does not say). Each join is a positive judgement (:func:`ingest.judgements.merge`, user ``liandong``)
naming the two letters — listed, and undone with ``liandong resolve split``, whose negative
judgement keeps the two apart on every later ingestion. A complainant or informant (stored masked)
only takes in unplaced mentions: nothing placed is merged into what masking hides, nor the reverse
(a complainant's bare mentions are joined among themselves even when a namesake placed at his company
cannot take them in). Masked names (王某) are never joined.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

from graph.catalog import cypher
from graph.connection import Graph
from graph.protected import protected_person_ids
from graph.threads import LETTERS
from ingest.judgements import NEGATIVE_PAIRS, merge_many
from ingest.resolve.text import is_masked_person
from supervision.acts import LetterAct
from supervision.grouping import components, matter_pairs

USER = "liandong"

NAMESAKES = cypher(
    "matters.namesakes",
    "MATCH (s:Person) WHERE s.context STARTS WITH 'doc:' AND s.merged_into IS NULL\n"
    "WITH collect(DISTINCT s.name) AS names\n"
    "MATCH (d:Document)-[:MENTIONS]->(p) WHERE (p:Person OR p:Official) AND p.name IN names AND p.merged_into IS NULL\n"
    "  AND p.not_at IS NULL\n"
    "RETURN DISTINCT d.id AS doc, p.id AS id, p.name AS name, labels(p)[0] AS label, p.context AS context\n"
    "ORDER BY id, doc",
)
STATED_NAMESAKES = cypher(
    "matters.stated_namesakes",
    "MATCH (d:Document)-[:MENTIONS]->(p:Person) WHERE p.name IN $names AND p.not_at IS NOT NULL\n"
    "RETURN DISTINCT p.name AS name, d.id AS doc",
    names=["张三"],
)
PLACED_NAMESAKES = cypher(
    "matters.placed_namesakes",
    "MATCH (p) WHERE (p:Person OR p:Official) AND p.name IN $names AND p.merged_into IS NULL\n"
    "  AND NOT coalesce(p.context, '') STARTS WITH 'doc:'\n"
    "RETURN p.name AS name, count(p) AS placed",
    names=["张三"],
)


@dataclass(frozen=True)
class Named:
    """A person node of a name, and one letter that names it."""

    doc: str
    id: str
    name: str
    placed: bool          # an official, a person at an organisation, a stored person — not scoped to a letter
    protected: bool       # a complainant or informant (stored masked)


@dataclass(frozen=True)
class Join:
    keep: str
    drop: str
    name: str
    docs: tuple[str, str]   # the two letters of one matter that name them


def joins(named: Iterable[Named], related: Collection[tuple[str, str]],
          negatives: Collection[frozenset[str]] = (), namesakes: Collection[str] = (),
          warned: Mapping[str, Collection[str]] | None = None) -> list[Join]:
    """The merges the matter rule makes (pure): ``related`` holds the pairs of documents of one
    matter (either order); ``negatives`` the pairs a person kept apart; ``namesakes`` the names the
    graph holds as two placed people or more — their placed nodes take in no one (which of them a
    bare mention is, the matter does not say), their unplaced ones are joined among themselves;
    ``warned`` per name the letters that say it stands for two people (与…同名, 并非…: nodes with
    ``not_at``) — no node of that name in a letter of their matter is joined."""
    by_name: dict[str, list[Named]] = defaultdict(list)
    for n in named:
        if not is_masked_person(n.name):
            by_name[n.name].append(n)
    out: list[Join] = []
    for name in sorted(by_name):
        docs: dict[str, set[str]] = defaultdict(set)
        node: dict[str, Named] = {}
        for n in by_name[name]:
            if n.placed and name in namesakes:
                continue   # which of the graph's placed namesakes a bare mention is, the matter does not say
            docs[n.id].add(n.doc)
            node.setdefault(n.id, n)
        ids = sorted(docs)
        why: dict[frozenset[str], tuple[str, str]] = {}
        for k, a in enumerate(ids):
            for b in ids[k + 1:]:
                if docs[a] & docs[b]:
                    continue   # one letter names both apart: two people
                if any((x, w) in related or (w, x) in related or x == w
                       for x in docs[a] | docs[b] for w in (warned or {}).get(name, ())):
                    continue   # a letter of the matter says the name stands for two people (与…同名, 并非…)
                hit = next(((x, y) for x in sorted(docs[a]) for y in sorted(docs[b])
                            if (x, y) in related or (y, x) in related), None)
                if hit is not None:
                    why[frozenset((a, b))] = hit
        index = {x: k for k, x in enumerate(ids)}
        for group in components(len(ids), [(index[a], index[b]) for a, b in (sorted(e) for e in why)]):
            members = [ids[k] for k in group]
            if len(members) < 2:
                continue
            for part in _by_nearest_placed(members, [i for i in members if node[i].placed], why):
                out.extend(_join_part(part, name, node, docs, why, negatives))
    return out


def _by_nearest_placed(members: list[str], placed: list[str],
                       why: Mapping[frozenset[str], tuple[str, str]]) -> list[list[str]]:
    """The parts of one matter's group of namesakes: all of it when it holds one placed node or none; with two or
    more (each placed by letters: the graph's own namesakes take in no one), each placed node with the unplaced ones
    nearer to it than to any other along the letters' links (a bare mention in the reply to a letter that placed
    him), a tie left alone — which of them it is, the matter does not say."""
    if len(placed) <= 1:
        return [members]
    near: dict[str, dict[str, int]] = {}
    for p in placed:   # breadth first from each placed node
        dist, frontier = {p: 0}, [p]
        while frontier:
            nxt = []
            for a in frontier:
                for e in why:
                    if a in e:
                        (b,) = e - {a}
                        if b not in dist:
                            dist[b] = dist[a] + 1
                            nxt.append(b)
            frontier = nxt
        near[p] = dist
    parts = {p: [p] for p in placed}
    for m in members:
        if m in parts:
            continue
        d = sorted((near[p].get(m, len(members)), p) for p in placed)
        if d[0][0] < d[1][0]:
            parts[d[0][1]].append(m)
    return list(parts.values())


def _join_part(members: list[str], name: str, node: Mapping[str, Named], docs: Mapping[str, set[str]],
               why: Mapping[frozenset[str], tuple[str, str]], negatives: Collection[frozenset[str]]) -> list[Join]:
    out: list[Join] = []
    if len(members) < 2:
        return out
    placed = [i for i in members if node[i].placed]
    first = placed[0] if placed else members[0]
    # each node goes into the first keep it may join: none of that keep's nodes kept apart from it
    # (by a person, or in a letter), and what masking hides only with what is masked or unplaced —
    # a complainant's bare mentions are one node even when a namesake placed at a company is not
    kept: dict[str, list[str]] = {first: [first]}
    for drop in sorted(members, key=lambda m: m != first):
        if drop == first:
            continue
        keep = next((k for k, one in kept.items()
                     if not any(frozenset((drop, m)) in negatives or docs[drop] & docs[m] for m in one)
                     and not (node[drop].protected and not node[k].protected)
                     and not (node[k].protected and node[drop].placed)), None)
        if keep is None:
            kept[drop] = [drop]
            continue
        pair = why.get(frozenset((keep, drop))) or next(
            (v for k, v in sorted(why.items(), key=lambda kv: sorted(kv[0])) if drop in k), ("", ""))
        kept[keep].append(drop)
        out.append(Join(keep, drop, name, pair))
    return out


def _acts(graph: Graph) -> tuple[list[str], list[LetterAct]]:
    ids, acts = [], []
    for r in graph.read(LETTERS):
        ids.append(r["id"])
        acts.append(LetterAct.from_json(r["act"]))
    return ids, acts


def merge_matter_namesakes(graph: Graph) -> list[Join]:
    """Join the namesakes of one matter in the graph (see the module docstring); returns the joins made."""
    rows = graph.read(NAMESAKES)
    if not rows:
        return []
    doc_ids, acts = _acts(graph)
    related = {(doc_ids[i], doc_ids[j]) for i, j in matter_pairs(acts)}
    files = {doc_ids[i]: a.file for i, a in enumerate(acts)}
    protected = protected_person_ids(graph)
    named = [Named(r["doc"], r["id"], r["name"], _placed(r["label"], r["context"]), r["id"] in protected) for r in rows]
    negatives = {frozenset((r["left"], r["right"])) for r in graph.read(NEGATIVE_PAIRS)}
    names = sorted({n.name for n in named})
    warned: dict[str, set[str]] = defaultdict(set)
    for r in graph.read(STATED_NAMESAKES, {"names": names}):
        warned[r["name"]].add(r["doc"])
    namesakes = {r["name"] for r in graph.read(PLACED_NAMESAKES, {"names": names}) if r["placed"] > 1}
    done = joins(named, related, negatives, namesakes, warned)
    reasons = []
    for j in done:
        a, b = (PurePosixPath(files.get(d, d)).name for d in j.docs)
        reasons.append((j.keep, j.drop, f"{j.name}: named in two letters of one matter ({a}, {b}) and placed apart by neither"))
    merge_many(graph, reasons, user=USER)   # one transaction for all
    return done


def _placed(label: str, context: str | None) -> bool:
    return label != "Person" or not str(context or "").startswith("doc:")
