"""Entity resolution for ingested letters: which graph node each extracted mention stands for.

>>> index = KnownIndex.load(graph)                      # agencies, companies, persons already stored
>>> resolver = Resolver(index=index)                    # + the agency directory (four seed localities)
>>> res = resolver.resolve(extraction, text, doc_key="doc:<sha256>")
>>> res.entity_nodes[3], res.locality.region            # 'agency:…', '绵竹市'

One module per job (each decision carries a ``reason`` that the report and the tests can read):

==================  ================================================================================
``text``            the comparison form of names (:func:`simplified`, :func:`company_name_key`), masks
``places``          the divisions, :class:`Locality`, the localities of names and document numbers
``company_keys``    the looser company form for candidates, the trade-name short form
``known``           :class:`KnownIndex`: what the graph and this batch hold, candidates' contexts
``records``         :class:`ResolvedNode`, :class:`Candidate`, :class:`Resolution`
``agencies``        agencies, short forms, pronouns, the locality of a document
``companies``       companies by credit code, name, trade name, near names in context
``persons``         persons and officials by name and context (:mod:`ingest.matching`)
``protected``       complainants and informants (who is protected: :mod:`graph.protected`)
``ties``            what a letter's sentences and forms tie a person to (法定代表人, 股东, addressee lines,
                    contact and staff fields, table columns, answers in a record)
``titles``          title references (王局长) → the one person each can stand for, or nothing
``document``        :class:`Resolver`: one document, in order (agencies → companies → persons → projects)
==================  ================================================================================

Resolution is pure given the :class:`KnownIndex` and the directory; :meth:`KnownIndex.add_resolution`
registers what a document introduced so the next document in the same batch finds it. Judgements
(merge, split, reject) are :mod:`ingest.judgements`.
"""

from ingest.resolve.agencies import AGENCY_SHORT_FORMS, agency_kind, agency_variants
from ingest.resolve.companies import credit_codes
from ingest.resolve.company_keys import company_loose_key
from ingest.resolve.document import Resolver
from ingest.resolve.known import KnownIndex
from ingest.resolve.places import Localities, Locality, Places
from ingest.resolve.protected import PROTECTED_ROLE, id_number_hash_near
from ingest.resolve.records import Candidate, Resolution, ResolvedNode
from ingest.resolve.text import company_name_key, is_masked_company, is_masked_person, simplified
from ingest.resolve.ties import legal_rep_company, role_company

__all__ = [
    "AGENCY_SHORT_FORMS",
    "PROTECTED_ROLE",
    "Candidate",
    "KnownIndex",
    "Localities",
    "Locality",
    "Places",
    "ResolvedNode",
    "Resolution",
    "Resolver",
    "agency_kind",
    "agency_variants",
    "company_loose_key",
    "company_name_key",
    "credit_codes",
    "id_number_hash_near",
    "is_masked_company",
    "is_masked_person",
    "legal_rep_company",
    "role_company",
    "simplified",
]
