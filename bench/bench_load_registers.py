"""How fast ``liandong load`` takes the double-random registers (issue 13): a companies file and a target
register (检查对象名录库) of N companies, and an inspector register (执法人员库) of M inspectors, as CSV through
the tabular loader — then the same files again (a re-run that must change nothing).

Starts its own embedded server in a temporary folder (never touches your data) with the seed localities'
agencies (liandong reference load); prints figures, asserts nothing about time.

    .venv/bin/python bench/bench_load_registers.py [--targets 20000] [--inspectors 2000]
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
import time
from pathlib import Path

from graph import embedded
from graph.connection import connect
from graph.reference import load_reference
from graph.settings import Settings
from graph.stats import counts
from graph.types.credit_code import make as make_credit_code
from ingest.tabular import load_files

AGENCIES = ("修武县发展和改革委员会", "修武县公安局", "修武县公共资源交易中心", "修武县审计局")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def write_files(folder: Path, n_targets: int, n_inspectors: int) -> list[Path]:
    companies, targets, inspectors = folder / "企业.csv", folder / "检查对象名录库.csv", folder / "执法人员库.csv"
    codes = [make_credit_code(f"914108{i:09d}00"[:17]) for i in range(n_targets)]
    companies.write_text("名称,统一社会信用代码,地区\n" + "".join(
        f"修武县基准供应商{i:06d}有限公司,{c},修武县\n" for i, c in enumerate(codes)), encoding="utf-8")
    targets.write_text("检查对象,统一社会信用代码,检查领域,风险等级,开始日期\n" + "".join(
        f",{c},工程建设招投标,{i % 4},2024-01-01\n" for i, c in enumerate(codes)), encoding="utf-8")
    inspectors.write_text("姓名,单位,单位地区,检查领域,开始日期\n" + "".join(
        f"执法员{i:05d},{AGENCIES[i % len(AGENCIES)]},修武县,工程建设招投标,2024-01-01\n" for i in range(n_inspectors)),
        encoding="utf-8")
    return [companies, targets, inspectors]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--targets", type=int, default=20_000)
    ap.add_argument("--inspectors", type=int, default=2_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="liandong-bench-registers-") as tmp:
        os.environ["LIANDONG_HOME"] = tmp
        os.environ["LIANDONG_BOLT_PORT"] = str(_free_port())
        settings = Settings.from_env()
        graph = connect(settings)
        try:
            load_reference(graph)
            files = write_files(Path(tmp), args.targets, args.inspectors)
            rows = 2 * args.targets + args.inspectors
            for label in ("first load", "re-run"):
                t0 = time.perf_counter()
                report = load_files(files, graph)
                took = time.perf_counter() - t0
                nodes, rels = counts(graph)
                print(f"{label}: {rows:,} rows ({args.targets:,} companies, {args.targets:,} targets, "
                      f"{args.inspectors:,} inspectors) in {took:.1f} s = {rows / took:,.0f} rows/s; "
                      f"{len(report.errors)} errors; graph: {nodes.get('RegisterEntry', 0):,} register entries, "
                      f"{nodes.get('Company', 0):,} companies, {rels.get('LISTS', 0):,} LISTS")
        finally:
            graph.close()
            embedded.stop(settings)


if __name__ == "__main__":
    main()
