"""Places: the administrative divisions and the locality a name or a document places itself in.

* :class:`Places` — the divisions (the gazetteer's data files, read once); ``parse`` reads the
  place chain at the start of a name (``四川省德阳市绵竹市财政局`` → 绵竹市); ``short_prefix_end``
  reads a county-level place in its short form too, for company names (``绵竹鑫盛建材有限公司``:
  绵竹 for 绵竹市; the gazetteer's short-form rule, :func:`place_short_forms`).
* :class:`Locality` — where a document or an agency is (``region`` is the Agency.region / Region.name
  convention), with its parent (市… in a district letter means the prefecture above it).
* :class:`Localities` — lookups over the agency directory and the divisions: of a name, of a
  directory entry, of a document-number prefix (竹财采〔2021〕519号 → 绵竹市, 泉鲤政财 → 泉州市鲤城区).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from graph.rules.agencies import AgencyDirectory
from graph.rules.agencies import Locality as DirLocality
from ingest.nlp.gazetteer import division_tables, short_forms
from ingest.resolve.text import simplified


def place_short_forms(name: str) -> set[str]:
    """A place name's short forms by the gazetteer's one rule (ingest/nlp/gazetteer.py, read, not
    copied): the level suffix dropped (绵竹市 → 绵竹, 澄迈县 → 澄迈), an ethnic autonomous name cut
    before the people (恭城瑶族自治县 → 恭城), never a one-character stem (沛县) nor a stem that is a
    common word (永安, 新华, 东方 …: the gazetteer's stop list)."""
    return short_forms(simplified(name))


_PLACE_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "盟", "省", "市")


@dataclass(frozen=True)
class Locality:
    """Where a document is from: ``region`` is the Agency.region / Region.name convention."""

    region: str                 # 绵竹市, 泉州市鲤城区, 正宁县, 德阳市
    display: str                # what a relative name is completed with: 绵竹市, 泉州市鲤城区
    level: str                  # province | prefecture | county | district
    parent: Locality | None = None
    reason: str = ""

    @property
    def level_char(self) -> str:
        return self.display[-1:] if self.display else ""


class Places:
    """The administrative divisions (from the extraction package's data files, when present)."""

    def __init__(self, divisions: dict[str, dict[str, list[str]]] | None = None) -> None:
        # name -> list of (province, prefecture, county|None)
        self.chains: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
        # the short forms of county-level names (绵竹 → 绵竹市's chain): read in company names only
        self.county_short: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
        self.max_len = 0
        for prov, cities in (divisions or {}).items():
            if prov.startswith("_"):
                continue
            self._add(prov, (prov, None, None), short=True)
            for city, counties in cities.items():
                if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    for c in counties:
                        self._add(c, (prov, None, c))
                    continue
                self._add(city, (prov, city, None), short=True)
                for c in counties:
                    if c not in ("市辖区",):
                        self._add(c, (prov, city, c))

    def _add(self, name: str, chain: tuple[str, str | None, str | None], short: bool = False) -> None:
        if chain not in self.chains[name]:
            self.chains[name].append(chain)
        if chain[2] is not None:
            for base in place_short_forms(name):
                if chain not in self.county_short[base]:
                    self.county_short[base].append(chain)
        self.max_len = max(self.max_len, len(name))
        if short:
            for suf in _PLACE_SUFFIXES:
                if name.endswith(suf) and len(name) - len(suf) >= 2:
                    base = name[: -len(suf)]
                    if chain not in self.chains[base]:
                        self.chains[base].append(chain)
                    break

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Places:
        merged: dict[str, dict[str, list[str]]] = {}
        for data in division_tables():  # the gazetteer's files, read once
            for prov, cities in data.items():
                if prov.startswith("_") or not isinstance(cities, dict):
                    continue
                for city, counties in cities.items():
                    merged.setdefault(prov, {}).setdefault(city, []).extend(counties)
        return cls(merged)

    def parse(self, name: str) -> tuple[list[tuple[str, str | None, str | None]], str, int]:
        """The place chain at the start of ``name`` → (candidate chains, the matched place, end).

        ``四川省德阳市绵竹市财政局`` → ([('四川省', '德阳市', '绵竹市')], '绵竹市', 9). Place names
        must nest (a county inside the prefecture found before it).
        """
        n = simplified(name)
        i = 0
        for lead in ("中国共产党", "中共"):
            if n.startswith(lead):
                i = len(lead)
        chains: list[tuple[str, str | None, str | None]] = []
        last, end = "", 0
        while i < len(n):
            hit = None
            for length in range(min(self.max_len, len(n) - i), 1, -1):
                cand = n[i : i + length]
                options = self.chains.get(cand)
                if not options:
                    continue
                if chains:
                    options = [o for o in options if any(_nests(o, c) for c in chains)]
                    if not options:
                        continue
                # a place must not swallow the agency head (…市 + 场监督… is not a place)
                hit = (cand, options)
                break
            if hit is None:
                break
            cand, options = hit
            chains = options
            last, end = cand, i + len(cand)
            i = end
        return chains, last, end

    def prefix_end(self, name: str) -> int:
        return self.parse(name)[2]

    def short_prefix_end(self, name: str) -> int:
        """Where the place prefix of a company name ends when a county-level place may be written in
        its short form: ``绵竹鑫盛建材`` → 2, ``四川绵竹鑫盛建材`` → 4 (绵竹 inside 四川), ``德阳市绵竹
        鑫盛`` → 5; else :meth:`prefix_end`. A short form must nest in the places read before it."""
        n = simplified(name)
        chains, last, end = self.parse(n)
        if chains and any(c[2] for c in chains):
            return end                      # a county already read in full
        for length in (4, 3, 2):
            options = self.county_short.get(n[end:end + length])
            if not options:
                continue
            if chains:
                options = [o for o in options if any(_nests(o, c) for c in chains)]
            if options:
                return end + length
        return end


