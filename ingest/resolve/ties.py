"""What a letter's sentences tie a person to, beyond the extractor's relations.

* :func:`legal_rep_company` — 法定代表人 without an organisation: the company named just before,
  in the same sentence (keys the person to it);
* :func:`role_company` — 股东 / 法定代表人 / 实际控制人 … without an organisation: the company named
  just before (evidence for matching, ``org_rel``, not a key);
* :func:`employee_company` — a name right after a company + 员工/职工 (…有限公司员工刘某): that
  company (places a masked name, which no relation places);
* :func:`kin_antecedent` — a name right after a kin word that points back to a person named just
  before (其弟陈志刚, 陈志强（…）之弟陈志刚, 王建军的配偶李秀英): that person and what the word says
  the name is to it (:func:`graph.types.kin.relation_of`: ``sibling``; relative evidence for
  matching, ``kin``, in both directions, compared with the stored tie's relation);
* :func:`that_org` — a post written 该局 / 该公司 / 该单位 + post: the organisation named before,
  in the same sentence or the two before (keys the person to it, as an organisation named with
  the post does: a namesake the letter places elsewhere is another person);
* :func:`field_org` — a name that is the value of a form's person field: the unit a field of the same
  prefix names (移送单位：A … 移送经办人：X → A; 接收单位：B … 接 收 人：Y → B), else, on the letter's own
  contact line (联系人：X, 经办人：质量安全股 X), the letter's writer (keys the person to it);
* :func:`pronoun_org` — a name right after a body's pronoun: 你委谢东林 → the addressee line's first body,
  我局张某 → the writer; :func:`bracket_org` — a name followed by its body in brackets (X（市纪委监委…）);
  :func:`contact_sentence_org` — the person a letter asks its reader to call (请联系X，电话…): the writer
  (:func:`writer_of`: the extraction's issuer when it is an organisation of the letter, checked once);
* :func:`addressee_elsewhere` — an organisation that is the letter's addressee line
  (``绵竹市纪委监委：``) is not the post's organisation of a person named lines below, unless
  你/贵 refers back to it (你公司负责人周建华).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache
from typing import Any

from graph.types.kin import relation_of
from graph.types.text import simplified as text_view
from ingest.agency_shape import OFFICE_ENDS, REF_ORGANS
from ingest.kinship import KIN
from ingest.letter_fields import bar_cells, column_role
from ingest.matching import ROLE_OF
from ingest.nlp.rules.base import line_bounds
from ingest.resolve.protected import role_word
from ingest.resolve.text import simplified

_LEGAL_REP_WORDS = ("法定代表人", "法人代表")


def _company_before(ents: list[dict[str, Any]], pos: int, text: str, stops: tuple[str, ...]) -> int | None:
    """The company entity named before entity ``pos`` in the same sentence: at most 80 characters
    back, no sentence end (。；) or line break between, no entity labelled ``stops`` in between."""
    start = ents[pos]["start"]
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        between = text[e["end"]:start]
        if start - e["end"] > 80 or re.search(r"[。\n]", between) \
                or re.search(r"[；;]", between) and not _one_cell(text, e["start"], start):
            return None
        if e["label"] == "COMPANY":
            return j
        if e["label"] in stops:
            return None
    return None


def _one_cell(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` lies in one cell of a table drawn with bars (| 鑫盛建筑；法定代表人周建华 |): its items
    are one row's."""
    line_s = text.rfind("\n", 0, s) + 1
    return _CELL_SEP.search(text, line_s, s) is not None and _CELL_SEP.search(text, s, e) is None


def _post_index(ents: list[dict[str, Any]], rel: dict[str, Any], words: Container[str]) -> int | None:
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents) or simplified(ents[pos]["text"]) not in words:
        return None
    return pos


