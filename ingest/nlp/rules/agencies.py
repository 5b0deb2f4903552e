"""Agencies by their structure: [a place of any level, listed or not] + [an organ head]
(+ named sub-units), 中共…委员会, national bodies by name; the references a letter makes without a
name (我局/你局, 市局); names spaced out on a signature line; coordinated heads sharing one place
(市建委、交通运输局); and the check that a span the model proposes has an agency's structure."""

from __future__ import annotations

import re

from ingest.agency_shape import REF_ORGANS

from ..gazetteer import Gazetteer
from .base import CJK, FUNC_CHARS, PRIO, PRONOUN_CHARS, Cand
from .places import (
    NOT_PLACE_NAME,
    clean_left,
    hard_left,
    is_cjk,
    masked_name_start,
    place_chain_start,
    place_name_ok,
)

_INFIX_HEADS = ("学院", "大学", "中学", "小学", "幼儿园", "学校", "医院", "卫生院", "研究院", "研究所", "评估院", "管理委员会",
                "设计院", "服务中心", "管理中心", "事务中心", "保障中心", "发展中心", "监测中心", "检测中心", "检测所", "检验所", "检验检测中心", "检验中心",
                "管理所", "管理站", "管理处", "服务站", "图书馆", "档案馆", "博物馆", "文化馆", "纪念馆", "电视台",
                "发射台", "融媒体中心", "农场", "垦殖场", "林场", "局", "党校", "技师学院", "职业学院", "交易中心", "招投标中心",
                "采购中心")
_BAD_INFIX = re.compile(r"[\d的对向在和与及或将被由从为是了于等经报据即并给按使让把属各辖系令、，。；：,.;:]")


_SUB_UNIT = re.compile(rf"([{CJK}]{{0,8}}?|某{{1,2}}|[Xx]{{2,3}}|×{{1,3}})(反贪污贿赂局|反渎职侵权局|反贪局|反渎局|管理站|管理所|招标办|采购办|分局|支队|大队|中队|派出所|办公室|分院|法庭|审判庭|检察部|执行局|纪检监察组|稽查局|服务中心|支付中心|核算中心|"
                       rf"指挥中心|党支部|党总支|支部|中心|科|股|处|室|所|站|部)")
_PLACE_BRANCH = re.compile(rf"([{CJK}]{{2,4}}?)(分局|派出所|检察室|人民法庭|法庭)")
_SUB_SHORT = {"科": "技学长研员", "股": "东份权长票", "处": "理罚分以置长于在", "室": "内主", "所": "有以属在谓得长需",
              "站": "长在点台"}
_SUB_OK_WORDS = re.compile(r"经侦|经济|经营|治安|刑侦|交警|刑事|民事|交通警察|禁毒|网安|特警|法规|法制|执法|监督|综合|办公|政治|国库|行政|"
                           r"审理|纪检|监察|审计|政府|采购|信访|财务|后勤|人事|组织|审查调查|第[一二三四五六七八九十\d]+")
_SUB_STOP = frozenset(["依法", "立即", "已经", "决定", "作出", "发现", "收到", "接到", "移送", "移交", "转送", "转交", "退回",
                       "反映", "查处", "核查", "办理", "处理", "要求", "会同", "联合", "组织", "召开", "负责", "依据", "根据",
                       "按照", "认为", "指出", "通报", "印发", "下发", "研究", "审查", "调查", "立案", "受理", "相关", "有关",
                       "工作", "进行", "开展", "予以", "责令", "已于", "将该", "现将", "随即", "同时", "共同", "派员"])


# what makes 学校 a category of schools rather than one school (义务教育学校, 城区学校)
_SCHOOL_CATEGORIES = ("中小", "中小学", "义务教育", "公办", "民办", "城区", "农村", "乡村")
# the government as the buyer: 采购 followed by a quantity or an aspect mark (采购一批, 采购了)
_BUYS = re.compile(r"采购(?:[一两几\d]|了|过|该|某)")


