"""Persons: names after cues (法定代表人, 经办人, titles, 均为…), in lists with 、, with a gender
(张三，男，), masked (王某, 李某某, 王**, 张某1), transliterated with a middle dot; and the check
that a name the model proposes has a known surname and a person's context (never a common word)."""

from __future__ import annotations

import re
from functools import lru_cache

from graph.types import kin
from ingest.agency_shape import OFFICE_ENDS
from ingest.letter_fields import names_of

from ..gazetteer import DATA_DIR, Gazetteer
from .base import BODY_END_CHARS, CJK, FUNC_CHARS, NAME_BREAK, PRIO, Cand, column_values
from .places import is_cjk as _is_cjk
from .positions import address_titles, find_positions, title_after_surname

# a kin word before a name (之子X, 其妻X, 妹夫X — graph/types/kin.py): a cue, and what the relative did
# when a verb follows it (其弟陈述…)
_KIN = rf"(?:之|其)?{kin.alternation(kin.TWO)}|(?:之|其){kin.alternation(kin.SINGLE)}"
_PERSON_CUE = re.compile(
    r"(被告单位|原审被告单位|法定代表人|法人代表|负责人|委托代理人|诉讼代理人|诉讼代表人|代理人|被告人|被告|原告|上诉人|被上诉人|申请人|被申请人|投诉人|"
    r"举报人|当事人|辩护人|经办人|联系人|承办人|接收人|签收人|审核人|填报人|送达人|受送达人|证人|移送人|报送人|送件人|收件人|被调查人|犯罪嫌疑人|嫌疑人|记者|通讯员|责任编辑|编辑|审判长|审判员|人民陪审员|陪审员|书记员|检察员|检察官|"
    r"局长|副局长|院长|副院长|书记|副书记|主任|副主任|科长|处长|所长|专家|评审专家|评标专家|律师|董事长|执行董事|"
    r"总经理|副总经理|经理|项目经理|出纳|会计|股东|员工|职工|工作人员|司机|业务员|姓名|市长|县长|区长|镇长|队长|民警|辅警|"
    r"同室|同事|同科室|"
    # appointments and kin: 任命X为, 免去X的, 之子X
    r"任命|免去|聘任|提名|真名|本名|原名|名叫|叫做|(?<=[个名位东员理])叫|"
    # a share, a sum or a power passed to someone (股权转让予X, 委托X代为…)
    r"转让予|转让给|让与|赠与|转给|委托|授权|"
    # whom a body heard (经询问X，…; 约谈了X。): the name ends where the clause does
    r"(?<!接受)(?:约谈|询问|讯问|传唤|走访)了?(?![时中后前笔记人的过并及和与等])(?=[^\s，。；、,;]{2,3}[，。；、,;])(?![^\s，。；、,;]?(?:局长|股长|科长|处长|主任|经理|书记|院长|所长|队长|总)[，。；、,;])|"
    # the one a letter points at (此X系汉旺镇农民, 此X即…)
    r"(?<![因如由对从])此(?=[^\s，。；、,;]{2,3}(?:系|即))|"
    # what a record says of someone: 法人是X (the legal representative), 你认识X吗, 你是否认识X
    r"法人(?=是|为|系|[:：])|(?<=[你您他她我们不都也就还否])认识(?![到上了])|" + _KIN + "|"
    # a one-character kin word opening a list item or a table cell (鑫盛建筑；弟陈志刚（股东）)
    r"(?:(?<=[；;、|｜])|(?<=[|｜][ \t\u3000]))" + kin.alternation(kin.SINGLE) + ")"
    r"\s*[:：]?\s*(?:(?:均|都|分别|也|则|一直|仍|现|始终|原)?(?:为|是|系))?\s*"
)
# adverbs that stand between a name and its verb, never a given name's last character
_ADVERB_AFTER_NAME = frozenset("已曾均也又未在")
_KIN_AFTER = re.compile(_KIN)
_OPENERS = frozenset("“「『《（(\"'‘")
_NAME_END = set("，。；：、,.;:()（）“”\"' \t\r\n男女等系为是在于与和及因对将被向从称说已未均也又并所曾通以作出任担参利经及")


_NOT_NAME_STARTS = {"相关", "有关", "其他", "所在", "任何", "任职", "单位", "公司", "同时", "项目", "双方", "关于", "时间"}
_VERB_START = set("主持在对向将被于因等说表称到从参作出提要收利通受带担任组召负经接与和及系为是曾已未均也又并所就便把"
                  "让给找以用违涉多先后同则却还都亲率签安指帮介分共请索授要求到达开前去来上下进回")


# a numbered item's opening (一、 2. （三）) and what a person named first in it does (自…起, 于…, 系…, 曾…)
_ITEM_NAME = re.compile(r"(?m)^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]、?)[ \t\u3000]*")
_ITEM_ACT = re.compile(r"(?:自\d|自[一二]〇|于\d|于20|系[^统列]|曾(?:任|在|于|向|多次)|作为|担任|因[^为此]|在[^内外上下中]|未|已(?:于|被|经|将)|称)")


# nouns that follow a name as its object or possession (郑明|财物, 韩立|款项): the name never
# swallows their first character
_NOUNS_AFTER_NAME = frozenset(["财物", "款项", "款物", "钱款", "现金", "资金", "物资", "贿款", "礼金", "礼品", "好处", "红包",
                               "股份", "股权", "车辆", "房产", "账户", "名下", "家中", "住处", "手机", "电话", "身份",
                               "个人"])


def _word_after_name(text: str, at: int, gaz: Gazetteer) -> bool:
    """A word starts at ``at`` (right after a one-character given name): a verb of the lexicon,
    a case verb, or a noun that follows names."""
    w = text[at:at + 2]
    return w in _VERB2_SET or w in _CASE_VERBS or w in _NOUNS_AFTER_NAME or w in gaz.verbs


_MASK_ORDINALS = frozenset("甲乙丙丁戊己庚辛")
# surnames that are more often a function word right after a body's name (局曾…, 局向…, 局将…)
_FUNCTION_SURNAMES = frozenset("曾向将于和与及对从在也都还就又却便已即")
# conjunctions that open a clause before a surname and a title (但赵股长作为…, 而王局长…)
_CONJUNCTIONS = frozenset("但而且并或及与和")
# surnames that are adverbs right after a title (主席都…, 局长也…, 经理还…): no name there
_ADVERB_SURNAMES = frozenset("都也还就才又却便")
# never the first given character of a name read up to a verb: 局长何的批示, 其妻任该公司监事
_NOT_GIVEN_FIRST = frozenset("的该其此这那")
# cues of kin (其弟X, X的配偶Y): a verb right after one is what the relative did (其弟陈述…), not a name
_KIN_CUE = re.compile(_KIN)


def _closes_name(text: str, k: int) -> bool:
    """The character at ``k``, after a given name's first, ends the name instead of continuing it:
    各 before a count (金珠各1份), 之 before a kin word (刘芳之配偶), 犯 before a charge (被告人王强犯受贿罪)."""
    return text[k:k + 1] == "各" and re.match(r"[\d一二三四五六七八九十两]", text[k + 1:k + 2]) is not None \
        or text[k:k + 1] == "之" and _KIN_AFTER.match(text, k) is not None \
        or text[k:k + 1] == "犯" and re.match(r"[^，。；,;\n]{1,12}罪", text[k + 1:k + 15]) is not None


