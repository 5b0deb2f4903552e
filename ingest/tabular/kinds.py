"""The record kinds a structured import accepts, and their columns (English names and Chinese aliases).

A table's kind comes from (first that applies):

1. ``--kind`` on the command line;
2. a ``record`` column (also ``record_type``, ``记录类型``, ``数据类型``) — per row, so one file may mix kinds;
3. the sheet name (XLSX, or a key of a JSON object), then the file name: ``companies.csv``,
   ``2021_投标记录.xlsx``, ``企业黑名单.json`` (the longest kind name found in it wins);
4. a ``kind``/``type``/``类型`` column whose values are kind names — only when 3 said nothing.
   (When the name decides the kind, ``kind``/``类型`` is that kind's own column, e.g. an agency's kind.)

Headers match case-, width- and space-insensitively; ``*``, ``(必填)``/``(选填)`` and a trailing
unit in brackets are ignored — ``报价（万元）`` multiplies the amounts by 10 000. Columns named
``备注``/``note``/``remark``/``序号`` or starting with ``#`` or ``_`` are ignored.

``render_columns()`` prints the table in the docs and ``liandong load --columns``.
"""

from __future__ import annotations

import re

from graph.types import vocabulary
from ingest.tabular import checks
from ingest.tabular.checks import nfkc
from ingest.tabular.fields import (
    ADDRESS,
    BIDDER,
    DATE_END,
    DATE_START,
    NAME_LOOKUPS,
    PHONE,
    PROJECT_NO,
    F,
    Kind,
    agency_ref,
    company_ref,
    party_ref,
    person_ref,
)