def _extend_subunits(text: str, end: int, gaz: Gazetteer | None = None) -> int:
    """Named sub-units after an organ: 公安局Y分局, 经侦大队, 政府采购监督管理科, 办公室, (纪委监委)机关."""
    for _ in range(2):
        branch = _PLACE_BRANCH.match(text, end)
        if branch and gaz is not None and branch.group(1) in gaz.places and text.endswith(("局", "检察院", "法院"), 0, end):
            end = branch.end()  # 营口市公安局站前分局, X市社会保险基金管理局海丰分局: a district's branch
            continue
        if text.startswith("机关", end) and not text.startswith("机关事", end) and re.match(r"(纪委|监委|党委|委)$", text[max(0, end - 2):end]):
            end += 2
            continue
        m = _SUB_UNIT.match(text, end)
        if not m:
            break
        infix, unit = m.group(1), m.group(2)
        nxt_ch = text[m.end():m.end() + 1]
        if unit in _SUB_SHORT and (len(infix) < 2 or (nxt_ch and nxt_ch in _SUB_SHORT[unit])):
            break
        if unit == "中心" and len(infix) < 2 or unit in ("大队", "支队", "中队") and nxt_ch == "长" \
                or unit == "站" and (len(infix) < 2 or infix.endswith("网")):
            break  # 装备中心 is a unit, 中心 alone is not; 支队长 is a post; 门户网站 is a website
        if unit == "部" and not (len(infix) >= 2 and re.search(r"(医院|学院|大学|学校|中心|检察院|法院)$", text[max(0, end - 4):end])):
            break  # 医院医学装备部: a department of a hospital or a school, not any 部
        if unit == "室" and not re.search(r"(监察|审理|督查|信访|办|检查|综合|监督|管理|审计|法规|复议|调查|巡察|秘书|鉴定)$", infix):
            break  # 中学智慧教室 is a room, not an office
        if unit in ("大队", "支队", "中队", "派出所", "分局") and not infix and not re.search(r"(公安局|公安分局|支队|大队)$", text[max(0, end - 4):end]):
            break  # 发改局大队: a police unit only follows the police
        bare = _SUB_OK_WORDS.sub("", infix)
        if gaz is not None and infix and (infix in gaz.places or gaz.place_ending_at(infix, len(infix)) == 0):
            bare = ""  # 公安局将乐分局: a place name may hold any character
        named = infix.replace("审查调查", "")  # 第三审查调查室: a discipline body's office, whose name holds two verbs
        if any(c in FUNC_CHARS or c in PRONOUN_CHARS for c in bare) or any(named[k:k + 2] in _SUB_STOP for k in range(len(named) - 1)):
            break
        if "某" in bare or gaz is not None and any(
                (pe := gaz.longest_at(infix, k, "position")) is not None and len(infix) - pe >= 2 for k in range(len(infix))):
            break  # 村委会|主任张某收受好|处: a post with more after it, or a masked name, is no unit's name (院长办公室 is)
        if re.search(r"(局|委|院|厅|政府)$", infix) and unit not in ("办公室", "分局"):
            break
        end = m.end()
    return end


_AGENCY_REF = re.compile(rf"(?:我|你|贵|本)(?:{'|'.join(REF_ORGANS)})(?![\u4e00-\u9fff]?长)")
_AGENCY_LEVEL_REF = re.compile(r"(?:市|县|区|省)(?:局|厅)(?![长属内外机])")


# a branch of the central bank (中国人民银行澄州市中心支行): an agency, with the bank's name
_CENTRAL_BANK_BRANCH = re.compile(rf"[{CJK}]{{2,10}}?(?:中心支行|营业管理部|分行|支行)")
# a national body's office in a region: 财政部广东监管局, 审计署广州特派员办事处 (特派办), 国家税务总局X市税务局
_NATIONAL_OFFICE = re.compile(rf"(?!关于|和|与|及|等|对|向|会同|联合|印发|发布|制定|规定)[{CJK}]{{2,8}}?(?:监管局|特派员办事处|特派办|专员办事处|专员办|督察局|税务局|海关|管理局)(?![{CJK}]{{0,2}}(?:公司|项目))")


