"""The interface of a full-text index: where the candidates of a query come from."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import Any

Mask = Callable[[str, str], str]  # (document id, its text) -> the text as the viewer may read it
Values = dict[str, tuple[str, dict[str, Any]]]  # id -> (label, searched values as written)


class TextIndex(ABC):
    """Where the candidates of a query come from; :func:`search` matches and ranks them."""

    @abstractmethod
    def candidates(self, q: str, *, exclude: list[str], labels: list[str], fetch: int) -> Values:
        """The searched values of nodes that may contain the folded query ``q``."""
