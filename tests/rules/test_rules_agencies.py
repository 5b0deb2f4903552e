from __future__ import annotations

from pathlib import Path

import pytest

from graph.errors import ProgrammingError
from graph.ids import make_id
from graph.rules.agencies import BUILTIN_PATH, Agency, AgencyDirectory, ReferenceDataError
from tests.rules.conftest import squash


def must(agency: Agency | None) -> Agency:
    assert agency is not None
    return agency


SEED_LOCALITIES = {
    "绵竹市": ("四川省德阳市", "county", "000"),
    "泉州市鲤城区": ("福建省泉州市", "district", "001"),
    "修武县": ("河南省焦作市", "county", "002"),
    "随州市曾都区": ("湖北省随州市", "district", "003"),
}


@pytest.mark.parametrize(("region", "expected"), SEED_LOCALITIES.items())
def test_seed_localities(
    directory: AgencyDirectory, region: str, expected: tuple[str, str, str]
) -> None:
    loc = directory.locality(region)
    assert loc is not None
    assert (loc.parent_region, loc.level, loc.seed) == expected
    assert loc.agencies and loc.mechanisms
    assert all(a.level == loc.level for a in loc.agencies)


@pytest.mark.parametrize(
    ("alias", "region", "name"),
    [
        ("市财政局", "绵竹市", "绵竹市财政局"),
        ("市纪委监委", "绵竹市", "中共绵竹市纪委监委机关"),
        ("市公安局", "绵竹市", "绵竹市公安局"),
        ("市审计局", "绵竹市", "绵竹市审计局"),
        ("市市场监督管理局", "绵竹市", "绵竹市市场监督管理局"),
        ("市 财政局", "四川省德阳市绵竹市", "绵竹市财政局"),  # stray space, full region
        ("市财政局", "绵竹", "绵竹市财政局"),
        ("区财政局", "泉州市鲤城区", "泉州市鲤城区财政局"),
        ("区公安分局", "泉州市鲤城区", "泉州市公安局鲤城分局"),
        ("区发改局", "鲤城区", "泉州市鲤城区发展和改革局"),
        ("区市场监管局", "泉州市鲤城区", "泉州市鲤城区市场监督管理局"),
        ("鲤城区审计局", "泉州市鲤城区", "泉州市鲤城区审计局"),  # short region name expanded
        ("县公管委", "修武县", "修武县公共资源交易管理委员会"),
        ("县发展和改革委员会", "修武县", "修武县发展和改革委员会"),
        ("修武县发展改革委员会", "修武县", "修武县发展和改革委员会"),  # variant in the title
        ("公共资源交易中心", "修武县", "修武县公共资源交易中心"),
        ("公共资源交易中心", "随州市曾都区", "随州市曾都区公共资源交易中心"),
        ("综合监督部门", "随州市曾都区", "随州市曾都区公共资源交易监督管理局"),
        ("区公管委", "曾都区", "随州市曾都区公共资源交易管理委员会"),
        ("德阳市财政局", None, "德阳市财政局"),  # full name needs no region
        ("绵竹市财政局", "泉州市鲤城区", "绵竹市财政局"),
    ],
)
def test_resolve(directory: AgencyDirectory, alias: str, region: str | None, name: str) -> None:
    agency = directory.resolve(alias, region)
    assert agency is not None and agency.name == name


@pytest.mark.parametrize(
    ("alias", "region"),
    [
        ("市财政局", "德阳市"),
        ("市财政局", None),
        ("区财政局", "绵竹市"),
        ("市财政局", "火星县"),
        ("县纪委", "修武县"),
    ],
)
def test_resolve_misses(directory: AgencyDirectory, alias: str, region: str | None) -> None:
    assert directory.resolve(alias, region) is None


def test_by_kind(directory: AgencyDirectory) -> None:
    assert [a.name for a in directory.by_kind("police", "绵竹市")] == ["绵竹市公安局"]
    assert [a.name for a in directory.by_kind("discipline", "绵竹市")] == [
        "中共绵竹市纪委监委机关",
        "绵竹市监察委员会",
    ]
    assert directory.by_kind("discipline", "泉州市鲤城区") == []
    assert directory.by_kind("police", "火星县") == []
    with pytest.raises(ProgrammingError, match="police"):
        directory.by_kind("polce", "绵竹市")