KINDS: tuple[Kind, ...] = (
    Kind(
        "agencies", "机关", ("agencies", "agency", "机关", "单位", "部门", "监管部门", "机关单位"),
        (
            F("name", "名称", "机关名称", "单位名称", "部门名称", required=True, help="full official name"),
            F("region", "地区", "所属地区", "所在地区", "行政区划", "区域", required=True,
              help="the region's name as the agency directory has it (绵竹市, 泉州市鲤城区); part of the agency's identity"),
            F("agency_kind", "kind", "type", "类型", "机关类型", "部门类型", "类别", parse=checks.agency_kind,
              help=" | ".join(vocabulary.codes("agency_kind")) + " (or 财政, 纪委监委, 公安 …)"),
            F("level", "级别", "层级", parse=checks.level, help="national | province | prefecture | county | district"),
            F("aliases", "简称", "别名", parse=checks.strings, help="short forms, separated by ; or |"),
        ),
        defines=("Agency", "name"),
        help="→ Agency, Region, LOCATED_IN",
    ),
    Kind(
        "persons", "人员", ("persons", "person", "people", "人员", "自然人", "人员信息", "个人"),
        (
            F("name", "姓名", "名字", required=True),
            F("id_number", "身份证号", "身份证号码", "证件号码", "公民身份号码", parse=checks.id_number,
              help="checked by its check digit; only its SHA-256 is stored, and becomes the context"),
            F("context", "区分信息", "身份说明", "背景", help="what tells namesakes apart when there is no identity number "
              "(e.g. 'spouse of 王建国, 绵竹市教育局'); one of id_number/context is required"),
            F("masked", "是否保密", "保密", parse=checks.yes_no, help="identity is confidential (informant)"),
            PHONE,
            ADDRESS,
        ),
        defines=("Person", "name"),
        help="→ Person (+ Phone, Address)",
    ),
    Kind(
        "companies", "企业", ("companies", "company", "enterprises", "suppliers", "supplier", "企业", "公司", "供应商", "企业信息"),
        (
            F("name", "名称", "企业名称", "公司名称", "单位名称", "供应商名称", required=True),
            F("credit_code", "统一社会信用代码", "信用代码", "社会信用代码", "统一代码", "uscc", parse=checks.credit_code,
              help="统一社会信用代码 (check digit verified); the company's identity when given, else the name"),
            F("region", "地区", "所在地区", "所属地区", "注册地", help="→ Region + LOCATED_IN"),
            F("registered", "成立日期", "注册日期", "成立时间", parse=checks.date),
            F("legal_rep", "法定代表人", "法人代表", "法人", "legal_representative",
              lookup=NAME_LOOKUPS["person"], help="→ LEGAL_REP_OF; a name known nowhere becomes a new person "
              "whose context is the company"),
            F("legal_rep_id_number", "法定代表人身份证号", "法人身份证号", "法定代表人证件号码", parse=checks.id_number),
            F("legal_rep_context", "法定代表人区分信息"),
            PHONE,
            ADDRESS,
        ),
        defines=("Company", "name"),
        help="→ Company (+ Region, Person, LEGAL_REP_OF, Phone, Address)",
    ),
    Kind(
        "officials", "公职人员", ("officials", "official", "公职人员", "干部", "工作人员"),
        (
            F("name", "姓名", "名字", required=True),
            *agency_ref("agency", ("单位", "所在单位", "工作单位", "任职单位", "机关"), ("地区", "单位地区", "所在地区", "region"),
                        what="the agency the official works at"),
            F("position", "职务", "职位"),
            F("party_member", "是否党员", "党员", "中共党员", parse=checks.yes_no),
            F("phone", "电话", "联系电话", "手机", "手机号", parse=checks.phone, help="→ Phone node"),
        ),
        defines=("Official", "name"),
        help="→ Official, WORKS_AT {position} (+ Phone)",
    ),
    Kind(
        "projects", "项目", ("projects", "project", "项目", "采购项目", "招标项目", "项目信息"),
        (
            F("project_no", "项目编号", "采购项目编号", "招标编号", "项目代码", required=True),
            F("name", "项目名称", "名称"),
            F("region", "地区", "项目地区", "所属地区", help="→ Region + LOCATED_IN"),
            F("budget", "预算", "预算金额", "采购预算", "预算金额(元)", parse=checks.amount, help="yuan; 万 or (万元) understood"),
            F("method", "采购方式", "招标方式", parse=checks.method,
              help="public_tender | competitive_negotiation | inquiry | single_source | other (or 公开招标 …)"),
            F("opened", "开标日期", "开标时间", parse=checks.date),
            F("sector", "项目类别", "采购类别", "类别", "类型", parse=checks.sector, help="goods | services | construction (货物/服务/工程)"),
            *agency_ref("purchaser", ("采购人", "采购单位", "招标人"), ("采购人地区", "采购单位地区"), required=False,
                        what="purchasing agency → PURCHASED"),
            *company_ref("agent", ("代理机构", "采购代理机构", "招标代理机构"), ("代理机构统一社会信用代码",), required=False,
                         what="procurement agent company → AGENT_FOR"),
        ),
        defines=("Project", "project_no"),
        help="→ Project (+ Region, PURCHASED, AGENT_FOR)",
    ),
    Kind(
        "bids", "投标", ("bids", "bid", "bidders", "tenders", "投标", "投标记录", "投标人", "报价", "开标记录"),
        (
            PROJECT_NO,
            *BIDDER,
            F("price", "报价", "投标报价", "投标价格", "报价金额", "投标金额", parse=checks.amount, help="yuan"),
            F("rank", "排名", "名次", "评审排名", "排序", parse=checks.integer),
            F("winner", "是否中标", "中标", "是否成交", "中标结果", parse=checks.yes_no, help="yes → WON {price, date}"),
            F("submitted", "投标时间", "递交时间", "上传时间", parse=checks.date_time),
            F("awarded", "中标日期", "成交日期", parse=checks.date, help="date on WON"),
            F("ip", "ip地址", "上传ip", "投标ip", "ip_address", parse=checks.ip, help="→ IPAddress, SUBMITTED_FROM"),
            F("mac", "mac地址", "网卡地址", "mac_address", parse=checks.mac, help="→ IPAddress {kind: mac}"),
            F("bond_account", "保证金账户", "保证金账号", "保证金缴纳账户", parse=checks.bank_account,
              help="→ BankAccount, PAID_BOND_FROM"),
            F("bond_bank", "保证金开户行", "开户行", "开户银行"),
            F("phone", "联系电话", "电话", "手机", parse=checks.phone, help="→ Phone, HAS_PHONE"),
            F("address", "联系地址", "地址", parse=checks.address, help="→ Address, HAS_ADDRESS"),
            *person_ref("author", ("编制人", "文件编制人", "投标文件制作人"), prefix="编制人", required=False, official=False,
                        what="bid-file author → AUTHORED_BY"),
        ),
        help="→ Bid, SUBMITTED, FOR_PROJECT, WON (winner) (+ IP/MAC, bond account, phone, address, author)",
    ),
    Kind(
        "family", "亲属关系", ("family", "family_ties", "relatives", "kinship", "亲属", "亲属关系", "家庭关系", "家庭成员", "社会关系"),
        (
            *person_ref("person", ("姓名", "本人", "本人姓名", "公职人员", "人员"), prefix="本人", what="the official or person",
                        extra_ids=("身份证号", "身份证号码"), extra_agency=("单位", "工作单位", "所在单位"),
                        extra_region=("地区", "单位地区"), extra_context=("区分信息",)),
            *person_ref("relative", ("亲属", "亲属姓名", "关系人", "关系人姓名"), prefix="亲属", what="the relative"),
            F("relation", "关系", "亲属关系", "与本人关系", "称谓", required=True, parse=checks.relation,
              help="what the relative is to the person: spouse | child | parent | sibling | in_law | other (配偶, 子女 …)"),
        ),
        help="→ FAMILY {relation} from the person to the relative",
    ),
    Kind(
        "ownership", "股权", ("ownership", "shareholders", "shareholdings", "shareholding", "股东", "股权", "持股", "股东信息", "出资"),
        (
            *company_ref("company", ("企业", "企业名称", "公司", "公司名称", "被投资企业"),
                         ("企业统一社会信用代码", "统一社会信用代码", "信用代码"), what="the owned company"),
            *party_ref("shareholder", ("股东", "股东名称", "股东姓名", "出资人"), extra_codes=("股东信用代码",),
                       extra_ids=("股东证件号码",)),
            F("share", "持股比例", "出资比例", "股权比例", "占股比例", "share_pct", parse=checks.share,
              help="60%, 60 or 0.6 (a number above 1 is a percentage)"),
        ),
        help="→ SHAREHOLDER_OF {share} from the shareholder (company, person or official)",
    ),
    Kind(
        "management", "任职", ("management", "managers", "roles", "officers", "directors", "任职", "高管", "主要人员", "董监高"),
        (
            *company_ref("company", ("企业", "企业名称", "公司", "公司名称"), ("企业统一社会信用代码", "统一社会信用代码", "信用代码")),
            *person_ref("person", ("姓名", "人员", "人员姓名", "任职人员"), prefix=""),
            F("role", "职务", "角色", "任职", "职位", required=True, parse=checks.role,
              help="法定代表人 → LEGAL_REP_OF; 实际控制人 → CONTROLS; any other (董事, 监事, 经理 …) → MANAGES {role}"),
        ),
        help="→ LEGAL_REP_OF, CONTROLS or MANAGES {role}",
    ),
    Kind(
        "contacts", "联系方式", ("contacts", "contact", "phones", "addresses", "联系方式", "联系人", "通讯录"),
        (
            *company_ref("company", ("企业", "企业名称", "公司", "公司名称", "单位名称"), ("统一社会信用代码", "信用代码"),
                         required=False, what="the company (or give person)"),
            *person_ref("person", ("姓名", "人员"), prefix="", required=False),
            PHONE,
            ADDRESS,
        ),
        help="→ HAS_PHONE / HAS_ADDRESS from a company, person or official (officials: phone only)",
    ),
    Kind(
        "bid_ips", "投标IP", ("bid_ips", "ips", "ip_addresses", "macs", "ip", "ip地址", "上传ip", "mac地址", "投标ip"),
        (
            PROJECT_NO,
            *BIDDER,
            F("ip", "ip地址", "上传ip", "投标ip", "ip_address", parse=checks.ip),
            F("mac", "mac地址", "网卡地址", "mac_address", parse=checks.mac),
        ),
        help="→ IPAddress, SUBMITTED_FROM from the (existing) bid; one of ip/mac required",
    ),
    Kind(
        "bid_bonds", "投标保证金", ("bid_bonds", "bonds", "bank_accounts", "accounts", "保证金", "投标保证金", "银行账户", "保证金账户"),
        (
            PROJECT_NO,
            *BIDDER,
            F("account", "账号", "银行账号", "保证金账户", "保证金账号", "缴款账号", "付款账号", "account_number",
              required=True, parse=checks.bank_account),
            F("bank", "开户行", "开户银行", "银行"),
        ),
        help="→ BankAccount, PAID_BOND_FROM from the (existing) bid",
    ),
    Kind(
        "sanctions", "处罚/黑名单", ("sanctions", "sanction", "penalties", "blacklist", "blacklists", "debarments",
                                   "处罚", "行政处罚", "黑名单", "失信", "失信名单", "惩戒"),
        (
            *party_ref("party", ("当事人", "被处罚人", "处罚对象", "失信主体", "对象", "名称", "企业名称"),
                       extra_codes=("统一社会信用代码", "信用代码"), extra_ids=("身份证号",)),
            *agency_ref("authority", ("处罚机关", "决定机关", "实施机关", "列入机关", "认定机关"), ("机关地区", "处罚机关地区"),
                        what="the agency that imposed it → IMPOSED"),
            F("sanction_kind", "kind", "type", "类型", "处罚类型", "惩戒类型", "种类", required=True, parse=checks.sanction_kind,
              help="penalty | blacklist | debarment (行政处罚, 黑名单, 禁止参加政府采购活动 …)"),
            F("start", *DATE_START, "列入日期", "处罚日期", "决定日期", required=True, parse=checks.date),
            F("end", *DATE_END, "期满日期", "有效期至", parse=checks.date, help="the period's last day; empty while open; not before start"),
            F("removed", "移出日期", "移除日期", "信用修复日期", parse=checks.date,
              help="taken off the list (002 十六): sanctions stop from this day"),
            F("removal_reason", "移出原因", "移除原因", "修复原因"),
            F("reason", "事由", "原因", "处罚事由", "违法事实", "列入原因"),
            F("amount", "罚款金额", "金额", "罚没金额", parse=checks.amount),
            F("doc_no", "文号", "决定书文号", "处罚决定书文号"),
        ),
        help="→ Sanction, IMPOSED, AGAINST",
    ),
    Kind(
        "watchlist", "重点关注名单", ("watchlist", "watch_list", "watchlists", "重点关注", "重点关注名单", "关注名单"),
        (
            *party_ref("party", ("对象", "名称", "当事人", "企业名称"), extra_codes=("统一社会信用代码", "信用代码"),
                       extra_ids=("身份证号",)),
            F("list_name", "名单", "名单名称", "list", required=True),
            F("start", *DATE_START, "列入日期", required=True, parse=checks.date),
            F("end", *DATE_END, parse=checks.date),
            F("removed", "移出日期", "移除日期", parse=checks.date, help="taken off the list: no longer tracked from this day"),
            F("removal_reason", "移出原因", "移除原因"),
            F("reason", "原因", "列入原因", "事由"),
            F("evidence", "证据", "依据", "证据材料", parse=checks.strings, help="what supports it, separated by ; or |"),
            F("proposed_by", "提出方式", "线索来源", "来源", parse=checks.vocabulary("proposer", {
                "ring_screen": ("围标串标筛查",), "price_screen": ("报价异常筛查",), "finding": ("检查发现", "案件发现"),
                "manual": ("人工添加", "人工")}), help="ring_screen | price_screen | finding | manual (002 十一); default manual"),
            F("added_by", "添加人", "列入人", "经办人"),
            *agency_ref("authority", ("列入机关", "管理机关", "认定机关"), ("机关地区",), required=False, what="→ IMPOSED"),
        ),
        help="→ WatchListEntry, AGAINST (+ IMPOSED)",
    ),
    Kind(
        "referrals", "移送", ("referrals", "referral", "transfers", "移送", "移送记录", "线索移送", "案件移送", "移交"),
        (
            F("doc_no", "文号", "移送文号", "函号", "发文字号", "文书编号", required=True),
            *agency_ref("from_agency", ("移送单位", "移送机关", "发函单位", "移出单位", "from"), ("移送单位地区",),
                        what="sending agency → SENT"),
            *agency_ref("to_agency", ("接收单位", "受移送单位", "受移送机关", "移入单位", "收函单位", "to"), ("接收单位地区",),
                        what="receiving agency → SENT_TO"),
            F("region", "地区", help="both agencies' region, when from_/to_agency_region are not given"),
            F("sent", "日期", "移送日期", "发函日期", "发送日期", "date", parse=checks.date),
            F("referral_kind", "kind", "type", "类型", "移送类型", parse=checks.referral_kind, help="transfer | forward | return"),
            F("channel", "送达方式", "移送方式", "方式", parse=checks.channel, help="hand | post | email"),
            F("materials", "材料", "材料清单", "移送材料", parse=checks.strings, help="separated by ; or |"),
            F("case_no", "案件编号", lookup=(("Case", "case_no"),), help="an existing case → CONCERNS"),
            F("clue_no", "线索编号", lookup=(("Clue", "clue_no"),), help="an existing clue → CONCERNS"),
            F("received", "签收日期", "接收日期", "收到日期", parse=checks.date, help="the receiver signed for it (回执)"),
            F("decision", "处理方式", "受理情况", "处理结果", "决定", parse=checks.decision,
              help="accepted | declined | returned | forwarded (受理/不予受理/退回/转送)"),
            F("decided", "决定日期", "受理日期", "立案日期", "退回日期", "转送日期", parse=checks.date,
              help="the day of that decision"),
            F("reported", "回告日期", "告知日期", parse=checks.date, help="the sender was told of the decision"),
            *agency_ref("forwarded_to", ("转送机关", "转送单位"), ("转送机关地区",), required=False,
                        what="where it was forwarded"),
            F("reason", "理由", "退回理由", "退回原因", help="the written reasons of a return"),
            F("handled", "办结日期", "办理完毕日期", "处理完毕日期", parse=checks.date, help="handling ended"),
            F("outcome_reported", "结果回告日期", "办理结果回告日期", parse=checks.date, help="the outcome was reported to the sender"),
        ),
        help="→ Referral, SENT, SENT_TO (+ CONCERNS); without case_no/clue_no its dates become a thread (liandong threads)",
    ),
)

