"""The builders of the core record kinds: one ``build_<kind>`` per kind, from a row's :class:`Ctx` to its
records (referrals are in :mod:`ingest.tabular.referrals`, issue 13's registers in
:mod:`ingest.tabular.registers`)."""

from __future__ import annotations

from graph.sanctions import CLAUSES as SANCTION_CLAUSES
from graph.types import idcard
from graph.types.names import id_key
from graph.watchlist import CLAUSE as WATCH_CLAUSE
from ingest.tabular.context import Ctx
from ingest.tabular.resolve import Reject
from ingest.tabular.row import Row


def _dates(row: Row) -> None:
    start, end = row.get("start"), row.get("end")
    if start and end and end < start:
        raise Reject("end", f"ends ({end.isoformat()}) before it starts ({start.isoformat()}); check both dates")


def _removed(row: Row) -> None:
    start, removed = row.get("start"), row.get("removed")
    if start and removed and removed < start:
        raise Reject("removed", f"removed ({removed.isoformat()}) before it starts ({start.isoformat()}); check both dates")


# ------------------------------------------------------------------------------------- builders
def build_agencies(c: Ctx) -> None:
    r = c.row
    aid = c.node("Agency", {"name": r.need("name"), "region": r.need("region"), "kind": r.get("agency_kind"),
                            "level": r.get("level"), "aliases": r.get("aliases")}, fields={"kind": "agency_kind"})
    c.rel("LOCATED_IN", aid, c.node("Region", {"name": r.get("region")}, fields={"name": "region"}))


def build_persons(c: Ctx) -> None:
    r = c.row
    id_number = r.get("id_number")
    id_hash = idcard.digest(id_number) if id_number else None  # stored instead of the number
    context = id_hash or r.get("context")
    if not context:
        raise Reject("context", "give an identity number (id_number) or a context that tells this person from namesakes")
    pid = c.node("Person", {"name": r.need("name"), "context": context, "id_number_hash": id_hash, "masked": r.get("masked")})
    c.contacts(pid)


def build_companies(c: Ctx) -> None:
    r = c.row
    name, code = r.need("name"), r.get("credit_code")
    cid = c.node("Company", {"key": code or id_key(name), "name": name, "credit_code": code,
                             "region": r.get("region"), "registered": r.get("registered")})
    if r.get("region"):
        c.rel("LOCATED_IN", cid, c.node("Region", {"name": r.get("region")}, fields={"name": "region"}))
    if r.get("legal_rep"):
        pid = c.person("legal_rep", create=cid)
        c.rel("LEGAL_REP_OF", pid, cid)
    c.contacts(cid)


def build_officials(c: Ctx) -> None:
    r = c.row
    aid = c.agency("agency", "agency_region")
    oid = c.node("Official", {"name": r.need("name"), "agency_id": aid, "position": r.get("position"),
                              "party_member": r.get("party_member")})
    c.rel("WORKS_AT", oid, aid, {"position": r.get("position")})
    c.contacts(oid, address=False)


def build_projects(c: Ctx) -> None:
    r = c.row
    pid = c.node("Project", {"project_no": r.need("project_no"), "name": r.get("name"), "region": r.get("region"),
                             "budget": r.get("budget"), "method": r.get("method"), "opened": r.get("opened"),
                             "sector": r.get("sector")})
    if r.get("region"):
        c.rel("LOCATED_IN", pid, c.node("Region", {"name": r.get("region")}, fields={"name": "region"}))
    purchaser = c.agency("purchaser", "purchaser_region", required=False)
    if purchaser:
        c.rel("PURCHASED", purchaser, pid)
    if r.get("agent") or r.get("agent_credit_code"):
        name = r.get("agent")
        if not r.get("agent_credit_code") and name and not (c.known.find("Company", "name", name) | c.known.find("Company", "key", name)) \
                and c.known.find("Agency", "name", name):
            agent = c.agency("agent", "agent_region")  # a public procurement centre
        else:
            found = c.company("agent")
            agent = found[0] if found else None
        if agent:
            c.rel("AGENT_FOR", agent, pid)


