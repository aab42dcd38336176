"""Observations of integrations/dask/solieu_dask.py on small cases, as one JSON object on stdout.

Run by test/dask.test.ts with /usr/bin/python3 and SOLIEU_CMD set to the built CLI. Dask's
synchronous scheduler runs the partitions here: what is checked is the module's handling of
solieu's output, errors and exit codes (the cluster run is the other test).
"""

import json
import os
import sys

import dask
import dask.bag as db

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "integrations", "dask"))
import solieu_dask  # noqa: E402


def outcomes(docs, npartitions=1, **kwargs):
    bag = solieu_dask.extract_bag(db.from_sequence(docs, npartitions=npartitions), **kwargs)
    return dask.compute(solieu_dask.records(bag), solieu_dask.failures(bag), scheduler="sync")


def error_of(docs, **kwargs):
    try:
        outcomes(docs, **kwargs)
    except Exception as error:  # noqa: BLE001 - the type is what is observed
        return {"type": type(error).__name__, "message": str(error)}
    return None


def short(records):
    return [[r["doc_id"], r["text"]] for r in records]


observed = {}

# str lines (as read_text gives them, "\n" kept) and dicts, blank lines, a dict whose text is
# not a string, a line that is not JSON, a str of two lines, a lone surrogate in a dict.
records, failures = outcomes([
    {"id": "d1", "text": "Có 5 hộ."},
    '{"id": "d2", "text": "Có 7 xã."}\n',
    "\n",
    {"id": "d3", "text": None},
    '{"id": "d4", "text": "Có 9',
    '{"id": "d5",\n"text": "Có 11 hộ."}',
    {"id": 6, "text": "Có 13 hộ \ud800."},
    '{"id": "d7", "text": "Có 15 người."}',
], npartitions=2)
observed["mixed"] = {"records": short(records), "failures": failures}

# A sentence holding U+2028 and U+2029 comes back as it is, one record per claim.
records, _ = outcomes([{"id": "u", "text": "Có 5 hộ\u2028và 6 người\u2029và 7 xã."}])
observed["separators"] = short(records)

# --id-field: failures find their document's id in that field.
records, failures = outcomes(['{"url": "a", "text": "Có 5 hộ."}', '{"url": "b", "text": 5}'], id_field="url")
observed["id_field"] = {"records": short(records), "failures": [[f["doc_id"], f["error"]] for f in failures]}

# extra_args reach solieu extract.
records, _ = outcomes([{"id": "k", "text": "Có 5 hộ, chiếm 20%."}], extra_args=["--kinds", "percent"])
observed["extra_args"] = short(records)

# Exits other than "some documents failed" raise.
observed["usage_error"] = error_of([{"id": "x", "text": "Có 5 hộ."}], extra_args=["--no-such-option"])
observed["not_started"] = error_of([{"id": "x", "text": "Có 5 hộ."}], solieu_cmd=["/nonexistent/solieu"])
observed["killed"] = error_of([{"id": "x", "text": "Có 5 hộ."}], solieu_cmd=["sh", "-c", "kill -9 $$", "solieu"])
observed["exit_1_without_document"] = error_of([{"id": "x", "text": "Có 5 hộ."}], solieu_cmd=["sh", "-c", "echo 'solieu: out.csv: cannot write' >&2; exit 1", "solieu"])
os.environ.pop("SOLIEU_CMD", None)
os.environ["PATH"] = "/nonexistent"
observed["not_found"] = error_of([{"id": "x", "text": "Có 5 hộ."}])

# An empty partition starts no process.
observed["empty"] = [len(part) for part in outcomes([], npartitions=1)]

json.dump(observed, sys.stdout, ensure_ascii=False)
