"""文书导入: uploaded letters → the ingest pipeline → what was stored, what was quarantined and why.

Uploads are kept as received under ``LIANDONG_HOME/uploads/<time>-<user>/`` (owner-only): the
``Document`` nodes point at them, and a quarantined file can be looked at again. Each file goes
through :class:`ingest.pipeline.Pipeline` (read → extract → resolve → map → write, all or nothing
per document), one file at a time so the page can show progress; a zip yields one outcome per
member. A file the readers cannot use is *quarantined* with the reader's reason (scan without a
text layer, unknown encoding, damaged …) and never stops the batch.

While the pipeline is not installed (:func:`pipeline_class` is None) only the read stage runs:
the page says so and nothing is written.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.access import Viewer, invalidate
from app.services.audit import AuditLog
from graph.connection import Graph
from graph.settings import Settings

STATUS_ZH = {
    "ok": "可读取", "empty": "空文件", "binary": "不是文本", "corrupt": "文件损坏", "too_large": "文件过大",
    "no_text_layer": "扫描件无文字层", "undecodable": "无法识别编码", "unsupported": "不支持的格式",
    "unreadable": "无法读取", "extraction_failed": "抽取失败", "invalid_data": "数据不合规", "write_failed": "写入失败",
    "ingested": "已入图", "unchanged": "已在图中（未变）", "quarantined": "已隔离", "failed": "入图失败",
    "read_only": "已读取（未入图）",
}
_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]+")


@dataclass
class FileOutcome:
    name: str
    size: int
    sha256: str | None
    read_status: str  # the reader's or pipeline's status: ok, no_text_layer, extraction_failed …
    status: str  # ingested | unchanged | quarantined | read_only | failed
    reason: str = ""
    format: str = ""
    encoding: str | None = None
    chars: int = 0
    document_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def status_zh(self) -> str:
        return STATUS_ZH.get(self.status, self.status)

    @property
    def read_status_zh(self) -> str:
        return STATUS_ZH.get(self.read_status, self.read_status)

    @property
    def problem(self) -> bool:
        return self.status in ("quarantined", "failed")


def pipeline_class() -> Any | None:
    """:class:`ingest.pipeline.Pipeline`, or None while it is not installed."""
    try:
        from ingest.pipeline import Pipeline
    except ImportError:
        return None
    return Pipeline


def safe_name(name: str) -> str:
    """The uploaded file's base name, without path parts or characters a file system refuses."""
    base = re.split(r"[/\\]", name)[-1]
    base = _UNSAFE.sub("_", base).strip(" .") or "upload"
    return base[:150]


def upload_folder(viewer: Viewer, settings: Settings | None = None) -> Path:
    settings = settings or Settings.from_env()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    from graph.home import private_dir

    uploads = private_dir(settings.home / "uploads", settings.home)  # 0700 up to the home
    folder = uploads / f"{stamp}-{safe_name(viewer.username)}"
    folder.mkdir(exist_ok=False, mode=0o700)
    return folder


def _read_only(name: str, data: bytes) -> FileOutcome:
    from ingest.readers import read_bytes

    res = read_bytes(data, name)
    status = str(res.status)
    outcome = FileOutcome(name, len(data), res.sha256, status, "read_only", res.reason or "", res.format,
                          res.encoding, len(res.text or ""))
    if status != "ok":
        outcome.status = "quarantined"
        outcome.reason = res.reason or STATUS_ZH.get(status, status)
    return outcome


def _from_report(name: str, size: int, d: Any, path: Path) -> FileOutcome:
    member = Path(d.path).name
    reason = (d.reason or "").replace(f"{path}: ", "").replace(str(path.parent) + os.sep, "")
    shown = name if member == safe_name(name) or member.endswith(safe_name(name)) else f"{name} → {member}"
    details = {k: getattr(d, k) for k in ("kind", "doc_no", "region", "mentions", "referrals", "penalties", "candidates")
               if getattr(d, k, None) not in (None, "", 0)}
    if getattr(d, "notes", None):
        details["notes"] = list(d.notes)
    return FileOutcome(shown, size, d.sha256, d.status, d.outcome, reason, chars=d.characters,
                       document_id=d.doc_id, details=details)


def ingest_files(
    graph: Graph,
    viewer: Viewer,
    files: list[tuple[str, bytes]],
    *,
    audit: AuditLog | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    folder: Path | None = None,
) -> list[FileOutcome]:
    """Ingest the uploaded files (or only read them while the pipeline is missing); one audit entry per outcome."""
    viewer.require("ingest")
    pipeline_cls = pipeline_class()
    out: list[FileOutcome] = []
    pipe = None
    if pipeline_cls is not None:
        folder = folder or upload_folder(viewer)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        pipe = pipeline_cls(graph, progress=False)
    for i, (name, data) in enumerate(files):
        if progress:
            progress(i, len(files), name)
        if pipe is None or folder is None:  # the folder is set with the pipeline
            results = [_read_only(name, data)]
        else:
            path = folder / f"{i:03d}-{safe_name(name)}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            try:
                report = pipe.run([path])
            except Exception as e:  # noqa: BLE001 - every failure is reported per file, the batch goes on
                results = [FileOutcome(name, len(data), None, "write_failed", "failed", f"{type(e).__name__}: {e}")]
            else:
                results = [_from_report(name, len(data), d, path) for d in report.documents] or [
                    FileOutcome(name, len(data), None, "empty", "quarantined", "没有可读取的文档")]
        for r in results:
            if audit is not None:
                audit.record(viewer, "ingest_upload", r.name, {
                    "sha256": r.sha256, "size": r.size, "status": r.status, "read_status": r.read_status,
                    "reason": r.reason[:300], "document_id": r.document_id,
                })
        out.extend(results)
    if progress:
        progress(len(files), len(files), "")
    if any(o.status == "ingested" for o in out):
        invalidate()
    return out
