"""The layout of an official letter, read from its raw text: its lines, red header, title, addressee
line, signature, a form's sender and receiver fields, its own date — and the text primitives they
use (dates with Chinese numerals, the title key); document numbers are found by
:mod:`ingest.doc_numbers`, the module the DOC_NO rule uses too (:func:`numbers_in`).

:mod:`ingest.letters` reads a letter's act from these; :mod:`ingest.minutes` reads minutes with the
same primitives. Pure ``re`` and the types registry: no model, no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from graph.types import numbers  # 2021, ２０２１, 二〇二一, 十二, 二十三 → int
from graph.types.text import simplified as simplified_view
from graph.types.text import view as text_view
from ingest import doc_numbers
from ingest.agency_shape import ORGAN_END as _ORGAN_END
from ingest.agency_shape import agency_shaped as _agency_like
from ingest.doc_numbers import Found
from ingest.letter_fields import SEAL, fields, names_of

# ------------------------------------------------------------------------------ text primitives
NUM = r"[0-9０-９〇○零一二三四五六七八九十Ｏ]"
DATE = re.compile(rf"(?:(?P<y>{NUM}{{4}})\s*年\s*)?(?P<m>{NUM}{{1,2}})\s*月\s*(?P<d>{NUM}{{1,3}})\s*日")
ISO = re.compile(r"(?<!\d)(?P<y>20\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?!\d)")



def numbers_in(text: str) -> list[Found]:
    """The document numbers of ``text`` (as written or in any view of it) that number a letter
    (:func:`ingest.doc_numbers.numbers_a_letter`), in text order: the DOC_NO rule's own finder, over
    the view extraction reads, so a number here is a DOC_NO span there."""
    seen = text_view(text)
    return sorted((f for f in doc_numbers.find(seen) if doc_numbers.numbers_a_letter(seen, f)), key=lambda f: f.start)


def _whole_line_number(line: str) -> bool:
    """The line is a document number and nothing else."""
    return any(not line[:f.start].strip() and not line[f.end:].strip() for f in numbers_in(line))


_NOT_ADDRESSEE = re.compile(r"^(附件|抄送|主送|联系人|联系电话|电话|地址|主题词|事由|案由|签收|收到|日期|时间|经办人|"
                            r"备注|说明|印发|文号|编号|项目|材料|移送|接收)")


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def title_key(title: str) -> str:
    """How a title is compared when one letter cites another by title only."""
    t = simplified_view(title)[0]
    return re.sub(r"[\s《》“”\"'（）()〔〕\[\]【】、，,。：:]", "", t)


def parse_date(m: re.Match[str], year: int | None, before: dt.date | None = None) -> dt.date | None:
    """A DATE / ISO match → date; a date without its year takes ``year`` (the year before when it
    would fall after ``before``, the letter's own date)."""
    y = numbers.parse(m.group("y")) if m.group("y") else year
    mo, d = numbers.parse(m.group("m")), numbers.parse(m.group("d"))
    if y is None or mo is None or d is None:
        return None
    try:
        out = dt.date(y, mo, d)
    except ValueError:
        return None
    if not m.group("y") and before is not None and out > before:
        try:
            out = dt.date(y - 1, mo, d)
        except ValueError:
            return None
    return out


def dates_in(text: str, year: int | None = None, before: dt.date | None = None) -> list[tuple[int, int, dt.date]]:
    out = []
    for rx in (DATE, ISO):
        for m in rx.finditer(text):
            d = parse_date(m, year, before)
            if d is not None:
                out.append((m.start(), m.end(), d))
    out.sort()
    return out


# ------------------------------------------------------------------------------ layout
def lines(text: str) -> list[str]:
    out = []
    for ln in text.splitlines():
        s = ln.strip().strip("\u3000").strip()
        if not s:
            continue
        if len(s) <= 24 and re.fullmatch(r"(\S[ \u3000]+)+\S", s):  # spaced-out titles: 回  执, 受 案 回 执
            s = re.sub(r"[ \u3000]+", "", s)
        parts = [p for p in re.split(r"[ \u3000]{2,}", s) if p]
        if len(parts) == 1 and "\u3000" in s and not re.search(r"[，。；,;]", s) \
                and re.search(r"\u3000(接收人|经办人|签收人|联系人|日期|时间|[0-9〇○一二]{4}年)", s):
            parts = [p for p in s.split("\u3000") if p]  # 机关（章）　接收人：…　2025年9月4日
        if len(parts) > 1 and all(len(p) >= 4 for p in parts):  # 文号 ⋯ 机关 / 机关（章） 接收人：… 日期 on one line
            out.extend(parts)
        else:
            out.append(s)
    return out


_SEAL = re.compile(SEAL + "$")  # （盖章） （印章） …: the one seal mark of ingest.letter_fields


def clean_organ(line: str) -> str:
    parts = [_SEAL.sub("", p) for p in re.split(r"(?:\s|\u3000){2,}|(?<=[)）])\s*(?=\S)", line.strip()) if p.strip()]
    if len(parts) > 1 and all(_ORGAN_END.search(re.sub(r"\s+", "", p)) for p in parts):
        line = parts[0]  # 中共X县纪律检查委员会　　X县监察委员会: two names of one body, the first
    s = re.sub(r"\s+", "", line)
    seal = re.fullmatch(r"[（(](.+?)(?:印章|公章|盖章|章)?[)）]", s)  # （晋江市公安局印章）
    if seal:
        s = seal.group(1)
    s = _SEAL.sub("", _SEAL.sub("", s))  # X局（盖章）（印章）
    s = re.sub(r"(文件|公函|函件|便函)$", "", s)
    return s


def _dated(line: str) -> str | None:
    """The value of a line that is the letter's own date field (日期：, 签收日期：, 落款时间： —
    :mod:`ingest.letter_fields`'s role ``dated``), else None."""
    found = fields(line)
    return found[0].value if len(found) == 1 and found[0].role == "dated" else None


def own_date(lines: list[str]) -> dt.date | None:
    """The letter's date: a full date alone on a line near the end (the signature), else a dated
    field (日期/签收日期/时间), else the first full date near the top."""
    tail = lines[-10:]
    for ln in reversed(tail):
        s = nfkc(ln).replace(" ", "")
        dated = _dated(s)
        for rx in (DATE, ISO):
            m = rx.fullmatch(s) or (rx.fullmatch(dated) if dated else None)
            if m and m.group("y"):
                return parse_date(m, None)
    for ln in lines:
        s = nfkc(ln).replace(" ", "")
        if _dated(s) is not None:
            found = dates_in(s)
            if found and DATE.search(s) and (DATE.search(s) or ISO.search(s)):
                return found[0][2]
    for ln in lines[:8]:
        found = [d for d in dates_in(nfkc(ln)) if d]
        if found:
            m = DATE.search(nfkc(ln)) or ISO.search(nfkc(ln))
            if m and m.group("y"):
                return found[0][2]
    return None


# a form's title opening with the body that signs it (嘉鱼县公安局案件材料签收单, X局线索移送回执): that body
# is the form's issuer — a receipt form has no red header and no signature of a body
FORM_TITLE = re.compile(r"(?:[\u4e00-\u9fff]{0,8}(?:签收单|回执|回执单|收件单|接收单|送达回证)"
                        # …or a body's own report of its year (X大队2025年度工作总结, X局2026年上半年工作情况报告)
                        r"|(?:\d{4}年(?:度)?)?(?:[上下]半年|第[一二三四]季度)?[\u4e00-\u9fff]{0,12}?"
                        r"(?:工作总结|工作报告|年度报告|工作情况报告|情况通报|工作通报)"
                        # …or its report to its own plenary (在X第五次全体会议上的工作报告（摘要）)
                        r"|第[一二三四五六七八九十\d]+次[\u4e00-\u9fff]{0,6}?会议上的(?:工作)?报告)"
                        r"(?:[（(](?:摘要|节选|摘录)[)）])?$")


def title_organ(line: str) -> str | None:
    """The body a form's or a report's title opens with (:data:`FORM_TITLE`), else ``None``."""
    s = re.sub(r"\s+", "", line)
    s = s[1:] if s.startswith("在") and "会议上的" in s else s   # 在X第五次全体会议上的工作报告
    ends = [m.end() for m in _ORGAN_PREFIX.finditer(s)
            if FORM_TITLE.fullmatch(s, m.end()) and _agency_like(s[:m.end()])]
    return s[:max(ends)] if ends else None


_BRACKET_ISSUER = re.compile(r"[（(]([\u4e00-\u9fff]{3,30}?)\d{4}年\d{1,2}月\d{1,2}日(?:公告|发布|印发)?[)）]$")


def bracket_issuer(line: str) -> str | None:
    """The body a bracket line under an announcement's title names with its date (（X审计局　2026年2月10日公告）),
    blanks ignored, else ``None``."""
    m = _BRACKET_ISSUER.match(re.sub(r"[ \t\u3000]+", "", line))
    return m.group(1) if m else None


_ORGAN_PREFIX = re.compile(_ORGAN_END.pattern.rstrip("$"))


def header_and_title(lines: list[str]) -> tuple[str | None, str | None, int]:
    """(header organ, title, index of the line after the title)."""
    header = None
    title = None
    i = 0
    top = lines[:12]
    for ln in top[:3]:
        s = clean_organ(ln)
        if _agency_like(s) and not numbers_in(ln):
            header = header or s
        elif header is None and (organ := title_organ(ln)):
            header = organ
        elif header is None and (by := bracket_issuer(ln)) and _agency_like(by):
            header = by   # （惠农区审计局2026年2月10日公告）under an announcement's title
    for j, ln in enumerate(top):
        s = simplified_view(ln)[0]
        if re.sub(r"\s+", "", s).endswith(("：", ":")) or re.match(r"^(附件|抄送|主送)", s):
            break  # the title stands above the addressee line
        if _whole_line_number(ln) or s.startswith(names_of("number")):
            continue
        if s.startswith("关于") or re.search(r"(函|书|回执|回告|告知|报告|通知|决定|复函|意见|单|表)$", s):
            if _agency_like(clean_organ(ln)) and not s.startswith("关于"):
                continue
            title = ln
            if s.startswith("关于") and not re.search(r"(函|书|回执|回告|告知|报告|通知|决定|复函|意见)$", s) \
                    and j + 1 < len(top) and not top[j + 1].endswith(("：", ":")):
                title = ln + top[j + 1]
                j += 1
            i = j + 1
            break
    return header, title, i


def addressee_line(lines: list[str], start: int) -> str | None:
    for ln in lines[max(0, start - 1): start + 8]:
        s = re.sub(r"\s+", "", ln)
        named = next((f.value for f in fields(s) if f.role == "addressee"), "")
        first = re.split(r"[、，,；;：:]", named)[0]
        if first:  # 主送：X局、Y局
            return first
        if not s.endswith(("：", ":")) or len(s) > 45 or _NOT_ADDRESSEE.match(s):
            continue
        name = s[:-1]
        return re.split(r"[、，,；;]", name)[0]
    return None


def signature(lines: list[str]) -> str | None:
    """The organ signing the letter: a 签收单位： field (:mod:`ingest.letter_fields`: a receiver or a
    signer), else the last agency-like line before the date."""
    for f in fields("\n".join(lines[-12:])):
        if f.role in ("receiver", "signer"):
            name = _drop_remark(f.value)
            if 3 <= len(name) <= 40 and _agency_like(name):
                return name
    tail = lines[-12:]
    for ln in reversed(tail):
        s = clean_organ(ln)
        if re.match(r"^(抄送|附件|联系人|联系电话|电话|地址|印发|（此页|\(此页)", s):
            continue
        if _agency_like(s):
            return s
    return None




def _drop_remark(value: str) -> str:
    """A field's value without spaces and without a final remark in brackets (（盖章）, （经办人）)."""
    return re.sub(r"[（(][^)）]*[)）]$", "", re.sub(r"\s+", "", value))


def form_fields(lines: list[str]) -> tuple[str | None, str | None]:
    """(sender, receiver) of a form-like receipt (移送单位：X / │接收单位│Y│): the first agency-like value
    of each role (:func:`ingest.letter_fields.fields`)."""
    sender = receiver = None
    for f in fields("\n".join(lines)):
        if f.role not in ("sender", "receiver"):
            continue
        value = clean_organ(_drop_remark(f.value))
        if not _agency_like(value):
            continue
        if f.role == "sender" and sender is None:
            sender = value
        elif f.role == "receiver" and receiver is None:
            receiver = value
    return sender, receiver
