"""The resolver of one document: every AGENCY, COMPANY, PERSON and PROJECT_NO mention of an
extraction → the graph node it stands for (:class:`Resolution`).

The order matters and is fixed: agencies first (adjacent spans read as one name), then companies
(with the credit codes after them), then the organisation, post and company tie of each person
from the relations and sentences (:mod:`ingest.resolve.ties`; a family tie stated by a kin word
pointing back, 其弟陈志刚, is relative evidence for both names), then persons — one name is one
person in a letter unless the letter ties two mentions of it to two organisations — then
project numbers. The rules for each kind are in :mod:`~ingest.resolve.agencies`,
:mod:`~ingest.resolve.companies`, :mod:`~ingest.resolve.persons` and
:mod:`~ingest.resolve.protected`; :class:`Resolver` joins them over one state (the directory,
the :class:`KnownIndex`, the places).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from graph.ids import make_id
from graph.rules.agencies import AgencyDirectory
from graph.types.text import simplified as text_view
from ingest.company_shape import CO_SUFFIX
from ingest.kinship import inverse, loose_kin
from ingest.matching import ROLE_OF, DocView
from ingest.nlp.rules.positions import address_titles
from ingest.resolve.agencies import PRONOUN, AgencyRules
from ingest.resolve.companies import CompanyRules, credit_codes
from ingest.resolve.company_keys import company_loose_key
from ingest.resolve.known import KnownIndex
from ingest.resolve.persons import PersonRules
from ingest.resolve.places import Localities, Places
from ingest.resolve.protected import id_number_hash_near, role_word
from ingest.resolve.records import Resolution, ResolvedNode
from ingest.resolve.text import company_name_key, is_masked_person, simplified
from ingest.resolve.ties import (
    addressee_elsewhere,
    addressee_of,
    answer_company,
    bracket_org,
    cited_contact_org,
    column_org,
    contact_sentence_org,
    employee_company,
    field_org,
    kin_antecedent,
    legal_rep_company,
    own_contact,
    pronoun_org,
    pronoun_post_org,
    role_company,
    that_org,
    writer_of,
)
from ingest.resolve.titles import official_by_post, referent, two_honorifics

_SPACES = re.compile(r"\s+")
# what numbers an officer's badge, not a telephone (执法证号5106…, 警号, 工号): no phone of one's own (an
# identity number still sets its person apart, as a mobile does)
_NO_PHONE_LABEL = re.compile(r"(?:执法证号|执法证编号|执法证|警号|工号|胸牌号)[:：]?$")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence a mention stands in begins and ends (the sentence ends around it)."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


# what may stand between a body and its staff member's name, no post of its own: 市公安局经侦大队民警X
# an organisation named by a pronoun in the clause before a person (该公司副科长X, 该局科长X): that one's post
_ORG_BEFORE = re.compile(r"(?:该|此|本|我|你|贵|其)(?:公司|单位|局|委|院|中心|厅|部|所|队|室|股|科)")
_STAFF_WORD = re.compile(r"[ \t\u3000]?(?:民警|干警|辅警|工作人员|干部)?[ \t\u3000]?")
_NUMBER_RUN = re.compile(r"[\d\-－ ]*\d")


def _no_body_in_clause(ents: list[dict[str, Any]], at: int, text: str) -> bool:
    """No organisation — named, or by a pronoun (该公司, 该局) — in the clause before ``at`` (at most 20
    characters back, after the last 。；，)."""
    lo = max([max(0, at - 20), *(k + 1 for k in range(max(0, at - 20), at) if text[k] in "。；;，,\n")])
    return not _ORG_BEFORE.search(text_view(text[lo:at])[0]) \
        and not any(x["label"] in ("AGENCY", "COMPANY") and lo <= x["start"] < at for x in ents)


def _number_end(text: str, hi: int) -> int:
    """``hi``, or the end of the number that ``hi`` cuts: the window read beside a name (16
    characters) holds a phone number that starts in it whole (陈丽（联系电话：139-0800-1234）)."""
    if 0 < hi < len(text) and re.match(r"[\d\-－ ]", text[hi - 1]):
        m = _NUMBER_RUN.match(text, hi)
        if m is not None:
            return m.end()
    return hi


_FIELD_OPENS = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,8}[ \t\u3000]*[:：]")


def _other_field(ents: list[dict[str, Any]], org: int, post: int, text: str) -> bool:
    """The organisation stands on a line above the post, and the post's line is a form field of its own."""
    if not (0 <= org < len(ents) and 0 <= post < len(ents)) or ents[org]["start"] > ents[post]["start"]:
        return False
    line_s = text.rfind("\n", 0, ents[post]["start"]) + 1
    return ents[org]["end"] <= line_s and _FIELD_OPENS.match(text, line_s) is not None


