"""The registers of issue 13's mechanisms as structured records: members of a mechanism, joint meetings with
their attendees, decisions and liaison officers (联席会议, 000 三(一); 001 二(一); 002 一), and the two registers
of a double-random draw — inspectors (执法人员库, 002 五) and targets (检查对象名录库, 002 六). Watch lists and
blacklists are the ``watchlist`` and ``sanctions`` kinds of :mod:`ingest.tabular.kinds`.

The kinds are appended to ``kinds.KINDS`` (after every kind they refer to) and their builders to
``build.BUILDERS``; a row refers to a mechanism by its name (+ region), to a meeting by its minutes' document
number (纪要文号), to agencies by name (+ region). Every node's id comes from its business key, so loading the
same file again changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.errors import InvalidData
from graph.inspections import InspectionError, entry_props
from graph.types.names import id_key
from ingest.tabular import checks
from ingest.tabular.fields import (
    DATE_END,
    DATE_START,
    NAME_LOOKUPS,
    F,
    Kind,
    agency_ref,
    company_ref,
)
from ingest.tabular.resolve import Reject

if TYPE_CHECKING:
    from ingest.tabular.context import Ctx

MEMBER_ROLES: dict[str, tuple[str, ...]] = {"lead": ("牵头", "牵头单位", "召集单位", "牵头部门"), "member": ("成员", "成员单位")}
MEETING_KINDS: dict[str, tuple[str, ...]] = {"regular": ("例会", "定期", "定期会议", "全体会议"), "ad_hoc": ("临时", "临时会议", "不定期", "专题会议")}
member_role = checks.vocabulary("member role", MEMBER_ROLES)
meeting_kind = checks.vocabulary("meeting kind", MEETING_KINDS)


def risk(value: Any) -> int:
    n = checks.integer(value)
    if not 0 <= n <= 3:
        raise InvalidData(f"a risk grade is 0 to 3 (002 六 风险等级), got {n}")
    return n


MECHANISM = (
    F("mechanism", "机制", "机制名称", "联席会议", "联席会议名称", required=True, lookup=(("Mechanism", "name"),),
      help="the mechanism's name as the agency directory has it (liandong meeting list)"),
    F("mechanism_region", "机制地区", "地区", help="its region (needed when the name alone is ambiguous)"),
)
MINUTES = F("minutes_doc", "纪要文号", "会议纪要文号", "纪要编号", lookup=(("Meeting", "minutes_doc"),),
            help="the minutes' document number (纪要文号): how decisions name their meeting")

REGISTER_KINDS: tuple[Kind, ...] = (
    Kind(
        "mechanism_members", "机制成员单位", ("mechanism_members", "members", "成员单位", "联席会议成员", "机制成员"),
        (
            *MECHANISM,
            *agency_ref("agency", ("成员单位名称", "单位", "单位名称", "部门"), ("单位地区",), what="the member agency"),
            F("role", "角色", "职责", parse=member_role, help="lead | member (牵头单位 / 成员单位); default member"),
        ),
        help="→ MEMBER_OF (lead: also LEADS) from the agency to the mechanism",
    ),
    Kind(
        "meetings", "联席会议", ("meetings", "meeting", "joint_meetings", "会议", "联席会议记录", "会议记录"),
        (
            *MECHANISM,
            F("date", "会议日期", "召开日期", "日期", required=True, parse=checks.date),
            F("meeting_kind", "kind", "type", "会议类型", "类型", parse=meeting_kind,
              help="regular | ad_hoc (例会 / 临时会议); default regular"),
            *agency_ref("convener", ("召集单位", "召集人", "主持单位"), ("召集单位地区",), what="the agency that convened it → CONVENED"),
            F("attendees", "参会单位", "出席单位", "参加单位", parse=checks.strings, lookup=NAME_LOOKUPS["agency"],
              help="agencies that attended (separated by ; or |), in the mechanism's region → ATTENDED"),
            *agency_ref("requested_by", ("提请单位", "提议单位"), ("提请单位地区",), required=False,
                        what="an ad hoc meeting: the member that asked for it"),
            F("topic", "议题", "会议议题", "主题"),
            F("minutes", "纪要", "会议纪要", "纪要内容", "会议内容"),
            MINUTES,
            F("referred", "报请政府事项", "分歧事项", help="a disagreement referred to the government (003 第六条)"),
        ),
        defines=("Meeting", "minutes_doc"),
        help="→ Meeting, HELD, CONVENED, ATTENDED",
    ),
    Kind(
        "meeting_decisions", "会议议定事项", ("meeting_decisions", "decisions", "议定事项", "会议议定事项", "会议决定"),
        (
            F("minutes_doc", "纪要文号", "会议纪要文号", "纪要编号", required=True, lookup=(("Meeting", "minutes_doc"),),
              help="the meeting's minutes number (load the meeting first)"),
            F("seq", "事项编号", "议定事项编号", "编号", required=True, parse=checks.integer,
              help="the decision's number in the minutes (1, 2 …): its identity"),
            F("text", "议定事项", "事项", "内容", "决定事项", required=True),
            *agency_ref("owner", ("责任单位", "牵头落实单位", "承办单位"), ("责任单位地区",), what="the agency that carries it out → ASSIGNED_TO"),
            F("due", "完成时限", "办结时限", "期限", "截止日期", parse=checks.date),
            F("done", "完成日期", "办结日期", parse=checks.date),
            F("done_note", "完成情况", "落实情况"),
        ),
        help="→ MeetingDecision, DECIDED, ASSIGNED_TO",
    ),
    Kind(
        "liaisons", "联络员", ("liaisons", "liaison", "联络员", "联络员名单"),
        (
            *MECHANISM,
            *agency_ref("agency", ("单位", "成员单位", "所在单位", "工作单位"), ("单位地区",), what="the member agency"),
            F("name", "姓名", "联络员", "联络员姓名", required=True),
            F("position", "职务", "职位"),
            F("since", "起始日期", "指定日期", "任职日期", *DATE_START, required=True, parse=checks.date),
        ),
        help="→ Official (of the agency), WORKS_AT, LIAISON_FOR {since}; the latest per agency is the current one",
    ),
    Kind(
        "inspectors", "执法人员库", ("inspectors", "inspector_register", "执法人员库", "执法人员", "执法检查人员", "检查人员名录"),
        (
            F("name", "姓名", "执法人员", "人员姓名", required=True),
            *agency_ref("agency", ("单位", "所在单位", "执法单位", "工作单位"), ("单位地区", "地区"), what="the inspector's agency"),
            F("position", "职务", "职位"),
            F("field", "领域", "检查领域", "执法领域"),
            F("start", *DATE_START, "入库日期", required=True, parse=checks.date),
            F("end", *DATE_END, "出库日期", parse=checks.date),
        ),
        help="→ Official, WORKS_AT, RegisterEntry {register: inspectors}, LISTS",
    ),
    Kind(
        "targets", "检查对象名录库", ("targets", "target_register", "检查对象", "检查对象名录", "检查对象名录库", "名录库"),
        (
            *company_ref("target", ("检查对象", "市场主体", "企业名称", "名称"), ("统一社会信用代码", "信用代码"),
                         required=False, what="a company on the register (or give project_no)"),
            F("project_no", "项目编号", "采购项目编号", lookup=(("Project", "project_no"),), help="a project on the register"),
            F("field", "领域", "检查领域", "抽查事项"),
            F("risk", "风险等级", "风险", parse=risk, help="0–3 (002 六): added to the target's draw weight"),
            F("start", *DATE_START, "入库日期", required=True, parse=checks.date),
            F("end", *DATE_END, "出库日期", parse=checks.date),
        ),
        help="→ RegisterEntry {register: targets}, LISTS (a company or a project; one of them)",
    ),
)


def _mechanism(c: Ctx) -> tuple[str, str]:
    """(id, region) of the row's mechanism."""
    name, region = c.row.need("mechanism"), c.row.get("mechanism_region")
    ids = c.known.find("Mechanism", "name", name)
    if region:
        ids = {i for i in ids if id_key(c.known.props("Mechanism", i).get("region", "")) == id_key(region)}
    if len(ids) == 1:
        mid = ids.pop()
        return mid, str(c.known.props("Mechanism", mid).get("region"))
    if ids:
        regions = sorted(str(c.known.props("Mechanism", i).get("region")) for i in ids)
        raise Reject("mechanism", f"{len(ids)} mechanisms are named {name!r} (in {', '.join(regions)}); add a mechanism_region column")
    raise Reject("mechanism", f"mechanism {name!r}{' in ' + region if region else ''} is not in the graph; mechanisms come "
                              "from the agency directory (liandong reference load) — `liandong meeting list` names them")


