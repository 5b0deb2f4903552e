"""Read what a letter does: raw-text rules over its layout → :class:`supervision.acts.LetterAct`.

>>> act = read_letter(text, file="回执.txt", sha256="…", agency=resolver_fn)   # doctest: +SKIP
>>> act.kind, act.issuer, act.addressee, act.doc_no, [c.number for c in act.cites]

An official letter has a layout that says most of it: the red header (the issuing organ), the
document number (文号) under it, the title, the addressee line ending in a colon, the body with
its opening formula (根据你局…移送的…, 现将…移送你局, 经审查…不属于本部门职责…予以退回), the closing
formula, the signature organ and the date. The kind of act is read from the title first and the
body's formulas second — never from a trained model, so it does not depend on the letters the
model was trained on. Agencies are returned as full names: ``agency(name, context_issuer)`` (the
resolver, with the issuer's locality) completes 县财政局 / 市局 forms; 你局 and 我局 are the
addressee and the issuer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from graph.types.text import simplified as simplified_view
from graph.types.text import view as text_view
from ingest import doc_numbers
from ingest.agency_shape import ADDRESSEE_REF as _YOU
from ingest.agency_shape import SELF_REF as _SELF
from ingest.agency_shape import agency_shaped as _agency_like
from ingest.company_shape import CO_LEFT_STOP
from ingest.doc_numbers import Found
from ingest.letter_fields import bar_cells, column_role, names_of, pattern_of
from ingest.letter_layout import (
    DATE,
    NUM,
    addressee_line,
    clean_organ,
    dates_in,
    form_fields,
    header_and_title,
    lines,
    nfkc,
    numbers_in,
    own_date,
    parse_date,
    signature,
    title_key,
)
from supervision.acts import Citation, LetterAct

AgencyNamer = Callable[[str, str | None], str | None]

# ------------------------------------------------------------------------------ what read_letter looks for
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()]{2,40}?(?:有限责任公司|股份有限公司|有限公司|集团公司|合作社|事务所|公司)")
_COMPANY_LEAD = re.compile(r"^.*?(?:移送|转送|退回|反映|举报|投诉|邀约|涉及|关于|对|将|与|和|及|由|是|为|系|的|候选人|供应商|"
                           r"投标人|中标人|成交人|被投诉人|投诉人|当事人|单位|名称)")
_PROJECT = re.compile(rf"(?:{pattern_of('project')})\s*[:：为]?\s*(?P<p>[A-Za-z0-9][A-Za-z0-9\-－_/.]{{4,40}})")
_CODE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9\-]*\d{4})[A-Z][A-Z0-9]{1,14}(?:[-－_][A-Z0-9]{1,14}){1,6}(?![A-Za-z0-9])")
_PROJECT_NAME = re.compile(r"[“\"「]([^”\"」]{6,60}?(?:项目|工程|采购|施工))[”\"」]|([\u4e00-\u9fff0-9（）()]{6,60}?(?:项目|工程))(?=[（(]\s*(?:项目)?编号)"
                           # running text: a name ending in 项目 that opens its clause (问：X三期项目，…), not 该项目/本项目
                           r"|(?:(?<=[：:，,。；;\n])|(?<=关于))(?!该|本|此|上述|这|那|其|各|相关|有关|同类|其他|以上|下列|所涉|涉及)"
                           r"([\u4e00-\u9fff0-9（）()]{6,40}?项目)(?=[，,。；;的中])")
# what a clause before 项目 holds when it is no name (水利局的赵丽萍在该项目中, 我局在此次采购项目)
_NOT_A_NAME = re.compile(r"[的该本此其在与和及对向从由被把将了是为请述他属不]|我|你|贵|超出|利用|介绍|分管|指定|承担|负责|参与|参加|承接|中标|投标|进行")
# a number written as a project's (项目编号：凤采〔2025〕第118号) numbers the project, not a document
_PROJECT_VALUE = re.compile(rf"(?:{'|'.join(map(re.escape, names_of('project', where='form')))})\s*[:：为]?\s*$")
_CASE_NO = re.compile(rf"(?:{pattern_of('case')})\s*[:：为]?\s*"
                      r"(?P<c>[A-Za-z0-9\u4e00-\u9fff\-－_〔〕\[\]()（）]{4,30}?号?)(?=[\s，。,；;）)]|$)")

def _squeeze(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _own_number(view: str, numbers: list[Found]) -> Found | None:
    """The letter's own number: the first in its top 25 lines standing (nearly) alone on its line —
    beside it at most a code-like run of characters, a field name (文号：) or six other characters,
    never a sentence that quotes it (根据…) nor the field of the transfer a receipt records (移送文号)."""
    limit = seen = 0
    while limit < len(view) and seen < 25:  # the end of the 25th line that is not blank
        nl = view.find("\n", limit)
        nl = len(view) if nl < 0 else nl
        seen += bool(view[limit:nl].strip())
        limit = nl + 1
    for f in numbers:
        if f.start >= limit:
            break
        ls = view.rfind("\n", 0, f.start) + 1
        le = view.find("\n", f.end)
        le = len(view) if le < 0 else le
        before = _squeeze(re.split(r"[ \u3000]{2,}", view[ls:f.start])[-1])  # a part of a spaced line: 文号 ⋯ 机关
        after = _squeeze(re.split(r"[ \u3000]{2,}", view[f.end:le])[0])
        segment = before + _squeeze(view[f.start:f.end]) + after
        extra = (0 if re.fullmatch(r"[\u4e00-\u9fff]{0,12}", before) else len(before)) + len(after)
        if any(n in before for n in names_of("transfer_number")):
            continue  # 移送文号：X in a receipt is the number of the transfer it records, cited
        if (extra <= 6 or segment.startswith(names_of("number"))) and not segment.startswith(("根据", "依据")):
            return f
    return None


def _relative_name(name: str, issuer: str | None, addressee: str | None) -> str | None:
    s = simplified_view(name)[0]
    if _SELF.match(s):
        return issuer
    if _YOU.match(s):
        return addressee
    return None


_DISCIPLINE = re.compile(r"^(?:中国共产党|中共)?(?P<place>.+?)(?:纪律检查委员会|监察委员会|纪委监委|纪委|监委)(?:机关)?$")
_SUBUNIT = re.compile(r"^(?P<org>.+(?:分局|局|委员会|委|院))(?:[\u4e00-\u9fff]{0,12}(?:大队|中队|支队|科|股|室|处|组))$")


_ORGAN_SHORT = (("市场监管局", "市场监督管理局"), ("住建局", "住房和城乡建设局"), ("发改委", "发展和改革委员会"),
                ("发改局", "发展和改革局"), ("公管局", "公共资源交易监督管理局"), ("人社局", "人力资源和社会保障局"),
                ("卫健委", "卫生健康委员会"), ("卫健局", "卫生健康局"), ("交通局", "交通运输局"), ("自然资源局", "自然资源和规划局"))


def full_agency_name(name: str, places: Any | None = None) -> str:
    """The full name of an agency written short: organ abbreviations expanded (区市场监管局 →
    区市场监督管理局) and a district completed with its city (鲤城区财政局 → 泉州市鲤城区财政局,
    璧山区财政局 → 重庆市璧山区财政局); counties and county-level cities stand alone."""
    n = canonical_agency(name)
    for short, full in _ORGAN_SHORT[:-1]:
        if n.endswith(short) and not n.endswith(full):
            n = n[: -len(short)] + full
            break
    if places is not None:
        chains, last, end = places.parse(n)
        if len(chains) == 1 and last.endswith("区") and not last.endswith(("自治区", "地区", "林区")):
            prov, pref, county = chains[0]
            parent = pref or prov
            head = n[: end - len(last)]
            if parent and county == last and not head and parent != last:
                n = parent + n
    return n


def canonical_agency(name: str) -> str:
    """One name for one body: a sub-unit signs for its agency (…分局经济犯罪侦查大队 → …分局), and
    the discipline commission and the supervision commission of a place, which work as one body
    (纪委监委合署办公), are named 中共<place>纪律检查委员会."""
    n = re.sub(r"\s+", "", name)
    m = _SUBUNIT.match(n)
    if m and not n.endswith(("委员会", "管委会")):
        n = m.group("org")
    d = _DISCIPLINE.match(n)
    if d and len(d.group("place")) >= 2:
        n = f"中共{d.group('place')}纪律检查委员会"
    return n


# ------------------------------------------------------------------------------ kinds
# title patterns, first match wins (order matters: a 退回 of a 协助办理函 is an assistance return)
_TITLE_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a reminder of a deadline (催办函, 关于催报…办理情况的函) asks for an answer: no act of its own
    ("other", re.compile(r"催办|催报|催告|提醒函")),
    # a report on the transfers made and received (…移送和接收情况的报告) transfers nothing itself
    ("other", re.compile(r"(移送|移交|接收)[^\n]{0,12}情况[^\n]{0,4}(报告|汇报|统计|通报)$|"
                         r"(移送|移交|接收)(?:问题)?(?:线索|案件|工作)?情况的?函$")),   # (…线索移送情况的函 too; not 移送事项受理情况的函)
    ("assist_return", re.compile(r"退回.{0,20}(协助|协查)|(协助|协查).{0,20}退回")),
    ("assist_reply", re.compile(r"(协助|协查|协助调查|协助核查).{0,20}(复函|覆函|回复|答复|反馈|结果)|复函|覆函|(回复|答复).{0,20}(协助|协查)")),
    ("assist_request", re.compile(r"协助办理函|协查函|协助调查函|协助核查函|(商请|请求|恳请|提请)(予以)?协助|协助.{0,20}的函")),
    ("receipt", re.compile(r"回执|签收单|接收单|收件单")),
    ("decline", re.compile(r"不予立案|不予受理")),
    ("complaint_accept", re.compile(r"投诉(受理|立案)通知|受理投诉通知")),
    ("complaint_decision", re.compile(r"投诉处理决定|投诉.{0,6}处理意见")),
    ("complaint_redirect", re.compile(r"投诉.{0,12}(告知|转办|引导|答复|不予受理)|告知.{0,12}投诉")),
    ("forward_notice", re.compile(r"转送.{0,12}告知|告知.{0,20}(转送|移送.{0,12}有管辖权)")),
    ("accept", re.compile(r"立案告知|受理回告|受理.{0,6}(告知|回告|通知|情况)|立案.{0,6}(回告|通知|情况)")),
    ("outcome_report", re.compile(r"(办理|处理|处置|查处|核查|调查|办结)(结果|情况).{0,6}(回告|反馈|报告|告知|函|通报)|结果(回告|反馈)|办结.{0,6}回告|"
                                  r"移送(审查)?起诉.{0,6}告知")),  # 移送审查起诉告知书: the case went on, told to its sender
    ("return", re.compile(r"退回")),
    ("forward", re.compile(r"转送|转交|转移管辖")),
    ("anomaly_report", re.compile(r"异常(情况)?.{0,10}报告|监测.{0,10}报告|(交易|见证).{0,10}问题.{0,10}报告")),
    ("penalty", re.compile(r"行政处罚决定书|处罚决定书|行政处理决定书")),
    ("complaint", re.compile(r"^投诉书$|投诉书$|举报信$")),
    ("transfer", re.compile(r"移送|移交|转办|交办|线索.{0,6}(函|通报)")),
)
_BODY_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("complaint_redirect", re.compile(r"向.{2,30}(提起|提出|递交)投诉|不属于本(局|机关|部门|单位).{0,10}(职责|受理).{0,80}投诉")),
    ("decline", re.compile(r"(决定|依法)?不予(立案|受理)")),
    ("return", re.compile(r"不属于(本|我)(部门|单位|局|委|机关|院)?.{0,12}(职责|管辖|职能).{0,60}退回|(予以|现将.{0,40})退回")),
    ("forward_notice", re.compile(r"(已|现)?(将|把).{0,60}(转送|移送)(至|给)?.{0,30}(有管辖权|管辖).{0,30}特此(告知|函告)")),
    ("forward", re.compile(r"(属于|不属于)本级.{0,20}管辖|转送你|转交你|移送你.{0,20}管辖")),
    ("outcome_report", re.compile(r"(已|现已)?(办理|处理|调查|核查)完毕|办结|处理结果(如下|回告)|查处结果")),
    ("accept", re.compile(r"(决定|已|依法)(予以)?(立案|受理)")),
    ("receipt", re.compile(r"(已|现已)?(收到|签收|接收).{0,40}(材料|案卷|函件)")),
    ("transfer", re.compile(r"(现将|特将|现把|依法将).{0,80}(移送|移交|转办|交办|转|交)(给)?(你|贵)|(移送|移交)(你|贵)(局|委|院|中心|单位)")),
)


def classify(title: str | None, body: str, addressee_is_agency: bool) -> str:
    t = re.sub(r"\s+", "", simplified_view(title or "")[0])   # 转 办 函: a title spaced out
    for kind, rx in _TITLE_KINDS:
        if rx.search(t):
            if kind == "forward_notice" or (kind == "forward" and "告知" in t):
                return "forward_notice"
            if kind == "complaint_redirect" and addressee_is_agency:
                continue
            return kind
    b = simplified_view(body)[0]
    if re.match(r"^(回执|收件回执|接收回执)[:：]", b):
        return "receipt"
    for kind, rx in _BODY_KINDS:
        if kind == "complaint_redirect" and addressee_is_agency:
            continue
        if rx.search(b):
            return kind
    return "other"


# ------------------------------------------------------------------------------ anchors
def _date_after(b: str, pattern: str, year: int | None, before: dt.date | None, reach: int = 40) -> dt.date | None:
    """The date written just before a phrase (于2024年3月5日收到 / 3月5日收悉)."""
    rx = re.compile(rf"(?P<date>(?:{NUM}{{4}}\s*年\s*)?{NUM}{{1,2}}\s*月\s*{NUM}{{1,3}}\s*日)[^。；;]{{0,{reach}}}?(?:{pattern})")
    for m in rx.finditer(b):
        dm = DATE.search(m.group("date"))
        if dm:
            d = parse_date(dm, year, before)
            if d:
                return d
    return None


def _date_field(b: str, pattern: str, year: int | None, before: dt.date | None) -> dt.date | None:
    """A date written after a label (收到时间：2024年3月5日)."""
    rx = re.compile(rf"(?:{pattern})\s*[:：为]?\s*(?P<date>(?:{NUM}{{4}}\s*年\s*)?{NUM}{{1,2}}\s*月\s*{NUM}{{1,3}}\s*日)")
    m = rx.search(b)
    if m:
        dm = DATE.search(m.group("date"))
        if dm:
            return parse_date(dm, year, before)
    return None


_AGENCY_AFTER = re.compile(r"(?:移送|转送|移交|转交)(?:至|给|到)?(?P<a>[\u4e00-\u9fff]{2,30}?(?:分局|支队|大队|监督管理局|管理局|局|委员会|纪委监委|监委|委|人民检察院|检察院|人民法院|法院|中心|办公室|政府))")


def _target(b: str, year: int | None, before: dt.date | None) -> tuple[str | None, dt.date | None]:
    """Where a matter went next and when: the agency after 移送/转送 (至), dated by the last date
    written earlier in the same sentence (于X月X日…移送, X月X日侦查终结，同日…移送)."""
    best: tuple[str | None, dt.date | None] = (None, None)
    for m in _AGENCY_AFTER.finditer(b):
        name = re.sub(r"^(该案|本案|案件|全案|相关材料|案件材料|线索|该线索|有管辖权的|依法)+", "", m.group("a"))
        if _YOU.match(name) or _SELF.match(name) or len(name) < 3 or "的" in name or not _agency_like(name):
            continue
        start = max(b.rfind("。", 0, m.start()), b.rfind("；", 0, m.start()), m.start() - 90) + 1
        found = dates_in(b[start:m.start()], year, before)
        d = found[-1][2] if found else None
        best = (name, d)
        if d:
            return best
    return best


def _first_finding(b: str, year: int | None, date: dt.date | None) -> dt.date | None:
    """The first date of the body, when the sender's own work is what happened on it (我局于X日对…开展检查,
    X日，我局在…) — not a bid opening or a publication date."""
    for start, end, d in dates_in(b, year, date):
        around = b[max(0, start - 12): end + 30]
        if date is not None and not (dt.timedelta(0) <= date - d <= dt.timedelta(days=180)):
            continue
        if re.search(r"开标|评标|招标|公告|中标|成交|签订|发布|评审|截止|完成|^至|^—|^-", b[end:end + 12]):
            continue
        if re.search(r"(我|本)(局|委|中心|厅|院|办|机关)", around) and \
                re.search(r"开展|检查|核查|发现|收到|接到|审计|监测|调查|巡查|核实|办理|处理", b[end:end + 60]):
            return d
    return None


def _reason(b: str) -> str | None:
    for sent in re.split(r"(?<=[。；])", b):
        if re.search(r"不属于|不符合|缺少|未附|未提供|不完整|不齐全|理由|原因|超出", sent):
            return sent.strip()[:200]
    return None


def _project_name(written: str) -> str:
    """A project's name as letters about it share it: what the sentence says before it cut off
    (X局对…, 关于…, 反映|X项目)."""
    name = re.sub(r"^.*(日|局|委|院|心)(对于|对|就|在|关于)", "", written)
    name = re.sub(r"^(关于|对于|对|就|在|的|反映|举报|投诉|涉及|有关)+", "", name)
    # one project however its kind of work and brackets are written (X（三期）施工项目, X三期工程, “X（三期）施工”项目)
    return re.sub(r"(施工|采购|项目|工程)+$", "", re.sub(r"[（）()]", "", name))


def _register_projects(view: str) -> set[str]:
    """The projects a register's rows name in a column of projects (| 涉及项目/单位 | … | 市住建局城北片区老旧
    小区改造（二期）；鑫盛建筑 |): each item of the cell, as a project key — a register holds several matters,
    each row's letters are of its own (:func:`supervision.grouping.matter_pairs` links directly only)."""
    out: set[str] = set()
    col: int | None = None
    width = 0
    for line in view.split("\n"):
        if not re.search(r"[|｜│┃]", line):
            col = None
            continue
        cells = [t for _, t in bar_cells(line)]
        if col is None:
            col = next((k for k, t in enumerate(cells) if column_role(t) == "project_name"), None)
            width = len(cells)
            continue
        if len(cells) != width or not any(cells[col:col + 1]):
            continue   # a border (|---|) or a row of another shape
        for item in re.split(r"[；;]", cells[col]):
            name = _project_name(re.sub(r"\s+", "", item))
            if len(name) >= 8 and not _NOT_A_NAME.search(name) and not re.search(r"[0-9]号|同第|公司$", name):
                out.add("名称:" + name)
    return out