def _name_at(text: str, s: int, gaz: Gazetteer, *, cued: bool = False) -> int | None:
    """End of a personal name starting at ``s`` (surname + 1-2 chars, or masked forms)."""
    sur = 0
    if text[s:s + 2] in gaz.surnames:
        sur = 2
    elif text[s:s + 1] in gaz.surnames:
        sur = 1
    if not sur:
        return None
    p = s + sur
    m = re.match(r"\d某{1,2}(?!\d)|某某|某|\*{1,3}|×{1,2}|XX|xx|X(?![A-Za-z\d])", text[p:p + 3])
    if m:
        e = p + m.end()
        if m.group() in ("某", "某某") and e < len(text) and text[e] in _MASK_ORDINALS \
                and (text[e + 1:e + 2] not in ("方", "级", "类", "等")
                     or re.search(re.escape(text[s:e + 1]) + "(?![方级类等])", text)):
            return e + 1  # 张某甲, 李某某乙: masked namesakes told apart by an ordinal (张某甲方… when 张某甲 is one)
        if (m.group() == "某" and e + 1 < len(text) and "\u4e00" <= text[e] <= "\u9fff"
                and text[e] not in _NAME_END and text[e] not in FUNC_CHARS
                and (text[e + 1] in "、，。,;；:：" or text[e] not in _VERB_START and text[e] != "犯" and not _closes_name(text, e)
                     and not _word_after_name(text, e, gaz)
                     and text.count(text[s:e + 1]) >= 2)):
            return e + 1   # 陈某坤，… ; 被告人陈某坤为使… (the same three characters again in the text)
        if e < len(text) and text[e].isdigit() and (e + 1 >= len(text) or not text[e + 1].isdigit()):
            e += 1
        return e
    for glen in (2, 1):
        e = p + glen
        if e > len(text):
            continue
        given = text[p:e]
        if not all("\u4e00" <= c <= "\u9fff" for c in given) or given[0] in _NAME_END and glen == 1 \
                or given[-1] == "的":  # 之女吴丽的: 的 ends a name, never belongs to it
            continue
        if glen == 2 and _closes_name(text, e - 1):
            continue  # 金珠各1份, 刘芳之配偶: no part of the name
        if glen == 2 and given[-1] in _ADVERB_AFTER_NAME and (_is_cjk(text[e:e + 1]) or text[e:e + 1] in _OPENERS):
            continue  # 刘芳已被调离, 王强曾任, 刘芳在“X项目”中: the adverb before the verb is no part of the name
        if glen == 2 and given[-1] in "称说" and text[e:e + 1] in "，,：:。；;”":
            continue  # 副局长司马文称，…: 称 is what the person said, not the name's
        if glen == 2 and text[e - 1:e + 1] in _WORD_ACROSS:
            continue  # 股长王磊关于…: 关于 is a word after the name, not its last character
        if glen == 2 and text[e:e + 1] == "出" and text[e - 1:e + 1] in gaz.verbs:
            continue  # 主任刘芳提出: 提出 is what the person did (出 ends a name only as 作出 does)
        if e == len(text) or text[e] in _NAME_END or not ("\u4e00" <= text[e] <= "\u9fff"):
            return e
    if (cued and p + 1 < len(text) and "\u4e00" <= text[p] <= "\u9fff" and text[p] not in _NAME_END
            and text[p] not in _NOT_GIVEN_FIRST and text[s] not in FUNC_CHARS and text[s:s + 2] not in _NOT_NAME_STARTS):
        if text[s] in _ADVERB_SURNAMES:
            return None  # 主席都遭到…, 局长也同意: an adverb after the title, no surname
        if _closes_name(text, p + 1) or text[p + 1:p + 3] in _WORD_ACROSS:
            return p + 1  # 副局长刘芳之配偶, 金珠各1份, 业务员严凯|当日: the name ends before it
        # a name followed directly by a verb: 局长X主持会议 / 法定代表人X立案侦查
        if _is_cjk(text[p + 1]) and text[p + 1] != "的" and _word_after_name(text, p + 2, gaz) \
                and not _word_after_name(text, p + 1, gaz):
            return p + 2  # 项目经理孔立同介绍: a verb after two given characters, though the second starts one
        if "\u4e00" <= text[p + 1] <= "\u9fff" and text[p + 1] not in _VERB_START and text[p + 1] != "的" \
                and not _word_after_name(text, p + 1, gaz):  # 副局长刘芳的配偶: 的 ends the name
            return p + 2
        return p + 1
    return None


# words of two characters whose second is a name's end (于, 对 …): a name's last character never starts one
_WORD_ACROSS = frozenset(["关于", "对于", "由于", "至于", "鉴于", "基于", "属于", "位于", "用于", "在于", "处于", "便于", "终于",
                          "等于", "过于", "善于", "敢于", "急于", "忙于", "出于", "限于", "源于",
                          "当日", "当天", "当时", "当即", "当场", "当晚",  # 业务员严凯|当日回复
                          "所在", "所属", "所述", "所称", "所说"])  # 之妻刘芳|所在的教育局
_NOT_NAMES = {"单位", "公司", "人员", "部门", "机关", "同志", "本人", "双方", "全部", "全体", "其他", "有关", "相关",
              "时任", "任职", "原告", "被告", "法人", "主要", "方面", "李某某某"}
# Common words that begin with a surname character (written by hand; a PERSON is never one of these)
_COMMON_WORDS = frozenset("""
信息 来函 来文 来信 来电 来访 利害 印章 印鉴 印刷 印发 信用 信访 信件 信函 信任 信心 信誉 高度 高效 高新 高速 高层 高级 高于 高价 周边 周期 周年 周转 周末 万元 万余 方面 方式 方案
方法 方向 方便 时间 时期 时任 时限 时候 时效 金额 金融 金属 常务 常委 常规 常态 任务 任何 任职 任期 于是 和平 和解 安全 安排
安装 安置 林业 林地 水利 水务 文件 文化 文明 文书 明确 明显 马上 石材 程序 管理 管辖 管控 黄金 白天 车辆 车间 路面 路段 连续
连同 华为 云南 钱款 余额 余人 毛利 田地 项目 关于 关系 关联 东方 东部 南方 西部 北方 司法 包括 包工 单位 单独 单价 解决 解释
计划 计算 经济 经营 经过 经费 经办 施工 通过 通知 通报 通讯 严格 严重 严肃 全部 全面 全体 全额 宁可 武装 景区 齐全 章程
党委 党组 党员 党风 党纪 成交 成立 成员 成本 成绩 成果 贺信 范围 范例 雷同 房屋 房产 海关 支付 支持 师生 及时 卫生 卫健 简称
简易 能力 左右 申请 申报 申诉 祝贺 官方 官员 居民 封存 尚未 双方 农民 农村 农业 温度 季度 强制 强调 毕业 焦点 顾问 顾客
阳光 班子 仲裁 纪委 纪律 纪检 纪要 董事 颜色 干部 宣传 家属 家庭 国家 国有 国务 国资 国库 向阳 向社 江河 易于 应当 应该
应急 曾经 游戏 查处 查明 查询 查看 查阅 查封 查实 查办 相关 相应 相同 相互 利用 利益 利润 师傅 广告 广大 广泛 都是 都有
权利 权力 权限 权益 益处 公开 公告 公示 公司 公安 公共 公平 公正 公众 公务 公章 公款 公路 习惯 鲍鱼 谭 苏醒 叶片 晋升
应自 应于 应在 应向 应按 应由 应予 应将 原告 原则 原因 原来 原件 原始 原价 任免 孔洞 黎明 龙头 冷链 沙石 游客 邱 古代 易县 满意 满足 戴帽 甘心 包装 包含 牛奶 米面 路线
""".split())


def _common_start(name: str, sur: int) -> bool:
    """``name`` begins with a common word (信息…, 高度…) — a compound surname with a given name after
    it is a name even when the surname is a word too (东方振宇: 东方 + 振宇)."""
    return name[:2] in _COMMON_WORDS and not (sur == 2 and len(name) > 2)


_GENDER = re.compile(rf"([{CJK}]{{2,4}})\s*[,，(（]\s*(?:男|女)\s*[,，)）]")


_CASE_VERBS = frozenset(["立案", "侦查", "调查", "审查", "涉嫌", "受贿", "行贿", "起诉", "逮捕", "拘留", "到案", "投案", "自首",
                         "签字", "签名", "盖章", "出庭", "到场", "陈述", "申辩"])


_AFTER_DOTTED = frozenset(["多次", "先后", "曾经", "分别", "共同", "一起", "多年", "长期", "亲自", "私下", "利用", "通过", "伙同",
                           "授意", "指使", "安排", "明知", "收受", "索取", "非法", "违规", "擅自", "主动", "积极"])


def _dotted_names(text: str, gaz: Gazetteer) -> list[Cand]:
    """Transliterated names written with a middle dot (阿不都·买买提, 古丽娜·艾力): the given name
    starts after a title, a cue or a clean left edge; the second part ends before a function word."""
    out: list[Cand] = []
    for m in re.finditer(rf"(?<=[{CJK}])[·•‧・](?=[{CJK}])", text):
        d = m.start()
        e = d + 1
        while e < len(text) and e - d <= 8 and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in _NAME_END \
                and text[e] not in "的让" and not _closes_name(text, e) and text[e:e + 2] not in _NOUNS_AFTER_NAME \
                and not (e - d > 2 and (text[e:e + 2] in _AFTER_DOTTED or text[e:e + 2] in gaz.verbs
                                        or text[e] == "犯" and "某" in text[d + 1:e])):
            e += 1  # (阿依古丽·买买提|多次…: an adverb or a verb after two characters ends the name)
        part = _name_parts_rx().match(text, d + 1)
        if part is not None and part.end() > e and part.end() - d <= 9:
            e = part.end()  # 巴特尔·孟和: a part of a name runs through 和
        if e - d - 1 < 2:
            continue
        titled = edge = None
        for j in range(max(0, d - 8), d - 1):
            if not all("\u4e00" <= ch <= "\u9fff" for ch in text[j:d]):
                continue
            left = text[max(0, j - gaz.max_position_len):j]
            if any(left.endswith(p) for p in gaz.positions) or re.search(_PERSON_CUE.pattern + "$", left) \
                    or left[-1:] in "为是系" and any(left[:-1].endswith(p) for p in gaz.positions):  # 监事为|…
                titled = j  # the last title before the name: 时任局长|阿不都…
            elif edge is None and text[j] not in FUNC_CHARS \
                    and (j == 0 or not ("\u4e00" <= text[j - 1] <= "\u9fff") or text[j - 1] in FUNC_CHARS):
                edge = j
        while edge is not None and d - edge > 2:  # 约见|努尔兰·别克, 已故的|西格玛·…: verbs and function words
            if text[edge:edge + 2] in gaz.verbs and d - edge - 2 >= 2:   # before the name, read from the left,
                edge += 2                                                 # are no part of it (收受|热某某·…)
            elif text[edge] in FUNC_CHARS:
                edge += 1
            else:
                break
        if edge is not None:  # 马建新向|艾力·买买提: a function word nearer the dot ends what is before the name
            edge = max([edge, *(k for k in range(edge + 1, d - 1) if text[k - 1] in FUNC_CHARS)])
        # the title's name when it fits, else the edge's (执行董事X与|达娃·…: the dotted name follows 与)
        start = titled if titled is not None and 2 <= d - titled <= 6 else edge
        if start is not None and 2 <= d - start <= 6 and text[start:d] not in gaz.places:
            out.append(Cand(start, e, "PERSON", PRIO["PERSON"]))
    return out



