"""All entity spans of a text: the rule candidates of every kind and the model's checked spans,
resolved into one flat list; defined abbreviations (以下简称…) and later mentions of a name found
once; addresses left out; titles attached to whom they belong."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..gazetteer import Gazetteer
from .agencies import (
    coordinated_heads,
    find_agencies,
    find_agency_refs,
    find_spaced_signatures,
    model_agency_ok,
    named_unit_short_forms,
)
from .base import MODEL_PRIO, NAME_BREAK, PRIO, PRONOUN_CHARS, Cand, resolve
from .companies import find_companies, model_company_ok
from .documents import find_doc_numbers, find_laws, find_project_numbers
from .numbers import find_dates, find_money
from .persons import find_persons, list_mates, model_persons, speaker_mates
from .positions import attach_positions, department_titles, find_positions, titles_between

_ALIAS_DEF = re.compile(r"[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“\"「『]?([^”\"」』)）,，。]{2,20})[”\"」』]?\s*[)）,，]")
_ALIAS_STOP = {"投诉人", "被投诉人", "申请人", "被申请人", "当事人", "本项目", "采购人", "供应商", "本机关", "你公司",
               "招标人", "代理机构", "采购代理机构", "该项目", "项目", "中标人", "第三人", "原告", "被告"}


def find_aliases(text: str, ents: list[Cand]) -> dict[tuple[int, int], tuple[str, int, int]]:
    """Defined abbreviations: alias span -> (label, start, end of the defining full name)."""
    out: dict[tuple[int, int], tuple[str, int, int]] = {}
    for m in _ALIAS_DEF.finditer(text):
        alias = m.group(1).strip()
        if alias in _ALIAS_STOP or len(alias) < 2 or re.search(r"(部门|机关|单位|机构|小组|本项目|项目)$", alias):
            continue
        prev = [e for e in ents if e.end <= m.start() and m.start() - e.end <= 2
                and e.label in ("AGENCY", "COMPANY", "LAW")]
        if prev:
            full = prev[-1]
            out[(m.start(1), m.start(1) + len(alias))] = (full.label, full.start, full.end)
    return out


def _occurrences(text: str, t: str) -> list[int]:
    """Where ``t`` starts in ``text``, left to right, without overlaps (as ``re.finditer`` of it)."""
    out: list[int] = []
    at = text.find(t)
    while at >= 0:
        out.append(at)
        at = text.find(t, at + len(t))
    return out


def propagate(text: str, ents: list[Cand], labels: tuple[str, ...] = ("PERSON", "COMPANY", "AGENCY", "PROJECT_NO"),
              ) -> list[Cand]:
    """Label every further occurrence of an already recognised name string."""
    names: dict[str, str] = {}
    prio: dict[str, int] = {}
    for e in ents:
        t = text[e.start:e.end]
        if e.source in ("pronoun", "short"):
            continue  # 你局 / 市局 are found where they are written, never propagated as names
        if e.label in labels and len(t) >= 2 and not (e.label == "PERSON" and len(t) < 2):
            names.setdefault(t, e.label)
            p = MODEL_PRIO + 5 if e.source != "model" else MODEL_PRIO - 1
            prio[t] = max(prio.get(t, 0), p)
    extra: list[Cand] = []
    for t, lab in names.items():
        for s in _occurrences(text, t):  # (str.find: a regex per name string would be compiled per letter)
            end = s + len(t)
            if lab == "AGENCY" and s > 0 and text[s - 1] in PRONOUN_CHARS and text[s] in "省市县区州":
                continue  # 各县财政局 / 全市财政局: not the named body
            if lab == "AGENCY" and t.endswith("政府") and text.startswith("采购", end):
                continue  # 区政府|采购领域: 政府采购 (government procurement), not the government
            if lab == "COMPANY" and t[0] == "某" and s >= 1 and "\u4e00" <= text[s - 1] <= "\u9fff" \
                    and (s == 1 or not "\u4e00" <= text[s - 2] <= "\u9fff"):
                continue  # ，张|某某公司: 张某某's company, not the masked firm named elsewhere
            if lab == "PERSON":
                # don't match inside a longer CJK word unless it is a clean token boundary
                if end < len(text) and text[end] in "某*" or (s > 0 and text[s - 1] in "某"):
                    continue
            extra.append(Cand(s, end, lab, prio[t], "propagated"))
    return extra


def rule_candidates(text: str, gaz: Gazetteer, positions: list[Cand] | None = None) -> list[Cand]:
    cands: list[Cand] = []
    cands += find_laws(text)
    cands += find_project_numbers(text)
    cands += find_doc_numbers(text)
    cands += find_dates(text)
    cands += find_money(text)
    agencies = find_agencies(text, gaz)
    cands += agencies
    refs = find_agency_refs(text)
    cands += refs
    cands += find_spaced_signatures(text, gaz)
    cands += find_companies(text, gaz, agencies)
    # a name after a body's pronoun is placed as after its name (你股陈志强股长, 我局王五表示)
    cands += find_persons(text, gaz, sorted(agencies + refs, key=lambda c: c.start), positions)
    return cands


# an address — and a place where something happens (约谈地点：X局四楼小会议室), which is as much an address
_ADDRESS = re.compile(r"(?:地\s*址|住所地|住\s*址|住所或地址|单位地址|住所|通讯地址|联系地址|^\s+址|"
                      r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{0,4}地\s*点)\s*[:：]")


def address_regions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(_ADDRESS, text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        stop = re.search(r"[。;；]|(?<=号)[一二三四五六七八九十]+、|(?:统一社会信用代码|法定代表人|负责人|电话)", text[m.end():end])
        if stop:
            end = m.end() + stop.start()
        out.append((m.end(), end))
    for m in re.finditer(r"(?m)^[ \t]+址[:：]", text):
        end = text.find("\n", m.end())
        out.append((m.end(), len(text) if end < 0 else end))
    return out


def filter_model_spans(text: str, model: list[Cand], rule: list[Cand], gaz: Gazetteer,
                       positions: list[Cand] | None = None) -> list[Cand]:
    """Keep only statistically predicted spans that look like names of their label.

    The NER is trained on synthetic letters, so its spans are checked: a PERSON needs a known
    surname and a person-like context or repetition; COMPANY/AGENCY need a proper suffix/head.
    """
    rule_persons = {text[c.start:c.end] for c in rule if c.label == "PERSON"}
    titles_end = {c.end for c in (positions if positions is not None else find_positions(text, gaz))}
    out = model_persons(text, model, rule_persons, titles_end, gaz)
    for c in model:
        t = text[c.start:c.end]
        if not t or NAME_BREAK.search(t):
            continue
        if (c.label == "COMPANY" and model_company_ok(t) and t[:-2] not in gaz.verbs) or (c.label == "AGENCY" and model_agency_ok(text, c, gaz)):
            out.append(c)
    return out


def extract_spans(text: str, gaz: Gazetteer, model_ents: Iterable[Cand] = ()) -> list[Cand]:
    """All entity spans for ``text`` (simplified view), flat and sorted."""
    all_positions = find_positions(text, gaz)
    cands = rule_candidates(text, gaz, all_positions)
    cands += filter_model_spans(text, list(model_ents), cands, gaz, all_positions)
    addr = address_regions(text)
    cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in addr)
             or c.label in ("DOC_NO", "DATE", "MONEY", "LAW", "PROJECT_NO")]
    first = resolve(cands)
    # defined abbreviations get the label of the full name
    aliases = find_aliases(text, first)
    cands += [Cand(s, e, lab, PRIO[lab] + 5, "alias") for (s, e), (lab, _, _) in aliases.items()]
    first = resolve(cands)
    cands += propagate(text, first)
    cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in addr)
             or c.label in ("DOC_NO", "DATE", "MONEY", "LAW", "PROJECT_NO")]
    merged = resolve(cands)
    merged = resolve(merged + list_mates(text, merged, gaz))
    merged = resolve(merged + speaker_mates(text, merged, gaz))
    positions = [p for p in all_positions if not any(s <= p.start and p.end <= e for s, e in addr)]
    merged = resolve(merged + coordinated_heads(text, merged, gaz) + named_unit_short_forms(text, merged))
    positions += titles_between(text, merged, positions)
    positions = department_titles(text, merged, positions)
    kept = attach_positions(text, merged, positions)
    return resolve(merged + kept)
