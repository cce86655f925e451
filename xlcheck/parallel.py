"""`--jobs N` and `--dask`: the document sets and catalogues of a run checked in parallel.

The parent process reads every file (a file that cannot be read is an error line, as in
a serial run), turns each document set into units (`xlcheck/distributed.py`: a
catalogue's entries, or the read versions of a document), cuts them into partitions
that never split a catalogue, and hands the partitions to worker processes (or to a
dask cluster). Each worker runs `distributed.check_partition`, extraction and all, in
one process. The results come back in the order of the input, so the report is the
same, finding for finding and in the same order, as `--jobs 1`'s.

One document set or one catalogue is not split: its extraction alone is spread over
the cores, above `extract.PARALLEL_FROM` paragraphs (`--jobs 1` turns that off too).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import partial

from xlcheck.config import Config
from xlcheck.distributed import Item, check_partition, groups, items_of, partitions, size_of
from xlcheck.errors import XlcheckError
from xlcheck.model import Document, Finding, Report

# Partitions per worker: enough that a worker given the big ones does not hold the others up.
PARTITIONS_PER_WORKER = 4

Job = tuple[list[str], tuple[str, ...], int | None]  # paths, their languages, index of the source


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers_for(config: Config) -> int:
    """How many worker processes a parallel run uses: `--jobs`, else the cores available."""
    return config.jobs if config.jobs is not None else available_cores()


def wanted(jobs: Sequence[Job], config: Config) -> bool:
    """Whether to check these jobs in parallel: a cluster is named, or `--jobs N` with
    N > 1 (not by default: on the shared 2-core machine it was measured on, two worker
    processes did not shorten a run; docs/quality.md, "Parallel runs")."""
    if config.dask:
        return True
    if len(jobs) < 2 or config.jobs is None or config.jobs < 2:
        return False
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


Progress = Callable[[int, int], None]


def run_jobs(jobs: Sequence[Job], config: Config, findings: list[Finding], progress: Progress | None) -> Report:
    """Check every job (one document set or catalogue each) in parallel; the report of a
    serial run over the same jobs, errors included."""
    from xlcheck.api import finished_report, load_documents

    read: list[tuple[list[Document], list[Item]] | str] = []
    seen: set[tuple[str, ...]] = set()
    for paths, langs, index in jobs:
        try:
            documents = load_documents(paths, langs, config.fuzzy)
        except XlcheckError as exc:
            read.append(str(exc))
            continue
        # A catalogue named twice is checked twice, as in one process: the second time
        # whole, so that its entries do not join the first one's.
        key = tuple(d.path + "\0" + d.lang for d in documents)
        read.append((documents, items_of(documents, index, entries=key not in seen)))
        seen.add(key)
    items = [item for entry in read if not isinstance(entry, str) for item in entry[1]]
    results = iter(_run(items, config, sum(1 for entry in read if not isinstance(entry, str)), progress))
    documents: list[Document] = []
    errors: list[str] = []
    for entry in read:
        if isinstance(entry, str):
            errors.append(entry)
            continue
        found, error = next(results)
        if error is not None:
            errors.append(error)
        else:
            documents.extend(entry[0])
            findings.extend(found)
    return finished_report(documents, findings, config, errors)


def _run(items: list[Item], config: Config, count: int, progress: Progress | None):
    """One (findings, error) per group of `items`, in order."""
    if config.dask:
        from xlcheck.distributed import dask_client, run_dask

        with dask_client(config.dask, config.jobs) as client:
            results = run_dask(items, config, client)
        if progress is not None:
            progress(count, count)
        return results
    workers = workers_for(config)
    total = sum(size_of(group) for group in groups(items))
    parts = partitions(items, max(1, total // (workers * PARTITIONS_PER_WORKER)))
    if not parts:
        return []
    import multiprocessing

    from xlcheck.extract import held_apart_from_collector

    _warm(items)
    results = []
    context = multiprocessing.get_context("fork")
    with held_apart_from_collector(), context.Pool(min(workers, len(parts))) as pool:
        for part in pool.imap(partial(check_partition, config=config), parts):
            results.extend(part)
            if progress is not None:
                progress(len(results), count)
    return results


def _warm(items: Sequence[Item]) -> None:
    """Load each language's locale data and patterns here, once, so that the forked
    workers inherit them instead of each building its own."""
    from xlcheck.extract import extract_segment
    from xlcheck.locales import locale_info
    from xlcheck.model import Segment

    langs = {d.lang for item in items for d in getattr(item, "documents", ())}
    langs |= {lang for item in items if not hasattr(item, "documents") for lang in (item.source_lang, item.target_lang)}
    for lang in sorted(langs):
        extract_segment(Segment(1, 0, 30, 1, 1, "1 de janeiro de 2000, 1.5 e três"), locale_info(lang))
