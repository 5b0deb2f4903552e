"""Companies from their suffix (有限公司, 事务所, 合作社, 支行…) leftwards: the name stops after
an agency named before it, after verbs and phrases, and after function characters; a branch is
one company with its parent; and the check that a span the model proposes reads as a company."""

from __future__ import annotations

import re

from ingest.company_shape import CO_LEFT_STOP, CO_SUFFIX

from ..gazetteer import Gazetteer
from .agencies import find_agencies
from .base import CJK, FUNC_CHARS, PRIO, PRONOUN_CHARS, Cand
from .places import NOT_PLACE_NAME, place_chain_start, place_name_ok
from .places import is_cjk as _is_cjk

# what may follow the suffix inside the name: the partnership form, a branch in brackets
_CO_TAIL = re.compile(rf"\((?:有限合伙|普通合伙|特殊普通合伙|(?!以下|下称|简称)[{CJK}]{{2,12}}(?:分公司|分行|支行|分所))\)")
_CO_BRACKET_OK = {"集团", "控股", "普通合伙", "特殊普通合伙", "有限合伙", "中国", "香港", "上海", "北京"}
# single function characters that end a left context only before the first place name
_CO_FUNC_STOP = re.compile(r".*[对与和及向由被给于以在将从把让使等了的即均都其该本此这那要并或但而也就到至跟据按称后因]")
CO_GENERIC = re.compile(
    r"^(?:[\d一二三两几多数某各另其他本该此这那每全下属同一关联涉案涉事投标中标参与竞标代理建筑建设工程施工科技"
    r"贸易商贸房地产物业劳务投资新能源空壳皮包子母总分外资国有民营私营集团上述前述相关有关所属其余另外上市"
    r"保险证券金融网络你我贵他请独合全资监理咨询设计造价开户商业农村信用合作]+|.*[家个]|.*公司|.*他人)$"
)


# an anonymised name (某某有限公司, XX建筑工程有限公司, ××公司) and what may stand before its mask
_MASKED_NAME = re.compile(r"某{2}|[Xx]{2,4}|×{2,4}|\*{2,4}|([A-Z])\1")
_LETTER_NAME = re.compile(r"[甲乙丙丁戊己庚辛A-Z]")
_CO_MASK_KEEP = re.compile(r"[省市县区州]$")

# nouns that stop a company's left context (提供材料…) but are its trade right before the suffix
_TRADE_STOPS = ("材料",)
# words that stop a company's left context but also occur inside names (北京中科智联系统集成有限公司)
_CO_INNER_WORDS = ("联系", "系", "实际", "经营", "控制", "控股", "组织", "注册", "成立", "安排", "协调", "为", "是", "在",
                   "了", "与", "由", "致")
_CO_STOP_WORD = re.compile(CO_LEFT_STOP.pattern.replace(".*(?:", "(?:", 1) + "$")



def _inner_stop_name(run: str, stop_end: int, gaz: Gazetteer) -> str | None:
    """The name when the left stop found is a word inside it: a place name starts the run (or
    follows a clean left edge) before the stop word, and no other stop lies between them."""
    w = _CO_STOP_WORD.search(run[:stop_end])
    if w is None or w.group() not in _CO_INNER_WORDS or _full_division_at(run, w.end(), len(run), gaz):
        return None  # (在宁州市成立|江西省…: a name that starts with a province starts there)
    if w.group() == "控股" and 2 <= w.start() <= 4 and not CO_LEFT_STOP.match(run[:w.start()]) \
            and any(run[w.end():w.end() + L] in gaz.places for L in range(2, gaz.max_place_len + 1)):
        return run  # 国药控股|湖南有限公司: a brand and 控股 before the place, at the name's left edge
    for p in range(0, w.start() - 1):
        if not any(run[p:p + L] in gaz.places and run[p:p + L] not in NOT_PLACE_NAME
                   for L in range(2, min(gaz.max_place_len, w.start() - p) + 1)):
            continue  # (矿区内由…: 矿区 is also a district's name)
        left = run[:p]
        stop_left = CO_LEFT_STOP.match(left)
        if left and not (left[-1] in FUNC_CHARS or (stop_left is not None and stop_left.end() == len(left))):
            return None
        if CO_LEFT_STOP.match(run[p:w.start()]) or CO_SUFFIX.search(run[p:w.start()]):
            return None  # another firm's name lies between (…合作社理事长X与某公司)
        return run[p:]
    return None


