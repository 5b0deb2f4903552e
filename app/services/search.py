"""搜索: one box for names (partial, aliases), credit codes and document numbers.

A document number is matched whatever brackets it was written with (竹财采〔2021〕519号 =
竹财采[2021]519号 = 竹财采【2021】519号 = 竹财采(2021)519号): both sides are normalised to 〔〕.
One statement per label (:func:`search_statement`, generated from :data:`SEARCH_FIELDS`); hidden
items and — unless the role may unmask — masked people are excluded inside the query, so they
are neither shown nor counted nor found by their name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.services.access import Policy, Viewer, load_policy
from app.services.nodes import NodeView, native
from graph.catalog import cypher
from graph.connection import Graph
from graph.schema import quote

# label -> (text fields, list fields, document-number fields); order = display priority
SEARCH_FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "Company": (("name", "credit_code", "key"), (), ()),
    "Person": (("name",), (), ()),
    "Official": (("name", "position"), (), ()),
    "Agency": (("name",), ("aliases",), ()),
    "Project": (("name",), (), ("project_no",)),
    "Case": (("title",), (), ("case_no",)),
    "Clue": (("summary",), (), ("clue_no",)),
    "Complaint": (("subject",), (), ("complaint_no",)),
    "Referral": ((), (), ("doc_no",)),
    "AssistanceRequest": ((), (), ("doc_no",)),
    "Document": (("title",), (), ("doc_no",)),
    "Sanction": ((), (), ("doc_no",)),
    "Phone": (("number",), (), ()),
    "Address": (("text",), (), ()),
    "IPAddress": (("address",), (), ()),
    "BankAccount": (("number",), (), ()),
    "Region": (("name", "short_name"), (), ()),
    "Mechanism": (("name",), (), ()),
    "Inspection": (("name",), (), ()),
}
LABEL_RANK = {label: i for i, label in enumerate(SEARCH_FIELDS)}

_BRACKETS = {"[": "〔", "]": "〕", "【": "〔", "】": "〕", "(": "〔", ")": "〕", "（": "〔", "）": "〕", "［": "〔", "］": "〕"}
_SPACE = re.compile(r"\s+")


def normalise_query(text: str) -> str:
    """Lower-case, NFKC-free trim of what the user typed (full-width letters → half-width)."""
    return _SPACE.sub(" ", text).strip().lower()


def normalise_doc_no(text: str) -> str:
    """竹财采[2021]519号 → 竹财采〔2021〕519号 (brackets unified, spaces dropped, lower-case)."""
    text = unicodedata.normalize("NFKC", text)
    # NFKC turns full-width brackets into ASCII ones; map every kind to 〔〕
    return "".join(_BRACKETS.get(ch, ch) for ch in _SPACE.sub("", text)).lower()


def _doc_expr(expr: str) -> str:
    for a, b in _BRACKETS.items():
        expr = f"replace({expr}, '{a}', '{b}')"
    return f"toLower(replace({expr}, ' ', ''))"


def search_statement(label: str) -> str:
    text_fields, list_fields, doc_fields = SEARCH_FIELDS[label]
    conds = [f"toLower(coalesce(n.{quote(f)}, '')) CONTAINS $q" for f in text_fields]
    conds += [f"any(a IN coalesce(n.{quote(f)}, []) WHERE toLower(a) CONTAINS $q)" for f in list_fields]
    conds += [f"{_doc_expr(f'coalesce(n.{quote(f)}, {chr(39)}{chr(39)})')} CONTAINS $qdoc" for f in doc_fields]
    props = "n {.*, text: null}" if label == "Document" else "properties(n)"
    return (
        f"MATCH (n:{quote(label)})\n"
        f"WHERE NOT n.id IN $exclude AND ({' OR '.join(conds)})\n"
        f"RETURN n.id AS id, {props} AS props\n"
        f"LIMIT $limit"
    )


STATEMENTS: dict[str, str] = {
    label: cypher(f"app.search.{label}", search_statement(label), q="x", qdoc="x", exclude=[], limit=5)
    for label in SEARCH_FIELDS
}


@dataclass(frozen=True)
class SearchHit:
    node: NodeView
    field: str
    value: str
    score: int  # 0 exact, 1 prefix, 2 contains (lower is better)


def _match(label: str, props: dict, q: str, qdoc: str) -> tuple[int, str, str]:
    text_fields, list_fields, doc_fields = SEARCH_FIELDS[label]
    best = (9, "", "")
    candidates: list[tuple[str, str, str]] = []
    for f in text_fields:
        if props.get(f):
            candidates.append((f, str(props[f]), q))
    for f in list_fields:
        for v in props.get(f) or []:
            candidates.append((f, str(v), q))
    for f in doc_fields:
        if props.get(f):
            candidates.append((f, str(props[f]), qdoc))
    for f, value, needle in candidates:
        hay = normalise_doc_no(value) if f in doc_fields else value.lower()
        if not needle or needle not in hay:
            continue
        score = 0 if hay == needle else 1 if hay.startswith(needle) else 2
        if score < best[0]:
            best = (score, f, value)
    return best


def search(
    graph: Graph,
    viewer: Viewer,
    text: str,
    *,
    labels: list[str] | None = None,
    limit: int = 50,
    policy: Policy | None = None,
) -> list[SearchHit]:
    """Hits for ``text``, best first: exact before prefix before contains, then by label."""
    viewer.require("search")
    q = normalise_query(text)
    if len(q) < 1:
        return []
    qdoc = normalise_doc_no(text)
    policy = policy or load_policy(graph)
    exclude = policy.hidden_ids(viewer)
    masked_excluded = exclude + ([] if viewer.can("unmask") else sorted(policy.masked))
    hits: list[SearchHit] = []
    for label in labels or list(SEARCH_FIELDS):
        params = {"q": q, "qdoc": qdoc, "limit": limit, "exclude": masked_excluded}
        for row in graph.read(STATEMENTS[label], params):
            view = policy.view(viewer, row["id"], native(row["props"]), label)
            if view is None:
                continue
            score, field, value = _match(label, view.props, q, qdoc)
            if score == 9 and not view.masked and _match(label, native(row["props"]), q, qdoc)[0] < 9:
                continue  # found only by a protected person's name or phone, which this viewer does not see
            hits.append(SearchHit(view, field, value, score))
    hits.sort(key=lambda h: (h.score, LABEL_RANK.get(h.node.label, 99), len(h.node.caption), h.node.caption))
    return hits[:limit]
