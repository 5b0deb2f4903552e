"""The extraction's record, typed: what :func:`ingest.nlp.extract_text` returns, the resolver and the
mapping read, and ``liandong extract`` prints as one JSON line per document.

They are ``TypedDict``\\ s, so the JSON shape (the evaluation format of ``../shared/eval``, read by
``tools/evaluate_extraction.py``) stays exactly as it was and ``rec["entities"][i]["text"]`` keeps
working; a key the type does not declare is a mypy error. Relations point at entity *indices*
(``from``, ``to``, ``org``, ``evidence_doc_no``, ``date``; so does ``doc.issuer``).
``tests/ingest/test_extraction_records.py`` checks that what ``liandong extract`` prints has exactly
these keys.

``from`` is a Python keyword, hence the functional syntax for the two relation types; no
``from __future__ import annotations`` here, so that ``__required_keys__`` is right at run time.
"""

from typing import Literal, NotRequired, TypedDict

Form = Literal["pronoun", "short"]  # an AGENCY span that is no name: 我局/你局 (pronoun), 县财政局/市局 (short)


class EntitySpan(TypedDict):
    """One entity: character offsets into the decoded original text, the label, the text there."""

    start: int
    end: int
    label: str                                    # AGENCY, COMPANY, PERSON, POSITION, DOC_NO, DATE, MONEY …
    text: str
    form: NotRequired[Form]


RelationRecord = TypedDict("RelationRecord", {
    "type": str,                                 # REFERRED, PENALIZED, LEGAL_REP, HOLDS_POSITION, BID_ON
    "from": int,                                 # entity index (the canonical, fullest mention of the name)
    "to": int,                                   # entity index (HOLDS_POSITION: the POSITION span)
    "org": NotRequired[int | None],            # HOLDS_POSITION: the organisation, when named
    "evidence_doc_no": NotRequired[int | None],  # REFERRED: the DOC_NO span of the transfer
    "date": NotRequired[int | None],           # REFERRED: the DATE span of the transfer
    "sanction": NotRequired[Literal["discipline"]],  # PENALIZED by a party or supervision body (处分)
    "structural": NotRequired[bool],             # REFERRED made by the letter's act (issuer → addressee)
})


ImplicitRelation = TypedDict("ImplicitRelation", {
    "type": str,                                 # REFERRED or PENALIZED with one end unnamed
    "from": int | None,
    "to": int | None,
    "evidence_doc_no": NotRequired[int | None],
    "date": NotRequired[int | None],
    "null_endpoint_mention": str,                # what stands for the unnamed end (我局, 有关部门 …)
})


class Identifier(TypedDict):
    """A credit code or phone number in the text (not an entity label of the evaluation scheme)."""

    type: Literal["credit_code", "phone"]
    start: int
    end: int
    text: str
    valid: bool                                  # a credit code's check digit (a phone is always valid)


class Reference(TypedDict):
    """A surname and a post with no given name (王局长, 刘副局长): how minutes name an official again.
    No entity under the annotation scheme (a title is never a PERSON); the resolver links it to the
    one person it can stand for, or to nothing (:mod:`ingest.nlp.references`)."""

    start: int
    end: int
    text: str
    label: Literal["PERSON"]
    surname: str                                 # simplified
    post: str                                    # simplified, 副 included


class Classification(TypedDict):
    """What :func:`ingest.nlp.classify.classify` says of a document."""

    kind: str                                    # ingest.nlp.classify.KINDS
    violations: list[str]                        # codes of the schema's violation vocabulary
    issuer: int | None                           # entity index of the issuing agency


class DocFields(Classification):
    """The record's ``doc``: the classification and the letter genre; ``liandong extract`` adds what
    ingestion stores on the Document (:func:`ingest.mapping.stored_fields`)."""

    genre: str                                   # the kind ingestion stores on the Document
    doc_no: NotRequired[str | None]              # ── added by ``liandong extract``:
    date: NotRequired[str | None]                # ISO date
    act: NotRequired[dict[str, object]]          # supervision.acts.LetterAct.to_json, parsed
    issuer_name: NotRequired[str | None]


class ExtractionRecord(TypedDict):
    """What :func:`ingest.nlp.extract_text` returns for one text."""

    file: str | None
    sha256: str | None
    entities: list[EntitySpan]
    relations: list[RelationRecord]
    implicit_relations: list[ImplicitRelation]
    doc: DocFields
    aliases: dict[str, str]                      # a short form or abbreviation → the full name it stands for
    notes: list[str]
    identifiers: list[Identifier]
    references: list[Reference]                  # 王局长, 刘副局长: surname + post (ingest/nlp/references.py)
    genre: str | None


class UnreadFile(TypedDict):
    """What :func:`ingest.nlp.extract_file` returns for a file the readers cannot use."""

    file: str
    sha256: str | None
    status: str                                  # the reader's status: empty, binary, corrupt …
    reason: str | None
    entities: list[EntitySpan]                   # always empty, as the relations and ``doc``
    relations: list[RelationRecord]
    implicit_relations: list[ImplicitRelation]
    doc: dict[str, object]
    aliases: dict[str, str]


class ExtractLine(TypedDict):
    """One line ``liandong extract`` prints (:func:`ingest.stages.extract.extraction_record`)."""

    file: str
    path: str
    sha256: str | None
    status: str
    entities: list[EntitySpan]
    relations: list[RelationRecord]
    implicit_relations: list[ImplicitRelation]
    doc: DocFields | None                        # None when the document was not extracted
    # a document extracted: the rest of its ExtractionRecord
    aliases: NotRequired[dict[str, str]]
    notes: NotRequired[list[str]]
    identifiers: NotRequired[list[Identifier]]
    references: NotRequired[list[Reference]]
    genre: NotRequired[str | None]
    # a document not extracted: why
    reason: NotRequired[str | None]
