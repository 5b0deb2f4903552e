"""Document classification: kind, violation types and the issuing agency (rules)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.letter_fields import ISSUING, SEAL, fields
from ingest.letter_layout import bracket_issuer, title_organ

from .records import Classification
from .relations.context import Ent as _Ent

KINDS = ("penalty_decision", "complaint_decision", "court_judgment", "discipline_notice", "news",
         "policy_notice", "admin_review", "other")

_COURT = re.compile(r"(判\s*决\s*书|裁\s*定\s*书|刑事判决|民事判决|行政判决|\(\d{4}\)[\u4e00-\u9fff]{1,2}\d*[刑民行]\S{0,2}\d+号)")
_REVIEW = re.compile(r"行政复议决定书|复议决定书")
_COMPLAINT = re.compile(r"投诉处理(决定书|决定|结果公告|结果|意见书)|投诉处理结果")
_PENALTY = re.compile(r"(行政处罚决定书|处罚决定书|行政处理决定|处理决定公告|处罚决定公告|行政处罚决定|处理决定书|"
                      r"处罚公告|行政处罚信息|不良行为记录|责令.{0,6}改正(通知书|决定书)|(检查|处理|处罚)结果(公告|公示|通报))")
_PENALTY_TONGBAO = re.compile(r"(信用扣分|予以(全市)?通报批评|予以(全市)?通报|记不良行为)")
_DISCIPLINE = re.compile(r"(纪委|监委|纪律检查委员会|监察委员会)")
# a header that opens with a discipline body's name (中共X纪律检查委员会, X纪委监委), not a joint one led by another
_DISCIPLINE_HEAD = re.compile(r"\s*(?:中共)?[\u4e00-\u9fff]{0,12}?" + _DISCIPLINE.pattern)
_DISC_WORDS = re.compile(r"(典型案例|典型问题|通报|曝光|违纪违法|专项整治)")
_NEWS = re.compile(r"(记者|新华社|本报讯|网友评论|责任编辑|通讯员|新闻热线|\d+日电|据悉|获悉|编辑[:：])")
_POLICY = re.compile(r"(通知|办法|机制|方案|实施意见|指导意见|规定|细则|印发|工作要点)")
_ADDRESSEE = re.compile(r"(?m)^\s*各[^\n:：]{1,40}[:：]")
# The letter genres ingestion stores as the Document's kind — the one set (ingest.mapping.genre uses it too)
_LETTER = {
    "clue_referral": re.compile(r"线索移送函|问题线索.{0,6}(移送|移交)|(移送|移交).{0,10}线索|关于(移送|移交)[^\n]{0,60}线索"),
    "case_referral": re.compile(r"案件移送(函|书)|移送处理书|移送(函|书)|移交(函|书)|关于(移送|移交)[^\n]{0,60}(案|问题)[^\n]{0,6}函"),
    "assistance_request": re.compile(r"协助办理函|协查函|协助调查函"),
    "reply": re.compile(r"回告|回执|复函"),
    "minutes": re.compile(r"会议纪要"),
}

# The violation types a document states, by the families of wording that say them (a sanction such as
# 列入不良行为记录 is no violation: it is what a decision does)
_PROCUREMENT = r"(政府采购|采购|招标|招投标|公开招标|比选|询价)"
VIOLATION_PATTERNS: dict[str, re.Pattern[str]] = {
    "collusion": re.compile(r"串通投标|串标|围标|陪标|恶意串通|相互串通|混装|委托同一(人|单位)|同一人编制|串通|"
                            r"(投标|响应|报价)文件[^。；]{0,16}(异常一致|雷同|同一|相同)|"
                            r"同一(人|人员|单位|台电脑|电脑|计算机)(编制|制作|上传)(了)?(投标|响应|报价)文件|"
                            r"(机器码|MAC地址|IP地址|文件创建标识|加密锁).{0,8}(相同|一致)|"
                            r"(保证金|投标保证金).{0,12}同一(账户|帐户|单位|人)|"
                            r"(法定代表人|项目经理|项目负责人|联系人|委托代理人).{0,8}(为|均为|系)同一(人|个人)|"
                            r"(两|三|多|[2-9])家.{0,20}(同一联系人|同一人|同一账户)|"
                            # one bidder behind several firms: 借用A、B(、C)资质/名义参与投标, 为自己出借资质用于投标
                            r"(借用|挂靠)[^。；]{0,60}?[、和][^。；]{0,60}?(资质|名义)[^。；]{0,12}(投标|报价|竞标|参与)|"
                            r"出借资质[^。；]{0,10}(投标|竞标)|"
                            # bidders found tied to each other (股权关联, 关联关系) or bids alike (报价、技术方案雷同)
                            r"(投标人|供应商|中标人|投标单位)[^。；]{0,60}(存在|具有)[^。；]{0,4}(关联关系|股权关联)|"
                            r"(投标报价|报价|技术方案|投标方案)[^。；]{0,12}雷同"),
    "false_materials": re.compile(r"虚假材料|虚假资料|弄虚作假|伪造|变造|虚假(的)?[\u4e00-\u9fff]{0,6}(业绩|证书|证明|报告|合同|承诺|"
                                  r"资质|文件|发票|社保)|虚假承诺|提供虚假|骗取中标|骗取成交|以他人名义投标|冒用|借用(他人)?资质|"
                                  r"(业绩|证书|证明|资质|材料)[^。；]{0,8}不实|"
                                  # 业绩合同与…存档信息不符: a bid's evidence that does not match the record (不符合 is a criterion)
                                  r"(业绩|证书|证明|资质)[^。；，,]{0,6}与[^。；，,]{0,20}(存档|备案|登记|事实|实际)[^。；，,]{0,6}不符(?!合)"),
    "bribery": re.compile(r"受贿|行贿|好处费|收受.{0,8}(财物|钱款|现金|礼金|红包|贿赂|购物卡|礼品)|索要|商业贿赂|回扣|"
                          r"为(其|他人)谋取(不正当)?利益|送给[^。；，,]{0,12}(现金|购物卡|礼金|财物|红包|美元)|"
                          r"评审专家.{0,6}腐败|(接受|收受)[^。；]{0,30}(宴请|吃请|礼品|礼金)|输送利益|利益输送"),
    "no_procurement": re.compile(r"未[^。；，,]{0,8}" + _PROCUREMENT + r"(程序|手续)|"
                                 r"规避(公开)?招标|规避政府采购|直接发包|拆分|化整为零|虚假(邀标|招标)|"
                                 r"未经(公开)?(招标|采购|比选)|应(当)?(公开)?招标而未|未招先建|先建后招|应招未招|"
                                 r"未按规定.{0,6}招标|先上车后补票|施工早于招标|"
                                 r"(没有|未)(采取|采用|经过|履行|进行)?(公开)?(招投标|招标|政府采购)(的)?(形式|方式|程序|手续)|"
                                 r"应当?[^。；]{0,8}公开招标[^。；]{0,90}(以|采用|改为|改用)[^。；]{0,6}(邀请招标|竞争性谈判|询价|单一来源)|"
                                 r"直接将[^。；]{0,30}(交给|交由|发包给|委托给)[^。；]{0,30}(承建|施工|实施|承接)|(直接|自行)(委托|指定|确定|采购|交由)[^。；]{0,30}"
                                 r"(供货|承接|承建|施工|实施|服务)"),
    "discriminatory_terms": re.compile(r"差别(待遇|歧视)|歧视(性)?(待遇|条款)|排斥(外地|潜在|本地以外)|限制(或者排斥|中小企业)|"
                                       r"指向特定|指向性|倾向性(条款|参数|评分标准|要求)|(按照|依照|根据)[^。；，,]{0,10}(产品|品牌)的?(技术)?参数(设置|设定|编制)|量身定做|不合理(的)?条件|以不合理|特定(品牌|供应商|专利)|指定(品牌|产品|供应商)"),
    "interference": re.compile(r"插手干预|违规干预|打招呼|说情|明招暗定|干预(评标|评审|招标|采购|工程)|暗箱操作|"
                               # 授意/指使 someone in the procurement, not in any act (指使员工持假证…)
                               r"(授意|指使)[^。；]{0,30}(评标|评审|专家|招标|采购|拆分|发包|中标|投标|抽取)|"
                               r"事先(确定|内定|指定)[^。；]{0,20}中标|内定[^。；]{0,10}中标|"
                               r"指定[^。；]{0,12}(参与|参加)(评审|评标)|"
                               # an official telling the evaluators the outcome he wants
                               r"(向|对)[^。；]{0,6}(评标|评审)专家[^。；]{0,20}(明示|暗示|施压|倾向性意见)"),
    "contract_violation": re.compile(r"拒不签订|未按规定.{0,4}(签订|公告).{0,2}合同|合同.{0,4}未.{0,4}公告|违法转包|转包|违(法|规)分包|"
                                     r"擅自(变更合同|分包|转让|转包)|肢解分包|未按(合同|约定)(履约|供货|施工)"),
    "abuse_of_power": re.compile(r"滥用职权|玩忽职守|失职|未(认真|正确|依法)?履行[^。；，,]{0,6}职责|不正确履行职责|未正确履行职责|渎职|(知情|明知).{0,6}(未予|不予|未|不)(制止|纠正|报告)|"
                                 r"监管不力|履职不力|不作为"),
    "other": re.compile(r"评审(错误|不公|过程中未按)|未按照?[^。；，,]{0,12}(评审|评标)(标准|程序|方法|办法)|符合性审查|质疑答复|"
                        r"逾期答复|保证金.{0,6}(形式|滞压|未退)|未[^。；]{0,30}收取[^。；]{0,4}保证金|乱收费|废标|漏报|瞒报|违规收取|档案管理|"
                        r"泄露[^。；，,]{0,4}(标底|评标|评审|投标|招标|供应商)|虚开(增值税)?发票|违规(收受|接受)?(代理|服务)?费|"
                        r"未(按规定|依法)?(公开|公示|发布)[^。；]{0,10}(信息|公告|结果)|违规(设立|设置)|"
                        r"擅自(改变|变更)(采购方式|评审)|未按(规定|要求)(组织|开展)(验收|履约验收)|"
                        r"未按(规定|要求)[^。；]{0,30}(送交|报送|抽取|备案|存档)|虚增|虚报|多计|"
                        # forcing a bidder out of a bid (强迫交易)
                        r"(迫使|逼迫|强迫)[^。；]{0,12}(退标|退出(投标|竞标|标位))|强迫交易"),
}

_REGULATOR = re.compile(r"(财政局|财政委|财政厅|财政部|公管局|公共资源交易监督管理局|市场监督管理局|发展和改革委员会|"
                        r"城乡建设委员会|住房和城乡建设局|住建局|审计局)$")


# a court's fact paragraph or a judgment excerpt without its header opens with what the court found or
# what the prosecution charged (经审理查明, 公诉机关指控, X人民检察院指控, 原判认定…)
_COURT_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?(?:经(?:本院)?(?:审理|庭审|开庭审理)(?:查明|查实|认定)|"
                            r"(?:本院)?(?:经)?(?:审理)?查明|原(?:审|判)(?:法院|判决)?(?:查明|认定)|一审(?:法院)?(?:查明|认定)|"
                            r"(?:原)?公诉机关(?:起诉)?指控|"
                            # the court opening its own finding: X人民法院经审理查明
                            r"(?P<court>[^，,。：:\n]{2,40}?法院)经(?:本院)?(?:审理|庭审|开庭审理)?(?:查明|查实|认定)|"
                            r"[^，,。：:\n]{2,40}?检察院(?:以[^，,。\n]{0,40}?起诉书)?(?:起诉)?指控|"
                            # the defendant's block that opens an excerpt: 被告人X，男，…
                            r"(?:原审)?(?:被告人|上诉人)[^，,。\n]{1,12}[，,]\s*[男女][，,])")
# a prosecution document (起诉书, 不起诉决定书, 抗诉书; the police's 起诉意见书) is no decision on a party
_PROSECUTION_TITLE = re.compile(r"(不起诉决定书|起诉书|起诉意见书|抗诉书|公诉意见书|量刑建议书)$")
_PROSECUTION_OPENING = re.compile(r"\s*(不起诉决定书|起诉书|起诉意见书|抗诉书)")
# a note after a title (…审计报告（节选）) does not change what the title says
_TITLE_NOTE = re.compile(r"[（(](?:节选|摘录|摘要|摘编|节录|选登|部分)[）)]$")
_LETTER_TITLE = re.compile(r"(函|移送书|移送处理书|回告|回执|告知书|受理通知书|回复|报告|移送单|移送清单|签收单|反馈|情况说明|的说明|"
                           # a superior's hand-over of a matter (转办通知单, 交办单, 转办单)
                           r"建议书|(?:转办|交办)(?:通知)?单?)\s*$")  # 监察建议书, 审计建议书: a body's letter to another
# what a title alone says of a document that is neither a decision nor a letter
_OTHER_TITLE = re.compile(r"(任免|任职|免职|任命|聘任|职务).{0,8}(通知|决定)$|(中标|成交|候选人|招标|采购|比选|询价)[^\n]{0,8}"
                          r"(公告|公示)$|约谈(记录|笔录|纪要|通知书?)$|(清单|一览表|登记表|登记簿|登记册|台账|情况表)([（(][^）)]{0,20}[）)])?$|通知书$|"
                          # a body's report of how matters were handled (…案件移送办理情况的通报): no policy
                          r"(移送|移交)[^\n]{0,4}情况的?通报$")


def title_lines(view: str) -> list[str]:
    """The short lines at the top of a document (header, title, number), spaces removed."""
    lines = [_TITLE_NOTE.sub("", re.sub(r"[\s\u3000]+", "", ln)) for ln in view[:400].splitlines() if ln.strip()][:6]
    return [ln for ln in lines if len(ln) <= 60 and not ln.endswith(("：", ":"))]


def is_letter(view: str) -> bool:
    """A letter between agencies: a title line naming a letter genre (…函, 回告, 告知书, 移送书, 报告…),
    or a letter genre named at the top."""
    if any(_LETTER_TITLE.search(ln) for ln in title_lines(view)):
        return True
    for e in _LETTER.values():
        if e.search(view[:300]):
            return True
    return False


def letter_issuer(view: str, ents: Sequence[_Ent]) -> int | None:
    """The red header of a letter: the first agency standing alone on one of the top lines (the
    lead body of a joint header), or the agency that opens a list's title (X局…移送情况一览表)."""
    for e in ents:
        if e.label != "AGENCY" or e.start > 300:
            continue
        line = _line_of(view, e.start).strip()
        if line.startswith(e.view) and _OTHER_TITLE.search(re.sub(r"\s+", "", line)) \
                and re.search(r"(清单|一览表|登记表|登记簿|登记册|台账|情况表)", line):
            return e.idx
        if title_organ(line) == re.sub(r"\s+", "", e.view):   # X局案件材料签收单: the form's signing body
            return e.idx
        if bracket_issuer(line) == re.sub(r"\s+", "", e.view):   # （X局　2026年2月10日公告）
            return e.idx
        rest = line.replace(e.view, "", 1).strip()
        others = [o for o in ents if o.label == "AGENCY" and o.start > e.start and _line_of(view, o.start).strip() == line]
        for o in others:
            rest = rest.replace(o.view, "", 1)
        if line.startswith(e.view) and re.fullmatch(r"(文件|函|[、\s])*", rest):
            return e.idx
        break
    return None


