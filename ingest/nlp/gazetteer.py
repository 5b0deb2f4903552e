"""Gazetteers: administrative divisions, agency head nouns, national bodies, titles, surnames.

Everything is read from the data files next to this module (no network). The division
lists come from modood/Administrative-divisions-of-China (MIT; National Bureau of Statistics
codes, 2018 snapshot) plus hand-added later changes in ``divisions_extra.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from graph.types.text import view as text_view

DATA_DIR = Path(__file__).parent / "data"
_FIRST_RX: dict[tuple[int, str], re.Pattern[str]] = {}

# Suffixes stripped to make short forms (湖北省 -> 湖北, 十堰市 -> 十堰, 湘西土家族苗族自治州 -> 湘西).
_LEVEL_SUFFIXES = (
    "特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗",
    "地区", "林区", "特区", "新区", "省", "市", "县", "区", "盟", "旗", "州",
)
_ETHNIC_MARKERS = ("族", "傈僳", "拉祜", "仡佬", "布依", "哈尼", "景颇", "土家", "朝鲜")

# Short forms that are also common words or collide with agency/company vocabulary.
_SHORT_STOP = frozenset(
    ["公安", "会同", "合作", "和平", "新华", "长安", "平安", "安宁", "永和", "和顺", "新兴", "东方", "通道", "资源", "南部", "城中", "城关", "平原", "大方", "正安", "安定", "清河", "河口", "金山", "宝山", "白云", "青山", "龙华", "新城", "红旗", "解放", "新市", "朝阳", "光明", "和政", "民和", "互助", "共和", "兴业", "普安", "东区", "西区", "城区", "矿区", "郊区", "南区", "北区", "市中", "市南", "市北", "中方", "桥东", "桥西", "开平", "新建", "永定", "太平", "前进", "东风", "向阳", "工农", "友谊", "友好", "团结", "胜利", "建华", "文明", "和静", "安居", "城东", "城西", "城北", "七星", "大同", "当阳", "长子", "临县", "兴县", "东安", "西安", "江北", "江南", "南山", "北山", "东山", "西山", "东城", "西城", "永安", "长宁", "普陀", "高新", "经开", "开发", "中原", "二七", "上街", "金水", "道里", "新区", "宁县", "成县", "文县", "康县", "礼县", "徽县", "漳县", "岷县", "沛县", "丰县", "赵县", "易县", "唐县", "雄县", "青县", "献县", "景县", "涉县", "磁县", "邱县", "魏县", "威县", "任县", "蔚县", "代县", "祁县", "沁县", "盂县", "应县", "绛县", "夏县", "吉县", "隰县", "蒲县", "古县", "岚县", "临县", "兴县", "珙县", "高县", "荣县", "泸县", "渠县", "理县", "茂县", "云县", "寿县", "和县", "歙县", "黟县", "泾县", "萧县", "泗县", "沙县", "费县", "莒县", "冠县", "莘县", "曹县", "单县", "杞县", "嵩县", "叶县", "郏县", "滑县", "浚县", "淇县", "温县", "范县", "睢县", "息县", "房县", "随县", "攸县", "澧县", "道县", "南县", "藤县", "容县", "横县", "眉县", "陇县", "凤县", "乾县", "彬县", "富县", "洋县", "勉县", "佳县", "环县", "索县", "朗县", "户县", "新县"]
)


def short_forms(name: str) -> set[str]:
    out: set[str] = set()
    for suf in _LEVEL_SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= 2:
            base = name[: -len(suf)]
            # strip ethnic designations: 恩施土家族苗族 -> 恩施, 湘西土家族苗族 -> 湘西
            # the ethnic name starts one character before 族 (彝族, 藏族) or at a two-character marker
            idx = [base.find(m) - (1 if m == "族" else 0) for m in _ETHNIC_MARKERS if base.find(m) >= 0]
            cut = min((i for i in idx if i >= 2), default=-1)
            if cut >= 2:
                base = base[:cut]
            if base.endswith("族") and len(base) > 3:
                continue
            out.add(base)
            break
    return {s for s in out if s not in _SHORT_STOP and len(s) >= 2}


def _read_words(fname: str) -> list[str]:
    words: list[str] = []
    for line in (DATA_DIR / fname).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        words.extend(line.split())
    return words


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables used by the rule component (all simplified Chinese)."""

    places: frozenset[str]
    place_level: dict[str, str]
    province_short: frozenset[str]
    agency_heads: frozenset[str]
    national_agencies: frozenset[str]
    positions: frozenset[str]
    surnames: frozenset[str]
    common_surnames: frozenset[str] = frozenset()
    # two-character verbs, prepositions, conjunctions, adverbs (jieba's dictionary): where the
    # words before a name end (偏袒|蓝海环保设备有限公司, 发现|区住建委)
    verbs: frozenset[str] = frozenset()
    max_place_len: int = 0
    max_head_len: int = 0
    max_position_len: int = 0
    extra: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)

    def starts(self, text: str, table: str) -> list[int]:
        """Positions of ``text`` where a word of ``table`` (head, national, position) may start."""
        rx = _FIRST_RX.get((id(self), table))
        if rx is None:
            firsts = "".join(sorted(self.extra[table + "_first"]))
            rx = _FIRST_RX[(id(self), table)] = re.compile("[" + re.escape(firsts) + "]")
        return [m.start() for m in rx.finditer(text)]

    def place_ending_at(self, text: str, end: int, *, min_start: int = 0) -> int | None:
        """Start of the longest known place name ending at ``end`` (None if none)."""
        if end < 1:
            return None
        for length in self.extra["place_last"].get(text[end - 1], ()):
            if end - length >= min_start and text[end - length:end] in self.places:
                return end - length
        return None

    def head_starting_at(self, text: str, start: int) -> int | None:
        """End of the longest agency head noun starting at ``start``."""
        return self.longest_at(text, start, "head")

    def longest_at(self, text: str, start: int, table: str) -> int | None:
        """End of the longest word of ``table`` (head, national, position) starting at ``start``."""
        if start >= len(text):
            return None
        words = {"head": self.agency_heads, "national": self.national_agencies, "position": self.positions}[table]
        n = len(text)
        for length in self.extra[table + "_first"].get(text[start], ()):
            if start + length <= n and text[start:start + length] in words:
                return start + length
        return None


