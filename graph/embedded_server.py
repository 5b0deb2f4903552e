"""The embedded Bolt server process: ArcadeDB (from the ``arcadedb-embedded`` wheel) with its Bolt plugin.

Run by :mod:`graph.embedded` as ``python -m graph.embedded_server --home H --port P --database D``;
not meant to be started by hand. It

* holds an exclusive lock on ``H/server.lock`` for its whole life, so two servers never open
  the same data (a second one exits with status 3);
* refuses a taken port before starting the JVM (status 4);
* binds every listener to 127.0.0.1; HTTP gets an ephemeral port (liandong speaks Bolt only);
* writes ``H/server.json`` (pid, port, database) once Bolt accepts connections.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import signal
import socket
import sys
import time
from pathlib import Path

from graph.home import PRIVATE_UMASK

EXIT_LOCKED = 3
EXIT_PORT = 4
EXIT_FAILED = 5


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="graph.embedded_server")
    ap.add_argument("--home", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--database", required=True)
    ap.add_argument("--heap", default="4g")
    ap.add_argument("--setting", action="append", default=[], metavar="KEY=VALUE",
                    help="an ArcadeDB setting, e.g. arcadedb.queryMaxHeapRAM=256 (the console server's limits)")
    args = ap.parse_args(argv)
    os.umask(PRIVATE_UMASK)  # whatever the JVM writes under LIANDONG_HOME (data, logs, config) is owner-only

    home = Path(args.home)
    lock_fd = os.open(home / "server.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        print("another liandong server already holds this data folder", file=sys.stderr)
        return EXIT_LOCKED

    state = home / "server.json"
    state.unlink(missing_ok=True)
    if not port_is_free(args.port):
        print(f"port {args.port} on 127.0.0.1 is already in use", file=sys.stderr)
        return EXIT_PORT

    password = (home / "password").read_text(encoding="utf-8").strip()
    os.chdir(home)  # ArcadeDB writes ./log relative to the working directory
    os.environ.setdefault("ARCADEDB_JVM_ERROR_FILE", str(home / "log" / "hs_err_pid%p.log"))

    import arcadedb_embedded as arcadedb
    from arcadedb_embedded.jvm import start_jvm

    start_jvm(heap_size=args.heap)
    if args.setting:
        import jpype

        config = jpype.JClass("com.arcadedb.GlobalConfiguration")
        for item in args.setting:
            key, _, value = item.partition("=")
            found = config.findByKey(key)
            if found is None:
                print(f"unknown ArcadeDB setting {key!r}", file=sys.stderr)
                return EXIT_FAILED
            found.setValue(value)
    server = arcadedb.create_server(
        str(home / "arcadedb"),
        root_password=password,
        config={
            "host": "127.0.0.1",
            "http_port": 0,
            "server_plugins": "Bolt:com.arcadedb.bolt.BoltProtocolPlugin",
            "bolt_port": args.port,
        },
    )
    try:
        server.start()
        try:
            server.get_database(args.database)
        except Exception:
            server.create_database(args.database)
    except Exception as e:  # the engine's own message is what the user needs
        print(f"the embedded server failed to start: {e}", file=sys.stderr)
        return EXIT_FAILED

    stopping = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)

    tmp = state.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"pid": os.getpid(), "port": args.port, "database": args.database, "started": time.time()}),
        encoding="utf-8",
    )
    os.replace(tmp, state)
    print(f"liandong embedded server ready on bolt://127.0.0.1:{args.port}", flush=True)
    try:
        while not stopping:
            time.sleep(0.2)
    finally:
        state.unlink(missing_ok=True)
        server.stop()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Not sys.exit: at interpreter exit JPype waits for the JVM's non-daemon threads, and a query
    # still running when the server stopped (a heavy console query) kept the process alive until
    # `stop` killed it 60 s later. The server has closed its databases by now; nothing is lost.
    os._exit(code)
