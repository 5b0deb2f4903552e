"""What full-text search reads of each label (:data:`FIELDS`, the one place) and how a query and
a number are folded for comparison."""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.types.text import fold


@dataclass(frozen=True)
class Fields:
    names: tuple[str, ...] = ()     # string properties read as names/titles
    lists: tuple[str, ...] = ()     # list-of-string properties read as names (aliases)
    numbers: tuple[str, ...] = ()   # numbers: brackets unified, spaces dropped
    texts: tuple[str, ...] = ()     # long text (a letter's body)


# label -> its searched fields; the order is the display order of equally good hits
FIELDS: dict[str, Fields] = {
    "Company": Fields(("name",), (), ("credit_code",)),
    "Person": Fields(("name",)),
    "Official": Fields(("name", "position")),
    "Agency": Fields(("name",), ("aliases",)),
    "Project": Fields(("name",), (), ("project_no",)),
    "Case": Fields(("title",), (), ("case_no",)),
    "Clue": Fields(("summary",), (), ("clue_no",)),
    "Complaint": Fields(("subject",), (), ("complaint_no",)),
    "Referral": Fields((), (), ("doc_no",)),
    "AssistanceRequest": Fields((), (), ("doc_no",)),
    "Document": Fields(("title",), (), ("doc_no",), ("text",)),
    "Sanction": Fields((), (), ("doc_no",)),
    "Phone": Fields((), (), ("number",)),
    "Address": Fields(("text",)),
    "IPAddress": Fields((), (), ("address",)),
    "BankAccount": Fields((), (), ("number",)),
    "Region": Fields(("name", "short_name")),
    "Mechanism": Fields(("name",)),
    "Inspection": Fields(("name",)),
}
PARTY_LABELS = frozenset({"Person", "Official", "Company", "Agency"})  # their names are their own
LABELS = tuple(FIELDS)
LABEL_RANK = {label: i for i, label in enumerate(FIELDS)}

# ------------------------------------------------------------------------------------ folding
_BRACKETS = {"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕",
             "［": "〔", "］": "〕", "〖": "〔", "〗": "〕"}
_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def fold_number(text: str) -> str:
    """A number as compared: folded, brackets unified to 〔〕, no spaces."""
    folded = fold(_SPACE.sub("", text))
    return "".join(_BRACKETS.get(ch, ch) for ch in folded)


def normalise_query(text: str) -> str:
    """What the user typed, as searched: spaces collapsed, folded."""
    return fold(_SPACE.sub(" ", text).strip())