def legal_rep_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 法定代表人 without an org: the company named just before, in the same sentence.

    ``四川恒达建材有限公司（统一社会信用代码：…）法定代表人张建华`` → the company. Conservative: at
    most 80 characters back, no sentence end (。；) or line break between, no person or agency between.
    """
    pos = _post_index(ents, rel, _LEGAL_REP_WORDS)
    if pos is None:
        return None
    found = _company_before(ents, pos, text, ("PERSON", "AGENCY"))
    return found if found is not None else _signing_company(ents, pos, text)


def _signing_company(ents: list[dict[str, Any]], pos: int, text: str) -> int | None:
    """A signature block: the company whose name (and 盖章) is the whole line right above the
    ``法定代表人：X`` field line (绵竹市X有限公司（盖章）⏎法定代表人：周某)."""
    start = ents[pos]["start"]
    line_s = text.rfind("\n", 0, start) + 1
    if text[line_s:start].strip() or line_s == 0:
        return None
    above_s = text.rfind("\n", 0, line_s - 1) + 1
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        if e["end"] <= above_s:
            return None
        if e["label"] == "COMPANY" and not text[above_s:e["start"]].strip() \
                and re.fullmatch(r"[ \t\u3000]*(?:[（(](?:盖章|公章|章)[)）])?[ \t\u3000\r]*", text[e["end"]:line_s - 1]):
            return j
    return None


def role_company(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` 股东 / 法定代表人 / 实际控制人 … without an org: the company named just
    before the post in the same sentence (…有限公司股东覃英桂; …成立于2012年，法定代表人胡建国，股东覃英桂).
    Used as matching evidence (``org_rel``), not to key the person."""
    pos = _post_index(ents, rel, ROLE_OF)
    if pos is None:
        return None
    found = _company_before(ents, pos, text, ("AGENCY",))
    return found if found is not None else _row_company(ents, pos, text)


def _row_company(ents: list[dict[str, Any]], pos: int, text: str) -> int | None:
    """The one company a table row names (| 天府园林公司 | 孙晓东（法定代表人） |), for a company's role in
    another of its cells; ``None`` when the row names none or two."""
    s = ents[pos]["start"]
    line_s, line_e = line_bounds(text, s)
    if _CELL_SEP.search(text, line_s, s) is None:
        return None
    row = [j for j, e in enumerate(ents) if e["label"] == "COMPANY" and line_s <= e["start"] < line_e]
    return row[0] if len({simplified(ents[j]["text"]) for j in row}) == 1 else None


_EMPLOYEE_OF = re.compile(r"的?(员工|职工)")


def employee_company(ents: list[dict[str, Any]], person: int, text: str) -> int | None:
    """The company named right before a person with only 员工/职工 (or 的员工) between:
    ``示例广厦永兴保安服务有限公司员工刘某`` → that company; else ``None``."""
    start = ents[person]["start"]
    for j, e in enumerate(ents):
        if e["label"] == "COMPANY" and e["end"] <= start and _EMPLOYEE_OF.fullmatch(simplified(text[e["end"]:start])):
            return j
    return None


# a kin word right before a name, pointing back: 其弟 / 其配偶是 (其 = the person named before) or
# 之子 / 的配偶 right after a person's name (X之子Y, X（…）的配偶Y)
_QI_KIN = re.compile(rf"其({KIN})(?:是|系|为|叫)?$")
# a kin word opening an item of a table's cell (…；弟陈志刚, | 配偶吴国栋): of the row's person
_CELL_KIN = re.compile(rf"(?:[；;、]|[|｜│][ \t\u3000]*)({KIN})$")
_CELL_SEP = re.compile(r"[|｜│]")
_OF_KIN = re.compile(rf"(?:[（(][^（）()]{{0,40}}[）)])?(?:之|的)({KIN})(?:是|系|为|叫)?$")