DIVISION_FILES = ("pca_part1.json", "pca_part2.json", "divisions_extra.json")


@lru_cache(maxsize=1)
def division_tables() -> tuple[dict[str, Any], ...]:
    """The administrative-division files (province → prefecture → counties), read once for the
    gazetteer and for the resolver's places (:class:`ingest.resolve.Places`). A missing file fails."""
    return tuple(json.loads((DATA_DIR / fname).read_text(encoding="utf-8")) for fname in DIVISION_FILES)


def _load_divisions() -> tuple[dict[str, str], set[str]]:
    levels: dict[str, str] = {}
    provinces_short: set[str] = set()

    def add(name: str, level: str) -> None:
        if not name or name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            return
        levels.setdefault(name, level)
        for s in short_forms(name):
            levels.setdefault(s, level + "_short")
            if level == "province":
                provinces_short.add(s)

    for data in division_tables():
        for prov, cities in data.items():
            if prov.startswith("_"):
                continue
            add(prov, "province")
            for city, counties in cities.items():
                add(city, "prefecture")
                for c in counties:
                    add(c, "county")
    # common short names that the suffix stripping cannot produce
    for name in ("内蒙", "新疆", "西藏", "宁夏", "广西", "香港", "澳门", "台湾", "黑龙江", "湘西", "恩施", "延边",
                 "中国", "中华人民共和国", "全国", "中央", "国家"):
        levels.setdefault(name, "special")
    return levels, provinces_short


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    levels, prov_short = _load_divisions()
    heads = frozenset(_read_words("agency_heads.txt"))
    positions = frozenset(_read_words("positions.txt"))
    surname_list = _read_words("surnames.txt")
    # extraction reads the simplified view: every surname in its simplified form too (司馬 -> 司马)
    surnames = frozenset(surname_list) | frozenset(text_view(s) for s in surname_list)
    national = frozenset(_read_words("national_agencies.txt"))
    places = frozenset(levels)

    def index(words: frozenset[str], *, last: bool = False) -> dict[str, tuple[int, ...]]:
        idx: dict[str, set[int]] = {}
        for w in words:
            idx.setdefault(w[-1] if last else w[0], set()).add(len(w))
        return {k: tuple(sorted(v, reverse=True)) for k, v in idx.items()}

    return Gazetteer(
        places=places,
        place_level=levels,
        province_short=frozenset(prov_short),
        agency_heads=heads,
        national_agencies=national,
        positions=positions,
        surnames=surnames,
        common_surnames=frozenset(surname_list[:120]),
        verbs=frozenset(_read_words("verbs.txt")),
        max_place_len=max(map(len, places)),
        max_head_len=max(map(len, heads)),
        max_position_len=max(map(len, positions)),
        extra={"place_last": index(frozenset(p for p in places if len(p) >= 2), last=True),
               "head_first": index(heads), "national_first": index(national),
               "position_first": index(positions)},
    )
