"""mypy on a ratchet: strict where the code is clean, and elsewhere never more errors than before.

    python tools/mypy_ratchet.py            # check: fails if any file has more errors than its baseline
    python tools/mypy_ratchet.py --update   # write the current counts as the new baseline (only lower)

Two runs of mypy:

* ``--strict`` on :data:`STRICT` — the packages and modules kept fully typed; any error fails;
* the default settings (``[tool.mypy]`` in pyproject.toml) on every package; the errors per file
  are compared with ``tools/mypy-baseline.txt``. A file with *more* errors than its baseline fails
  the check (with the new errors printed); a file with fewer is reported, so the baseline can be
  lowered with ``--update``. ``--update`` never raises a count.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / "tools" / "mypy-baseline.txt"
PACKAGES = ["graph", "ingest", "app", "queries", "supervision"]
STRICT = ["supervision", "graph/rules", "graph/types", "graph/threads.py", "graph/obligations.py", "ingest/letters.py",
          "graph/catalog.py", "ingest/letter_layout.py", "ingest/letter_fields.py",
          # the extraction's typed records (ingest/nlp/records.py) and the stages that pass them on
          "ingest/nlp/records.py", "ingest/doc_numbers.py", "ingest/nlp/extract.py", "ingest/nlp/chunked.py", "ingest/nlp/classify.py",
          "ingest/stages", "ingest/mapping.py", "ingest/report.py", "app/commands/ingest.py",
          # the extraction rules and relations, resolution, the run, the writer, the query library
          "ingest/nlp/rules", "ingest/nlp/relations", "ingest/nlp/gazetteer.py", "ingest/resolve",
          "ingest/matching.py", "ingest/matters.py", "ingest/pipeline.py", "graph/protected.py", "graph/writer.py",
          "graph/lifecycle.py", "graph/errors.py", "queries", "app/commands/context.py", "ingest/nlp/train.py"]
_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):\d+: error: ")


def _mypy(args: list[str]) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", *args],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):  # 2: mypy itself failed (bad config, crash)
        sys.stderr.write(proc.stdout + proc.stderr)
        raise SystemExit(f"mypy could not run (exit {proc.returncode})")
    return proc.returncode, proc.stdout.splitlines()


def _counts(lines: list[str]) -> Counter[str]:
    return Counter(m["file"] for line in lines if (m := _LINE.match(line)))


def read_baseline() -> Counter[str]:
    out: Counter[str] = Counter()
    if BASELINE.exists():
        for n, line in enumerate(BASELINE.read_text(encoding="utf-8").splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                count, file = line.split(maxsplit=1)
                out[file] = int(count)
            except ValueError:
                raise SystemExit(f"{BASELINE.name} line {n}: expected '<count> <file>', got {line!r}") from None
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true", help="lower the baseline to the current counts")
    args = ap.parse_args(argv)

    status = 0
    rc, lines = _mypy(["--strict", "--follow-imports=silent", *STRICT])
    if rc:
        print("mypy --strict on " + ", ".join(STRICT) + ":")
        print("\n".join(line for line in lines if ": error:" in line))
        status = 1

    _, lines = _mypy(PACKAGES)
    now, base = _counts(lines), read_baseline()
    worse = sorted(f for f in now if now[f] > base.get(f, 0))
    better = sorted(f for f in base if now.get(f, 0) < base[f])
    for f in worse:
        print(f"{f}: {now[f]} mypy errors, baseline {base.get(f, 0)}:")
        print("\n".join("  " + line for line in lines if line.startswith(f + ":") and ": error:" in line))
        status = 1
    if better:
        print("fewer mypy errors than the baseline in " + ", ".join(better)
              + " — lower it with: python tools/mypy_ratchet.py --update")
    if args.update:
        new = {f: min(now.get(f, 0), base[f]) if f in base else now[f] for f in set(base) | set(now)}
        text = "# mypy errors per file allowed by tools/mypy_ratchet.py (only ever lowered)\n"
        text += "".join(f"{n} {f}\n" for f, n in sorted(new.items()) if n)
        BASELINE.write_text(text, encoding="utf-8")
        print(f"baseline written: {sum(new.values())} errors in {sum(1 for n in new.values() if n)} files")
    total = sum(now.values())
    print(f"mypy: {total} errors in {len(now)} files (baseline {sum(base.values())}); strict: {', '.join(STRICT)}")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