def kin_antecedent(ents: list[dict[str, Any]], person: int, text: str) -> tuple[int, str] | None:
    """The person a kin word right before mention ``person`` points back to, and what the word says
    the mention is to it (:func:`relation_of`: 其弟 → ``sibling``, 之子 → ``child``), else ``None``.

    ``其弟陈志刚`` → the nearest PERSON named before 其, in the same sentence or the one before (a
    masked one too: 其 then refers to it, and it ties to no stored name); ``陈志强（…）之弟陈志刚`` /
    ``王建军的配偶李秀英`` → the PERSON right before 之/的 (a parenthesis between allowed). 其中, 其他
    are not kin words; a person two sentences back is not the antecedent of 其.
    """
    start = ents[person]["start"]
    before = text_view(text[max(0, start - 60):start])[0]   # simplified, same length: offsets kept
    qi = _QI_KIN.search(before)
    if qi is not None:
        at = start - (len(before) - qi.start())       # where 其 stands
        for j in range(person - 1, -1, -1):
            e = ents[j]
            if e["end"] > at:
                continue
            if len(re.findall(r"[。！？!?\n]", text[e["end"]:at])) > 1 or at - e["end"] > 120:
                return None
            if e["label"] == "PERSON":
                return j, relation_of(qi.group(1))
        return None
    of = _OF_KIN.search(before)
    if of is None:
        cell = _CELL_KIN.search(before)
        if cell is None:
            return None
        # a register row: 陈志强 | 市财政局股长 | 鑫盛建筑；弟陈志刚（股东） — the row's first person, in a cell before
        line_s = text.rfind("\n", 0, start) + 1
        at = start - (len(before) - cell.start())
        row = [j for j in range(person) if ents[j]["label"] == "PERSON" and ents[j]["start"] >= line_s
               and _CELL_SEP.search(text, ents[j]["end"], at)]
        return (row[0], relation_of(cell.group(1))) if row else None
    at = start - (len(before) - of.start())
    for j in range(person - 1, -1, -1):
        if ents[j]["label"] == "PERSON" and ents[j]["end"] == at:
            return j, relation_of(of.group(1))
    return None


# 该局副科长 / 该公司法定代表人 / 该单位负责人: the organisation named before
_THAT_ORG = re.compile(r"该(公司|单位|局|委|院|中心|办|所|站|队)的?$")
_SENTENCE_ENDS = re.compile(r"[。！？!?]")


def that_org(ents: list[dict[str, Any]], rel: dict[str, Any], text: str) -> int | None:
    """For ``HOLDS_POSITION`` without an org whose post is written after 该局 / 该公司 / 该单位: the
    organisation that refers back to — the nearest AGENCY (局, 委, 院 …) or COMPANY (公司; 单位:
    either) named before it, in the same sentence or the two before and at most 200 characters
    back; else ``None``. ``示例县水利局在…存在违规行为，经初步核查，情况属实。该局副科长许宏华`` → 水利局."""
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents) or ents[pos]["label"] != "POSITION":
        return None
    start = ents[pos]["start"]
    before = text_view(text[max(0, start - 6):start])[0]
    m = _THAT_ORG.search(before)
    if m is None:
        return None
    kind = m.group(1)
    labels = ("COMPANY",) if kind == "公司" else ("AGENCY", "COMPANY") if kind == "单位" else ("AGENCY",)
    at = start - (len(before) - m.start())
    for j in range(pos - 1, -1, -1):
        e = ents[j]
        if e["end"] > at:
            continue
        if at - e["end"] > 200 or len(_SENTENCE_ENDS.findall(text, e["end"], at)) > 2:
            return None
        if e["label"] in labels:
            return j
    return None


def addressee_elsewhere(ents: list[dict[str, Any]], org: int, person: int, text: str, post: int | None = None) -> bool:
    """The organisation is the letter's addressee (``绵竹市纪委监委：`` on its own line) and the
    person is named lines below without 你/贵 referring back to it (你公司负责人周建华) — and not
    right after a mention of an organisation before the post (市住建局|局长王德明: the extraction points
    the post at the first mention of that name, the addressee line; the post's is the one beside it)."""
    if not (0 <= org < len(ents) and 0 <= person < len(ents)) or ents[org]["end"] > ents[person]["start"]:
        return False
    if post is not None and 0 <= post < len(ents):
        at = ents[post]["start"]
        if any(e["label"] in ("AGENCY", "COMPANY") and e["end"] <= at and re.fullmatch(r"\s*(?:的)?", text[e["end"]:at])
               and e["start"] > ents[org]["end"] for e in ents):
            return False
    after = text[ents[org]["end"]:ents[org]["end"] + 1]
    between = text[ents[org]["end"]:ents[person]["start"]]
    if after not in ("：", ":") or "\n" not in between:
        return False
    return re.search(r"(你|贵)(公司|单位|局|委|院|中心|办)", between) is None