def _surname_len(text: str, s: int, gaz: Gazetteer) -> int:
    return 2 if text[s:s + 2] in gaz.surnames else 1 if text[s:s + 1] in gaz.surnames else 0


def _plain_name(name: str, sur: int) -> bool:
    """Surname + 1–2 given characters, none of them a word boundary; not a common word."""
    given = name[sur:]
    return (1 <= len(given) <= 2 and all(_is_cjk(c) and c not in _NAME_END for c in given)
            and given not in _COURTESY and name not in _NOT_NAMES and not _common_start(name, sur))


# a courtesy after a surname is no given name (姜先生, 王女士: a title, never a PERSON — GUIDELINES)
_COURTESY = frozenset(["先生", "女士", "同志", "老师", "师傅", "小姐"])


def _name_before_post(text: str, s: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """(end of the name, end of the post) for a name at ``s`` followed directly by a post
    (刘芳副局长, 王建国局长); None when ``s`` starts a post itself (党组书记, 常委)."""
    sur = _surname_len(text, s, gaz)
    if not sur or gaz.longest_at(text, s, "position") is not None or text[s:s + 2] in _COMMON_WORDS and sur < 2:
        return None
    if gaz.longest_at(text, s + sur, "position") is not None:
        return None  # 原副局长, 原党组书记: a post with 原 before it, not a name
    for glen in (1, 2):
        e = s + sur + glen
        if e <= len(text) and _plain_name(text[s:e], sur):
            post = gaz.longest_at(text, e, "position")
            if post is not None:
                return e, post
    return None


def persons_before_posts(text: str, gaz: Gazetteer, agencies: list[Cand]) -> list[Cand]:
    """Names written between an agency and a post: 市教育局刘芳副局长, and the further names of
    a list after it (县财政局王建国局长、李明副局长)."""
    out: list[Cand] = []
    for a in agencies:
        s = a.end
        while (found := _name_before_post(text, s, gaz)) is not None:
            e, post = found
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
            if text[post:post + 1] != "、":
                break
            s = post + 1
    return out


# what a person of an agency says or admits, right after the name: 澄州市审计局邝立文表示…
_SAYS = re.compile(r"表示|介绍|指出|认为|透露|反映|告诉|坦言|强调|解释|补充|证实|承认|交代|交待|供述|称|说"
                   # … or what an agency's staff member did there (市公共资源交易中心X参加会议, 与市X局Y对接)
                   r"|参加|出席|列席|主持|负责|对接|陪同|带队|通报|汇报|说明|提出|发现")


def _listed_name(v: str) -> bool:
    """A value a list, a field or a table cell gives as a name: no organisation's ending, no word that
    is nobody (单位, 同志), not opening with a common word (信息…)."""
    return not _ORG_END.search(v) and v not in _NOT_NAMES and v[:2] not in _COMMON_WORDS


def persons_of_agencies(text: str, gaz: Gazetteer, agencies: list[Cand]) -> list[Cand]:
    """A name written right after its agency and before what the person said: 县审计局邝立文表示,
    市财政局鲍晓东介绍 — a surname and 1–2 characters that are no word of the lexicon."""
    out: list[Cand] = []
    for a in agencies:
        # a list line: an agency (or its office) at the line's start, a wide space, a name (and its post in
        # brackets) — 联络员 lists
        line = _AGENCY_LINE_NAME.match(text, a.end)
        if line and not text[text.rfind("\n", 0, a.start) + 1:a.start].strip():
            v = line.group("v")
            if _listed_name(v) and v[:2] not in gaz.verbs:
                out.append(Cand(line.start("v"), line.end("v"), "PERSON", PRIO["PERSON"]))
        s = a.end
        sur = _surname_len(text, s, gaz)
        if not sur:
            continue
        adverb = text[s] in _ADVERB_SURNAMES  # (易, 常…: a surname that opens an adverb, read in lists only)
        for glen in (1, 2):
            e = s + sur + glen
            name, given = text[s:e], text[s + sur:e]
            if e > len(text) or not _plain_name(name, sur) or any(c in FUNC_CHARS or c in _NOT_GIVEN_FIRST for c in given) \
                    or given in gaz.verbs or given in _VERB2_SET or name[:2] in gaz.verbs or name[:2] in _VERB2_SET:
                continue
            if _SAYS.match(text, e) and not adverb:
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
            # a list of attendees or liaisons, each written with its body: 出席：市财政局陈志强，市住建局王德明
            if a.start > 0 and text[a.start - 1] in "：:，,、；;" and (e == len(text) or text[e] in "，,、；;。\n\r（(") \
                    and re.search(r"(出席|列席|参加|参会|与会|联络员|成员|人员)[^\n]{0,280}$", text[max(0, a.start - 300):a.start]):
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
    return out


# after an agency at a line's start: its office (科, 室 …), a wide space, a name, a post in brackets, the line's end
_AGENCY_LINE_NAME = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:科|室|股|处|队|中心|办公室)?[ \t\u3000]{1,4}"
                               r"(?P<v>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,6})"
                               r"(?:[（(][^）)\n]{1,12}[）)])?[ \t\u3000]*(?=\r?\n|$)")


_PHONE_NOTE = re.compile(r"[（(]\s*(?:(?:联系)?(?:电话|手机|座机|办公电话|联系方式)(?:号码)?\s*[:：]?\s*[\d\-—－ ]{5,}"
                         r"|(?:1[3-9]\d{9}|0\d{2,3}[\-—－ ]?\d{7,8})\s*[)）]"  # 景某（0871-6612345）: a bare phone too
                         # 鲁长青（身份证号5106…）: an identity number is a person's as a phone is
                         r"|(?:公民)?身份(?:证|证号|证号码|号码)\s*[:：]?\s*\d{6})")


# verbs of a request about a person (调取X（电话…）的通话记录, 约谈X（手机…）): the name starts right after them
_ASK_VERBS = frozenset(["调取", "核实", "核查", "查询", "询问", "约谈", "传唤", "通知", "告知", "联系", "走访", "协查"])


def persons_before_phones(text: str, gaz: Gazetteer) -> list[Cand]:
    """A name followed by its phone (or identity number) in brackets: 王建国（电话：139…）, 李娜 (电话 0571-…), with a
    clean left edge (punctuation, a function character or a person's left context)."""
    out: list[Cand] = []
    for m in _PHONE_NOTE.finditer(text):
        b = m.start()
        while b > 0 and text[b - 1] in " \u3000":
            b -= 1
        for length in (3, 2, 4):
            s = b - length
            if s < 0:
                continue
            sur = _surname_len(text, s, gaz)
            if not sur or not _plain_name(text[s:b], sur):
                continue
            if s == 0 or not _is_cjk(text[s - 1]) or text[s - 1] in FUNC_CHARS or text[max(0, s - 2):s] in _ASK_VERBS \
                    or _PERSON_LEFT.search(text[max(0, s - 6):s]) or re.search(_PERSON_CUE.pattern + "$", text[max(0, s - 8):s]):
                out.append(Cand(s, b, "PERSON", PRIO["PERSON"]))
                break
    return out