def find_agency_refs(text: str) -> list[Cand]:
    """How letters refer to agencies without a name: 我局/你局/贵委/本机关 (source ``pronoun``) and
    市局/县局/省厅 (source ``short``). They are AGENCY spans as written; resolving them to the full
    name (issuer, addressee, red header) is left to the consumer."""
    out = []
    for m in _AGENCY_REF.finditer(text):
        prev = text[m.start() - 1] if m.start() > 0 else ""
        nxt = text[m.end():m.end() + 1]
        if prev == "自" or (nxt and nxt in "员会面势限部门内外级") or (m.group().endswith(("所", "部", "室")) and nxt and nxt in "在属有以谓需得长"):
            continue
        if prev and "\u4e00" <= prev <= "\u9fff" and prev not in FUNC_CHARS and prev not in "请致送交报经将告知复函回达转":
            continue  # 基本局面 is not 本局
        out.append(Cand(m.start(), m.end(), "AGENCY", PRIO["AGENCY"] - 10, "pronoun"))
    for m in _AGENCY_LEVEL_REF.finditer(text):
        if m.start() > 0 and ("\u4e00" <= text[m.start() - 1] <= "\u9fff") and text[m.start() - 1] not in FUNC_CHARS \
                and text[m.start() - 1] not in "报请送交至经":
            continue
        out.append(Cand(m.start(), m.end(), "AGENCY", PRIO["AGENCY"] - 10, "short"))
    return out


def _post_after(text: str, at: int, gaz: Gazetteer) -> bool:
    """An organ word ending at ``at`` is the start of a post (局|长, 院|长): 长 follows and begins no place
    (公安局长泰分局: 长泰 is the district)."""
    return text[at:at + 1] == "长" and not any(text[at:at + n] in gaz.places for n in (2, 3, 4))