# the organ words after a body's pronoun (你局, 我委, 本所 …: agency_shape.REF_ORGANS), read by the rules below
_ORGANS = "|".join(REF_ORGANS)
_WE_ARE = re.compile(r"我们是(?:来自)?$")
_ASKER_BRACKET = re.compile(r"(?m)^[ \t\u3000]*(?:谈话人|询问人|调查人|检查人|核查人)[ \t\u3000]*[:：][ \t\u3000]*"
                            r"[\u4e00-\u9fff·]{2,6}[（(]$")
_STAFF_AFTER = re.compile(r"的?(?:工作人员|调查人员|执法人员|检查人员|审计人员)")


def writer_of(ents: list[dict[str, Any]], issuer: object, text: str = "") -> int | None:
    """The extraction's ``doc.issuer`` when it is an organisation entity of the letter; else, in a
    record with no issuer, the body its askers introduce themselves as (我们是X的工作人员 — how an
    inquiry record opens); else ``None``."""
    if isinstance(issuer, int) and 0 <= issuer < len(ents) and ents[issuer]["label"] in ("AGENCY", "COMPANY"):
        return issuer
    for j, e in enumerate(ents):
        if e["label"] == "AGENCY" and _WE_ARE.search(text, max(0, e["start"] - 6), e["start"]) \
                and _STAFF_AFTER.match(text, e["end"]):
            return j
    for j, e in enumerate(ents):   # 谈话人：韩某（市纪委监委第三审查调查室）: the record's body
        if e["label"] == "AGENCY" and _ASKER_BRACKET.search(text, max(0, e["start"] - 20), e["start"]):
            return j
    return None


@lru_cache(maxsize=4)  # each person field of one letter reads the same text's view
def _view(text: str) -> str:
    return text_view(text)[0]


# a person field's label and the value's start: 联系人：, 移送经办人：, 接 收 人：, 经办人：质量安全股 (an office before the name)
# — also a field after a wide gap on a form's line (填表单位：A    填表人：X) and a name listed after the
# field's first (询问人：X、Y)
_PERSON_FIELD_LINE = re.compile(r"(?:^|(?<=[。；;])|(?<=^[（(])|(?<=[ \t\u3000][ \t\u3000]))[ \t\u3000]*"
                                r"(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{0,8}?)[ \t\u3000]*[:：][ \t\u3000]*"
                                rf"(?:[\u4e00-\u9fff]{{2,14}}(?:{OFFICE_ENDS})[ \t\u3000]*)?"
                                r"(?:[\u4e00-\u9fff·]{2,5}(?:[（(][^（）()\n]{0,14}[）)])?[、，,][ \t\u3000]*){0,4}$")
# a unit field's value that is an office with no body's name before it (第三审查调查室, 政府采购股)
_BARE_OFFICE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}(?:{OFFICE_ENDS})[ \t\u3000\r]*$", re.M)
# the person words of such a field: what is left before them is the prefix a unit field shares (移送|经办人)
_CONTACT_WORDS = ("经办人", "联系人", "承办人", "联络人", "联络员", "签收人", "接收人", "送达人", "人")
# … and the staff a record or a form names as who asked, wrote down or filled it in (询问人：X, 记录人：Y)
_OWN_CONTACT = frozenset({"联系人", "经办人", "承办人", "联络人", "联络员",
                          "询问人", "谈话人", "约谈人", "记录人", "填表人", "调查人", "核查人", "检查人", "报告人"})
# the writer naming itself before the field's person word (本局承办人：X)
_SELF_PREFIX = re.compile(rf"(?:本|我)(?:{_ORGANS})")
# the writer's own team on a field line (审计组组长：X, 检查组成员：Y, 主审：Z)
_OWN_TEAM = re.compile(r"(?:审计|检查|调查|核查|督查|巡察|工作|专案)组(?:组长|副组长|成员)|主审|审计人员|检查人员|执法人员|调查人员"
                       r"|(?:办案|承办|经办|联系|主办)?民警|办案人员?")


def _field_label(ents: list[dict[str, Any]], person: int, text: str) -> str | None:
    """The label of the form field whose value the mention is (联系人, 移送经办人 …), or None."""
    start = ents[person]["start"]
    line_s = text.rfind("\n", 0, start) + 1
    # (a field at the line's start — in a bracket that opens the line too: （联系人：X，电话） — or after a sentence)
    m = _PERSON_FIELD_LINE.search(text[line_s:start])
    return None if m is None else re.sub(r"[ \u3000]", "", text_view(m.group("label"))[0])


