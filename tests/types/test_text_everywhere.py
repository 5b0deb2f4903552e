"""Every place that compares Chinese text sees the same characters (one text view, OpenCC once).
Expectations written by hand: 瞭解 is 了解 in simplified Chinese, ⾦ (the Kangxi radical U+2FA6) is 金."""

from collections.abc import Callable

import pytest

from graph.fulltext import fold as search_fold
from graph.types.text import simplified as reader_view
from graph.types.text import view as extraction_view  # what ingest.nlp extracts on
from ingest.resolve import simplified as name_form

VIEWS: dict[str, Callable[[str], str]] = {
    "graph.types.text.simplified": lambda t: reader_view(t)[0],
    "graph.types.text.view (extraction)": extraction_view,
    "ingest.resolve.simplified": name_form,
    "graph.fulltext.fold": search_fold,
}


@pytest.mark.parametrize("where", sorted(VIEWS))
@pytest.mark.parametrize(("written", "read"), [("瞭解", "了解"), ("⾦額", "金额"), ("關於線索", "关于线索"), ("乾坤", "乾坤")])
def test_same_characters_everywhere(where: str, written: str, read: str) -> None:
    assert VIEWS[where](written) == read
