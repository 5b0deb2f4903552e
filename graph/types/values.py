"""Values read from the graph as plain Python: the driver's temporal types (``neo4j.time.Date``,
``DateTime``…) become ``datetime`` ones through their ``to_native``; lists and maps are converted
item by item. A temporal value Python cannot hold (a Duration with months) becomes its text.
Nodes, relationships and paths are the query layer's business (``queries.result.plain``).
"""

from __future__ import annotations

from typing import Any


def native(value: Any) -> Any:
    """``value`` with every driver temporal value replaced by its ``datetime`` equivalent."""
    to_native = getattr(value, "to_native", None)
    if to_native is not None:
        try:
            return to_native()
        except (ValueError, OverflowError):
            return str(value)
    if isinstance(value, list):
        return [native(v) for v in value]
    if isinstance(value, dict):
        return {k: native(v) for k, v in value.items()}
    return value
