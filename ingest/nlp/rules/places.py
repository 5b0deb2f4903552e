"""Where a place name starts: chains of places (省+市+区) that end where an organ word begins,
the gazetteer's places and, by structure, places it does not list (2–3 name characters + a level
word, zones such as X经济技术开发区) with a clean left edge."""

from __future__ import annotations

import re

from ..gazetteer import Gazetteer
from .base import FUNC_CHARS, PRONOUN_CHARS

_ZONE_SUFFIXES = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区", "产业园区", "高新区", "开发区", "保税区",
                  "试验区", "新区", "园区", "新城")
_BARE_ZONES = ("高新区", "经开区", "开发区")
# characters that never occur in the name part of an unlisted place (before 县/市/镇…)
_PLACE_NAME_BAD = set("的对向在和与及或将被由从为是了于等报据即并给按使让把跟至到往自请本该各我贵你全此其这那每当称"
                      "年月日号第次个条项级内外局委院厅办送交回映告查处罚任")
_LEVEL_IN_NAME = set("省市县区旗盟")
# nor in a long (4–5 character) one read at an edge (2007年任|…县, 王某系|澄县: a date, a tenure, a person)
_LONG_NAME_BAD = set("年月日号第次任某系")
NOT_PLACE_NAME = frozenset(["召开", "各级", "市县", "县区", "省市", "省级", "市级", "县级", "区级", "全省", "全市", "全县",
                             "城市", "城区", "地区", "社区", "辖区", "管区", "片区", "园区", "新区", "景区", "矿区", "农村",
                             "乡镇", "城镇", "村镇", "集镇", "重点", "所在", "当地", "外地", "本地", "异地", "属地",
                             "同志", "职务", "局长", "主任", "书记", "县长", "市长", "区长", "镇长"])


_MASK_RUN = re.compile(r"(?:某{1,2}|[Xx]{2,3}|×{1,3}|\*{2,3})")


def masked_name_start(text: str, end: int) -> int | None:
    """Start of an anonymised name part ending at ``end`` (某, 某某, XX, ××, **), else None."""
    for length in (3, 2, 1):
        s = end - length
        if s >= 0 and _MASK_RUN.fullmatch(text, s, end) and (s == 0 or text[s - 1] not in "某Xx×*"):
            return s
    return None


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


_VILLAGE_ORGANS = ("村民委员会", "村委会", "村委", "党支部", "党总支", "村民小组", "村民代表大会")


def hard_left(text: str, pos: int) -> bool:
    return pos <= 0 or not ("\u4e00" <= text[pos - 1] <= "\u9fff") or text[pos - 1] in FUNC_CHARS


# adverbs standing before a verb that happens to be a listed place's first character (已|商县…: 已商…):
# never the first character of an unlisted place (已商县: 已 + 商…; 正定, 将乐 are listed)
_ADVERBS_BEFORE = frozenset("已曾将并再均也又正拟现亦")


def place_name_ok(name: str) -> bool:
    """The name part of an unlisted place: Chinese characters, none a function word, and not
    starting with a level word (市潇川县 is 市 + 潇川县; 柳市镇 keeps its 市)."""
    return (all("\u4e00" <= c <= "\u9fff" for c in name) and not any(c in _PLACE_NAME_BAD for c in name)
            and name[:1] not in _LEVEL_IN_NAME and name[:1] not in "镇乡" and name not in NOT_PLACE_NAME
            and name[:1] not in _ADVERBS_BEFORE)


# words that end a phrase before a name (项目中|麒麟区…, 会后|…): never the first character of an unlisted
# place (holding a listed one or not)
_PHRASE_ENDS = frozenset("中后内外里")
# prepositions that stand before a level-prefixed organ (经县纪委, 由区财政局): never a place name's end
_PREPOSITIONS = frozenset("经由向对从在与被将给让把")


def _unknown_place_start(text: str, pos: int, gaz: Gazetteer) -> int | None:
    """Start of a place piece the gazetteer does not list, ending at ``pos``: 2 (or, with a clean
    left edge, 3) name characters + a level (省/市/州/盟/县/区/旗/镇/乡/街道), or a zone
    (X经济技术开发区, X高新区…) whose name part is a known place or 2-4 name characters."""
    for z in _ZONE_SUFFIXES:
        zs = pos - len(z)
        if zs >= 0 and text.startswith(z, zs):
            st = gaz.place_ending_at(text, zs, min_start=max(0, zs - 24))
            if st is not None:
                return st
            for L in (4, 3, 2):
                s = zs - L
                if s >= 0 and place_name_ok(text[s:zs]) and (L == 2 or hard_left(text, s)):
                    return s
            if z in _BARE_ZONES and hard_left(text, zs):
                return zs
            return None
    if pos >= 2 and text[pos - 2:pos] == "经开区" and hard_left(text, pos - 3):
        return pos - 3
    if pos >= 4 and text[pos - 2:pos] in ("街道", "地区"):
        lvl = pos - 2
    elif pos >= 3 and text[pos - 1] == "村" and text.startswith(_VILLAGE_ORGANS, pos):
        lvl = pos - 1  # 石桥村村民委员会, 石桥村党支部: a village only before its own organs
    elif pos >= 3 and text[pos - 1] in "省市州盟县区旗镇乡":
        lvl = pos - 1
    else:
        return None
    for L in (5, 4):  # a long name (查干敖包旗, 达尔罕草原旗, 阿克塔什县) at a hard edge: line start, punctuation
        s = lvl - L
        name = text[s:lvl] if s >= 0 and text[lvl:pos] in ("旗", "盟", "县", "州", "地区") else ""
        edge = s == 0 or not is_cjk(text[s - 1]) or (text[s - 1] in "的与和及由向对" and text[s - 1:s + 1] not in gaz.verbs)
        if name and edge and all(is_cjk(c) for c in name) \
                and not any(c in FUNC_CHARS or c in PRONOUN_CHARS or c in _LEVEL_IN_NAME or c in _LONG_NAME_BAD for c in name) \
                and not any(name[k:k + 2] in gaz.verbs or _LEFT_VERBS.fullmatch(name[k:k + 2]) for k in range(L - 1)):
            return s
    for L in (3, 2):
        s = lvl - L
        if s < 0:
            continue
        name = text[s:lvl]
        if not (place_name_ok(name) or name in gaz.places) or (L == 3 and name[1:] in NOT_PLACE_NAME) \
                or not clean_left(text, s, gaz):
            continue  # (a listed name with another level word: 那坡镇 beside the listed 那坡县)
        if L == 3 and text[lvl] == "村" and not hard_left(text, s) and text[s - 1] not in "镇乡":
            continue  # 兼|柳湾村: a village name of three characters only at a clean edge
        if L == 3 and (_LEFT_VERBS.search(text[max(0, s - 4):s + 1]) or name[:2] in gaz.verbs
                       or name[1:] in gaz.verbs or _LEFT_VERBS.fullmatch(name[1:])):
            continue  # 受示例县, 派驻市…: a verb, then the 2-character name
        if L == 2 and (name in gaz.verbs or _LEFT_VERBS.fullmatch(name)) and name not in gaz.places:
            continue  # 发现区住建委, 责令区财政局: the verb, then the short form 区住建委
        if L == 3 and name[0] in _PHRASE_ENDS and name not in gaz.places and place_name_ok(name[1:]):
            return s + 1  # 项目中|青禾县…: the phrase's end, then a 2-character name
        if name[-1] in _PREPOSITIONS and name not in gaz.places:
            continue  # 后经|县纪委, 并由|县…: a preposition before the level-prefixed organ, no place
        return s
    return None