# issue 13's registers (mechanism members, meetings, decisions, liaisons, inspectors, targets): after every
# kind they refer to
from ingest.tabular.registers import REGISTER_KINDS  # noqa: E402 - the order of KINDS is the load order

KINDS = KINDS + REGISTER_KINDS
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
ORDER: dict[str, int] = {k.name: i for i, k in enumerate(KINDS)}


def _name_index() -> list[tuple[str, Kind]]:
    out = []
    for k in KINDS:
        for n in (k.name, *k.names):
            out.append((nfkc(n).lower(), k))
    return out


_NAMES = _name_index()


def kind_named(value: str) -> Kind | None:
    """The kind a record-column value names exactly (``companies``, ``企业`` …)."""
    t = nfkc(value).lower().replace(" ", "_").replace("-", "_")
    for n, k in _NAMES:
        if n == t:
            return k
    return None


def kind_from_name(name: str) -> Kind | None:
    """The kind a file or sheet name mentions: the longest kind name found in it; None if none or a tie."""
    t = nfkc(name).lower()
    best: list[tuple[int, Kind]] = []
    for n, k in _NAMES:
        if n.isascii():
            hit = re.search(rf"(?<![a-z]){re.escape(n)}(?![a-z])", t)
        else:
            hit = n in t  # type: ignore[assignment]
        if hit:
            best.append((len(n), k))
    if not best:
        return None
    top = max(length for length, _ in best)
    kinds = {k.name for length, k in best if length == top}
    return BY_NAME[kinds.pop()] if len(kinds) == 1 else None


def render_columns(kinds: tuple[Kind, ...] = KINDS, *, markdown: bool = False) -> str:
    """The accepted kinds and columns, as text (``liandong load --columns``) or a Markdown table."""
    lines: list[str] = []
    for k in kinds:
        if markdown:
            lines += [f"### {k.name} ({k.title})", "", f"File/sheet names: {', '.join(k.names)}. {k.help}".replace("|", "\\|"), "",
                      "| column | also | required | meaning |", "|---|---|---|---|"]
            for f in k.fields:
                meaning = f.help.replace("|", "\\|")
                lines.append(f"| `{f.name}` | {', '.join(f.aliases)} | {'yes' if f.required else ''} | {meaning} |")
            lines.append("")
        else:
            lines.append(f"{k.name} ({k.title}) — names: {', '.join(k.names)}")
            lines.append(f"  {k.help}")
            for f in k.fields:
                req = "*" if f.required else " "
                also = f"  [{', '.join(f.aliases)}]" if f.aliases else ""
                lines.append(f"  {req} {f.name:<24}{f.help}{also}")
            lines.append("")
    return "\n".join(lines)

