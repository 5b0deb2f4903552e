from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import InvalidData, SchemaError
from graph.ids import make_id, prefix_of
from graph.schema import convert, load_schema, parse_schema, quote

DOMAIN_LABELS = [
    "Agency", "Official", "Person", "Company", "Project", "Bid", "Case", "Clue", "Referral",
    "AssistanceRequest", "Complaint", "Document", "Sanction", "WatchListEntry", "Meeting",
    "Inspection", "Mechanism", "Event",
]


@pytest.mark.parametrize("label", DOMAIN_LABELS)
def test_domain_concepts_have_labels_with_keys(label: str) -> None:
    node = load_schema().node(label)
    assert node.key, f"{label} has no business key"
    assert all(k in node.properties for k in node.key)


def test_every_label_gets_a_named_unique_constraint() -> None:
    schema = load_schema()
    stmts = schema.constraint_statements()
    assert len(stmts) == len(schema.nodes)
    assert "CREATE CONSTRAINT agency_id_unique IF NOT EXISTS FOR (n:`Agency`) REQUIRE n.id IS UNIQUE" in stmts
    assert all(" IF NOT EXISTS " in s for s in schema.ddl())


def test_ids_are_deterministic_and_normalised() -> None:
    a = make_id("company", "91510683MA62Q1XX7A")
    assert a == make_id("company", " 91510683MA62Q1XX7A ")
    assert a == make_id("company", "９１５１０６８３ＭＡ６２Ｑ１ＸＸ７Ａ")  # full-width digits
    assert a != make_id("company", "91510683MA62Q1XX7B")
    assert prefix_of(a) == "company"
    node = load_schema().node("Agency")
    assert node.make_id({"region": "四川省德阳市绵竹市", "name": "绵竹市财政局"}) == make_id(
        "agency", "四川省德阳市绵竹市", "绵竹市财政局"
    )


def test_label_of_id_round_trips() -> None:
    schema = load_schema()
    for label, node in schema.nodes.items():
        assert schema.label_of_id(make_id(node.prefix, "x")) == label


@pytest.mark.parametrize(
    "value,type_,expected",
    [
        ("2024-02-08", "date", dt.date(2024, 2, 8)),
        ("2024年2月8日", "date", dt.date(2024, 2, 8)),
        ("1,234.5", "float", 1234.5),
        ("是", "bool", True),
        ("a;b；c", "strings", ["a", "b", "c"]),
        ("", "int", None),
        ("3", "int", 3),
    ],
)
def test_convert(value: str, type_: str, expected: object) -> None:
    assert convert(value, type_) == expected


@pytest.mark.parametrize("value,type_", [("2024-13-01", "date"), ("soon", "date"), ("x", "float"), ("maybe", "bool"), ("1.5", "int")])
def test_convert_refuses_bad_values(value: str, type_: str) -> None:
    with pytest.raises(InvalidData):
        convert(value, type_)


def test_unknown_property_is_refused_with_field() -> None:
    with pytest.raises(InvalidData) as e:
        load_schema().clean_node_props("Company", {"key": "k", "name": "n", "colour": "red"}, where={"file": "c.csv", "row": 3})
    assert e.value.field == "colour" and e.value.row == 3
    assert "c.csv, row 3, field 'colour'" in str(e.value)


def test_missing_required_property_names_it() -> None:
    with pytest.raises(InvalidData, match="requires 'name'"):
        load_schema().clean_node_props("Agency", {"region": "x"})


@pytest.mark.parametrize("name", ["Agency`) DETACH DELETE n //", "a b", "", "1abc"])
def test_quote_refuses_anything_but_plain_names(name: str) -> None:
    with pytest.raises(SchemaError):
        quote(name)


def test_schema_validation_catches_dangling_labels() -> None:
    with pytest.raises(SchemaError, match="unknown label"):
        parse_schema({"nodes": {"A": {"prefix": "a", "key": ["k"], "properties": {"k": {}}}},
                      "relationships": {"R": {"from": ["A"], "to": ["B"]}}})