def test_ids_are_deterministic_and_unique(directory: AgencyDirectory) -> None:
    agencies = list(directory.agencies())
    assert len({a.id for a in agencies}) == len(agencies)
    for a in agencies:
        assert a.id == make_id("agency", a.region, a.name)
    again = AgencyDirectory.load()
    assert [a.id for a in again.agencies()] == [a.id for a in agencies]
    assert must(directory.resolve("市财政局", "绵竹市")).id == "agency:0655990cab75f612019f"  # pinned


def test_seed_named_agencies_appear_in_their_seed(
    directory: AgencyDirectory, seed_texts: dict[str, str]
) -> None:
    for loc in directory.localities():
        assert loc.seed is not None
        text = seed_texts[loc.seed]
        for a in loc.agencies:
            if a.named_in_seed:
                assert any(squash(x) in text for x in (a.name, *a.aliases)), a.name
            else:
                assert a.clauses, (
                    f"{a.name}: an inferred agency must say where the seed mentions its role"
                )


@pytest.mark.parametrize(
    ("region", "name", "lead", "convener", "rhythm", "n_members"),
    [
        (
            "绵竹市",
            "政府采购联动监管工作机制",
            "绵竹市财政局",
            "绵竹市财政局",
            ("yearly", "ad_hoc"),
            6,
        ),
        (
            "泉州市鲤城区",
            "鲤城区政府采购领域联动执法协作机制",
            "泉州市鲤城区财政局",
            "泉州市鲤城区财政局",
            ("ad_hoc",),
            5,
        ),
        (
            "修武县",
            "公共资源交易监管工作联席会议机制",
            "修武县发展和改革委员会",
            "修武县发展和改革委员会",
            ("half_yearly", "ad_hoc"),
            1,
        ),
        (
            "随州市曾都区",
            "区公共资源交易管理委员会工作会议制度",
            "随州市曾都区公共资源交易管理委员会",
            "随州市曾都区公共资源交易监督管理局",
            ("yearly",),
            2,
        ),
        (
            "随州市曾都区",
            "公共资源交易联动监管联席会议制度",
            "随州市曾都区公共资源交易监督管理局",
            None,
            ("regular", "ad_hoc"),
            1,
        ),
    ],
)
def test_mechanisms(
    directory: AgencyDirectory,
    region: str,
    name: str,
    lead: str,
    convener: str | None,
    rhythm: tuple[str, ...],
    n_members: int,
) -> None:
    mech = next(m for m in directory.mechanisms(region) if m.name == name)
    assert must(directory.get(mech.lead_id)).name == lead
    assert (must(directory.get(mech.convener_id)).name if mech.convener_id else None) == convener
    assert mech.rhythm == rhythm
    assert len(mech.member_ids) == n_members and mech.lead_id in mech.member_ids
    assert mech.id == make_id("mechanism", region, name)


def test_mechanism_quotes_in_seeds(directory: AgencyDirectory, seed_texts: dict[str, str]) -> None:
    for mech in directory.mechanisms():
        assert mech.seed and mech.document and mech.clause.startswith(mech.seed)
        assert squash(mech.quote) in seed_texts[mech.seed], mech.name


# -- adding a county, and bad files ---------------------------------------------------

NEW_COUNTY = """\
localities:
  - region: 新安县
    parent_region: 河南省洛阳市
    level: county
    agencies:
      - {name: 新安县财政局, kind: finance, aliases: [县财政局]}
      - {name: 新安县公安局, kind: police, aliases: [县公安局]}
    mechanisms:
      - {name: 政府采购联席会议, kind: joint_meeting, lead: 县财政局, members: [县财政局, 县公安局], rhythm: [quarterly]}
"""


def test_add_a_county_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "xinan.yaml"
    path.write_text(NEW_COUNTY, encoding="utf-8")
    d = AgencyDirectory.load(BUILTIN_PATH, path)
    assert must(d.resolve("县财政局", "新安县")).name == "新安县财政局"
    assert must(d.resolve("市财政局", "绵竹市")).name == "绵竹市财政局"  # built-in data kept
    assert d.mechanisms("新安县")[0].rhythm == ("quarterly",)
    assert must(d.resolve("县财政局", "新安县")).source == str(path)


