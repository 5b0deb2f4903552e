"""What a letter does: the typed record between reading a letter and placing it in its thread.

A :class:`LetterAct` carries only what the letter itself says — its kind of act, its number and
date, who issued it and to whom (full agency names), the numbers it cites, the dates it writes
(receipt, decision, end of handling, complaint received) and, for forwards and outcome reports,
where the matter went next. Everything else (threads, custody, deadlines) is derived from a set
of these by :mod:`supervision.threads`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any

# The acts a letter can perform, with the Chinese name shown to users. One place.
ACT_KINDS: dict[str, str] = {
    "transfer": "移送函",
    "anomaly_report": "交易异常情况报告",
    "receipt": "接收回执",
    "accept": "受理/立案告知",
    "decline": "不予立案/不予受理告知",
    "return": "退回函",
    "forward": "转送函",
    "forward_notice": "转送告知书",
    "outcome_report": "办理结果回告",
    "assist_request": "协助办理函",
    "assist_return": "协助办理函退回",
    "assist_reply": "协查复函",
    "complaint": "投诉书",
    "complaint_redirect": "投诉转办告知",
    "complaint_accept": "投诉受理通知书",
    "complaint_decision": "投诉处理决定书",
    "penalty": "行政处罚决定书",
    "other": "其他文书",
}

# Acts that answer a referral (matched to the referral between the same two agencies).
ANSWERS = frozenset({"receipt", "accept", "decline", "return", "forward", "forward_notice", "outcome_report"})
ASSIST_ACTS = frozenset({"assist_request", "assist_return", "assist_reply"})
ASSIST_ANSWERS = frozenset({"assist_return", "assist_reply"})
# Acts that hand a matter to another agency, which then owes its decision on it.
REFERRAL_ACTS = frozenset({"transfer", "anomaly_report", "forward"})
COMPLAINT_ACTS = frozenset({"complaint", "complaint_redirect", "complaint_accept", "complaint_decision"})

# Export events (../shared/eval/threads) -> (lifecycle event kind of graph/rules/deadlines.yaml, Chinese name).
EVENTS: dict[str, tuple[str, str]] = {
    "transfer": ("case_transferred", "移送"),
    "receipt": ("case_received", "签收"),
    "accept": ("acceptance_reported", "受理/立案告知"),
    "decline": ("acceptance_declined", "不予受理告知"),
    "return": ("case_returned", "退回"),
    "forward": ("case_forwarded", "转送"),
    "outcome_report": ("outcome_reported", "回告办理结果"),
    "assist_request": ("assistance_letter_sent", "发出协助办理函"),
    "assist_return": ("assistance_letter_returned", "退回协助办理函"),
    "assist_reply": ("assistance_result_reported", "反馈协查结果"),
    "complaint_redirect": ("complainant_notified", "告知投诉人向有管辖权部门投诉"),
    "complaint_accept": ("complaint_accepted", "受理投诉"),
}
# Same-day order of events (the lifecycle's order).
EVENT_ORDER = {name: i for i, name in enumerate(
    ("complaint_accept", "complaint_redirect", "assist_request", "transfer", "receipt", "accept", "decline",
     "assist_return", "assist_reply", "return", "forward", "outcome_report"))}
# Custody after an event: "to" (the receiver), "from" (the actor), "none" (nobody), None (unchanged).
CUSTODY: dict[str, str | None] = {
    "transfer": "to", "forward": "to", "return": "to", "complaint_redirect": "none", "complaint_accept": "from",
}

_BRACKETS = str.maketrans({"〔": "[", "〕": "]", "【": "[", "】": "]", "［": "[", "］": "]", "﹝": "[", "﹞": "]",
                           "〖": "[", "〗": "]", "(": "[", ")": "]", "（": "[", "）": "]", "{": "[", "}": "]"})


def number_key(doc_no: str) -> str:
    """The form two writings of one document number share: 示财移（2024）5号 = 示财移〔2024〕第5号.

    Brackets unified, spaces and 第 dropped, full-width folded. The parentheses of an inner
    part (示公（经）立告字) fold like the year's, which keeps distinct numbers distinct.
    """
    s = unicodedata.normalize("NFKC", doc_no).translate(_BRACKETS)
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"\]第(\d)", r"]\1", s)
    return s


_WRITTEN_BRACKETS = (("〔", "〕"), ("[", "]"), ("(", ")"), ("（", "）"), ("【", "】"), ("［", "］"), ("﹝", "﹞"))


def number_writings(doc_no: str) -> list[str]:
    """The writings of a document number that share its :func:`number_key` — as typed, and with each
    kind of bracket, with and without 第 — for an exact lookup of a number stored as some letter wrote
    it: ``县发改(2024)1号`` finds ``县发改〔2024〕1号`` and ``县发改［2024］第1号``."""
    key = number_key(doc_no)
    out = {re.sub(r"\s+", "", doc_no), key}
    for o, c in _WRITTEN_BRACKETS:
        written = key.replace("[", o).replace("]", c)
        out.add(written)
        out.add(re.sub(rf"{re.escape(c)}(\d)", rf"{c}第\1", written))
    return sorted(out)


@dataclass(frozen=True)
class Citation:
    """A document number a letter cites, and whether it reads as a letter (not a policy)."""

    number: str
    letterish: bool = True


@dataclass(frozen=True)
class LetterAct:
    file: str                                   # the file name (unique in a batch; the export's key)
    sha256: str
    kind: str                                   # one of ACT_KINDS
    doc_no: str | None = None
    date: dt.date | None = None                 # the letter's own date (signature)
    title: str | None = None
    issuer: str | None = None                   # full agency names
    addressee: str | None = None                # an agency; None when addressed to a person or company
    cites: tuple[Citation, ...] = ()
    case_nos: tuple[str, ...] = ()              # case / clue / project-file numbers written as 编号
    cited_titles: tuple[str, ...] = ()          # titles of letters cited in 《》, in their compared form
    title_key: str | None = None                # this letter's title in that form
    projects: tuple[str, ...] = ()              # procurement project numbers
    parties: tuple[str, ...] = ()               # company names the letter is about
    matter: str | None = None                   # clue | case (what a transfer letter hands over)
    received: dt.date | None = None             # "我局于X月X日收到…" — the day the issuer received what it answers
    decided: dt.date | None = None              # acceptance / 立案 decision date
    handled: dt.date | None = None              # handling ended (办理完毕 / 作出处理决定)
    found: dt.date | None = None                # the complaint received / the violation found (by the issuer)
    recorded: dt.date | None = None             # a penalty recorded on the credit platform (信用记录公示)
    target: str | None = None                   # where the matter went next (forward notice, further transfer)
    target_date: dt.date | None = None
    reason: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    source: str | None = None                   # provenance when not a letter (a loaded row: file:<name>#row<N>)

    @property
    def provenance(self) -> str:
        return self.source or f"doc:{self.sha256}"

    @property
    def own_key(self) -> str | None:
        return number_key(self.doc_no) if self.doc_no else None

    def to_json(self) -> str:
        d = asdict(self)
        for k, v in d.items():
            if isinstance(v, dt.date):
                d[k] = v.isoformat()
        return json.dumps(d, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> LetterAct:
        raw: dict[str, Any] = json.loads(text)
        out: dict[str, Any] = {}
        names = {f.name for f in fields(cls)}
        for k, v in raw.items():
            if k not in names:
                continue
            if k in ("date", "received", "decided", "handled", "found", "recorded", "target_date") and v:
                v = dt.date.fromisoformat(v)
            elif k == "cites":
                v = tuple(Citation(**c) for c in v)
            elif isinstance(v, list):
                v = tuple(v)
            out[k] = v
        return cls(**out)