def own_contact(ents: list[dict[str, Any]], person: int, text: str) -> bool:
    """The mention is the value of the letter's own contact or staff field (联系人：X, 经办人：Y): the
    phone beside it is the office's line, which tells no namesake apart."""
    label = _field_label(ents, person, text)
    return label is not None and (label in _OWN_CONTACT or _OWN_TEAM.fullmatch(label) is not None)


def field_org(ents: list[dict[str, Any]], person: int, text: str, writer: int | None) -> int | None:
    """The organisation of a name written as the value of a form's person field (see the module's
    list); ``None`` for any other mention (a complainant's or an informant's field names no unit).
    ``writer``: the letter's writer, an organisation entity (:func:`writer_of`), or ``None``."""
    label = _field_label(ents, person, text)
    if label is None:
        return None
    if role_word(label + "："):
        return None  # 举报人：X, 投诉人：X — a protected person is placed by no form (ingest.resolve.protected)
    prefixes = [label[: -len(w)] for w in _CONTACT_WORDS if label.endswith(w) and len(label) > len(w)]
    if not prefixes and label not in _CONTACT_WORDS and not _OWN_TEAM.fullmatch(label):
        return None
    view = _view(text)
    for prefix in prefixes:  # 移送经办人 → 移送单位：A; 接收人 → 接收单位：B
        unit = re.compile(rf"(?m)(?:^|(?<=[ \t\u3000][ \t\u3000]))[ \t\u3000]*{re.escape(prefix)}[ \u3000]*"
                          r"(?:单位|机关|部门)(?:名称)?[ \t\u3000]*[:：][ \t\u3000]*")
        for u in unit.finditer(view):
            first = next((j for j, e in enumerate(ents) if e["start"] == u.end() and e["label"] in ("AGENCY", "COMPANY")), None)
            if first is not None:
                return first
            if _BARE_OFFICE.match(view, u.end()):
                return writer  # 接收单位：第三审查调查室 on a receipt: an office of the body writing it
    own = label in _OWN_CONTACT or _OWN_TEAM.fullmatch(label) or any(_SELF_PREFIX.fullmatch(p) for p in prefixes) \
        or label in _SIGNED_FOR and _RECEIPT_TITLE.search(view, 0, 80) is not None
    return writer if own else None  # the letter's own contact: its writer's staff


# who signs for what a receipt acknowledges (签收人：X on a 回执 — its writer's staff, the receiver)
_SIGNED_FOR = frozenset({"签收人", "接收人", "收件人"})
_RECEIPT_TITLE = re.compile(r"回[ \t\u3000]*执|签[ \t\u3000]*收[ \t\u3000]*单|送达回证")


_BODY_PRONOUN = re.compile(rf"(?P<who>[你贵我本])(?:{_ORGANS}|公司)(?:(?:(?![你贵我本该其与和及的对向在未人])[\u4e00-\u9fff]){{1,8}}?"
                           rf"(?:{OFFICE_ENDS}))?的?"
                           r"(?:联系人|承办人|经办人)?\s*$")
_ADDRESSEE_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<line>[^\n:：]{2,80})[:：][ \t\u3000]*$")


def pronoun_org(ents: list[dict[str, Any]], person: int, text: str, writer: int | None) -> int | None:
    """A name written right after a body's pronoun, its office between (你委谢东林同志, 我局张某, 贵局政府采购股
    冯国庆同志): the letter's addressee — the
    first organisation of its addressee line (``X纪委、X监委：`` on a line of its own, before the name) —
    or its writer; ``None`` for any other mention."""
    start = ents[person]["start"]
    m = _BODY_PRONOUN.search(text_view(text[max(0, start - 18):start])[0])
    if m is None:
        return None
    if m.group("who") in "我本":
        return writer
    return addressee_of(ents, text, start)


