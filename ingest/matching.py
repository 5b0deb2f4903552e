"""Scores that say how likely a mention is an entity already in the graph (nomenklatura's
``matching/`` in small): name similarity times the evidence the document gives.

The formula — one number in [0, 1] per (mention, candidate node)::

    score = sim(name) × (1 − (1 − prior) × Π (1 − w_f))      over the evidence features f that hold

* ``sim`` is 1.0 when the two names are equal in their comparison form (NFKC, traditional →
  simplified, no spaces); otherwise ``rapidfuzz.fuzz.ratio / 100`` (a one-character difference in a
  three-character name is 0.67), so a near name alone can reach the review queue but never an
  automatic merge.
* ``prior`` is what the name alone says: 0.35 for a name of three or more characters, 0.15 for a
  two-character one (张伟, 李明 are too common). Masked names (王某, 李**) are never scored.
* the evidence features and their weights (:data:`WEIGHTS`) are read from the document around the
  mention and from the candidate's neighbourhood in the graph (:class:`Context`): the organisation
  the document ties the mention to (``org_rel``), an organisation of the candidate named anywhere
  in the document (``org_doc``), the role or post (``role``), a credit code of its organisation
  (``code``), its own phone / its organisation's phone (``phone`` / ``org_phone``), address
  (``address`` / ``org_address``), a relative or associate named in the document (``relative``) —
  or named right beside the mention with the tie stated (``kin``: 覃英桂（许子晓之配偶）; or tied to
  it by a kin word pointing back to a person named before, 陈志强……。其弟陈志刚 / 陈志强（…）之弟
  陈志刚, in either direction: the same 0.80) — the kin word compared with the stored tie's
  relation (FAMILY.relation, :func:`ingest.kinship.agreement`): agreeing (其弟 for a stored
  sibling, or a stored family tie of no stated relation) → ``kin``; a vague word (亲属, 亲戚, 侄子)
  or a stored tie ``other`` / ASSOCIATE → ``kin_vague`` (0.60: a three-character name on it alone,
  1 − 0.65 × 0.40 = 0.74, is offered, not merged); a clear contradiction (其弟 for a stored
  spouse; X之子Y for a Y stored as X's parent) → neither, nor ``relative`` for that name — a project
  of its organisation (``project``), its region (``region``). Each feature counts once,
  noisy-OR: independent pieces of evidence add up, and no single weak one decides.
* ``sole_local`` (0.70) is the locality's evidence for a name the letter places nowhere: a full
  name (three characters or more, not masked, not introduced as 举报人/投诉人 …) with no
  organisation, post, company, relative or phone of its own in the letter, no organisation or
  family tie named in its sentence, and a name the letter places nowhere else either; it holds for a candidate that is the *only* stored person of that
  exact name (simplified form) in the graph, not a protected person, not judged different, and
  tied through its agency or company to the letter's locality (the region of its issuer or
  addressee, ``DocView.region``) — so it always comes with ``region``: 0.35 prior, region 0.10,
  sole_local 0.70 → 1 − 0.65 × 0.90 × 0.30 = 0.82, a merge. A namesake in another locality (no
  ``region``), or two stored persons of the name, and it does not hold: the name goes to review.

Thresholds: ``score ≥ MERGE`` (0.80) and no other candidate that high → the mention *is* that node
(automatic merge, recorded with its score and features); ``REVIEW ≤ score < MERGE`` (0.50) → a
``SAME_AS_CANDIDATE`` for an investigator (``liandong resolve list``); below → a new node — except
that a full name (three characters or more) the graph holds, in a letter that places the person
nowhere, is offered for review whatever its score (a party that cannot be placed is a candidate,
not a new canonical node). Two
candidates above MERGE are ambiguous: both go to review. A negative judgement between two nodes
sets their score to 0 (they are never offered or merged again).

Worked examples (the demo county, tests/resolve): 覃英桂 named as 股东 of 示例海纳合众… in a letter
that also names her spouse 许子晓 → prior 0.35, org_doc 0.45, role 0.30, relative 0.40 → 1 − 0.65 ×
0.55 × 0.70 × 0.60 = 0.85 → merged. 许兰秀 as 法定代表人 of 示例华宇广厦… (org_rel 0.75) with the
ring's phone (org_phone 0.20) → 1 − 0.65 × 0.25 × 0.80 = 0.87 → merged. A namesake 张伟 at another
company, nothing else shared → 0.15 → a new node. 陈丽，手机139… of another county, the mobile hers
→ 1 − 0.85 × 0.20 = 0.83 → merged (a mobile is one person's; with ``phone`` at 0.75 it was 0.79 and
a two-character name with its own mobile beside it went to review); a near name 陈立 with it →
0.5 × 0.83 → a new node. 陈志刚 named as 其弟 after 陈志强 (his stored brother) → kin 0.80 → 0.87.

The weights were set with bench/bench_resolve.py's development seed in view (README, "Entity
resolution", has its figures and those of the seeds run afterwards).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ingest.kinship import agreement, loose_kin, stated_kin

MERGE = 0.80
REVIEW = 0.50

WEIGHTS: dict[str, float] = {
    "org_rel": 0.75,      # the document ties the mention to an organisation the candidate is tied to
    "org_doc": 0.45,      # an organisation of the candidate is named in the document
    "role": 0.30,         # the mention's post/role is the candidate's role at an organisation named here
    "code": 0.50,         # a credit code of the candidate (or of its organisation) is in the document
    "phone": 0.80,        # the candidate's own phone number beside the mention (a mobile is one person's:
                          # with the exact name, a merge even for a two-character name, 1 − 0.85 × 0.20 = 0.83)
    "phone_doc": 0.30,    # … elsewhere in the document (it may be another party's line)
    "org_phone": 0.20,    # a phone number of the candidate's organisation is in the document
    "address": 0.40,
    "org_address": 0.20,
    "relative": 0.40,     # a family member or associate of the candidate is named in the document
    "kin": 0.80,          # … and the letter states the tie next to the mention (配偶, 之妻, 弟弟 …), as stored
    "kin_vague": 0.60,    # … by a vague word (亲属, 亲戚), or to a relative stored as ``other`` / an associate
    "project": 0.25,      # a project number of the candidate's organisation is in the document
    "region": 0.10,       # the candidate's organisation is in the document's region
    "sole_local": 0.70,   # an unplaced full name: the graph's only person of that name, tied to the letter's locality
    "rep": 0.50,          # (companies) its legal representative or shareholder is named in the document
    "co_phone": 0.75,     # (companies) its phone number is in the document (``phone`` before 2026-12-06)
}

# what a post written in a letter says about a relationship in the graph
ROLE_OF: dict[str, str] = {
    "法定代表人": "LEGAL_REP_OF", "法人代表": "LEGAL_REP_OF", "法人": "LEGAL_REP_OF",
    "股东": "SHAREHOLDER_OF", "控股股东": "SHAREHOLDER_OF", "大股东": "SHAREHOLDER_OF",
    "实际控制人": "CONTROLS", "实际经营人": "CONTROLS",
    "总经理": "MANAGES", "经理": "MANAGES", "执行董事": "MANAGES", "董事长": "MANAGES", "监事": "MANAGES",
}


def name_prior(name: str) -> float:
    return 0.35 if len(name) >= 3 else 0.15


def name_similarity(a: str, b: str) -> float:
    """1.0 for equal comparison forms, else the rapidfuzz ratio in [0, 1]."""
    if a == b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


def combine(prior: float, features: Iterable[str]) -> float:
    rest = 1.0 - prior
    for f in sorted(set(features)):  # a fixed order: the same features give the same float
        rest *= 1.0 - WEIGHTS[f]
    return 1.0 - rest


def score(sim: float, prior: float, features: Iterable[str]) -> float:
    return round(sim * combine(prior, features), 4)


def digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


@dataclass
class Context:
    """What the graph says around one Person, Official or Company: the features a document can match."""

    orgs: dict[str, set[str]] = field(default_factory=dict)   # org id -> relationship types (and posts)
    org_names: dict[str, str] = field(default_factory=dict)   # org id -> its name (comparison form)
    codes: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)             # digits only
    org_phones: set[str] = field(default_factory=set)
    addresses: set[str] = field(default_factory=set)
    org_addresses: set[str] = field(default_factory=set)
    relatives: set[str] = field(default_factory=set)          # names (comparison form)
    kin: dict[str, set[str]] = field(default_factory=dict)    # relative's name -> what it is to the candidate
                                                              # (FAMILY relation; "" none stated; associate)
    projects: set[str] = field(default_factory=set)
    regions: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)             # (companies) legal reps, shareholders, managers


@dataclass
class DocView:
    """What one document offers to match against: its text (comparison form), its numbers, and the
    organisations it resolved to."""

    text: str                                  # simplified, no spaces
    numbers: str                               # every digit run of the text, joined by '|'
    orgs: set[str] = field(default_factory=set)
    region: str | None = None

    @classmethod
    def of(cls, simplified_text: str, orgs: Iterable[str] = (), region: str | None = None) -> DocView:
        runs = re.findall(r"\d{6,}", unicodedata.normalize("NFKC", simplified_text.replace("-", "")))
        text = simplified_text.replace("有限责任公司", "有限公司")  # as company names are compared
        return cls(text, "|" + "|".join(runs) + "|", set(orgs), region)

    def has_number(self, number: str) -> bool:
        return bool(number) and len(number) >= 7 and number in self.numbers

    def names(self, name: str) -> bool:
        return len(name) >= 2 and name in self.text


def kin_verdicts(ctx: Context, *, own_name: str, window: str = "",
                 kin_of: Mapping[str, Collection[str]] | None = None) -> dict[str, str]:
    """Each relative of the candidate whose tie the letter states — beside the mention (``window``)
    or by a kin word pointing back (``kin_of``: name → what the letter says it is to the mention) —
    with the verdict of :func:`ingest.kinship.agreement` against the stored tie's relation: agree,
    vague or contradict (the best one when the letter states it twice)."""
    said: dict[str, list[Collection[str]]] = {}
    if window and loose_kin(window):
        for r in ctx.relatives:
            if r != own_name and len(r) >= 2 and r in window:
                said.setdefault(r, []).append(stated_kin(window, own_name, r))
    for name, codes in (kin_of or {}).items():
        if name != own_name and len(name) >= 2 and name in ctx.relatives:
            said.setdefault(name, []).append(codes)
    rank = {"agree": 0, "vague": 1, "contradict": 2}
    return {name: min((agreement(codes, ctx.kin.get(name) or {""}) for codes in readings), key=rank.__getitem__)
            for name, readings in said.items()}


def person_features(ctx: Context, doc: DocView, *, org: str | None, post: str | None,
                    own_name: str, window: str = "", sole: bool = False,
                    kin_of: Mapping[str, Collection[str]] | None = None) -> list[str]:
    """The evidence features that hold between a person mention and one candidate's context
    (``window``: the text around the mention, for a family tie the letter states there; ``kin_of``:
    the names the letter ties the mention to by a kin word pointing back, 其弟X / X之子Y, with
    what each is to the mention (ingest/resolve/ties.py); ``sole``: the caller found the mention
    placed nowhere in the letter and this candidate the graph's only person of its exact name:
    ``sole_local`` in the module's formula)."""
    out: list[str] = []
    if org is not None and org in ctx.orgs:
        out.append("org_rel")
    named = [o for o in ctx.orgs if o in doc.orgs or (ctx.org_names.get(o) and doc.names(ctx.org_names[o]))]
    if named and "org_rel" not in out:
        out.append("org_doc")
    if post:
        rel = ROLE_OF.get(post)
        for o in ([org] if org in ctx.orgs else named):
            kinds = ctx.orgs.get(o or "", set())
            if (rel and rel in kinds) or post in kinds:
                out.append("role")
                break
    if any(c in doc.text for c in ctx.codes):
        out.append("code")
    local = DocView.of(window) if window else None
    if local is not None and any(local.has_number(p) for p in ctx.phones):
        out.append("phone")
    elif any(doc.has_number(p) for p in ctx.phones):
        out.append("phone_doc" if local is not None else "phone")
    elif any(doc.has_number(p) for p in ctx.org_phones):
        out.append("org_phone")
    if any(a and a in doc.text for a in ctx.addresses):
        out.append("address")
    elif any(a and a in doc.text for a in ctx.org_addresses):
        out.append("org_address")
    verdicts = kin_verdicts(ctx, own_name=own_name, window=window, kin_of=kin_of)
    if "agree" in verdicts.values():
        out.append("kin")
    elif "vague" in verdicts.values():
        out.append("kin_vague")
    elif any(r != own_name and doc.names(r) and verdicts.get(r) != "contradict" for r in ctx.relatives):
        out.append("relative")
    if any(p and p in doc.text for p in ctx.projects):
        out.append("project")
    if doc.region and doc.region in ctx.regions:
        out.append("region")
        if sole and len(own_name) >= 3:
            out.append("sole_local")
    return out


def company_features(ctx: Context, doc: DocView) -> list[str]:
    out: list[str] = []
    if any(c in doc.text for c in ctx.codes):
        out.append("code")
    if any(doc.has_number(p) for p in ctx.phones):
        out.append("co_phone")
    if any(a and a in doc.text for a in ctx.addresses):
        out.append("address")
    if any(doc.names(p) for p in ctx.people if len(p) >= 3):
        out.append("rep")
    if any(p and p in doc.text for p in ctx.projects):
        out.append("project")
    if doc.region and doc.region in ctx.regions:
        out.append("region")
    return out
