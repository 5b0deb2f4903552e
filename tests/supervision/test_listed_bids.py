"""Listed parties' bids on the desks (002 十一 watch lists, 002 十六 blacklists): a new bid by a party on a watch
list, or on a blacklist while it is in force, shows on the trading centre's and the regulators' desks of the
project's region; a bid after the removal does not."""

from __future__ import annotations

import datetime as dt

from app.services.watchlist import desk_bids, listed_bids
from graph.connection import Graph
from graph.sanctions import add_entry, remove_entry
from graph.watchlist import add_entry as watch
from graph.writer import RecordFactory, Unit, write_unit
from tests.supervision.conftest import SRC, D


def _bids(graph: Graph, name: str, bids: dict[str, tuple[dt.datetime, str | None]]) -> str:
    f = RecordFactory(synthetic=True)
    c = f.node("Company", {"key": name, "name": name}, source=SRC)
    unit = Unit(nodes=[c])
    for no, (at, region) in bids.items():
        p = f.node("Project", {"project_no": no, "name": f"项目{no}", "opened": at.date(), "region": region}, source=SRC)
        b = f.node("Bid", {"project_no": no, "bidder_key": name, "submitted": at}, source=SRC)
        unit.nodes += [p, b]
        unit.rels += [f.rel("SUBMITTED", c.id, b.id, source=SRC), f.rel("FOR_PROJECT", b.id, p.id, source=SRC)]
    write_unit(graph, unit)
    return c.id


def test_bids_of_listed_parties_on_the_desks(county: Graph, ag: dict[str, str]) -> None:
    fin, centre, police = ag["示例县财政局"], ag["示例县公共资源交易中心"], ag["示例县公安局"]
    black = _bids(county, "甲建设有限公司", {
        "P-1": (dt.datetime(2024, 5, 20, 9), "示例县"),   # blacklisted then: a hit
        "P-2": (dt.datetime(2024, 6, 2, 9), "示例县"),    # after the removal on 1 June: not a hit
        "P-3": (dt.datetime(2024, 3, 1, 9), "示例县"),    # a hit, but more than 30 days before 4 June
    })
    watched = _bids(county, "乙商贸有限公司", {
        "P-4": (dt.datetime(2024, 6, 3, 9), "示例市"),    # another region's project
        "P-5": (dt.datetime(2024, 5, 30, 9), None),       # no region: everyone's
        "P-6": (dt.datetime(2024, 4, 30, 9), "示例县"),   # before it was listed (1 May)
    })
    _bids(county, "丙公司", {"P-7": (dt.datetime(2024, 6, 1, 9), "示例县")})  # never listed
    sid = add_entry(county, authority=fin, party=black, start=D(2024, 1, 1), reason="提供虚假材料谋取中标",
                    source=SRC)
    remove_entry(county, sid, on=D(2024, 6, 1))
    watch(county, party=watched, list_name="重点关注对象名单", start=D(2024, 5, 1), reason="多家投标人共用IP地址",
          added_by="交易中心", source=SRC)

    today = D(2024, 6, 4)
    for desk in (fin, centre):
        got = [(b.project_no, b.listing, b.company) for b in desk_bids(county, desk, today=today)]
        assert got == [("P-5", "watch", "乙商贸有限公司"), ("P-1", "blacklist", "甲建设有限公司")]
    assert desk_bids(county, police, today=today) == []  # not a trading centre or regulator
    assert [b.reason for b in desk_bids(county, centre, today=today)] == ["多家投标人共用IP地址", "提供虚假材料谋取中标"]
    everywhere = {b.project_no for b in listed_bids(county, region=None, since=D(2024, 1, 1), until=today)}
    assert everywhere == {"P-1", "P-3", "P-4", "P-5"}
