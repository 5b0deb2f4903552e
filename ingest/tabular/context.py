"""The building context of one row: makes its records and resolves the row's references (company, agency,
person, party, project, bid) through :class:`~ingest.tabular.resolve.Known`; a problem raises
:class:`~ingest.tabular.resolve.Reject` naming the column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, overload

from graph.errors import InvalidData, SchemaError
from graph.types import idcard
from graph.types.names import id_key
from graph.writer import RecordFactory
from ingest.tabular.resolve import Known, Reject
from ingest.tabular.row import Record, Row


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