def _placed_in_sentence(text: str, ents: list[dict[str, Any]], i: int, name: str) -> bool:
    """The sentence of mention ``i`` names an organisation (示例海纳合众…有关人员覃英桂, even when no
    relation ties them; a pronoun too — 你委移送的X: a sole namesake elsewhere is no reason to merge)
    or states a family tie (覃英桂之配偶杨英杰): the letter places the person."""
    lo, hi = _sentence(text, ents[i]["start"], ents[i]["end"])
    if any(e["label"] in ("AGENCY", "COMPANY") and lo <= e["start"] < hi for e in ents):
        return True
    return loose_kin(simplified(text[lo:hi]).replace(name, ""))


# what a letter says a person is not: 并非蜀通路桥的股东, 不是该局工作人员, 与住建局局长同名（并非同一人）
_DENIALS = "并非系|并非|并不是|不是|不系|而非|不属于"
_DENIED_BEFORE = re.compile(rf"(?:{_DENIALS})\s*$")
_NAMESAKE_OF = re.compile(r"[^，。；,;]{0,10}?同名")
_ANY_DENIAL = re.compile(rf"同名|{_DENIALS}")   # (a letter with none of these words denies nothing)
_NAMESAKE_OF_PRONOUN = re.compile(r"[与和跟]\s*(?P<who>[我本你贵])(?:局|委|院|中心|室|股|科|办|处|厅)[^，。；,;]{0,12}?同名")


def _denied_orgs(text: str, ents: list[dict[str, Any]], i: int, nodes: dict[int, str],
                 writer: int | None = None) -> set[str]:
    """The organisations the sentence of person mention ``i`` says it is not of, after the name: an
    organisation right after a denial (此X系…村民，并非蜀通路桥的股东) or named as the place of a namesake
    (与住建局局长同名, 与我局政府采购股股长同名同姓 — the writer, by its pronoun) — a person stored there is
    another person."""
    lo, hi = _sentence(text, ents[i]["start"], ents[i]["end"])
    out = set()
    for m in _NAMESAKE_OF_PRONOUN.finditer(text_view(text[ents[i]["end"]:hi])[0]):
        j = writer if m.group("who") in "我本" else addressee_of(ents, text, ents[i]["start"])
        if j is not None and j in nodes:
            out.add(nodes[j])
    for j, e in enumerate(ents):
        if e["label"] not in ("AGENCY", "COMPANY") or not ents[i]["end"] <= e["start"] < hi or j not in nodes:
            continue
        before = text[max(lo, e["start"] - 6):e["start"]]
        if _DENIED_BEFORE.search(before) or (re.search(r"[与和跟]\s*$", before)
                                             and _NAMESAKE_OF.match(text, e["end"], hi)):
            out.add(nodes[j])
    return out


