"""Property types, one small module each, in the manner of FollowTheMoney's ``types/``.

Every module owns the normalisation of one kind of value, so callers never re-implement it:

* :mod:`~graph.types.credit_code` — 统一社会信用代码 (GB 32100-2015, check character by python-stdnum)
* :mod:`~graph.types.idcard` — 居民身份证号码 (GB 11643-1999, check character by python-stdnum)
* :mod:`~graph.types.dates` — dates as people write them (2021-06-07, 2021年6月7日, 二〇二一年六月七日)
* :mod:`~graph.types.numbers` — Chinese numerals (十二, 二〇二一, 壹佰万; by cn2an)
* :mod:`~graph.types.money` — amounts of money in yuan (12.3万元, ￥1,234.50, 壹拾贰万叁仟元整)
* :mod:`~graph.types.phone` — telephone numbers (digits only, +86 dropped)
* :mod:`~graph.types.text` — the one traditional → simplified / half-width view (OpenCC's tables)
* :mod:`~graph.types.names` — the two key forms of a name: for ids and for lookups
* :mod:`~graph.types.values` — driver values (neo4j temporal types) as plain Python
* :mod:`~graph.types.vocabulary` — coded values of a closed list (``vocabularies`` in graph/schema.yaml:
  agency kinds with their Chinese names, the words people write for them and the name patterns)

Each type has ``clean(value) -> str | None`` (the normal form, or None when the value is not one)
and ``validate(value) -> bool``; where a Python value is produced, ``parse(value)`` returns it (or
None). Where a clerk needs to know *why* a value is refused, ``problem(value)`` gives the reason.

This package sits below everything: it imports only the standard library, python-stdnum, cn2an, PyYAML
(the schema's vocabularies) and OpenCC's dictionary files (checked by import-linter's "pure" contract).
"""
