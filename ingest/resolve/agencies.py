"""Agencies: which Agency node a name in a letter stands for, and where a document is from.

* **Locality of a document** — from the issuer's name, else the places in the agency names
  (the most frequent, most specific one), else the document-number prefix matched against the
  directory (竹财采〔2021〕519号 → 绵竹市, 泉鲤政财 → 泉州市鲤城区).
* **Agencies** — a name with a place (绵竹市财政局, 四川省德阳市绵竹市财政局) resolves in *its*
  place; a level-relative name (市财政局, 区纪委监委, bare 财政局) resolves in the document's
  locality: the directory's alias first, then agencies already in the graph, else a new agency
  named ``<locality><rest>``. 市… in a district letter means the prefecture above it. A relative
  name in a document whose locality is unknown is document-scoped (``masked``): never stored.
* **Short forms** — 市住建局, 卫健局, 发改委 … (:data:`AGENCY_SHORT_FORMS`) or a name with an
  internal unit after it (市卫健局办公室) are looked up under the full name; an unknown one is
  stored under its full name, the short form kept as an alias. Pronouns (我局, 你委) are never
  agencies (:data:`PRONOUN`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from graph.types import vocabulary
from graph.types.names import lookup_key
from ingest.agency_shape import REF_ORGANS
from ingest.resolve.known import KnownIndex
from ingest.resolve.places import NATIONAL, Localities, Locality, Places, level_of
from ingest.resolve.records import ResolvedNode
from ingest.resolve.text import simplified

_RELATIVE = re.compile(r"^(省|市|县|区|州|旗|盟)(?!场)(?=\S{2,})")
_NATIONAL = re.compile(r"^(中央|国家|国务院|最高人民|中华人民共和国|全国|财政部|公安部|审计署|商务部|司法部|监察部|教育部|民政部|水利部|"
                       r"住房和城乡建设部|交通运输部|自然资源部|生态环境部|农业农村部|市场监管总局|工业和信息化部)")
_AGENCY_HEAD = re.compile(r"^\S{0,8}(局|委|委员会|院|中心|厅|办|办公室|政府|所|站|队|管委会)$")
_GENERIC_HEAD = re.compile(
    r"^(财政局|纪委监委|纪委|监委|公安局|公安分局|审计局|市场监督管理局|市场监管局|发改委|发改局|发展和改革局|"
    r"发展和改革委员会|公管委|公管局|公共资源交易中心|交易中心|检察院|人民检察院|法院|人民法院|人民政府|政府|住建局)$"
)


# Short forms letters use for agencies' names (general usage, not from any evaluation set): the
# short ending → the full one. Tried only to find an agency the directory or the graph holds in the
# document's locality; an agency named by a short form that is nowhere stored is created under its
# full name, the short form kept as an alias.
AGENCY_SHORT_FORMS: dict[str, str] = {
    "住建局": "住房和城乡建设局", "住建委": "住房和城乡建设委员会", "卫健局": "卫生健康局", "卫健委": "卫生健康委员会",
    "发改局": "发展和改革局", "发改委": "发展和改革委员会", "交通局": "交通运输局", "人社局": "人力资源和社会保障局",
    "市监局": "市场监督管理局", "市场监管局": "市场监督管理局", "农业局": "农业农村局", "农农局": "农业农村局",
    "自规局": "自然资源和规划局", "资规局": "自然资源和规划局", "生态环境局": "生态环境局", "环保局": "生态环境局",
    "文旅局": "文化广播电视和旅游局", "教体局": "教育和体育局", "经信局": "经济和信息化局", "应急局": "应急管理局",
    "医保局": "医疗保障局", "统计局": "统计局", "商务局": "商务局", "林业局": "林业局",
}
# an internal unit after an agency's name (市卫健局办公室, 县财政局采购股): the agency is the part before it
_AGENCY_UNIT = re.compile(r"(?<=[局委院])(办公室|[\u4e00-\u9fff]{1,6}?(科|股|处|室|中心|大队|中队))$")


def agency_variants(name: str) -> list[str]:
    """Other spellings of an agency name to look up: without a trailing internal unit, and with a
    short ending (住建局, 卫健局 …) written out."""
    out: list[str] = []
    base = _AGENCY_UNIT.sub("", name)
    for cand in dict.fromkeys((name, base)):
        for short, full in AGENCY_SHORT_FORMS.items():
            if cand.endswith(short) and short != full:
                out.append(cand[: -len(short)] + full)
        if cand != name:
            out.append(cand)
    return list(dict.fromkeys(out))


# 我局, 你委, 该局: a phrase, not a name — never a node
PRONOUN = re.compile(r"^(我|你|贵|该|本|此|上述|其)(?:" + "|".join(sorted(
    {*REF_ORGANS, "部门", "委员会", "监委", "纪委监委"}, key=len, reverse=True)) + ")$")


def agency_kind(name: str) -> str:
    """The kind an agency's name says (the name patterns of schema.yaml's vocabularies.agency_kind)."""
    return vocabulary.kind_in_name("agency_kind", simplified(name)) or "other"


# a record's place line: 地点：X, 询问地点：X, 谈话地点：X (the value up to the line's end or a field after it)
_RECORD_PLACE = re.compile(r"(?m)^[ \t\u3000]*(?:询问|谈话|约谈|讯问|调查|会议)?地点[:：]\s*([^\s\u3000，,；;]{4,30})")


class AgencyRules:
    """The agency and locality part of :class:`ingest.resolve.Resolver` (a mixin over its state)."""

    directory: AgencyDirectory
    index: KnownIndex
    places: Places
    localities: Localities

    # -- locality --------------------------------------------------------------------------
    def locality(self, extraction: dict[str, Any], doc_no: str | None = None, text: str = "") -> Locality | None:
        ents = extraction.get("entities") or []
        issuer = (extraction.get("doc") or {}).get("issuer")
        if isinstance(issuer, int) and 0 <= issuer < len(ents) and ents[issuer]["label"] == "AGENCY":
            loc = self._place(ents[issuer]["text"], f"issuer {ents[issuer]['text']}")
            if loc is not None:
                return loc
        votes: Counter[str] = Counter()
        found: dict[str, Locality] = {}
        for e in ents:
            if e["label"] != "AGENCY":
                continue
            loc = self._place(e["text"], f"agency names ({e['text']} …)")
            if loc is None or loc.level == "province":
                continue
            votes[loc.region] += 1
            found.setdefault(loc.region, loc)
        if votes:
            # the most specific places win (a county letter names its prefecture too), then the most named
            counties = [r for r in votes if found[r].level in ("county", "district")]
            pool = counties or list(votes)
            return found[max(pool, key=lambda r: votes[r])]
        for e in ents:
            if e["label"] == "DOC_NO":
                loc = self.localities.from_doc_no(e["text"])
                if loc is not None:
                    return loc
        if doc_no:
            loc = self.localities.from_doc_no(doc_no)
            if loc is not None:
                return loc
        title = text.strip().split("\n", 1)[0][:24] if text else ""
        if title:  # 绵竹市政府采购联动监管联席会议纪要: minutes with no issuer name their place in the title
            loc = self._place(title, f"title {title}")
            if loc is not None:
                return loc
        return self._place_of_officials(ents) or self._place_of_companies(ents) or self._place_of_record(text)

    def _place_of_record(self, text: str) -> Locality | None:
        """A record that names its body without a place (询问人：… 工作单位：市纪委监委第三监督检查室): the place
        its 地点 line opens with (地点：绵竹市纪委监委谈话室) — where the record was made, the body's place."""
        m = _RECORD_PLACE.search(text[:600]) if text else None
        return self._place(m.group(1), f"the record's place line ({m.group(1)})") if m else None

    def _place_of_companies(self, ents: list[dict[str, Any]]) -> Locality | None:
        """A record that names no agency with its place and no official (询问笔录: 地点 is an address,
        the askers name their body without its place): the one county-level place its companies are
        named with (绵竹市天府园林绿化有限公司), when they all agree."""
        found: dict[str, Locality] = {}
        for e in ents:
            if e["label"] == "COMPANY":
                loc, _ = self.localities.of_name(e["text"], f"its companies are named with their place ({e['text']} …)")
                if loc is not None and loc.level != "province":
                    found.setdefault(loc.region, loc)
        return next(iter(found.values())) if len(found) == 1 else None

    def _place_of_officials(self, ents: list[dict[str, Any]]) -> Locality | None:
        """A document that names no place (minutes of 市财政局, 市住建局局长王德明 …): the one region
        whose stored officials it names at their bodies — a person right after a body's name written
        without its place (and a post), the stored official of that name at a body of that name there."""
        regions: Counter[str] = Counter()
        for k, e in enumerate(ents):
            if e["label"] != "PERSON" or k == 0:
                continue
            j = k - 1 if ents[k - 1]["label"] != "POSITION" or k < 2 else k - 2
            body = ents[j]
            if body["label"] != "AGENCY" or e["start"] - body["end"] > 8:
                continue
            rest = _RELATIVE.sub("", simplified(body["text"]))
            name = simplified(e["text"])
            for pid in self.index.person_by_name.get(name, ()):
                props = self.index.persons.get(pid) or {}
                if props.get("label") != "Official":
                    continue
                agency = self.index.agencies.get(str(props.get("agency_id") or ""))
                if agency and len(rest) >= 3 and any(simplified(str(agency.get("name") or "")).endswith(alt)
                                                     for alt in (rest, *agency_variants(rest))):
                    regions[str(agency.get("region") or "")] += 1
        regions.pop("", None)
        if len(regions) != 1:
            return None
        region = next(iter(regions))
        return self._place(region, f"its officials named at their bodies ({region})") or \
            Locality(region, region, level_of(region, "county"), None, f"its officials named at their bodies ({region})")

    def _place(self, name: str, reason: str) -> Locality | None:
        """Where an agency name places a document: the divisions and the directory, else the region of
        the one stored agency of exactly that name (a county loaded as reference data, e.g. 示例县)."""
        loc, _ = self.localities.of_name(name, reason)
        if loc is not None:
            return loc
        ids = self.index.agency_global.get(lookup_key(simplified(name))) or set()
        regions = {str(self.index.agencies[i].get("region") or "") for i in ids}
        if len(regions) != 1:
            return None
        region = regions.pop()
        if not region or region.startswith("未定位"):
            return None
        level = next((str(self.index.agencies[i]["level"]) for i in ids if self.index.agencies[i].get("level")), None)
        return Locality(region, region, level or level_of(region, "county"), None, f"{reason}: stored agency in {region}")

    # -- agencies --------------------------------------------------------------------------
    def agency(self, mention: str, locality: Locality | None, doc_key: str) -> ResolvedNode:
        name = simplified(mention)
        loc, end = self.localities.of_name(name)
        if loc is not None and end > 0 and end < len(name):
            if self._known_in(name, loc) is None:
                # 绵竹市卫生健康局办公室: an internal unit of a stored agency is that agency, as with a
                # relative name (市卫健局办公室) below
                for alt in agency_variants(name):
                    found = self._known_in(alt, loc)
                    if found is not None:
                        found.reason = f"{name} read as {alt}: {found.reason}"
                        return found
            return self._agency_in(name, loc, f"named with its place {loc.region}")
        if _NATIONAL.match(name):
            return self._agency_in(name, NATIONAL, "a national body")
        # relative: 市财政局, 区纪委监委, 财政局
        m = _RELATIVE.match(name)
        if locality is not None:
            target = locality
            if m:
                cur: Locality | None = locality
                while cur is not None and cur.level_char != m.group(1):
                    cur = cur.parent
                target = cur or locality
            found = self._lookup(name, target)
            if found is not None:
                return found
            for alt in agency_variants(name):  # 市住建局 = 市住房和城乡建设局; 市卫健局办公室 = 市卫健局
                alt_rel = _RELATIVE.match(alt)
                found = self._lookup(alt, target) or self._known_in(f"{target.display}{alt[1:] if alt_rel else alt}", target)
                if found is not None:
                    found.reason = f"{name} read as {alt}: {found.reason}"
                    return found
            short = next(iter(agency_variants(name)), None)
            if short is not None:  # unknown, named by a short form or with a unit: stored under the full name
                name, m = short, _RELATIVE.match(short)
            rest = name[1:] if m else name
            if m or _GENERIC_HEAD.match(name) or _AGENCY_HEAD.match(name):
                full = f"{target.display}{rest}"
                node = self._agency_in(full, target, f"{name} completed with the locality {target.region}")
                if node.new:
                    node.props["aliases"] = [name]
                return node
            # an unplaced proper name (e.g. a school): in the locality, as written
            return self._agency_in(name, target, f"no place in the name; document locality {target.region}")
        # no locality: exact name known somewhere, else document-scoped
        ids = self.index.agency_global.get(lookup_key(name)) or set()
        if len(ids) == 1:
            return self._existing(next(iter(ids)), "unique name in the graph")
        directory_hit = self.directory.resolve(name)
        if directory_hit is not None:
            return self._agency_node(directory_hit.name, directory_hit.region, "directory", directory_hit)
        region = f"未定位 {doc_key[:16]}"
        return self._agency_node(name, region, "no locality: scoped to the document", None, scoped=True)

    def _lookup(self, name: str, loc: Locality) -> ResolvedNode | None:
        hit = self.directory.resolve(name, loc.region)
        if hit is not None and (hit.region == loc.region or _RELATIVE.match(name) is None):
            return self._agency_node(hit.name, hit.region, f"directory: {name} in {loc.region}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_alias.get((loc.region, key)) or self.index.agency_by_name.get((loc.region, key))
        return self._existing(known, f"{name} known in {loc.region}") if known else None

    def _known_in(self, name: str, loc: Locality) -> ResolvedNode | None:
        """The agency of exactly this (full) name in ``loc`` — the directory's or the graph's — else None."""
        hit = self.directory.resolve(name, loc.region)
        if hit is not None and hit.region == loc.region:
            return self._agency_node(hit.name, hit.region, f"directory: {name}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_name.get((loc.region, key)) or self.index.agency_by_alias.get((loc.region, key))
        return self._existing(known, f"{name} known in {loc.region}") if known else None

    def _agency_in(self, name: str, loc: Locality, reason: str) -> ResolvedNode:
        hit = self.directory.resolve(name, loc.region)
        if hit is not None:
            return self._agency_node(hit.name, hit.region, f"directory: {reason}", hit)
        key = lookup_key(name)
        known = self.index.agency_by_name.get((loc.region, key)) or self.index.agency_by_alias.get((loc.region, key))
        if known:
            return self._existing(known, reason)
        return self._agency_node(name, loc.region, reason, None, level=loc.level)

    def _existing(self, node_id: str, reason: str) -> ResolvedNode:
        props = self.index.agencies.get(node_id)
        if props is None:  # resolved through the directory into an id not yet in the index
            raise KeyError(node_id)
        return ResolvedNode("Agency", node_id, {"name": props["name"], "region": props["region"]}, False, reason=reason)

    def _agency_node(self, name: str, region: str, reason: str, hit: Any, *, level: str | None = None,
                     scoped: bool = False) -> ResolvedNode:
        node_id = make_id("agency", region, name)
        if node_id in self.index.agencies:
            known = self.index.agencies[node_id]
            return ResolvedNode("Agency", node_id, {"name": known["name"], "region": known["region"]}, False, reason=reason)
        props: dict[str, Any] = {"name": name, "region": region, "kind": agency_kind(name)}
        if hit is not None:
            props.update(kind=hit.kind, level={"city": "prefecture"}.get(hit.level, hit.level),
                         aliases=list(hit.aliases))
        elif level:
            props["level"] = level
        return ResolvedNode("Agency", node_id, props, True, masked=scoped, reason=reason)

    def agencies_named(self, text: str, loc: Locality) -> set[str]:
        """The stored agencies of the letter's locality it names anywhere, with or without their place
        (他母亲是水利局的… in a 绵竹市 record: 绵竹市水利局); only names of three characters or more."""
        return {node_id for node_id, forms in self._local_names(loc) if any(form in text for form in forms)}

    def _local_names(self, loc: Locality) -> Iterator[tuple[str, tuple[str, ...]]]:
        """Each stored agency of the locality with the names a letter of that place writes it by:
        in full, and without the place (绵竹市交通运输局, 交通运输局) — names of three characters or more."""
        for node_id, props in self.index.agencies.items():
            if props.get("region") != loc.region:
                continue
            full = simplified(str(props.get("name") or ""))
            short = full[len(loc.display):] if full.startswith(loc.display) else ""
            # …and by the short ending letters use for it (住建局 for 住房和城乡建设局)
            abbrev = [short[:-len(long)] + s for s, long in AGENCY_SHORT_FORMS.items()
                      if short and s != long and short.endswith(long)]
            yield node_id, tuple(form for form in (full, short, *abbrev) if len(form) >= 3)

    def _agency_before(self, before: str, loc: Locality) -> str | None:
        """An agency of the letter's locality written without its place just before a post and name
        (交通运输局副局长杨光辉 in a 绵竹市 letter): the stored agency, else None. The last one named
        on that line wins; only names of three characters or more."""
        line = before.rsplit("\n", 1)[-1]
        best: tuple[int, str] | None = None
        for node_id, forms in self._local_names(loc):
            for form in forms:
                at = line.rfind(form)
                if at >= 0 and (best is None or at + len(form) > best[0]):
                    best = (at + len(form), node_id)
        return best[1] if best is not None else None