def _parties(body: str, companies: list[str]) -> tuple[str, ...]:
    names = list(companies)
    for m in _COMPANY.finditer(body):
        names.append(m.group(0))
    out = []
    for n in names:
        n = simplified_view(n)[0].replace(" ", "")
        stop = CO_LEFT_STOP.match(n[:-2])  # what the sentence says before the name (…直接指定|四川…公司)
        if stop and len(n) - stop.end() >= 6:
            n = n[stop.end():]
        while len(n) > 8:
            cut = _COMPANY_LEAD.sub("", n)
            if cut == n or len(cut) < 6:
                break
            n = cut
        if len(n) >= 6 and "某" not in n and not re.search(r"(你|我|本|该|贵|此|各|其|两|三|多)(家)?公司$", n) \
                and not re.match(r"^[日月年号]", n):
            out.append(n)
    return tuple(sorted(set(out)))


# ------------------------------------------------------------------------------ the reader
def read_letter(text: str, *, file: str, sha256: str, agency: AgencyNamer | None = None,
                entities: list[dict[str, Any]] | None = None) -> LetterAct:
    """One letter's act. ``agency(name, issuer_full_name)`` returns the full name of an agency
    mention (``None`` when it cannot be placed); without it names stay as written."""
    namer: AgencyNamer = agency or (lambda name, ctx: name)
    view = simplified_view(text)[0]
    vlines = lines(view)
    header, title, after_title = header_and_title(vlines)
    date = own_date(vlines)
    year = date.year if date else None

    # number: the first document number in the top lines, standing (nearly) alone; every number is a
    # DOC_NO span of extraction (the same finder), kept here in the view with its blanks squeezed out —
    # the form the letters of a thread are joined by, and the one ingestion stores
    numbers = [f for f in numbers_in(view) if not _PROJECT_VALUE.search(view, max(0, f.start - 12), f.start)]
    own = _own_number(view, numbers)
    doc_no = _squeeze(view[own.start:own.end]) if own else None
    raw_addressee = addressee_line(vlines, after_title or 1)
    sig = signature(vlines)
    form_sender, form_receiver = form_fields(vlines[:40])
    issuer_raw = form_receiver or sig or header
    if raw_addressee is None and form_sender:
        raw_addressee = form_sender + "："
    issuer = namer(issuer_raw, None) if issuer_raw else None
    if issuer is None and header:
        issuer = namer(header, None)
    addressee = None
    addressee_is_agency = False
    if raw_addressee:
        s = clean_organ(raw_addressee)
        if _agency_like(s) or re.search(r"(局|委|院|中心|分局|政府)$", s):
            addressee = namer(s, issuer) or s
            addressee_is_agency = True

    body_start = 0
    if raw_addressee and not form_sender:
        idx = view.find(raw_addressee)
        body_start = idx + len(raw_addressee) if idx >= 0 else 0
    body = view[body_start:]
    flat = re.sub(r"\s+", "", body)
    kind = classify(title, flat, addressee_is_agency)
    if kind == "transfer" and issuer and "交易中心" in issuer and re.search(r"报告", simplified_view(title or "")[0]):
        kind = "anomaly_report"
    plain = re.sub(r"《[^》]{0,80}》", "《》", flat)  # titles cited in the body say nothing of this letter's act
    if kind in ("outcome_report", "accept", "other") and re.search(r"不属于(我|本)(局|委|院|中心|机关|单位|部门).{0,6}管辖", plain) \
            and re.search(r"将.{0,40}(转送|移送)(至|给|到)?", plain):
        kind = "forward_notice"
    elif kind == "outcome_report" and not re.search(r"办结|完毕|结案|处分|处罚|终结|起诉|处理如下|处理结果", plain) \
            and re.search(r"决定.{0,20}(初步核实|初核|立案|受理)", plain):
        kind = "accept"

    # citations: every number but the letter's own
    cites: list[Citation] = []
    half = text_view(view)  # the view the finder reads: a list's further serials are read there
    for f in numbers:
        no = _squeeze(view[f.start:f.end])
        further = doc_numbers.listed(half, f)  # X〔2025〕9号、10号: X〔2025〕10号 is cited too
        named = [no] + [_squeeze(view[f.start:further[0]]) + serial + "号" for serial in further[1]] if further else [no]
        ctx = _squeeze(view[max(0, f.start - 90):f.start])[-60:]
        ctx = ctx[ctx.rfind("《"):] if "《" in ctx else ctx[-30:]
        policy = bool(re.search(r"(办法|制度|规定|意见|方案|细则|规则|通知|决定|条例|实施|机制|纪要)》?[(（]?$", ctx)) and \
            not re.search(r"(函|书|回执|回告|告知|报告)》?[(（]?$", ctx)
        cites += [Citation(n, letterish=not policy) for n in named if n != doc_no]
    case_nos = tuple(sorted({m.group("c") for m in _CASE_NO.finditer(flat)}))
    cited_titles = tuple(sorted({title_key(t) for t in re.findall(r"《([^》]{8,80})》", flat)
                                 if re.search(r"(函|书|报告|告知|回告|回执|通知)$", t)}))
    ents = entities or []
    projects = {nfkc(e["text"]).strip() for e in ents if e.get("label") == "PROJECT_NO"}
    projects |= {nfkc(m.group("p")).rstrip(".") for m in _PROJECT.finditer(nfkc(flat))}
    projects |= {m.group(0) for m in _CODE.finditer(nfkc(flat)) if not numbers_in(m.group(0))}
    projects |= {"名称:" + name for m in _PROJECT_NAME.finditer(flat)
                 if len(name := _project_name(m.group(1) or m.group(2) or m.group(3))) >= 6
                 and not (m.group(3) and _NOT_A_NAME.search(m.group(3)))}
    projects |= _register_projects(view)
    companies = [e["text"] for e in ents if e.get("label") == "COMPANY"]

    # dates written in the body
    received = _date_after(flat, r"收到|收悉|签收|接收|接到", year, date) or _date_field(flat, pattern_of("received"), year, date)
    decided = _date_after(flat, r"(决定|依法)?(予以)?(立案|受理|初步核实|初核)|作出.{0,8}(立案|受理|不予立案|不予受理)决定|不予(立案|受理)",
                          year, date) \
        or _date_field(flat, pattern_of("decided"), year, date)
    handled = _date_after(flat, r"(办理|处理|调查|核查|查处)完毕|办结|作出.{0,40}(处罚|处分|处理)|给予.{0,30}处分|侦查终结|"
                          r"结案|审查起诉", year, date, reach=60) \
        or _date_field(flat, pattern_of("handled"), year, date)
    found = None
    if kind in ("transfer", "anomaly_report"):
        found = _date_after(flat, r"(收到|接到|受理).{0,20}(举报|投诉|反映|线索)|发现", year, date) or _first_finding(flat, year, date)
    elif kind in ("complaint_redirect", "complaint_accept"):
        found = _date_after(flat, r"(提交|提出|递交|寄来|反映)|投诉", year, date) or received
    target, target_date = (None, None)
    if kind in ("forward_notice", "outcome_report"):
        t_name, target_date = _target(plain, year, date)
        if t_name:
            rel = _relative_name(t_name, issuer, addressee)
            target = rel or namer(t_name, issuer)
        if kind == "outcome_report" and target in (None, addressee, issuer):
            target, target_date = None, None
    if kind == "forward" and not addressee_is_agency:
        t_name, target_date = _target(flat, year, date)
        target = namer(t_name, issuer) if t_name else None
    recorded = _date_after(flat, r"(信用|公示系统|平台).{0,30}(记录|公示|公布|推送)", year, date, reach=40)
    if kind == "complaint":  # the complainant's own letter: to the agency, from no agency
        addressee = addressee or issuer
        issuer = None
    matter = "clue" if re.search(r"线索", simplified_view(title or "")[0] + flat[:200]) else "case"
    reason = _reason(flat) if kind in ("return", "assist_return", "decline", "complaint_redirect", "forward") else None
    notes = []
    if issuer is None:
        notes.append("no issuing agency found in the header or the signature")
    if date is None:
        notes.append("no date found in the signature")
    return LetterAct(
        file=file, sha256=sha256, kind=kind, doc_no=doc_no, date=date, title=title, issuer=issuer,
        addressee=addressee, cites=tuple(cites), case_nos=case_nos, cited_titles=cited_titles,
        title_key=title_key(title) if title else None, projects=tuple(sorted(projects)),
        parties=_parties(flat, companies), matter=matter, received=received, decided=decided, handled=handled,
        found=found, recorded=recorded, target=target, target_date=target_date, reason=reason, notes=tuple(notes),
    )


