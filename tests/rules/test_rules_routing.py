from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from graph.rules.agencies import AGENCY_KINDS, AgencyDirectory
from graph.rules.routing import (
    DEFAULT_ROUTING_PATH,
    RoutingRules,
    UnknownRegionError,
    UnknownViolationError,
    load_routing,
    route,
)
from tests.rules.conftest import squash

RAW = yaml.safe_load(DEFAULT_ROUTING_PATH.read_text(encoding="utf-8"))
VIOLATIONS = RAW["violations"]
VIDS = [v["id"] for v in VIOLATIONS]
REGIONS = ["绵竹市", "泉州市鲤城区", "修武县", "随州市曾都区"]

REQUIRED = {
    "collusion",
    "collusion_crime",
    "false_materials",
    "bribery",
    "discriminatory_terms",
    "interference",
    "contract_violation",
    "abuse_of_power",
    "dereliction",
    "counterfeit_goods",
    "false_advertising",
    "monopoly",
    "unfair_competition",
    "defamation",
    "no_procurement",
    "illegal_subcontracting",
    "affiliation",
    "qualification",
    "fund_stop",
    "trading_ban",
}


def test_taxonomy_has_the_required_violations() -> None:
    assert REQUIRED <= set(VIDS)
    assert len(VIDS) == len(set(VIDS))


@pytest.mark.parametrize("raw", VIOLATIONS, ids=VIDS)
@pytest.mark.parametrize("region", REGIONS)
def test_every_violation_routes_to_its_kind(
    directory: AgencyDirectory, raw: dict, region: str
) -> None:
    decision = route(raw["id"], region=region, agencies=directory)
    assert decision.violation == raw["id"]
    assert decision.kind == raw["kind"]
    assert decision.clause == raw["clause"]
    assert decision.rule_id == raw["id"]
    assert decision.quote == raw["quote"]
    expected_alts = [a["kind"] for a in raw.get("alternatives") or []]
    assert [k for k in decision.alternative_kinds() if k != raw["kind"]] == expected_alts
    if decision.agency_id is not None:
        agency = directory.get(decision.agency_id)
        assert agency is not None and agency.kind == raw["kind"] and agency.region == region
        assert agency.name == decision.agency_name
    else:
        assert any(raw["kind"] in note for note in decision.notes)


@pytest.mark.parametrize("raw", VIOLATIONS, ids=VIDS)
def test_kinds_are_known_and_quotes_in_seeds(seed_texts: dict[str, str], raw: dict) -> None:
    refs = [raw, *(raw.get("alternatives") or [])]
    for ref in refs:
        assert ref["kind"] in AGENCY_KINDS
        seed = ref["clause"].split()[0]
        assert squash(ref["quote"]) in seed_texts[seed], (raw["id"], ref["clause"])


def test_general_rule_quotes_in_seeds(seed_texts: dict[str, str]) -> None:
    assert squash(RAW["official_subject"]["quote"]) in seed_texts["000"]
    assert squash(RAW["sectors"]["construction"]["quote"]) in seed_texts["002"]


@pytest.mark.parametrize(
    ("term", "vid"),
    [(kw, v["id"]) for v in VIOLATIONS for kw in [v["zh"], *v.get("keywords", [])]],
)
def test_chinese_terms_route(directory: AgencyDirectory, term: str, vid: str) -> None:
    assert route(term, region="绵竹市", agencies=directory).violation == vid


@pytest.mark.parametrize(
    ("violation", "region", "agency"),
    [
        ("collusion", "绵竹市", "绵竹市财政局"),
        ("围标串标", "泉州市鲤城区", "泉州市鲤城区财政局"),
        ("collusion_crime", "绵竹市", "绵竹市公安局"),
        ("串通投标罪", "泉州市鲤城区", "泉州市公安局鲤城分局"),
        ("collusion_crime", "修武县", "修武县公安局"),
        ("counterfeit_goods", "泉州市鲤城区", "泉州市鲤城区市场监督管理局"),
        ("商业贿赂", "绵竹市", "绵竹市市场监督管理局"),
        ("dishonest_credit", "泉州市鲤城区", "泉州市鲤城区发展和改革局"),
        ("abuse_of_power", "绵竹市", "中共绵竹市纪委监委机关"),
        ("dereliction", "修武县", "中共修武县纪律检查委员会"),
        ("duty_crime", "随州市曾都区", "中共随州市曾都区纪律检查委员会"),
        ("trading_ban", "随州市曾都区", "随州市曾都区公共资源交易监督管理局"),
        ("trading_ban", "曾都区", "随州市曾都区公共资源交易监督管理局"),
    ],
)
def test_routes_to_the_seed_agency(
    directory: AgencyDirectory, violation: str, region: str, agency: str
) -> None:
    assert route(violation, region=region, agencies=directory).agency_name == agency


def test_collusion_has_police_alternative(directory: AgencyDirectory) -> None:
    d = route("collusion", region="绵竹市", agencies=directory)
    police = [a for a in d.alternatives if a.kind == "police"]
    assert police and police[0].agency_name == "绵竹市公安局"
    assert "000 三(四)3" in police[0].clause


