"""liandong's queries: the saved investigations and safe ad hoc Cypher.

* :mod:`queries.registry` — the library as data (``queries/*.yaml``), loaded and checked: ``load_registry()``;
  :mod:`queries.params` — a parameter's type and conversion; :mod:`queries.query` — one entry
  (``Query.bind``/``render``/``sample_params``); :mod:`queries.run` — ``run_query(graph, name, params) -> Result``;
* :mod:`queries.post` — the small Python steps a saved query may declare (chain text, deadlines);
* :mod:`queries.guard` — the read-only guard for typed Cypher (tokenizer + refusals);
* :mod:`queries.adhoc` — ``run_readonly``: guard, then an always rolled-back transaction with a
  time limit and a row cap;
* :mod:`queries.format` — table / CSV / JSON / XLSX output (the one CSV and XLSX export); :mod:`queries.result` — ``Result``.
"""