def addressee_of(ents: list[dict[str, Any]], text: str, before: int) -> int | None:
    """The letter's addressee: the first organisation of its addressee line (``X纪委、X监委：`` on a
    line of its own) before ``before``."""
    for line in _ADDRESSEE_LINE.finditer(text, 0, before):
        first = next((j for j, e in enumerate(ents) if e["label"] in ("AGENCY", "COMPANY")
                      and line.start("line") <= e["start"] < line.end("line")), None)
        if first is not None:
            return first
    return None


def bracket_org(ents: list[dict[str, Any]], person: int, text: str) -> int | None:
    """A name followed by its body in brackets (方志远（市纪委监委第二审查调查室）, 袁立新（市公安局经侦大队）):
    that body — the bracket opening right after the name and holding the body's name first; or a name
    alone in brackets right after a body's name (X监督检查室（苏文静）): that body."""
    e = ents[person]
    prev = person - 1
    if text[e["start"] - 1:e["start"]] in ("（", "(") and text[e["end"]:e["end"] + 1] in ("）", ")") and prev >= 0 \
            and ents[prev]["end"] == e["start"] - 1 and ents[prev]["label"] in ("AGENCY", "COMPANY") \
            and ents[prev].get("form") != "pronoun":
        return prev  # 抄送：X纪委监委第五监督检查室（苏文静）: the body, its member in brackets after it
    if text[e["end"]:e["end"] + 1] not in ("（", "("):
        return None
    nxt = person + 1
    if nxt < len(ents) and ents[nxt]["start"] == e["end"] + 1 and ents[nxt]["label"] in ("AGENCY", "COMPANY"):
        return nxt
    return None


# the letter's closing contact sentence: 对此件有疑问请联系X，电话… / 如有疑问请与X联系（电话…）
_ASK_CONTACT = re.compile(r"(?:请|可)(?:与|联系)\s*(?:本案|该案|此案)?(?:承办人|经办人|联系人)?\s*$")
_PHONE_AFTER = re.compile(r"\s*(?:联系)?[，,（(]?\s*(?:联系)?(?:电话|手机|座机)")


def contact_sentence_org(ents: list[dict[str, Any]], person: int, text: str, writer: int | None) -> int | None:
    """A name the letter asks its reader to call (请联系X，电话…; 请与X联系（电话…）): the writer's staff."""
    e = ents[person]
    before = text_view(text[max(0, e["start"] - 9):e["start"]])[0]
    after = text_view(text[e["end"]:e["end"] + 10])[0]
    if not _ASK_CONTACT.search(before) or not (_PHONE_AFTER.match(after) or after.startswith("联系")):
        return None
    return writer


# a contact in brackets after the letter it handled, which a body's pronoun names (你室…来函（承办人X）,
# 根据你委转办要求（承办人X）, 我局…函（经办人：X）)
_CITED_CONTACT = re.compile(r"[（(](?:承办人|经办人|联系人)[:：]?\s*$")
_CLAUSE_PRONOUN = re.compile(rf"(?P<who>[你贵我本])(?:{_ORGANS})")


def cited_contact_org(ents: list[dict[str, Any]], person: int, text: str, writer: int | None) -> int | None:
    """The body whose letter a bracketed contact stands after, named by its pronoun in the same
    clause: the addressee (你/贵 — the first organisation of the addressee line) or the writer (我/本)."""
    start = ents[person]["start"]
    opener = _CITED_CONTACT.search(text_view(text[max(0, start - 6):start])[0])
    if not opener:
        return None
    # (…书面报我委第三监督检查室（联系人：X）: the body right before the bracket, named by its pronoun)
    at = start - 6 + opener.start() if start >= 6 else opener.start()
    right = _PRONOUN_BODY.search(text_view(text[max(0, at - 14):at])[0])
    if right is not None:
        return writer if right.group("who") in "我本" else addressee_of(ents, text, start)
    found = list(_CLAUSE_PRONOUN.finditer(text_view(text[_clause_start(text, start):start])[0]))
    if not found:
        return None
    # (the clause's subject, its first pronoun — not one in what the letter was about: 贵室转来的关于我局…的线索)
    if found[0].group("who") in "我本":
        return writer
    return addressee_of(ents, text, start)