def _across_place(run: str, stop_end: int, gaz: Gazetteer) -> str | None:
    """The name when the stop found is a character inside a listed place name (贵州从江|加榜…: 从
    is the first character of 从江), with the places chained before it (贵州从江加榜…) — not when a listed
    place starts right after the stop itself (指定|襄阳…, not 定襄|阳…)."""
    if any(run[stop_end:stop_end + L] in gaz.places for L in range(2, min(gaz.max_place_len, len(run) - stop_end) + 1)):
        return None
    for p in range(stop_end - 1, max(-1, stop_end - gaz.max_place_len), -1):
        if any(run[p:p + L] in gaz.places for L in range(max(2, stop_end - p + 1), min(gaz.max_place_len, len(run) - p) + 1)):
            start = p
            while (s := gaz.place_ending_at(run, start)) is not None:
                start = s
            return run[start:]
    return None


_LOT_NUMERALS = frozenset("0123456789一二三四五六七八九十")
# characters that open a clause (后, 经, 由 …) and so never start an unlisted place read by structure
_CLAUSE_OPENERS = frozenset("后经由被向将从在对与并即又再均")


def _first_place(text: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Offset in ``text[start:end]`` of its leftmost place name: a listed one, or one by structure
    (2–3 name characters + 省/市/县/区/州/旗 after a clean edge: 营辽市辽滨区…)."""
    name = text[start:end]

    def listed(k: int) -> bool:
        return any(name[k:k + L] in gaz.places for L in range(2, min(gaz.max_place_len, len(name) - k) + 1))

    first_listed = next((k for k in range(len(name) - 1) if listed(k)), None)
    for j in range(2, len(name) - 2):  # the first level word: the place chain that ends there
        if name[j] in "省市县区州旗盟" or name[j - 1:j + 1] == "地区":
            st = place_chain_start(text, start + j + 1, gaz, unknown=True)
            if st is not None and st >= start and (first_listed is None or first_listed >= st - start):
                # a listed division inside the chain read by structure is the place (后|淮阳区XX…: 后 is
                # 'afterwards', not part of an unlisted 后淮阳区)
                inner = next((k for k in (st - start + 1, st - start + 2) if k < j and name[k:j + 1] in gaz.places), None)
                if inner is None and name[st - start] in _CLAUSE_OPENERS and j - (st - start + 1) >= 2 \
                        and name[st - start:j + 1] not in gaz.places:
                    inner = st - start + 1  # 后|青禾县…: an unlisted place read after an adverb, not with it
                return inner if inner is not None else st - start  # 达尔罕草原旗天骄…, 由|喀拉峰地区金盾…
            break
    for k in range(len(name) - 1 if first_listed is None else first_listed + 1):
        if k == first_listed:
            return k
        lvl = k + 2  # an unlisted division right before more of the name: 2 name characters + level
        if lvl < len(name) - 2 and name[lvl] in "省市县区州旗" and place_name_ok(name[k:lvl]) \
                and name[k:lvl] not in gaz.verbs and not listed(k + 1) and not listed(k + 2):
            return k
    return None


def _full_division_at(text: str, at: int, end: int, gaz: Gazetteer) -> bool:
    """A full division name (with its level word: 淇阴市, 河南省) starts at ``at``."""
    return any((text[at:at + L] in gaz.places or L == 3 and place_name_ok(text[at:at + 2]))
               and text[at + L - 1] in "省市县区州旗盟" for L in range(3, min(gaz.max_place_len, end - at) + 1))


def _after_verb(name: str, gaz: Gazetteer, *, brand_first: bool) -> int:
    """Where a name that carries no place starts after the verb before it: the last two-character
    verb (偏袒|蓝海环保设备, 暗中帮扶|…) that leaves at least four characters starting with a brand
    (not a trade that is a verb itself: 拆除爆破工程). A verb that opens the name after punctuation
    is its brand (大成招标…, 开拓建设…), unless words stood before it (``brand_first``)."""
    for k in range(len(name) - 4, 1, -1):
        rest = name[k:]
        if name[k - 2:k] in gaz.verbs and not CO_GENERIC.match(rest) and "\u4e00" <= rest[0] <= "\u9fff" \
                and sum("\u4e00" <= c <= "\u9fff" for c in rest) >= 4 and rest[:2] not in gaz.verbs \
                and (k > 2 or brand_first):
            return k
    return 0


# what may stand before a province's or a prefecture's name inside a company's name: a group's brand
_GROUP_PREFIX = re.compile(r"集团|控股|股份|中国|中铁|中建|中交|中冶|中核|中电|中煤|中化|中石")


# what stands before a bare 公司 when it names no company: the firm's role in the matter (中标公司, 涉案公司,
# 关联公司), an adverb and a verb of going (不怎么来公司, 很少到公司) or a verb of knowing or saying (只知道公司…)
_ROLE_OF_FIRM = re.compile(r"(?:中标|成交|投标|竞标|涉事|涉案|关联|空壳|皮包|挂靠|对方|上述|前述|两家|各家|相关)$"
                           r"|(?:不|没|没有|很少|经常|常|都|也|还|又|再|才|就|怎么|一起)[来去到进回]$"
                           # what someone knows or says of the firm (只知道公司有个股东, 他说公司…)
                           r"|(?:知道|听说|说|称|表示|认为|觉得|了解|告诉)$")


def find_companies(text: str, gaz: Gazetteer, agencies: list[Cand] | None = None) -> list[Cand]:
    out: list[Cand] = []
    if agencies is None:
        agencies = find_agencies(text, gaz)
    covered = 0
    for m in CO_SUFFIX.finditer(text):
        suf_s, end = m.start(), m.end()
        if suf_s < covered:
            continue  # the branch inside X有限公司(Y分公司) is part of X's span
        tail = _CO_TAIL.match(text, end)
        if tail:
            end = covered = tail.end()
        if m.group() == "厂" and not re.search(rf"[{CJK}]{{2}}(?:加工|制造|机械|电器|水泥|砖|化工|食品|服装|印刷|材料|五金|塑料|建材|制品|配件|钢材)厂$", text[max(0, suf_s - 6):end]):
            continue
        before = text[suf_s - 2:suf_s - 1] if suf_s >= 2 else ""
        if "A" <= text[suf_s - 1:suf_s] <= "Z" and m.group() in ("公司", "有限公司") \
                and not (before.isascii() and before.isalnum()) \
                and not (text[suf_s - 1] == "X" and _is_cjk(before) and before not in FUNC_CHARS):  # 鼎X公司: a mask
            out.append(Cand(suf_s - 1, end, "COMPANY", PRIO["COMPANY"]))  # C公司
            continue
        # walk left over name characters (CJK, brackets with short content, digits inside names rare)
        j = suf_s
        while j > 0 and suf_s - j < 40:
            c = text[j - 1]
            if "\u4e00" <= c <= "\u9fff" or c in "*×" or (c in "Xx" and text[j - 2:j] in ("XX", "xx")) \
                    or ("A" <= c <= "Z" and text[j - 2:j] == c + c) or ("A" <= c <= "Z" and text[j:j + 1] == c) \
                    or (c in "Xx" and text[j:j + 1] in ("X", "x")) \
                    or (c == "X" and _is_cjk(text[j - 2:j - 1] or "a") and j < len(text) and _is_cjk(text[j])):
                j -= 1  # (鼎X建筑…: one masked character inside a name)
                continue
            if "A" <= c <= "Z":  # 吉林省ABC路桥有限公司: a run of capitals inside a name, after its place
                k = j - 1
                while k > 0 and "A" <= text[k - 1] <= "Z":
                    k -= 1
                if j - k <= 6 and k > 0 and _is_cjk(text[k - 1]) and _is_cjk(text[j]):
                    j = k
                    continue
            if c == ")":  # a place or a form in brackets inside the name: 华夏智联(北京)科技有限公司
                k = text.rfind("(", max(0, j - 8), j - 1)
                inner = text[k + 1:j - 1] if k >= 0 else ""
                if k > 0 and (inner in gaz.places or inner + "市" in gaz.places or inner in _CO_BRACKET_OK) \
                        and ("\u4e00" <= text[k - 1] <= "\u9fff" or text[k - 1] in "×*"):
                    j = k
                    continue
            break
        run = text[j:suf_s]
        # an agency named inside the run ends the left context: X局关于Y公司 / X局退回Y公司; one
        # that the suffix follows is part of the name (X设计研究院有限公司, X设计院(新疆)有限公司)
        ag_ends = [c.end for c in agencies if j < c.end <= suf_s and c.start >= j - 30
                   and not re.fullmatch(r"(?:\([^()]{1,8}\))*", text[c.end:suf_s])]
        if ag_ends:
            run = text[max(ag_ends):suf_s]
        stop = CO_LEFT_STOP.match(run)
        if stop and stop.end() == len(run) and run.endswith(_TRADE_STOPS):
            stop = CO_LEFT_STOP.match(run[:-2])  # 标识材料|有限公司: the stop word is the name's trade
        name = run[stop.end():] if stop else run
        if stop:
            name = _inner_stop_name(run, stop.end(), gaz) or _across_place(run, stop.end(), gaz) or name
        # leftmost place name inside the name: cut what precedes it (负责代管<地名>… -> <地名>…)
        first_place = _first_place(text, suf_s - len(name), suf_s, gaz)
        fs = _CO_FUNC_STOP.match(name if first_place is None else name[:first_place])
        if fs:
            name = name[fs.end():]
            first_place = None if first_place is None else first_place - fs.end()
        if first_place and first_place > 0:
            prefix = name[:first_place]
            at = suf_s - len(name) + first_place
            group = re.search(rf"[{CJK}]{{2}}集团$", prefix)
            if group and group.start() > 0:
                name = name[group.start():]  # 且有|中兴集团湖州公司: a group's brand before its regional company
            elif (any(ch in FUNC_CHARS or ch in "受要找应" for ch in prefix)
                    or re.search(r"(?!某)[\u4e00-\u9fff]某{1,2}", prefix)  # 张某某|应…: a masked person before the name
                    or (len(prefix) == 1 or len(prefix) >= 3 and not _GROUP_PREFIX.search(prefix) and prefix[-1] not in "(（")
                    and any(gaz.place_level.get(name[first_place:first_place + L], "").startswith(
                        ("province", "prefecture")) for L in (2, 3))  # 回|湖北…, 原|南京…: a verb, 'former';
                    # 你局函中所询|泰州…: a clause before a province's or a prefecture's name (not a group's: 国药控股|湖南…)
                    or any(prefix[k:] in gaz.agency_heads for k in range(len(prefix)))
                    or re.search(r"(关于|办理|调取|移送|移交|查处|处罚|举报|投诉|通知|告知|督促|责令|约谈|调查|侦办|侦查|查办|立案)", prefix)
                    or (text[at - 2:at] in gaz.verbs and len(prefix) <= 3)  # 侵犯|北京…, not 国药控股|湖南…
                    or _full_division_at(text, at, suf_s, gaz)
                    or re.match(r"(?:某{1,2}|[Xx]{2,3}|×{1,3})[省市县区州旗]", text[at:at + 5])):  # 制作|XX市…
                name = name[first_place:]
        elif first_place is None:
            name = name[_after_verb(name, gaz, brand_first="\u4e00" <= text[suf_s - len(name) - 1:suf_s - len(name)] <= "\u9fff"):]
        if re.search(r"[\d一二两三四五六七八九十几多数]家$", name):
            continue  # 统一制作三家|公司: a count of firms, no name
        if m.group() == "公司" and name[-1:] in "该本其我你贵此这那们":
            continue  # …持有该|公司30%股份, …过问过你们|公司: the company a pronoun points back to, no name
        if suf_s - len(name) > 0 and text[suf_s - len(name) - 1] in "·•‧・":
            continue  # 阿依达娜·吐尔森经|公司法定代表人: the tail of a transliterated name, no company's
        if m.group() == "公司" and _ROLE_OF_FIRM.search(name):
            continue  # …持有中标|公司35%股权, 不怎么来|公司: a firm by its role in the matter, or going there — no name
        owner = re.fullmatch(r"(.{1,2}?)某{1,2}\d?", name)
        if m.group() == "公司" and owner and owner.group(1) in gaz.surnames and owner.group(1) not in gaz.places:
            continue  # 罗某公司, 张某某公司: a masked person's company, no name
        acts = re.fullmatch(r"(.{1,2}?)某{1,2}\d?([\u4e00-\u9fff]{1,3})", name)
        if m.group() == "公司" and acts and acts.group(1) in gaz.surnames \
                and (acts.group(2) in gaz.verbs or acts.group(2)[:1] in "未不没已曾向替为"):
            continue  # 雷某未经|公司同意: a masked person and what he did, then the company (his own)
        mask = next((mk for mk in _MASKED_NAME.finditer(name) if mk.start() > 0 and (
            not _MASKED_NAME.match(name) or name[mk.start() - 1] not in "省市县区州旗镇乡")), None)
        if mask and (first_place is None or first_place >= mask.start()) \
                and not _CO_MASK_KEEP.search(name[:mask.start()]) and gaz.place_ending_at(name, mask.start()) != 0:
            # (重庆某某建筑工程有限公司: a listed place before the mask keeps it)
            name = name[mask.start():]  # 私自刻制|XX建筑工程有限公司: an anonymised name starts at its mask
        numbered = re.search(r"直属[一二三四五六七八九十\d]{1,3}$", name)
        if numbered:
            name = numbered.group()  # 免去|直属二公司: a numbered subsidiary is named by its number
        nstart = suf_s - len(name)
        if (_MASKED_NAME.match(name) or name[:1] == "某" and len(name) >= 3 and all(_is_cjk(ch) for ch in name)) \
                and not (m.group() == "公司" and name in ("某", "某某")
                                            and text[suf_s - len(name) - 1:suf_s - len(name)] in ("该", "一", "某")):
            pass  # 某某有限公司, XX公司, 某建设有限公司: an anonymised company is a name
        elif m.group() == "银行" and name.startswith("中国") and len(name) != 3:
            pass  # 中国建设银行, 中国农业银行: a national bank's name is its kind of business
        elif not name or CO_GENERIC.match(name) and not gaz.place_ending_at(name, len(name)) or name in gaz.verbs:
            continue
        if (name == "某" or name.startswith("某") and len(name) < 3 and name != "某某") or (len(name) <= 1 and not re.fullmatch(r"[甲乙丙丁戊A-Z]", name)):
            continue
        # drop a leading pronoun/article (not the first char of a place: 贵池区, 本溪市)
        while nstart < suf_s and text[nstart] in PRONOUN_CHARS and not any(
                text[nstart:nstart + L] in gaz.places for L in range(2, 8)):
            nstart += 1
        lot = re.match(r"包|标段|标包|分标", text[nstart:suf_s]) if nstart and text[nstart - 1] in _LOT_NUMERALS else None
        if lot:
            nstart += lot.end()  # 第1包|青禾明辉…: the lot's label, not the name's
        if suf_s - nstart < 2 and not (_LETTER_NAME.fullmatch(text, nstart, suf_s) and m.group() in ("公司", "有限公司")
                                       and (nstart == 0 or not text[nstart - 1].isalnum()
                                            or text[nstart - 1] in FUNC_CHARS or text[nstart - 1] in "、某")):
            continue  # (甲公司, C公司: a company anonymised by one letter is a name)
        if m.group() == "公司" and out and out[-1].end == nstart and (name in gaz.places or len(name) == 2 and place_name_ok(name)):
            nstart = out[-1].start  # X开发公司|湘潭公司: the parent's company of a city is one name
        elif m.group() in ("分公司", "支行", "分行", "营业部", "分理处", "项目部", "项目经理部", "分所"):
            # X有限公司Y分公司 / X银行Y支行: one company, the branch of its parent
            for pc in reversed(out):
                gap = text[pc.end:nstart] if pc.end <= nstart else ""
                if pc.end <= nstart and nstart - pc.end <= 8 and re.fullmatch(rf"[{CJK}]*", gap) \
                        and not any(ch in FUNC_CHARS for ch in gap):
                    nstart = pc.start
                    break
                if pc.end < nstart - 8:
                    break
            else:
                window = text[max(0, nstart - 20):nstart + 0] + text[nstart:suf_s]
                # a national bank's name first (被告人系|中国农业银行…支行: not 人系中国农业银行)
                bank = re.search(r"(中国[\u4e00-\u9fff]{2,4}银行(?:股份有限公司)?)([\u4e00-\u9fff]{0,8})$", window) \
                    or re.search(r"([\u4e00-\u9fff]{2,6}银行)([\u4e00-\u9fff]{0,8})$", window)
                if bank and m.group() in ("支行", "分行", "营业部", "分理处"):
                    nstart = min(nstart, suf_s - len(bank.group()))
        if "人民银行" in text[nstart:end] or m.group() == "银行" and not (
                _first_place(text, nstart, suf_s, gaz) is not None or text.startswith(_BANK_BRANDS, nstart)):
            continue  # the central bank's branches are agencies; 代收银行, 书证、银行…: no bank's name
        if re.search(r"[^某][一某]$", text[nstart:suf_s]) and m.group() in ("酒店", "大酒店", "宾馆", "饭店", "酒楼"):
            continue  # 澄县一酒店, 县城某宾馆: a hotel, not its name
        out.append(Cand(nstart, end, "COMPANY", PRIO["COMPANY"]))
    out.extend(Cand(m.start(), m.end(), "COMPANY", PRIO["COMPANY"]) for m in _BANK_SHORT.finditer(text))
    return _company_offices(text, _standalone_trade_forms(text, _brand_short_forms(text, out, gaz), gaz), gaz)


def _company_offices(text: str, found: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """A company's office in a place (X有限公司滁州办事处, X公司驻澄县办事处): one company, the office of
    its parent — not an agency 滁州办事处."""
    out = []
    for c in found:
        m = re.match(rf"(?:驻)?([{CJK}]{{2,4}}?)(?:办事处|代表处)", text[c.end:c.end + 8]) \
            if c.label == "COMPANY" and text[c.start:c.end].endswith("公司") else None
        if m and (m.group(1) in gaz.places or place_name_ok(m.group(1))):
            c = Cand(c.start, c.end + m.end(), c.label, c.prio)
        out.append(c)
    return out


# the trades a company's short form ends with (鑫盛|建筑, 蜀通|路桥, 天府|园林 — general words of
# company names, not of any letter)
TRADES = ("建筑", "建设", "工程", "路桥", "园林", "绿化", "商贸", "贸易", "科技", "环保", "建材", "物业", "劳务", "装饰",
          "实业", "医疗", "信息", "电子", "设备", "机械", "食品", "文化", "传媒", "印务", "咨询", "监理", "设计", "置业",
          "地产", "物流", "运输", "能源", "电力", "化工", "医药", "药业", "家具", "安防", "消防", "智能", "网络", "软件",
          "通信", "电器", "检测", "测绘", "勘察", "环境", "广告", "餐饮", "水务")
# brands that are words of a trade or a place, not a company's own name (水利工程, 城市建设)
_NOT_BRANDS = frozenset(["水利", "公路", "市政", "城市", "农村", "道路", "房屋", "土木", "电力", "园林", "交通", "国有",
                         "地方", "本地", "外地", "其他", "相关", "有关", "项目", "施工", "中标", "投标", "采购", "政府",
                         "基础", "配套", "附属", "安装", "维修", "改造", "环境", "信息", "网络", "文化", "医疗"])
# a company's posts and what stands after a company named by its short form in a table or a record
_TRADE_FORM = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及、由是给向对被在跟同了])|(?<=询问|约谈|通知|约见|联系|告知|调取|核实|走访))"
    r"([\u4e00-\u9fff]{2}(?:" + "|".join(TRADES) + r"))"
    r"(?=[：:]|的?(?:法定代表人|法人|项目经理|项目负责人|技术负责人|负责人|股东|总经理|董事长|副总经理|经理|员工|职工|出纳|"
    r"会计|业务员|老板|实际控制人|授权代表|委托代理人)|那边|方面)")


# …or opening a table's cell before the cell's next item (| 鑫盛建筑；法定代表人周建华 |, | 天府园林绿化；配偶X |)
_CELL_TRADE_FORM = re.compile(
    r"(?:(?<=[|｜│┃\t])|(?<=[|｜│┃\t][ \u3000]))"
    r"([\u4e00-\u9fff]{2}(?:" + "|".join(TRADES) + r")(?:" + "|".join(TRADES) + r")?)(?=[；;、])")


def _standalone_trade_forms(text: str, found: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """A company written by its brand and trade alone, the full name nowhere in the document
    (鑫盛建筑项目经理X, | 蜀通路桥：马某（法定代表人）, 宏达商贸那边, | 天府园林绿化；配偶X): a COMPANY when a
    company's post, a table cell's colon or 那边 / 方面 follows it, or it opens a cell before its next item, and its first two characters are a brand — not a
    generic, place, verb or trade word."""
    taken = {k for c in found for k in range(c.start, c.end)}
    out = list(found)
    for m in [*_TRADE_FORM.finditer(text), *_CELL_TRADE_FORM.finditer(text)]:
        s, e = m.span(1)
        brand = text[s:s + 2]
        if text[e:e + 1] in ":：" and not re.search(r"[|｜│┃\t][ \u3000]*$", text[max(0, s - 4):s]):
            continue  # a colon after it only in a table's cell (| 鑫盛建筑：周建华…), not a heading's (大众软件：…)
        if any(k in taken for k in range(s, e)) or brand in _NOT_BRANDS or CO_GENERIC.match(brand) \
                or brand in gaz.verbs or brand in gaz.places or "某" in brand or brand[0] in FUNC_CHARS \
                or brand in TRADES:
            continue
        out.append(Cand(s, e, "COMPANY", PRIO["COMPANY"] - 1))
        taken.update(range(s, e))
    return out


# national banks whose names carry no place
_BANK_BRANDS = ("招商", "交通", "兴业", "浦发", "民生", "光大", "华夏", "平安", "中信", "广发", "邮政储蓄", "渤海", "浙商")
# the big banks' short names before what a bank issues (建行转账凭条, 在工行账户, 农行卡)
_BANK_SHORT = re.compile(r"(?<![\u4e00-\u9fff])(?:工行|建行|农行|中行|交行)(?=转账|账户|账号|卡|凭|存|取|汇|贷款|流水|对账|明细|网点|开户)"
                         r"|(?<=[在从向到经由的、])(?:工行|建行|农行|中行|交行)(?=[\u4e00-\u9fff]{0,4}(?:转账|账户|账号|卡|存|取|汇|贷款|流水|开户))")


def _brand(name: str, gaz: Gazetteer) -> str:
    """The two characters after the places a company's name starts with (澄江|银河建设有限公司 ->
    银河): what its short form 银河公司 keeps; "" for a name without a place or a generic word."""
    pos = 0
    while (L := next((L for L in range(min(gaz.max_place_len, len(name) - pos), 1, -1)
                      if name[pos:pos + L] in gaz.places), 0)):
        pos += L
    brand = name[pos:pos + 2]
    if pos == 0 or len(brand) < 2 or not all(_is_cjk(c) for c in brand) or CO_GENERIC.match(brand) \
            or brand in gaz.verbs or brand in gaz.places or _MASKED_NAME.search(brand) or "某" in brand:
        return ""
    return brand


def _brand_short_forms(text: str, found: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """A company's short form written without a definition (湖北银河建设有限公司 … 银河公司): the
    brand + 公司 is a COMPANY wherever it stands, and a span that swallowed the words before it
    (拒绝在合同上盖|银河公司) is cut to it."""
    before_gongsi: set[str] = set()  # the two characters before each 公司: what a short form's brand can be
    at = text.find("公司", 2)
    while at >= 0:
        before_gongsi.add(text[at - 2:at])
        at = text.find("公司", at + 1)
    names = {text[c.start:c.end] for c in found if c.label == "COMPANY"}
    brands = {b for name in names if (b := _brand(name, gaz)) in before_gongsi}
    trades = {t for name in names if (t := _trade(name, gaz))}
    if not brands and not trades:
        return found
    out: list[Cand] = []
    for c in found:
        t = text[c.start:c.end]
        short = next((b for b in brands if t.endswith(b + "公司") and len(t) > len(b) + 2
                      and _first_place(text, c.start, c.end, gaz) is None), None)
        out.append(Cand(c.end - len(short) - 2, c.end, c.label, c.prio) if short else c)
    taken = {k for c in out for k in range(c.start, c.end)}
    for b in brands:
        at = text.find(b + "公司")
        while at >= 0:
            if not any(k in taken for k in range(at, at + len(b) + 2)):
                out.append(Cand(at, at + len(b) + 2, "COMPANY", PRIO["COMPANY"] - 1))
            at = text.find(b + "公司", at + 1)
    for t in sorted(trades, key=len, reverse=True):  # 鑫盛建筑法定代表人周建华, 鑫盛建筑公司: brand and trade
        at = text.find(t)
        while at >= 0:
            end = at + len(t) + (2 if text.startswith("公司", at + len(t)) else 0)
            # …written as the company's: 公司 after it, or a post of it (法定代表人, 的股东)
            role = end > at + len(t) or gaz.longest_at(text, end + (text[end:end + 1] == "的"), "position") is not None
            if role and not any(k in taken for k in range(at, end)):
                out.append(Cand(at, end, "COMPANY", PRIO["COMPANY"] - 1))
                taken.update(range(at, end))
            at = text.find(t, at + 1)
    return out


_NOT_TRADE = re.compile(r"有限|股份|公司|集团|控股|分公|[某X×*]")


def _trade(name: str, gaz: Gazetteer) -> str:
    """A company's brand and trade, the four characters after the places its name starts with
    (绵竹市|鑫盛建筑|工程有限公司 -> 鑫盛建筑): the short form letters write it by; "" when the name has
    no place, no brand, or nothing but a suffix after the brand."""
    brand = _brand(name, gaz)
    if not brand:
        return ""
    at = name.find(brand)
    trade = name[at:at + 4]
    if len(trade) < 4 or not all(_is_cjk(c) for c in trade) or _NOT_TRADE.search(trade[2:]) \
            or len(name) - at - 4 < 2 or trade[2:] in gaz.places:
        return ""
    return trade


def model_company_ok(t: str) -> bool:
    """A span the model tags COMPANY is kept when it ends in a company suffix after a specific
    (not generic) name of 2+ characters."""
    sm = CO_SUFFIX.search(t)
    pre = t[:sm.start()] if sm else ""
    return (sm is not None and sm.end() == len(t) and 4 <= len(t) <= 30 and len(pre) >= 2
            and not any(form.endswith(t) for form in ("股份有限公司", "有限责任公司"))  # 主体类型：有限责任公司
            and not CO_GENERIC.match(pre) and not re.search(r"[\d的了这那为均是在将对]", pre)
            and not re.match(r"[Xx×*]", t) and not re.search(r"(控股|国有|民营|私营|下属|关联|子)$", pre))
