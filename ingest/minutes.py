"""Joint-meeting minutes (会议纪要) → the Meeting they record (001 二(一) "联席会议以纪要形式明确会议议定事项").

:func:`read_minutes` is pure: from the raw text it reads the minutes' number, the meeting's date (the date
of the sentence that says the meeting was held, 召开), the convening agency, the attending agencies and
each decision (议定事项) with its owner agency (责任单位 / 由…牵头/负责) and due date (完成时限 / …前, 月底前),
all as written. :func:`record_minutes` names them against the graph's agencies and mechanisms and records
the meeting and its decisions through :mod:`graph.meetings`; :func:`meetings_from_documents` does it for
every ingested minutes document not yet recorded (ingestion calls it after a run; also
``liandong meeting from-minutes``). Re-recording the same minutes changes nothing (a meeting's identity is
its mechanism and date, a decision's its meeting and number).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from graph.catalog import cypher
from graph.connection import Graph
from graph.meetings import MECHANISMS, MeetingError, add_decision, add_meeting, meeting
from graph.types import numbers
from graph.types.names import lookup_key
from graph.writer import RecordFactory, Unit, write_unit
from ingest.letter_layout import DATE, nfkc, numbers_in, parse_date

SOURCE = "ingest:minutes"

# ------------------------------------------------------------------------------ reading (pure)
_TITLE = re.compile(r"纪\s*要")
_SUFFIX = r"(?:委员会|委(?!员)|分局|局|中心|院|办公室|政府|管委会)"
_AGENCY = re.compile(rf"[\u4e00-\u9fff]{{1,22}}?{_SUFFIX}")
_MORE = re.compile(r"^(?:监委|员会|机关|[\u4e00-\u9fff]{2}分局)")  # 市纪委监委, 发展和改革委员会, 公安局鲤城分局
_LEAD_WORDS = re.compile(r"^(?:[上下]午|晚上|上旬|中旬|下旬|在|于|由|，|,|、|\s)+")
_HELD = re.compile(r"召开|举行|召集")
_CHAIR = re.compile(r"会议由([^，。；]{2,40}?)(?:主持|召集)")
_CHAIR_FIELD = re.compile(r"(?m)^\s*(?:主持单位|召集单位|召集人)\s*[:：]\s*(.+)$")
_ATTEND_LINE = re.compile(r"(?m)^\s*(?:参会|出席|参加|列席)(?:会议)?(?:单位|人员|部门)\s*[:：]\s*(.+)$")
_ATTEND_SENTENCE = re.compile(
    r"([^。：:]{2,200}?)(?:等(?:\d+|[一二三四五六七八九十]+)?个?(?:成员)?(?:单位|部门))?"
    r"(?:的)?(?:主要负责同志|分管负责同志|分管领导|负责同志|相关负责人|有关负责同志|主要负责人|负责人|相关同志|联络员|及|和|、)*"
    r"(?:参加|出席)(?:了)?(?:会议|本次会议)")
_DECISIONS = re.compile(r"议定(?:如下)?事项|会议(?:议定|决定|明确|确定|商定|同意)(?:了)?(?:以下|如下)?(?:事项|意见)?[:：]|纪要如下")
_ITEM = re.compile(r"(?m)^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*")
_STOP = re.compile(rf"(?m)^\s*(?:参会|出席|参加|列席|抄送|主送|分送|附件|印发|报送|发送|[\u4e00-\u9fff]{{2,30}}{_SUFFIX}\s*$)")
_OWNER = (
    re.compile(r"(?:责任单位|牵头单位|承办单位|落实单位)\s*[:：]\s*([^；;，,。）)\s]{2,30})"),
    re.compile(r"由([^，,。；;]{2,30}?)(?:牵头|负责|会同|组织|统筹)"),
    re.compile(r"^([^，,。；;]{2,30}?)(?:牵头|负责|会同|要|应|组织|统筹)"),
)
_HEADING = re.compile(r"^关于[^。]{0,40}。")
_DUE_FIELD = re.compile(r"(?:完成时限|办结时限|时限|完成时间)\s*[:：]\s*")
_MONTH_END = re.compile(r"(?:(?P<y>[0-9０-９〇○零一二三四五六七八九十]{4})\s*年\s*)?(?P<m>[0-9０-９一二三四五六七八九十]{1,2})\s*月\s*(?:底|末)")
_YEAR_END = re.compile(r"(?:(?P<y>[0-9０-９〇○零一二三四五六七八九十]{4})\s*年|年)\s*(?:底|末)前")
_AD_HOC = re.compile(r"临时|专题|专项|提请|不定期")
_REQUESTED = re.compile(r"(?:应|根据)([^，,。；]{2,30}?)(?:的)?(?:提请|提议|申请|要求)|([^，,。；：:]{2,30}?)提请召开")


@dataclass(frozen=True)
class MinutesDecision:
    seq: int
    text: str
    owner: str | None  # the agency as written
    due: dt.date | None


@dataclass(frozen=True)
class Minutes:
    title: str | None
    doc_no: str | None
    date: dt.date | None  # the meeting's
    convener: str | None  # as written
    attendees: tuple[str, ...]  # as written, the convener first
    decisions: tuple[MinutesDecision, ...]
    ad_hoc: bool  # the text calls it 临时/专题 … or says it was asked for
    summary: str  # what the minutes say before the decisions
    requested_by: str | None = None  # 应X提请: the member that asked for an ad hoc meeting (002 一(一))


def agencies_in(text: str) -> list[str]:
    """Agency names in a phrase, in order: 市财政局会同市市场监督管理局 → [市财政局, 市市场监督管理局]."""
    out: list[str] = []
    pos = 0
    while (m := _AGENCY.search(text, pos)) is not None:
        name, end = m.group(0), m.end()
        more = _MORE.match(text[end:])
        if more:
            name, end = name + more.group(0), end + more.end()
        out.append(_LEAD_WORDS.sub("", name))
        pos = end
    return [n for n in out if len(n) >= 3]


def _title(lines: list[str]) -> str | None:
    """The line with 纪要 (with the line before when it is only 专题会议纪要 or the like)."""
    for i, ln in enumerate(lines[:8]):
        if _TITLE.search(ln) and len(ln) <= 60:
            return lines[i - 1] + ln if i > 0 and len(ln) < 10 and len(lines[i - 1]) <= 40 else ln
    return None


def _meeting_date(text: str) -> dt.date | None:
    """The date of the first sentence that says the meeting was held; else a 会议时间 field."""
    for sentence in re.split(r"[。\n]", text):
        if _HELD.search(sentence):
            dates = [parse_date(m, None) for m in DATE.finditer(sentence)]
            found = next((d for d in dates if d is not None), None)
            if found:
                return found
    m = re.search(r"(?:会议)?时间\s*[:：]\s*", text)
    if m:
        d = DATE.search(text, m.end(), m.end() + 20)
        return parse_date(d, None) if d else None
    return None


def _convener(text: str) -> str | None:
    chaired = _CHAIR_FIELD.search(text)
    if chaired and agencies_in(chaired.group(1)):
        return agencies_in(chaired.group(1))[0]
    for sentence in re.split(r"[。\n]", text):
        held = _HELD.search(sentence)
        if not held:
            continue
        before = sentence[: held.start()]
        dates = list(DATE.finditer(before))
        head = before[dates[-1].end():] if dates else before
        names = agencies_in(head)
        if names:
            return names[0]
        chair = _CHAIR.search(text)
        if chair:
            names = agencies_in(chair.group(1))
            if names:
                return names[0]
    chair = _CHAIR.search(text)
    names = agencies_in(chair.group(1)) if chair else []
    return names[0] if names else None


def _attendees(text: str) -> list[str]:
    out: list[str] = []
    for m in _ATTEND_LINE.finditer(text):
        out += agencies_in(m.group(1))
    if not out:
        for m in _ATTEND_SENTENCE.finditer(text):
            clause = re.split(r"[，,；;]", m.group(1))
            # the attendee list is the clause right before 参加会议 (it may itself hold 、-separated names)
            out += agencies_in(clause[-1]) or agencies_in(m.group(1))
    return list(dict.fromkeys(out))


def _due(item: str, year: int | None) -> dt.date | None:
    field_at = _DUE_FIELD.search(item)
    scope = item[field_at.end():] if field_at else item
    m_end = _MONTH_END.search(scope)
    m_day = DATE.search(scope)
    if m_day and (not m_end or m_day.start() <= m_end.start()):
        return parse_date(m_day, year)
    if m_end:
        y = numbers.parse(m_end.group("y")) if m_end.group("y") else year
        mo = numbers.parse(m_end.group("m"))
        if y and mo and 1 <= mo <= 12:
            return dt.date(y, mo, calendar.monthrange(y, mo)[1])
    m_year = _YEAR_END.search(scope)
    if m_year:
        y = numbers.parse(m_year.group("y")) if m_year.group("y") else year
        return dt.date(y, 12, 31) if y else None
    return None


def _owner(item: str) -> str | None:
    """责任单位：X; 由X牵头/负责; X牵头/负责/会同…; else the agency the item opens with (after a 关于… heading)."""
    item = _HEADING.sub("", item)
    for rx in _OWNER:
        m = rx.search(item)
        if m:
            names = agencies_in(m.group(1))
            if names:
                return names[0]
    first = _AGENCY.match(item)
    return agencies_in(item[: first.end() + 6])[0] if first and agencies_in(item[: first.end() + 6]) else None


def _decisions(body: str, year: int | None) -> list[MinutesDecision]:
    stop = _STOP.search(body)
    body = body[: stop.start()] if stop else body
    starts = list(_ITEM.finditer(body))
    out: list[MinutesDecision] = []
    for i, m in enumerate(starts):
        end = starts[i + 1].start() if i + 1 < len(starts) else len(body)
        item = re.sub(r"\s+", "", body[m.end():end])
        if item:
            out.append(MinutesDecision(len(out) + 1, item[:300], _owner(item), _due(item, year)))
    return out


def read_minutes(text: str) -> Minutes | None:
    """The meeting a minutes text records; None when the text is not minutes (no 纪要 in its title)."""
    text = nfkc(text)
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = _title(lines)
    if title is None:
        return None
    no = next(iter(numbers_in(text[:400])), None)  # the first document number (the DOC_NO rule's finder)
    date = _meeting_date(text)
    convener = _convener(text)
    attendees = list(dict.fromkeys([*([convener] if convener else []), *_attendees(text)]))
    split = _DECISIONS.search(text)
    summary = text[:split.start()] if split else text
    summary = re.sub(r"\s+", "", summary.replace(title, "", 1))[:500]
    decisions = _decisions(text[split.end():], date.year if date else None) if split else []
    asked = _REQUESTED.search(summary)
    requested = agencies_in(asked.group(1) or asked.group(2)) if asked else []
    return Minutes(title, re.sub(r"\s+", "", text[no.start:no.end]) if no else None, date, convener, tuple(attendees),
                   tuple(decisions), bool(_AD_HOC.search(title + summary[:200])), summary,
                   requested[0] if requested else None)


# ------------------------------------------------------------------------------ recording
AGENCIES = cypher(
    "minutes.agencies",
    "MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.region AS region, a.aliases AS aliases",
)
MINUTES_DOCUMENTS = cypher(
    "minutes.documents",
    "MATCH (d:Document)\n"
    "WHERE (d.kind = 'minutes' OR d.title CONTAINS '纪要') AND d.text IS NOT NULL\n"
    "  AND NOT exists { (:Meeting)-[:EVIDENCED_BY]->(d) }\n"
    "RETURN d.id AS id, d.doc_no AS doc_no, d.path AS path, d.text AS text\n"
    "ORDER BY d.id",
)


class MinutesError(MeetingError):
    """Minutes that cannot be recorded: no date, no convener, an agency or mechanism not in the graph."""


@dataclass
class Directory:
    """The graph's agencies and mechanisms, to name what minutes write (市财政局 in 绵竹市 → 绵竹市财政局)."""

    agencies: list[dict[str, Any]]
    mechanisms: list[dict[str, Any]]
    regions: list[tuple[str, str]] = field(default_factory=list)  # (what a text may write, region), longest first

    @classmethod
    def of(cls, graph: Graph) -> Directory:
        agencies = graph.read(AGENCIES)
        regions: dict[str, str] = {}
        for r in {a["region"] for a in agencies if a["region"]}:
            for form in (r, re.sub(r"^.{2,4}?[省市州盟]", "", r), r[:-1] if len(r) >= 3 and r[-1] in "市县区" else r):
                if len(form) >= 2:
                    regions.setdefault(form, r)
        return cls(agencies, graph.read(MECHANISMS, {"region": None, "id": None}),
                   sorted(regions.items(), key=lambda kv: -len(kv[0])))

    def region_of(self, text: str) -> str | None:
        return next((region for form, region in self.regions if form in text), None)

    def agency(self, name: str, region: str | None) -> dict[str, Any] | None:
        key = lookup_key(name)
        exact = [a for a in self.agencies if lookup_key(a["name"]) == key]
        if len(exact) == 1:
            return exact[0]
        local = [a for a in self.agencies if a["region"] == region] if region else []
        for hit in ([a for a in exact if a in local],
                    [a for a in local if key in {lookup_key(x) for x in a["aliases"] or []}],
                    [a for a in local if lookup_key(a["name"]).endswith(key)]):
            if len(hit) == 1:
                return hit[0]
        return None


