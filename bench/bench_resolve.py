"""Entity-resolution benchmark: person mentions with known true identities, resolved by the real
resolver (ingest/resolve.py + ingest/matching.py), scored pairwise.

    .venv/bin/python bench/bench_resolve.py [--seed 11] [--letters 120] [--show-errors]

The world (fictional): two neighbouring counties, 示例县 and 示例邻县, each with its own eight
agencies, officials, their spouses (shareholders of the county's companies), the legal
representatives of its companies (60 in 示例县, 30 in 示例邻县) with their own mobiles, staff known
only from letters, and namesakes — by chance (names are drawn from a realistic distribution, below)
and on purpose (a representative who shares an official's or another representative's name; six
persons of 示例邻县 who share the name of one of 示例县). The officials, spouses and representatives
are the *structured rows* already in the graph (an in-memory :class:`KnownIndex` with the contexts
the graph would give: organisation and role, relatives, phones, credit codes, the county); both
counties are loaded as reference data (:func:`bench_directory`), as a deployment loads its own.
Then letters and register rows mention them in the forms real letters use — agency + post + name,
name (agency post), 某某的配偶, 与其配偶 + name, the official described and then 其配偶 + name in the
next sentence (the kin word pointing back past the window a name is read in), company (credit
code) 法定代表人, 股东 lines, phone lines, a bare name, traditional characters in one letter out of
five, masked names (王某). Three letters in ten are
issued by an agency of 示例邻县, and 15 % of the persons a letter names are of the other county.

Strangers: 15 % of the persons named are *not in the graph* — a witness, a member of staff, a
relative named bare (经询问，X称… / 证人X证实… / 据其亲属X反映…); each is a new true identity. Their
names are drawn exactly like everyone's (:func:`realistic_name`: surnames by population share,
given names from short frequency lists), so a stranger shares a stored person's name at the
distribution's natural rate. That rate is *higher* than in life: two random names of this
distribution coincide with probability Σp² ≈ 5.2 × 10⁻⁴ and its commonest name (王伟) is 0.56 % of
all names, where the commonest real name (张伟) is about 0.02 % of the population; so 3–20 % of the
strangers of a seed share a stored person's name (seeds 11, 19, 26–30) (the bench prints the count, and how many of them
are the graph's only person of that name, three characters or more, in the letter's own county —
the case the "sole namesake" rule would merge).

Changes of 2026-12-06 (before them: one county, names drawn uniformly from 100 surnames and 80
given-name characters with no repeat among stored persons, no strangers): the neighbouring
county, the strangers, the realistic names. Every earlier letter type is still written; a bare
name (a stored person's or a stranger's) is never written beside another identity of that name in
one letter (a reader takes it for the one placed). Each letter is resolved in turn (what one letter
introduces is known to the next), as ingestion does; the extraction is built with the text, so the
NER model is not under test here.

Changes of 2026-12-06, 21:30 UTC: the spouse's name after 与其配偶 (据反映，O与其配偶S共同经营) is a
mention (it was written but not labelled, though the extractor reads a name after a kin word), and
15 % of spouse mentions (a roll ≥ 0.85, the same roll as before, so every other sentence of a seed
stays as it was) are written as 其配偶 + name in the sentence after the official's; mobiles have
eleven digits (they had ten), and a name with its own mobile is written 某某（联系电话：139…） for
half the companies (某某，手机139… for the others) — a number that a 16-character window cut; one
official mention in ten is written with its agency in one sentence and 该局 + post + name in the
next, one representative's in ten with 该公司法定代表人 (same rolls, split).
Changes of 2026-12-06, evening: a company is named by its trade-name short form (示例华宇广厦园林绿化
有限公司 → 华宇广厦公司, written only when it names one company of the bench world) in a third of
the spouses' 股东 lines (roll 0.70–0.80), half of the 该公司 representatives' sentences (roll
0.35–0.40) and a quarter of the staff's (roll < 0.25, drawn but unused before): same rolls, so
every other sentence of a seed stays as it was; the stored persons' family ties carry their
relation (spouse), as FAMILY rows do.
``--show-errors`` lists each stored person's mention not linked to its node with what the letter
lacks (two characters, namesakes, the other county) and each mention taken for another identity's
node with the resolver's reason.

Figures: pairwise precision and recall of the merges (two mentions in one node ⇔ one true identity),
and the review queue: mentions that became a new node offered for review (SAME_AS_CANDIDATE), as a
share of all mentions. Also the mentions linked to the stored node of another identity (a stranger
taken for a stored person): a false merge that the pairwise figures count only when that person has
other mentions too. Targets (issue 11): precision ≥ 0.99, recall ≥ 0.90, review ≤ 10 %.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.demo.names import TRADE_WORDS, address, company_name, credit_code, phone
from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from ingest.matching import Context
from ingest.resolve import KnownIndex, Resolver, company_name_key, simplified

REGION = "示例县"
NEIGHBOUR = "示例邻县"          # the neighbouring county: its own agencies, officials, companies, letters
_ORGANS = ["财政局", "教育局", "卫生健康局", "水利局", "交通运输局", "住房和城乡建设局", "自然资源局", "农业农村局"]
AGENCIES = [REGION + o for o in _ORGANS]
NEIGHBOUR_AGENCIES = [NEIGHBOUR + o for o in _ORGANS]
N_COMPANIES = 60                # companies 0–59 in 示例县 …
N_NEIGHBOUR_COMPANIES = 30      # … and 60–89 in 示例邻县
POSTS = ["局长", "副局长", "科长", "副科长", "股长", "主任"]
MASKS = ["王某", "李某", "张某某", "刘某"]
STRANGER = "stranger (bare name, not in the graph)"
BARE_FORMS = ("bare name", STRANGER)

# ------------------------------------------------------------------------------------ names
# Every person of the bench world — stored or a stranger — is named by :func:`realistic_name`: a
# surname by its share of the population (the hundred commonest, rounded shares in per mille of
# the 2020 census tables), then a one-character given name (30 %), a whole common two-character
# given name (35 %: 秀英, 建华 …, Zipf-weighted) or two characters composed from common pools (35 %).
# The shares are rounded and the lists short, so names are *more* concentrated than real names:
# collisions between a stranger and a stored person happen at least as often as in life (the bench
# prints the rate).
_SURNAMES = (
    "王71 李70 张67 刘54 陈45 杨31 黄22 赵22 吴20 周19 徐18 孙15 马13 朱13 胡12 郭12 何11 林11 高11 罗10 "
    "郑9 梁9 谢8 宋7 唐7 许6 韩6 邓6 冯6 曹5 彭5 曾5 肖5 田5 董5 潘4 袁4 蔡4 蒋4 余4 于4 杜4 叶4 程4 "
    "魏4 苏4 吕4 丁4 任3 卢3 姚3 沈3 钟3 姜3 崔3 谭3 陆3 范3 汪3 廖3 石3 金3 韦2 贾2 夏2 付2 方2 邹2 "
    "熊2 白2 孟2 秦2 邱2 侯2 江2 尹2 薛2 闫2 段2 雷2 龙2 黎2 史2 陶2 贺2 毛1 郝1 顾1 龚1 邵1 万1 覃1 "
    "武1 钱1 戴1 严1 莫1 孔1 向1 常1 汤1")
SURNAME_WEIGHTS = [(w[0], int(w[1:])) for w in _SURNAMES.split()]
GIVEN_ONE = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华红萍燕斌波宇浩凯健俊帆旭宁龙林欢阳建亮成婷雪琳晶颖慧")
GIVEN_TWO = ("秀英 桂英 秀兰 玉兰 桂兰 秀珍 凤英 玉珍 玉英 兰英 玉梅 凤兰 建华 建国 建军 志强 志明 海燕 丽娟 红梅 "
             "春梅 晓东 国强 国华 文华 秀梅 玉华 桂芳 秀云 桂珍 志刚 小红 建平 海涛 晓燕 丽华 婷婷 静静 丹丹 "
             "欣怡 子涵 浩然 梓轩 雨桐 思远 佳怡 俊杰 文博 宇航 一鸣 立新 卫东 红霞 金凤 春华 永红 德明 国庆").split()
GIVEN_FIRST = list("建志国晓海文永德明春红玉秀丽小金立卫新宏世光")
GIVEN_SECOND = list("华强明军平杰峰林辉东刚勇波斌涛伟芳燕霞梅英兰玲琴萍")


def realistic_name(rng: random.Random) -> str:
    """One person's name drawn from the bench's name distribution (see above)."""
    surname = rng.choices([s for s, _ in SURNAME_WEIGHTS], [w for _, w in SURNAME_WEIGHTS])[0]
    roll = rng.random()
    if roll < 0.30:
        given = rng.choices(GIVEN_ONE, [1 / (r + 1) ** 0.9 for r in range(len(GIVEN_ONE))])[0]
    elif roll < 0.65:
        given = rng.choices(GIVEN_TWO, [1 / (r + 1) ** 0.9 for r in range(len(GIVEN_TWO))])[0]
    else:
        given = rng.choice(GIVEN_FIRST) + rng.choice(GIVEN_SECOND)
    return surname + given


@dataclass
class Identity:
    key: str                    # the true identity
    name: str
    kind: str                   # official | spouse | rep | staff | stranger
    agency: str | None = None
    post: str | None = None
    company: int | None = None
    mobile: str | None = None
    relative: Identity | None = None
    stored: str | None = None   # node id when the structured rows hold it
    region: str = REGION        # the county of its agency or company


@dataclass
class Letter:
    text: str = ""
    ents: list[dict[str, Any]] = field(default_factory=list)
    rels: list[dict[str, Any]] = field(default_factory=list)
    idents: list[dict[str, Any]] = field(default_factory=list)
    truth: dict[int, str] = field(default_factory=dict)   # PERSON entity index -> true identity
    form: dict[int, str] = field(default_factory=dict)    # PERSON entity index -> the form it was written in
    region: str = REGION                                   # the issuer's county

    def put(self, text: str, label: str | None = None) -> int:
        start = len(self.text)
        self.text += text
        if label is None:
            return -1
        self.ents.append({"start": start, "end": start + len(text), "label": label, "text": text})
        return len(self.ents) - 1

    def ident(self, kind: str, value: str) -> None:
        start = len(self.text)
        self.text += value
        self.idents.append({"type": kind, "start": start, "end": start + len(value), "text": value, "valid": True})


def company(i: int) -> tuple[str, str, str, str]:
    return company_name(i)[0], credit_code(i, company_region_code(i)), phone(i), address(i)


def trade_short(i: int) -> str | None:
    """The trade-name short form a letter writes for company ``i`` (示例华宇广厦园林绿化有限公司 →
    华宇广厦公司: its trade words after the place prefix 示例, then 公司) — only when it names one
    company of the bench world (no other company's name after 示例 starts so), as a reader needs."""
    name = company(i)[0].removeprefix("示例")
    trade = name[:2] + (name[2:4] if name[2:4] in TRADE_WORDS else "")
    others = [company(j)[0].removeprefix("示例") for j in range(N_COMPANIES + N_NEIGHBOUR_COMPANIES) if j != i]
    return None if any(o.startswith(trade) for o in others) else trade + "公司"


def company_region(i: int) -> str:
    return REGION if i < N_COMPANIES else NEIGHBOUR


def company_region_code(i: int) -> str:
    return "990100" if i < N_COMPANIES else "990200"


def _officials(prefix: str, agencies: list[str], n: int, n_with_company: int, first_company: int,
               name: Any, region: str) -> list[Identity]:
    """``n`` officials at ``agencies`` and their spouses (shareholders of a company for the first
    ``n_with_company``), officials first then spouses, in pairs."""
    out = []
    for k in range(n):
        o = Identity(f"{prefix}official-{k}", name(), "official", agency=agencies[k % len(agencies)],
                     post=POSTS[k % len(POSTS)], region=region)
        s = Identity(f"{prefix}spouse-{k}", name(), "spouse",
                     company=first_company + k if k < n_with_company else None, relative=o, region=region)
        o.relative = s
        out += [o, s]
    return out


def build_world(rng: random.Random) -> tuple[list[Identity], KnownIndex]:
    """Two counties' structured rows: 示例县 (eight agencies, 40 officials and spouses, 60 companies
    and representatives, 20 staff known only from letters) and 示例邻县 (eight agencies, 24 officials
    and spouses, 30 companies and representatives, 8 staff). Names are drawn with
    :func:`realistic_name`, so namesakes arise by chance as in life; deliberate namesakes on top:
    8 representatives of 示例县 share an official's name, 4 pairs of its representatives share a
    name, and 6 persons of 示例邻县 share the name of one of 示例县 (cross-county namesakes)."""
    idx = KnownIndex()
    for region, agencies in ((REGION, AGENCIES), (NEIGHBOUR, NEIGHBOUR_AGENCIES)):
        for name in agencies:
            idx.add_agency(make_id("agency", region, name), {"name": name, "region": region, "level": "county"})
    for i in range(N_COMPANIES + N_NEIGHBOUR_COMPANIES):
        name, code, tel, addr = company(i)
        cid = make_id("company", code)
        idx.add_company(cid, {"key": code, "name": name, "credit_code": code, "region": company_region(i)})
        idx.org_facts[cid] += [{"type": "HAS_PHONE", "number": tel}, {"type": "HAS_ADDRESS", "text": addr}]

    def name() -> str:
        while True:
            n = realistic_name(rng)
            if len(n) >= 2:
                return n

    people = _officials("", AGENCIES, 40, 30, 0, name, REGION)
    officials = people[0::2]
    reps = [Identity(f"rep-{i}", name(), "rep", company=i, mobile=f"13908{800000 + i * 7919 % 100000:06d}")
            for i in range(N_COMPANIES)]
    people += reps
    # namesakes: 8 representatives share an official's name, 4 pairs of representatives share a name
    for j in range(8):
        reps[40 + j].name = officials[j * 5].name
    for j in range(4):
        reps[50 + j].name = reps[j * 3].name
    staff = [Identity(f"staff-{k}", name(), "staff", company=30 + k, post="项目经理") for k in range(20)]
    people += staff
    # the neighbouring county: officials at its agencies (18 spouses hold its companies 60–77), the
    # representatives of its companies 60–89, staff at 78–85
    near = _officials("n-", NEIGHBOUR_AGENCIES, 24, 18, N_COMPANIES, name, NEIGHBOUR)
    near_reps = [Identity(f"n-rep-{i}", name(), "rep", company=i, region=NEIGHBOUR,
                          mobile=f"13807{700000 + i * 6007 % 100000:06d}")
                 for i in range(N_COMPANIES, N_COMPANIES + N_NEIGHBOUR_COMPANIES)]
    near_staff = [Identity(f"n-staff-{k}", name(), "staff", company=78 + k, post="项目经理", region=NEIGHBOUR)
                  for k in range(8)]
    # cross-county namesakes: 3 officials and 3 representatives of 示例邻县 named as persons of 示例县
    for j in range(3):
        near[j * 4].name = officials[j * 7 + 1].name
        near_reps[j * 5].name = reps[j * 9 + 2].name
    people += near + near_reps + near_staff
    # the structured rows: what the graph holds, with the contexts KnownIndex reads from it
    for p in people:
        if p.kind == "staff":
            continue
        h = make_id("person", p.key)[7:]
        if p.kind == "official":
            aid = make_id("agency", p.region, p.agency)
            p.stored = make_id("official", aid, p.name)
            idx.add_person(p.stored, {"name": p.name, "agency_id": aid, "position": p.post}, "Official")
        else:
            p.stored = make_id("person", p.name, h)
            idx.add_person(p.stored, {"name": p.name, "context": h}, "Person")
    for p in people:
        if p.stored is None:
            continue
        ctx = Context(regions={p.region})
        if p.kind == "official":
            aid = make_id("agency", p.region, p.agency)
            ctx.orgs[aid] = {"WORKS_AT", p.post or ""}
            ctx.org_names[aid] = p.agency or ""
        if p.company is not None and p.kind in ("spouse", "rep"):
            cname, code, tel, addr = company(p.company)
            cid = make_id("company", code)
            ctx.orgs[cid] = {"SHAREHOLDER_OF"} | ({"LEGAL_REP_OF"} if p.kind == "rep" else set())
            ctx.org_names[cid] = company_name_key(cname)
            ctx.codes.add(code)
            ctx.org_phones.add(tel)
            ctx.org_addresses.add(simplified(addr))
        if p.mobile:
            ctx.phones.add(p.mobile)
        if p.relative is not None:   # an official's spouse, and the spouse's official: FAMILY spouse
            ctx.relatives.add(p.relative.name)
            ctx.kin[p.relative.name] = {"spouse"}
        idx.contexts[p.stored] = ctx
    return people, idx


# ----------------------------------------------------------------------------------- mentions
def _official_in_spouse_sentence(letter: Letter, o: Identity) -> None:
    """The official a spouse sentence names first: agency + post + name, a mention of its own."""
    a = letter.put(o.agency or "", "AGENCY")
    pos = letter.put(o.post or "", "POSITION")
    ow = letter.put(o.name, "PERSON")
    letter.rels.append({"type": "HOLDS_POSITION", "from": ow, "to": pos, "org": a})
    letter.truth[ow] = o.key
    letter.form[ow] = "agency+post+name (spouse sentence)"


def mention(letter: Letter, p: Identity, rng: random.Random, *, bare_ok: bool = True) -> str:
    """Write one sentence naming ``p`` in a form real letters use; returns the form's name.

    ``bare_ok=False`` (the letter names another person of this name): never the bare name — a
    reader takes 经询问，范强丽… for the 范强丽 the letter placed, so a bare mention of a namesake
    would be a gold no reader of the text can reach. The roll is drawn all the same (the rest of
    the letters of a seed stay as they were)."""
    roll = rng.random()
    if not bare_ok and roll >= 0.92 and p.kind in ("official", "rep"):
        roll = 0.0 if p.kind == "official" else 0.8   # agency+post+name / name + own mobile
    if p.kind == "official":
        if roll < 0.45:
            a = letter.put(p.agency or "", "AGENCY")
            pos = letter.put(p.post or "", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": a})
            form = "agency+post+name"
        elif roll < 0.55:
            # the agency in one sentence, 该局 + post + name in the next (added 2026-12-06)
            letter.put(p.agency or "", "AGENCY")
            letter.put("在有关采购项目中存在违规行为，经初步核查，情况基本属实。该局")
            pos = letter.put(p.post or "", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": None})
            form = "agency. 该局+post+name"
        elif roll < 0.80:
            who = letter.put(p.name, "PERSON")
            letter.put("（")
            a = letter.put(p.agency or "", "AGENCY")
            pos = letter.put(p.post or "", "POSITION")
            letter.put("）")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": a})
            form = "name(agency post)"
        elif roll < 0.92:
            letter.put("据反映，")
            who = letter.put(p.name, "PERSON")
            letter.put("与其配偶")
            assert p.relative is not None
            # the spouse's name is a mention too: the extractor reads a name after a kin word
            # (其弟X, X的配偶Y); before 2026-12-06 21:30 UTC it was written but not labelled
            sp = letter.put(p.relative.name, "PERSON")
            letter.truth[sp] = p.relative.key
            letter.form[sp] = "spouse after 与其配偶 (beside the official)"
            letter.put("共同经营")
            form = "name+spouse"
        else:
            letter.put("经询问，")
            who = letter.put(p.name, "PERSON")
            form = "bare name"
        letter.truth[who] = p.key
        letter.form[who] = form
        letter.put("存在利用职务便利谋取利益问题。")
        return form
    if p.kind == "spouse":
        o = p.relative
        assert o is not None
        if roll < 0.5 and p.company is not None:
            _official_in_spouse_sentence(letter, o)
            letter.put("的配偶")
            who = letter.put(p.name, "PERSON")
            letter.put("系")
            letter.put(company(p.company)[0], "COMPANY")
            sh = letter.put("股东", "POSITION")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": sh, "org": None})
            form = "official's spouse, shareholder"
        elif roll < 0.8 and p.company is not None:
            # one in three of these lines names the company by its trade name (added 2026-12-06 evening)
            short = trade_short(p.company) if roll >= 0.7 else None
            letter.put(short or company(p.company)[0], "COMPANY")
            sh = letter.put("股东", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": sh, "org": None})
            letter.put("，联系电话")
            letter.ident("phone", company(p.company)[2])
            form = "trade name 股东 name, company phone" if short else "company 股东 name, company phone"
        elif roll < 0.85:
            who = letter.put(p.name, "PERSON")
            letter.put(f"（{o.name}之配偶）")
            form = "name (official's spouse)"
        else:
            # the official placed and described first, the spouse in the next sentence by 其配偶 —
            # the kin word points back past the window a name is read in (added 2026-12-06)
            _official_in_spouse_sentence(letter, o)
            letter.put("，1975年出生，2016年起任现职。其配偶")
            who = letter.put(p.name, "PERSON")
            letter.put("对此知情")
            form = "其配偶 name, official described before"
        letter.truth[who] = p.key
        letter.form[who] = form
        letter.put("。")
        return form
    if p.kind == "rep":
        assert p.company is not None
        name, code, tel, _ = company(p.company)
        if 0.35 <= roll < 0.45:
            # the company in one sentence, 该公司法定代表人 + name in the next (added 2026-12-06); half
            # of them name the company by its trade name (added 2026-12-06 evening)
            short = trade_short(p.company) if roll < 0.40 else None
            letter.put(short or name, "COMPANY")
            letter.put("中标了有关采购项目，经初步核查，存在串通投标行为。该公司")
            pos = letter.put("法定代表人", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": None})
            form = "trade name. 该公司法定代表人 name" if short else "company. 该公司法定代表人 name"
        elif roll < 0.45:
            c = letter.put(name, "COMPANY")
            letter.put("（统一社会信用代码：")
            letter.ident("credit_code", code)
            letter.put("）")
            pos = letter.put("法定代表人", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "LEGAL_REP", "from": who, "to": c})
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": c})
            form = "company (code) 法定代表人 name"
        elif roll < 0.75:
            letter.put("当事人：")
            c = letter.put(name, "COMPANY")
            letter.put("\n法定代表人：")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "LEGAL_REP", "from": who, "to": c})
            letter.put("\n联系电话：")
            letter.ident("phone", p.mobile or tel)
            form = "register row: company, 法定代表人, mobile"
        elif roll < 0.92:
            who = letter.put(p.name, "PERSON")
            if p.company % 2:   # both ways letters write it (no roll: the seed's letters stay as they were)
                letter.put("（联系电话：")
                letter.ident("phone", p.mobile or "")
                letter.put("）")
            else:
                letter.put("，手机")
                letter.ident("phone", p.mobile or "")
            form = "name + own mobile"
        else:
            letter.put("经询问，")
            who = letter.put(p.name, "PERSON")
            form = "bare name"
        letter.truth[who] = p.key
        letter.form[who] = form
        letter.put("。\n")
        return form
    # staff known only from letters; one in four by the company's trade name (the roll drawn above,
    # unused before 2026-12-06 evening)
    assert p.company is not None
    short = trade_short(p.company) if roll < 0.25 else None
    c = letter.put(short or company(p.company)[0], "COMPANY")
    pos = letter.put(p.post or "", "POSITION")
    who = letter.put(p.name, "PERSON")
    letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": c})
    form = "trade name 项目经理 name (letters only)" if short else "company 项目经理 name (letters only)"
    letter.truth[who] = p.key
    letter.form[who] = form
    letter.put("参与投标。")
    return form


def _names_written(p: Identity) -> set[str]:
    """The names a sentence about ``p`` writes: its own, and its spouse's (an official's beside a
    spouse, a spouse's after 与其配偶)."""
    return {p.name} | ({p.relative.name} if p.kind in ("spouse", "official") and p.relative is not None else set())


def to_traditional(letter: Letter) -> Letter:
    """The same letter in traditional characters (offsets kept: s2t maps character by character)."""
    import opencc

    conv = opencc.OpenCC("s2t")
    out = Letter(conv.convert(letter.text), [], letter.rels, letter.idents, letter.truth, letter.form, letter.region)
    for e in letter.ents:
        text = out.text[e["start"]:e["end"]]
        out.ents.append({**e, "text": text})
    return out


STRANGER_FORMS = ("经询问，{}称其对此不知情", "证人{}证实，相关款项已支付", "据其亲属{}反映，该项目未公开招标")


def stranger(letter: Letter, key: str, name: str, rng: random.Random) -> str:
    """A person the graph does not hold, named bare — a witness, a member of staff, a relative
    (经询问，X称…): its true identity is new."""
    before, after = rng.choice(STRANGER_FORMS).split("{}")
    letter.put(before)
    who = letter.put(name, "PERSON")
    letter.put(after + "。")
    letter.truth[who] = key
    letter.form[who] = STRANGER
    return STRANGER


def make_letters(people: list[Identity], n: int, rng: random.Random) -> list[tuple[Letter, list[str]]]:
    """``n`` letters: seven in ten issued by an agency of 示例县, three by one of 示例邻县; each names
    2–4 persons — one in twenty a masked employee, 15 % a stranger named bare (a name drawn like
    everyone's, never one already written in the letter), the rest a stored person or staff member,
    85 % of them of the issuer's county."""
    letters = []
    pools = {r: [p for p in people if p.region == r] for r in (REGION, NEIGHBOUR)}
    weights = {r: [3 if p.kind in ("official", "rep") else 2 for p in pools[r]] for r in pools}
    for k in range(n):
        region = NEIGHBOUR if rng.random() < 0.3 else REGION
        letter = Letter(region=region)
        agencies = AGENCIES if region == REGION else NEIGHBOUR_AGENCIES
        head = letter.put(agencies[k % len(agencies)], "AGENCY")
        letter.put(f"\n关于有关问题线索的函\n示财函〔2024〕{k + 1}号\n\n    ")
        forms = []
        for _ in range(rng.choice((2, 3, 3, 4))):
            roll = rng.random()
            if roll < 0.05:
                lo, hi = (0, N_COMPANIES) if region == REGION else (N_COMPANIES, N_COMPANIES + N_NEIGHBOUR_COMPANIES)
                letter.put(company(rng.randrange(lo, hi))[0], "COMPANY")
                letter.put("员工")
                who = letter.put(rng.choice(MASKS), "PERSON")
                letter.truth[who] = f"masked-{k}-{who}"
                letter.form[who] = "masked"
                letter.put("反映情况。")
                forms.append("masked")
                continue
            written = {letter.ents[i]["text"] for i in letter.truth}
            if roll < 0.20:
                name = realistic_name(rng)
                while name in written or len(name) < 2:
                    name = realistic_name(rng)
                forms.append(stranger(letter, f"stranger-{k}-{len(letter.ents)}", name, rng))
                continue
            home = region if rng.random() < 0.85 else (NEIGHBOUR if region == REGION else REGION)
            pool = pools[home]
            p = rng.choices(pool, weights[home])[0]
            # one name, two identities in a letter only when the text tells them apart: never a
            # bare name (经询问，某某…) beside a namesake — the reader takes it for the one placed
            named = [(letter.ents[i]["text"], t, letter.form[i]) for i, t in letter.truth.items()]
            k0 = pool.index(p)
            while any(n in _names_written(p) and t != p.key and f in BARE_FORMS for n, t, f in named):
                k0 = (k0 + 1) % len(pool)   # deterministic: the seed's rolls stay as they were
                p = pool[k0]
            bare_ok = not any(n == p.name and t != p.key for n, t, _ in named)
            forms.append(mention(letter, p, rng, bare_ok=bare_ok))
        letter.put("\n\n" + agencies[k % len(agencies)] + "\n2024年3月1日\n")
        assert head == 0
        letters.append((to_traditional(letter) if rng.random() < 0.2 else letter, forms))
    return letters


# ------------------------------------------------------------------------------------- scoring
def bench_directory() -> AgencyDirectory:
    """The built-in reference data plus the bench's two counties, as a deployment loads its own
    counties (so 示例邻县财政局 named in a letter of 示例县 is placed in 示例邻县, as a real
    neighbouring county's agency is placed by the gazetteer)."""
    directory = AgencyDirectory.load()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench_counties.yaml"
        path.write_text("localities:\n" + "".join(
            f"  - {{region: {r}, parent_region: 示例市, level: county}}\n" for r in (REGION, NEIGHBOUR)),
            encoding="utf-8")
        directory.add_file(path)
    return directory


def run(seed: int, n_letters: int, show_errors: bool, *, merge_unplaced: bool = True) -> dict[str, Any]:
    rng = random.Random(seed)
    people, idx = build_world(rng)
    resolver = Resolver(directory=bench_directory(), index=idx, merge_unplaced=merge_unplaced)
    letters = make_letters(people, n_letters, rng)
    node_of: list[tuple[str, str, str, str]] = []     # (true identity, node, form, letter)
    reviewed = 0
    forms: Counter[str] = Counter()
    review_forms: Counter[str] = Counter()
    stored = {p.key: p.stored for p in people}
    stored_names: dict[str, list[Identity]] = defaultdict(list)
    for p in people:
        if p.stored is not None:
            stored_names[p.name].append(p)
    detail: list[tuple[str, str, str, bool]] = []   # per mention (--show-errors): name, letter's county, reason, offered
    collide = [0, 0, 0]     # strangers; sharing a stored person's name; … its only one (≥ 3 characters) in the letter's county
    for k, (letter, lforms) in enumerate(letters):
        extraction = {"entities": letter.ents, "relations": letter.rels, "identifiers": letter.idents,
                      "doc": {"issuer": 0}, "aliases": {}}
        res = resolver.resolve(extraction, letter.text, doc_key=f"doc:bench{k:04d}")
        offered = {c.start for c in res.candidates}
        for i, truth in letter.truth.items():
            if letter.form.get(i) == STRANGER:
                name = simplified(letter.ents[i]["text"])
                namesakes = stored_names.get(name, [])
                collide[0] += 1
                collide[1] += bool(namesakes)
                collide[2] += len(name) >= 3 and len(namesakes) == 1 and namesakes[0].region == letter.region
            node = res.entity_nodes.get(i)
            assert node is not None, letter.ents[i]
            node_of.append((truth, node, letter.form.get(i, "?"), f"letter {k}"))
            if show_errors:
                made = res.nodes.get(node)
                detail.append((simplified(letter.ents[i]["text"]), letter.region, made.reason if made else "",
                               node in offered))
            if node in offered:
                reviewed += 1
                review_forms[letter.form.get(i, "?")] += 1
        forms.update(lforms)
        idx.add_resolution(res)
    # pairwise
    tp = fp = fn = 0
    errors: list[str] = []
    owner = {v: k for k, v in stored.items() if v is not None}
    for (t1, n1, _, l1), (t2, n2, _, l2) in itertools.combinations(node_of, 2):
        same_t, same_n = t1 == t2, n1 == n2
        tp += same_t and same_n
        fp += same_n and not same_t
        fn += same_t and not same_n
        if same_n and not same_t and len(errors) < 20:
            errors.append(f"FALSE MERGE {t1} / {t2} in {n1} ({l1}, {l2})")
    if show_errors:   # how each mention taken for another identity's stored node was written, and why
        for (t, n, f, where), (name, _, reason, _) in zip(node_of, detail, strict=True):
            if n in owner and owner[n] != t:
                errors.append(f"TAKEN {t} {name} as {f} ({where}) for {owner[n]} — {reason}")
    placed = [m for m in node_of if m[2] not in (*BARE_FORMS, "masked")]
    ptp = sum(1 for a, b in itertools.combinations(placed, 2) if a[0] == b[0] and a[1] == b[1])
    pfn = sum(1 for a, b in itertools.combinations(placed, 2) if a[0] == b[0] and a[1] != b[1])
    mentions = len(node_of)
    out = {"recall_placed": ptp / (ptp + pfn) if ptp + pfn else 1.0, "bare": len(node_of) - len(placed), "mentions": mentions, "letters": n_letters, "identities": len({t for t, *_ in node_of}),
           "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
           "review": reviewed, "review_share": reviewed / mentions, "pairs": (tp, fp, fn), "forms": forms}
    out["review_forms"] = review_forms
    out["strangers"] = tuple(collide)
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong: Counter[str] = Counter()     # mentions linked to the stored node of another identity, by form
    for t, n, f, _ in node_of:
        total[f] += 1
        hit[f] += stored.get(t) == n
        if n in owner and owner[n] != t:
            wrong[f] += 1
    out["wrongly_linked"] = wrong
    out["linked"] = {f: (hit[f], total[f]) for f in total}
    if show_errors:
        by_truth: dict[str, set[str]] = defaultdict(set)
        for t, n, _, _ in node_of:
            by_truth[t].add(n)
        for t, nodes in sorted(by_truth.items()):
            if len(nodes) > 1:
                errors.append(f"SPLIT {t}: {len(nodes)} nodes")
        # each mention of a stored identity not linked to its node, with what the letter gave
        person = {p.key: p for p in people}
        causes: Counter[str] = Counter()
        for (t, n, f, where), (name, county, reason, was_offered) in zip(node_of, detail, strict=True):
            p = person.get(t)
            if p is None or p.stored is None or p.stored == n:
                continue
            why = [w for w, holds in (("two characters", len(name) < 3),
                                      (f"{len(stored_names[name])} stored persons of the name",
                                       len(stored_names[name]) > 1),
                                      ("of the other county", p.region != county)) if holds] or ["?"]
            causes[f"{f}: {' + '.join(why)}"] += 1
            errors.append(f"MISSED {t} {name} as {f} ({where}): {', '.join(why)}; "
                          f"{'offered for review' if was_offered else 'a new node'} — {reason}")
        out["miss_causes"] = causes
        out["errors"] = errors
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--letters", type=int, default=120)
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--review-unplaced", action="store_true",
                    help="LIANDONG_UNPLACED_NAMES=review: a bare full name, the county's only namesake, is offered, not merged")
    a = ap.parse_args()
    r = run(a.seed, a.letters, a.show_errors, merge_unplaced=not a.review_unplaced)
    tp, fp, fn = r["pairs"]
    print(f"entity resolution: {r['mentions']} person mentions in {r['letters']} letters and register rows, "
          f"{r['identities']} true identities (seed {a.seed})")
    print(f"  pairwise precision {r['precision']:.4f}  (target ≥ 0.99)   true/false merged pairs {tp}/{fp}")
    print(f"  pairwise recall    {r['recall']:.4f}  (target ≥ 0.90)   pairs left apart {fn}")
    print(f"  recall without the {r['bare']} bare-name and masked mentions (masked: never merged; bare: only as "
          f"the sole namesake in the letter's county): "
          f"{r['recall_placed']:.4f}")
    print(f"  review queue       {r['review']} mentions = {r['review_share']:.1%} of mentions  (target ≤ 10 %)")
    wrong = r["wrongly_linked"]
    print(f"  mentions linked to another identity's stored node: {sum(wrong.values())} "
          f"(strangers {wrong[STRANGER]}; a false merge the pairwise figures miss when that person has no other mention)")
    n, same, sole = r["strangers"]
    print(f"  strangers (not in the graph, named bare): {n}; sharing a stored person's name {same} ({same / max(n, 1):.0%}); "
          f"of them the graph's only person of that name (≥ 3 characters) in the letter's county {sole}")
    print("  forms: " + ", ".join(f"{k} {v}" for k, v in r["forms"].most_common()))
    if a.show_errors:
        print("  review by form: " + ", ".join(f"{k} {v}" for k, v in r["review_forms"].most_common()))
        print("  linked to the stored node, by form: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in sorted(r["linked"].items())))
    if a.show_errors:
        print("  stored identities' mentions not linked to their node, by form and what the letter lacks: "
              + ", ".join(f"{k} {v}" for k, v in r["miss_causes"].most_common()))
    for e in r.get("errors", []):
        print("  " + e)


if __name__ == "__main__":
    main()