def find_agencies(text: str, gaz: Gazetteer) -> list[Cand]:
    out: list[Cand] = []
    # national bodies by name
    i = 0
    for i0 in gaz.starts(text, "national"):
        if i0 < i:
            continue
        e_nat = gaz.longest_at(text, i0, "national")
        if e_nat:
            nxt = text[e_nat:e_nat + 1]
            if nxt not in ("门", "令", "长") and text[e_nat:e_nat + 2] not in ("部门",):
                branch = _CENTRAL_BANK_BRANCH.match(text, e_nat) if text[i0:e_nat].endswith("人民银行") else \
                    _NATIONAL_OFFICE.match(text, e_nat)  # 财政部广东监管局, 审计署广州特派员办事处
                out.append(Cand(i0, branch.end() if branch else e_nat, "AGENCY", PRIO["AGENCY"]))
            i = e_nat
    # place/level + head
    for i in gaz.starts(text, "head"):
        if not ("\u4e00" <= text[i] <= "\u9fff"):
            continue
        hend = gaz.head_starting_at(text, i)
        if hend is None:
            continue
        head = text[i:hend]
        if head[-1:] in "局院所站处" and _post_after(text, hend, gaz):
            continue  # 文化旅游局|副局长: the post 局长, not a second organ
        if head.endswith("政府") and text.startswith("采购", hend) and not _BUYS.match(text, hend):
            continue  # X市政府采购…: the term 政府采购, not the government (but 人民政府采购一批… buys)
        if head in ("小学", "中学") and i > 0 and text[i - 1] in "中小" \
                or head == "学校" and text[max(0, i - 4):i].endswith(_SCHOOL_CATEGORIES):
            continue  # 中小学, 义务教育学校: a category of schools, not one school
        start = place_chain_start(text, i, gaz, unknown=True)
        if start is not None and start == i - 2 and text[start] in FUNC_CHARS and text[start + 1] in "省市县区州旗" \
                and start > 0 and text[start - 1] not in "\n\r \t\u3000、，,：:；;（(“\"":
            start = None  # 《…法》和县纪委监委: the conjunction 和 + 县纪委监委, not the county 和县
        if start is None and head in ("市委", "县委", "区委", "州委", "省委") and i >= 2 and place_name_ok(text[i - 2:i]) \
                and (text[max(0, i - 4):i - 2] == "中共" or hard_left(text, i - 2)):
            start = i - 2  # 中共X县委 with an unlisted X
        if start is None and head in _INFIX_HEADS:
            # place + short infix + head (X市Y幼儿园, X县Y管理所)
            for k in range(1, 9):
                j = i - k
                if j <= 0 or _BAD_INFIX.match(text[j]) or not ("\u4e00" <= text[j] <= "\u9fff"):
                    break
                st = place_chain_start(text, j, gaz, unknown=True)
                if st is None and text[j - 2:j] in ("某某", "XX", "xx", "××") and (j == 2 or text[j - 3] not in "某Xx×"):
                    st = j - 2  # XX师范学院, 某某卫生服务中心: an anonymised name, then the kind of body
                if st is not None:
                    infix = text[j:i]
                    if gaz.head_starting_at(infix, 0) is None:
                        start = st
                    break
        if start is None and (head in _INFIX_HEADS or head in ("人民医院", "中医院")):
            ordinal = re.search(r"[省市县区]第[一二三四五六七八九十\d]{1,3}$", text[max(0, i - 6):i])
            if ordinal:
                start = i - len(ordinal.group())  # 承揽|县第二中学, 市第一人民医院: the level and an ordinal
        if start is None and head.startswith("村") and i >= 2:
            start = _village_start(text, i, gaz)  # 石岭村民委员会, 在石岭村委: the village's name before its organ
        if start is None and i >= 1:
            start = masked_name_start(text, i)  # 某某村委会, XX纪委: an anonymised name before the organ
        if start is None and i >= 3 and text[i - 1] in "镇乡" and head in ("政府", "人民政府", "党委", "纪委", "人大"):
            start = _town_start(text, i - 1, gaz)  # (儋州市)那大镇人民政府: a township the gazetteer lacks
        if start is None and i >= 1 and text[i - 1] in "镇乡" and head in ("政府", "人民政府") \
                and (hard_left(text, i - 1) or text[max(0, i - 3):i - 1] in gaz.verbs or text[i - 3:i - 1] in ("作为", "安排")):
            start = i - 1  # 镇政府 written alone (not 乡镇政府, a category)
        if start is None:
            # level-prefixed: 市财政局, 区公安分局, 县公管委, 省财政厅
            if i >= 1 and text[i - 1] in "省市县区州旗盟" and head not in ("分局", "委员会", "常委会", "局",
                                                                        "政府办", "党委", "市委", "县委",
                                                                        "区委", "省委", "州委"):
                start = i - 1
                if text[max(0, i - 3):i - 1] == "自治" and text[i - 1] in "区州县旗":
                    start = i - 3   # 自治区发展改革委, 自治州财政局: the autonomous level written alone
            elif head in ("市委", "县委", "区委", "省委", "州委"):
                start = i
        if start is None:
            continue
        if start > 0 and text[start - 1] in PRONOUN_CHARS:
            continue
        if start > 0 and text[start - 1] == "(" and text[start:i].endswith(("市", "区")) and "、" in text[i - 6:i]:
            continue
        end = hend
        # 县委 + 组织部 / 纪委 + 监委: a second organ word directly after the first
        second = gaz.head_starting_at(text, end)
        if second is not None and (text[end:second] in ("组织部", "宣传部", "统战部", "政法委", "编办", "巡察办", "办公室",
                                                          "监委", "纪委", "常委会", "常务委员会", "机关事务管理局")
                                   or head.endswith(("管委会", "管理委员会")) and second - end >= 3
                                   or head.endswith("人民政府") and second - end >= 3 and text[second - 1] in "会局室厅办"):
            end = second  # 县委组织部, 纪委常务委员会, 开发区管委会建设局: the second organ belongs to the first
        end = _extend_subunits(text, end, gaz)
        if text[max(0, start - 2):start] == "派驻" and text[start:end].endswith(("纪检监察组", "纪检组")):
            start -= 2  # 派驻市卫健委纪检监察组: the stationed group's name begins with 派驻
        if text[max(0, start - 2):start] == "中共":
            start -= 2
        elif text[max(0, start - 5):start] == "中国共产党":
            start -= 5
        if start >= 1 and text[start + 1:start + 2] in "县市区" and text[start - 1:start + 1] in gaz.verbs \
                and gaz.place_level.get(text[start:start + 2]) is not None:
            start += 1  # 受理|县监察委员会: the listed county 理县 is the verb's last character and a level word
        if end - start >= 3 or head in ("市委", "县委", "区委", "省委"):
            out.append(Cand(start, end, "AGENCY", PRIO["AGENCY"]))
    out.extend(_bureaus_by_ending(text, gaz, out))
    out.extend(Cand(m.start(1), m.end(1), "AGENCY", PRIO["AGENCY"]) for m in _SCHOOL_BY_NUMBER.finditer(text))
    return _stationed_groups(text, out)


def _stationed_groups(text: str, found: list[Cand]) -> list[Cand]:
    """A discipline body's group stationed in another (X纪委监委驻Y局纪检监察组): one name, the body, 驻
    and the group."""
    by_end = {c.end: c for c in found}
    out = list(found)
    for c in found:
        first = by_end.get(c.start - 1)
        if first is not None and text[c.start - 1] == "驻" and text[c.start:c.end].endswith(("纪检监察组", "纪检组")):
            out = [x for x in out if x is not first and x is not c] + [Cand(first.start, c.end, "AGENCY", PRIO["AGENCY"])]
    return out


