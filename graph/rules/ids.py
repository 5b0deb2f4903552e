"""Ids and name keys for the rules — there is ONE id scheme, :func:`graph.ids.make_id`.

``make_id("agency", "绵竹市", "绵竹市财政局")`` -> ``"agency:<20 hex>"``, the same id the graph gives
the ``Agency`` node with ``region: 绵竹市, name: 绵竹市财政局`` (schema key ``[region, name]``).

Region convention: an agency's or mechanism's ``region`` key is the locality's ``region`` exactly
as the reference directory writes it (``绵竹市``, ``泉州市鲤城区``), which is also the ``name`` of
its ``Region`` node.

Names are *looked up* with :func:`graph.types.names.lookup_key` (case-folded, no space beside a
CJK character), which is broader than what ids are hashed from (:func:`graph.types.names.id_key`):
the directory resolves a variant spelling to the canonical name, and the canonical name is what
ids are made from.
"""

from __future__ import annotations

from graph.ids import ID_HEX_LENGTH, make_id
from graph.types.names import lookup_key

__all__ = ["ID_HEX_LENGTH", "lookup_key", "make_id"]
