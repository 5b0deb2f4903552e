"""Memory and time of extracting ONE long letter (issue 12 row 11): a letter of about 1,000,000
characters (within the readers' limits) must be extracted in at most 1 GB of resident memory.

Each measurement runs in a fresh process (``ru_maxrss`` is a high-water mark), with the model
loaded first, and reports peak RSS, the RSS of the loaded model alone, and the time:

    .venv/bin/python bench/bench_long_letter.py                 # 1,000,000 characters, chunked
    .venv/bin/python bench/bench_long_letter.py --chars 100000 --unchunked   # the old path, for comparison

Not a timed test: a benchmark that prints its figures (2-core machine; other work slows it).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARAGRAPH = (
    "经查，示例县教育局后勤科科长王建国之配偶李秀英系示例鑫达建设有限公司股东，该公司（统一社会信用代码91510683MA62Q1XX7A）"
    "于2024年2月20日中标示例县中小学课桌椅采购项目（项目编号SL-2024-018），中标金额951000元。"
    "示例宏远贸易有限公司与示例恒通科技有限公司的投标文件由同一IP地址上传，联系电话均为13800000000，涉嫌串通投标。\n"
)
HEAD = "示例县财政局关于移送王建国涉嫌违规问题线索的函\n示财移〔2024〕1号\n\n示例县纪委监委：\n"
TAIL = "现将该线索移送你委依法处理。\n示例县财政局\n2024年3月5日\n"


def letter(chars: int) -> str:
    body = PARAGRAPH * max(1, (chars - len(HEAD) - len(TAIL)) // len(PARAGRAPH))
    return HEAD + body + TAIL


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(chars: int, unchunked: bool) -> None:
    from ingest.nlp import load_pipeline

    load_pipeline()
    text = letter(chars)
    base = _rss_mb()
    if unchunked:
        from ingest.nlp.extract import extract_text
    else:
        from ingest.nlp import extract_text
    t0 = time.perf_counter()
    rec = extract_text(text, file="long.txt")
    took = time.perf_counter() - t0
    print(json.dumps({"chars": len(text), "unchunked": unchunked, "seconds": round(took, 1),
                      "peak_rss_mb": round(_rss_mb()), "rss_after_load_mb": round(base),
                      "entities": len(rec["entities"]), "relations": len(rec["relations"]),
                      "notes": rec.get("notes", [])}, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=1_000_000)
    ap.add_argument("--unchunked", action="store_true", help="the extraction without chunking (the old path)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.chars, args.unchunked)
        return
    cmd = [sys.executable, __file__, "--child", "--chars", str(args.chars)] + (["--unchunked"] if args.unchunked else [])
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        print(out.stderr[-3000:], file=sys.stderr)
        sys.exit(out.returncode)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if not result["unchunked"] and result["chars"] >= 1_000_000:
        verdict = "OK" if result["peak_rss_mb"] <= 1024 else "OVER"
        print(f"{verdict}: peak RSS {result['peak_rss_mb']} MB for {result['chars']:,} characters (target ≤ 1024 MB)")


if __name__ == "__main__":
    main()