# a question-and-answer record: an answer naming a post of the company the interviewee speaks for
# (答：项目经理是许志鹏) — that company, read from the interviewee's field line
_ANSWER_LINE = re.compile(r"[ \t\u3000]*答[:：]")
_INTERVIEWEE = re.compile(r"(?m)^[ \t\u3000]*(?:被询问人|被调查人|被谈话人|工作单位(?:及(?:职务|身份))?)[ \t\u3000]*[:：][^\n]*")
# …or where the interviewee says they work (答：我在X公司上班, 我是X公司的项目经理)
_OWN_WORKPLACE = re.compile(r"(?m)^[ \t\u3000]*答[:：][ \t\u3000]*(?:我|本人)(?:现在|目前|一直)?(?:在|是|系|于)[^\n。；;]*")
_OFFICIAL_POST = re.compile(r"(?:局|厅|处|科|股|委|院|镇|县|市|区|乡|村)长$|书记$|科员$|调研员$|主任$")


def answer_company(ents: list[dict[str, Any]], person: int, text: str) -> int | None:
    """The interviewee's company, for a name an answer gives for a post with no organisation beside
    it (答：项目经理是X，…; 报价是我公司财务X做的); ``None`` for any other mention."""
    e = ents[person]
    line_s = text.rfind("\n", 0, e["start"]) + 1
    if not _ANSWER_LINE.match(text, line_s):
        return None
    lo = line_s + max([0, *(m.end() for m in re.finditer(r"[。；;，,]", text[line_s:e["start"]]))])
    between = [x for x in ents if lo <= x["start"] and x["end"] <= e["start"]]
    posts = [x for x in between if x["label"] == "POSITION"]
    # (a post right before the name counts whatever the clause named before it: 法定代表人X和项目经理Y)
    right_before = bool(posts) and posts[-1]["end"] == e["start"]
    if not posts or _OFFICIAL_POST.search(text_view(posts[-1]["text"])[0]) \
            or any(x["label"] in ("AGENCY", "COMPANY") for x in between) \
            or not right_before and any(x["label"] == "PERSON" for x in between):
        return None
    for rx in (_INTERVIEWEE, _OWN_WORKPLACE):
        for m in rx.finditer(text, 0, e["start"]):
            first = next((j for j, x in enumerate(ents) if x["label"] == "COMPANY" and m.start() <= x["start"] < m.end()),
                         None)
            if first is not None:
                return first
    return None


# a body's pronoun and, it may be, the body's office (我局办公室, 你委第二室); right before a post
# (我局办公室主任X, 你委第二室副主任Y) when it ends the text read
_CLAUSE_BODY = re.compile(rf"{_CLAUSE_PRONOUN.pattern}(?:[\u4e00-\u9fff]{{1,8}}?(?:{OFFICE_ENDS}))?")
_PRONOUN_BODY = re.compile(_CLAUSE_BODY.pattern + "$")
# …with what the post is in charge of between (你局分管该项目的副局长X)
_PRONOUN_BODY_IN_CHARGE = re.compile(_CLAUSE_BODY.pattern + r"(?:分管|主管|负责|具体负责)[^，。；,;：:\s]{1,12}的$")


def _clause_start(text: str, pos: int, reach: int = 40) -> int:
    """Where the clause that ``pos`` stands in begins: after the last 。；; or line break, at most
    ``reach`` characters back."""
    lo = max(0, pos - reach)
    return max([lo, *(k + 1 for k in range(lo, pos) if text[k] in "。；;\n")])


def pronoun_post_org(ents: list[dict[str, Any]], rel: dict[str, Any], text: str, writer: int | None) -> int | None | bool:
    """For ``HOLDS_POSITION``: the body a pronoun before the post names (我局办公室主任刘芳 — the writer;
    你委…副主任 — the addressee), ``False`` when no pronoun stands there (the relation's own
    organisation holds), ``None`` when it names a body the letter does not."""
    pos = rel.get("to")
    if not isinstance(pos, int) or not 0 <= pos < len(ents):
        return False
    start = ents[pos]["start"]
    m = _PRONOUN_BODY.search(text_view(text[max(0, start - 14):start])[0]) \
        or _PRONOUN_BODY_IN_CHARGE.search(text_view(text[max(0, start - 30):start])[0])
    if m is None:
        # …由我局政府采购股负责备案，股长X已回避: a post opening a clause after one that names the body by its
        # pronoun, with no other body between
        lo = _clause_start(text, start)
        if not re.fullmatch(r"[，,、]?\s*", text_view(text[max(lo, start - 2):start])[0][-1:] or ""):
            return False
        found = list(_CLAUSE_BODY.finditer(text_view(text[lo:start])[0]))
        if not found or any(e["label"] in ("AGENCY", "COMPANY") and e.get("form") != "pronoun"
                            and lo + found[-1].end() <= e["start"] < start for e in ents):
            return False
        m = found[-1]
    return writer if m.group("who") in "我本" else addressee_of(ents, text, start)