class Resolver(AgencyRules, CompanyRules, PersonRules):
    """Resolves one extraction at a time against the directory and a :class:`KnownIndex`."""

    def __init__(
        self,
        directory: AgencyDirectory | None = None,
        index: KnownIndex | None = None,
        places: Places | None = None,
        *,
        merge_unplaced: bool = True,
    ) -> None:
        self.merge_unplaced = merge_unplaced   # graph.settings.Settings.unplaced_names == "merge" (the default)
        self.directory = directory or AgencyDirectory.load()
        self.index = index or KnownIndex()
        self.places = places or Places.load()
        self.localities = Localities(self.directory, self.places)

    # -- the document ----------------------------------------------------------------------
    def resolve(self, extraction: dict[str, Any], text: str, *, doc_key: str, doc_no: str | None = None) -> Resolution:
        """Resolve every AGENCY, COMPANY, PERSON and PROJECT_NO mention of one extraction."""
        ents: list[dict[str, Any]] = list(extraction.get("entities") or [])
        rels: list[dict[str, Any]] = list(extraction.get("relations") or [])
        aliases = {simplified(k): simplified(v) for k, v in (extraction.get("aliases") or {}).items()}
        # a company's short form the letter does not define (鑫盛建筑 after 绵竹市鑫盛建筑工程有限公司): the
        # one company of the letter whose name, without its place and legal form, starts with it
        fulls = {simplified(e["text"]) for e in ents if e["label"] == "COMPANY" and CO_SUFFIX.search(e["text"])}
        for e in ents:
            short = simplified(e["text"])
            if e["label"] == "COMPANY" and short not in aliases and len(short) >= 4 and not CO_SUFFIX.search(short):
                owners = {f for f in fulls if company_loose_key(f).startswith(short)}
                if len(owners) == 1:
                    aliases[short] = owners.pop()
        res = Resolution(doc_key, self.locality(extraction, doc_no, text))

        def add(i: int, node: ResolvedNode) -> None:
            res.entity_nodes[i] = node.id
            prev = res.nodes.get(node.id)
            if prev is None:
                res.nodes[node.id] = node
            else:
                prev.props.update({k: v for k, v in node.props.items() if k not in prev.props})

        # canonical text per alias: an alias mention resolves like its full name
        def canon(i: int) -> str:
            t = simplified(ents[i]["text"])
            return aliases.get(t, t)

        by_text: dict[tuple[str, ...], int] = {}
        # agencies first (persons need their organisations). Adjacent AGENCY spans with nothing between
        # them (泉州市公安局|鲤城分局) name one body with its sub-unit: both resolve to the whole name.
        chains: list[list[int]] = []
        for i, e in enumerate(ents):
            if e["label"] != "AGENCY":
                continue
            if chains and ents[chains[-1][-1]]["end"] == e["start"]:
                chains[-1].append(i)
            else:
                chains.append([i])
        for chain in chains:
            name = "".join(canon(i) for i in chain) if len(chain) > 1 else canon(chain[0])
            key: tuple[str, ...] = ("AGENCY", name)
            if key in by_text and by_text[key] in res.entity_nodes:
                for i in chain:
                    res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            if ents[chain[0]].get("form") == "pronoun" or PRONOUN.match(name):
                continue  # 我局, 你委, 你室, 该局: a phrase, not a name — never a node
            node = self.agency(name, res.locality, doc_key)
            if node.masked:  # no place could be had: a note, never a phantom agency
                res.notes.append(f"agency {name}: no locality; not stored")
                continue
            by_text[key] = chain[0]
            for i in chain:
                add(i, node)
            if len(chain) > 1:
                res.notes.append(f"adjacent agency mentions read as one name: {name}")
        # credit codes: the nearest company mention before the code, on the same line
        codes = credit_codes(ents, extraction.get("identifiers") or [], text)
        res.credit_codes = codes
        flat = simplified(text)
        region = res.locality.region if res.locality else None
        early = DocView.of(flat, (n.id for n in res.nodes.values() if not n.masked), region)
        letter_names = {company_name_key(canon(j)) for j, x in enumerate(ents) if x["label"] == "COMPANY"}
        # one company named with its place and without it (绵竹市天府园林绿化有限公司 … 天府园林绿化有限公司): the
        # name without the place is the one with it — the longer name is read first
        full_of: dict[str, int] = {}
        for longest in sorted((k for k, x in enumerate(ents) if x["label"] == "COMPANY" and CO_SUFFIX.search(canon(k))),
                              key=lambda k: -len(canon(k))):
            full_of.setdefault(company_loose_key(canon(longest)), longest)
        order = sorted(range(len(ents)), key=lambda k: (ents[k]["label"] != "COMPANY" or full_of.get(
            company_loose_key(canon(k))) != k, k))
        for i in order:
            e = ents[i]
            if e["label"] != "COMPANY":
                continue
            longer = full_of.get(company_loose_key(canon(i))) if CO_SUFFIX.search(canon(i)) else None
            if longer is not None and longer != i and longer in res.entity_nodes \
                    and company_name_key(canon(longer)).endswith(company_name_key(canon(i))):
                res.entity_nodes[i] = res.entity_nodes[longer]
                continue
            key = ("COMPANY", company_name_key(canon(i)))
            code = codes.get(i)
            if key in by_text and by_text[key] in res.entity_nodes and not code:
                res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            node, cands = self.company(canon(i), code, doc_key, doc=early, letter_names=letter_names,
                                       locality=res.locality)
            by_text[key] = i
            add(i, node)
            res.candidates.extend(cands)
        # the organisation of each person (LEGAL_REP first, then HOLDS_POSITION with an org): per mention,
        # and per name for the mentions of that name the letter ties to nothing
        orgs: dict[str, str] = {}
        org_at: dict[int, str] = {}
        writer = writer_of(ents, (extraction.get("doc") or {}).get("issuer"), text)
        for r in sorted(rels, key=lambda r: r.get("type") != "LEGAL_REP"):
            t = r.get("type")
            src = r.get("from")
            org = r.get("to") if t == "LEGAL_REP" else r.get("org") if t == "HOLDS_POSITION" else None
            if t == "HOLDS_POSITION":   # 我局办公室主任X: the writer, whatever body the sentence named before
                said = pronoun_post_org(ents, r, text, writer)
                org = org if said is False else said
                if isinstance(org, int) and isinstance(r.get("to"), int) and _other_field(ents, org, r["to"], text):
                    org = None   # 移送单位：A ⏎ 涉及人员：X（…股长）: a field line's post is not the unit of the line above
            if t == "HOLDS_POSITION" and isinstance(org, int) and isinstance(src, int) \
                    and addressee_elsewhere(ents, org, src, text, post=r.get("to")):
                org = None  # the letter's addressee line, not the post's organisation
            if t == "HOLDS_POSITION" and org is None:
                org = legal_rep_company(ents, r, text)
            if t == "HOLDS_POSITION" and org is None:   # 该局副科长许宏华: the organisation named before
                org = that_org(ents, r, text)
            if not isinstance(src, int) or not isinstance(org, int) or not (0 <= src < len(ents)):
                continue
            if ents[src]["label"] != "PERSON" or org not in res.entity_nodes:
                continue
            orgs.setdefault(canon(src), res.entity_nodes[org])
            org_at.setdefault(src, res.entity_nodes[org])
        for i in range(1, len(ents)):   # 市住建局王德明, 市公安局经侦大队民警X (written with its body): its agency
            prev = ents[i - 1]
            if ents[i]["label"] == "PERSON" and i not in org_at and prev["label"] == "AGENCY" \
                    and _STAFF_WORD.fullmatch(text, prev["end"], ents[i]["start"]) and (i - 1) in res.entity_nodes:
                orgs.setdefault(canon(i), res.entity_nodes[i - 1])
                org_at.setdefault(i, res.entity_nodes[i - 1])
        # 联系人：罗晓梅 under the letter, 移送经办人：X under 移送单位：A, 你委谢东林同志, 方志远（市纪委监委…）: the
        # unit the form, the pronoun or the bracket names
        for i, e in enumerate(ents):
            if e["label"] == "PERSON" and i not in org_at and not is_masked_person(canon(i)):
                j = field_org(ents, i, text, writer)
                j = pronoun_org(ents, i, text, writer) if j is None else j
                j = bracket_org(ents, i, text) if j is None else j
                j = column_org(ents, i, text, writer) if j is None else j
                j = contact_sentence_org(ents, i, text, writer) if j is None else j
                j = cited_contact_org(ents, i, text, writer) if j is None else j
                j = answer_company(ents, i, text) if j is None else j
                if j is not None and j in res.entity_nodes:
                    orgs.setdefault(canon(i), res.entity_nodes[j])
                    org_at[i] = res.entity_nodes[j]
        posts: dict[str, str] = {}
        ties: dict[str, str] = {}   # a person -> the company its post is at, read from the sentence
        tie_at: dict[int, str] = {}  # … per mention (A公司股东于伟 … B公司法定代表人于伟: two places)
        for r in rels:
            src, pos = r.get("from"), r.get("to")
            if r.get("type") == "HOLDS_POSITION" and isinstance(src, int) and isinstance(pos, int) \
                    and 0 <= src < len(ents) and 0 <= pos < len(ents):
                posts.setdefault(canon(src), simplified(ents[pos]["text"]))
                if r.get("org") is None:
                    j = role_company(ents, r, text)
                    if j is not None and j in res.entity_nodes:
                        ties.setdefault(canon(src), res.entity_nodes[j])
                        tie_at.setdefault(src, res.entity_nodes[j])
            elif r.get("type") == "LEGAL_REP" and isinstance(src, int) and 0 <= src < len(ents):
                posts.setdefault(canon(src), "法定代表人")
        for i, e in enumerate(ents):   # 刘芳副局长的司机: a head's post written right after the name
            if e["label"] == "PERSON" and i + 1 < len(ents) and ents[i + 1]["label"] == "POSITION" \
                    and ents[i + 1]["start"] == e["end"] and simplified(ents[i + 1]["text"]) in address_titles():
                posts.setdefault(canon(i), simplified(ents[i + 1]["text"]))
        view = DocView.of(flat, (n.id for n in res.nodes.values() if not n.masked), region)

        def local_agency(piece: str, reason: str) -> str | None:
            """A stored agency of the letter's place named in ``piece`` without its place, joined to the
            document's nodes (:meth:`_agency_before`)."""
            found = self._agency_before(simplified(piece), res.locality) if res.locality is not None else None
            if found is not None and found not in res.nodes:
                res.nodes[found] = self._existing(found, reason)
            return found

        def before_of(i: int) -> str:  # the words just before a mention (举报人 …)
            return simplified(text[max(0, ents[i]["start"] - 12):ents[i]["start"]])

        # where the letter places each person mention: (entity index, name, key, organisation, own phone)
        plans: list[tuple[int, str, tuple[str, ...], str | None]] = []
        persons = [i for i, e in enumerate(ents) if e["label"] == "PERSON"]
        # (a landline on the letter's own contact line — 联系人：X，电话0838-… — is the office's: it tells no
        # namesake apart; a mobile there is the person's own)
        near = {i: _SPACES.sub("", unicodedata.normalize("NFKC", text[ents[i]["end"]:_number_end(
            text, ents[i]["end"] + 16)]).replace("-", "")) for i in persons}
        phones = {i for i in persons if (long := re.search(r"\d{7,}", near[i])) is not None
                  and not _NO_PHONE_LABEL.search(near[i], 0, long.start())
                  and (re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", near[i]) or not own_contact(ents, i, text))}
        # a masked name right after a company + 员工/职工 (A公司员工刘某 … B公司员工刘某) is placed at
        # that company: two such mentions at two companies are two persons, not one 刘某 of the letter
        for i in persons:
            if i not in org_at and is_masked_person(canon(i)):
                j = employee_company(ents, i, text)
                if j is not None and j in res.entity_nodes:
                    org_at[i] = res.entity_nodes[j]
        # where the letter places each name: its organisations, and "phone" for a mention with its own
        # (a company a 股东 / 实际控制人 line ties the mention to counts: A公司股东于伟 and B公司法定代表人于伟
        # are two places, so the first is not keyed at B)
        places_of: dict[str, set[str]] = {}
        place_at: dict[int, str] = {}
        for i in persons:
            place = org_at.get(i) or tie_at.get(i) or ("phone" if i in phones else None)
            if place is not None:
                place_at[i] = place
                places_of.setdefault(canon(i), set()).add(place)
        for i in persons:
            e, name = ents[i], canon(i)
            # one name is one person in a letter — unless the letter ties two mentions of it to two
            # organisations (a namesake: 张伟 of the finance bureau and 张伟 of a bidder); a mention of
            # such a name tied to neither is left to the coreference below
            own_phone = i in phones
            # a mention with its own phone beside it is told apart by it, not by the name's other mentions
            shared = orgs.get(name) if len(places_of.get(name, ())) <= 1 else None
            org_id = org_at.get(i) or (None if own_phone else shared)
            if org_id is None and res.locality is not None and text[e["end"]:e["end"] + 1] in "（(":
                # 赵丽萍（水利局财务股股长）: a body of the letter's place named in the bracket after the name
                close = re.search(r"[）)]", text[e["end"]:e["end"] + 30])
                if close is not None:
                    org_id = local_agency(text[e["end"] + 1:e["end"] + close.start()],
                                          "named in the bracket after the name, without its place")
            if org_id is None and name in posts and posts[name] not in ROLE_OF and res.locality is not None:
                # the agency written before the post and name (not for a company's role: 股东, 法定代表人 —
                # a register row's 市财政局股长 | 鑫盛建筑；弟陈志刚（股东）) — not one that belongs to an earlier
                # person this mention is a relative of (住建局主任孙红杰的配偶王娜系X公司股东)
                lo = max(0, e["start"] - 24)
                lo = max([lo, *(ents[j]["end"] for j in persons if j < i and ents[j]["end"] <= e["start"]
                                and loose_kin(text[ents[j]["end"]:e["start"]]))])
                org_id = local_agency(text[lo:e["start"]], "named before the post without its place")
            if org_id is None and name in posts and e["start"] >= len(posts[name]) \
                    and text[e["start"] - len(posts[name]):e["start"]] == posts[name]:
                # 鑫盛的项目经理邱海军: a company the letter names, by its brand right before the post
                lead = simplified(text[max(0, e["start"] - len(posts[name]) - 14):e["start"] - len(posts[name])])
                named_companies = {n.id for n in res.nodes.values() if n.label == "Company" and not n.masked}
                hits = self.companies_before(lead) & named_companies if lead.endswith("的") else set()
                if len(hits) == 1:
                    org_id = hits.pop()
            # a mention a 股东 line ties to a company, of a name the letter places at two places, is
            # keyed there (A公司股东于伟 … B公司股东于伟: two mentions, two persons)
            tied = f"tie:{tie_at[i]}" if i in tie_at and len(places_of.get(name, ())) > 1 else ""
            plans.append((i, name, ("PERSON", name, org_id or ("phone" if own_phone else tied)), org_id))
        # a family tie stated by a kin word pointing back (其弟陈志刚, 陈志强（…）之弟陈志刚): relative
        # evidence for both names, per key (every mention of one person in the letter shares it)
        # and what the kin word says each is to the other (其弟: a sibling; X之子Y: Y is X's child)
        kin: dict[tuple[str, ...], dict[str, set[str]]] = {}
        key_of = {i: key for i, _, key, _ in plans}
        for i in persons:
            found = kin_antecedent(ents, i, text)
            if found is not None and found[0] in key_of:
                j, relation = found
                kin.setdefault(key_of[i], {}).setdefault(canon(j), set()).add(inverse(relation))
                kin.setdefault(key_of[j], {}).setdefault(canon(i), set()).add(relation)
        # within-document coreference: a mention the letter places nowhere (经询问，张建华…) whose name
        # the letter places elsewhere (at an organisation, with a phone) is read after those mentions
        # (a mention introduced as 举报人/投诉人 is not: protected persons are matched on their own rules)
        placed = {name for _, name, key, _ in plans if key[2]}
        # (a mention a 股东 line ties to a company is placed there, not bare: A公司股东于伟 is not the
        # 于伟 the letter keys at B)
        bare = [plan for plan in plans if not plan[2][2] and plan[1] in placed and plan[0] not in tie_at
                and not role_word(before_of(plan[0]))]
        named_agencies: set[str] | None = None   # (read once, when a head's post needs it)
        # the organisations the letter says a name is not of (one name, one person in a letter)
        denied: dict[str, set[str]] = {}
        for i in persons if _ANY_DENIAL.search(text) else ():
            denied.setdefault(canon(i), set()).update(_denied_orgs(text, ents, i, res.entity_nodes, writer))
        for i, name, key, org_id in [plan for plan in plans if plan not in bare] + bare:
            if not key[2] and name in placed and i not in tie_at and not role_word(before_of(i)):
                same = {res.entity_nodes[j] for j, n, k, _ in plans if n == name and k[2] and j in res.entity_nodes}
                if len(same) == 1:  # one person of that name in the letter: this mention is that person
                    res.entity_nodes[i] = same.pop()
                    continue
            if key in by_text and by_text[key] in res.entity_nodes:
                res.entity_nodes[i] = res.entity_nodes[by_text[key]]
                continue
            e = ents[i]
            org = res.nodes.get(org_id) if org_id else None
            window = simplified(text[max(0, e["start"] - 16):_number_end(text, e["end"] + 16)])
            # placed nowhere: no organisation, phone, post, company or stated relative here, and the
            # name placed nowhere else in the letter (else two namesakes: neither is this one)
            unplaced = not key[2] and name not in placed and name not in posts and name not in ties \
                and not _placed_in_sentence(text, ents, i, name)
            # the organisations the letter places *another* mention of this name at, when it places
            # this one at an organisation itself (by a relation or a 股东 line — not a guess from an
            # agency named before it): a candidate tied only there is that namesake, not this one
            mine = org_at.get(i) or tie_at.get(i)
            elsewhere = {p for j, p in place_at.items() if mine and p not in ("phone", mine) and j != i
                         and canon(j) == name}
            node, cands = self.person(name, org, doc_key, res.nodes, doc=view, post=posts.get(name),
                                      window=window, tie=tie_at.get(i) or ties.get(name), before=before_of(i),
                                      id_hash=id_number_hash_near(text[e["end"]:e["end"] + 40]),
                                      unplaced=unplaced, kin=kin.get(key, {}), elsewhere=elsewhere,
                                      not_at=denied.get(name, ()))
            head_post = posts.get(name)
            if node.new and org is None and head_post in address_titles() and not is_masked_person(name) \
                    and res.locality is not None and _no_body_in_clause(ents, e["start"], text):
                # 王德明局长签批 in a letter to the bureau: its stored head of that name, placed by the post
                if named_agencies is None:
                    named_agencies = {n.id for n in res.nodes.values() if n.label == "Agency" and not n.masked} \
                        | self.agencies_named(flat, res.locality)
                head = official_by_post(name, head_post, named_agencies, self.index)
                if head is not None:
                    node, cands = self._person_existing(head, f"the one stored {head_post} of that name at an agency "
                                                              "the letter names"), []
            if org_id:
                res.person_orgs[i] = org_id
                res.facts.append((node.id, org_id, posts.get(name)))
            by_text[key] = i
            add(i, node)
            res.candidates.extend(cands)
        # 王局长, 陈股长: the one person of the letter (or stored at its agencies) the title can stand for
        letter = [(canon(i), res.entity_nodes[i], posts.get(canon(i))) for i in persons if i in res.entity_nodes]
        agencies = {n.id for n in res.nodes.values() if n.label == "Agency" and not n.masked}
        if extraction.get("references") and res.locality is not None:
            agencies |= self.agencies_named(flat, res.locality)   # 找的是赵股长 … 水利局: named without its place
        held = {n.id for n in res.nodes.values() if n.label == "Company" and not n.masked and not n.new}
        if extraction.get("references"):
            held |= self.companies_by_brand(flat)
        refs = list(extraction.get("references") or [])
        before = [self.companies_before(simplified(text[max(0, ref["start"] - 16):ref["start"]])) for ref in refs]
        meant_of = [referent(ref["surname"], ref["post"], letter, agencies, self.index, named_before, held)
                    for ref, named_before in zip(refs, before)]
        names = {m[0]: simplified(str(self.index.persons.get(m[0], {}).get("name") or "")) for m in meant_of if m}
        for k, other in two_honorifics(refs, meant_of, text_view(text)[0], names).items():   # 周总 … 周老板: two people
            meant_of[k] = referent(refs[k]["surname"], refs[k]["post"], letter, agencies, self.index, before[k], held,
                                   exclude={other})
        for ref, meant in zip(refs, meant_of):
            if meant is None:
                continue
            who, why = meant
            if who not in res.nodes:
                res.nodes[who] = self._person_existing(who, why)
            res.references.append((ref["start"], ref["end"], ref["text"], who, why))
            # …and the letter's mentions of that name it placed nowhere (刘芳是我爱人 … 刘副局长) are that person
            full = simplified(str(res.nodes[who].props.get("name") or ""))
            for i, _name, key, _org in plans:
                was = res.entity_nodes.get(i)
                if was is not None and canon(i) == full and not key[2] and was != who and was.startswith("person:"):
                    res.entity_nodes[i] = who
                    if was not in res.entity_nodes.values() and res.nodes[was].new:  # its own node: no longer anyone's
                        del res.nodes[was]
                        res.candidates = [c for c in res.candidates if was not in (c.start, c.end)]
        for i, e in enumerate(ents):
            if e["label"] != "PROJECT_NO":
                continue
            no = _SPACES.sub("", unicodedata.normalize("NFKC", e["text"]))
            if not no:
                continue
            props = {"project_no": no}
            if res.locality is not None:
                props["region"] = res.locality.region
            node_id = make_id("project", no)
            add(i, ResolvedNode("Project", node_id, props, True, reason="project number"))
        # candidates only between nodes that both exist after this document; and never between two
        # people the letter itself names apart (许子晓 … 其弟弟许子强: a near name the letter also
        # writes out as someone else is not that someone)
        named: dict[str, set[str]] = {}
        for i, node_id in res.entity_nodes.items():
            if ents[i]["label"] == "PERSON":
                named.setdefault(node_id, set()).add(canon(i))
        seen: set[tuple[str, str]] = set()
        kept = []
        for c in res.candidates:
            if (c.start, c.end) in seen or c.start == c.end:
                continue
            if c.start in named and c.end in named and not named[c.start] & named[c.end]:
                continue
            seen.add((c.start, c.end))
            kept.append(c)
        res.candidates = kept
        return res