def test_official_subject_goes_to_discipline_first(directory: AgencyDirectory) -> None:
    d = route("collusion", region="绵竹市", subject_is_official=True, agencies=directory)
    assert (d.kind, d.agency_name, d.rule_id) == (
        "discipline",
        "中共绵竹市纪委监委机关",
        "official_subject",
    )
    assert d.clause.startswith("000 三(四)1")
    kinds = d.alternative_kinds()
    assert kinds.index("discipline") < kinds.index("finance") < kinds.index("police")
    finance = next(a for a in d.alternatives if a.kind == "finance")
    assert finance.agency_name == "绵竹市财政局" and finance.rule_id == "collusion"


def test_interference_by_official_has_discipline_once(directory: AgencyDirectory) -> None:
    d = route("interference", region="修武县", subject_is_official=True, agencies=directory)
    assert d.kind == "discipline" and d.agency_name == "中共修武县纪律检查委员会"
    assert d.alternative_kinds().count("discipline") == 0


def test_official_only_violation_notes_it(directory: AgencyDirectory) -> None:
    d = route("abuse_of_power", region="绵竹市", agencies=directory)
    assert d.kind == "discipline" and any("official" in n for n in d.notes)
    # the 监察委员会 is the same kind: listed as an alternative
    assert [a.agency_name for a in d.alternatives] == ["绵竹市监察委员会"]


def test_construction_sector_goes_to_industry_regulator(directory: AgencyDirectory) -> None:
    d = route("collusion", region="修武县", sector="construction", agencies=directory)
    assert d.kind == "industry_regulator" and d.rule_id == "sector_construction"
    assert "002 十四" in d.clause
    assert not d.resolved and any("industry_regulator" in n for n in d.notes)
    assert "finance" not in d.alternative_kinds() and "police" in d.alternative_kinds()
    crime = route("collusion_crime", region="修武县", sector="construction", agencies=directory)
    assert crime.kind == "police" and crime.alternative_kinds() == [
        "procuratorate",
        "industry_regulator",
    ]


def test_construction_sector_leaves_other_kinds(directory: AgencyDirectory) -> None:
    d = route("counterfeit_goods", region="绵竹市", sector="construction", agencies=directory)
    assert d.kind == "market" and d.rule_id == "counterfeit_goods"
    assert "industry_regulator" in d.alternative_kinds()  # its finance alternative is swapped
    same = route("collusion", region="绵竹市", sector="procurement", agencies=directory)
    assert same.kind == "finance"


def test_missing_agency_is_reported_not_invented(directory: AgencyDirectory) -> None:
    d = route("abuse_of_power", region="泉州市鲤城区", agencies=directory)
    assert d.kind == "discipline" and d.agency_id is None and not d.resolved
    assert any("泉州市鲤城区" in n for n in d.notes)


def test_unknown_violation_lists_known(directory: AgencyDirectory) -> None:
    with pytest.raises(UnknownViolationError) as err:
        route("偷税", region="绵竹市", agencies=directory)
    message = str(err.value)
    assert "偷税" in message
    for vid in VIDS:
        assert vid in message


def test_unknown_region_and_sector(directory: AgencyDirectory) -> None:
    with pytest.raises(UnknownRegionError, match="绵竹市"):
        route("collusion", region="火星县", agencies=directory)
    with pytest.raises(ValueError, match="construction"):
        route("collusion", region="绵竹市", sector="mining", agencies=directory)


def test_region_in_an_added_file(tmp_path: Path, directory: AgencyDirectory) -> None:
    extra = tmp_path / "x.yaml"
    extra.write_text(
        "localities:\n"
        "  - region: 新安县\n    parent_region: 河南省洛阳市\n    level: county\n"
        "    agencies:\n      - {name: 新安县住房和城乡建设局, kind: industry_regulator, aliases: [县住建局]}\n",
        encoding="utf-8",
    )
    d = AgencyDirectory.load(
        Path(__file__).parents[2] / "graph/rules/reference/agencies.yaml", extra
    )
    r = route("illegal_subcontracting", region="新安县", agencies=d)
    assert r.agency_name == "新安县住房和城乡建设局"


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        (lambda d: d["violations"][0].update(kind="financ"), "'kind'"),
        (lambda d: d["violations"][1].update(id="collusion"), "duplicate"),
        (lambda d: d["violations"][1]["keywords"].append("串标"), "already names"),
        (lambda d: d["violations"][0].update(quote=""), "'quote'"),
        (
            lambda d: d["sectors"]["construction"].update(replaces={"finance": "builders"}),
            "unknown kind",
        ),
    ],
)
def test_bad_routing_file(tmp_path: Path, mutate, fragment: str) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(DEFAULT_ROUTING_PATH.read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "routing.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ValueError, match=fragment):
        RoutingRules.load(path)


def test_packaged_rules_load_once() -> None:
    assert load_routing() is load_routing()