def list_mates(text: str, ents: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """The other names of a list joined by 、 in which one name is a person already
    (欧阳明、司马光、上官婉儿参加了评审): surname + 1–2 characters ending at 、 or a name end."""
    out: list[Cand] = []
    taken = {(c.start, c.end) for c in ents}
    starts = {c.start for c in ents}
    ends = {c.end for c in ents}
    for p in ents:
        if p.label != "PERSON":
            continue
        s = p.end + 1  # rightwards, over a note in brackets after the name: 张**（科长）、金明浩
        note = re.match(r"\([^()\n]{1,30}\)", text[p.end:p.end + 32])
        if note:
            s = p.end + note.end() + 1
        while text[s - 1:s] == "、" and s not in starts:
            e = _name_at(text, s, gaz, cued=True)  # a list mate followed by its verb: 、祁文博非中共党员
            if e is not None and (text[s:e] in gaz.places or _ORG_END.search(text[s:e])):
                e = None  # 、江州市文联: a place, not a name
            if e is None or not _plain_name(text[s:e], _surname_len(text, s, gaz)):
                e = s  # a name with no known surname (者红梅), a whole item between separators
                while e < len(text) and e - s <= 4 and _is_cjk(text[e]) and text[e] not in _NAME_END:
                    e += 1
                item = text[s:e]
                if not (2 <= len(item) <= 4 and (e == len(text) or text[e] in "、，,。；;\n")) or item in _NOT_NAMES \
                        or item[:2] in _COMMON_WORDS or _ORG_END.search(item) or any(c in FUNC_CHARS for c in item):
                    break
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"] - 1))
            s = e + 1
        e = p.start - 1  # leftwards, over a note in brackets after the name: 孔文华（组长）、祁欣
        while e > 0 and text[e] == "、" and e not in ends:
            ne = e
            if text[e - 1] in ")）":
                ne = max(text.rfind("(", max(0, e - 32), e), text.rfind("（", max(0, e - 32), e))
                if ne < 0:
                    break
            for length in (3, 2, 4):
                s = ne - length
                sur = _surname_len(text, s, gaz) if s >= 0 else 0
                if sur and _plain_name(text[s:ne], sur) and (
                        s == 0 or not _is_cjk(text[s - 1]) or text[s - 1] in "、" or text[s - 1] in FUNC_CHARS
                        or re.search(_PERSON_CUE.pattern + "$", text[max(0, s - 8):s])):
                    break
            else:
                break
            if (s, ne) not in taken:
                out.append(Cand(s, ne, "PERSON", PRIO["PERSON"] - 1))
            e = s - 1
    return out


_SPEAKER = re.compile(rf"^[ \t\u3000]*(?P<n>[{CJK}]{{2,6}}|[{CJK}]{{2,6}}·[{CJK}]{{2,6}})[:：][ \t\u3000]*\S", re.M)


def speaker_mates(text: str, ents: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """The speakers of minutes (约谈记录, 询问笔录): when one line starts with a person's name and a
    colon (柏海涛：请说明情况。), the other lines so written are speakers too — a surname and 1–2
    characters, or a Tibetan / Mongolian name; never a form's label (记录人：) or a title."""
    lines = list(_SPEAKER.finditer(text))
    persons = {(c.start, c.end) for c in ents if c.label == "PERSON"}
    if not any(m.span("n") in persons for m in lines):
        return []
    covered = {k for c in ents for k in range(c.start, c.end)}
    out: list[Cand] = []
    for m in lines:
        s, e = m.span("n")
        name = m.group("n")
        if any(k in covered for k in range(s, e)) or name.endswith("人") or name in gaz.positions \
                or gaz.longest_at(text, s, "position") == e or _ORG_END.search(name):
            continue
        line_end = text.find("\n", e)
        said = text[e + 1:len(text) if line_end < 0 else line_end].strip()
        if len(said) < 8 and not re.search(r"[。？！?!]$", said):
            continue  # 年龄：45岁 — a form's field, not a speaker's words
        sur = _surname_len(text, s, gaz)
        if sur and _plain_name(name, sur) or "·" in name or _name_parts_rx().fullmatch(name) and _part_count(name) >= 2:
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"] - 1))
    return out


# a form field whose label names a person (填表人：, 被约谈人（签字）：, 户名：, minutes' 记录：) and its short value
# what a form's signer did, the field's label without 人 (填报：X　审核：Y)
_SIGNING_ACTS = "填报|审核|审批|签发|核稿|拟稿|复核|经办|承办"
_PERSON_FIELD = re.compile(
    rf"(?:^|(?<=[\s，,；;。（(）)]))(?:[{CJK}]{{0,7}}人员?|[{CJK}]{{0,4}}民警|姓名|户名|签名|记录员?|主持|(?P<act>{_SIGNING_ACTS})"
    # an audit team's roles (审计组主审：X, 组长：Y), and whom a copy went to with the office (此件发至：X股 Y)
    rf"|[{CJK}]{{0,4}}(?:主审|组长|组员)|(?P<sent>(?:此件|本件)?(?:发至|送至|送达)))"
    rf"(?:\s*[（(]签[字名][)）])?\s*[:：]\s*"
    # (the person's office before the name: 联系人：政府采购监督科 邝志诚, （联系人：采购办　X）)
    # (or with no space: 联系人：第二审查调查室方志远 — then the name needs a known surname)
    rf"(?:[{CJK}]{{2,14}}(?:{OFFICE_ENDS})(?P<gap>[ \t\u3000]*))?"
    # (a courtesy after the name is not part of it: 联系人：罗雪梅同志)
    rf"(?P<v>[{CJK}]{{2,5}}?|[{CJK}]{{2,6}}·[{CJK}]{{2,6}})(?=(?:同志|先生|女士)?(?:[\s（(）)，,；;。、]|$))", re.M)
_ORG_END = re.compile(r"(局|委|院|司|所|中心|部|厅|办|队|科|室|处|股|组|会|社|行|站|省|市|县|区|镇|乡|村|旗)$")


def persons_in_fields(text: str, gaz: Gazetteer | None = None) -> list[Cand]:
    """The value of a person's field in a form, with or without a known surname: 承办人：岩罕（电话…）,
    填表人：关晓彤, 户名：巴图孟和 — never an organisation's name or a common word."""
    out: list[Cand] = []
    for m in _PERSON_FIELD.finditer(text):
        v = m.group("v")
        more = _SECOND_NAME.match(text, m.end("v"))  # 经办人：郜晓宇　祁明 — a second name after a wide space
        w = more.group("w") if more else ""
        # (the second value of a person's field is a name when it has a surname, even one that opens a
        # common word: 经办人：X　马上飞)
        if more and (_listed_name(w) or gaz is not None and len(w) == 3 and _surname_len(w, 0, gaz)
                     and not _ORG_END.search(w) and w not in _NOT_NAMES):
            out.append(Cand(more.start("w"), more.end("w"), "PERSON", PRIO["PERSON"]))
        if m.group("gap") == "" and (gaz is None or not _surname_len(text, m.start("v"), gaz)):
            continue
        if m.group("sent") and m.group("gap") is None:
            continue  # 发至：X — a person only after the office the copy went to
        if not _listed_name(v) or v[0] in FUNC_CHARS \
                or any(c in "的了是" for c in v) or gaz is not None and len(v) >= 4 and v[:2] in gaz.verbs:
            continue  # (主持人：谢谢各位: a sentence after a speaker's label, not a name)
        if m.group("act") and (gaz is None or not _surname_len(text, m.start("v"), gaz) and len(v) < 4
                               or v[:2] in gaz.verbs):
            continue  # 审核：同意 — an act's label takes a name with a surname (or a long name: 尕藏卓玛)
        out.append(Cand(m.start("v"), m.end("v"), "PERSON", PRIO["PERSON"]))
    for m in _BENCH_LINE.finditer(text):  # 审　判　长　侯建军: the court's staff under a judgment
        out.append(Cand(m.start("v"), m.end("v"), "PERSON", PRIO["PERSON"]))
    for m in _ATTENDANCE.finditer(text):  # 出席：刘洋、陈晨、乌云 — a list of names on the line
        k = m.end()
        # (items apart by 、 or by a blank — a wide one in the text as written, one in the view read here:
        # 出席：党文斌　薛海燕　贺思远（…）　师亚楠（…）; a scan's blank inside a name is closed before)
        for item in re.finditer(r"[^、，,；;。\n（( \u3000\t]+",
                                text[k:text.find("\n", k) if "\n" in text[k:] else len(text)]):
            v = item.group().strip(" \t\u3000")
            at = k + item.start() + item.group().find(v)
            if re.fullmatch(rf"[{CJK}]{{2,4}}|[{CJK}]{{2,6}}·[{CJK}]{{2,6}}", v) and _listed_name(v) \
                    and not any(c in "的了是等" for c in v):
                out.append(Cand(at, at + len(v), "PERSON", PRIO["PERSON"]))
    return out


# a second name in a field's value after a wide space, closing the line (经办人：郜晓宇　祁明)
# (each perhaps with its bracketed note: 办案民警：蒋文（警号510683）　胥磊（警号510712）)
_NOTE = r"(?:[（(][^（()）\n]{1,20}[)）])?"
_SECOND_NAME = re.compile(rf"{_NOTE}[ \t\u3000]+(?P<w>[{CJK}]{{2,4}}){_NOTE}"
                          rf"(?=[ \t\u3000]*(?:\r?\n|$)|[ \t\u3000]+[{CJK}]{{1,8}}[:：])")
# a judgment's closing lines: a court title (spaced or not) and the name after it
_BENCH_LINE = re.compile(r"(?m)^[ \t\u3000]*(?:审[ \t\u3000]*判[ \t\u3000]*长|审[ \t\u3000]*判[ \t\u3000]*员|代理审判员|人民陪审员|"
                         r"陪[ \t\u3000]*审[ \t\u3000]*员|书[ \t\u3000]*记[ \t\u3000]*员|法官助理|检[ \t\u3000]*察[ \t\u3000]*员|检察官助理|检察官)"
                         r"[ \t\u3000]+(?P<v>[\u4e00-\u9fff]{2,4})[ \t\u3000]*(?=\r?\n|$)")
# the label of a minutes' or a form's list of people (出席：A、B; 参会人员：…)
_ATTENDANCE = re.compile(r"(?:^|(?<=[\s，,；;。、]))(?:出席|列席|出席人员|列席人员|参会人员|参加人员|与会人员|参会人|"
                         r"(?:评审|评标|谈判|磋商)?(?:专家|小组成员|委员会成员)(?:名单)?|成员名单)\s*[:：]\s*", re.M)


# the headers of columns of names (ingest/letter_fields.py: the row's person, its clerk or contact, a legal
# representative), and 当事人 (a decision's party: a person when the cell is a name)
_NAME_HEADERS = frozenset((*names_of("person", "staff", "legal_rep", where="column"), "当事人"))


def persons_in_tables(text: str) -> list[Cand]:
    """The cells under a 姓名 header of a table written in text (姓名|职务 / 宋立春|局长)."""
    out: list[Cand] = []
    if not any(h in text for h in _NAME_HEADERS):
        return out
    cells = [c for h in sorted(_NAME_HEADERS) if h in text for c in column_values(text, h.__eq__)]  # each column
    for at, cell in dict.fromkeys(cells):
        # (a note in brackets after a name is blanked, offsets kept: 周建华（法定代表人）；付海军（授权代表）)
        cell = re.sub(r"[（(][^（()）]{0,20}[)）]", lambda b: " " * len(b.group()), cell)
        for item in re.finditer(r"[^/／、，,；;\s]+", cell):  # 雍涛/闻静, 严若冰、戈亮: each name of the cell
            v = item.group()
            if re.fullmatch(rf"[{CJK}]{{2,4}}|[{CJK}]{{2,6}}·[{CJK}]{{2,6}}|[{CJK}]{{1,2}}(?:某某|某|\*{{1,3}})\d?", v) \
                    and _listed_name(v) and not re.search(r"(日期|时间|备注|地址|电话|事项|材料|情况|意见|内容|说明|方式|来源|结果|依据|类型|名称)$", v):  # a form's next label
                out.append(Cand(at + item.start(), at + item.end(), "PERSON", PRIO["PERSON"]))
    return out


# a verb (with its aspect) right before a name and its post: 没有找过陈志强股长, 见到王德明局长, 告诉了刘主任
_VERB_BEFORE_NAME = frozenset(["找过", "见过", "问过", "找到", "见到", "告诉", "联系", "请示", "汇报", "报告", "约见",
                               "拜访", "认识", "找了", "见了", "问了", "诉了"])


# an item of a numbered list that opens with a name and goes on after a comma or a bracket (涉及人员：
# 1.陈志强，X局股长；2.陈志刚，X公司股东 — the name, then who the person is)
_NUMBERED_NAME = re.compile(rf"(?:^|(?<=[\s：:；;。]))[(（]?\d{{1,2}}[.．、)）]\s*(?P<v>[{CJK}]{{2,4}}?)(?=[，,（(])", re.M)


def persons_in_numbered_items(text: str, gaz: Gazetteer) -> list[Cand]:
    """The name opening a numbered item (1.陈志强，绵竹市财政局政府采购股股长): a known surname and one or
    two given characters, not a common word or a lexicon verb."""
    out: list[Cand] = []
    for m in _NUMBERED_NAME.finditer(text):
        s, e = m.start("v"), m.end("v")
        sur = _surname_len(text, s, gaz)
        if sur and _plain_name(text[s:e], sur) and _listed_name(text[s:e]) \
                and not (e - s == 2 and (text[s:e] in gaz.verbs or text[s:e] in _VERB2_SET)):
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
    return out


_COUNT_OF_PEOPLE = re.compile(r"(?:等)?[\d一二两三四五六七八九十]+(?:名|人|位)")


def _list_item(text: str, e: int) -> int | None:
    """Start of a list item of 2–4 Chinese characters ending at ``e`` (the item before 、)."""
    for length in (4, 3, 2):
        s = e - length
        if s < 0 or not all(_is_cjk(c) and c not in _NAME_END for c in text[s:e]) or _ORG_REF.match(text, s):
            continue
        if s == 0 or text[s - 1] == "、" or not _is_cjk(text[s - 1]):
            return s
    return None


# the writer's or another body's reference before a list of its staff (我局|金明、安宁两名同志)
_ORG_REF = re.compile(r"(?:我|本|该|你|贵)(?:局|委|院|厅|办|所|队|中心|单位|部门|公司)")


def people_lists(text: str, gaz: Gazetteer) -> list[Cand]:
    """The names of a list joined by 、 and closed by a count of people (次仁多吉、白玛央宗、尼玛3名
    执法人员, 甲、乙等2人): names with or without a known surname, the first after a verb or an edge."""
    out: list[Cand] = []
    for m in _COUNT_OF_PEOPLE.finditer(text):
        items: list[tuple[int, int]] = []
        e = m.start()
        while True:
            s = _list_item(text, e)
            if s is None or s > 0 and text[s - 1] != "、":
                # the first item: after a lexicon verb (抽取|次仁多吉) or an edge
                for length in (4, 3, 2):
                    s2 = e - length
                    if s2 >= 0 and all(_is_cjk(c) and c not in _NAME_END for c in text[s2:e]) \
                            and not _ORG_REF.match(text, s2) \
                            and (s2 == 0 or not _is_cjk(text[s2 - 1]) or text[s2 - 2:s2] in gaz.verbs
                                 or _ORG_REF.fullmatch(text, max(0, s2 - 3), s2) or _ORG_REF.fullmatch(text, max(0, s2 - 2), s2)):
                        items.append((s2, e))
                        break
                break
            items.append((s, e))
            e = s - 1
        if len(items) >= 2 and all(text[s:e] not in _NOT_NAMES and text[s:s + 2] not in _COMMON_WORDS
                                   and not _ORG_END.search(text[s:e]) for s, e in items):
            out.extend(Cand(s, e, "PERSON", PRIO["PERSON"] - 1) for s, e in items)
    return out


@lru_cache(maxsize=1)
def _name_parts_rx() -> re.Pattern[str]:
    """A run of parts of Tibetan / Mongolian names (data/name_parts.txt), longest part first."""
    parts: list[str] = []
    for line in (DATA_DIR / "name_parts.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            parts.extend(line.split())
    alt = "|".join(re.escape(w) for w in sorted(set(parts), key=lambda w: (-len(w), w)))
    return re.compile(f"(?:{alt})+")


def _part_count(name: str) -> int:
    return sum(1 for _ in re.finditer(_name_parts_rx().pattern[3:-2], name))


def _name_left_ok(text: str, s: int, gaz: Gazetteer, left_ends: set[int]) -> bool:
    """Where a name may start: an edge, a function character, a title or cue (with 为/是/系) before it."""
    if s == 0 or not _is_cjk(text[s - 1]) or text[s - 1] in FUNC_CHARS or s in left_ends:
        return True
    if text[s - 1] in "为是系" and s - 1 in left_ends:
        return True
    if _ORG_REF.fullmatch(text, max(0, s - 2), s) or _ORG_REF.fullmatch(text, max(0, s - 3), s):
        return True  # 你委|谢东林同志, 我局|张某某: a body's pronoun before its member's name
    return _PERSON_LEFT.search(text[max(0, s - 6):s]) is not None or text[max(0, s - 2):s] in gaz.verbs


def _name_right_ok(text: str, e: int, gaz: Gazetteer) -> bool:
    """Where a name may end: an edge, a name end (、，与 曾 未…), a verb or a title after it."""
    return (e >= len(text) or not _is_cjk(text[e]) or text[e] in _NAME_END or text[e] in FUNC_CHARS
            or _word_after_name(text, e, gaz) or text[e:e + 2] in _VERB2_SET or text[e:e + 2] == "同志"
            or gaz.longest_at(text, e, "position") is not None)


_DOTS = "·•‧・"


def names_without_surname(text: str, gaz: Gazetteer, left_ends: set[int]) -> list[Cand]:
    """Tibetan and Mongolian names, written with no surname (扎西顿珠, 乌兰图雅, 其木格): two or more
    parts of such names (or one of three characters), at most eight characters, with a name's left
    and right context."""
    out: list[Cand] = []
    for m in _name_parts_rx().finditer(text):
        s, e = m.span()
        listed = text[e:e + 1] == "、" or s > 0 and text[s - 1] == "、" or s in left_ends
        if not (2 <= e - s <= 8) or (e - s < 3 and _part_count(m.group()) < 2 and not listed) \
                or s > 0 and text[s - 1] in _DOTS or e < len(text) and text[e] in _DOTS:
            continue  # (a part of a dotted name: 阿不都·…, the dotted rule takes the whole; one part of two
            # characters only in a list of names or after a title: 联络员为萨仁、刘畅)
        if _name_left_ok(text, s, gaz, left_ends) and _name_right_ok(text, e, gaz):
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"] + 1))
    return out


_COMRADE = re.compile(r"同志(?!们)")
# the last character of a body's or an internal unit's name (采购股, 经营部, 审计组, 交易一部)
_UNIT_LAST = BODY_END_CHARS | frozenset("组部站")
# a unit before a member's name: a body with 的 (水利局的赵丽萍, 卫健局办公室的刘芳, 德源公司的X), an
# internal unit with or without 的 (经营部谢宏, 采购股陈志强, 交易一部 韩静)
_UNIT_BEFORE_NAME = re.compile(r"(?:(?:局|委|院|所|中心|公司|单位|医院|学校|[股科室部组队]|办公室)(?P<of>的)"
                               r"|(?<![东南西北中内外全局上下前后本总各该每小])(?:[股科室部组]|办公室)[ \t\u3000]?"
                               r"|(?<=[\u4e00-\u9fff]{2})(?P<bureau>局|委)(?![长里内外])[ \t\u3000]?"
                               # a company by its brand and trade (鑫盛建筑的周建华, 宏达商贸周建华已…)
                               r"|(?<=[\u4e00-\u9fff]{2})(?:建筑|建材|商贸|贸易|实业|路桥|园林|环保|医疗|科技|装饰|劳务|物业|集团)(?P<firm>的?))")



def persons_after_units(text: str, gaz: Gazetteer) -> list[Cand]:
    """A member named right after their unit (水利局的赵丽萍在…, 公司经营部谢宏具体制作, 采购股陈志强负责):
    a common surname (a rare one is a word more often: 部门领导, 中心的农行) and one or two given characters, the name closed by an
    edge, a name's end (在, 经, 、 …), 同志, or a verb of the lexicon after it."""
    out: list[Cand] = []
    for m in _UNIT_BEFORE_NAME.finditer(text):
        s = m.end()
        sur = 2 if text[s:s + 2] in gaz.surnames else 1 if text[s:s + 1] in gaz.common_surnames else 0
        if not sur or m.start() == 0 or not _is_cjk(text[m.start() - 1]):
            continue
        if m.group("bureau") and (text[s] in _FUNCTION_SURNAMES or text[s] in FUNC_CHARS):
            continue  # 财政局|曾多次表示, 财政局|向其说明: what the body did, nobody named
        unit = m.end() - 1 - len(m.group()) + len(m.group().rstrip(" \t\u3000的"))  # the unit's last character
        if text[unit - 1:unit + 1] in gaz.verbs or text[unit:unit + 2] in gaz.verbs or text[unit:unit + 2] in _WORD_ACROSS:
            continue  # 控股|石钢, 处于|劣势: a word, not a unit's name
        for length in (sur + 2, sur + 1):
            e = s + length
            name = text[s:e]
            if e > len(text) or not _plain_name(name, sur) or name in gaz.verbs or name in _VERB2_SET:
                continue
            if name[-1] in _UNIT_LAST or name[-1] in "队伍":
                continue  # 方队, 队伍: a word
            if m.group("of") or m.group("firm"):
                closed = e == len(text) or not _is_cjk(text[e]) or text[e] in _NAME_END and text[e] not in "以作出任担参利通" \
                    or text[e] in "吗呢"   # 你认识水利局的赵丽萍吗
            else:  # (no 的: only a verb of the lexicon, 同志, an adverb before a verb, or a field's spacing closes it)
                spaced = m.group()[-1] in " \t\u3000" and re.match(r"[ \t\u3000]|\r?\n|$", text[e:e + 1]) is not None
                closed = spaced or text[e:e + 1] in _ADVERB_AFTER_NAME and text[e:e + 1] != "在" \
                    and text[e + 1:e + 3] in gaz.verbs | _VERB2_SET | {"来电", "来信", "到过", "向我", "向其"}
            if m.group("firm") is not None and (length < sur + 2 or not m.group("firm") and not closed):
                continue  # a firm's member by a full name only, and without 的 only before an adverb and a verb
                # (集团的|高管, 公路桥|梁维修加固: words, not names)
            verb = m.group("bureau") is not None and text[e:e + 2] in gaz.verbs  # 审计局郭敏移交…
            if closed or verb or text[e:e + 2] == "同志" or text[e:e + 2] in _VERB2_SET or text[e:e + 2] in _CASE_VERBS:
                if length == sur + 2 and (text[e - 1:e + 1] in _VERB2_SET or text[e - 1:e + 1] in gaz.verbs):
                    continue  # (the second given character starts a word: read one character)
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
    return out


def persons_before_comrade(text: str, gaz: Gazetteer, left_ends: set[int]) -> list[Cand]:
    """A name followed by 同志 (温海涛同志作为…, 二、蹇明同志): surname + 1–2 characters with a clean
    left edge; 该同志 / 同志们 / 有关同志 are nobody."""
    out: list[Cand] = []
    for m in _COMRADE.finditer(text):
        b = m.start()
        for length in (3, 2, 4):
            s = b - length
            if s < 0:
                continue
            sur = _surname_len(text, s, gaz)
            if sur and _plain_name(text[s:b], sur) and (_name_left_ok(text, s, gaz, left_ends)
                                                        or text[s - 1] in _UNIT_LAST  # 贵局政府采购股|冯国庆同志
                                                        # 委领导|欧阳志刚同志: a compound surname and two given characters
                                                        or length == 4 and sur == 2 and text[s - 1:s + 1] not in gaz.verbs
                                                        # 交|何建平同志: a full name of a common surname after a verb
                                                        or length == 3 and sur == 1 and text[s] in gaz.common_surnames
                                                        and text[s - 1:s + 1] not in gaz.verbs
                                                        and text[s - 1:s + 1] not in gaz.surnames   # 东|方明远
                                                        and not any(text[k:s + 1] in gaz.positions
                                                                    for k in range(max(0, s - 4), s))):  # 主|任解杨
                out.append(Cand(s, b, "PERSON", PRIO["PERSON"]))
                break
        else:  # a title right before the name, whatever the name's shape: 蒙古族干部|X同志
            for s in range(max(0, b - 6), b - 1):
                if s in left_ends and all(_is_cjk(c) and c not in _NAME_END and c not in FUNC_CHARS for c in text[s:b]) \
                        and text[s:b] not in _NOT_NAMES and not _common_start(text[s:b], 0) \
                        and text[s:s + 2] not in _NOT_NAME_STARTS:  # (…管理局|有关负责同志: nobody)
                    out.append(Cand(s, b, "PERSON", PRIO["PERSON"] + 1))  # both ends bounded: over a cued guess
                    break
    return out


# what a discipline or penalty decision gives a person: 给予X党内警告处分, 给予X政务记过处分, 给予X罚款
_GIVEN = re.compile(r"给予")
_PENALTY_AFTER = re.compile(r"(?:党内|政务|行政|严重警告|警告|记过|记大过|降级|撤职|留党察看|开除|诫勉|通报批评|批评教育|罚款|"
                            r"相应|纪律|党纪|政纪|组织处理|处分)")


_PENALTY_WORDS = frozenset(["党内", "政务", "行政", "严重", "纪律", "组织", "诫勉", "批评", "通报", "经济", "相应", "适当"])


def persons_given_penalties(text: str, gaz: Gazetteer) -> list[Cand]:
    """The person a decision gives a penalty: 给予|邴立伟|政务记过处分 (surname + 1–2 characters, or
    a Tibetan / Mongolian name, right before the penalty's words)."""
    out: list[Cand] = []
    for m in _GIVEN.finditer(text):
        s = m.end()
        if _PENALTY_AFTER.match(text, s) or text[s:s + 2] in _PENALTY_WORDS:
            continue  # 给予党内警告, 给予严重警告: the penalty itself, nobody named
        for e in range(s + 2, min(len(text), s + 6) + 1):
            if not _PENALTY_AFTER.match(text, e):
                continue
            name, sur = text[s:e], _surname_len(text, s, gaz)
            if sur and _plain_name(name, sur) or _name_parts_rx().fullmatch(name) and _part_count(name) >= 2:
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
    return out


def find_persons(text: str, gaz: Gazetteer, agencies: list[Cand] | None = None,
                 positions: list[Cand] | None = None) -> list[Cand]:
    out: list[Cand] = []
    if agencies:
        out.extend(persons_before_posts(text, gaz, agencies))
        out.extend(persons_of_agencies(text, gaz, agencies))
    out.extend(persons_before_phones(text, gaz))
    out.extend(persons_in_fields(text, gaz))
    out.extend(persons_in_tables(text))
    out.extend(persons_in_numbered_items(text, gaz))
    out.extend(people_lists(text, gaz))
    posts = positions if positions is not None else find_positions(text, gaz)
    left_ends = {p.end for p in posts} | {m.end(1) for m in _PERSON_CUE.finditer(text)} | {a.end for a in agencies or ()}
    out.extend(names_without_surname(text, gaz, left_ends))
    out.extend(persons_before_comrade(text, gaz, left_ends))
    out.extend(persons_after_units(text, gaz))
    out.extend(persons_given_penalties(text, gaz))
    # 王德明局长签批, 交通运输局杨光辉副局长: a name right before its post, after a boundary (the start of a
    # line or an item, punctuation, a function word, or a body's last character)
    for post in posts:
        if text[post.start:post.end] not in address_titles():
            continue  # (a head's post: 局长, 副局长, 股长, 主任 — not 工作人员)
        for n in (3, 2, 4):
            s = post.start - n
            if s < 0 or not (s == 0 or not _is_cjk(text[s - 1]) or text[s - 1] in FUNC_CHARS
                             or text[s - 1] in _UNIT_LAST or text[s - 2:s] in _VERB_BEFORE_NAME):
                continue
            name = text[s:post.start]
            if name[0] in FUNC_CHARS or name[-1] in BODY_END_CHARS or name[-1] in "的之会" or name in _NOT_NAMES \
                    or "室" in name:
                continue  # (管委会|副主任: a body's name, not a person's; 办|公室刘|主任: a unit and a surname)
            if n == 2 and name[0] in _CONJUNCTIONS and name[1] in gaz.common_surnames:
                continue  # 但|赵股长: a conjunction before a surname and title (ingest/nlp/references.py)
            found = _name_before_post(text, s, gaz)
            if found is not None and found[0] == post.start \
                    and not _common_start(name, _surname_len(text, s, gaz)):
                out.append(Cand(s, post.start, "PERSON", PRIO["PERSON"] - 1))
                break
    for post in posts:  # 县纪委常委李四参加
        e = _name_at(text, post.end, gaz, cued=True)
        if e is not None and _plain_name(text[post.end:e], _surname_len(text, post.end, gaz)) \
                and not (e - post.end == 2 and (text[post.end:e] in gaz.verbs or text[post.end:e] in _VERB2_SET)):
            out.append(Cand(post.end, e, "PERSON", PRIO["PERSON"]))
    for m in _ITEM_NAME.finditer(text):   # 一、钟学兵自2026年8月起…: a name opening a numbered item, then its act
        s = m.end()
        sur = _surname_len(text, s, gaz)
        # (the name's end: where the act begins — 钟学兵|自2026年8月起; 自 may end no name elsewhere: 陈珂发自上海)
        e = next((s + n for n in (3, 2) if sur and n > sur and _ITEM_ACT.match(text, s + n)
                  and all(_is_cjk(c) and c not in _NAME_END for c in text[s + sur:s + n])), None)
        if e is not None and text[s:e] not in _NOT_NAMES and not _common_start(text[s:e], sur) \
                and text[s:s + 2] not in gaz.verbs:
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"] - 1))
    for m in _PERSON_CUE.finditer(text):
        s = m.end()
        if s >= len(text) or m.group(1).endswith("单位"):
            continue
        e = _name_at(text, s, gaz, cued=True)
        if e and _KIN_CUE.fullmatch(m.group(1)) and (text[s:s + 2] in gaz.verbs or text[s:s + 2] in _VERB2_SET):
            continue
        while e:
            if text[s:e] in _NOT_NAMES or _common_start(text[s:e], _surname_len(text, s, gaz)) \
                    or e - s == 2 and (text[s:e] in gaz.verbs or text[s:e] in _VERB2_SET):
                break  # 专家|施压: a word of the lexicon after a cue is what was done, not a name
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
            if e < len(text) and text[e] == "、":
                s = e + 1
                e = _name_at(text, s, gaz)
            else:
                break
    for m in _GENDER.finditer(text):
        run = m.group(1)
        for off in range(len(run) - 1):
            s = m.start(1) + off
            e = _name_at(text, s, gaz)
            if e == m.end(1):
                out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
                break
    for m in _PERSONALLY.finditer(text):   # 与周建华个人往来, 向王某个人账户: a name before 个人 and what is one's own
        sur = _surname_len(text, m.start("n"), gaz)
        if sur and _plain_name(m.group("n"), sur) and not _common_start(m.group("n"), sur) \
                and m.group("n") not in _NOT_NAMES:
            out.append(Cand(m.start("n"), m.end("n"), "PERSON", PRIO["PERSON"]))
    out.extend(_dotted_names(text, gaz))
    out.extend(Cand(m.start(1), m.end(1), "PERSON", PRIO["PERSON"]) for m in _NICKNAME.finditer(text))
    out.extend(_corroborated(text, _masked_names(text, gaz, {a.end for a in agencies or ()}), out, gaz))
    # a house number after it: a street of an address (武邑镇长乐街12号), not a name after a post
    return [c for c in out if not _HOUSE_NUMBER.match(text, c.end)]


_HOUSE_NUMBER = re.compile(r"[\d０-９]{1,5}(?:号|弄|栋|幢)")


_PERSONALLY = re.compile(rf"(?<=[与和向给对由把被])(?P<n>[{CJK}]{{2,3}})(?=个人(?:往来|名义|账户|账号|银行|卡|所有|经营|出资|借款|转账))")


# one capital X for the given name (余X), never inside a code (X公司 is a company's, see the tail)
_SINGLE_X = re.compile(r"X(?![A-Za-z\dX])")
_QUOTES = "“”\"'‘’「」『』"
# a nickname in quotes after the word for it: 黄某（绰号“黑皮”）
_NICKNAME = re.compile(rf"(?:绰号|外号|人称|诨号|小名)\s*[“\"「]([{CJK}]{{2,4}})[”\"」]")


def _quoted(text: str, s: int, e: int) -> bool:
    """A quotation mark right before or after the span (the text's start and end are none)."""
    return s > 0 and text[s - 1] in _QUOTES or e < len(text) and text[e] in _QUOTES


def _corroborated(text: str, masked: list[Cand], cued: list[Cand], gaz: Gazetteer) -> list[Cand]:
    """Masked names whose surname is a rare one written against a quotation mark (“平某”工程,
    “…公司”印某 — the anonymiser masks words too: 印某 for 印章) are kept only when the same name
    stands elsewhere away from quotes or is a person's by a cue; other masked names always."""
    by_cue = {text[c.start:c.end] for c in cued}

    def quoted(c: Cand) -> bool:
        return _quoted(text, c.start, c.end)

    free = {text[c.start:c.end] for c in masked if not quoted(c)}
    out: list[Cand] = []
    for c in masked:
        name = text[c.start:c.end]
        sur = name[:2] if name[:2] in gaz.surnames else name[:1]
        if not quoted(c) or sur in gaz.common_surnames or len(sur) == 2 or name in by_cue or name in free:
            out.append(c)
    return out


def _masked_names(text: str, gaz: Gazetteer, agency_ends: set[int]) -> list[Cand]:
    """Masked names: 罗某, 李某某, 张**, 李某1, 朱1某 (the surname must be a known surname), also
    right after an agency's name (澄县林业设计院王某给…: one of its staff)."""
    out: list[Cand] = []
    for i, ch in enumerate(text):
        if ch not in "某*×" and not (ch in "Xx" and text[i:i + 2] in ("XX", "xx")
                                     and not (text[i + 2:i + 3].isascii() and text[i + 2:i + 3].isalnum())) \
                and not (ch == "X" and _SINGLE_X.match(text, i)):
            continue  # (程XX, 余X: a mask of letters; XX省, XX公司 are no person — see the tail below)
        if i == 0 or text[i - 1] in "某*×Xx":
            continue
        k = i - 1 if ch == "某" and text[i - 1].isdigit() and i >= 2 and not text[i - 2].isdigit() else i
        for sl in (2, 1):
            s = k - sl  # (朱1某, 王2某: a court's namesakes numbered between surname and mask)
            if s < 0 or text[s:k] not in gaz.surnames:
                continue
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in FUNC_CHARS \
                    and text[s - 1] not in "、和与及被告人犯罪嫌疑人员工下属好友" and s not in agency_ends:
                # part of a longer word (某某公司, <地名>某公路): only when preceded by a cue
                if not re.search(r"(被告人|嫌疑人|当事人|员工|下属|好友|要求|安排|指使|联系|找来|伙同|人员|证人)$", text[max(0, s - 4):s]) \
                        and text[max(0, s - 2):s] not in gaz.verbs:  # 指定曲某: after any verb
                    continue
            e = _name_at(text, s, gaz)
            if not e:
                continue
            if ch in "Xx" and (s > 0 and text[s - 1] in "Xx" or text[s:i] not in gaz.common_surnames):
                continue  # XX市XX区XX路: an address of masks, not the person 路XX
            tail = text[e:e + 4]
            if re.match(r"(单位|公司|供应商|代理|机构|部门|项目|工程|县|市|区|镇|村|局|小区|集团|医院|学校|路|街|号)", tail):
                continue
            out.append(Cand(s, e, "PERSON", PRIO["PERSON"]))
            break
    return out


# contexts in which a statistically found name of a common surname is taken without other evidence
_PERSON_LEFT = re.compile(r"(^|[\s,，。;；:：、(（“\"]|反映|举报|约请|联系|找到|找来|安排|指使|委托|授意|交给|送给|转账给|经办人|"
                          # what a record asks and answers about someone (你是否认识X, 签字的是X, 是X签的)
                          r"认识|知道|见过|的是|就是|都是|(?<=[问答][:：])是|系|"
                          r"联系人|伙同|要求|请托|介绍|告知|同学|好友|妻子|丈夫|其妻|其夫|亲属|朋友|与|和|及|由|经|对|向|被|将|让|使)$")
_VERB2 = ("具体|亲自|专门|参与|参加|负责|商议|商量|转账|收受|提供|联系|介绍|要求|安排|表示|同意|答应|利用|担任|通过|多次|先后|明知|随后|"
          "主持|签字|实际|承认|供述|证实|辩称|找到|借用|挂靠|指使|授意|出资|控制|经营|持有|送给|交给|索要|谋取|帮助|"
          "组织|策划|伙同|合谋|共同|一起|统一|分别|一同|单独|独自|先行|制作|编制|递交|报名|签订|签署|出具|伪造|隐瞒|约定|协商|串通|退出|"
          # what a person does in a supervision letter
          "交代|交待|供认|否认|核实|违规|违纪|违法|入职|离职|任职|到岗|离岗|离席|干预|请托|施压|收取|索取|骗取|挪用|侵占|"
          "贪污|虚构|声称|作为|负有|存在|未按|没有|不予|拒绝|拒不|"
          # what an official does with a paper (由刘芳签批)
          "签批|审批|签发|审签|批准|批示|经手|签收")
_PERSON_RIGHT = re.compile(r"[\s,，。;；:：、(（)）”\"？?！!]|系|是|为|等|称|说|向|与|和|及|的|在|于|曾|已|因|涉嫌|被|将|从|本人|"
                           r"[签定做写批办交收给拿管](?=的)|吗|呢|仅|只|均|都|亦|也|还|又|却|就|才|便|并|"
                           rf"之(?={kin.alternation(kin.TWO)}|{kin.alternation(kin.SINGLE)})|"
                           + _VERB2)
_VERB2_SET = frozenset(_VERB2.split("|"))
_PRONOUN_AFTER = re.compile(r"[，,]\s*(?:[他她](?:是|系|为|在|曾|已|称|说|也|还|又|现|于|与|和)|其(?!他|中|余|实|次))")
_SAY = re.compile(r"(说|指出|认为|表示|介绍|透露|告诉|称|坦言|强调|提出|建议|希望|回忆|解释|补充|分析|也|还|就|都|又|则|并|曾|已|先生|女士|同志|一行|等人)")
_TITLE_END = re.compile(r"(长|员|师|授|警|官|者|主任|书记|经理|董事|主席|代表|委员|法官|律师|会计|出纳|老板|总裁|厂长|校长|院长|医生|护士|"
                        r"村民|农民|工人|干部|群众|同志|老人|学生|记者|编辑|作者|妻子|丈夫|儿子|女儿|父亲|母亲|哥哥|弟弟|姐姐|妹妹)$")


def model_persons(text: str, model: list[Cand], rule_persons: set[str], titles_end: set[int],
                  gaz: Gazetteer) -> list[Cand]:
    """The names the model tags PERSON that are kept: a known surname, not a common word, and
    evidence of a person — found by the rules too, masked, after a title, in a list or with a
    gender, repeated, or between a person's left and right contexts."""
    out: list[Cand] = []
    person_texts = [text[c.start:c.end] for c in model if c.label == "PERSON"]
    for c in model:
        t = text[c.start:c.end]
        if c.label != "PERSON" or not t or NAME_BREAK.search(t):
            continue
        grown = max((o for o in person_texts if len(o) > len(t) and o.startswith(t) and text.startswith(o, c.start)),
                    key=len, default=None)
        if grown is not None:   # 吴国|栋定的: the model read the whole name elsewhere in the text
            t, c = grown, Cand(c.start, c.start + len(grown), c.label, c.prio, c.source)
        if not (2 <= len(t) <= 4) or not re.fullmatch(rf"[{CJK}]+(?:某某|某|\*{{1,3}})?\d?|[{CJK}]+\*+", t):
            continue
        sur = t[:2] if t[:2] in gaz.surnames else t[:1] if t[:1] in gaz.surnames else ""
        if (len(t) == len(sur) + 1 and t[-1] in "总董" or title_after_surname(t, gaz)) \
                and text[c.end:c.end + 1] not in ("某", "*"):
            continue  # 郭总, 王董, 王局长: a surname and a title, no name (王局长: ingest/nlp/references.py)
        if not sur or t in _NOT_NAMES or _common_start(t, len(sur)) or t[len(sur):len(sur) + 1] in _NAME_END:
            continue
        if len(t) == 3 and t[2] in "说称讲道" and (c.end >= len(text) or not ("\u4e00" <= text[c.end] <= "\u9fff")):
            t = t[:2]  # 李成说, -> 李成
            c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
        if len(sur) and t.startswith(sur + "某某") and len(t) > len(sur) + 2 and t[len(sur) + 2] not in _MASK_ORDINALS:
            t = t[:len(sur) + 2]  # 直接责任人员李某某|依法…: the mask ends the name
            c = Cand(c.start, c.start + len(t), c.label, c.prio, c.source)
        if len(t) >= 3 and _closes_name(text, c.end - 1):
            t = t[:-1]  # 刘芳之|配偶: 之 before a kin word is no part of the name
            c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
        if len(t) == 3 and (t[2] + text[c.end:c.end + 1] in _VERB2_SET or t[2] + text[c.end:c.end + 1] in _NOUNS_AFTER_NAME
                            or t[2] + text[c.end:c.end + 1] in _WORD_ACROSS):
            t = t[:2]  # 孙丽参与 -> 孙丽, 刘芳签|批 -> 刘芳: the verb after the name is read before the evidence
            c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
        common = (sur in gaz.common_surnames or len(sur) == 2) and sur not in FUNC_CHARS and sur not in "但门"
        list_mate = any(
            text[o.start:o.end] != t and o.label == "PERSON" and (o.end == c.start - 1 or o.start == c.end + 1)
            and text[min(o.end, c.end):max(o.start, c.start)] == "、" for o in model)
        strong = (
            t in rule_persons
            or ("某" in t or "*" in t) and (sur in gaz.common_surnames or len(sur) == 2 or not (
                _quoted(text, c.start, c.end)))  # (“…”印某: 印章 masked)
            or c.start in titles_end
            or (common and (list_mate or re.match(r"\s*(等\d*人|等[一二三四五六七八九十]+人|[,，(（]\s*[男女])",
                                                  text[c.end:c.end + 6])))
            or (person_texts.count(t) >= 2 and common)
            # 基建办的龚雪，她是…, 材料中的邱玉梅，其个人账户…: the pronoun after the name takes it up again
            or (common and len(t) <= 3 and (text[c.start - 1:c.start] in FUNC_CHARS
                                            or _PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None)
                and _PRONOUN_AFTER.match(text, c.end) is not None)
            or (common and len(t) <= 3 and _PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None
                and _PERSON_RIGHT.match(text, c.end) is not None)
            # a word of the lexicon on both sides: 据|彭某明|交代, 关于|郑某军|违规, 经与|赵某|核实
            or (common and len(t) <= 3 and (_PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None
                                            or text[c.start - 1:c.start] in FUNC_CHARS or text[max(0, c.start - 2):c.start] in gaz.verbs)
                and (text[c.end:c.end + 2] in gaz.verbs or text[c.end:c.end + 2] in _VERB2_SET))
            or (len(t) <= 3 and t not in _COMMON_WORDS
                and ((sur in gaz.common_surnames and _PERSON_LEFT.search(text[max(0, c.start - 6):c.start]) is not None)
                     or _TITLE_END.search(text[max(0, c.start - 4):c.start]) is not None)
                and (_PERSON_RIGHT.match(text, c.end) is not None or _SAY.match(text, c.end) is not None))
        )
        if "*" in t and c.start > 0 and "\u4e00" <= text[c.start - 1] <= "\u9fff" and text[c.start - 1] not in FUNC_CHARS:
            continue  # 责任** (bold markup after a word) is not 任**
        if strong and len(t) == len(sur) + 2 and t.startswith(sur + "某") and (_is_cjk(t[-1]) or t[-1] == "\u3007") \
                and t[-1] not in "甲乙丙丁戊己庚辛某" and t not in rule_persons \
                and not (c.end >= len(text) or text[c.end] in "、，。,;；:：()（）\n 等"):
            c = Cand(c.start, c.start + len(sur) + 1, c.label, c.prio, c.source)  # 张某驾车 -> 张某 (not 陈某坤 the rules read)
        if t[-1:].isdigit() and re.match(r"[\d.,万元]", text[c.end:c.end + 1]):
            t = t[:-1]  # 孙某85万元: the figure is the amount's, not a namesake's number
            c = Cand(c.start, c.end - 1, c.label, c.prio, c.source)
        if strong and t == sur + "某" and text[c.end:c.end + 1] == "某" \
                and text[c.end + 1:c.end + 2] != "某":
            c = Cand(c.start, c.end + 1, c.label, c.prio, c.source)  # 杨某|某: the mask is 某某
        if strong and t.endswith("某") and c.end < len(text) and (
                text[c.end] in _MASK_ORDINALS and text[c.end + 1:c.end + 2] not in ("方", "级", "类", "等")
                or text[c.end].isdigit() and not text[c.end + 1:c.end + 2].isdigit()):
            c = Cand(c.start, c.end + 1, c.label, c.prio, c.source)  # 张某1, 李某甲: the ordinal is the name's
        if strong and "某" in t and (cut := _name_at(text, c.start, gaz)) is not None \
                and c.start + len(sur) < cut < c.end and text[cut - 1] in _MASK_ORDINALS:
            c = Cand(c.start, cut, c.label, c.prio, c.source)  # 赵某乙均承认: 均 is the sentence's, not the name's
        if strong:
            out.append(Cand(c.start, c.end, c.label, PRIO["PERSON"] + 1 if "某" in t else c.prio, c.source))
    return out