def _row_cells(line: str, offset: int) -> list[tuple[int, str]] | None:
    """A table line's cells, empty ones kept — split at every tab, or at the bars of a drawn table."""
    if "\t" in line:
        out, pos = [], offset
        for part in line.split("\t"):
            out.append((pos, part.strip(" \u3000\r")))
            pos += len(part) + 1
        return out
    if re.search(r"[|｜│┃]", line):
        return bar_cells(line, offset)
    return None


# the column of a person's unit (and post) beside a column of persons (ingest/letter_fields.py's ``person``)
_UNIT_HEADER = re.compile(r"(?:工作|所在|所属|任职)?单位(?:及|和|/|、)?(?:职务|职位|岗位)?(?:名称)?")


def column_org(ents: list[dict[str, Any]], person: int, text: str, writer: int | None = None) -> int | None:
    """A name in a table's person column whose header has a unit column of the same prefix (承办人 ↔
    承办单位, 涉及人员 ↔ 涉及单位) or beside it (反映对象 | 单位及职务): the organisation named in that
    row's unit cell; a name in a cell that opens with an organisation and a colon (鑫盛建筑：周建华…):
    that organisation; a name in a column of the register's own staff (承办人, 经办人, 登记人 —
    ingest/letter_fields.py's ``staff``) with no unit column of its own: the letter's ``writer``."""
    e = ents[person]
    line_s, line_e = line_bounds(text, e["start"])
    row = _row_cells(text[line_s:line_e], line_s)
    if row is None or len(row) < 3:
        return None
    col = next((k for k, (at, cell) in enumerate(row) if at <= e["start"] < at + max(len(cell), 1)), None)
    if col is None:
        return None
    at, cell = row[col]
    lead = next((j for j, x in enumerate(ents) if x["label"] in ("AGENCY", "COMPANY") and x.get("form") != "pronoun"
                 and x["start"] == at and re.match(r"\s*[:：]", text[x["end"]:x["end"] + 2])), None)
    if lead is not None and lead < person:
        return lead  # 鑫盛建筑：周建华（法定代表人）、陈志刚: the cell's names are that organisation's
    header: list[tuple[int, str]] | None = None
    hi = line_s
    while hi > 0:   # the first line of the run of lines with as many cells (a drawn table's rule skipped)
        up_s = text.rfind("\n", 0, hi - 1) + 1
        cells = _row_cells(text[up_s:hi - 1], up_s)
        if cells is None or len(cells) != len(row):
            break
        if not all(re.fullmatch(r"[-:：\s]*", c) for _, c in cells):
            header = cells
        hi = up_s
    if header is None:
        return None
    head = re.sub(r"\s", "", header[col][1])
    prefix = re.sub(r"(?:人员|人|姓名)$", "", head)
    unit = None
    if prefix != head and prefix:
        unit = next((k for k, (_, h) in enumerate(header)
                     if k != col and re.sub(r"\s", "", h) in {prefix + w for w in ("单位", "机关", "部门", "单位名称")}), None)
    if unit is None and (column_role(head) == "person" or head == "当事人"):   # (当事人: a decision's party column)
        # 反映对象 | 单位及职务, 姓名 | 工作单位: the person's unit in the column beside it
        unit = next((k for k in (col + 1, col - 1) if 0 <= k < len(header)
                     and _UNIT_HEADER.fullmatch(re.sub(r"\s", "", header[k][1]))), None)
    if unit is None:
        return writer if writer is not None and column_role(head) == "staff" else None
    at, cell = row[unit]
    return next((j for j, x in enumerate(ents) if x["label"] in ("AGENCY", "COMPANY") and at <= x["start"] < at + len(cell)),
                None)
