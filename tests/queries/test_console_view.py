"""The console's view as a rule (app/services/console_view.build_view), on hand-built graph rows."""

from __future__ import annotations

from app.services.access import ProtectedIdentity
from app.services.console_view import SECRET_TEXT, build_view, pseudonym

KEY = bytes(range(32))


def node(i: str, label: str, **props):
    return {"id": i, "labels": [label], "props": {"id": i, **props}}


def rel(a: str, t: str, b: str, **props):
    return {"start": a, "type": t, "end": b, "props": props}


NODES = [
    node("agency:pol", "Agency", name="示例县公安局"),
    node("agency:aud", "Agency", name="示例县审计局"),
    node("clue:secret", "Clue", clue_no="XS-9", summary="绝密线索摘要", confidential=True),
    node("clue:open", "Clue", clue_no="XS-1", summary="公开线索，另见XS-9号线索"),
    node("referral:s", "Referral", doc_no="示公移〔2024〕9号", from_agency="agency:pol", to_agency="agency:aud"),
    node("event:s1", "Event", thread_id="clue:secret", kind="case_transferred"),
    node("deadline:s1", "Deadline", thread_id="clue:secret", rule="return_out_of_duty"),
    node("deadline:s2", "Deadline", thread_id="x", rule="notify_acceptance"),
    node("doc:s", "Document", title="举报信", text="举报人老王（电话13600001111）反映问题", path="in/示公移〔2024〕9号.txt"),
    node("doc:p", "Document", title="投诉书", text="投诉人老王，电话136-0000-1111，住幸福路1号。另见示公移〔2024〕9号。",
         act='{"person": "person:wang"}'),
    node("company:only", "Company", name="只在密件中出现的公司"),
    node("company:both", "Company", name="两处都有的公司"),
    node("phone:only", "Phone", number="13900000000"),
    node("person:wang", "Person", name="老王", context="c", aliases=["王老五"], masked=True),
    node("phone:wang", "Phone", number="13600001111"),
    node("address:wang", "Address", text="幸福路1号"),
    node("person:li", "Person", name="李四", context="c"),
    node("complaint:c", "Complaint", complaint_no="TS-1", subject="评审不公"),
    node("person:merged", "Person", name="王老五", context="d", merged_into="person:wang"),
]
RELS = [
    rel("agency:pol", "HOLDS", "clue:secret"),
    rel("referral:s", "CONCERNS", "clue:secret"),
    rel("clue:secret", "HAS_EVENT", "event:s1"),
    rel("clue:secret", "HAS_DEADLINE", "deadline:s1"),
    rel("clue:secret", "EVIDENCED_BY", "doc:s"),
    rel("doc:s", "MENTIONS", "company:only", start=0, end=2, text="只在"),
    rel("doc:s", "MENTIONS", "company:both", start=0, end=2, text="两处"),
    rel("doc:p", "MENTIONS", "company:both", start=0, end=2, text="两处"),
    rel("company:only", "HAS_PHONE", "phone:only"),
    rel("doc:s", "MENTIONS", "person:wang", start=3, end=5, text="老王"),
    rel("doc:p", "MENTIONS", "person:wang", start=3, end=5, text="老王"),
    rel("person:wang", "HAS_PHONE", "phone:wang"),
    rel("person:wang", "HAS_ADDRESS", "address:wang"),
    rel("person:li", "HAS_PHONE", "phone:wang"),
    rel("person:wang", "COMPLAINED", "complaint:c"),
    rel("complaint:c", "LODGED_WITH", "agency:aud"),
    rel("person:li", "FAMILY", "person:wang", note="老王的邻居"),
]
RESTRICTED = ["clue:secret", "referral:s", "event:s1", "doc:s"]
WANG = ProtectedIdentity("person:wang", names=("老王", "王老五"), phones=("13600001111",), addresses=("幸福路1号",),
                         node_ids=("person:wang", "phone:wang", "address:wang"))


def view():
    return build_view(NODES, RELS, RESTRICTED, {"person:wang": WANG}, KEY)


