"""Session 5: move the odd-numbered CAIL files (cail-01, -03, … -31) of this set to ``../dev5``.

Held-out 3's real part had been scored three times (figures only) and stayed below issue 10's
targets; to work on real court text without spending all of it, half of it becomes a development
set (its errors read, rules fixed on it) and the even-numbered half stays held out, never read.
Run after ``build_gold.py`` (which writes all 52 lines): it moves the files and their gold lines.
Idempotent.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV5 = HERE.parent / "dev5"


def moved(name: str) -> bool:
    return name.startswith("cail-") and int(name[5:7]) % 2 == 1


def main() -> None:
    (DEV5 / "docs").mkdir(parents=True, exist_ok=True)
    keep, move = [], []
    for line in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        (move if moved(json.loads(line)["file"]) else keep).append(line)
    for doc in sorted((HERE / "docs").iterdir()):
        if moved(doc.name):
            shutil.move(str(doc), DEV5 / "docs" / doc.name)
    if move:
        old = (DEV5 / "gold.jsonl").read_text(encoding="utf-8").splitlines() if (DEV5 / "gold.jsonl").exists() else []
        lines = sorted(set(old) | set(move), key=lambda s: json.loads(s)["file"])
        (DEV5 / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "gold.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
    print(f"held-out 3 keeps {len(keep)} files; dev5 has {len((DEV5 / 'gold.jsonl').read_text().splitlines())}")


if __name__ == "__main__":
    main()
