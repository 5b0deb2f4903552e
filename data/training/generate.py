#!/usr/bin/env python3
"""Generate synthetic annotated letters for training the liandong NER.

Genres: 线索移送函, 案件移送函, 协助办理函, 回告/回执, 行政处理/处罚决定书, 投诉处理决定书, 通报,
会议纪要, news reports and court-judgment party blocks. Names are sampled from the division
gazetteer, surname lists and character pools, so no real document is copied. Output is
JSONL: {"text": ..., "spans": [[start, end, label], ...], "genre": ...} with all nine labels.

    python data/training/generate.py --n 4000 --seed 13 --out data/training/synthetic.jsonl
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

from ingest.nlp.gazetteer import load_gazetteer

G = load_gazetteer()
R = random.Random(13)

# ------------------------------------------------------------------ vocab
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华红玉兰建国志文斌宇浩凯鹏飞鑫波宁俊峰雷晨辉海燕雪梅琳晶"
             "颖婷欣怡佳慧倩蕾睿博翔龙云帆旭阳东林松柏楠振兴德荣祥瑞福庆宏亮光辉昊天骏驰铭哲轩然嘉诚毅泽钧锋"
             "立新永胜春秋冬夏卫民忠良仁义礼智信和顺安康乐喜悦庭树森淼焱垚世藩田克晓继韬炜钊洁禹春杰元红利运"
             "琦珂瑜璐瑶璇蓉萍莉菲薇芸茜蓓彤妍娟媛婉静雯霖露霏")
INDUSTRY = ["建设工程", "建筑工程", "商贸", "科技", "信息技术", "电梯", "照明", "绿化造林", "农产品", "工程咨询", "建筑劳务",
            "医疗器械", "教育装备", "机电工程", "市政工程", "园林绿化", "物业管理", "电子科技", "办公设备", "仪器",
            "环保科技", "路桥工程", "水利水电工程", "装饰工程", "招标代理", "项目管理", "检测认证", "食品", "餐饮管理",
            "软件", "网络科技", "交通设施", "消防工程", "智能科技", "印务", "家具", "体育用品", "测绘", "造价咨询"]
CO_SUFFIX = ["有限公司"] * 6 + ["有限责任公司", "股份有限公司", "集团有限公司", "集团股份有限公司"]
LAWFIRM = ["律师事务所", "法律服务所", "会计师事务所"]
BRAND_CHARS = list("鑫阳富士达鹏新汇恒信博天桥开泰兴华业蓝海志诚标盾联想宏远金石瑞泰奥特斯杰立一建杭州湾长捷中同"
                   "今天求实添锦禾丰恒通宏图正大德邦盛世佳和锦程卓越明辉圣光金鼎泰和华宇远航盈科永安立达凯旋")
HEADS_COMMON = ["财政局", "纪委监委", "监察委员会", "公安局", "审计局", "市场监督管理局", "发展和改革委员会", "发展和改革局",
                "公共资源交易中心", "公共资源交易监督管理局", "人民法院", "人民检察院", "人民政府", "住房和城乡建设局",
                "教育局", "卫生健康委员会", "农业农村局", "林业局", "交通运输局", "水利局", "自然资源局", "司法局",
                "城乡建设委员会", "政府采购中心", "行政审批局", "公管局", "市场监管局", "纪委", "检察院", "中级人民法院",
                "财政厅", "审计厅", "公安分局", "卫健委", "住建局", "发改委", "国资委", "商务局", "医疗保障局"]
SUBUNITS = ["办公室", "经侦大队", "政府采购科", "监督检查科", "法规科", "经侦支队", "政府采购监督管理科"]
INSTITUTION_HEADS = ["中学", "小学", "幼儿园", "人民医院", "中医院", "技师学院", "职业技术学院", "疾病预防控制中心",
                     "城市管理综合执法局", "农村公路管理所", "不动产登记中心", "融媒体中心"]
POSITIONS = ["局长", "副局长", "主任", "副主任", "科长", "处长", "党组书记", "党委副书记", "法定代表人", "总经理", "副总经理",
             "董事长", "执行董事", "项目经理", "项目负责人", "评审专家", "律师", "出纳", "股东", "业务员", "工作人员",
             "院长", "副院长", "检察官", "审判长", "审判员", "记者", "通讯员", "责任编辑", "负责人", "授权代理人", "员工"]
LAWS = ["中华人民共和国政府采购法", "中华人民共和国政府采购法实施条例", "中华人民共和国招标投标法", "中华人民共和国行政处罚法",
        "政府采购货物和服务招标投标管理办法", "政府采购质疑和投诉办法", "政府采购信息发布管理办法", "中华人民共和国监察法",
        "中国共产党纪律处分条例", "中华人民共和国刑法", "中华人民共和国反不正当竞争法", "行政执法机关移送涉嫌犯罪案件的规定",
        "政府采购非招标采购方式管理办法", "公共资源交易联动监督管理办法", "招标投标领域协同监管工作机制"]
DOC_CODES = ["财罚决字", "财采处", "财购罚", "财行罚", "审移", "纪移", "监移", "财函", "公经", "市监处罚", "发改法规字",
             "财罚告", "财罚立字", "建罚决字", "公管函", "纪发", "政办发", "财采", "审办函", "检移"]
BRACKETS = [("〔", "〕")] * 5 + [("[", "]"), ("【", "】"), ("(", ")"), ("﹝", "﹞")]
VIOL = ["提供虚假材料谋取中标", "与其他投标人串通投标", "围标串标", "违规插手干预政府采购活动", "收受供应商好处费",
        "以不合理条件对供应商实行差别待遇", "未依法履行政府采购程序", "拒不签订政府采购合同", "将中标项目违法转包",
        "在评审过程中未按照评审标准进行独立评审", "弄虚作假骗取中标", "违规拆分项目规避公开招标"]
GENERIC_AG = ["公安机关", "财政部门", "纪检监察机关", "司法机关", "检察机关", "行政监督部门", "相关部门", "有关部门",
              "市场监管部门", "审计机关", "项目主管部门", "资金拨付部门"]
TYPES_DOC = ["线索移送函", "案件移送函", "协助办理函", "移送处理书", "回告函", "行政处罚决定书", "行政处理决定书", "投诉处理决定书"]


def cn_num(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 10:
        return d[n]
    if n < 20:
        return "十" + (d[n % 10] if n % 10 else "")
    return d[n // 10] + "十" + (d[n % 10] if n % 10 else "")


def cn_year(y: int) -> str:
    return "".join("〇一二三四五六七八九"[int(c)] for c in str(y))


# ------------------------------------------------------------------ samplers
def _divisions() -> tuple[list[str], list[str], list[str], dict[str, str]]:
    provs, cities, counties, parent = [], [], [], {}
    import json as _j
    for fname in ("pca_part1.json", "pca_part2.json"):
        data = _j.loads((ROOT / "ingest/nlp/data" / fname).read_text(encoding="utf-8"))
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
from ingest.nlp.textview import simplified_view

SURN = sorted(s for s in G.surnames if len(s) == 1 and simplified_view(s) == s)
SURN_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢")
SURN2 = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "司徒"]


def person() -> str:
    r = R.random()
    s = R.choice(SURN_COMMON) if R.random() < 0.6 else R.choice(SURN)
    if r < 0.03:
        s = R.choice(SURN2)
    if r > 0.85:
        return s + R.choice(["某", "某某", "某", "某某", "**", "某1", "某2"])
    return s + "".join(R.choice(GIVEN) for _ in range(R.choice([1, 2, 2, 2])))


def place(level: str | None = None) -> str:
    level = level or R.choice(["county", "county", "city", "prov"])
    if level == "county":
        c = R.choice(COUNTIES)
        r = R.random()
        if r < 0.25 and c in PARENT:
            return PARENT[c] + c
        if r < 0.35 and c in PARENT and PARENT[c] in PARENT:
            return PARENT[PARENT[c]] + PARENT[c] + c
        return c
    if level == "city":
        c = R.choice(CITIES)
        return (PARENT[c] + c) if R.random() < 0.15 else c
    return R.choice(PROVS)


def short_place(p: str) -> str:
    for suf in ("省", "市", "县", "区"):
        if p.endswith(suf) and len(p) > 2:
            return p[:-1]
    return p


def agency() -> str:
    r = R.random()
    if r < 0.55:
        a = place() + R.choice(HEADS_COMMON)
    elif r < 0.65:
        a = place("county") + R.choice(INSTITUTION_HEADS)
    elif r < 0.75:
        a = place() + R.choice(["财政局", "公安局", "人民检察院", "纪委监委"]) + R.choice(SUBUNITS)
    elif r < 0.85:
        a = R.choice(["市", "县", "区", "省"]) + R.choice(["财政局", "纪委", "纪委监委", "公安局", "审计局", "政府", "住建局",
                                                       "市场监管局", "公管委", "发改委", "财政厅", "公安分局", "农业农村局"])
        if a.startswith("省") and a.endswith("局") and "公安" not in a:
            a = a[:-1] + "厅"
    elif r < 0.92:
        a = R.choice(sorted(G.national_agencies))
    else:
        a = short_place(place("county")) + R.choice(["法院", "检察院", "公安", "分局", "纪委"])
    return a


def company() -> str:
    r = R.random()
    brand = "".join(R.choice(BRAND_CHARS) for _ in range(R.choice([2, 2, 3])))
    if r < 0.1:
        return place(R.choice(["prov", "city"])) + brand + R.choice(LAWFIRM)
    if r < 0.17:
        return brand + R.choice(INDUSTRY) + R.choice(CO_SUFFIX)
    if r < 0.22:
        return place("county") + R.choice(["某", "某某"]) + R.choice(["建设有限公司", "公司", "工程有限公司"])
    if r < 0.27:
        return short_place(place("county")) + brand + R.choice(["村股份经济合作社", "专业合作社"])
    pl = place(R.choice(["prov", "city", "city", "county"]))
    if R.random() < 0.3:
        pl = short_place(pl)
    return pl + brand + R.choice(INDUSTRY) + R.choice(CO_SUFFIX)


def short_company(full: str) -> str:
    m = re.search(r"([\u4e00-\u9fff]{2})(?:" + "|".join(INDUSTRY) + ")", full)
    core = m.group(1) if m else full[-6:-4]
    return core + "公司"


def doc_no() -> str:
    o, c = R.choice(BRACKETS)
    code = short_place(place("county"))[:1] + R.choice(DOC_CODES)
    y = R.randint(2015, 2025)
    n = R.randint(1, 300)
    sp = " " if R.random() < 0.05 else ""
    return f"{code}{o}{y}{c}{'第' if R.random() < 0.15 else ''}{n:0{R.choice([1, 2, 3])}d}{sp}号"


def project_no() -> str:
    y = R.randint(2016, 2025)
    f = R.choice([
        lambda: f"{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(R.randint(2, 5)))}{y}-{R.randint(1, 999):03d}",
        lambda: f"{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{y}{R.randint(100000, 999999)}",
        lambda: f"{short_place(place('county'))}{R.choice(['采招', '政采', '公招'])}{y}-{R.randint(1, 99)}",
        lambda: f"{short_place(place('county'))}{R.choice(['中心', '采购'])}-GA{y}-{R.randint(1, 99):03d}",
        lambda: f"{y}{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(8))}{R.randint(1, 999):03d}",
        lambda: f"{R.randint(100000, 999999)}JH{R.randint(10 ** 8, 10 ** 9)}",
    ])
    return f()


def date() -> str:
    y, m, d = R.randint(2015, 2025), R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.55:
        return f"{y}年{m}月{d}日"
    if r < 0.65:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.72:
        return f"{y}年{m:02d}月{d:02d}日"
    if r < 0.8:
        return f"{m}月{d}日"
    if r < 0.88:
        return f"{y}年{m}月"
    if r < 0.94:
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    return f"{y}年{m}月{R.choice(['初', '份'])}"


def money() -> str:
    r = R.random()
    if r < 0.35:
        return f"{R.randint(1, 999)}{R.choice(['', '.5', '.37', '.2058'])}万元"
    if r < 0.55:
        return f"人民币{R.randint(1000, 99999)}元"
    if r < 0.65:
        return f"¥{R.randint(1, 9)},{R.randint(100, 999)},{R.randint(100, 999)}.{R.randint(10, 99)}元"
    if r < 0.75:
        return R.choice(["肆仟柒佰伍拾元整", "壹万贰仟元整", "叁仟元整", "伍万元整", "贰拾万元整"])
    if r < 0.85:
        return f"{R.randint(1, 99)}{R.choice(['万余元', '多万元', '亿元'])}"
    return f"{R.choice(['三', '五', '十', '二十', '五十'])}{R.choice(['万元', '千元', '万余元'])}"


def position() -> str:
    return R.choice(POSITIONS)


def proj_name(ag: str) -> str:
    y = R.randint(2018, 2025)
    return f"{y}年{R.choice(['农村义务教育学生营养改善计划食堂供餐', '办公设备', '智慧校园建设', '道路提升改造', '医疗设备', '物业服务', '绿化养护', '信息化系统'])}{R.choice(['采购项目', '项目', '工程'])}"


# ------------------------------------------------------------------ templates
# {A1} agency, {C1} company, {CS1} company short form, {P1} person, {T1} position, {D} date,
# {N} doc no, {J} project no, {M} money, {L} law, {G} generic agency (unlabelled), {V} violation,
# {R} project name (unlabelled), {X} document type word, {ADDR} address (unlabelled)
TEMPLATES: dict[str, list[str]] = {
    "clue": [
        "{A1}\n关于移送{C1}涉嫌违法问题线索的函\n{N}\n{A2}:\n",
        "{D},{A1}在监督检查中发现{C1}在参与{A3}组织的{R}(项目编号:{J})中涉嫌{V},现将该问题线索移送你局依法处理。",
        "根据《{L}》有关规定,我委将{P1}涉嫌{V}的问题线索移交{A2}。",
        "{A1}于{D}向{A2}移送了{C1}{V}的线索材料,请于收到后五个工作日内回告受理情况。",
        "附件:1.线索材料清单;2.{C1}投标文件复印件。\n联系人:{P2},电话:0{R4}-{R8}\n{A1}\n{D}",
        "经初步核查,{C1}法定代表人{P1}与{C2}股东{P2}系夫妻关系,两家公司在{R}中存在{V}的嫌疑。",
        "{A2}:\n你局{D}移送的《关于{C1}涉嫌{V}的线索移送函》({N})收悉。",
        "现将{C1}涉嫌{V}一案移送{A2},请依法查处并将处理结果书面反馈我局。",
        "{A1}转交{A2}的问题线索共{K}件,涉及金额{M}。",
    ],
    "assist": [
        "{A1}\n协助办理函\n{N}\n{A2}:\n我局在办理{C1}投诉案件过程中,需要你单位协助调取{C1}在{D}至{D2}期间的投标保证金缴纳记录。",
        "为查明{C1}与{C2}是否存在{V}行为,请{A2}协助提供两家公司的工商登记信息及股东情况。",
        "请于{D}前将协查结果函告我局。联系人:{P1}({T1}),电话:1{R10}。",
        "{A2}收到{A1}的协查函后,指定{T1}{P1}负责办理。",
    ],
    "reply": [
        "{A2}关于{C1}问题线索办理情况的回告\n{A1}:\n你委{D}移送的问题线索({N})收悉。我局已于{D2}立案调查。",
        "经查,{C1}在{R}(项目编号:{J})中{V}的事实清楚,我局已依法作出行政处罚,处以罚款{M}。",
        "经审查,该线索不属于我局职责范围,现将相关材料退回你单位,并说明理由。",
        "特此回告。\n{A2}\n{D}",
        "回执\n{A2}已于{D}收到{A1}移送的案件材料共{K}份。经办人:{P1}",
    ],
    "penalty": [
        "{A1}行政处罚决定书\n{N}\n当事人:{C1}\n统一社会信用代码:{USCC}\n地址:{ADDR}\n法定代表人:{P1}\n",
        "{A1}政府采购行政处理决定书({N})\n当事人(中标供应商){C1}\n",
        "{D},{A2}移交我局政府采购问题线索函,经核查,{C1}参与{A3}{R}(项目编号:{J})的政府采购活动,存在{V}的情形。",
        "以上事实有{C1}投标文件、陈述申辩材料等证据证实。",
        "根据《{L}》第七十七条第一款的规定,本机关决定对{C1}作出如下行政处罚:处以采购金额{M}千分之五的罚款,计{M2};列入不良行为记录名单,一年内禁止参加政府采购活动。",
        "本机关于{D}向你公司送达了《行政处罚事项告知书》({N2}),你公司未提出陈述申辩。",
        "评审专家{P1}在参加{A3}组织的{R}评标过程中,未按照招标文件规定的评审标准进行评审,违反了《{L}》的规定。",
        "现依据《{L}》的规定,对评审专家{P1}作出如下处理:禁止其{K}年内参加政府采购评审活动。",
        "罚款自收到本决定书之日起十五日内缴至{A1}财政专户,账号:{R12},收款行:中国农业银行{CITY}分行。",
        "如不服本处罚决定,可在收到本决定书之日起六十日内向{A4}申请行政复议,或者在六个月内向{A5}提起行政诉讼。\n{A1}\n{D}",
        "{C1}成交金额{M},其提供的业绩证明材料系伪造。",
    ],
    "complaint": [
        "{A1}政府采购投诉处理决定书〔{Y}〕{K}号\n投诉人:{C1}\n地址:{ADDR}\n被投诉人1:{A2}\n被投诉人2:{C2}\n",
        "投诉人对被投诉人关于{A3}{R}({J})的质疑答复不满意,于{D}向本机关提起投诉,本机关于{D2}依法受理。",
        "投诉人称:中标供应商{C2}与{C3}的投标文件由同一人编制,存在{V}的行为。",
        "经查,投诉事项缺乏事实依据,根据《{L}》第二十九条第(二)项的规定,驳回投诉。",
        "{C1}(以下简称{CS1})认为,采购文件设置了以特定行政区域业绩作为加分条件,对供应商实行差别待遇。",
        "相关当事人:{C2}\n本机关依法调查并作出处理决定。\n{A1}\n{D}",
    ],
    "tongbao": [
        "关于{K}起政府采购领域违纪违法典型案例的通报\n{A1}\n各县(市、区)纪委监委,市直各单位:\n",
        "{P1},{A2}原党组书记、局长。{D}至{D2},{P1}利用职务便利,在{R}招标过程中为{C1}谋取利益,收受{P2}所送财物共计{M}。",
        "{P1}受到开除党籍处分,由{A3}给予政务撤职处分,涉嫌犯罪问题移送{A4}依法审查起诉。",
        "{P1},{A2}原副局长,违规插手干预{R},要求评审专家打高分,{D}受到党内严重警告处分。",
        "{A2}{T1}{P1}与{C1}负责人{P2}串通,通过虚假招标方式将项目直接发包。",
        "根据{A1}移交的相关材料,{C1}、{C2}、{C3}等3家企业在参与{R}时串通投标。现对上述企业予以通报,并实施信用扣分。\n{A1}\n{D}",
    ],
    "minutes": [
        "{A1}公共资源交易联动监管联席会议纪要\n{D},{A1}{T1}{P1}主持召开联席会议,{A2}、{A3}、{A4}相关负责同志参加会议。",
        "会议通报了{Y}年以来各部门相互移送案件线索情况:{A2}向{A3}移送线索{K}条,{A4}向{A2}移交案件{K2}件。",
        "会议议定:对{C1}涉嫌{V}问题,由{A3}牵头,{A2}配合开展联合检查,于{D}前将结果报{A1}。",
        "{P1}({A2}{T1})、{P2}({A3}{T2})出席会议。",
        "会议要求各成员单位发现属于其他部门职责范围的问题线索,应当在五个工作日内移送有关部门,不得推诿。",
    ],
    "news": [
        "{A1}破获一起串通投标案 涉案金额{M}\n{D} 来源:{A2}\n记者{P1} 通讯员{P2}\n",
        "{D},{A1}接到{A2}移交的线索:{R}中有多家投标企业的标书雷同。{A1}随即成立专案组。",
        "经查,{P1}系{C1}实际控制人,为提高中标概率,{P1}联系{C2}、{C3}参与投标,并统一制作标书。",
        "{D},{P1}、{P2}等{K}人因涉嫌串通投标罪被移送至{A3}审查起诉。",
        "{A2}在审计中发现{R}存在围标串标嫌疑,将线索移交给{G}。",
        "据{A1}{T1}{P1}介绍,今年以来已累计移送案件线索{K}条。",
        "{P1}找来好友{P2}、{P3},商议以{CS1}名义报名投标,{P2}借用{CS2}资质参与竞标。",
        "{D},该案开庭审理,{A3}检察官{P3}出庭支持公诉。",
        "责任编辑:{P4}",
    ],
    "court": [
        "{A1}\n刑事裁定书\n({Y}){PROVA}01刑终{K}号\n原公诉机关{A2}。\n",
        "上诉单位(原审被告单位){C1},住所地{ADDR}。\n诉讼代表人{P1},该公司{T1}。\n",
        "上诉人(原审被告人){P2},男,{D}出生,汉族,{C1}{T2}。因涉嫌犯串通投标罪于{D2}被刑事拘留。\n",
        "辩护人{P3},{C4}律师。\n",
        "原告:{C1},住所地:{ADDR}。\n法定代表人:{P1},总经理。\n委托诉讼代理人:{P2}、{P3},{C4}律师。\n",
        "被告:{A2},住所地:{ADDR}。\n法定代表人:{P4},局长。\n委托诉讼代理人:{P5},该局工作人员。\n",
        "原审判决认定:{D},{C1}与{C2}在参与{R}投标过程中相互串通投标报价,中标金额{M}。",
        "{A1}认为,上诉人{P2}的行为已构成串通投标罪,判处罚金{M}。",
    ],
}
NEG = [
    "各成员单位应加强协作配合,发现违法违规线索及时移送{G}。",
    "该公司在投标文件中提供了虚假的业绩证明,情节较重。",
    "本机关依法对该项目进行了调查,某供应商、某代理机构均未提出异议。",
    "该局已将有关情况报告{G}。",
    "8家公司全部退出竞标,其他投标公司的信息被泄露。",
    "地址:{ADDR}\n",
    "依法依规移送{G}处理,并抄送{G2}。",
    "本院认为,上诉人的上诉理由不能成立。",
    "我局高度重视,立即组织人员开展核查。",
    "下属新能源公司及同一集团公司的员工均参与了投标。",
]


NARRATIVE = [
    "{P1}利用担任{A1}{T1}的职务便利,为{C1}承揽工程提供帮助,收受{P2}所送现金{M}。",
    "受{P2}请托,{P1}通过打招呼方式授意{A2}相关人员帮助{C1}中标。",
    "{P1}要求下属{P2}联系{K}家公司参与投标,并将制作好的标书交给{P3}统一递交。",
    "{P1}找来好友{P2}、{P3}等人,商议以{C1}名义报名投标。",
    "经查,{P1}与{P2}系同学关系,{P2}实际控制{C1}。",
    "{P1}在担任{A1}{T1}期间,违规干预{R}招标,致使{C1}中标。",
    "{D},{P1}因涉嫌受贿罪被{A1}立案审查调查。",
    "{P1}、{P2}、{P3}三人多次在{P1}家中商议投标报价。",
    "同年{MD},{P1}向{P2}转账{M}作为好处费。",
    "{P1}供述,其受{C1}{T1}{P2}指使提供虚假业绩材料。",
    "{A1}原{T1}{P1}严重违纪违法,被开除党籍和公职。",
    "{C1}{T1}{P1}、{T2}{P2}分别在投标文件上签字。",
    "当事人{P1},男,{D}出生,系{C1}{T1}。",
    "{P1}({T1})陈述称,对上述事实无异议。",
    "被告人{P1}犯串通投标罪,判处有期徒刑一年,并处罚金{M}。",
]


def addr() -> str:
    return f"{place('county')}{R.choice(['解放路', '人民路', '长江路', '建设大道', '中山路', '黄姑山路'])}{R.randint(1, 300)}号"


def uscc() -> str:
    from ingest.nlp.rules import USCC_CHARS, uscc_check_char
    body = "91" + "".join(R.choice("0123456789") for _ in range(6)) + "".join(R.choice(USCC_CHARS) for _ in range(9))
    return body + (uscc_check_char(body) or "0")


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
        if base == "A":
            v = (agency(), "AGENCY")
        elif base == "C":
            v = (company(), "COMPANY")
        elif base == "CS":
            full = self.value("C" + key[2:])[0]
            v = (short_company(full), "COMPANY")
        elif base == "P":
            v = (person(), "PERSON")
        elif base == "T":
            v = (position(), "POSITION")
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
            v = (proj_name(""), None)
        elif base == "K":
            v = (str(R.randint(1, 30)), None)
        elif base == "Y":
            v = (str(R.randint(2016, 2025)), None)
        elif base == "ADDR":
            v = (addr(), None)
        elif base == "USCC":
            v = (uscc(), None)
        elif base == "MD":
            v = (f"{R.randint(1, 12)}月{R.randint(1, 28)}日", "DATE")
        elif base == "CITY":
            v = (R.choice(CITIES), None)
        elif base == "PROVA":
            v = (R.choice("京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新"), None)
        elif base == "R" or key.startswith("R") and key[1:].isdigit():
            v = ("".join(R.choice("0123456789") for _ in range(int(key[1:]))), None)
        else:
            v = (key, None)
        if key.startswith("R") and key[1:].isdigit():
            v = ("".join(R.choice("0123456789") for _ in range(int(key[1:]))), None)
        self.slots[key] = v
        return v

    def render(self, template: str) -> None:
        pos = 0
        for m in re.finditer(r"\{([A-Z]+\d*)\}", template):
            self.add(template[pos:m.start()])
            val, lab = self.value(m.group(1))
            if lab == "LAW":
                self.add(val, lab)
            else:
                self.add(val, lab)
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


def make_doc(genre: str) -> dict[str, object]:
    d = Doc()
    pool = TEMPLATES[genre]
    first = pool[0]
    d.render(first)
    k = R.randint(3, min(7, len(pool) + 2))
    body = R.sample(pool[1:], min(k, len(pool) - 1)) + R.sample(NARRATIVE, R.randint(0, 2))
    body += R.sample(NEG, R.randint(0, 2))
    R.shuffle(body)
    for t in body:
        d.render(t)
        if R.random() < 0.3:
            d.add("\n")
    text = d.text()
    # wrap LAW slots in 《》 after the fact: LAW values were inserted inside 《》 by templates
    return {"text": text, "spans": [list(s) for s in d.spans], "genre": genre}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=4000)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", default=str(Path(__file__).parent / "synthetic.jsonl"))
    args = ap.parse_args(argv)
    R.seed(args.seed)
    genres = list(TEMPLATES)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i in range(args.n):
            rec = make_doc(genres[i % len(genres)])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {args.n} documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
