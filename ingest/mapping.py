"""Map one read + extracted + resolved document to graph records (pure: no graph, no I/O).

>>> mapped = map_document(read, extraction, resolution)
>>> mapped.unit            # graph.writer.Unit: the Document, its MENTIONS and every fact, ONE transaction
>>> mapped.mentions        # how many MENTIONS the unit holds (also stored on the Document)

What a document becomes (every record's ``source`` is ``doc:<sha256>``):

* ``Document`` (sha256, path, kind, doc_no, issuer, date, title, text, status ``ingested``,
  format, encoding, ``mentions`` = the number of its MENTIONS, a completeness check);
  ``ISSUED`` from the issuing agency;
* ``MENTIONS`` (start, end, text, label — offsets into the decoded original text) to the node of
  every AGENCY, COMPANY, PERSON and PROJECT_NO mention;
* ``act`` / ``act_kind``: what the letter does (:class:`supervision.acts.LetterAct`, read by
  :mod:`ingest.letters`); no Referral or thread is stored from here — :mod:`graph.threads` derives
  threads, events, custody and deadlines from the acts of all letters together;
* PENALIZED → ``Sanction`` (kind ``penalty``, or ``discipline`` for 处分 by a party or supervision
  body; start = the decision's date, amount from a 罚款 amount) with ``IMPOSED``, ``AGAINST`` and
  ``EVIDENCED_BY``;
* LEGAL_REP → ``LEGAL_REP_OF``; HOLDS_POSITION with an organisation → ``WORKS_AT {position}``;
* BID_ON → ``Bid`` (project_no, bidder key) with ``SUBMITTED`` and ``FOR_PROJECT``;
* credit codes on their companies; phone numbers as ``Phone`` nodes with ``HAS_PHONE`` from the
  company or person named just before them on the same line;
* uncertain identities → ``SAME_AS_CANDIDATE {score, reason, judgement: 'unsure'}``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypedDict, cast

from graph.types import dates, money
from graph.types import phone as phones
from graph.types.text import view as text_view
from graph.writer import NodeRecord, RecordFactory, Unit
from ingest.nlp.classify import letter_genre
from ingest.nlp.records import EntitySpan, ExtractionRecord
from ingest.nlp.rules.base import line_bounds
from ingest.readers import ReadResult
from ingest.resolve import Resolution, ResolvedNode, legal_rep_company, simplified
from supervision.acts import LetterAct

GRAPH_LABELS = {"AGENCY", "COMPANY", "PERSON", "PROJECT_NO"}

# ------------------------------------------------------------------------------ doc fields
REFERRAL_GENRES = ("clue_referral", "case_referral")
_TITLE_WORDS = re.compile(r"(函|书|决定|通知|纪要|通报|回执|回告|报告|公告|意见|批复|判决|裁定)$")


def genre(text: str, extraction: ExtractionRecord) -> str:
    """The document's kind: the extraction's letter genre when it gives one, else from the title."""
    doc = extraction["doc"]
    if doc["genre"]:
        return doc["genre"]
    return letter_genre(text_view(text[:300]), doc["kind"] or "other")


class StoredFields(TypedDict):
    """What :func:`stored_fields` gives."""

    kind: str                  # the letter's act kind, else its genre
    doc_no: str | None
    date: dt.date | None
    act: str | None            # supervision.acts.LetterAct.to_json
    act_kind: str | None


def stored_fields(text: str, extraction: ExtractionRecord, act: LetterAct | None) -> StoredFields:
    """What ingestion stores on the Document besides the text: kind, doc_no, date, act — computed
    here only, for ingestion and for ``liandong extract`` alike (so the two never disagree)."""
    ents = extraction["entities"]
    return {
        "kind": act.kind if act is not None and act.kind != "other" else genre(text, extraction),
        # the letter reader's number (a DOC_NO span) in the view, blanks squeezed out: the one form
        # threads, referral keys and lookups compare (a traditional letter's 淇財函〔2025〕9號 is
        # stored 淇财函〔2025〕9号; its DOC_NO span keeps the letter's characters)
        "doc_no": (act.doc_no if act is not None else None) or doc_no_of(text, ents),
        "date": (act.date if act is not None else None) or date_of(text, ents),
        "act": act.to_json() if act is not None else None,
        "act_kind": act.kind if act is not None else None,
    }


def title_of(text: str) -> str | None:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:8]
    for ln in lines:
        if len(ln) <= 60 and _TITLE_WORDS.search(simplified(ln)):
            return ln
    return lines[0][:100] if lines else None


def doc_no_of(text: str, ents: Sequence[EntitySpan]) -> str | None:
    """The document's own number: a DOC_NO on a line of its own (or after 文号) near the top."""
    limit = max(300, len(text) // 4)
    for e in ents:
        if e["label"] != "DOC_NO" or e["start"] > limit:
            continue
        s, end = line_bounds(text, e["start"])
        before = text[s:e["start"]].strip()
        after = text[e["end"]:end].strip()
        if (not before or re.search(r"(文号|编号|字号)\s*[:：]?$", before)) and len(after) <= 2:
            return e["text"].strip()
    return None


def date_of(text: str, ents: Sequence[EntitySpan]) -> dt.date | None:
    """The document's date: the last full date standing alone on a line (the signature), else the
    first full date in the header."""
    found = [(e, dates.search(e["text"])) for e in ents if e["label"] == "DATE"]
    for e, d in reversed(found):
        s, end = line_bounds(text, e["start"])
        if d and not text[s:e["start"]].strip() and len(text[e["end"]:end].strip()) <= 2:
            return d
    for e, d in found:
        if d and e["start"] < 300:
            return d
    # dates the extractor missed: a signature line in Chinese numerals
    for line in reversed(text.strip().splitlines()[-4:]):
        d = dates.search(line) if len(line.strip()) <= 16 else None
        if d:
            return d
    return None


def signer_of(text: str, ents: Sequence[EntitySpan]) -> int | None:
    """The AGENCY on a line of its own in the second half (the signature)."""
    for i in range(len(ents) - 1, -1, -1):
        e = ents[i]
        if e["label"] != "AGENCY" or e["start"] < len(text) // 2:
            continue
        s, end = line_bounds(text, e["start"])
        if not text[s:e["start"]].strip() and not text[e["end"]:end].strip():
            return i
    return None


# ------------------------------------------------------------------------------- results
@dataclass
class MappedDocument:
    doc_id: str
    sha256: str
    path: str
    unit: Unit
    mentions: int
    kind: str
    doc_no: str | None
    date: dt.date | None
    issuer: str | None
    region: str | None
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _ent_text(ents: Sequence[EntitySpan], idx: int | None) -> str | None:
    if idx is not None and 0 <= idx < len(ents):
        return ents[idx]["text"]
    return None


def map_document(
    read: ReadResult,
    extraction: ExtractionRecord,
    resolution: Resolution,
    *,
    factory: RecordFactory | None = None,
    act: LetterAct | None = None,
    agencies: list[ResolvedNode] | tuple[ResolvedNode, ...] = (),
) -> MappedDocument:
    """All records of one document, validated; raises :class:`graph.errors.InvalidData` on a bad value."""
    f = factory or RecordFactory()
    text = read.text or ""
    sha = str(read.sha256)
    source = f"doc:{sha}"
    where = {"file": read.path}
    ents = extraction["entities"]
    rels = extraction["relations"]
    unit = Unit()
    notes: list[str] = []
    counts = {"entities": len(ents), "referrals": 0, "penalties": 0, "candidates": 0, "new_nodes": 0,
              "positions": 0, "legal_reps": 0, "bids": 0}

    fields = stored_fields(text, extraction, act)
    kind, doc_no, date = fields["kind"], fields["doc_no"], fields["date"]
    doc_fields = extraction["doc"]
    issuer = resolution.node_of(doc_fields["issuer"])
    if issuer is None or issuer.label != "Agency":
        sig = signer_of(text, ents) if kind in REFERRAL_GENRES or kind == "assistance_request" else None
        issuer = resolution.node_of(sig)
        if issuer is not None and issuer.label != "Agency":
            issuer = None

    # -- nodes of every resolved entity ------------------------------------------------
    written: set[str] = set()

    def add_once(record: NodeRecord) -> bool:
        """Add a node record unless this document already has it; True when it was new."""
        if record.id in written:
            return False
        unit.nodes.append(record)
        written.add(record.id)
        return True

    def node(n: ResolvedNode) -> str:
        if n.id not in written:
            add_once(f.node(n.label, {"id": n.id, **n.props}, source=source, where=where))
            counts["new_nodes"] += int(n.new)
        return n.id

    def rel(rtype: str, a: str, b: str, props: dict[str, object] | None = None) -> None:
        unit.rels.append(f.rel(rtype, a, b, props, source=source, where=where))

    # -- the document and its mentions -------------------------------------------------
    mentions = []
    for i, e in enumerate(ents):
        if e["label"] not in GRAPH_LABELS:
            continue
        n = resolution.node_of(i)
        if n is None:
            continue
        if text[e["start"]:e["end"]] != e["text"]:
            notes.append(f"mention {e['text']!r} at {e['start']} does not match the text; skipped")
            continue
        mentions.append((i, e, n))
    # 王局长, 陈股长: a title reference the resolver linked to a person (ingest/resolve/titles.py)
    titled = [(lo, hi, t, resolution.nodes[who], why) for lo, hi, t, who, why in resolution.references
              if text[lo:hi] == t and who in resolution.nodes]
    doc_props = {
        "sha256": sha, "path": read.path, "kind": kind, "doc_no": doc_no,
        "issuer": issuer.props.get("name") if issuer else None, "date": date, "title": title_of(text),
        "text": text, "status": "ingested", "format": read.format, "encoding": read.encoding,
        "mentions": len(mentions) + len(titled),
        "act": fields["act"], "act_kind": fields["act_kind"],
    }
    doc = f.node("Document", doc_props, source=source, where=where)
    unit.nodes.append(doc)
    doc_id = doc.id
    matched_at = dt.datetime.now(dt.UTC)
    for _i, e, n in mentions:
        props: dict[str, object] = {"start": e["start"], "end": e["end"], "text": e["text"], "label": e["label"]}
        if not n.new and n.evidence:  # an automatic merge in context: its evidence, for `resolve list --auto`
            props.update(match_score=n.score, match_evidence=list(n.evidence), match_reason=n.reason,
                         matched_at=matched_at)
        rel("MENTIONS", doc_id, node(n), props)
    for lo, hi, t, who_node, why in titled:
        rel("MENTIONS", doc_id, node(who_node), {"start": lo, "end": hi, "text": t, "label": "PERSON",
                                                 "form": "title", "match_reason": why})
    if issuer is not None:
        rel("ISSUED", node(issuer), doc_id)
    for n in agencies:  # the agencies the letter's act names (issuer, addressee, where it went next)
        node(n)

    # -- identifiers: credit codes set in resolution; phones on their holder --------------
    for ident in extraction["identifiers"]:
        if ident["type"] != "phone":
            continue
        number = phones.clean(ident["text"])  # digits only, as a spreadsheet's phone column
        holder = phone_holder(text, ents, ident["start"])
        owner = resolution.node_of(holder) if holder is not None else None
        if owner is None or owner.label not in ("Company", "Person", "Official") or not number:
            continue
        phone = f.node("Phone", {"number": number}, source=source, where=where)
        add_once(phone)
        rel("HAS_PHONE", node(owner), phone.id)

    # -- relations ---------------------------------------------------------------------
    # Referrals are not stored from here: a letter's act (``act``) is, and graph/threads.py derives
    # the threads, their events, custody and deadlines from the acts of all letters together.
    counts["referrals"] = sum(1 for r in rels if r["type"] == "REFERRED")
    legal_reps: set[tuple[str, str]] = set()
    for r in sorted(rels, key=lambda r: r["type"] != "LEGAL_REP"):
        t = r["type"]
        a = resolution.node_of(r["from"])
        b = resolution.node_of(r["to"])
        if t == "PENALIZED":
            if a is None or b is None or a.label != "Agency":
                continue
            if b.label not in ("Company", "Person", "Official"):
                notes.append(f"penalty on {b.props.get('name')} ({b.label}) not recorded: the schema's AGAINST takes "
                             "companies and persons")
                continue
            if date is None:
                notes.append(f"penalty by {a.props.get('name')} on {b.props.get('name')} not recorded: the decision has no date")
                continue
            amount = None
            for e in ents:
                if e["label"] == "MONEY" and "罚款" in simplified(text[max(0, e["start"] - 12):e["start"]]):
                    amount = money.search(e["text"])  # 5000元, 1.2万元, 壹拾贰万叁仟元整
                    break
            # party or state discipline (relations mark it) is no administrative penalty: no credit-platform duty
            sanction_kind = "discipline" if r.get("sanction") == "discipline" else "penalty"
            sanction = f.node("Sanction", {"authority": a.id, "party_key": b.id, "kind": sanction_kind, "start": date,
                                           "reason": ", ".join(doc_fields["violations"]) or None,
                                           "amount": amount, "doc_no": doc_no}, source=source, where=where)
            if not add_once(sanction):
                continue
            rel("IMPOSED", node(a), sanction.id)
            rel("AGAINST", sanction.id, node(b))
            rel("EVIDENCED_BY", sanction.id, doc_id)
            counts["penalties"] += 1
        elif t == "LEGAL_REP":
            if a is None or b is None or a.label not in ("Person", "Official") or b.label not in ("Company", "Agency"):
                continue
            if (a.id, b.id) in legal_reps:
                continue
            legal_reps.add((a.id, b.id))
            rel("LEGAL_REP_OF", node(a), node(b))
            counts["legal_reps"] += 1
        elif t == "HOLDS_POSITION":
            org_idx = r.get("org")
            if org_idx is None:  # ingest.resolve still takes its records untyped
                org_idx = legal_rep_company(cast("list[dict[str, Any]]", ents), cast("dict[str, Any]", r), text)
            org = resolution.node_of(org_idx)
            position = _ent_text(ents, r["to"])
            if a is None or org is None or a.label not in ("Person", "Official") or org.label not in ("Company", "Agency"):
                continue
            rel("WORKS_AT", node(a), node(org), {"position": position})
            counts["positions"] += 1
            if simplified(position or "") in ("法定代表人", "法人代表") and (a.id, org.id) not in legal_reps:
                legal_reps.add((a.id, org.id))
                rel("LEGAL_REP_OF", a.id, org.id)
                counts["legal_reps"] += 1
        elif t == "BID_ON":
            if a is None or b is None or b.label != "Project" or a.label not in ("Company", "Agency"):
                continue
            bidder_key = str(a.props.get("key") or a.id)
            bid = f.node("Bid", {"project_no": b.props["project_no"], "bidder_key": bidder_key}, source=source, where=where)
            if not add_once(bid):
                continue
            if a.label == "Company":
                rel("SUBMITTED", node(a), bid.id)
            rel("FOR_PROJECT", bid.id, node(b))
            counts["bids"] += 1

    for c in resolution.candidates:
        # the other end was stored before (it came from the graph or an earlier document of the batch)
        rel("SAME_AS_CANDIDATE", c.start, c.end, {"score": c.score, "reason": c.reason, "judgement": "unsure"})
        counts["candidates"] += 1
    notes.extend(resolution.notes)
    return MappedDocument(
        doc_id=doc_id, sha256=sha, path=read.path, unit=unit, mentions=len(mentions), kind=kind, doc_no=doc_no,
        date=date, issuer=issuer.props.get("name") if issuer else None,
        region=resolution.locality.region if resolution.locality else None, counts=counts, notes=notes,
    )


_SENTENCE_END = "。；;！？!?\n"
_CLAUSE_END = "，,"


def phone_holder(text: str, ents: Sequence[EntitySpan], start: int, reach: int = 60) -> int | None:
    """Index in ``ents`` of the party a phone number at ``start`` belongs to, or None.

    The nearest company or person before it in the same clause (``陈志强（电话…）``); when the
    phone's own clause names nobody (``股东覃英桂系许子晓的配偶，联系电话…``), the subject of the
    sentence: its first person, or its first company when it names no person. Nothing across a
    sentence end or more than ``reach`` characters back."""
    parties = [i for i, e in enumerate(ents)
               if e["label"] in ("COMPANY", "PERSON") and e["end"] <= start and start - e["end"] <= reach
               and not any(c in _SENTENCE_END for c in text[e["end"]:start])]
    if not parties:
        return None
    nearest = parties[-1]
    if not any(c in _CLAUSE_END for c in text[ents[nearest]["end"]:start]):
        return nearest
    persons = [i for i in parties if ents[i]["label"] == "PERSON"]
    return (persons or parties)[0]

