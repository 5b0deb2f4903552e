"""Structured import (``liandong load``): CSV, JSON / JSON Lines and XLSX records into the graph.

>>> from ingest.tabular import load_files
>>> report = load_files(["data/examples/companies.csv"], graph)        # doctest: +SKIP
>>> report.exit_code, [e.message for e in report.errors]               # doctest: +SKIP

The record kinds and their columns are in :mod:`ingest.tabular.kinds` (``liandong load --columns``);
what a load does step by step is in :mod:`ingest.tabular.loader`.
"""

from ingest.tabular.kinds import KINDS, Kind, render_columns
from ingest.tabular.loader import load_files
from ingest.tabular.report import EXIT_FATAL, EXIT_OK, EXIT_ROWS_REJECTED, LoadReport, RowError

__all__ = [
    "EXIT_FATAL",
    "EXIT_OK",
    "EXIT_ROWS_REJECTED",
    "KINDS",
    "Kind",
    "LoadReport",
    "RowError",
    "load_files",
    "render_columns",
]
