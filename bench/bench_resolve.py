"""Entity-resolution benchmark: person mentions with known true identities, resolved by the real
resolver (ingest/resolve.py + ingest/matching.py), scored pairwise.

    .venv/bin/python bench/bench_resolve.py [--seed 11] [--letters 120] [--show-errors]

The world (fictional, 示例县): officials at eight agencies, their spouses (shareholders of
companies), the legal representatives of sixty companies with their own mobiles, staff known only
from letters, and deliberate namesakes (a legal representative who shares an official's or another
representative's name). The officials, spouses and representatives are the *structured rows*
already in the graph (an in-memory :class:`KnownIndex` with the contexts the graph would give:
organisation and role, relatives, phones, credit codes, regions). Then letters and register rows
mention them in the forms real letters use — agency + post + name, name (agency post), 某某的配偶,
company (credit code) 法定代表人, 股东 lines, phone lines, a bare name, traditional characters in
one letter out of five, masked names (王某). Every agency and company of this world is in one county,
so no rule that reads the letter's locality is tested here beyond "the graph's only person of that
name"; and a bare name (经询问，某某…) here is always a stored person, never a stranger who shares
a stored name. Each letter is resolved in turn (what one letter
introduces is known to the next), as ingestion does; the extraction is built with the text, so the
NER model is not under test here.

Figures: pairwise precision and recall of the merges (two mentions in one node ⇔ one true identity),
and the review queue: mentions that became a new node offered for review (SAME_AS_CANDIDATE), as a
share of all mentions. Targets (issue 11): precision ≥ 0.99, recall ≥ 0.90, review ≤ 10 %.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graph.demo.names import address, company_name, credit_code, person_name, phone
from graph.ids import make_id
from ingest.matching import Context
from ingest.resolve import KnownIndex, Resolver, company_name_key, simplified

REGION = "示例县"
AGENCIES = ["示例县财政局", "示例县教育局", "示例县卫生健康局", "示例县水利局", "示例县交通运输局",
            "示例县住房和城乡建设局", "示例县自然资源局", "示例县农业农村局"]
POSTS = ["局长", "副局长", "科长", "副科长", "股长", "主任"]
MASKS = ["王某", "李某", "张某某", "刘某"]


@dataclass
class Identity:
    key: str                    # the true identity
    name: str
    kind: str                   # official | spouse | rep | staff
    agency: str | None = None
    post: str | None = None
    company: int | None = None
    mobile: str | None = None
    relative: Identity | None = None
    stored: str | None = None   # node id when the structured rows hold it


@dataclass
class Letter:
    text: str = ""
    ents: list[dict[str, Any]] = field(default_factory=list)
    rels: list[dict[str, Any]] = field(default_factory=list)
    idents: list[dict[str, Any]] = field(default_factory=list)
    truth: dict[int, str] = field(default_factory=dict)   # PERSON entity index -> true identity
    form: dict[int, str] = field(default_factory=dict)    # PERSON entity index -> the form it was written in

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
    return company_name(i)[0], credit_code(i), phone(i), address(i)


def build_world(rng: random.Random) -> tuple[list[Identity], KnownIndex]:
    idx = KnownIndex()
    for name in AGENCIES:
        idx.add_agency(make_id("agency", REGION, name), {"name": name, "region": REGION, "level": "county"})
    for i in range(60):
        name, code, tel, addr = company(i)
        cid = make_id("company", code)
        idx.add_company(cid, {"key": code, "name": name, "credit_code": code, "region": REGION})
        idx.org_facts[cid] += [{"type": "HAS_PHONE", "number": tel}, {"type": "HAS_ADDRESS", "text": addr}]
    people: list[Identity] = []
    used: set[str] = set()

    def fresh_name() -> str:
        while True:
            n = person_name(rng)
            if len(n) >= 2 and n not in used:
                used.add(n)
                return n

    officials = []
    for k in range(40):
        o = Identity(f"official-{k}", fresh_name(), "official", agency=AGENCIES[k % len(AGENCIES)], post=POSTS[k % len(POSTS)])
        s = Identity(f"spouse-{k}", fresh_name(), "spouse", company=k if k < 30 else None, relative=o)
        o.relative = s
        officials.append(o)
        people += [o, s]
    reps = []
    for i in range(60):
        r = Identity(f"rep-{i}", fresh_name(), "rep", company=i, mobile=f"1390{800000 + i * 7919 % 100000:06d}"[:11])
        reps.append(r)
        people.append(r)
    # namesakes: 8 representatives share an official's name, 4 pairs of representatives share a name
    for j in range(8):
        reps[40 + j].name = officials[j * 5].name
    for j in range(4):
        reps[50 + j].name = reps[j * 3].name
    staff = [Identity(f"staff-{k}", fresh_name(), "staff", company=30 + k, post="项目经理") for k in range(20)]
    people += staff
    # the structured rows: what the graph holds, with the contexts KnownIndex reads from it
    for p in people:
        if p.kind == "staff":
            continue
        h = make_id("person", p.key)[7:]
        if p.kind == "official":
            aid = make_id("agency", REGION, p.agency)
            p.stored = make_id("official", aid, p.name)
            idx.add_person(p.stored, {"name": p.name, "agency_id": aid, "position": p.post}, "Official")
        else:
            p.stored = make_id("person", p.name, h)
            idx.add_person(p.stored, {"name": p.name, "context": h}, "Person")
    for p in people:
        if p.stored is None:
            continue
        ctx = Context(regions={REGION})
        if p.kind == "official":
            aid = make_id("agency", REGION, p.agency)
            ctx.orgs[aid] = {"WORKS_AT", p.post or ""}
            ctx.org_names[aid] = p.agency or ""
        if p.company is not None and p.kind in ("spouse", "rep"):
            name, code, tel, addr = company(p.company)
            cid = make_id("company", code)
            ctx.orgs[cid] = {"SHAREHOLDER_OF"} | ({"LEGAL_REP_OF"} if p.kind == "rep" else set())
            ctx.org_names[cid] = company_name_key(name)
            ctx.codes.add(code)
            ctx.org_phones.add(tel)
            ctx.org_addresses.add(simplified(addr))
        if p.mobile:
            ctx.phones.add(p.mobile)
        if p.relative is not None:
            ctx.relatives.add(p.relative.name)
        idx.contexts[p.stored] = ctx
    return people, idx


# ----------------------------------------------------------------------------------- mentions
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
        if roll < 0.55:
            a = letter.put(p.agency or "", "AGENCY")
            pos = letter.put(p.post or "", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": a})
            form = "agency+post+name"
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
            letter.put(p.relative.name)
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
            a = letter.put(o.agency or "", "AGENCY")
            pos = letter.put(o.post or "", "POSITION")
            ow = letter.put(o.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": ow, "to": pos, "org": a})
            letter.truth[ow] = o.key
            letter.form[ow] = "agency+post+name (spouse sentence)"
            letter.put("的配偶")
            who = letter.put(p.name, "PERSON")
            letter.put("系")
            letter.put(company(p.company)[0], "COMPANY")
            sh = letter.put("股东", "POSITION")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": sh, "org": None})
            form = "official's spouse, shareholder"
        elif roll < 0.8 and p.company is not None:
            letter.put(company(p.company)[0], "COMPANY")
            sh = letter.put("股东", "POSITION")
            who = letter.put(p.name, "PERSON")
            letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": sh, "org": None})
            letter.put("，联系电话")
            letter.ident("phone", company(p.company)[2])
            form = "company 股东 name, company phone"
        else:
            who = letter.put(p.name, "PERSON")
            letter.put(f"（{o.name}之配偶）")
            form = "name (official's spouse)"
        letter.truth[who] = p.key
        letter.form[who] = form
        letter.put("。")
        return form
    if p.kind == "rep":
        assert p.company is not None
        name, code, tel, _ = company(p.company)
        if roll < 0.45:
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
    # staff known only from letters
    assert p.company is not None
    c = letter.put(company(p.company)[0], "COMPANY")
    pos = letter.put(p.post or "", "POSITION")
    who = letter.put(p.name, "PERSON")
    letter.rels.append({"type": "HOLDS_POSITION", "from": who, "to": pos, "org": c})
    letter.truth[who] = p.key
    letter.form[who] = "company 项目经理 name (letters only)"
    letter.put("参与投标。")
    return "company 项目经理 name (letters only)"


def _names_written(p: Identity) -> set[str]:
    """The names a sentence about ``p`` writes: its own, and an official's beside a spouse."""
    return {p.name} | ({p.relative.name} if p.kind == "spouse" and p.relative is not None else set())