# words ending in 任 before a level-prefixed short form (时任县卫生健康局 is not the county 任县)
_TENURE = frozenset(["时任", "现任", "曾任", "原任", "历任", "兼任", "担任", "升任", "调任", "出任", "继任", "拟任",
                     # a person before 任 (张三同志任县…, 王某任县…, 被告人任县…): the verb, not the county 任县
                     "志任", "某任", "人任"])
_LEFT_VERBS = re.compile(r"(移送|转送|移交|转交|报送|抄送|抄报|呈报|上报|转报|报请|函告|函请|告知|通知|通报|报告|会同|联合|商请|"
                         r"提请|请求|协助|配合|退回|督促|责成|要求|邀请|组织|协调|指导|委托|授权|反馈|回告|答复|回复|复函|"
                         r"致|请|系|任|原|受|中共|中国共产党|关于|根据|依据|依照|按照|接到|收到|经|报|现任|曾任|时任|代理|承办|"
                         r"实施|主办|责令|派驻|要求|兼|审查|调查|核查|检查|督查|查处|侦查|审计|办理|处理|侦办|查办|受理|"
                         r"被告|原告|第三人|被上诉人|上诉人|被申请人|申请人|其中|包括|分别为|分别是)$")


def clean_left(text: str, s: int, gaz: Gazetteer) -> bool:
    """An unlisted place name must be delimited on its left: start of text, punctuation, a function
    character, a verb (one that takes an agency object, or any two-character verb of the lexicon:
    参加|黔榕县…), another level word (湖南省|示例县) or a listed place."""
    if hard_left(text, s) or text[s - 1] in "省市州盟县区旗镇乡" or text[s - 1] in _ADVERBS_BEFORE \
            or _LEFT_VERBS.search(text[max(0, s - 5):s]) \
            or text[max(0, s - 2):s] in gaz.verbs:
        return True
    return gaz.place_ending_at(text, s, min_start=max(0, s - 24)) is not None


def place_chain_start(text: str, end: int, gaz: Gazetteer, *, unknown: bool = False) -> int | None:
    """Leftmost start of a chain of place names (省+市+区) ending at ``end``. With ``unknown``,
    pieces the gazetteer does not list are taken by their structure (name + level, zones)."""
    pos, start, guessed = end, None, 0
    while True:
        s = gaz.place_ending_at(text, pos, min_start=max(0, pos - 24))
        if s is not None and pos - s == 2 and s >= 1 and (text[s - 1:s + 1] in _TENURE or text[s - 1:s + 1] in gaz.verbs) \
                and not clean_left(text, s, gaz):
            break  # 时任县…, 担任县…: 任 belongs to the word before, not to the listed county 任县
        if s is not None and unknown and s >= 1 and not clean_left(text, s, gaz) \
                and text[s - 1] not in _PHRASE_ENDS and text[s - 1] not in _ADVERBS_BEFORE \
                and gaz.place_level.get(text[s:pos]) not in ("province", "prefecture") \
                and place_name_ok(text[s - 1:pos - 1]) and (
                    pos - s == 2 and clean_left(text, s - 1, gaz)
                    or pos - s == 3 and (hard_left(text, s - 1) or text[s - 2] in "省市州盟县区旗"
                                         or _LEFT_VERBS.search(text[max(0, s - 6):s - 1]))):
            s -= 1  # 华富县, 海河口区: an unlisted name, not the listed 富县 / 河口区 inside it
        if s is None:
            # masked level piece: 某县 / 某某市 / XX区 / ××镇 / 某某村
            mask = masked_name_start(text, pos - 1) if pos >= 2 and text[pos - 1] in "省市县区州旗盟镇乡村" else None
            if mask is not None:
                s = mask
            elif unknown and guessed < 2:
                s = _unknown_place_start(text, pos, gaz)
                guessed += 1
            if s is None:
                break
        start, pos = s, s
    return start


