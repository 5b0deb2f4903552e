"""One accepted row → the node and relationship records it stands for (not yet written).

Each ``build_<kind>`` takes a parsed :class:`Row` and a :class:`Ctx`, resolves the row's
references through :class:`~ingest.tabular.resolve.Known`, and returns the row's records; a
problem raises :class:`~ingest.tabular.resolve.Reject` naming the column. A row's records are
written together, in one transaction, so a row is never half-stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, overload

from graph.errors import InvalidData, SchemaError
from graph.sanctions import CLAUSES as SANCTION_CLAUSES
from graph.types import idcard
from graph.types.names import id_key
from graph.watchlist import CLAUSE as WATCH_CLAUSE
from graph.writer import NodeRecord, RecordFactory, RelRecord
from ingest.tabular.fields import Kind
from ingest.tabular.registers import REGISTER_BUILDERS
from ingest.tabular.resolve import Known, Reject
from supervision.acts import ACT_KINDS, Citation, LetterAct

Record = NodeRecord | RelRecord


@dataclass
class Row:
    kind: Kind
    table: str               # the table's label (file or file[sheet])
    number: int              # row number as the user sees it
    unit: str                # row | record | line
    values: dict[str, Any]   # column (canonical) → converted value; blanks left out
    columns: dict[str, str]  # column (canonical) → header as written in the file
    source: str              # provenance: file:<name>#row<N>

    @property
    def place(self) -> str:
        return f"{self.table} {self.unit} {self.number}"

    def get(self, name: str) -> Any:
        return self.values.get(name)

    def need(self, name: str) -> Any:
        value = self.values.get(name)
        if value in (None, "", []):
            raise Reject(name, f"is required for {self.kind.name} records")
        return value

    def col(self, name: str) -> str:
        """The column as the user wrote it (for messages), else its canonical name."""
        return self.columns.get(name, name)


@dataclass
class Ctx:
    known: Known
    factory: RecordFactory
    row: Row
    records: list[Record] = field(default_factory=list)

    # ------------------------------------------------------------------------------ records
    def node(self, label: str, props: dict[str, Any], *, fields: dict[str, str] | None = None) -> str:
        clean = {k: v for k, v in props.items() if v not in (None, "", [])}
        try:
            rec = self.factory.node(label, clean, source=self.row.source)
        except InvalidData as e:
            raise Reject((fields or {}).get(e.field or "", e.field if e.field in self.row.values else None), e.reason) from None
        self.records.append(rec)
        return rec.id

    def rel(self, rel_type: str, start: str, end: str, props: dict[str, Any] | None = None) -> None:
        clean = {k: v for k, v in (props or {}).items() if v not in (None, "", [])}
        try:
            rec = self.factory.rel(rel_type, start, end, clean, source=self.row.source)
        except InvalidData as e:
            raise Reject(e.field if e.field in self.row.values else None, e.reason) from None
        except SchemaError as e:
            raise Reject(None, str(e)) from None
        self.records.append(rec)

    def node_id(self, label: str, props: dict[str, Any]) -> str:
        return self.factory.schema.node(label).make_id(props)

    # --------------------------------------------------------------------------- references
    @overload
    def company(self, role: str, *, required: Literal[True] = True) -> tuple[str, str]: ...
    @overload
    def company(self, role: str, *, required: Literal[False]) -> tuple[str, str] | None: ...

    def company(self, role: str, *, required: bool = True) -> tuple[str, str] | None:
        """(id, key) of the company named in ``role`` / ``role_credit_code``."""
        row, known = self.row, self.known
        code, name = row.get(f"{role}_credit_code"), row.get(role)
        if code:
            cid = self.node_id("Company", {"key": code})
            if known.has("Company", cid):
                return cid, code
            raise Reject(
                f"{role}_credit_code",
                f"no company with credit code {code} is in the graph or in this load{known.hint('Company', name or code)}; "
                f"load it in a companies file first (or check the code)",
            )
        if not name:
            if not required:
                return None
            raise Reject(role, f"is required (the company's name, or its credit code in {role}_credit_code)")
        ids = known.find("Company", "name", name) | known.find("Company", "key", name)
        if len(ids) == 1:
            cid = ids.pop()
            return cid, str(known.props("Company", cid).get("key") or cid)
        if ids:
            codes = sorted(str(known.props("Company", i).get("credit_code") or "no code") for i in ids)
            raise Reject(role, f"{len(ids)} companies are named {name!r} ({', '.join(codes)}); add a {role}_credit_code column to pick one")
        raise Reject(
            role,
            f"company {name!r} is neither in the graph nor in this load{known.hint('Company', name)}; "
            f"load it in a companies file first (or check the spelling)",
        )

    @overload
    def agency(self, name_field: str, region_field: str, *, default_region: str | None = None,
               required: Literal[True] = True) -> str: ...
    @overload
    def agency(self, name_field: str, region_field: str, *, default_region: str | None = None,
               required: Literal[False]) -> str | None: ...

    def agency(self, name_field: str, region_field: str, *, default_region: str | None = None, required: bool = True) -> str | None:
        row, known = self.row, self.known
        name = row.get(name_field)
        if not name:
            if not required:
                return None
            raise Reject(name_field, "is required (the agency's full name)")
        region = row.get(region_field) or default_region
        ids = known.find("Agency", "name", name)
        if region:
            aid = self.node_id("Agency", {"region": region, "name": name})
            if known.has("Agency", aid):
                return aid
            in_region = {i for i in ids if id_key(known.props("Agency", i).get("region", "")) == id_key(region)}
            if len(in_region) == 1:
                return in_region.pop()
            others = sorted({str(known.props("Agency", i).get("region")) for i in ids})
            also = f" (an agency of that name exists in {', '.join(others)})" if others else ""
            raise Reject(
                name_field,
                f"agency {name!r} in region {region!r} is neither in the graph nor in this load{also}"
                f"{known.hint('Agency', name)}; load it in an agencies file first (or check the name and region)",
            )
        if len(ids) == 1:
            return ids.pop()
        if ids:
            regions = sorted(str(known.props("Agency", i).get("region")) for i in ids)
            raise Reject(name_field, f"{len(ids)} agencies are named {name!r} (in {', '.join(regions)}); add a {region_field} column")
        raise Reject(
            name_field,
            f"agency {name!r} is neither in the graph nor in this load{known.hint('Agency', name)}; "
            f"load it in an agencies file first (or check the name)",
        )

    @overload
    def person(self, role: str, *, create: str | None = None, required: Literal[True] = True) -> str: ...
    @overload
    def person(self, role: str, *, create: str | None = None, required: Literal[False]) -> str | None: ...

    def person(self, role: str, *, create: str | None = None, required: bool = True) -> str | None:
        """Id of the person (or, with ``role_agency``, the official) named in ``role``.

        ``create``: the context to give a new person when nobody of that name is known (used for
        a company's legal representative); without it an unknown person is a rejected row.
        """
        row, known = self.row, self.known
        name = row.get(role)
        if not name:
            if not required:
                return None
            raise Reject(role, "is required (a name)")
        if row.get(f"{role}_agency"):
            aid = self.agency(f"{role}_agency", f"{role}_region")
            oid = self.node_id("Official", {"agency_id": aid, "name": name})
            if known.has("Official", oid):
                return oid
            agency_name = known.props("Agency", aid).get("name")
            raise Reject(
                role,
                f"no official {name!r} of {agency_name} is in the graph or in this load{known.hint('Official', name)}; "
                f"load them in an officials file first",
            )
        id_number, context = row.get(f"{role}_id_number"), row.get(f"{role}_context")
        ctx_value = idcard.digest(id_number) if id_number else context
        if ctx_value:
            pid = self.node_id("Person", {"name": name, "context": ctx_value})
            if known.has("Person", pid):
                return pid
            if create is not None:
                return self.node("Person", {"name": name, "context": ctx_value},
                                 fields={"name": role, "context": f"{role}_context"})
            what = "identity number" if id_number else "context"
            raise Reject(
                f"{role}_id_number" if id_number else f"{role}_context",
                f"no person {name!r} with this {what} is in the graph or in this load{known.hint('Person', name)}; "
                f"load them in a persons file first (or check the {what})",
            )
        ids = known.find("Person", "name", name)
        if len(ids) == 1:
            return ids.pop()
        if ids:
            contexts = sorted(str(known.props("Person", i).get("context"))[:40] for i in ids)
            raise Reject(
                role,
                f"{len(ids)} people are named {name!r} (contexts: {'; '.join(contexts)}); add {role}_id_number or "
                f"{role}_context to pick one",
            )
        if create is not None:
            return self.node("Person", {"name": name, "context": create}, fields={"name": role})
        officials = known.find("Official", "name", name)
        hint = (
            f"; an official of that name exists — add a {role}_agency column if it is them"
            if officials else f"{known.hint('Person', name)}; load them in a persons file first (or check the spelling)"
        )
        raise Reject(role, f"person {name!r} is neither in the graph nor in this load{hint}")

    def party(self, role: str) -> str:
        """Company, person or official, whichever the row's columns (or the name) point at."""
        row, known = self.row, self.known
        kind = row.get(f"{role}_type")
        if row.get(f"{role}_credit_code") or kind == "company":
            found = self.company(role)
            return found[0]
        if kind in ("person", "official") or any(row.get(f"{role}_{s}") for s in ("agency", "id_number", "context")):
            if kind == "official" and not row.get(f"{role}_agency"):
                raise Reject(f"{role}_agency", f"is required for an official (the agency {row.get(role)!r} works at)")
            pid = self.person(role)
            return pid
        name = row.need(role)
        companies = known.find("Company", "name", name) | known.find("Company", "key", name)
        people = known.find("Person", "name", name)
        if companies and people:
            raise Reject(role, f"both a company and a person are named {name!r}; add a {role}_type column (company or person)")
        if people:
            pid = self.person(role)
            return pid
        if companies:
            found = self.company(role)
            return found[0]
        raise Reject(
            role,
            f"{name!r} is neither a company nor a person in the graph or in this load"
            f"{known.hint('Company', name) or known.hint('Person', name)}; load it first (or check the spelling)",
        )

    def project(self) -> str:
        pno = self.row.need("project_no")
        pid = self.node_id("Project", {"project_no": pno})
        if not self.known.has("Project", pid):
            raise Reject(
                "project_no",
                f"project {pno!r} is neither in the graph nor in this load{self.known.hint('Project', pno)}; "
                f"load it in a projects file first (or check the number)",
            )
        return pid

    def bid(self) -> str:
        self.project()
        found = self.company("bidder")
        pno = self.row.need("project_no")
        bid_id = self.node_id("Bid", {"project_no": pno, "bidder_key": found[1]})
        if not self.known.has("Bid", bid_id):
            raise Reject(
                "bidder",
                f"no bid by {self.row.get('bidder') or found[1]!r} on project {pno!r} is in the graph or in this load; "
                f"load it in a bids file first",
            )
        return bid_id

    def contacts(self, owner: str, *, phone: bool = True, address: bool = True) -> None:
        if phone and self.row.get("phone"):
            self.rel("HAS_PHONE", owner, self.node("Phone", {"number": self.row.get("phone")}, fields={"number": "phone"}))
        if address and self.row.get("address"):
            self.rel("HAS_ADDRESS", owner, self.node("Address", {"text": self.row.get("address")}, fields={"text": "address"}))


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


def build_referrals(c: Ctx) -> None:
    r = c.row
    region = r.get("region")
    sender = c.agency("from_agency", "from_agency_region", default_region=region)
    receiver = c.agency("to_agency", "to_agency_region", default_region=region)
    if sender == receiver:
        raise Reject("to_agency", "is the same agency as the sender; a referral goes to another agency")
    forwarded_to = c.agency("forwarded_to", "forwarded_to_region", default_region=region, required=False)
    acts = None
    if not (r.get("case_no") or r.get("clue_no")):  # a referral of its own: its dates make a thread
        name = {a: str(c.known.props("Agency", a).get("name") or a) for a in (sender, receiver, forwarded_to) if a}
        acts = json.dumps([json.loads(a.to_json()) for a in referral_acts(
            r, name[sender], name[receiver], name.get(forwarded_to or ""))], ensure_ascii=False)
    ref = c.node("Referral", {"doc_no": r.need("doc_no"), "from_agency": sender, "to_agency": receiver,
                              "kind": r.get("referral_kind"), "sent": r.get("sent"), "channel": r.get("channel"),
                              "materials": r.get("materials"), "acts": acts}, fields={"kind": "referral_kind"})
    c.rel("SENT", sender, ref)
    c.rel("SENT_TO", ref, receiver)
    for col, label, prop in (("case_no", "Case", "case_no"), ("clue_no", "Clue", "clue_no")):
        value = r.get(col)
        if value:
            target = c.node_id(label, {prop: value})
            if not c.known.has(label, target):
                raise Reject(col, f"{label.lower()} {value!r} is not in the graph; check the number (or leave it empty)")
            c.rel("CONCERNS", ref, target)


def referral_acts(r: Row, sender: str, receiver: str, forwarded_to: str | None) -> list[LetterAct]:
    """A referral row as the acts its letters would perform (supervision.acts), so that it becomes a
    thread with custody and deadlines like letters do. Each act is named after the row."""
    place = r.place
    source = r.source
    kind = {"forward": "forward", "return": "return"}.get(r.get("referral_kind") or "", "transfer")
    out = [LetterAct(file=place, kind=kind, doc_no=r.get("doc_no"), date=r.get("sent"), issuer=sender,
                     addressee=receiver, sha256=source, source=source)]
    cite = (Citation(str(r.get("doc_no"))),)

    def answer(what: str, kind: str, date: Any, **kw: Any) -> None:
        if date is None:
            raise Reject(what, f"needs its date for a {r.get('decision') or kind} referral (column {what})")
        out.append(LetterAct(file=f"{place} ({ACT_KINDS[kind]})", kind=kind, date=date, issuer=receiver,
                             addressee=kw.pop("to", sender), cites=cite, sha256=source, source=source, **kw))

    if r.get("received"):
        answer("received", "receipt", r.get("received"))
    decision = r.get("decision")
    if decision in ("accepted", "declined"):
        answer("reported", "accept" if decision == "accepted" else "decline", r.get("reported") or r.get("decided"),
               decided=r.get("decided"))
    elif decision == "returned":
        answer("decided", "return", r.get("decided"), reason=r.get("reason"))
    elif decision == "forwarded":
        if not forwarded_to:
            raise Reject("forwarded_to", "is required for a forwarded referral (the agency it was forwarded to)")
        answer("decided", "forward", r.get("decided"), to=forwarded_to)
    if r.get("outcome_reported"):
        answer("outcome_reported", "outcome_report", r.get("outcome_reported"), handled=r.get("handled"))
    return out


BUILDERS: dict[str, Callable[[Ctx], None]] = {
    "agencies": build_agencies,
    "persons": build_persons,
    "companies": build_companies,
    "officials": build_officials,
    "projects": build_projects,
    "bids": build_bids,
    "family": build_family,
    "ownership": build_ownership,
    "management": build_management,
    "contacts": build_contacts,
    "bid_ips": build_bid_ips,
    "bid_bonds": build_bid_bonds,
    "sanctions": build_sanctions,
    "watchlist": build_watchlist,
    "referrals": build_referrals,
    **REGISTER_BUILDERS,  # issue 13's registers (ingest/tabular/registers.py)
}


def build_row(row: Row, known: Known, factory: RecordFactory) -> list[Record]:
    """The row's records; raises :class:`Reject`. Does not touch ``known`` (the caller adds on success)."""
    ctx = Ctx(known, factory, row)
    BUILDERS[row.kind.name](ctx)
    return ctx.records
