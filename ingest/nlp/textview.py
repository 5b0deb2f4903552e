"""The view extraction runs on — :func:`graph.types.text.view`, the one text view: simplified
(OpenCC's phrases and characters), half-width, exactly ``len(text)`` characters, so spans found in
the view are cut from the original text at the same offsets.
"""

from __future__ import annotations

from graph.types.text import looks_traditional
from graph.types.text import view as simplified_view

__all__ = ["looks_traditional", "simplified_view"]
