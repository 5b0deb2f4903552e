"""``liandong ingest`` (letters into the graph) and ``liandong extract`` (letters to eval-format JSON lines)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from graph.settings import Settings

if TYPE_CHECKING:
    from ingest.nlp.records import ExtractionRecord
    from ingest.readers import ReadResult
    from ingest.resolve import Resolver


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def register(cli: click.Group) -> None:
    from app.commands.context import Context, pass_ctx

    @cli.command("ingest")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
                  help="Also write the summary, and every document's outcome, as JSON to this file.")
    @click.option("--workers", type=click.IntRange(1, 64), default=None,
                  help="Extraction processes feeding the one writer (default: 2 on a multi-core machine, "
                       "1 for fewer than 20 files).")
    @click.option("--batch", type=click.IntRange(1, 500), default=16, show_default=True,
                  help="Documents per transaction (each document stays all or nothing).")
    @click.option("--progress/--no-progress", default=None,
                  help="Show a progress bar on stderr (default: only when stderr is a terminal).")
    @pass_ctx
    def ingest_cmd(obj: Context, paths: tuple[Path, ...], report_path: Path | None, workers: int | None,
                   batch: int, progress: bool | None) -> None:
        """Read letters (files, folders, .zip archives) and write what they say into the graph.

        One Document per file (by content: the same file again is "unchanged"), its mentions with
        their character spans, referrals, penalties, positions, legal representatives and bids; names
        resolved to the agencies, companies and persons the graph already holds. A file that cannot be
        read (empty, binary, corrupt, 50 MB or more, undecodable, unsupported) is quarantined with its
        reason and the batch goes on. Interrupted (Ctrl-C, kill), it leaves no half-written document:
        run the same command again to finish the rest.
        """
        from ingest.pipeline import estimate_total, ingest

        missing = [str(p) for p in paths if not p.exists()]
        if missing:
            click.echo(f"note: not found (reported as unreadable): {', '.join(missing)}", err=True)
        if workers is None:
            total = estimate_total([str(p) for p in paths]) or 0
            workers = _default_workers() if total >= 20 else 1
        graph = obj.graph()
        report = ingest(graph, paths, report_path=report_path, workers=workers, batch=batch, progress=progress,
                        merge_unplaced=Settings.from_env().unplaced_names == "merge")
        for line in report.summary_lines():
            click.echo(line)
        if report_path:
            click.echo(f"report: {report_path}")
        if report.interrupted:
            sys.exit(130)

    def _with_stored_fields(read: ReadResult, record: ExtractionRecord, resolver: Resolver) -> ExtractionRecord:
        """Add to ``doc`` what ingestion stores on the Document, by the same function
        (:func:`ingest.mapping.stored_fields`): ``doc_no``, ``date`` (ISO), ``genre`` (the stored
        kind), ``act`` (what the letter does, agencies in full) and ``issuer_name``."""
        from graph.threads import file_name
        from ingest.letters import letter_act
        from ingest.mapping import stored_fields

        doc = record["doc"]
        text, ents = read.text or "", record["entities"]
        act, _ = letter_act(text, file=file_name(read.path), sha256=str(read.sha256), resolver=resolver)
        fields = stored_fields(text, record, act)
        doc["doc_no"] = fields["doc_no"]
        doc["date"] = fields["date"].isoformat() if fields["date"] is not None else None
        doc["genre"] = fields["kind"]
        if fields["act"] is not None:  # letter_act always reads one
            doc["act"] = json.loads(fields["act"])
        issuer = doc.get("issuer")
        doc["issuer_name"] = act.issuer or (ents[issuer]["text"] if isinstance(issuer, int) and 0 <= issuer < len(ents) else None)
        return record

    @cli.command("extract")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
                  help="Output format: one JSON object per document (the evaluation format).")
    @click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
                  help="Write to this file instead of standard output.")
    def extract_cmd(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
        """Extract entities, relations and document fields from letters, without the graph.

        One JSON line per document: file, path, sha256 (of the file's bytes), status, entities
        (start/end offsets into the decoded original text, label, text; AGENCY spans that are not
        names carry ``form``: "pronoun" for 我局/你局, "short" for 县财政局/市局), relations (every
        relation ingestion stores, REFERRED included), doc {kind, violations, issuer, issuer_name,
        genre (the kind stored on the Document), doc_no, date (ISO)}, aliases and identifiers. A document the reader cannot use gets a line
        with its status and reason and no entities.
        """
        from ingest.nlp import extract_text
        from ingest.pipeline import extraction_record
        from ingest.readers import iter_documents
        from ingest.resolve import Resolver

        resolver = Resolver()  # the built-in directory only: extraction needs no graph

        out: TextIO = output.open("w", encoding="utf-8") if output else sys.stdout
        n = bad = 0
        try:
            for read in iter_documents(paths):
                if read.ok and read.text:
                    name = Path(read.path.split("!/")[-1]).name
                    try:
                        record = extraction_record(read, _with_stored_fields(read, extract_text(read.text, file=name),
                                                                             resolver))
                    except Exception as e:  # noqa: BLE001 - one bad letter must not stop the rest
                        record = extraction_record(read, None)
                        record["status"], record["reason"] = "extraction_failed", f"{type(e).__name__}: {e}"
                        bad += 1
                else:
                    record = extraction_record(read, None)
                    bad += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n += 1
        finally:
            if output:
                out.close()
        click.echo(f"{n} documents extracted ({bad} without text)" + (f" to {output}" if output else ""), err=True)
