"""Companies: which Company node a name (and credit code) in a letter stands for.

A valid credit code first (graph nodes by ``credit_code``), then the normalised name (NFKC,
traditional → simplified, spaces dropped, brackets unified, 有限责任公司 ≡ 有限公司). A company
named by its trade name only (鑫盛公司) is the one stored company trading so, never one of several.
Names equal only after dropping the legal form or a region prefix, or near (rapidfuzz), are
scored in context (``ingest.matching``): one above MERGE is the company, those above REVIEW are
*candidates* (``SAME_AS_CANDIDATE``). Masked names (四川**建设有限公司, 某建设公司, C公司) are scoped
to their document. A credit code in the text belongs to the nearest company named before it on
the same line (:func:`credit_codes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from graph.types import credit_code
from ingest.matching import (
    MERGE,
    REVIEW,
    WEIGHTS,
    DocView,
    company_features,
    name_similarity,
    score,
)
from ingest.resolve.company_keys import SHORT_COMPANY, TRADE_SHORT, company_readings
from ingest.resolve.known import KnownIndex
from ingest.resolve.places import Locality, Places, place_short_forms
from ingest.resolve.records import Candidate, ResolvedNode
from ingest.resolve.text import company_name_key, is_masked_company, simplified


def credit_codes(ents: list[dict[str, Any]], identifiers: Iterable[dict[str, Any]], text: str) -> dict[int, str]:
    """Company entity index → the valid credit code written just after it (≤ 40 characters, same line)."""
    out: dict[int, str] = {}
    companies = [(i, e) for i, e in enumerate(ents) if e["label"] == "COMPANY"]
    for ident in identifiers:
        if ident.get("type") != "credit_code":
            continue
        code = credit_code.clean(ident.get("text") or "")
        if code is None:
            continue
        start = int(ident.get("start") or 0)
        before = [(i, e) for i, e in companies if e["end"] <= start and start - e["end"] <= 40
                  and "\n" not in text[e["end"]:start]]
        if before:
            i, _ = before[-1]
            out.setdefault(i, code)
    return out


class CompanyRules:
    """The company part of :class:`ingest.resolve.Resolver` (a mixin over its state)."""

    index: KnownIndex
    places: Places
    directory: AgencyDirectory
    _prefixes: tuple[str, ...] | None = None

    def company(self, mention: str, code: str | None, doc_key: str, *,
                doc: DocView | None = None, letter_names: Iterable[str] = (),
                locality: Locality | None = None) -> tuple[ResolvedNode, list[Candidate]]:
        """A credit code first, then the exact comparison form of the name; otherwise a new company,
        with the stored companies of a near name scored in context (one above MERGE is the company;
        those above REVIEW are offered). Masked names are scoped to their document."""
        name = company_name_key(mention)
        if is_masked_company(mention):
            key = f"{name}@{doc_key}"
            return ResolvedNode("Company", make_id("company", key), {"key": key, "name": name}, True, masked=True,
                                reason="masked name: scoped to the document"), []
        idx = self.index
        if code:
            known = idx.company_by_code.get(code)
            if known:
                return self._company_existing(known, "credit code", code), []
            same = [i for i in idx.company_by_name.get(name, ()) if not idx.companies[i].get("credit_code")]
            if len(same) == 1:
                return self._company_existing(same[0], "same name, now with its credit code", code), []
            node = ResolvedNode("Company", make_id("company", code), {"key": code, "name": name, "credit_code": code},
                                True, reason="new, keyed by credit code")
            if idx.canonical(node.id) in idx.companies:  # merged into another company by a judgement
                return self._company_existing(idx.canonical(node.id), "credit code of a merged company", None), []
            return node, self._company_candidates(node, name, doc)
        same = sorted(idx.company_by_name.get(name, ()))
        if len(same) == 1:
            return self._company_existing(same[0], "normalised name", None), []
        short = SHORT_COMPANY.match(name) or TRADE_SHORT.match(name)
        # (a short form two companies the letter names in full both start with is neither's — two names of
        # one reading, 绵竹市天府园林绿化有限公司 and 天府园林绿化有限公司, are one company)
        if short and not same and len({rs[0] for n in set(letter_names) if n != name
                                       for rs in (company_readings(n, self.places),)
                                       if any(r.startswith(short.group(1)) for r in rs)}) < 2:
            # 鑫盛公司, 鑫盛建筑: the one stored company whose trade name starts so, read
            core = short.group(1)  # after its place prefix in either form (绵竹鑫盛… for 绵竹市)
            pool = self._trading_as(core)
            if len(pool) == 1:
                return self._company_existing(pool[0], f"short form {name} of the trade name of "
                                                       f"{idx.companies[pool[0]].get('name')}", None), []
        local = self._local_company(name, locality) if not same else None
        if local is not None:
            return self._company_existing(local, f"{name} written without its place, the letter's own "
                                                 f"({idx.companies[local].get('name')})", None), []
        node = ResolvedNode("Company", make_id("company", name), {"key": name, "name": name}, True,
                            reason="new, keyed by normalised name")
        if idx.canonical(node.id) in idx.companies:
            node.id = idx.canonical(node.id)
            return self._company_existing(node.id, "normalised name", None), []
        cands = [Candidate(node.id, other, 0.6, f"same name {name} but {idx.companies[other].get('credit_code') or 'another'} "
                           f"credit code") for other in same]
        if same:
            return node, cands
        near = self._company_candidates(node, name, doc)
        merges = [c for c in near if c.score >= MERGE]
        if len(merges) == 1:
            found = self._company_existing(merges[0].end, f"matched in context: {merges[0].reason}", None)
            found.score, found.evidence = merges[0].score, merges[0].evidence  # stored on the MENTIONS
            return found, []
        return node, [c for c in near if c.score >= REVIEW]

    def _local_company(self, name: str, locality: Locality | None) -> str | None:
        """The one stored company whose name is ``name`` (which starts with no place) after a place that
        is the letter's locality or holds it (a county, its prefecture, its province: 鑫盛建筑工程有限公司
        in a 绵竹市 letter is 绵竹市鑫盛建筑工程有限公司; 蜀通路桥… is 四川蜀通路桥…). A letter names a
        company of its own place without the place; one of another place it names with it."""
        if locality is None or name.endswith("分公司") or self.places.short_prefix_end(name) > 0:
            return None
        around: set[str] = set()
        loc: Locality | None = locality
        while loc is not None:
            around |= {simplified(loc.region), simplified(loc.display)}
            around |= place_short_forms(simplified(loc.region))
            loc = loc.parent
        idx = self.index
        hits = set()
        for reading in company_readings(name, self.places):
            for o in idx.company_by_loose.get(reading, ()):
                if o in idx.merged_into:
                    continue
                stored = company_name_key(idx.companies[o].get("name") or "")
                if stored.endswith(name) and len(stored) > len(name):
                    prefix = stored[:-len(name)]
                    if any(prefix == a or prefix.endswith(a) and self.places.prefix_end(prefix) == len(prefix)
                           for a in around if a):
                        hits.add(o)
        return next(iter(hits)) if len(hits) == 1 else None

    def companies_before(self, before: str) -> set[str]:
        """The stored companies a clause names by their brand right before a person (蜀通路桥的马总,
        宏达那个周老板, 德源的黄总): the brand, perhaps its trade and 公司, then 的 / 那个 / 这个 and at
        most an opening quote — the end of ``before``."""
        clause = re.split(r"[，,。；;：:\n、]", before)[-1][-12:]
        idx = self.index
        out: set[str] = set()
        for k in range(len(clause) - 1):
            for o in idx.company_by_block.get(clause[k:k + 2], ()):
                if o in idx.merged_into:
                    continue
                for reading in idx.company_trade.get(o, ()):
                    rest = clause[k + 2:]
                    if rest.startswith(reading[2:4]) and len(reading) >= 4:
                        rest = rest[2:]
                    if re.fullmatch(r"(?:公司)?(?:的|那个|这个|那家|这家)?[“\"「]?", rest):
                        out.add(o)
        return out

    def companies_by_brand(self, text: str) -> set[str]:
        """Every stored company whose brand (the first two characters of its trade name) the text
        writes anywhere: a wide net, for telling whether a head named by surname alone (周总) could
        be of more than one company."""
        idx = self.index
        return {o for k in range(len(text) - 1) for o in idx.company_by_block.get(text[k:k + 2], ())
                if o not in idx.merged_into}

    def _trading_as(self, core: str) -> list[str]:
        """The stored companies whose trade name starts with ``core``: read after the place prefix
        in either form — a gazetteer place in full or a county's short form (the index's readings,
        :func:`~ingest.resolve.company_keys.company_readings`), or a locality of the directory by its
        region, its short names or their short form (示例县 → 示例: a county the gazetteer lacks)."""
        idx = self.index
        prefixes = self._directory_prefixes()
        starts = [core] + [p + core for p in prefixes]
        blocks = {s[:2] for s in starts}
        return sorted({o for b in blocks for o in idx.company_by_block.get(b, ())
                       if o not in idx.merged_into
                       and any(r.startswith(s) for r in idx.company_trade.get(o, ()) for s in starts)})

    def _directory_prefixes(self) -> tuple[str, ...]:
        """The directory's localities as a company name's place prefix: region, short names, and the
        short forms of each (read once per resolver)."""
        if self._prefixes is None:
            names = {simplified(n) for loc in self.directory.localities() for n in (loc.region, *loc.short_names)}
            names |= {s for n in list(names) for s in place_short_forms(n)}
            self._prefixes = tuple(sorted((n for n in names if len(n) >= 2), key=len, reverse=True))
        return self._prefixes

    def _company_existing(self, node_id: str, reason: str, code: str | None) -> ResolvedNode:
        props = dict(self.index.companies[node_id])
        out = {"key": props["key"], "name": props["name"]}
        if code and not props.get("credit_code"):
            out["credit_code"] = code
        return ResolvedNode("Company", node_id, out, False, reason=reason)

    def _company_candidates(self, node: ResolvedNode, name: str, doc: DocView | None = None) -> list[Candidate]:
        """Stored companies whose names are equal without legal form or region (sim 1.0), or near
        (rapidfuzz ratio ≥ 0.85 of those forms), scored with prior 0.5 and the document's evidence."""
        idx = self.index
        readings = company_readings(name, self.places)
        pool = {o for loose in readings for o in idx.company_by_loose.get(loose, ())}
        for loose in readings:
            if len(loose) >= 4:
                pool |= {o for o in idx.company_by_block.get(loose[:2], ())
                         if any(name_similarity(loose, r) >= 0.85 for r in idx.company_trade.get(o, ()))}
        pool.discard(node.id)
        pool = {o for o in pool if o not in idx.merged_into and not idx.different(node.id, o)}
        view = doc if doc is not None else DocView.of("")
        out = []
        for other in sorted(pool):
            other_code = idx.companies[other].get("credit_code")
            if other_code and node.props.get("credit_code") and other_code != node.props["credit_code"]:
                continue  # two credit codes: two companies
            idx.load_contexts([other])
            sim = max(name_similarity(a, b) for a in readings for b in idx.company_trade.get(other, ("",)))
            feats = company_features(idx.context(other), view)
            value = score(sim, 0.5, feats)
            why = " + ".join(f"{f} {WEIGHTS[f]:.2f}" for f in sorted(feats)) or "name only"
            out.append(Candidate(node.id, other, value,
                                 f"names equal or near without legal form or region: {name} ~ "
                                 f"{idx.companies[other]['name']}: score {value:.2f} = sim {sim:.2f} × (prior 0.50; {why})",
                                 tuple(sorted(feats))))
        return sorted(out, key=lambda c: (-c.score, c.end))[:5]
