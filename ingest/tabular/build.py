"""One accepted row → the node and relationship records it stands for (not yet written).

Each ``build_<kind>`` takes a parsed :class:`Row` and a :class:`Ctx`, resolves the row's
references through :class:`~ingest.tabular.resolve.Known`, and returns the row's records; a
problem raises :class:`~ingest.tabular.resolve.Reject` naming the column. A row's records are
written together, in one transaction, so a row is never half-stored.

This module is the dispatch (``BUILDERS``, :func:`build_row`); the row is in :mod:`ingest.tabular.row`, the
context resolving its references in :mod:`ingest.tabular.context`, the builders in
:mod:`ingest.tabular.builders`, :mod:`ingest.tabular.referrals` and :mod:`ingest.tabular.registers`.
"""

from __future__ import annotations

from collections.abc import Callable

from graph.writer import RecordFactory
from ingest.tabular.builders import (
    build_agencies,
    build_bid_bonds,
    build_bid_ips,
    build_bids,
    build_companies,
    build_contacts,
    build_family,
    build_management,
    build_officials,
    build_ownership,
    build_persons,
    build_projects,
    build_sanctions,
    build_watchlist,
)
from ingest.tabular.context import Ctx
from ingest.tabular.referrals import build_referrals
from ingest.tabular.registers import REGISTER_BUILDERS
from ingest.tabular.resolve import Known
from ingest.tabular.row import Record, Row

__all__ = ["BUILDERS", "Ctx", "Record", "Row", "build_row"]


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