def classify_kind(view: str) -> str:
    """The genre of a document: its title decides first (a letter that cites a penalty decision is a
    letter), then the wording of its head, then of its whole text."""
    head = view[:600]
    if _COURT_OPENING.match(view):
        return "court_judgment"  # a fact paragraph: its first words are no title
    for ln in title_lines(view):
        if _PROSECUTION_TITLE.search(ln):
            return "other"
        for kind, rx in (("court_judgment", _COURT), ("admin_review", _REVIEW), ("complaint_decision", _COMPLAINT)):
            if rx.search(ln):
                return kind
        if _LETTER_TITLE.search(ln):
            return "other"
        if _PENALTY.search(ln):
            return "penalty_decision"
        if _OTHER_TITLE.search(ln):
            return "other"
    if _COURT.search(head):
        return "court_judgment"
    if _REVIEW.search(head):
        return "admin_review"
    if _COMPLAINT.search(head):
        return "complaint_decision"
    if _PENALTY.search(head):
        return "penalty_decision"
    if _NEWS.search(head):
        return "news"
    if is_letter(view):
        return "other"
    if re.search(r"(信用扣分|记分|不良行为记录)", view) and re.search(r"(企业|公司|单位).{0,60}(通报|扣分|记分)", view):
        return "penalty_decision"
    lines = [ln for ln in view.splitlines() if ln.strip()][:2]
    if lines and _DISCIPLINE_HEAD.match(lines[0]) and _DISC_WORDS.search(view) and not _POLICY.search("".join(lines)):
        return "discipline_notice"  # a 纪委监委's own 通报 of cases (its name heads it), addressed to its units
    if _POLICY.search(head) and _ADDRESSEE.search(head):
        return "policy_notice"
    if _DISCIPLINE.search(head) and _DISC_WORDS.search(view):
        return "discipline_notice"
    if _POLICY.search(head) and re.search(r"[〔\[]\d{4}[〕\]]\d+号", head[:200]):
        return "policy_notice"
    if _COURT.search(view):
        return "court_judgment"
    if _PENALTY.search(view):
        return "penalty_decision"
    return "other"