def to_traditional(letter: Letter) -> Letter:
    """The same letter in traditional characters (offsets kept: s2t maps character by character)."""
    import opencc

    conv = opencc.OpenCC("s2t")
    out = Letter(conv.convert(letter.text), [], letter.rels, letter.idents, letter.truth, letter.form)
    for e in letter.ents:
        text = out.text[e["start"]:e["end"]]
        out.ents.append({**e, "text": text})
    return out


def make_letters(people: list[Identity], n: int, rng: random.Random) -> list[tuple[Letter, list[str]]]:
    letters = []
    weights = [3 if p.kind in ("official", "rep") else 2 for p in people]
    for k in range(n):
        letter = Letter()
        head = letter.put(AGENCIES[k % len(AGENCIES)], "AGENCY")
        letter.put(f"\n关于有关问题线索的函\n示财函〔2024〕{k + 1}号\n\n    ")
        forms = []
        for _ in range(rng.choice((2, 3, 3, 4))):
            if rng.random() < 0.05:
                letter.put(company(rng.randrange(60))[0], "COMPANY")
                letter.put("员工")
                who = letter.put(rng.choice(MASKS), "PERSON")
                letter.truth[who] = f"masked-{k}-{who}"
                letter.form[who] = "masked"
                letter.put("反映情况。")
                forms.append("masked")
                continue
            p = rng.choices(people, weights)[0]
            # one name, two identities in a letter only when the text tells them apart: never a
            # bare name (经询问，某某…) beside a namesake — the reader takes it for the one placed
            named = [(letter.ents[i]["text"], t, letter.form[i]) for i, t in letter.truth.items()]
            k0 = people.index(p)
            while any(n in _names_written(p) and t != p.key and f == "bare name" for n, t, f in named):
                k0 = (k0 + 1) % len(people)   # deterministic: the seed's rolls stay as they were
                p = people[k0]
            bare_ok = not any(n == p.name and t != p.key for n, t, _ in named)
            forms.append(mention(letter, p, rng, bare_ok=bare_ok))
        letter.put("\n\n" + AGENCIES[k % len(AGENCIES)] + "\n2024年3月1日\n")
        assert head == 0
        letters.append((to_traditional(letter) if rng.random() < 0.2 else letter, forms))
    return letters