def _nests(inner: tuple[str, str | None, str | None], outer: tuple[str, str | None, str | None]) -> bool:
    """``inner`` lies within (or deeper than) ``outer``."""
    if inner[0] != outer[0]:
        return False
    if outer[1] is not None and inner[1] != outer[1]:
        return False
    if outer[2] is not None and inner[2] != outer[2]:
        return False
    return _depth(inner) > _depth(outer)


def _depth(chain: tuple[str, str | None, str | None]) -> int:
    return 3 if chain[2] else 2 if chain[1] else 1


NATIONAL = Locality("中华人民共和国", "", "national")


def _parent_short(parent_region: str) -> str:
    """``四川省德阳市`` → ``德阳市``; ``河南省焦作市`` → ``焦作市``; ``四川省`` → ``四川省``."""
    m = re.search(r"([^省区]+?(?:市|州|盟|地区))$", parent_region)
    return m.group(1) if m else parent_region


def level_of(name: str, default: str) -> str:
    if name.endswith("区") and not name.endswith(("地区", "自治区", "林区")):
        return "district"
    if name.endswith(("县", "旗")):
        return "county"
    return default


class Localities:
    """Locality lookups over the directory and the divisions."""

    def __init__(self, directory: AgencyDirectory, places: Places) -> None:
        self.directory = directory
        self.places = places

    def from_directory(self, loc: DirLocality, reason: str = "") -> Locality:
        chains, _, end = self.places.parse(loc.parent_region)
        if chains and end == len(simplified(loc.parent_region)):
            parent: Locality | None = self.of_chain(chains[0])
        else:
            name = _parent_short(loc.parent_region)
            parent = Locality(name, name, "province" if name.endswith("省") else "prefecture")
        level = {"city": "prefecture"}.get(loc.level, loc.level)
        return Locality(loc.region, loc.region, level, parent, reason)

    def of_chain(self, chain: tuple[str, str | None, str | None], reason: str = "") -> Locality:
        prov, pref, county = chain
        if county:
            region = f"{pref}{county}" if county.endswith("区") and pref else county
            hit = self.directory.locality(region) or self.directory.locality(county)
            if hit is not None:
                return self.from_directory(hit, reason)
            parent = self.of_chain((prov, pref, None)) if pref else self.of_chain((prov, None, None))
            return Locality(region, region, level_of(county, "county"), parent, reason)
        if pref:
            hit = self.directory.locality(pref)
            if hit is not None:
                return self.from_directory(hit, reason)
            return Locality(pref, pref, "prefecture", self.of_chain((prov, None, None)), reason)
        return Locality(prov, prov, "province", None, reason)

    def of_name(self, name: str, reason: str = "") -> tuple[Locality | None, int]:
        """The locality an agency name places itself in, and where the place ends in the name."""
        chains, last, end = self.places.parse(name)
        if not chains:
            return self._directory_prefix(name, reason)
        if len(chains) > 1:
            # an ambiguous county name (鼓楼区): prefer a directory locality
            for ch in chains:
                loc = self.of_chain(ch, reason)
                if self.directory.locality(loc.region) is not None:
                    return loc, end
            region = last
            return Locality(region, region, level_of(region, "county"), None, reason + " (ambiguous place)"), end
        return self.of_chain(chains[0], reason), end

    def _directory_prefix(self, name: str, reason: str) -> tuple[Locality | None, int]:
        n = simplified(name)
        for lead in ("中国共产党", "中共"):
            n = n.removeprefix(lead)
        best: tuple[int, DirLocality] | None = None
        for loc in self.directory.localities():
            for key in (loc.region, *loc.short_names):
                if n.startswith(key) and len(n) > len(key) and (best is None or len(key) > best[0]):
                    best = (len(key), loc)
        if best is None:
            return None, 0
        return self.from_directory(best[1], reason), best[0]

    def from_doc_no(self, doc_no: str) -> Locality | None:
        """竹财采〔2021〕519号 → 绵竹市 when exactly one directory locality fits the prefix."""
        prefix = re.split(r"[〔\[【(（﹝〖{]", simplified(doc_no), maxsplit=1)[0]
        if not prefix:
            return None
        fits = []
        for loc in self.directory.localities():
            own = {c for s in (loc.region, *loc.short_names) for c in re.sub(r"(市|县|区)$", "", s)}
            parent = {c for c in re.sub(r"(省|市|州|盟|地区)$", "", _parent_short(loc.parent_region))}
            own -= {"市", "县", "区", "省"}
            if prefix[0] in own and prefix[0] not in parent or len(prefix) > 1 and prefix[0] in parent and prefix[1] in own:
                fits.append(loc)
        if len(fits) == 1:
            return self.from_directory(fits[0], f"document number prefix {prefix}")
        return None