def letter_genre(view: str, kind: str) -> str:
    """A finer genre for referral letters and their relatives (not part of the eval scheme)."""
    # the title (the first short lines, spaces removed: 回  执) decides first, then the head
    titles = [re.sub(r"\s+", "", ln) for ln in view[:300].splitlines() if ln.strip()][:4]
    for ln in titles:
        if len(ln) > 60:
            continue
        for name, rx in _LETTER.items():
            if rx.search(ln):
                return name
    head = view[:300]
    for name, rx in _LETTER.items():
        if rx.search(head):
            return name
    return kind


# a fee paid among the bidders of a collusion (陪标费, 好处费 to the firms that bid alongside) is part of
# the collusion, not a bribe: bribery needs an office used (利用职务便利), a bribe named as such or a fee received (收受)
_FEE_ONLY = re.compile(r"好处费|感谢费|陪标费|合作费|送给[^。；，,]{0,12}(现金|购物卡|礼金|财物|红包|美元)")
_OFFICE_USED = re.compile(r"职务(上的)?便利|国家工作人员|受贿|行贿|贿赂|索要|收受|"
                          r"(局长|镇长|乡长|县长|区长|市长|校长|院长|主任|书记|科长|所长)")


def classify_violations(view: str) -> list[str]:
    found = [v for v, rx in VIOLATION_PATTERNS.items() if rx.search(view)]
    if "bribery" in found and "collusion" in found and not _OFFICE_USED.search(view) \
            and all(_FEE_ONLY.fullmatch(m.group()) for m in VIOLATION_PATTERNS["bribery"].finditer(view)):
        found.remove("bribery")
    return found


