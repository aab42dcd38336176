"""Run solieu over a Dask bag of JSON Lines documents.

    import dask.bag as db
    import solieu_dask

    docs = db.read_text("news-*.jsonl", blocksize="16MB")    # one {"id", "text"} object a line
    outcomes = solieu_dask.extract_bag(docs)                  # records and failures, lazily
    records, failures = solieu_dask.records(outcomes), solieu_dask.failures(outcomes)

Each partition is handed, as it is, to one ``solieu extract --input-format jsonl -f jsonl``
process on its standard input, and the process's standard output is parsed back into record
dicts. This is the same line filter a Hadoop Streaming mapper or Spark's ``RDD.pipe()`` runs
(see ../README.md). One process per partition, not per document: Node's start-up (half a
second) and its warm-up (a fresh process reads its first thousand articles at about half the
speed it reaches later) are paid once per partition, so make partitions large — 16 MB, a few
thousand articles, is a good size.

Why a process and not a library call: solieu is a Node program, and a worker is a Python
process. The command line is its stable interface: records out are exactly what
``solieu extract --input-format jsonl -f jsonl`` prints for the same documents (test/dask.test.ts
checks it on 2,000 news articles), ids and offsets included.

Failures. solieu reads every document on its own: a line that is not a JSON object with a string
``text`` (and a string or number ``id``), or a document too large for ``--max-bytes``, is
reported on standard error as ``solieu: -:LINE: REASON``, skipped, and the run exits 1 after
writing every other document's records. The partition function keeps those records and turns
each such line into a *failure item* in the same bag::

    {"doc_id": "the document's id, or None when the line is not JSON", "error": "REASON",
     "document": "the line's first 200 characters"}

A failure item is told from a record by its ``error`` key (records never have one):
:func:`is_failure`, :func:`records`, :func:`failures`. They stay in the bag, not in a log, so
a run can count, write or re-run its failures like any other data, and nothing is lost on a
worker's log. Any other non-zero exit (a usage error, 2; a crash; a kill by a signal; exit 1
with no document named) raises ``SolieuError``: that is a broken run, not a bad document, and
Dask reports it as the task's error.

Ids. Give every document an id: solieu gives a document without one its line number, which
here is its line in its partition, not in the input, so it is not unique across the bag.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from functools import partial

__all__ = ["extract_bag", "extract_partition", "records", "failures", "is_failure", "solieu_command", "SolieuError"]

log = logging.getLogger("solieu_dask")

#: solieu's exit status when some documents failed and every other one was written (README, Exit codes).
SOME_DOCUMENTS_FAILED = 1

# One line of solieu's standard error about a document of standard input: `solieu: -:LINE: REASON`.
_DOCUMENT_LINE = re.compile(r"^solieu: -:(\d+): (.*)$")


class SolieuError(RuntimeError):
    """solieu could not run, or ended in a way other than "some documents failed"."""


def solieu_command(solieu_cmd: Sequence[str] | str | None = None) -> list[str]:
    """The argv that starts solieu: ``solieu_cmd``, else env ``SOLIEU_CMD``, else ``solieu`` on PATH.

    A string (or ``SOLIEU_CMD``) is split as a shell would (``node "/opt/my tools/bin/solieu.js"``).
    It is resolved where the partition runs, on the worker, whose paths are the ones that count.
    """
    if solieu_cmd is None:
        solieu_cmd = os.environ.get("SOLIEU_CMD") or None
    if solieu_cmd is None:
        found = shutil.which("solieu")
        if found is None:
            raise SolieuError("solieu not found: pass solieu_cmd=['node', '/path/to/bin/solieu.js'], set SOLIEU_CMD, or put solieu on PATH")
        return [found]
    argv = shlex.split(solieu_cmd) if isinstance(solieu_cmd, str) else list(solieu_cmd)
    if not argv:
        raise SolieuError("solieu_cmd is empty")
    return argv


def is_failure(item: Mapping) -> bool:
    """True for a failure item (a document solieu could not read), False for a record."""
    return "error" in item


def _as_line(doc: str | Mapping) -> str:
    """A document as one JSON Lines line, without its line break."""
    if isinstance(doc, Mapping):
        # ASCII escapes keep the text exact whatever it holds (a lone surrogate included).
        return json.dumps(doc)
    if isinstance(doc, str):
        return doc.rstrip("\r\n")  # read_text keeps each line's "\n"
    raise TypeError(f"a document is a JSON Lines str or a dict, not {type(doc).__name__}")


def _failure(line: str, error: str, id_field: str) -> dict:
    """The failure item of one line: its id when the line parses far enough to have one."""
    try:
        parsed = json.loads(line)
        doc_id = parsed.get(id_field) if isinstance(parsed, dict) else None
    except ValueError:
        doc_id = None
    return {"doc_id": doc_id, "error": error, "document": line[:200]}


def extract_partition(
    docs: Iterable[str | Mapping],
    solieu_cmd: Sequence[str] | str | None = None,
    extra_args: Sequence[str] = (),
    *,
    id_field: str = "id",
    jobs: int = 1,
) -> list[dict]:
    """The records of one partition's documents, then one failure item per document that failed.

    ``jobs`` is solieu's ``--jobs``: one thread, because Dask already runs one task per
    worker thread. ``extra_args`` go to ``solieu extract`` as they are (``--kinds``,
    ``--status``, ``--text-field``, ``--max-bytes``, ``--lang`` …); pass ``id_field`` rather
    than ``--id-field`` so that failures can name their document. Options that change the
    output format (``-f``, ``-o``, ``--print-text``) would break the parsing.
    """
    lines: list[str] = []
    items: list[dict] = []
    for doc in docs:
        line = _as_line(doc)
        if not line.strip():
            continue  # solieu skips blank lines silently; so does this
        if "\n" in line:  # solieu reads a line per document: this would become several
            items.append(_failure(line, "a document of more than one line", id_field))
            continue
        lines.append(line)
    if not lines:
        return items

    argv = [*solieu_command(solieu_cmd), "extract", "--input-format", "jsonl", "-f", "jsonl",
            "--id-field", id_field, "--jobs", str(jobs), "--quiet", *extra_args, "-"]
    # surrogateescape writes back the bytes of a line read with errors="surrogateescape";
    # solieu then decodes them as it decodes any JSON Lines input.
    data = "".join(line + "\n" for line in lines).encode("utf-8", "surrogateescape")
    try:
        run = subprocess.run(argv, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    except OSError as error:
        raise SolieuError(f"cannot start {argv[0]}: {error}") from error
    stderr = run.stderr.decode("utf-8", "replace")

    failed: list[dict] = []
    other: list[str] = []
    for message in stderr.split("\n"):  # not splitlines(): a quoted line may hold U+2028
        match = _DOCUMENT_LINE.match(message)
        if match and not match.group(2).startswith("warning: ") and 1 <= int(match.group(1)) <= len(lines):
            failed.append(_failure(lines[int(match.group(1)) - 1], match.group(2), id_field))
        elif message.strip():
            other.append(message)

    if run.returncode not in (0, SOME_DOCUMENTS_FAILED) or (run.returncode == SOME_DOCUMENTS_FAILED and not failed):
        how = f"was killed by signal {-run.returncode}" if run.returncode < 0 else f"exited with status {run.returncode}"
        raise SolieuError(f"{shlex.join(argv)} {how}: {stderr.strip() or '(no message)'}")
    for message in other:
        log.warning("%s", message)  # `solieu: -:LINE: warning: …`, a document read with a doubt: its records are there

    # Split at "\n" only: a record's sentence may hold U+2028 or U+2029, where str.splitlines() would cut.
    out = run.stdout.decode("utf-8")
    records_ = [json.loads(line) for line in out.split("\n") if line]
    return records_ + items + failed


def extract_bag(bag, solieu_cmd: Sequence[str] | str | None = None, extra_args: Sequence[str] = (), *, id_field: str = "id", jobs: int = 1):
    """A bag of the records of ``bag``'s documents, each tagged with ``doc_id``, and its failure items.

    ``bag`` holds JSON Lines documents: str lines (``dask.bag.read_text``) or dicts, which are
    serialised. One solieu process runs per partition (see :func:`extract_partition`), so
    large partitions keep Node's start-up and warm-up cheap. The order within a partition is kept:
    its records in input order, then its failure items.
    """
    # partial keeps the arguments out of the task graph, where Dask would look into lists for keys.
    return bag.map_partitions(partial(extract_partition, solieu_cmd=solieu_cmd, extra_args=tuple(extra_args), id_field=id_field, jobs=jobs))


def records(outcomes):
    """The records of a bag made by :func:`extract_bag`."""
    return outcomes.filter(lambda item: not is_failure(item))


def failures(outcomes):
    """The failure items of a bag made by :func:`extract_bag`."""
    return outcomes.filter(is_failure)