# ------------------------------------------------------------------------------------- scoring
def run(seed: int, n_letters: int, show_errors: bool) -> dict[str, Any]:
    rng = random.Random(seed)
    people, idx = build_world(rng)
    resolver = Resolver(index=idx)
    letters = make_letters(people, n_letters, rng)
    node_of: list[tuple[str, str, str, str]] = []     # (true identity, node, form, letter)
    reviewed = 0
    forms: Counter[str] = Counter()
    review_forms: Counter[str] = Counter()
    stored = {p.key: p.stored for p in people}
    for k, (letter, lforms) in enumerate(letters):
        extraction = {"entities": letter.ents, "relations": letter.rels, "identifiers": letter.idents,
                      "doc": {"issuer": 0}, "aliases": {}}
        res = resolver.resolve(extraction, letter.text, doc_key=f"doc:bench{k:04d}")
        offered = {c.start for c in res.candidates}
        for i, truth in letter.truth.items():
            node = res.entity_nodes.get(i)
            assert node is not None, letter.ents[i]
            node_of.append((truth, node, letter.form.get(i, "?"), f"letter {k}"))
            if node in offered:
                reviewed += 1
                review_forms[letter.form.get(i, "?")] += 1
        forms.update(lforms)
        idx.add_resolution(res)
    # pairwise
    tp = fp = fn = 0
    errors: list[str] = []
    for (t1, n1, _, l1), (t2, n2, _, l2) in itertools.combinations(node_of, 2):
        same_t, same_n = t1 == t2, n1 == n2
        tp += same_t and same_n
        fp += same_n and not same_t
        fn += same_t and not same_n
        if same_n and not same_t and len(errors) < 20:
            errors.append(f"FALSE MERGE {t1} / {t2} in {n1} ({l1}, {l2})")
    placed = [m for m in node_of if m[2] not in ("bare name", "masked")]
    ptp = sum(1 for a, b in itertools.combinations(placed, 2) if a[0] == b[0] and a[1] == b[1])
    pfn = sum(1 for a, b in itertools.combinations(placed, 2) if a[0] == b[0] and a[1] != b[1])
    mentions = len(node_of)
    out = {"recall_placed": ptp / (ptp + pfn) if ptp + pfn else 1.0, "bare": len(node_of) - len(placed), "mentions": mentions, "letters": n_letters, "identities": len({t for t, *_ in node_of}),
           "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 1.0,
           "review": reviewed, "review_share": reviewed / mentions, "pairs": (tp, fp, fn), "forms": forms}
    out["review_forms"] = review_forms
    hit: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for t, n, f, _ in node_of:
        total[f] += 1
        hit[f] += stored.get(t) == n
    out["linked"] = {f: (hit[f], total[f]) for f in total}
    if show_errors:
        by_truth: dict[str, set[str]] = defaultdict(set)
        for t, n, _, _ in node_of:
            by_truth[t].add(n)
        for t, nodes in sorted(by_truth.items()):
            if len(nodes) > 1:
                errors.append(f"SPLIT {t}: {len(nodes)} nodes")
        out["errors"] = errors
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--letters", type=int, default=120)
    ap.add_argument("--show-errors", action="store_true")
    a = ap.parse_args()
    r = run(a.seed, a.letters, a.show_errors)
    tp, fp, fn = r["pairs"]
    print(f"entity resolution: {r['mentions']} person mentions in {r['letters']} letters and register rows, "
          f"{r['identities']} true identities (seed {a.seed})")
    print(f"  pairwise precision {r['precision']:.4f}  (target ≥ 0.99)   true/false merged pairs {tp}/{fp}")
    print(f"  pairwise recall    {r['recall']:.4f}  (target ≥ 0.90)   pairs left apart {fn}")
    print(f"  recall without the {r['bare']} bare-name and masked mentions (never merged on the name alone): "
          f"{r['recall_placed']:.4f}")
    print(f"  review queue       {r['review']} mentions = {r['review_share']:.1%} of mentions  (target ≤ 10 %)")
    print("  forms: " + ", ".join(f"{k} {v}" for k, v in r["forms"].most_common()))
    if a.show_errors:
        print("  review by form: " + ", ".join(f"{k} {v}" for k, v in r["review_forms"].most_common()))
        print("  linked to the stored node, by form: " + ", ".join(f"{k} {h}/{n}" for k, (h, n) in sorted(r["linked"].items())))
    for e in r.get("errors", []):
        print("  " + e)


if __name__ == "__main__":
    main()
