"""Minutes with no issuer name their attendees with their bodies (出席：市住建局王德明，市卫健局刘芳): the title
places the letter (绵竹市…纪要), the short names are the county's bureaus, and each attendee is the stored
official of the body written right before the name — the namesake of another bureau is not. Real
extractor on a hand-written text (invented people), an in-memory index."""

from __future__ import annotations

from graph.ids import make_id
from ingest.nlp import extract_text
from ingest.resolve import KnownIndex, Resolver

TEXT = ("绵竹市政府采购联动监管联席会议纪要\n时间：2024年6月3日上午\n"
        "出席：市住建局王德明，市卫健局刘芳，市审计局何晓燕\n"
        "会议听取了各成员单位工作情况汇报。王德明局长通报了招标情况。\n")


def test_each_attendee_is_the_official_of_the_body_written_before_the_name() -> None:
    idx = KnownIndex()
    ids = {}
    for name in ("绵竹市住房和城乡建设局", "绵竹市卫生健康局", "绵竹市教育局", "绵竹市审计局"):
        ids[name] = make_id("agency", "绵竹市", name)
        idx.add_agency(ids[name], {"name": name, "region": "绵竹市"})
    officials = {}
    for person, agency in (("王德明", "绵竹市住房和城乡建设局"), ("刘芳", "绵竹市卫生健康局"), ("刘芳", "绵竹市教育局")):
        oid = make_id("official", ids[agency], person)
        idx.add_person(oid, {"name": person, "agency_id": ids[agency]}, "Official")
        officials[(person, agency)] = oid
    extraction = extract_text(TEXT)
    res = Resolver(index=idx).resolve(dict(extraction), TEXT, doc_key="doc:minutes")
    assert res.locality is not None and res.locality.region == "绵竹市"
    by_text = {}
    for i, e in enumerate(extraction["entities"]):
        if e["label"] == "PERSON" and i in res.entity_nodes:
            by_text.setdefault(e["text"], set()).add(res.entity_nodes[i])
    assert by_text["王德明"] == {officials[("王德明", "绵竹市住房和城乡建设局")]}
    assert by_text["刘芳"] == {officials[("刘芳", "绵竹市卫生健康局")]}
