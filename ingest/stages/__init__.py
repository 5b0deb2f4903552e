"""Ingestion by stage, each handing the next a typed record:

read (:mod:`.read`: files → :class:`~.read.ReadDocument`, or an outcome for what is quarantined or
unchanged) → extract (:mod:`.extract`: → :class:`~.extract.Extraction`, in input order, in-process or
in worker processes) → resolve (:mod:`.resolve`: → :class:`~.resolve.ResolvedDocument`: nodes and the
letter's act) → map (:mod:`ingest.mapping`: → :class:`ingest.mapping.MappedDocument`, the records)
→ write (:mod:`.write`: whole documents per transaction through :func:`graph.writer.write_unit`).
:mod:`ingest.pipeline` runs them and keeps the report.
"""
