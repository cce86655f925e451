"""The check as a pure function of (units, config) -> findings, and runners for it.

A *unit* is what can be checked on any machine without the files: a catalogue entry
(`Unit`: a source string and its translation, with the catalogue's path, languages and
the lines they stand on) or the read versions of one document (`Versions`). The
entries of one catalogue are checked together, as the catalogue they came from: some
judgements are catalogue-wide (a name is compared only where the catalogue's languages
both write it somewhere; the usual length ratio of source to translation), so a
catalogue is never split between partitions. `check_units` is what every runner calls:
the `--jobs` process pool (`xlcheck/parallel.py`), a `dask.distributed` cluster
(`check_dask`, the optional ``xlcheck[dask]`` extra) or Spark's ``mapPartitions``
(docs/distributed.md); whichever runs it, the findings are those of `xlcheck check`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from xlcheck.config import Config
from xlcheck.errors import UsageError, XlcheckError
from xlcheck.model import Document, Finding

INSTALL = "pip install 'xlcheck[dask]'"
# Units per partition when the caller names no size: big enough that a partition's
# start-up (shipping, locale data) is small beside its work, small enough to spread.
PARTITION_SIZE = 2000


@dataclass(frozen=True, slots=True)
class Unit:
    """One catalogue entry: a source string and its translation, and where they stand.

    `source_line` and `target_line` are 0-based lines of the catalogue file; `lines` is
    how many lines the file has; `kind` is ``entry`` or ``code`` (a literal block);
    `syntax` names the entry's placeholder syntaxes (``printf``, ``brace``…).
    """

    path: str
    source_lang: str
    target_lang: str
    source_line: int
    target_line: int
    source: str
    target: str
    kind: str = "entry"
    syntax: tuple[str, ...] = ()
    lines: int = 0

    @property
    def catalogue(self) -> Catalogue:
        return self.path, self.source_lang, self.target_lang


@dataclass(frozen=True)
class Versions:
    """The read versions of one document, checked together; `reference` is the index of
    the source among them (None: the odd one out is blamed)."""

    documents: tuple[Document, ...]
    reference: int | None = None


Item = Unit | Versions
Catalogue = tuple[str, str, str]  # path, source language, target language


def units_of(source: Document, target: Document) -> list[Unit]:
    """The units of a catalogue from its two documents (as `read_documents` gives them)."""
    lines = len(source.line_starts)
    return [Unit(source.path, source.lang, target.lang, s.line - 1, t.line - 1, s.text, t.text, s.kind, s.syntax,
                 lines)
            for s, t in zip(source.paragraphs, target.paragraphs)]


def unit(path: str, source_lang: str, target_lang: str, line: int, source: str, target: str,
         syntax: tuple[str, ...] = ()) -> Unit:
    """A unit from a pair of strings held elsewhere (a translation memory's rows, a
    table): `line` numbers the pair within its `path` (0-based, one line per pair), and
    a literal block (a doctest, a shell session) is told apart as a catalogue's is.

    >>> unit("tm/release", "en", "de", 0, "Ships 3 GPUs.", "Liefert 3 GPUs.").kind
    'entry'
    """
    from xlcheck.io.po import is_code

    return Unit(path, source_lang, target_lang, line, line, source, target, "code" if is_code(source, target) else "entry",
                syntax)


def items_of(documents: Sequence[Document], reference: int | None = None, entries: bool = True) -> list[Item]:
    """What to ship for the versions of one document: a catalogue's entries (unless
    `entries` is false), else the versions."""
    from xlcheck.api import pre_aligned

    if entries and len(documents) == 2 and pre_aligned(*documents):
        return list(units_of(*documents))
    return [Versions(tuple(documents), reference)]


def catalogue_documents(units: Sequence[Unit]) -> tuple[Document, Document]:
    """The two documents of one catalogue, rebuilt from its units: the same text, lines
    and paragraphs as reading the file gave."""
    from xlcheck.io.po import entries_document

    units = sorted(units, key=lambda u: u.source_line)
    first = units[0]
    count = max(first.lines, 1)
    kinds = [u.kind for u in units]
    syntax = [u.syntax for u in units]
    return (entries_document(first.path, first.source_lang, [(u.source_line, u.source) for u in units], kinds, count, syntax),
            entries_document(first.path, first.target_lang, [(u.target_line, u.target) for u in units], kinds, count, syntax))


def groups(items: Iterable[Item]) -> list[list[Unit] | Versions]:
    """The items as checking groups: the units of each catalogue together (in the order
    each catalogue first appears, whatever order a shuffle left its units in), each
    `Versions` on its own."""
    out: list[list[Unit] | Versions] = []
    catalogues: dict[Catalogue, list[Unit]] = {}
    for item in items:
        if isinstance(item, Versions):
            out.append(item)
        elif item.catalogue in catalogues:
            catalogues[item.catalogue].append(item)
        else:
            catalogues[item.catalogue] = [item]
            out.append(catalogues[item.catalogue])
    return out


def size_of(group: list[Unit] | Versions) -> int:
    """How much work a group is, in units: a catalogue's entries, a document's paragraphs."""
    return len(group) if isinstance(group, list) else max(len(d.paragraphs) for d in group.documents)


def serial_extraction():
    """Extraction in this process only (`xlcheck.extract.serial`)."""
    from xlcheck import extract

    return extract.serial()


def _group_config(config: Config) -> Config:
    """What each group of a run is checked with: the run's filters, severities and
    baseline are applied once to all its findings (`api.finished_report`), as `xlcheck check`
    does for a tree."""
    return replace(config, langs=(), baseline=None, select=(), ignore=(), severity={})


def check_group(group: list[Unit] | Versions, config: Config) -> tuple[tuple[Finding, ...], str | None]:
    """The findings of one catalogue or one document's versions as `check()` reports
    them with `config`, or the one-line error that stopped it."""
    from xlcheck.api import check

    if isinstance(group, list):
        documents, reference = catalogue_documents(group), None
    else:
        documents, reference = group.documents, group.reference
    try:
        with serial_extraction():
            return check(list(documents), replace(config, langs=()), reference=reference).findings, None
    except XlcheckError as exc:
        return (), str(exc)


def check_partition(items: Iterable[Item], config: Config) -> list[tuple[tuple[Finding, ...], str | None]]:
    """One (findings, error) per group of a partition, in order (what a worker of a
    run runs: the run applies its filters to all findings at the end)."""
    return [check_group(group, _group_config(config)) for group in groups(items)]


def check_units(units: Iterable[Item], config: Config | None = None) -> list[Finding]:
    """The findings of some units, catalogue by catalogue (pure: no file is read).

    The findings are those `check()` reports for each catalogue (and each `Versions`)
    with `config` — rules selected and ignored, severities and baseline applied — one
    catalogue after the other, in the order each first appears. Keep a catalogue's
    units in one call: they are judged together, as the catalogue they came from.
    A group that cannot be checked raises its `XlcheckError`.
    """
    config = config or Config()
    findings: list[Finding] = []
    for found, error in (check_group(group, config) for group in groups(units)):
        if error is not None:
            raise UsageError(error)
        findings.extend(found)
    return findings


def partitions(items: Iterable[Item], size: int = PARTITION_SIZE) -> list[list[Item]]:
    """The items cut into partitions of about `size` units, never inside a catalogue."""
    out: list[list[Item]] = []
    current: list[Item] = []
    count = 0
    for group in groups(items):
        current.extend(group if isinstance(group, list) else [group])
        count += size_of(group)
        if count >= size:
            out.append(current)
            current, count = [], 0
    if current:
        out.append(current)
    return out


def require_dask() -> None:
    """Raise a usage error naming the install command when the dask extra is missing."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise UsageError(f"--dask needs the dask extra ({exc.name or 'dask'} is not installed): {INSTALL}") from exc