def _line_of(view: str, pos: int) -> str:
    s = view.rfind("\n", 0, pos) + 1
    e = view.find("\n", pos)
    return view[s:len(view) if e < 0 else e]


def _field_issuer(view: str, ents: Sequence[_Ent]) -> int | None:
    """The agency a form's issuing field names (移送单位（盖章）：X, 约谈单位：X, 决定机关：X — the
    names are :data:`ingest.letter_fields.ISSUING`, read by the one field reader)."""
    for f in fields(view):
        if f.name in ISSUING:
            hit = next((e for e in ents if e.start == f.start and e.label == "AGENCY"), None)
            if hit is not None:
                return hit.idx
    return None


def pick_issuer(view: str, ents: Sequence[_Ent], kind: str) -> int | None:
    ags = [e for e in ents if e.label == "AGENCY"]
    if not ags or kind == "news":
        return None
    head_limit = min(len(view), 500)
    title_rx = re.compile(r"\s*(关于|行政处罚|行政处理|政府采购|投诉处理|等[\d一二三四五六七八九十]+(个)?部门|印发|文件|通报|"
                          r"处罚决定|决定书|信息公告|公告|通知|决定)")
    if kind == "court_judgment":
        opening = _COURT_OPENING.match(view)
        if opening and opening.group("court"):
            # the paragraph opens with the court's own finding: that court judges
            return next((e.idx for e in ags if e.start == opening.start("court")), None)
        if opening:
            return None  # a fact paragraph without its header: the courts it names judged other matters
        courts = [e for e in ags if re.search(r"法院$", e.view)]
        return courts[0].idx if courts else None
    if kind == "discipline_notice":
        disc = [e for e in ags if _DISCIPLINE.search(e.view)]
        return disc[0].idx if disc else None
    if kind == "policy_notice":
        first = [e for e in ags if not re.match(r"\s*(官网|网站|门户)", view[e.end:e.end + 3])]
        title = [e for e in first if e.start < head_limit and title_rx.match(view, e.end)]
        if title:
            lead = title[0]
            while True:
                prev = [e for e in first if e.end == lead.start - 1 and view[e.end] in "、和"]
                if not prev:
                    break
                lead = prev[0]
            return lead.idx
        return first[0].idx if first else None
    if kind == "other":
        if not view[:ags[0].start].strip() and _PROSECUTION_OPENING.match(view, ags[0].end):
            return ags[0].idx  # X人民检察院起诉书（…号）：被告人… — one paragraph, its header inline
        headed = is_letter(view) or any(_OTHER_TITLE.search(ln) or _PROSECUTION_TITLE.search(ln) or title_organ(ln)
                                        or bracket_issuer(ln) for ln in title_lines(view))
        found = letter_issuer(view, ents) if headed else None
        if found is None:
            found = _field_issuer(view, ents)
        if found is not None:
            return found
    # decisions: title agency, then a signature line, then a regulator named in the text, then page chrome
    for e in ags:
        if e.start < head_limit and title_rx.match(view, e.end):
            before = view[max(0, e.start - 12):e.start]
            if re.search(r"(来源|机构|单位)\s*[:：]\s*$", before):
                continue
            return e.idx
    for e in reversed(ags):
        line = re.sub(SEAL + r"$", "", _line_of(view, e.start).strip()).strip()   # X局（盖章）, X室（代章）
        if line == e.view and e.start > len(view) * 0.5:
            return e.idx
    regs = [e for e in ags if _REGULATOR.search(e.view)
            and not re.match(r"\s*(官网|网站|门户|财政专户)", view[e.end:e.end + 4])
            and not re.search(r"(来源|机构|单位)\s*[:：]\s*$", view[max(0, e.start - 8):e.start])
            and not re.search(r"(报送|报|向|申请行政复议|提起)\s*$", view[max(0, e.start - 8):e.start])]
    if regs and re.search(r"(本机关|我局|我机关|本局|我委)", view):
        return regs[-1].idx
    chrome = [e for e in ags if re.search(r"(信息来源|发布单位|发布机构)\s*[:：]\s*$", view[max(0, e.start - 10):e.start])]
    if chrome and kind in ("complaint_decision",):
        return chrome[0].idx
    return None


def classify(view: str, ents: Sequence[_Ent]) -> Classification:
    kind = classify_kind(view)
    return {"kind": kind, "violations": classify_violations(view), "issuer": pick_issuer(view, ents, kind)}
