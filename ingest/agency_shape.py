"""What an agency looks like in a letter — the one home of these shapes (issue 15).

Used by the letter reader (:mod:`ingest.letters`: the red header, the addressee line, the
signature and form fields) and by the rule component (:mod:`ingest.nlp.rules`,
:mod:`ingest.nlp.relations`: 我局/你局 in running text). Pure ``re``: importing it loads no model.

* :data:`ORGAN_END` — the organ words an agency's name ends in (…局, …委员会, …中心, …分局, …科);
* :func:`agency_shaped` — a whole line or field value that reads as an agency's name;
* :data:`REF_ORGANS`, :data:`SELF_REF`, :data:`ADDRESSEE_REF` — how a letter refers to its writer
  (我局, 本机关) and to its addressee (你局, 贵委) without naming them;
* :data:`OFFICE_ENDS` — the endings of an office inside a body written before a person's name on a
  form's line (联系人：政府采购监督科 X, 经办人：采购办　X).
"""

from __future__ import annotations

import re

ORGAN_END = re.compile(
    r"(分局|支队|大队|中队|派出所|管理局|监督管理局|局|委员会|纪委监委|监委|纪委|管委会|委|人民检察院|检察院|人民法院|法院|"
    r"中心|办公室|办|厅|部|署|人民政府|政府|所|站|科|股|处|机关)$")

# the endings of an office written before a person's name in a form's field (the extractor's person
# fields and the resolver's contact lines read the same list)
OFFICE_ENDS = "科|室|股|处|办公室|办|组|中心|大队|中队"

# the organ words of a reference by pronoun (我局, 本机关, 你单位, 贵委), longest first
REF_ORGANS = ("分局", "支队", "大队", "中心", "机关", "单位", "局", "委", "院", "办", "室", "部", "厅", "所", "队", "股")
_REF_ALT = "|".join(REF_ORGANS)
SELF_REF = re.compile(rf"^(我|本)({_REF_ALT})$")
ADDRESSEE_REF = re.compile(rf"^(你|贵)({_REF_ALT})$")
# the same references at the start of a longer text (我局于…, 你局移送的…)
SELF_REF_AT = re.compile(rf"^(?:我|本)(?:{_REF_ALT})")
ADDRESSEE_REF_AT = re.compile(rf"^(?:你|贵)(?:{_REF_ALT})")

_SEAL_NOTE = re.compile(r"[（(](印章|盖章|章|公章|印|签章)[)）]$")
_SENTENCE_MARKS = re.compile(r"[，。；：:,、“”《》]")


def agency_shaped(line: str) -> bool:
    """A whole line or field value that reads as an agency's name: 3–40 characters ending in an
    organ word, with no sentence punctuation (a trailing seal note such as （印章） is ignored)."""
    s = _SEAL_NOTE.sub("", line).strip()
    return 3 <= len(s) <= 40 and bool(ORGAN_END.search(s)) and not _SENTENCE_MARKS.search(s)
