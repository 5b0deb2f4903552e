"""A small hand-made county for the query tests, written with the Writer and following schema.yaml.

Planted (and their clean controls):

* conflicts — 王局长 (education bureau) → spouse 王妻 → 60 % shareholder of 甲公司, which won the
  bureau's project EDU-1; brother 王弟 → legal rep of 乙公司, which bid on EDU-2 and lost;
  甲公司 also won HEA-2 from the health bureau (not 王局长's agency: no conflict);
  李科长 (health) → associate 周友 → manages 丙公司, which won HEA-1. 赵科员 (finance): nothing.
* ring — 环一/环二/环三 share a phone; their bids on R-1…R-4 come from one IP; 环一 and 环二 share a
  legal rep; 环二's and 环三's bonds come from one account; winners rotate; prices within 1.5 %.
  净四 (clean) also bids on R-1.
* clean project CLEAN-1 — four independent bidders (own phones, addresses, IPs, reps), prices
  800k…1.1M.
* lists — 黑名单公司 blacklisted since 2023-01-01 wins B-1 (2024-03-01); 关注公司 (watch list 2024)
  loses B-1; 前黑公司's blacklist ended 2021-12-31, but its legal rep 前黑代表 is blacklisted from
  2024-04-01 → its bid on B-2 (2024-05-01) is a hit through the rep; 未来公司's debarment starts
  2025 → its bid on B-2 is no hit; 净一's penalty is not a blacklist.
* threads — CL-1: trading centre found it, transferred to finance, finance forwarded it to police,
  who hold it (received 2024-03-21, no decision). CL-2: audit → discipline, returned in 3 days;
  audit holds it. CL-3: finance → education, received 2024-05-29; education holds it. CL-3 is
  about 甲公司.
* 31 officials work at the education bureau (for the neighbourhood cap).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from graph.connection import Graph
from graph.writer import Writer

D = dt.date
SRC = "test:world"
REGION = "测试县"


@dataclass
class World:
    ids: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, key: str) -> str:
        return self.ids[key]


def build_world(graph: Graph) -> World:
    w = World()
    ids = w.ids
    with Writer(graph, batch_size=500) as wr:

        def node(key: str, label: str, props: dict, *, source: str = SRC) -> str:
            ids[key] = wr.node(label, props, source=source)
            return ids[key]

        def rel(rtype: str, a: str, b: str, props: dict | None = None, *, source: str = SRC) -> None:
            wr.rel(rtype, ids.get(a, a), ids.get(b, b), props, source=source)

        node("region", "Region", {"name": REGION, "level": "county"})
        agencies = {
            "fin": ("测试县财政局", "finance"), "edu": ("测试县教育局", "purchaser"),
            "health": ("测试县卫生健康局", "purchaser"), "disc": ("测试县纪委监委", "discipline"),
            "police": ("测试县公安局", "police"), "audit": ("测试县审计局", "audit"),
            "tc": ("测试县公共资源交易中心", "trading_centre"), "ndrc": ("测试县发展和改革局", "ndrc"),
        }
        for key, (name, kind) in agencies.items():
            node(key, "Agency", {"name": name, "region": REGION, "kind": kind, "level": "county"})
            rel("LOCATED_IN", key, "region")

        def official(key: str, name: str, agency: str, position: str) -> None:
            node(key, "Official", {"name": name, "agency_id": ids[agency], "position": position})
            rel("WORKS_AT", key, agency, {"position": position}, source=f"{SRC}#staff")

        def person(key: str, name: str) -> None:
            node(key, "Person", {"name": name, "context": f"test-{key}"})

        official("o_wang", "王局长", "edu", "局长")
        official("o_li", "李科长", "health", "科长")
        official("o_zhao", "赵科员", "fin", "科员")
        for i in range(30):
            official(f"o_clerk{i}", f"教育职员{i:02d}", "edu", "科员")
        person("p_spouse", "王妻")
        person("p_brother", "王弟")
        person("p_friend", "周友")
        rel("FAMILY", "o_wang", "p_spouse", {"relation": "spouse"}, source="doc:户籍证明")
        rel("FAMILY", "o_wang", "p_brother", {"relation": "sibling"}, source="doc:户籍证明")
        rel("ASSOCIATE", "o_li", "p_friend", {"relation": "同学"}, source="doc:谈话笔录")

        def company(key: str, name: str, *, phone: str | None = None, addr: str | None = None, rep: str | None = None) -> None:
            node(key, "Company", {"key": f"KEY-{key}", "name": name, "region": REGION})
            rel("LOCATED_IN", key, "region")
            ph = node(f"phone_{key}", "Phone", {"number": phone or f"0838-{key}"})
            rel("HAS_PHONE", key, ph)
            ad = node(f"addr_{key}", "Address", {"text": addr or f"{REGION}{name}路{len(key)}号-{key}"})
            rel("HAS_ADDRESS", key, ad)
            if rep is None:
                person(f"rep_{key}", f"{name}法人")
                rep = f"rep_{key}"
            rel("LEGAL_REP_OF", rep, key, source="gsxt:工商登记")

        company("c_spouse", "甲公司")
        company("c_bro", "乙公司", rep="p_brother")
        company("c_friend", "丙公司")
        rel("SHAREHOLDER_OF", "p_spouse", "c_spouse", {"share": 0.6}, source="gsxt:股东信息")
        rel("MANAGES", "p_friend", "c_friend", {"role": "总经理"}, source="gsxt:主要人员")
        person("p_ringrep", "环代表")
        company("c_r1", "环一公司", phone="13900000001", rep="p_ringrep")
        company("c_r2", "环二公司", phone="13900000001", rep="p_ringrep")
        company("c_r3", "环三公司", phone="13900000001")
        for k in ("c_c1", "c_c2", "c_c3", "c_c4"):
            company(k, f"净{k[-1]}公司")
        for k, name in (("c_black", "黑名单公司"), ("c_watch", "关注公司"), ("c_former", "前黑公司"), ("c_future", "未来公司")):
            company(k, name)
        person("p_blackrep", "前黑代表")
        rel("LEGAL_REP_OF", "p_blackrep", "c_former", source="gsxt:工商登记")
        node("ip_ring", "IPAddress", {"address": "10.0.0.66", "kind": "ip"})
        node("acc_ring", "BankAccount", {"number": "6222000000000066", "bank": "测试银行"})

        def project(key: str, no: str, agency: str, opened: dt.date, bids: list[tuple[str, float]], winner: str | None) -> None:
            node(key, "Project", {"project_no": no, "name": f"{no}项目", "region": REGION, "opened": opened,
                                  "budget": 1_200_000.0, "method": "public_tender", "sector": "goods"})
            rel("PURCHASED", agency, key, source=f"ggzy:{no}")
            for rank, (c, price) in enumerate(sorted(bids, key=lambda b: b[1]), start=1):
                b = node(f"bid_{key}_{c}", "Bid", {"project_no": no, "bidder_key": f"KEY-{c}", "price": price,
                                                    "rank": rank, "winner": c == winner,
                                                    "submitted": dt.datetime.combine(opened - dt.timedelta(days=1), dt.time(10))})
                rel("SUBMITTED", c, b, source=f"ggzy:{no}")
                rel("FOR_PROJECT", b, key, source=f"ggzy:{no}")
                if c in ("c_r1", "c_r3"):
                    rel("SUBMITTED_FROM", b, "ip_ring", source=f"ggzy:{no}#ip")
                else:
                    ip = node(f"ip_{key}_{c}", "IPAddress", {"address": f"172.16.{key}.{c}", "kind": "ip"})
                    rel("SUBMITTED_FROM", b, ip, source=f"ggzy:{no}#ip")
                if c in ("c_r2", "c_r3"):
                    rel("PAID_BOND_FROM", b, "acc_ring", source=f"ggzy:{no}#bond")
            if winner:
                rel("WON", winner, key, {"price": dict(bids)[winner], "date": opened + dt.timedelta(days=3)}, source=f"ggzy:{no}#win")

        project("pj_edu1", "EDU-1", "edu", D(2024, 2, 20), [("c_spouse", 990_000.0), ("c_c2", 1_090_000.0), ("c_c3", 1_150_000.0)], "c_spouse")
        project("pj_edu2", "EDU-2", "edu", D(2024, 3, 20), [("c_bro", 1_050_000.0), ("c_c2", 900_000.0), ("c_c1", 1_000_000.0)], "c_c2")
        project("pj_hea1", "HEA-1", "health", D(2024, 4, 2), [("c_friend", 880_000.0), ("c_c1", 960_000.0), ("c_c4", 1_100_000.0)], "c_friend")
        project("pj_hea2", "HEA-2", "health", D(2024, 4, 9), [("c_spouse", 700_000.0), ("c_c3", 800_000.0), ("c_c4", 950_000.0)], "c_spouse")
        ring = ["c_r1", "c_r2", "c_r3"]
        for k, winner in enumerate(["c_r1", "c_r2", "c_r3", "c_r1"]):
            base = 1_000_000.0 + 10_000 * k
            others = [c for c in ring if c != winner]
            bids = [(winner, base), (others[0], base * 1.01), (others[1], base * 1.015)]
            if k == 0:
                bids.append(("c_c4", base * 1.2))
            project(f"pj_r{k + 1}", f"R-{k + 1}", "health" if k % 2 else "edu", D(2024, 1 + k, 10), bids, winner)
        project("pj_clean", "CLEAN-1", "health", D(2024, 5, 6),
                [("c_c1", 800_000.0), ("c_c2", 900_000.0), ("c_c3", 1_000_000.0), ("c_c4", 1_100_000.0)], "c_c1")
        project("pj_b1", "B-1", "health", D(2024, 3, 1), [("c_black", 500_000.0), ("c_watch", 520_000.0), ("c_c3", 560_000.0)], "c_black")
        project("pj_b2", "B-2", "edu", D(2024, 5, 1), [("c_former", 610_000.0), ("c_future", 640_000.0), ("c_c2", 700_000.0)], "c_former")

        def sanction(key: str, party: str, kind: str, start: dt.date, end: dt.date | None, authority: str = "ndrc") -> None:
            node(key, "Sanction", {"authority": ids[authority], "party_key": ids[party], "kind": kind, "start": start,
                                   "end": end, "reason": f"{kind} test", "doc_no": f"测发改信〔{start.year}〕{len(ids)}号"},
                 source=f"creditchina:{key}")
            rel("IMPOSED", authority, key, source=f"creditchina:{key}")
            rel("AGAINST", key, party, source=f"creditchina:{key}")

        sanction("s_black", "c_black", "blacklist", D(2023, 1, 1), None)
        sanction("s_former", "c_former", "blacklist", D(2020, 1, 1), D(2021, 12, 31))
        sanction("s_blackrep", "p_blackrep", "blacklist", D(2024, 4, 1), None)
        sanction("s_future", "c_future", "debarment", D(2025, 1, 1), None)
        sanction("s_penalty", "c_c1", "penalty", D(2023, 6, 1), None, authority="fin")
        node("w_watch", "WatchListEntry", {"list_name": "重点关注对象名单", "party_key": ids["c_watch"],
                                           "start": D(2024, 1, 1), "end": D(2024, 12, 31), "reason": "曾有围标嫌疑"},
             source="fin:watchlist")
        rel("IMPOSED", "fin", "w_watch", source="fin:watchlist")
        rel("AGAINST", "w_watch", "c_watch", source="fin:watchlist")

        # threads, in graph/lifecycle.py's shape
        def clue(key: str, no: str, received: dt.date, about: str | None, holder: str, since: dt.date) -> None:
            node(key, "Clue", {"clue_no": no, "summary": f"{no} 摘要", "region": REGION, "received": received})
            if about:
                rel("ABOUT", key, about)
            rel("HOLDS", holder, key, {"since": since})

        seqs: dict[str, int] = {}

        def event(thread: str, kind: str, on: dt.date, by: str, to: str | None = None, referral: str | None = None,
                  doc: str | None = None, reason: str | None = None) -> None:
            seq = seqs.get(thread, 0)
            seqs[thread] = seq + 1
            e = node(f"ev_{thread}_{seq}", "Event", {"thread_id": ids[thread], "kind": kind, "date": on,
                                                     "agency_id": ids[by], "seq": seq, "reason": reason})
            rel("HAS_EVENT", thread, e)
            rel("CONCERNS", e, thread)
            if referral:
                rel("HAS_EVENT", referral, e)
            rel("BY", e, by)
            if to:
                rel("TO", e, to)
            if doc:
                rel("EVIDENCED_BY", e, doc)

        def referral(key: str, doc_no: str, frm: str, to: str, kind: str, sent: dt.date, thread: str) -> None:
            node(key, "Referral", {"doc_no": doc_no, "from_agency": ids[frm], "to_agency": ids[to], "kind": kind,
                                   "sent": sent, "materials": ["移送函", "证据材料"]})
            rel("SENT", frm, key)
            rel("SENT_TO", key, to)
            rel("CONCERNS", key, thread)
            d = node(f"doc_{key}", "Document", {"sha256": f"sha-{key}", "doc_no": doc_no, "kind": "移送函", "date": sent})
            rel("EVIDENCED_BY", key, d)

        clue("cl1", "CL-1", D(2024, 3, 4), "c_r1", "police", D(2024, 3, 20))
        referral("ref1", "测交移〔2024〕1号", "tc", "fin", "transfer", D(2024, 3, 6), "cl1")
        referral("ref2", "测财转〔2024〕2号", "fin", "police", "forward", D(2024, 3, 20), "cl1")
        event("cl1", "violation_found", D(2024, 3, 4), "tc")
        event("cl1", "case_transferred", D(2024, 3, 6), "tc", to="fin", referral="ref1", doc="doc_ref1")
        event("cl1", "case_received", D(2024, 3, 7), "fin", to="tc", referral="ref1")
        event("cl1", "case_forwarded", D(2024, 3, 20), "fin", to="police", referral="ref1", doc="doc_ref2", reason="涉嫌串通投标罪")
        event("cl1", "case_received", D(2024, 3, 21), "police", to="fin", referral="ref2")

        clue("cl2", "CL-2", D(2024, 5, 6), None, "audit", D(2024, 5, 10))
        referral("ref3", "测审移〔2024〕3号", "audit", "disc", "transfer", D(2024, 5, 6), "cl2")
        node("doc_ref4", "Document", {"sha256": "sha-ret4", "doc_no": "测纪退〔2024〕1号", "kind": "退回函", "date": D(2024, 5, 10)})
        event("cl2", "violation_found", D(2024, 5, 6), "audit")
        event("cl2", "case_transferred", D(2024, 5, 6), "audit", to="disc", referral="ref3", doc="doc_ref3")
        event("cl2", "case_received", D(2024, 5, 7), "disc", to="audit", referral="ref3")
        event("cl2", "case_returned", D(2024, 5, 10), "disc", to="audit", referral="ref3", doc="doc_ref4", reason="不属于本机关职责")

        clue("cl3", "CL-3", D(2024, 5, 27), "c_spouse", "edu", D(2024, 5, 28))
        referral("ref5", "测财移〔2024〕5号", "fin", "edu", "transfer", D(2024, 5, 28), "cl3")
        event("cl3", "violation_found", D(2024, 5, 27), "fin")
        event("cl3", "case_transferred", D(2024, 5, 28), "fin", to="edu", referral="ref5", doc="doc_ref5")
        event("cl3", "case_received", D(2024, 5, 29), "edu", to="fin", referral="ref5")
    return w
