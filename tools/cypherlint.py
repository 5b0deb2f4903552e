"""Lint Cypher with Neo4j's own linter (npm ``@neo4j-cypher/language-support``).

The heavy lifting is done by ``tools/cypher-lint/lint.mjs`` (the package version is pinned
in ``tools/cypher-lint/package.json`` / ``package-lock.json``); this module runs it once per
batch, so a whole batch costs one node start-up (~1 s) plus a few ms per statement.

    from cypherlint import lint
    for r in lint([("merge agency", "UNWIND $rows AS row MERGE (n:Agency {id: row.id})")],
                  schema={"labels": ["Agency"], "relationshipTypes": []}):
        assert not r.errors, r.format()

Diagnostics: severity is "error" (Neo4j would reject the statement: syntax errors,
semantic errors such as undefined variables or type mismatches, and, when the schema
lists procedures/functions, unknown procedures/functions) or "warning" (deprecations,
labels/relationship types missing from the schema).  line/column are 1-based, relative
to the statement text.

Schema (all keys optional): labels, relationshipTypes, propertyKeys, parameters,
procedures, functions ("bundled" = the Neo4j catalogue shipped with the package).
Labels/relationship types are only checked when both lists are given.  Without
"parameters", every ``$param`` a statement uses counts as declared.

CLI:
    python tools/cypherlint.py FILE.cypher ...  [--schema S.json] [--cypher-version 5|25] [--strict]
    python tools/cypherlint.py --json < {"statements": [...], "schema": {...}}
Exit status: 0 clean, 1 errors (or warnings with --strict), 2 linter unavailable/crashed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LINT_DIR = Path(__file__).resolve().parent / "cypher-lint"
LINT_SCRIPT = LINT_DIR / "lint.mjs"
PACKAGE = "@neo4j-cypher/language-support"
INSTALL_HINT = "run `npm ci --prefix tools/cypher-lint`"

__all__ = ["CypherLintUnavailable", "Diagnostic", "LintResult", "lint", "main", "pinned_version"]


class CypherLintUnavailable(RuntimeError):
    """node or the pinned npm package is missing, or the linter process failed."""


@dataclass(frozen=True)
class Diagnostic:
    severity: str  # "error" | "warning" | "information" | "hint"
    message: str
    line: int  # 1-based
    column: int  # 1-based
    end_line: int | None = None
    end_column: int | None = None
    deprecated: bool = False

    def __str__(self) -> str:
        return f"{self.line}:{self.column}: {self.severity}: {self.message}"


@dataclass
class LintResult:
    name: str
    cypher: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def format(self) -> str:
        return "\n".join(f"{self.name}:{d}" for d in self.diagnostics)


def pinned_version() -> str:
    """The exact package version pinned in tools/cypher-lint/package.json."""
    pkg = json.loads((LINT_DIR / "package.json").read_text(encoding="utf-8"))
    return pkg["dependencies"][PACKAGE]


def _check_installed() -> str:
    node = shutil.which("node")
    if node is None:
        raise CypherLintUnavailable(
            f"`node` is not on PATH; install Node.js >= 18, then {INSTALL_HINT}"
        )
    installed = LINT_DIR / "node_modules" / PACKAGE / "package.json"
    if not installed.is_file():
        raise CypherLintUnavailable(f"{PACKAGE} is not installed in {LINT_DIR}; {INSTALL_HINT}")
    have = json.loads(installed.read_text(encoding="utf-8")).get("version")
    want = pinned_version()
    if have != want:
        raise CypherLintUnavailable(
            f"{PACKAGE} {have} is installed but {want} is pinned; {INSTALL_HINT}"
        )
    return node


def _run(payload: dict[str, Any], timeout: float, niceness: int = 0) -> list[dict[str, Any]]:
    node = _check_installed()
    try:
        proc = subprocess.run(
            [node, str(LINT_SCRIPT)],
            preexec_fn=(lambda: os.nice(niceness)) if niceness else None,
            input=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        raise CypherLintUnavailable(f"cypher linter timed out after {timeout}s") from e
    stderr = proc.stderr.decode("utf-8", "replace").strip()
    if proc.returncode != 0:
        hint = (
            f"; {INSTALL_HINT}" if "Cannot find" in stderr or "MODULE_NOT_FOUND" in stderr else ""
        )
        raise CypherLintUnavailable(
            f"cypher linter exited with status {proc.returncode}: {stderr[-2000:]}{hint}"
        )
    try:
        out = json.loads(proc.stdout.decode("utf-8"))
    except ValueError as e:
        raise CypherLintUnavailable(
            f"cypher linter printed no JSON: {proc.stdout[:500]!r} {stderr}"
        ) from e
    if not isinstance(out, list):
        raise CypherLintUnavailable(f"cypher linter printed unexpected output: {out!r:.500}")
    return out


def lint(
    statements: Iterable[tuple[str, str]],
    schema: dict[str, Any] | None = None,
    *,
    cypher_version: str = "5",
    workers: int | None = None,
    timeout: float = 600.0,
    niceness: int = 0,
) -> list[LintResult]:
    """Lint (name, cypher) pairs in one node process; results keep the input order.

    cypher_version: "5" (default; Neo4j 5.x and 2025.x default language) or "25".
    workers: worker threads inside that node process (default 1, or $CYPHER_LINT_WORKERS);
    each pays ~1-2 s CPU start-up, so only worth it for hundreds of statements on idle cores.
    niceness: run the node process at this lower priority (a lint running beside other work).
    Raises CypherLintUnavailable if node / the pinned npm package is missing.
    """
    pairs = [(str(n), str(c)) for n, c in statements]
    if not pairs:
        return []
    payload: dict[str, Any] = {
        "statements": [{"name": n, "cypher": c} for n, c in pairs],
        "cypherVersion": cypher_version,
    }
    if schema is not None:
        payload["schema"] = schema
    if workers is not None:
        payload["workers"] = workers
    raw = _run(payload, timeout, niceness)
    if len(raw) != len(pairs):
        raise CypherLintUnavailable(
            f"cypher linter returned {len(raw)} results for {len(pairs)} statements"
        )
    results = []
    for (name, cypher), r in zip(pairs, raw):
        diags = [
            Diagnostic(
                severity=d["severity"],
                message=d["message"],
                line=d["line"],
                column=d["column"],
                end_line=d.get("endLine"),
                end_column=d.get("endColumn"),
                deprecated=bool(d.get("deprecated", False)),
            )
            for d in r["diagnostics"]
        ]
        results.append(LintResult(name=name, cypher=cypher, diagnostics=diags))
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Lint Cypher with Neo4j's linter (" + PACKAGE + ").")
    ap.add_argument(
        "files",
        nargs="*",
        type=Path,
        help=".cypher files (each may hold several ;-separated statements)",
    )
    ap.add_argument(
        "--json",
        action="store_true",
        help='read {"statements": [...], "schema": {...}} from stdin, print JSON',
    )
    ap.add_argument(
        "--schema", type=Path, help="JSON file with labels/relationshipTypes/propertyKeys/..."
    )
    ap.add_argument("--cypher-version", default="5", choices=["5", "25"])
    ap.add_argument("--strict", action="store_true", help="warnings also make the exit status 1")
    args = ap.parse_args(argv)

    schema = json.loads(args.schema.read_text(encoding="utf-8")) if args.schema else None
    try:
        if args.json:
            data = json.load(sys.stdin)
            pairs = [
                (s.get("name", f"statement {i + 1}"), s["cypher"])
                for i, s in enumerate(data["statements"])
            ]
            version = str(data.get("cypherVersion", args.cypher_version))
            results = lint(pairs, data.get("schema", schema), cypher_version=version)
            json.dump(
                [
                    {
                        "name": r.name,
                        "diagnostics": [
                            {
                                "severity": d.severity,
                                "message": d.message,
                                "line": d.line,
                                "column": d.column,
                            }
                            for d in r.diagnostics
                        ],
                    }
                    for r in results
                ],
                sys.stdout,
                ensure_ascii=False,
            )
            sys.stdout.write("\n")
        else:
            if not args.files:
                ap.error("give .cypher files or --json")
            pairs = [(str(p), p.read_text(encoding="utf-8")) for p in args.files]
            results = lint(pairs, schema, cypher_version=args.cypher_version)
            for r in results:
                if r.diagnostics:
                    print(r.format())
    except CypherLintUnavailable as e:
        print(f"cypherlint: {e}", file=sys.stderr)
        return 2
    bad = any(r.errors or (args.strict and r.diagnostics) for r in results)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