@contextlib.contextmanager
def dask_client(scheduler: str, workers: int | None = None) -> Iterator[object]:
    """A `distributed.Client` on the scheduler at `scheduler` (``tcp://host:8786``), or on
    a `LocalCluster` of `workers` single-threaded processes for ``local``."""
    require_dask()
    from distributed import Client, LocalCluster

    if scheduler == "local":
        with LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            yield client
    else:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, ValueError) as exc:  # unreachable, or not an address (no port, bad scheme)
            raise UsageError(f"--dask {scheduler}: cannot reach the scheduler ({exc}); give its address as "
                             "tcp://HOST:8786 (start one with `dask scheduler`) or pass `--dask local`") from exc
        with client:
            yield client


def run_dask(items: Sequence[Item], config: Config, client: object,
             size: int = PARTITION_SIZE) -> list[tuple[tuple[Finding, ...], str | None]]:
    """`check_partition` over partitions of the items with `dask.bag` on `client`'s
    cluster; one result per group, in the items' order."""
    import dask
    import dask.bag as db

    parts = partitions(items, size)
    if not parts:
        return []
    # The partitions go to the workers as data (scattered), not inside the task graph.
    futures = client.scatter(parts)
    bag = db.from_delayed([dask.delayed(future) for future in futures])
    return client.compute(bag.map_partitions(check_partition, config), sync=True)


__all__ = ["Unit", "Versions", "check_units", "unit", "units_of", "items_of", "partitions", "run_dask", "dask_client",
           "require_dask"]