# a school called by its number in quotes (“七小” for 第七小学, “二中”)
_SCHOOL_BY_NUMBER = re.compile(r"[“\"「]([一二三四五六七八九十]{1,2}[中小])[”\"」]")


def _village_start(text: str, i: int, gaz: Gazetteer) -> int | None:
    """Start of a village's name written right before its organ (石岭村民委员会, 石岭村委会,
    石岭村委): two name characters after a clean edge, or three at a hard one, and the township
    before it (青溪镇石岭村民委员会)."""
    for L in (2, 3):
        s = i - L
        name = text[s:i]
        if s < 0 or not place_name_ok(name) or name in NOT_PLACE_NAME or name[-1] == "村":
            continue
        if L == 2 and (clean_left(text, s, gaz) or text[s - 1:s] in "镇乡") or L == 3 and hard_left(text, s):
            town = _town_start(text, s - 1, gaz) if text[s - 1:s] in "镇乡" else None
            return place_chain_start(text, s, gaz, unknown=True) or town or s
    return None


def _town_start(text: str, k: int, gaz: Gazetteer) -> int | None:
    """Start of a township's name whose 镇 / 乡 stands at ``k`` (那大镇, 儋州市那大镇): two or three name
    characters on a clean edge or after the county's place, the county's place with it."""
    for L in (2, 3):
        s = k - L
        name = text[s:k]
        if s < 0 or not all(is_cjk(c) and c not in FUNC_CHARS for c in name) or name in NOT_PLACE_NAME \
                or name in gaz.verbs or name[-2:] in gaz.verbs:
            continue
        before = place_chain_start(text, s, gaz, unknown=True)
        if before is not None and L == 2:
            return before  # (after the county's place a name may hold any character: 儋州市那大镇)
        if place_name_ok(name) and (L == 2 and clean_left(text, s, gaz) or L == 3 and hard_left(text, s)):
            return s
    return None


# what a public centre does, when its name ends in it (澄县价格认证中心, 澄县土地储备中心)
_CENTRE_TASKS = ("认证", "鉴定", "监测", "核算", "评审", "评估", "指挥", "调度", "救助", "登记", "征收", "结算", "储备",
                 "征管", "稽查", "审核", "收费")


def _bureaus_by_ending(text: str, gaz: Gazetteer, found: list[Cand]) -> list[Cand]:
    """A bureau or office whose organ words no list holds: a place (listed, by structure or
    masked) + 2–8 organ characters ending in 局 or 厅 (湟川县文体旅游广电局, 某省交通厅) or 2–10 ending
    in 办公室 (某某县重点工程建设工作办公室, 某某工作办公室), none a function word or a verb of the lexicon;
    or 2–6 ending in 中心 (澄县价格认证中心: the matter a centre serves may be a verb)."""
    out: list[Cand] = []
    covered = {k for c in found for k in range(c.start, c.end)}
    for m in re.finditer("局|厅|办公室|中心(?![区城地点路街市])", text):
        e = m.end()
        if m.start() in covered or m.group() in ("局", "厅") and _post_after(text, e, gaz):
            continue  # (文化旅游局|副局长: the post 局长, not an organ 副局; 厅长 likewise)
        longest = {"办公室": 10, "中心": 6}.get(m.group(), 8)
        for j in range(m.start() - 2, max(-1, m.start() - longest - 1), -1):
            organ = text[j:m.start()]
            if _BAD_INFIX.search(organ) or any(c in PRONOUN_CHARS or not ("\u4e00" <= c <= "\u9fff") for c in organ) \
                    or any(organ[k:k + 2] in gaz.verbs for k in range(len(organ) - 1)) \
                    and not (m.group() == "办公室" and organ.endswith(("工作", "领导小组", "开发"))
                             or m.group() == "中心" and organ.endswith(_CENTRE_TASKS)):
                break  # (扶贫工作办公室, 价格认证中心: the matter an office or a centre is named after may be a verb)
            if m.group() == "中心" and not organ.endswith(_CENTRE_TASKS):
                continue  # 文化中心, 会议中心: a building, not a body
            st = place_chain_start(text, j, gaz, unknown=True)
            if st is None and m.group() == "办公室" and text[j - 2:j] in ("某某", "XX", "xx", "××"):
                st = j - 2  # 某某工作办公室: an anonymised name before the office
            if st is not None:
                # (with a named sub-unit after it, the whole outranks the sub-unit's own reading: X管理局海丰分局)
                ext = _extend_subunits(text, e, gaz)
                out.append(Cand(st, ext, "AGENCY", PRIO["AGENCY"] - (1 if ext == e else 0)))
                break
    return out


