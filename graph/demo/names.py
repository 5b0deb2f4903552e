"""Synthetic but realistic-looking Chinese names and numbers for the demo county.

Company names, phone numbers, IP addresses, bank accounts and addresses are *bijective* in their
index (mixed-radix over word lists, scrambled by a multiplier coprime to the range), so a million
of them are unique without remembering the ones already made. Every company name starts with
示例 and every number sits in a range no real party uses (phones 170-0…, IPs 10.x, accounts 62179…),
so nothing can be mistaken for a real party.
"""

from __future__ import annotations

import math
import random

from graph.types import credit_code as uscc

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏辉建国建华志强晓东海燕丹宇欣怡子涵浩然梓轩雨桐思远佳怡俊杰文博"
GIVEN_CHARS = [c for c in GIVEN]
TRADE_WORDS = ["恒达", "鑫源", "宏远", "金桥", "华信", "瑞丰", "盛世", "东方", "天成", "博雅", "安泰", "嘉禾", "锦程", "中科",
               "新元", "万通", "聚德", "永兴", "广厦", "润泽", "森茂", "启明", "力拓", "同创", "信诚", "明远", "华宇", "德润",
               "宝利", "凯旋", "星辰", "泰和", "远航", "海纳", "长青", "合众", "弘毅", "卓越"]
INDUSTRIES = [("建筑工程", "construction"), ("市政工程", "construction"), ("水利建设", "construction"),
              ("装饰工程", "construction"), ("路桥工程", "construction"), ("园林绿化", "construction"),
              ("医疗器械", "goods"), ("教学设备", "goods"), ("办公用品", "goods"), ("信息技术", "goods"),
              ("电子科技", "goods"), ("家具制造", "goods"), ("商贸", "goods"), ("食品", "goods"),
              ("物业服务", "services"), ("工程咨询", "services"), ("保安服务", "services"), ("环境卫生", "services"),
              ("软件开发", "services"), ("会计服务", "services")]
FORMS = ["有限公司", "有限责任公司"]
TOWNS = ["城关镇", "东关镇", "西岭镇", "南河镇", "北山乡", "青石镇", "柳林镇", "桃园乡", "白沙镇", "石桥镇", "新村乡", "大坪镇"]
ROADS = ["人民路", "建设路", "解放路", "中山路", "文化路", "新华路", "滨河路", "工业路", "学府路", "车站路", "光明路", "和平路"]


def scramble(i: int, n: int, mult: int = 7919) -> int:
    """A bijection of range(n): i -> (i * m + 11) mod n, m coprime to n."""
    m = mult
    while math.gcd(m, n) != 1:
        m += 2
    return (i * m + 11) % n


def person_name(rng: random.Random) -> str:
    surname = rng.choice(SURNAMES)
    given = "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))
    return surname + given


def company_name(i: int) -> tuple[str, str]:
    """The i-th company name (unique for every i) and its sector."""
    words, inds = len(TRADE_WORDS), len(INDUSTRIES)
    n_base = words * words * inds * len(FORMS)
    j = scramble(i % n_base, n_base)
    j, a = divmod(j, words)
    j, b = divmod(j, words)
    form, ind = divmod(j, inds)
    industry, sector = INDUSTRIES[ind]
    series = i // n_base  # beyond ~58k names a branch number keeps them unique
    branch = f"第{series + 1}分公司" if series else ""
    return f"示例{TRADE_WORDS[a]}{TRADE_WORDS[b] if b != a else ''}{industry}{FORMS[form]}{branch}", sector


def credit_code(i: int, region_code: str = "990100") -> str:
    """A syntactically valid 统一社会信用代码 (check digit per GB 32100-2015) in a fictional region."""
    body = "91" + region_code
    n = scramble(i, 31**9, mult=1_000_003 * 7919)
    org = ""
    for _ in range(9):
        n, r = divmod(n, 31)
        org += uscc.ALPHABET[r]
    return uscc.make(body + org)


def phone(i: int) -> str:
    return f"1700{scramble(i, 10**7):07d}"


def ip_address(i: int) -> str:
    j = scramble(i, 254 * 254 * 250)
    a, rest = divmod(j, 254 * 250)
    b, c = divmod(rest, 250)
    return f"10.{a + 1}.{b + 1}.{c + 2}"


def bank_account(i: int) -> str:
    return f"62179900{scramble(i, 10**11):011d}"


def address(i: int) -> str:
    towns, roads = len(TOWNS), len(ROADS)
    n_base = towns * roads * 999
    j = scramble(i % n_base, n_base)
    j, t = divmod(j, towns)
    no, r = divmod(j, roads)
    building = f"{i // n_base + 1}栋" if i >= n_base else ""
    return f"示例省示例市示例县{TOWNS[t]}{ROADS[r]}{no + 1}号{building}"