def test_add_agencies_from_csv(tmp_path: Path) -> None:
    path = tmp_path / "more.csv"
    path.write_text(
        "region,parent_region,level,name,kind,aliases,named_in_seed,clauses,notes\n"
        "修武县,河南省焦作市,county,修武县住房和城乡建设局,industry_regulator,县住建局|住建局,false,,\n"
        "新安县,河南省洛阳市,county,新安县审计局,audit,县审计局,,,\n",
        encoding="utf-8",
    )
    d = AgencyDirectory.load(BUILTIN_PATH, path)
    housing = d.resolve("住建局", "修武县")
    assert (
        housing is not None and housing.kind == "industry_regulator" and not housing.named_in_seed
    )
    assert must(d.resolve("县审计局", "新安县")).named_in_seed
    assert d.resolve("县公管委", "修武县") is not None


def _bad(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "fragments"),
    [
        (
            _bad(NEW_COUNTY, "{name: 新安县财政局, ", "{"),
            ["localities[0].agencies[0]", "'name'", "missing"],
        ),
        (
            _bad(NEW_COUNTY, "kind: finance", "kind: treasury"),
            ["localities[0].agencies[0] (新安县财政局)", "'kind'", "treasury", "finance"],
        ),
        (
            _bad(NEW_COUNTY, "aliases: [县公安局]", "aliases: [县财政局]"),
            ["agencies[1] (新安县公安局)", "'aliases'", "县财政局"],
        ),
        (_bad(NEW_COUNTY, "level: county", "level: town"), ["localities[0]", "'level'", "town"]),
        (
            _bad(NEW_COUNTY, "    parent_region: 河南省洛阳市\n", ""),
            ["localities[0]", "'parent_region'"],
        ),
        (
            _bad(NEW_COUNTY, "members: [县财政局, 县公安局]", "members: [县财政局, 县检察院]"),
            ["mechanisms[0] (政府采购联席会议)", "'members'", "县检察院"],
        ),
        (
            _bad(NEW_COUNTY, "rhythm: [quarterly]", "rhythm: [monthly]"),
            ["mechanisms[0]", "'rhythm'", "monthly"],
        ),
        (_bad(NEW_COUNTY, "lead: 县财政局", "lead: 县长"), ["mechanisms[0]", "'lead'", "县长"]),
        ("localities: 3\n", ["localities"]),
        ("localities: [\n", ["invalid YAML"]),
    ],
)
def test_bad_yaml_entries(tmp_path: Path, text: str, fragments: list[str]) -> None:
    path = tmp_path / "bad_county.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        AgencyDirectory.load(BUILTIN_PATH, path)
    message = str(err.value)
    assert "bad_county.yaml" in message
    for fragment in fragments:
        assert fragment in message


def test_duplicate_agency_across_files(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text(
        "localities:\n  - region: 绵竹市\n    parent_region: 四川省德阳市\n    level: county\n"
        "    agencies:\n      - {name: 绵竹市财政局, kind: finance}\n",
        encoding="utf-8",
    )
    with pytest.raises(ReferenceDataError, match="already used in 绵竹市"):
        AgencyDirectory.load(BUILTIN_PATH, path)


def test_contradicting_parent_region(tmp_path: Path) -> None:
    path = tmp_path / "parent.yaml"
    path.write_text(
        "localities:\n  - {region: 修武县, parent_region: 河北省, level: county}\n",
        encoding="utf-8",
    )
    with pytest.raises(ReferenceDataError, match="parent_region"):
        AgencyDirectory.load(BUILTIN_PATH, path)


@pytest.mark.parametrize(
    ("csv_text", "fragments"),
    [
        ("region,name,kind\n修武县,x,finance\n", ["row 1 (header)", "parent_region", "level"]),
        (
            (
                "region,parent_region,level,name,kind\n"
                "新安县,河南省洛阳市,county,新安县财政局,finance\n"
                "新安县,河南省洛阳市,county,新安县公安局,cops\n"
            ),
            ["row 3 (新安县公安局)", "'kind'", "cops"],
        ),
        (
            "region,parent_region,level,name,kind\n新安县,河南省洛阳市,county,,finance\n",
            ["row 2", "'name'"],
        ),
    ],
)
def test_bad_csv_rows(tmp_path: Path, csv_text: str, fragments: list[str]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(csv_text, encoding="utf-8")
    with pytest.raises(ReferenceDataError) as err:
        AgencyDirectory.load(path)
    message = str(err.value)
    assert "bad.csv" in message
    for fragment in fragments:
        assert fragment in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read"):
        AgencyDirectory.load(tmp_path / "nope.yaml")