def _agency_in(c: Ctx, name: str, region: str, column: str) -> str:
    ids = {i for i in c.known.find("Agency", "name", name)
           if id_key(c.known.props("Agency", i).get("region", "")) == id_key(region)}
    if len(ids) != 1:
        raise Reject(column, f"agency {name!r} in {region} is {'ambiguous' if ids else 'neither in the graph nor in this load'}"
                             "; give its full name as the agency directory has it")
    return ids.pop()


def _register(c: Ctx, register: str, member: str, agency: str | None = None) -> None:
    r = c.row
    if r.get("start") and r.get("end") and r.get("end") < r.get("start"):
        raise Reject("end", f"ends ({r.get('end')}) before it starts ({r.get('start')}); check both dates")
    try:
        props = entry_props(register, member, r.need("start"), r.get("end"), agency=agency, field=r.get("field"),
                            risk=r.get("risk"))
    except InspectionError as e:
        raise Reject(None, str(e)) from None
    c.rel("LISTS", c.node("RegisterEntry", props), member)


def build_mechanism_members(c: Ctx) -> None:
    mid, region = _mechanism(c)
    aid = c.agency("agency", "agency_region", default_region=region)
    c.rel("MEMBER_OF", aid, mid)
    if c.row.get("role") == "lead":
        c.rel("LEADS", aid, mid)