def build_bids(c: Ctx) -> None:
    r = c.row
    project = c.project()
    found = c.company("bidder")
    company, key = found
    bid = c.node("Bid", {"project_no": r.need("project_no"), "bidder_key": key, "price": r.get("price"), "rank": r.get("rank"),
                         "winner": r.get("winner"), "submitted": r.get("submitted")})
    c.rel("SUBMITTED", company, bid)
    c.rel("FOR_PROJECT", bid, project)
    if r.get("winner"):
        c.rel("WON", company, project, {"price": r.get("price"), "date": r.get("awarded")})
    _bid_extras(c, bid)
    if r.get("phone") or r.get("address"):
        c.contacts(bid)
    author = c.person("author", required=False)
    if author:
        c.rel("AUTHORED_BY", bid, author)


def _bid_extras(c: Ctx, bid: str) -> None:
    r = c.row
    for col, kind in (("ip", "ip"), ("mac", "mac")):
        if r.get(col):
            c.rel("SUBMITTED_FROM", bid, c.node("IPAddress", {"address": r.get(col), "kind": kind}, fields={"address": col}))
    account = r.get("bond_account") or r.get("account")
    if account:
        bank = r.get("bond_bank") or r.get("bank")
        c.rel("PAID_BOND_FROM", bid, c.node("BankAccount", {"number": account, "bank": bank}, fields={"number": "account"}))


def build_family(c: Ctx) -> None:
    a, b = c.person("person"), c.person("relative")
    if a == b:
        raise Reject("relative", "names the same person as the person column; a person is not their own relative")
    c.rel("FAMILY", a, b, {"relation": c.row.need("relation")})


def build_ownership(c: Ctx) -> None:
    found = c.company("company")
    holder = c.party("shareholder")
    if holder == found[0]:
        raise Reject("shareholder", "a company cannot be its own shareholder")
    c.rel("SHAREHOLDER_OF", holder, found[0], {"share": c.row.get("share")})


def build_management(c: Ctx) -> None:
    found = c.company("company")
    person = c.person("person")
    role = c.row.need("role")
    if role == "legal_representative":
        c.rel("LEGAL_REP_OF", person, found[0])
    elif role == "actual_controller":
        c.rel("CONTROLS", person, found[0])
    else:
        c.rel("MANAGES", person, found[0], {"role": role})


def build_contacts(c: Ctx) -> None:
    r = c.row
    if not (r.get("phone") or r.get("address")):
        raise Reject("phone", "give a phone number or an address (or both)")
    if r.get("company") or r.get("company_credit_code"):
        found = c.company("company")
        owner = found[0]
    elif r.get("person"):
        owner = c.person("person") or ""
        if owner.startswith("official:") and r.get("address"):
            raise Reject("address", "the graph stores addresses of companies, persons and bids, not of officials; "
                                    "leave the address out (the phone is fine)")
    else:
        raise Reject("company", "give the company (name or credit code) or the person the contact belongs to")
    c.contacts(owner)


def build_bid_ips(c: Ctx) -> None:
    if not (c.row.get("ip") or c.row.get("mac")):
        raise Reject("ip", "give an IP address or a MAC address (or both)")
    _bid_extras(c, c.bid())


def build_bid_bonds(c: Ctx) -> None:
    c.row.need("account")
    _bid_extras(c, c.bid())


def build_sanctions(c: Ctx) -> None:
    r = c.row
    _dates(r)
    party = c.party("party")
    authority = c.agency("authority", "authority_region")
    _removed(r)
    sid = c.node("Sanction", {"authority": authority, "party_key": party,
                              "kind": r.need("sanction_kind"), "start": r.need("start"), "end": r.get("end"),
                              "removed": r.get("removed"), "removal_reason": r.get("removal_reason"),
                              "reason": r.get("reason"), "amount": r.get("amount"), "doc_no": r.get("doc_no"),
                              "clause": SANCTION_CLAUSES.get(r.need("sanction_kind"))},
                 fields={"kind": "sanction_kind"})
    c.rel("IMPOSED", authority, sid)
    c.rel("AGAINST", sid, party)


def build_watchlist(c: Ctx) -> None:
    r = c.row
    _dates(r)
    party = c.party("party")
    _removed(r)
    wid = c.node("WatchListEntry", {"list_name": r.need("list_name"), "party_key": party, "start": r.need("start"),
                                    "end": r.get("end"), "removed": r.get("removed"),
                                    "removal_reason": r.get("removal_reason"), "reason": r.get("reason"),
                                    "evidence": r.get("evidence"), "proposed_by": r.get("proposed_by") or "manual",
                                    "added_by": r.get("added_by"), "clause": WATCH_CLAUSE})
    c.rel("AGAINST", wid, party)
    authority = c.agency("authority", "authority_region", required=False)
    if authority:
        c.rel("IMPOSED", authority, wid)