# ------------------------------------------------------------------------------ agency names in context
def loc_has_level(loc: Any, char: str) -> bool:
    """The locality (or one of its parents) is a 区 / 县 / 市 — what a relative 区X / 县X / 市X needs."""
    while loc is not None:
        if getattr(loc, "level_char", "") == char:
            return True
        loc = loc.parent
    return False


def agency_namer(resolver: Any, found: list[Any] | None = None) -> AgencyNamer:
    """Full agency names for a letter's act, in the locality of ``context`` (its issuer), with the
    resolver (:class:`ingest.resolve.Resolver`: the directory and what the graph holds). The agencies
    not known yet are collected in ``found`` (ingestion stores them with the letter). A name that
    cannot be placed gives None: never a phantom agency."""
    found = found if found is not None else []

    def name(mention: str, context: str | None) -> str | None:
        loc = resolver._place(context, f"letter issuer {context}") if context else None  # divisions, directory, stored agencies
        node = resolver.agency(mention, loc, "letters")
        zone = re.search(r"高新区|经开区|开发区|新区|园区|试验区|管委会", mention)
        if zone and zone.group(0) not in str(node.props["name"]):
            return full_agency_name(mention, resolver.places)  # a zone the gazetteer misplaces: as written
        level = re.match(r"^(区|县|市)(?!场)", mention)
        if level and not loc_has_level(loc, level.group(1)):
            return mention  # 区X from a letter of a 市: the set's full name is found by supervision.threads
        canonical = full_agency_name(str(node.props["name"]), resolver.places)
        if (not node.masked and canonical != node.props["name"]
                and resolver.directory.resolve(str(node.props["name"]), node.props.get("region")) is None):
            node = resolver.agency(canonical, loc, "letters")  # the one name of its body
        if node.masked:
            return None
        if node.new and node.id not in {n.id for n in found}:
            found.append(node)
        return str(node.props["name"])

    return name


def letter_act(text: str, *, file: str, sha256: str, resolver: Any) -> tuple[LetterAct, list[Any]]:
    """A letter's act with its agencies named in full by ``resolver``, and the agency nodes it named
    that the graph does not hold yet — for ingestion, ``threads rebuild --reread`` and ``extract``."""
    found: list[Any] = []
    return read_letter(text, file=file, sha256=sha256, agency=agency_namer(resolver, found)), found