def build_meetings(c: Ctx) -> None:
    r = c.row
    mid, region = _mechanism(c)
    convener = c.agency("convener", "convener_region", default_region=region)
    requested = c.agency("requested_by", "requested_by_region", default_region=region, required=False)
    kind = r.get("meeting_kind") or "regular"
    meeting = c.node("Meeting", {"mechanism_id": mid, "date": r.need("date"), "kind": kind, "convener": convener,
                                 "requested_by": requested, "topic": r.get("topic"), "minutes": r.get("minutes"),
                                 "minutes_doc": r.get("minutes_doc"), "referred": r.get("referred"),
                                 "clause": "003 第六条" if r.get("referred") else c.known.props("Mechanism", mid).get("clause")})
    c.rel("HELD", mid, meeting)
    c.rel("CONVENED", convener, meeting)
    for name in dict.fromkeys(r.get("attendees") or []):
        c.rel("ATTENDED", _agency_in(c, name, region, "attendees"), meeting)


def build_meeting_decisions(c: Ctx) -> None:
    r = c.row
    doc = r.need("minutes_doc")
    meetings = c.known.find("Meeting", "minutes_doc", doc)
    if len(meetings) != 1:
        raise Reject("minutes_doc", f"{'no meeting' if not meetings else 'more than one meeting'} with minutes {doc!r} is in "
                                    "the graph or in this load; load the meeting (with its minutes_doc) first")
    meeting = meetings.pop()
    props = c.known.props("Meeting", meeting)
    owner = c.agency("owner", "owner_region")
    due, held = r.get("due"), props.get("date")
    if due is not None and held is not None and due < held:
        raise Reject("due", f"the decision is due ({due}) before the meeting ({held})")
    did = c.node("MeetingDecision", {"meeting_id": meeting, "seq": r.need("seq"), "text": r.need("text"), "owner": owner,
                                     "due": due, "done": r.get("done"), "done_note": r.get("done_note")})
    c.rel("DECIDED", meeting, did)
    c.rel("ASSIGNED_TO", did, owner)


def build_liaisons(c: Ctx) -> None:
    mid, region = _mechanism(c)
    aid = c.agency("agency", "agency_region", default_region=region)
    oid = c.node("Official", {"name": c.row.need("name"), "agency_id": aid, "position": c.row.get("position")})
    c.rel("WORKS_AT", oid, aid, {"position": c.row.get("position")})
    c.rel("LIAISON_FOR", oid, mid, {"since": c.row.need("since")})


def build_inspectors(c: Ctx) -> None:
    aid = c.agency("agency", "agency_region")
    oid = c.node("Official", {"name": c.row.need("name"), "agency_id": aid, "position": c.row.get("position")})
    c.rel("WORKS_AT", oid, aid, {"position": c.row.get("position")})
    _register(c, "inspectors", oid, aid)


def build_targets(c: Ctx) -> None:
    r = c.row
    has_company = r.get("target") or r.get("target_credit_code")
    if bool(has_company) == bool(r.get("project_no")):
        raise Reject("target", "give either a company (target / target_credit_code) or a project_no, not both or neither")
    if has_company:
        found = c.company("target")
        member = found[0]
    else:
        member = c.project()
    _register(c, "targets", member)


REGISTER_BUILDERS = {
    "mechanism_members": build_mechanism_members,
    "meetings": build_meetings,
    "meeting_decisions": build_meeting_decisions,
    "liaisons": build_liaisons,
    "inspectors": build_inspectors,
    "targets": build_targets,
}