def everything(v) -> str:
    return repr([(n.id, n.labels, n.props) for n in v.nodes] + [(r.start, r.type, r.end, r.props) for r in v.rels])


def test_a_confidential_item_and_all_that_only_it_says_are_left_out():
    ids = {n.id for n in view().nodes}
    assert not {"clue:secret", "referral:s", "event:s1", "deadline:s1", "doc:s"} & ids
    assert "deadline:s2" in ids  # another thread's deadline stays
    # a party only the secret letter names goes, with its phone; one named elsewhere too stays
    assert "company:only" not in ids and "phone:only" not in ids and "company:both" in ids
    assert {"agency:pol", "agency:aud"} <= ids  # agencies are public whatever they hold


def test_its_numbers_and_file_names_are_blanked_in_what_stays():
    text = everything(view())
    assert "XS-9" not in text and "示公移〔2024〕9号" not in text and "绝密线索摘要" not in text
    by_id = {n.id: n for n in view().nodes}
    assert by_id["clue:open"].props["summary"] == f"公开线索，另见{SECRET_TEXT}号线索"


def test_a_protected_person_is_a_pseudonym_with_nothing_that_identifies_them():
    v = view()
    pid, name = pseudonym(KEY, "person:wang")
    by_id = {n.id: n for n in v.nodes}
    assert by_id[pid].props == {"id": pid, "name": name, "masked": True} and name.startswith("保密身份-")
    assert "person:wang" not in by_id and "phone:wang" not in by_id and "address:wang" not in by_id
    text = everything(v)
    for s in ("老王", "王老五", "13600001111", "136-0000-1111", "幸福路1号", "person:wang"):
        assert s not in text, s
    assert by_id["doc:p"].props["text"] == f"投诉人{name}，电话{name}，住{name}。另见{SECRET_TEXT}。"
    assert by_id["doc:p"].props["act"] == f'{{"person": "{pid}"}}'  # the real id inside text becomes the pseudonym's
    assert by_id["person:merged"].props["name"] == name and by_id["person:merged"].props["merged_into"] == pid


def test_complained_and_the_phone_link_are_dropped_other_links_follow_the_pseudonym():
    v = view()
    pid, name = pseudonym(KEY, "person:wang")
    types = {(r.start, r.type, r.end): r.props for r in v.rels}
    assert not [k for k in types if k[1] == "COMPLAINED"]
    assert ("complaint:c", "LODGED_WITH", "agency:aud") in types
    assert ("person:li", "FAMILY", pid) in types and types[("person:li", "FAMILY", pid)]["note"] == f"{name}的邻居"
    assert ("doc:p", "MENTIONS", pid) in types and types[("doc:p", "MENTIONS", pid)]["text"] == name
    # the shared phone ties nobody to him any more: it is his, so it is gone, and 李四's link to it with it
    assert not [k for k in types if "phone:wang" in k]


def test_pseudonyms_are_stable_and_depend_on_the_key():
    assert pseudonym(KEY, "person:wang") == pseudonym(KEY, "person:wang")
    assert pseudonym(KEY, "person:wang") != pseudonym(bytes(32), "person:wang")
    assert pseudonym(KEY, "person:wang") != pseudonym(KEY, "person:li")
    assert {n.id for n in view().nodes} == {n.id for n in view().nodes}


def test_a_protected_person_only_a_secret_names_is_left_out_entirely():
    nodes = [*NODES, node("person:x", "Person", name="赵某某", context="x", masked=True)]
    rels = [*RELS, rel("doc:s", "MENTIONS", "person:x", start=0, end=3, text="赵某某")]
    x = ProtectedIdentity("person:x", names=("赵某某",), node_ids=("person:x",))
    v = build_view(nodes, rels, RESTRICTED, {"person:wang": WANG, "person:x": x}, KEY)
    assert pseudonym(KEY, "person:x")[0] not in {n.id for n in v.nodes} and v.pseudonymised == 1
