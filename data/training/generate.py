#!/usr/bin/env python3
"""Generate synthetic annotated letters for training the liandong NER.

Every template below was written for this generator from general knowledge of Chinese
administrative letters and from the wording of the four seed notices (``../shared/seeds``, state
documents); none paraphrases an evaluation document. Genres: 线索移送函, 案件移送函, 移送处理书
(audit), 转送函, 退回函, 协助办理函/协查函 and replies, 受理/不予立案告知, 回告, 回执, trading-centre
anomaly reports, 行政处罚/处理决定书, 投诉处理决定书, 通报, 会议纪要, news, court party blocks.

Names are sampled, never copied: places from the national division list (all ~2,800 counties,
the cities and provinces) plus invented towns, zones and county-like names (so the model learns
the *structure* place + organ, not a list); agencies from organ heads, sub-units, party bodies and
short forms; companies from place + invented brand + trade + suffix; persons from surname lists
and given-name characters, with masked forms (王某, 王某某, 王**).

Output is JSONL: {"text": ..., "spans": [[start, end, label], ...], "genre": ...}.

    python data/training/generate.py --n 3000 --seed 13 --out data/training/synthetic_train.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from graph.types.text import view as simplified_view  # noqa: E402
from ingest.nlp.gazetteer import load_gazetteer  # noqa: E402

G = load_gazetteer()
R = random.Random(13)

# ------------------------------------------------------------------ vocabulary
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华红玉兰建国志文斌宇浩凯鹏飞鑫波宁俊峰雷晨辉海燕雪梅琳晶"
             "颖婷欣怡佳慧倩蕾睿博翔龙云帆旭阳东林松柏楠振兴德荣祥瑞福庆宏亮光昊天骏驰铭哲轩然嘉诚毅泽钧锋"
             "立新永胜春秋冬夏卫民忠良仁义智信和顺安康乐喜悦庭树森淼焱垚世田克晓继韬炜钊洁禹元利运"
             "琦珂瑜璐瑶璇蓉萍莉菲薇芸茜蓓彤妍娟媛婉雯霖露霏长友富贵金银铁石山水江河湖川岩峻崇岚"
             "子孝廉正直方圆满全美善淑贤惠芬芝兵武威猛彪豪杨柳桃杏梨竹菊荷莲萱蕊芷若依诗琪涵语思雨")
SURN_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
                   "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
                   "覃武戴莫孔向汤")
SURN2 = ["欧阳", "司马", "上官", "诸葛", "皇甫", "慕容", "司徒", "令狐", "尉迟", "长孙"]
BRAND = list("鑫阳富达鹏新汇信博天桥开泰兴华业蓝海志诚标盾宏远金石瑞奥特杰立一建长捷中同今求实添锦禾丰恒通"
             "图正大德邦盛世佳和程卓越明辉圣光鼎宇航盈科永安旭东方圆融创拓展润泽广厦万象嘉源汇智聚力天成"
             "宝隆祥云凯翔晟昌荣泓瀚森林腾飞骏鸿运弘毅博雅启元合众銮铭钰琨璟翰墨青松绿洲蓝天白鹭")
INDUSTRY = ["建设工程", "建筑工程", "商贸", "科技", "信息技术", "电梯", "照明", "园林绿化", "农产品", "工程咨询",
            "建筑劳务", "医疗器械", "教育装备", "机电设备", "市政工程", "物业管理", "电子科技", "办公设备", "仪器仪表",
            "环保科技", "路桥工程", "水利水电工程", "装饰工程", "招标代理", "项目管理", "检测", "食品", "餐饮管理",
            "软件", "网络科技", "交通设施", "消防工程", "智能科技", "印务", "家具", "体育用品", "测绘", "造价咨询",
            "实业", "贸易", "能源", "电力工程", "安防", "文化传媒", "广告", "农业开发", "生物科技", "制药", "医药",
            "汽车销售", "石材", "钢结构", "混凝土", "工程机械", "保安服务", "清洁服务", "劳务派遣", "数据科技", ""]
CO_SUFFIX = ["有限公司"] * 8 + ["有限责任公司"] * 2 + ["股份有限公司", "集团有限公司", "集团股份有限公司"]
FIRM_SUFFIX = ["律师事务所", "会计师事务所", "税务师事务所", "法律服务所", "资产评估事务所"]
BANKS = ["中国农业银行", "中国工商银行", "中国建设银行", "中国银行", "中国邮政储蓄银行", "交通银行"]
# Organ heads (government, party, justice, public institutions)
HEADS = ["财政局", "纪委监委", "纪委", "监察委员会", "纪律检查委员会", "公安局", "审计局", "市场监督管理局", "市场监管局",
         "发展和改革委员会", "发展和改革局", "发改局", "发改委", "公共资源交易中心", "公共资源交易服务中心",
         "公共资源交易监督管理局", "公共资源交易管理委员会办公室", "人民法院", "中级人民法院", "人民检察院", "检察院",
         "人民政府", "人民政府办公室", "住房和城乡建设局", "住建局", "教育局", "教育和体育局", "卫生健康委员会", "卫健局",
         "农业农村局", "林业局", "交通运输局", "水利局", "水务局", "自然资源和规划局", "自然资源局", "司法局",
         "政府采购中心", "行政审批服务局", "政务服务和大数据管理局", "医疗保障局", "商务局", "统计局", "税务局",
         "应急管理局", "生态环境局", "民政局", "人力资源和社会保障局", "文化广电旅游局", "城市管理局",
         "综合行政执法局", "国有资产监督管理委员会", "机关事务管理局", "财政厅", "审计厅", "公安厅",
         # merged portfolios and the organs of zones and municipalities
         "住房城乡建设和水利局", "住房和城乡建设管理局", "文化广电体育和旅游局", "农业农村和水利局", "经济发展局",
         "财政金融局", "经济发展和改革局", "社会事务局", "规划建设局", "市场监督管理委员会"]
INSTITUTIONS = ["第一中学", "实验小学", "中心幼儿园", "人民医院", "中医医院", "妇幼保健院", "职业技术学校",
                "疾病预防控制中心", "农村公路管理所", "不动产登记中心", "融媒体中心", "中心卫生院", "图书馆"]
SUBUNITS = ["办公室", "经侦大队", "治安大队", "刑侦大队", "经侦支队", "政府采购监督管理科", "政府采购科", "监督检查科",
            "法规科", "采购股", "综合股", "稽查大队", "执法大队", "案件审理室", "第一纪检监察室", "第三纪检监察室",
            "党风政风监督室", "执法监督科", "行政执法科", "审计一科"]
NATIONAL = sorted(G.national_agencies)
POSITIONS = ["局长", "副局长", "主任", "副主任", "科长", "副科长", "股长", "处长", "党组书记", "党委书记", "党组成员",
             "法定代表人", "总经理", "副总经理", "董事长", "执行董事", "监事", "项目经理", "项目负责人", "评审专家",
             "律师", "出纳", "会计", "股东", "业务员", "工作人员", "院长", "检察官", "审判长", "审判员", "大队长",
             "记者", "通讯员", "负责人", "授权代表", "员工", "镇长", "乡长", "县长", "副县长", "主任科员", "站长"]
LAWS = ["中华人民共和国政府采购法", "中华人民共和国政府采购法实施条例", "中华人民共和国招标投标法",
        "中华人民共和国招标投标法实施条例", "中华人民共和国行政处罚法", "政府采购质疑和投诉办法",
        "政府采购货物和服务招标投标管理办法", "中华人民共和国监察法", "中国共产党纪律处分条例", "中华人民共和国刑法",
        "中华人民共和国反不正当竞争法", "行政执法机关移送涉嫌犯罪案件的规定", "政府采购非招标采购方式管理办法",
        "公共资源交易平台管理暂行办法", "中华人民共和国审计法", "财政违法行为处罚处分条例"]
DOC_CODES = ["财采", "财购", "财监", "财函", "财罚", "审移", "审函", "纪移", "纪函", "监移", "公经", "公函", "市监罚",
             "发改函", "公管函", "交易函", "政办发", "财采监", "财罚字", "审投移", "公资交", "监察建"]
BRACKETS = [("〔", "〕")] * 5 + [("[", "]"), ("【", "】"), ("(", ")"), ("﹝", "﹞")]
VIOL = ["提供虚假材料谋取中标", "与其他投标人串通投标", "围标串标", "违规插手干预政府采购活动", "收受供应商财物",
        "以不合理条件对供应商实行差别待遇", "未依法履行政府采购程序", "拒不签订政府采购合同", "将中标项目违法转包",
        "未按照评审标准进行评审", "弄虚作假骗取中标", "化整为零规避公开招标", "伪造业绩证明", "商业贿赂",
        "虚假宣传", "以低于成本的报价竞标", "串通抬高投标报价", "借用他人资质投标", "在评审中倾向特定供应商",
        "违规向评审专家打招呼", "泄露标底", "违法分包"]
GENERIC_AG = ["公安机关", "财政部门", "纪检监察机关", "司法机关", "检察机关", "行政监督部门", "相关部门", "有关部门",
              "市场监管部门", "审计机关", "项目主管部门", "资金拨付部门", "综合监督部门", "行业主管部门"]
PROJ = ["学生营养餐食材配送", "办公家具采购", "校园安防监控", "乡村道路硬化", "污水管网改造", "医疗设备采购",
        "物业管理服务", "绿化养护服务", "信息化平台建设", "公共照明改造", "农村饮水安全", "体育场馆维修",
        "教学仪器采购", "档案数字化", "垃圾清运服务", "老旧小区改造", "河道清淤", "森林防火设备", "车辆定点维修",
        "印刷服务", "法律顾问服务", "标准化厂房建设", "高标准农田建设", "救护车采购"]
TRANSLIT = list("阿布都热依木买提艾力努尔古丽吐逊帕哈米娜克拉江巴汗别")
NAME_CHARS = list("安平和兴华昌宁丰泰阳山水江河源清远宝德化城乐永新长顺福康庆利隆通达建明光荣盛富乐岭峰川溪桥")
CN_DIGITS = "零一二三四五六七八九"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


# ------------------------------------------------------------------ divisions
def _divisions() -> tuple[list[str], list[str], list[str], dict[str, str]]:
    provs, cities, counties, parent = [], [], [], {}
    from ingest.nlp.gazetteer import division_tables

    for data in division_tables()[:2]:  # pca_part1.json, pca_part2.json
        for p, cs in data.items():
            provs.append(p)
            for c, ks in cs.items():
                if c in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    c = p
                else:
                    cities.append(c)
                    parent[c] = p
                for k in ks:
                    counties.append(k)
                    parent[k] = c
    return provs, cities, counties, parent


PROVS, CITIES, COUNTIES, PARENT = _divisions()
SURN = sorted(s for s in G.surnames if len(s) == 1 and simplified_view(s) == s)


def invented_place() -> str:
    """A county-like or town name that is in no list (teaches the structure, not the names)."""
    name = "".join(R.choice(NAME_CHARS) for _ in range(R.choice([2, 2, 2, 3])))
    return name + R.choice(["县", "县", "市", "区", "镇", "乡", "旗", "街道"])


def strip_level(p: str) -> str:
    from ingest.nlp.gazetteer import _short_forms

    shorts = sorted(_short_forms(p), key=len)
    if shorts:
        return shorts[0]
    for suf in ("自治县", "自治州", "地区", "省", "市", "县", "区", "旗", "盟"):
        if p.endswith(suf) and len(p) - len(suf) >= 2:
            return p[: -len(suf)]
    return p


def place(level: str | None = None) -> str:
    level = level or R.choice(["county", "county", "county", "city", "prov", "town", "invented"])
    if level == "invented":
        return invented_place()
    if level == "town":
        return R.choice([R.choice(COUNTIES), R.choice(COUNTIES), ""]) + "".join(
            R.choice(NAME_CHARS) for _ in range(2)) + R.choice(["镇", "乡", "街道"])
    if level == "county":
        c = R.choice(COUNTIES)
        r = R.random()
        if r < 0.25 and c in PARENT:
            return PARENT[c] + c
        if r < 0.32 and c in PARENT and PARENT[c] in PARENT:
            return PARENT[PARENT[c]] + PARENT[c] + c
        return c
    if level == "city":
        c = R.choice(CITIES)
        return (PARENT[c] + c) if R.random() < 0.15 else c
    return R.choice(PROVS)


def zone() -> str:
    return strip_level(place(R.choice(["county", "city"]))) + R.choice(
        ["经济技术开发区", "高新技术产业开发区", "高新区", "经济开发区", "工业园区", "新区"])


def agency(kind: str | None = None) -> str:
    r = R.random() if kind is None else {"full": 0.1, "short": 0.65, "national": 0.78}[kind]
    if r < 0.42:
        return place() + R.choice(HEADS)
    if r < 0.47:
        return place("county") + R.choice(INSTITUTIONS)
    if r < 0.54:
        return place() + R.choice(["财政局", "公安局", "人民检察院", "纪委监委", "审计局", "市场监督管理局"]) + R.choice(SUBUNITS)
    if r < 0.58:
        c = R.choice(CITIES)
        return c + "公安局" + strip_level(R.choice(COUNTIES)) + "分局"
    if r < 0.62:
        pl = place(R.choice(["county", "city", "invented"]))
        return R.choice(["中共" + pl + "委员会", "中共" + pl + "纪律检查委员会", pl + "纪委监委机关", "中共" + pl + "委组织部",
                         pl + "委巡察办", "中国共产党" + pl + "委员会"])
    if r < 0.64:
        return zone() + R.choice(["管委会", "管理委员会", "财政局", "建设局"])
    if r < 0.72:
        a = R.choice(["市", "县", "区", "省", "州", "旗", "盟"]) + R.choice(
            ["财政局", "纪委", "纪委监委", "公安局", "审计局", "政府", "住建局", "市场监管局", "公管委", "发改委", "公安分局",
             "农业农村局", "交易中心", "公共资源交易中心", "检察院", "法院", "监委", "教育局", "卫健委"])
        if a.startswith("省") and a.endswith("局") and "公安" not in a:
            a = a[:-1] + "厅"
        return a
    if r < 0.8:
        return R.choice(NATIONAL)
    if r < 0.85:
        return strip_level(place("county")) + R.choice(["法院", "检察院", "公安", "审计局", "财政局"])
    return place("invented") + R.choice(HEADS[:20])


def company() -> str:
    r = R.random()
    brand = "".join(R.choice(BRAND) for _ in range(R.choice([2, 2, 2, 3, 4])))
    if r < 0.08:
        return place(R.choice(["prov", "city", "county"])) + brand + R.choice(FIRM_SUFFIX)
    if r < 0.18:
        return brand + R.choice(INDUSTRY) + R.choice(CO_SUFFIX)
    if r < 0.23:
        return place("county") + R.choice(["某", "某某", "**"]) + R.choice(["建设有限公司", "公司", "工程有限公司", "商贸有限公司"])
    if r < 0.27:
        return strip_level(place("county")) + brand + R.choice(["村股份经济合作社", "专业合作社", "种养殖专业合作社"])
    if r < 0.31:
        return R.choice(BANKS) + strip_level(place(R.choice(["city", "county"]))) + R.choice(["分行", "支行"])
    if r < 0.36:
        base = place(R.choice(["prov", "city"])) + brand + R.choice(INDUSTRY) + R.choice(["有限公司", "集团有限公司"])
        return base + strip_level(place("county")) + "分公司"
    if r < 0.40:
        return brand + R.choice(INDUSTRY) + "(" + strip_level(place(R.choice(["prov", "city"]))) + ")有限公司"
    pl = place(R.choice(["prov", "city", "city", "county"]))
    if R.random() < 0.35:
        pl = strip_level(pl)
    return pl + brand + R.choice(INDUSTRY) + R.choice(CO_SUFFIX)


def short_company(full: str) -> str:
    """The 简称 a letter would define: the brand part + 公司 (or the brand alone)."""
    name = re.sub(r"(有限责任公司|股份有限公司|集团有限公司|有限公司|集团股份有限公司)$", "", full)
    for pl in sorted({p for p in G.places if len(p) >= 2 and name.startswith(p)}, key=len, reverse=True)[:1]:
        name = name[len(pl):]
    for ind in sorted(INDUSTRY, key=len, reverse=True):
        if ind and name.endswith(ind):
            name = name[: -len(ind)]
            break
    core = name[:4] if len(name) >= 2 else full[:2]
    return core + R.choice(["公司", "公司", "", "集团"]) if len(core) >= 2 else core + "公司"


def person() -> str:
    r = R.random()
    s = R.choice(SURN_COMMON) if R.random() < 0.8 else R.choice(SURN)
    if r < 0.03:
        s = R.choice(SURN2)
    if r > 0.82:
        return s + R.choice(["某", "某某", "某", "某某", "**", "某1", "某2", "**", "××"])
    if r < 0.015:  # a transliterated name (Uyghur, Kazakh…): given name · father's name
        return "·".join("".join(R.choice(TRANSLIT) for _ in range(R.choice([2, 2, 3]))) for _ in range(2))
    return s + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2, 2, 2])))


def doc_no() -> str:
    o, c = R.choice(BRACKETS)
    code = strip_level(place("county"))[:1] + R.choice(DOC_CODES) + R.choice(["", "", "字", "决", "告"])
    y = R.randint(2016, 2026)
    n = R.randint(1, 300)
    return f"{code}{o}{y}{c}{'第' if R.random() < 0.15 else ''}{n:0{R.choice([1, 2, 3])}d}号"


def project_no() -> str:
    y = R.randint(2016, 2026)
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    f = R.choice([
        lambda: f"{''.join(R.choice(up) for _ in range(R.randint(2, 5)))}{y}-{R.randint(1, 999):03d}",
        lambda: f"{''.join(R.choice(up) for _ in range(4))}{y}{R.randint(100000, 999999)}",
        lambda: f"{strip_level(place('county'))}{R.choice(['采招', '政采', '公招', '财采'])}{y}-{R.randint(1, 99)}",
        lambda: f"{y}{''.join(R.choice(up) for _ in range(6))}{R.randint(1, 999):03d}",
        lambda: f"{R.randint(100000, 999999)}-{y}-{R.randint(1000, 9999)}",
    ])
    return f()


def date() -> str:
    y, m, d = R.randint(2016, 2026), R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.55:
        return f"{y}年{m}月{d}日"
    if r < 0.63:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.7:
        return f"{y}年{m:02d}月{d:02d}日"
    if r < 0.8:
        return f"{m}月{d}日"
    if r < 0.88:
        return f"{y}年{m}月"
    if r < 0.95:
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    return f"{y}.{m}.{d}"


def money() -> str:
    r = R.random()
    if r < 0.35:
        return f"{R.randint(1, 999)}{R.choice(['', '.5', '.37', '.2'])}万元"
    if r < 0.6:
        return f"人民币{R.randint(1000, 99999)}元"
    if r < 0.7:
        return f"¥{R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)}.{R.randint(10, 99)}元"
    if r < 0.78:
        return R.choice(["壹万元整", "叁仟伍佰元整", "伍万元整", "贰拾万元整", "捌仟元整"])
    if r < 0.88:
        return f"{R.randint(1, 99)}{R.choice(['万余元', '多万元', '亿元'])}"
    return f"{R.choice(['三', '五', '十', '二十', '八十'])}{R.choice(['万元', '千元', '万余元'])}"


def addr() -> str:
    return (f"{place('county')}{''.join(R.choice(NAME_CHARS) for _ in range(2))}"
            f"{R.choice(['路', '大道', '街', '巷'])}{R.randint(1, 300)}号")


def uscc() -> str:
    from graph.types import credit_code
    body = "91" + "".join(R.choice("0123456789") for _ in range(6))
    return credit_code.make(body + "".join(R.choice(credit_code.ALPHABET) for _ in range(9)))


# ------------------------------------------------------------------ templates
# {A1} agency, {AS1} level-prefixed short agency (县财政局), {C1} company, {CS1} the 简称 of C1,
# {P1} person, {T1} position, {D} date, {N} doc no, {J} project no, {M} money, {L} law (in 《》 in
# the template), {G} generic agency (unlabelled), {V} violation, {R} project name, {K} count,
# {ADDR} address, {USCC} credit code, {SELF} 我局/我委/本机关 (unlabelled), {YOU} 你局/你委/贵单位
HEADERS = [
    "{A1}\n关于移送{C1}涉嫌{V}问题线索的函\n{N}\n\n{A2}:\n",
    "{A1}文件\n{N}\n关于{C1}涉嫌{V}的案件移送函\n{A2}:\n",
    "{A1}\n案件移送书\n{N}\n{A2}:\n",
    "线索移送函\n{N}\n{A2}:\n",
    "{A1}\n转送函\n{N}\n{A2}:\n",
    "{A1}\n退回函\n{N}\n{A2}:\n",
    "{A1}\n协助调查函\n{N}\n{A2}:\n",
    "{A1}\n关于协助核查{C1}有关情况的函\n{N}\n{A2}:\n",
    "{A1}\n受理告知书\n{N}\n{A2}:\n",
    "{A1}\n审计移送处理书\n{N}\n{A2}:\n",
    "{A1}\n关于{R}项目异常情况的报告\n{A2}、{A3}:\n",
    "{A2}:\n",
    "{A1}行政处罚决定书\n{N}\n\n当事人:{C1}\n统一社会信用代码:{USCC}\n住所:{ADDR}\n法定代表人:{P1}\n",
    "{A1}\n政府采购投诉处理决定书\n{N}\n投诉人:{C1}\n地址:{ADDR}\n被投诉人:{A2}\n相关供应商:{C2}\n",
    "{A1}\n关于{K}起政府采购违法违规典型案例的通报\n{N}\n",
    "{A1}\n{R}联席会议纪要\n",
    "{A1}\n行政处理决定书\n{N}\n当事人:{P1},{ADDR}\n",
    "{A1}\n不予立案告知书\n{N}\n{A2}:\n",
    "{A1}\n审计移送处理书\n{N}\n主送:{A2}、{A3}\n",
    "线索移送单\n编号:{N}\n移送单位:{A1}\n接收单位:{A2}\n移送时间:{D}\n涉及单位:{C1}、{C2}\n",
    "签收回执\n\n{A2}:\n",
    "{A1}\n投诉转送告知书\n{N}\n\n{C1}:\n",
]
BODY = [
    "{D},{A1}在监督检查中发现{C1}在{R}项目(项目编号:{J})中涉嫌{V},现将该问题线索移送{YOU}依法处理。",
    "经初步核查,{C1}法定代表人{P1}与{C2}股东{P2}系亲属关系,两家公司在{R}项目中存在{V}的嫌疑。",
    "根据《{L}》的规定,{SELF}将{C1}涉嫌{V}的问题线索移交{A2}。",
    "{A1}于{D}向{A2}移送了{C1}{V}的线索材料,请于收到后五个工作日内回告受理情况。",
    "现将{C1}涉嫌{V}一案移送{YOU},请依法查处并将处理结果书面反馈{SELF}。",
    "{YOU}{D}移送的{C1}涉嫌{V}一案({N2})收悉。",
    "{SELF}于{D}收到{A2}转送的{C1}投诉材料,经审查,该事项属于{A3}职责范围。",
    "{A2}移送的{C1}相关案件材料,经审查不属于{SELF}职责范围,现依法退回,并说明理由如下。",
    "{D},{SELF}收到{C1}反映{C2}在{R}项目中{V}的举报材料。",
    "{A1}退回{C1}的投标保证金{M}后,{C1}仍未提交书面说明。",
    "{P1}反映{C1}存在{V}问题,{SELF}已将有关材料转送{A2}。",
    "该项目第一中标候选人{C1}的投标报价为{M},第二中标候选人{C2}报价为{M2}。",
    "采购人邀约{C1}、{C2}、{C3}三家供应商参与竞争性谈判,最终确定{C1}为成交供应商。",
    "{A1}关于{C1}涉嫌{V}的情况说明已于{D}报送{A2}。",
    "{SELF}已于{D}将投诉材料转送{A2}处理,请你公司与其联系。",
    "经{SELF}核实,{P1}涉嫌职务犯罪,已于{D}被移送{A2}审查起诉。",
    "{C1}与{C2}的项目经理均为{P1},投标文件由同一人编制。",
    "{SELF}在对{A2}的审计中发现,{C1}与{C2}的投标保证金由同一账户转出。",
    "经查,{C1}与{C2}的投标文件由同一人编制,投标保证金从{C1}账户转出。",
    "评审专家{P1}在评审过程中未按照采购文件规定的评审标准进行评审,{SELF}已将有关情况函告{A2}。",
    "请{YOU}协助提供{C1}在{D}至{D2}期间的工商登记及股权变更信息。",
    "为查明{C1}与{C2}是否存在关联关系,请{A2}协助调取两家公司社保缴纳人员名单。",
    "{SELF}已于{D}对{C1}涉嫌{V}一案立案调查,现将受理情况告知如下。",
    "经审查,{YOU}移送的{C1}相关线索事实不清、证据不足,决定不予立案。",
    "{A2}在审计中发现{R}项目存在{V}的问题,已将线索移交{A3}。",
    "{A1}交易系统监测发现,{C1}与{C2}的投标文件由同一台电脑制作,MAC地址相同。",
    "{C1}(以下简称“{CS1}”)于{D}中标该项目,中标金额{M}。",
    "{CS1}法定代表人{P1}同时担任{C2}股东。",
    "依据《{L}》第七十七条的规定,对{C1}处以采购金额千分之五的罚款,计{M},列入不良行为记录名单,一年内禁止参加政府采购活动。",
    "当事人{C1}在{A3}组织的{R}项目(项目编号:{J})中{V},违反了《{L}》的规定。",
    "如不服本决定,可在收到本决定书之日起六十日内向{A4}申请行政复议,或者六个月内向{A5}提起行政诉讼。",
    "罚款自收到本决定书之日起十五日内缴至指定账户,开户行:{C4}。",
    "投诉人称:中标供应商{C2}的业绩材料系伪造,请求认定中标无效。",
    "经查,投诉事项缺乏事实依据,根据《{L}》第二十九条的规定,驳回投诉。",
    "{P1}曾任{A2}党组书记、局长。{D}至{D2},{P1}利用职务便利为{C1}承揽工程提供帮助,收受{P2}所送财物共计{M}。",
    "{P1}被给予开除党籍处分,其涉嫌犯罪问题已移送{A3}审查起诉。",
    "{A2}{T1}{P1}违规插手{R}项目,要求评审专家给{C1}打高分。",
    "{D},{A1}{T1}{P1}主持召开联席会议,{A2}、{A3}、{A4}分管负责同志参加会议。",
    "会议通报了各成员单位相互移送线索情况:{A2}向{A3}移送线索{K}条,{A4}向{A2}移交案件{K2}件。",
    "会议议定:对{C1}涉嫌{V}问题,由{A3}牵头,{A2}配合开展联合检查。",
    "{P1}({A2}{T1})、{P2}({A3}{T2})出席会议。",
    "{D},{A1}接到{A2}移交的线索后随即开展侦查,{P1}、{P2}等{K}人因涉嫌串通投标罪被刑事拘留。",
    "经查,{P1}系{C1}实际控制人,为提高中标概率,{P1}联系{C2}、{C3}参与投标并统一制作标书。",
    "{P1}约请{P2}、{P3}借用{CS1}的资质参与竞标。",
    "据{A1}{T1}{P1}介绍,今年以来已累计向{G}移送案件线索{K}条。",
    "上诉人(原审被告人){P2},男,{D}出生,汉族,{C1}{T2}。",
    "辩护人{P3},{C4}律师。",
    "原告:{C1},住所地{ADDR}。\n法定代表人:{P1},{T1}。\n委托诉讼代理人:{P2},{C4}律师。",
    "被告:{A2},住所地{ADDR}。\n负责人:{P4},{T3}。",
    "{A1}认为,被告人{P2}的行为已构成串通投标罪,判处罚金{M}。",
    "联系人:{P2},电话:0{R4}-{R8}。",
    "经办人:{P1}    联系电话:1{R10}",
    "附件:1.{C1}投标文件(复印件)\n2.{A3}出具的调查笔录\n3.相关证据材料清单",
    "抄送:{A4},{A5}。",
    "{A2}已于{D}收到{A1}移送的案件材料共{K}份。",
    "请{YOU}在收到本函之日起五个工作日内将受理情况回告{SELF}。",
    "你单位{D}报送的关于{C1}的问题线索已收悉,现转交{A3}办理。",
    "根据{AS1}的工作安排,{AS2}会同{AS3}对{C1}开展了专项检查。",
    "{AS1}已将{C1}的问题线索移送{AS2},{AS2}于{D}立案。",
    "{P1}系{A2}工作人员,其妻{P2}为{C1}股东。",
    "{C1}、{C2}、{C3}等3家企业在参与{R}项目投标时串通投标,现予以通报,并记入信用记录。",
    "{A1}查明,{C1}委托{C2}代为制作投标文件,并向{C2}支付费用{M}。",
    "{D},{C1}向{A1}提交了书面陈述申辩意见。",
]
NEG = [
    "各成员单位应加强协作配合,发现违法违规线索及时移送{G}。",
    "该公司所附的两份合同经核实均不存在,情节较重。",
    "某供应商、某代理机构均未提出异议。",
    "该局已将有关情况报告{G}。",
    "开标当日共有{K}家供应商递交响应文件。",
    "地址:{ADDR}\n",
    "依法依规移送{G}处理,并抄送{G2}。",
    "本院认为,上诉人的上诉理由不能成立。",
    "{SELF}高度重视,立即组织人员开展核查。",
    "各投标单位的报价呈规律性递增,明显异常。",
    "相关信息已在政府采购网公开,信息发布时间以网站为准。",
    "请各单位高度重视信息共享工作,确保信息安全。",
    "特此函告。",
    "此复。",
    "特此通报。",
    "有关信息请及时报送。",
    "本机关依法受理并作出处理。",
    "经初核,该问题线索不属实,予以了结。",
    "各县(市、区)财政局要切实加强政府采购监管。",
    "对违法违规行为,依法依规严肃处理,绝不姑息。",
]


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.n = 0
        self.slots: dict[str, tuple[str, str | None]] = {}

    def add(self, s: str, label: str | None = None) -> None:
        if label:
            self.spans.append((self.n, self.n + len(s), label))
        self.parts.append(s)
        self.n += len(s)

    def value(self, key: str) -> tuple[str, str | None]:
        if key in self.slots:
            return self.slots[key]
        base = re.sub(r"\d+$", "", key)
        v: tuple[str, str | None]
        if key.startswith("R") and key[1:].isdigit():
            v = ("".join(R.choice("0123456789") for _ in range(int(key[1:]))), None)
        elif base == "A":
            v = (agency(), "AGENCY")
        elif base == "AS":
            v = (agency("short"), "AGENCY")
        elif base == "C":
            v = (company(), "COMPANY")
        elif base == "CS":
            v = (short_company(self.value("C" + key[2:])[0]), "COMPANY")
        elif base == "P":
            v = (person(), "PERSON")
        elif base == "T":
            v = (R.choice(POSITIONS), "POSITION")
        elif base == "D":
            v = (date(), "DATE")
        elif base == "N":
            v = (doc_no(), "DOC_NO")
        elif base == "J":
            v = (project_no(), "PROJECT_NO")
        elif base == "M":
            v = (money(), "MONEY")
        elif base == "L":
            v = (R.choice(LAWS), "LAW")
        elif base == "G":
            v = (R.choice(GENERIC_AG), None)
        elif base == "V":
            v = (R.choice(VIOL), None)
        elif base == "R":
            v = (f"{R.randint(2018, 2026)}年{strip_level(place('county'))}{R.choice(PROJ)}", None)
        elif base == "K":
            v = (str(R.randint(2, 30)), None)
        elif base == "ADDR":
            v = (addr(), None)
        elif base == "USCC":
            v = (uscc(), None)
        elif base == "SELF":
            v = (R.choice(["我局", "我委", "本机关", "我中心", "我单位", "我院"]), None)
        elif base == "YOU":
            v = (R.choice(["你局", "你委", "贵单位", "你单位", "贵局"]), None)
        else:
            v = (key, None)
        self.slots[key] = v
        return v

    def render(self, template: str) -> None:
        pos = 0
        for m in re.finditer(r"\{([A-Z]+\d*)\}", template):
            self.add(template[pos:m.start()])
            val, lab = self.value(m.group(1))
            self.add(val, lab)
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


def _fullwidth(text: str) -> str:
    return text.translate(str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", ";": "；"}))


def make_doc(i: int) -> dict[str, object]:
    d = Doc()
    head = HEADERS[i % len(HEADERS)]
    d.render(head)
    body = R.sample(BODY, R.randint(3, 8)) + R.sample(NEG, R.randint(0, 3))
    R.shuffle(body)
    for t in body:
        d.render(t)
        if R.random() < 0.35:
            d.add("\n")
    if R.random() < 0.7:  # signature block: the issuer on a line of its own, then the date
        d.add("\n" + R.choice(["", "    ", "\t\t"]))
        d.render("{A1}")
        d.add("\n" + R.choice(["", "    "]))
        d.render("{D9}")
        if R.random() < 0.5:
            d.add("\n")
    text = d.text()
    if R.random() < 0.6:  # most real letters use full-width punctuation; same length, spans unchanged
        text = _fullwidth(text)
    return {"text": text, "spans": [list(s) for s in d.spans], "genre": f"letter{i % len(HEADERS)}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=str(Path(__file__).parent / "synthetic.jsonl"))
    args = ap.parse_args(argv)
    R.seed(args.seed)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i in range(args.n):
            fh.write(json.dumps(make_doc(i), ensure_ascii=False) + "\n")
    print(f"wrote {args.n} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