def find_spaced_signatures(text: str, gaz: Gazetteer) -> list[Cand]:
    out: list[Cand] = []
    for m in re.finditer(rf"(?m)^[ \t]*([{CJK}](?:[ \t]+[{CJK}]){{1,12}})[ \t]*$", text):
        squeezed = re.sub(r"\s+", "", m.group(1))
        if squeezed in gaz.national_agencies or any(
            c.start == 0 and c.end == len(squeezed) for c in find_agencies(squeezed, gaz)
        ):
            out.append(Cand(m.start(1), m.end(1), "AGENCY", PRIO["AGENCY"]))
    return out



def coordinated_heads(text: str, ents: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """Shared-prefix coordination: 市建委、交通运输局、水务局 -> three AGENCY spans."""
    out: list[Cand] = []
    starts = {c.start for c in ents}
    for c in ents:
        if c.label != "AGENCY":
            continue
        pos = c.end
        while pos < len(text) and text[pos] in "、和及与":
            h = gaz.head_starting_at(text, pos + 1)
            if h is None or pos + 1 in starts or h - pos - 1 < 3:
                break
            out.append(Cand(pos + 1, h, "AGENCY", PRIO["AGENCY"] - 5))
            pos = h
    return out


# a named field unit at the end of an agency's name: 澄县公安局|石门派出所, 澄州市公安局|河西分局
_NAMED_UNIT_TAIL = re.compile(r"(?:局|院|委|政府)([\u4e00-\u9fff]{2,4}(?:派出所|分局|人民法庭|法庭|检察室|司法所|财政所|税务所))$")


def named_unit_short_forms(text: str, ents: list[Cand]) -> list[Cand]:
    """The named unit of an agency written alone after its full name (澄县公安局石门派出所 … 带回
    石门派出所): an AGENCY wherever it stands again — not a generic unit (经侦大队, 治安大队)."""
    out: list[Cand] = []
    for tail in {m.group(1) for c in ents if c.label == "AGENCY" and (m := _NAMED_UNIT_TAIL.search(text, c.start, c.end))}:
        if _SUB_OK_WORDS.match(tail):
            continue
        for m in re.finditer(re.escape(tail), text):
            if text[m.start() - 1:m.start()] not in ("局", "院", "委", "府"):  # (the full name's own tail)
                out.append(Cand(m.start(), m.end(), "AGENCY", PRIO["AGENCY"] - 5, "propagated"))
    return out


def agency_form(text: str, c: Cand) -> str | None:
    """"pronoun" (我局, 你局, 本机关), "short" (市局, and level-prefixed names without a place:
    县财政局, 区市场监管局), else None (a full name)."""
    if c.source == "pronoun":
        return "pronoun"
    if c.source == "short" or (text[c.start:c.start + 1] in "省市县区州旗盟"
                               and not text.startswith(("市委", "县委", "区委", "省委", "州委", "市场", "市政", "区域"),
                                                       c.start)):
        return "short"
    return None


def model_agency_ok(text: str, c: Cand, gaz: Gazetteer) -> bool:
    """A span the model tags AGENCY is kept when it has an agency's structure: a place (listed or
    by structure) or a level word before its organ head, or a national body's name."""
    t = text[c.start:c.end]
    ks = [k for k in range(len(t) - 1) if t[k:] in gaz.agency_heads]
    if not ks or min(ks) == 0 or len(t) < 4 or t[0] in PRONOUN_CHARS or t.startswith(("各", "全")) \
            or t.endswith(("部门", "机关")) or (c.start > 0 and text[c.start - 1] in PRONOUN_CHARS):
        return False
    k = min(ks)
    if t.endswith("学校") and t[:-2].endswith(_SCHOOL_CATEGORIES):
        return False  # 城区学校: a category (城区 is also a listed district's name)
    if t.endswith("政府") and text.startswith("采购", c.end) and not _BUYS.match(text, c.end):
        return False  # X市政府采购…: the term 政府采购, not the government
    return (place_chain_start(text, c.start + k, gaz, unknown=True) == c.start
            or t in gaz.national_agencies or gaz.place_ending_at(t, k) == 0)
