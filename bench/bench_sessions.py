"""What a server-side session costs each Streamlit rerun: UserStore.resume (HMAC check, one
lookup of the session and one of the user; the last-request time written at most once a minute).

    .venv/bin/python bench/bench_sessions.py [--n 2000]

Prints milliseconds per resume and the load average; uses a users file in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from app.services.auth import UserStore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = UserStore(Path(tmp) / "app" / "users.sqlite3")
        store.add("测量用户", "measure password", agency_id="agency:1", role="investigator")
        browser = "b" * 48
        token = store.open_session("测量用户", browser)
        for _ in range(20):
            store.resume(token, browser)
        start = time.perf_counter()
        for _ in range(args.n):
            user, _ = store.resume(token, browser)
            assert user is not None
        per = (time.perf_counter() - start) / args.n * 1000
    print(f"resume: {per:.2f} ms per rerun over {args.n} ({os.cpu_count()} cores, load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