def record_minutes(graph: Graph, m: Minutes, *, document: str | None = None, directory: Directory | None = None,
                   source: str = SOURCE, synthetic: bool = False) -> str:
    """Record the meeting ``m`` and its decisions (``document``: the minutes' Document id, linked as evidence).
    Returns the meeting id; raises :class:`MinutesError` saying what is missing."""
    d = directory or Directory.of(graph)
    what = m.doc_no or m.title or "minutes"
    if m.date is None:
        raise MinutesError(f"{what}: no meeting date found (a sentence with 召开 and its date, or 会议时间：)")
    if m.convener is None:
        raise MinutesError(f"{what}: no convening agency found (X召开… / 会议由X主持)")
    region = d.region_of((m.title or "") + m.convener)
    convener = d.agency(m.convener, region)
    if convener is None:
        raise MinutesError(f"{what}: the convener {m.convener!r} is not an agency in the graph"
                           f"{' of ' + region if region else ''} — load the agency directory (liandong reference load)")
    region = convener["region"]
    mechanisms = [x for x in d.mechanisms if x["region"] == region]
    named = [x for x in mechanisms if lookup_key(re.sub(r"(工作)?(机制|制度)$", "", x["name"])) in lookup_key(m.title or "")]
    led = [x for x in mechanisms if convener["id"] in (x["lead_id"], x["convener"])]
    mech = next((c[0] for c in (named, led, mechanisms) if len(c) == 1), None)
    if mech is None:
        raise MinutesError(f"{what}: cannot tell which mechanism of {region} met ({len(mechanisms)} there: "
                           f"{'、'.join(x['name'] for x in mechanisms) or 'none'}) — name it in the title")
    attendees: list[str] = []
    for name in m.attendees:
        a = d.agency(name, region)
        if a is None:
            raise MinutesError(f"{what}: attendee {name!r} is not an agency of {region} in the graph")
        attendees.append(a["id"])
    owners: list[tuple[MinutesDecision, str]] = []
    for dec in m.decisions:
        owner = d.agency(dec.owner, region) if dec.owner else None
        if owner is None:
            raise MinutesError(f"{what}: decision {dec.seq} ({dec.text[:30]}…) names no owner agency of {region}"
                               + (f" ({dec.owner!r} is not one)" if dec.owner else " (责任单位 / 由…牵头)"))
        owners.append((dec, owner["id"]))
    requested = d.agency(m.requested_by, region) if m.requested_by else None
    regular = not m.ad_hoc and convener["id"] == (mech["convener"] or mech["lead_id"])
    mid = add_meeting(graph, mech["id"], on=m.date, kind="regular" if regular else "ad_hoc", convener=convener["id"],
                      attendees=tuple(attendees), requested_by=requested["id"] if requested else None,
                      topic=m.title, minutes=m.summary, minutes_doc=m.doc_no,
                      source=source, synthetic=synthetic)
    have = {x["seq"] for x in meeting(graph, mid)["decisions"]}
    for dec, owner_id in owners:
        if dec.seq not in have:  # a decision's identity is (meeting, seq): recording again adds nothing
            add_decision(graph, mid, text=dec.text, owner=owner_id, due=dec.due, source=source, synthetic=synthetic)
    if document:
        f = RecordFactory(synthetic=synthetic)
        write_unit(graph, Unit(rels=[f.rel("EVIDENCED_BY", mid, document, source=source)]))
    return mid


@dataclass(frozen=True)
class MinutesOutcome:
    document: str
    meeting_id: str | None
    problem: str | None


def meetings_from_documents(graph: Graph, *, source: str = SOURCE) -> list[MinutesOutcome]:
    """Record the meeting of every ingested minutes document that has none yet."""
    d = Directory.of(graph)
    out: list[MinutesOutcome] = []
    for doc in graph.read(MINUTES_DOCUMENTS):
        m = read_minutes(doc["text"] or "")
        name = doc["doc_no"] or doc["path"] or doc["id"]
        if m is None:
            continue
        if m.doc_no is None and doc["doc_no"]:
            m = replace(m, doc_no=doc["doc_no"])
        try:
            out.append(MinutesOutcome(name, record_minutes(graph, m, document=doc["id"], directory=d, source=source),
                                      None))
        except MeetingError as e:
            out.append(MinutesOutcome(name, None, str(e)))
    return out
