"""Persons: which Person or Official node a name in a letter stands for, matched by name AND
context (:mod:`ingest.matching`).

A name with an organisation (a position at, or legal representative of, a company or agency) is
``Person(name, context=<org id>)`` — or ``Official(agency_id, name)`` at an agency — so namesakes
in two companies are two persons; a name without an organisation is keyed by its document. When
that key is not a stored node, every stored person of the same or a near name is scored against
what the document says: one above MERGE (and no rival that high) is the node; those above REVIEW
are offered (``SAME_AS_CANDIDATE``) beside a new node; an unplaced full name the graph holds is
offered for review, never merged on the name alone — unless it is the graph's only person of that
name and tied to the letter's locality (``sole_local`` in the score). Masked names (张某, 李**)
are scoped to the document and never scored. Complainants and informants:
:mod:`ingest.resolve.protected`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from graph.ids import make_id
from ingest.matching import (
    MERGE,
    REVIEW,
    WEIGHTS,
    DocView,
    name_prior,
    name_similarity,
    person_features,
    score,
)
from ingest.resolve.agencies import agency_kind
from ingest.resolve.known import KnownIndex
from ingest.resolve.protected import (
    linked_protected,
    may_be_protected,
    role_word,
    same_name_protected,
)
from ingest.resolve.records import Candidate, ResolvedNode
from ingest.resolve.text import is_masked_person, simplified


class PersonRules:
    """The person part of :class:`ingest.resolve.Resolver` (a mixin over its state)."""

    index: KnownIndex
    merge_unplaced: bool

    def person(self, mention: str, org: ResolvedNode | None, doc_key: str,
               doc_nodes: Iterable[str] = (), *, doc: DocView | None = None,
               post: str | None = None, window: str = "", tie: str | None = None,
               before: str = "", id_hash: str | None = None,
               unplaced: bool = False,
               kin: Mapping[str, Collection[str]] | None = None,
               elsewhere: Collection[str] = (),
               not_at: Collection[str] = ()) -> tuple[ResolvedNode, list[Candidate]]:
        """The node a person mention stands for, matched by name AND context (ingest/matching.py).

        A mention tied to an organisation has a key (``Official(agency, name)``, ``Person(name,
        company)``); one without is keyed by its document. When that key is a stored node, that is it.
        Otherwise every stored person of the same or a near name is scored against what the document
        says: one above MERGE (and no rival that high) is the node; those above REVIEW are offered
        (``SAME_AS_CANDIDATE``) beside a new node. Masked names (张某, 李**) are never scored.
        ``unplaced``: the caller found the mention placed nowhere in its letter (no organisation,
        post, company, relative, phone, role word — and the name placed nowhere else in the letter),
        so the ``sole_local`` evidence may hold (ingest/matching.py). ``kin``: the names the letter
        ties the mention to by a kin word pointing back (其弟X; :func:`ingest.resolve.ties.kin_antecedent`),
        each with what the word says it is to the mention (sibling …), compared with the stored tie.
        ``elsewhere``: the organisations the letter places another mention of this name at (A公司股东
        于伟 … B公司法定代表人于伟): a stored person tied to one of them and not to this mention's
        organisation is that namesake — neither scored nor offered for this mention (when this mention
        is placed at an organisation itself: a name with only its phone beside it is not told apart so).
        ``not_at``: the organisations the letter says this person is not of (并非蜀通路桥的股东, 与住建局局长
        同名): a stored person tied to one of them is neither scored nor offered, nor the sole namesake.
        """
        name = simplified(mention)
        if is_masked_person(name):
            ctx = doc_key if org is None else f"{org.id}@{doc_key}"
            return ResolvedNode("Person", make_id("person", name, ctx), {"name": name, "context": ctx, "masked": True},
                                True, masked=True, reason="masked name: scoped to the document"), []
        if org is not None and org.label == "Agency":
            node = ResolvedNode("Official", make_id("official", org.id, name), {"name": name, "agency_id": org.id},
                                True, reason=f"official of {org.props.get('name')}")
        elif org is not None:
            node = ResolvedNode("Person", make_id("person", name, org.id), {"name": name, "context": org.id}, True,
                                reason=f"person at {org.props.get('name')}")
        else:
            node = ResolvedNode("Person", make_id("person", name, doc_key), {"name": name, "context": doc_key}, True,
                                reason="no organisation: scoped to the document")
        known = self.index.canonical(node.id)
        if known in self.index.persons:
            return self._person_existing(known, node.reason or "same key"), []
        if org is not None and org.label == "Agency" and agency_kind(str(org.props.get("name") or "")) == "discipline":
            # 纪委 and 监委 of one place work as one body (合署办公): its staff named at the other name of it
            # (中共X纪律检查委员会 / X监察委员会 / X纪委监委) is that person
            joint = self._joint_official(name, org)
            if joint is not None:
                return self._person_existing(joint, f"{node.reason}; the same discipline body under another name"), []
        idx = self.index
        if id_hash:  # an identity number written after the name: the person whose hash it is
            same_id = [o for o in sorted(idx.person_by_id_hash.get(id_hash, ()))
                       if o not in idx.merged_into and simplified(str(idx.persons[o].get("name") or "")) == name]
            if len(same_id) == 1:
                return self._person_existing(same_id[0], "identity number in the letter"), []
        view = doc if doc is not None else DocView.of("", doc_nodes)
        sole = self.sole_namesake(name, node.id) \
            if unplaced and org is None and tie is None and not post and not role_word(before) else None
        mine = org.id if org else tie
        scored = self.score_persons(name, node.id, view, org=mine, post=post, window=window,
                                    sole=sole, kin=kin)
        if elsewhere and mine is not None:   # placed at an organisation, and a namesake at another
            scored = [m for m in scored if not self._placed_elsewhere(m.end, mine, elsewhere)]
        if not_at:   # the letter says it is not the person stored there: a namesake, on record
            scored = [m for m in scored if not set(self.index.context(m.end).orgs) & set(not_at)]
            if node.label == "Person":
                node.props["not_at"] = sorted(not_at)
        merges = [m for m in scored if m.score >= MERGE]
        if not self.merge_unplaced:
            # LIANDONG_UNPLACED_NAMES=review: the locality alone places nobody — a match that needs
            # ``sole_local`` is offered, not merged
            merges = [m for m in merges if "sole_local" not in m.evidence]
        own_phone = [m for m in merges if "phone" in m.evidence]
        if len(merges) > 1 and len(own_phone) == 1:
            merges = own_phone   # two namesakes in one letter: the mobile beside this mention is one person's
        if len(merges) == 1:
            m = merges[0]
            found = self._person_existing(m.end, f"matched in context: {m.reason}")
            found.score, found.evidence = m.score, m.evidence   # stored on the MENTIONS (ingest/mapping.py)
            return found, []
        cands = [m for m in scored if m.score >= REVIEW]
        # a protected identity (complainant, informant) is linked when the letter introduces the name
        # in that role, and a mention that may be one is never stored unmasked
        same_protected = same_name_protected(scored, idx, name)
        linked = linked_protected(before, same_protected, placed=org is not None, merged=bool(merges))
        if linked is not None:
            return self._person_existing(linked.end, f"named as {role_word(before)}: "
                                                     f"the one protected person of that name"), []
        if node.label == "Person" and may_be_protected(before, same_protected, cands, idx):
            node.props["masked"] = True
            node.reason += "; may be a complainant or informant: stored masked"
            cands = cands or same_protected
        if len(merges) > 1:
            node.reason += f"; {len(merges)} stored persons match equally: offered for review"
        elif not cands and org is None and tie is None and len(name) >= 3:
            # a person the letter does not place, with a full name the graph holds: a candidate to
            # review (issue 11: "cannot be placed → review"), never a merge; two-character names are
            # too common to offer on the name alone
            same = [m for m in scored if m.reason.startswith(f"{name} ~ {name}:")]
            if 0 < len(same) <= 3:
                cands = same
                node.reason += "; not placed by the letter: offered for review"
        return node, cands[:5]

    def _joint_official(self, name: str, org: ResolvedNode) -> str | None:
        """The one stored official of ``name`` at another discipline body of ``org``'s region."""
        region = org.props.get("region")
        found = {self.index.canonical(make_id("official", aid, name)) for aid, props in self.index.agencies.items()
                 if aid != org.id and props.get("region") == region
                 and agency_kind(str(props.get("name") or "")) == "discipline"}
        found = {f for f in found if f in self.index.persons}
        return found.pop() if len(found) == 1 else None

    def _placed_elsewhere(self, candidate: str, mine: str, elsewhere: Collection[str]) -> bool:
        """The candidate is tied to an organisation the letter places a namesake at, and not to this
        mention's own."""
        orgs = self.index.context(candidate).orgs
        return mine not in orgs and any(o in orgs for o in elsewhere)

    def sole_namesake(self, name: str, node_id: str) -> str | None:
        """The graph's only person of exactly this name (three characters or more) placed anywhere
        (letters' unplaced namesakes do not count), when there is one, it is not a protected person and no negative judgement keeps it apart from ``node_id``;
        else ``None``. Whether it is tied to the letter's locality is the score's ``sole_local``."""
        idx = self.index
        if len(name) < 3 or is_masked_person(name):
            return None
        # (a namesake an earlier letter could not place — a node scoped to that letter — is no one the
        # graph knows: it neither answers for this mention nor keeps it from the one it does know)
        same = [o for o in idx.person_by_name.get(name, ()) if o != node_id and o not in idx.merged_into
                and not str((idx.persons.get(o) or {}).get("context") or "").startswith("doc:")]
        if len(same) != 1 or same[0] in idx.protected or idx.different(node_id, same[0]):
            return None
        return same[0]

    def score_persons(self, name: str, node_id: str, doc: DocView, *, org: str | None = None,
                      post: str | None = None, window: str = "", sole: str | None = None,
                      kin: Mapping[str, Collection[str]] | None = None) -> list[Candidate]:
        """Every stored person of the same or a near name, scored against the document (best first);
        ``sole``: the candidate the ``sole_local`` evidence may hold for (:meth:`sole_namesake`)."""
        idx = self.index
        pool = set(idx.person_by_name.get(name, ()))
        if len(name) >= 3:
            pool |= {o for o in idx.person_by_surname.get((name[:1], len(name)), ())
                     if name_similarity(name, simplified(str(idx.persons[o].get("name") or ""))) >= 0.6}
        pool = {o for o in pool if o != node_id and o not in idx.merged_into and not idx.different(node_id, o)
}
        idx.load_contexts(pool)
        out = []
        for other in pool:
            other_name = simplified(str(idx.persons[other].get("name") or ""))
            sim = name_similarity(name, other_name)
            feats = person_features(idx.context(other), doc, org=org, post=post, own_name=name, window=window,
                                    sole=other == sole, kin_of=kin)
            prior = name_prior(name)
            value = score(sim, prior, feats)
            why = " + ".join(f"{f} {WEIGHTS[f]:.2f}" for f in sorted(feats)) or "name only"
            out.append(Candidate(node_id, other, value,
                                 f"{name} ~ {other_name}: score {value:.2f} = sim {sim:.2f} × (prior {prior:.2f}; {why})",
                                 tuple(sorted(feats))))
        return sorted(out, key=lambda c: (-c.score, c.end))

    def _person_existing(self, node_id: str, reason: str) -> ResolvedNode:
        props = self.index.persons[node_id]
        label = str(props.get("label") or "Person")
        keep = ("name", "agency_id") if label == "Official" else ("name", "context")
        return ResolvedNode(label, node_id, {k: props[k] for k in keep if props.get(k) is not None}, False,
                            reason=reason)
