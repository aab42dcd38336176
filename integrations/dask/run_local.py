"""Extract the claims of a JSON Lines file on a local Dask cluster: an example of solieu_dask.

    python3 integrations/dask/run_local.py --workers 2 news.jsonl claims.jsonl
    python3 integrations/dask/run_local.py --scheduler tcp://SCHEDULER-HOST:8786 news.jsonl claims.jsonl

Starts a LocalCluster of ``--workers`` worker processes with one thread each (each runs one
solieu process at a time, which uses one core), or connects to a running scheduler
(``dask scheduler`` / ``dask worker``, see ../README.md), reads INPUT with
``dask.bag.read_text`` in blocks of ``--blocksize``, and writes every record to OUTPUT as JSON
Lines, in input order. OUTPUT is written to a temporary file beside it and renamed at the end,
so it is never left half-written.

A document solieu cannot read is reported on standard error as ``solieu_dask: ID: REASON``
(``line '{"id": …'`` in place of the id when the line is not JSON) and, with ``--failures
FILE``, written there as a JSON line; the others are written, and the exit status is 1, as
solieu's own. Arguments after ``--`` go to ``solieu extract``
(``-- --kinds money,percent``). solieu is found as solieu_dask finds it: ``--solieu-cmd``, else
env SOLIEU_CMD, else ``solieu`` on PATH.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time

import dask.bag as db
from distributed import Client, LocalCluster

import solieu_dask


def _dump(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    solieu_args: list[str] = []
    if "--" in argv:
        at = argv.index("--")
        argv, solieu_args = argv[:at], argv[at + 1:]
    parser = argparse.ArgumentParser(description="solieu extract over a JSON Lines file, on Dask.")
    parser.add_argument("input", help="a JSON Lines file, one {\"id\", \"text\"} document a line (a glob or an fsspec URL works too)")
    parser.add_argument("output", help="the JSON Lines file of records to write")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of the LocalCluster (default 2)")
    parser.add_argument("--scheduler", help="address of a running scheduler (tcp://HOST:8786) instead of a LocalCluster")
    parser.add_argument("--blocksize", default="16MB", help="bytes of input per partition, one solieu process each (default 16MB)")
    parser.add_argument("--solieu-cmd", help='how to start solieu, e.g. "node /opt/solieu/bin/solieu.js"')
    parser.add_argument("--id-field", default="id", help="the field holding each document's id (default id)")
    parser.add_argument("--failures", help="also write the failure items to this JSON Lines file")
    args = parser.parse_args(argv)

    started = time.monotonic()
    with contextlib.ExitStack() as stack:
        if args.scheduler:
            client = stack.enter_context(Client(args.scheduler))
            # The workers import solieu_dask to run a partition: send them this copy.
            client.upload_file(solieu_dask.__file__)
        else:
            cluster = stack.enter_context(LocalCluster(n_workers=args.workers, processes=True, threads_per_worker=1, dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        workers = len(client.scheduler_info()["workers"])
        docs = db.read_text(args.input, blocksize=args.blocksize)
        outcomes = solieu_dask.extract_bag(docs, args.solieu_cmd, solieu_args, id_field=args.id_field)
        # Every partition is computed at once; they are written in order as they come back.
        futures = client.compute(outcomes.to_delayed())
        temporary = f"{args.output}.{os.getpid()}.tmp"
        records = failed = 0
        failures = stack.enter_context(open(args.failures, "w", encoding="utf-8")) if args.failures else None
        try:
            with open(temporary, "w", encoding="utf-8") as out:
                for future in futures:
                    for item in future.result():
                        if solieu_dask.is_failure(item):
                            failed += 1
                            name = item["doc_id"] if item["doc_id"] is not None else f"line {item['document'][:60]!r}"
                            print(f"solieu_dask: {name}: {item['error']}", file=sys.stderr)
                            if failures:
                                failures.write(_dump(item))
                        else:
                            records += 1
                            out.write(_dump(item))
                    future.release()
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, args.output)
        finally:
            if os.path.exists(temporary):
                os.remove(temporary)
    print(f"solieu_dask: {records} records, {failed} failed documents, {len(futures)} partitions on {workers} workers, "
          f"{time.monotonic() - started:.1f} s", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
