"""`check_units`, `--jobs N` and `--dask`: the same findings, in the same order, however
the work is shared out."""

from __future__ import annotations

import functools
import pickle
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_DE, SEED_EN, SEED_PT
from xlcheck import extract, parallel
from xlcheck.api import check, check_paths, load_documents
from xlcheck.cli import main
from xlcheck.config import Config, parse_config
from xlcheck.distributed import (
    INSTALL,
    Unit,
    Versions,
    catalogue_documents,
    check_partition,
    check_units,
    groups,
    items_of,
    partitions,
    unit,
    units_of,
)
from xlcheck.errors import ConfigError, UsageError
from xlcheck.io import document_from_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CATALOGUES = [FIXTURES / "po" / "python-docs.fr.po", FIXTURES / "po" / "python-docs.pt-br.po",
              FIXTURES / "po" / "python-docs-whatsnew.pt-br.xlf",
              FIXTURES / "heldout" / "docs" / "po-python-ko" / "python-docs.ko.po"]


def tree(root: Path) -> Path:
    """A small site: one article in three languages (the translations lag behind the
    source), real catalogues, and one catalogue that cannot be read."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "news.md").write_text(SEED_EN.read_text(encoding="utf-8"), encoding="utf-8")
    (docs / "news.de.md").write_text(SEED_DE.read_text(encoding="utf-8").replace("H100- und H200-GPUs", "H100-GPUs"),
                                     encoding="utf-8")
    (docs / "news.pt.md").write_text(SEED_PT.read_text(encoding="utf-8"), encoding="utf-8")
    for catalogue in CATALOGUES:
        shutil.copy(catalogue, root / catalogue.name)
    (root / "broken.fr.po").write_text('msgid "Hello\nmsgstr "Bonjour"\n', encoding="utf-8")
    return root


def test_units_rebuild_the_catalogue_as_read():
    for catalogue in CATALOGUES:
        source, target = load_documents([str(catalogue)])
        units = units_of(source, target)
        assert len(units) == len(source.paragraphs)
        rebuilt = catalogue_documents(units[::-1])  # whatever order a shuffle left them in
        for read, built in zip((source, target), rebuilt):
            assert (built.path, built.lang, built.format) == (read.path, read.lang, read.format)
            assert built.paragraphs == read.paragraphs
            assert built.text.rstrip("\n") == read.text.rstrip("\n")


def test_check_units_gives_the_findings_of_check_on_real_catalogues():
    units = []
    expected = []
    for catalogue in CATALOGUES:
        documents = load_documents([str(catalogue)])
        units.extend(units_of(*documents))
        expected.extend(check(documents).findings)
    assert expected  # the catalogues do drift: the comparison means something
    assert check_units(units, Config()) == expected
    # Units and findings cross process and machine borders as pickles.
    assert pickle.loads(pickle.dumps(units)) == units
    assert pickle.loads(pickle.dumps(expected)) == expected


def test_check_units_takes_versions_of_documents_too():
    stale = [document_from_text(SEED_PT.read_text(encoding="utf-8"), "pt", "news.pt.txt"),
             document_from_text(SEED_DE.read_text(encoding="utf-8").replace("H100- und H200-GPUs", "H100-GPUs"),
                                "de", "news.de.txt")]
    expected = check(stale, reference=0).findings
    assert any(f.value == "H200" for f in expected)
    assert check_units([Versions(tuple(stale), 0)]) == list(expected)


def test_a_group_that_cannot_be_checked_is_one_error_line():
    lone = load_documents([str(SEED_PT)])
    results = check_partition([Versions(tuple(lone))], Config())
    assert results[0][0] == () and "at least two versions" in results[0][1]
    with pytest.raises(UsageError):
        check_units([Versions(tuple(lone))])


def _units(counts: list[int]) -> list[Unit]:
    return [Unit(f"c{c}.po", "en", "de", line, line, f"s{line}", f"t{line}")
            for c, count in enumerate(counts) for line in range(count)]


@given(st.lists(st.integers(1, 30), max_size=12), st.integers(1, 50))
def test_partitions_keep_every_unit_once_and_never_split_a_catalogue(counts, size):
    units = _units(counts)
    parts = partitions(units, size)
    assert [u for part in parts for u in part] == units
    homes = {}
    for index, part in enumerate(parts):
        for entry in part:
            assert homes.setdefault(entry.path, index) == index
    assert all(parts)


def test_groups_collect_a_catalogues_units_wherever_they_stand():
    units = _units([3, 2])
    shuffled = [units[3], units[0], units[4], units[2], units[1]]
    found = groups(shuffled)
    assert [sorted(u.source_line for u in g) for g in found] == [[0, 1], [0, 1, 2]]


@pytest.fixture
def pools(monkeypatch):
    """How many times the parallel runner was used (so a test knows it ran)."""
    calls = []
    run = parallel._run

    def counted(*args, **kwargs):
        calls.append(args[0])
        return run(*args, **kwargs)

    monkeypatch.setattr(parallel, "_run", counted)
    return calls


def test_jobs_two_gives_the_report_of_jobs_one(tmp_path, pools):
    root = tree(tmp_path)
    one = check_paths([str(root)], Config(jobs=1))
    assert not pools
    two = check_paths([str(root)], Config(jobs=2))
    assert len(pools) == 1 and any(isinstance(i, Unit) for i in pools[0]) and any(
        isinstance(i, Versions) for i in pools[0])
    assert one.findings and one.errors  # drift and an unreadable file: both kinds of result
    assert two.findings == one.findings
    assert two.errors == one.errors
    assert [(d.path, d.lang, d.paragraphs) for d in two.documents] == [(d.path, d.lang, d.paragraphs)
                                                                        for d in one.documents]


def test_cli_jobs_writes_the_same_bytes(tmp_path, capsys):
    root = tree(tmp_path / "site")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"report.{jobs}.json"
        code = main(["check", str(root), "--jobs", jobs, "--format", "json", "--output", str(out)])
        outputs.append((code, out.read_bytes(), capsys.readouterr().err))
    assert outputs[0][0] == 2  # the broken catalogue: exit 2 after the report
    assert outputs[1] == outputs[0]


def test_a_catalogue_named_twice_is_checked_twice(tmp_path, pools):
    catalogue = str(CATALOGUES[0])
    one = check_paths([catalogue, catalogue], Config(jobs=1))
    two = check_paths([catalogue, catalogue], Config(jobs=2))
    assert pools and two.findings == one.findings and len(one.findings) == 2 * len(check([catalogue]).findings)


def test_one_catalogue_extracted_in_one_or_several_processes(monkeypatch):
    monkeypatch.setattr(extract, "PARALLEL_FROM", 50)  # the pool even for a fixture
    catalogue = str(CATALOGUES[0])
    assert check([catalogue], Config(jobs=1)).findings == check([catalogue], Config(jobs=2)).findings


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(value, capsys):
    assert main(["check", str(CATALOGUES[0]), "--jobs", value]) == 2
    err = capsys.readouterr().err
    assert "--jobs" in err and len(err.strip().splitlines()) == 1


def test_jobs_in_the_configuration():
    assert parse_config({"jobs": 3}, "pyproject.toml").jobs == 3
    for bad in (0, "2", True):
        with pytest.raises(ConfigError, match="jobs"):
            parse_config({"jobs": bad}, "pyproject.toml")


def test_items_of_a_catalogue_are_its_entries_and_of_a_document_set_its_versions():
    catalogue = load_documents([str(CATALOGUES[0])])
    assert all(isinstance(i, Unit) for i in items_of(catalogue))
    assert [type(i) for i in items_of(catalogue, entries=False)] == [Versions]
    assert [type(i) for i in items_of(load_documents([str(SEED_PT), str(SEED_DE)]))] == [Versions]


def test_dask_without_the_extra_is_one_line_naming_the_install(monkeypatch, capsys):
    for name in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)  # import fails as when not installed
    assert main(["check", str(CATALOGUES[0]), "--dask", "local"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and INSTALL in lines[0]


@pytest.mark.slow
def test_dask_local_cluster_gives_the_single_machine_findings(tmp_path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    from xlcheck.distributed import dask_client, run_dask

    root = tree(tmp_path)
    single = check_paths([str(root)], Config(jobs=1))
    cluster = check_paths([str(root)], Config(dask="local", jobs=2))
    assert single.findings
    assert cluster.findings == single.findings and cluster.errors == single.errors
    # The units of real catalogues, in small partitions (several catalogues, several workers).
    units = [u for catalogue in CATALOGUES for u in units_of(*load_documents([str(catalogue)]))]
    with dask_client("local", 2) as client:
        results = run_dask(units, Config(), client, size=50)
    assert [f for found, _ in results for f in found] == check_units(units, Config())


def test_units_from_a_translation_memorys_rows():
    rows = [("The H100 and H200 ship in October 2023.", "Die H100 wird im Oktober 2023 ausgeliefert."),
            ("Version 3.12 adds 50,000 tests.", "Version 3.12 fügt 50.000 Tests hinzu.")]
    units = [unit("tm/release", "en", "de", line, source, target) for line, (source, target) in enumerate(rows)]
    findings = check_units(units)
    assert [(f.rule, f.value, f.blamed.path, f.blamed.lang, f.blamed.line, f.blamed.status) for f in findings] == [
        ("XL301", "H200", "tm/release", "de", 1, "missing")]


def test_check_units_applies_the_configuration_as_check_does():
    documents = load_documents([str(CATALOGUES[0])])
    everything = check(documents).findings
    rule = everything[0].rule
    config = Config(ignore=(rule,), severity={rule: "info"})
    expected = check(documents, config).findings
    assert len(expected) < len(everything)
    assert check_units(units_of(*documents), config) == list(expected)


def test_dask_scheduler_that_is_no_address_is_one_line(capsys):
    pytest.importorskip("distributed")
    assert main(["check", str(CATALOGUES[0]), "--dask", "no-port-here"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and len(captured.err.strip().splitlines()) == 1 and "tcp://" in captured.err


@pytest.mark.slow
def test_dask_scheduler_address_from_the_command_line(tmp_path, capsys):
    pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    root = tree(tmp_path / "site")
    expected = tmp_path / "one.json"
    assert main(["check", str(root), "--jobs", "1", "--format", "json", "--output", str(expected)]) == 2
    single = capsys.readouterr().err
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        out = tmp_path / "cluster.json"
        code = main(["check", str(root), "--dask", cluster.scheduler_address, "--format", "json",
                     "--output", str(out)])
    assert code == 2 and out.read_bytes() == expected.read_bytes()
    assert capsys.readouterr().err == single


def test_serial_extraction_overlapping_in_threads_ends_with_the_pool_back(monkeypatch):
    from xlcheck.distributed import serial_extraction

    monkeypatch.setattr(extract.os, "cpu_count", lambda: 4)
    big = extract.PARALLEL_FROM * 100
    pooled = extract.pool_workers(big)
    outer = serial_extraction()
    inner = serial_extraction()
    outer.__enter__()
    inner.__enter__()
    assert extract.pool_workers(big) == 1
    outer.__exit__(None, None, None)  # the first to leave: another is still inside
    assert extract.pool_workers(big) == 1
    inner.__exit__(None, None, None)
    assert extract.pool_workers(big) == pooled
    assert extract.PARALLEL_FROM == 2000  # the threshold itself is never touched


def test_jobs_when_no_file_can_be_read(tmp_path):
    for name in ("a.fr.po", "b.fr.po"):
        (tmp_path / name).write_text('msgid "Hello\nmsgstr "Bonjour"\n', encoding="utf-8")
    paths = [str(tmp_path / "a.fr.po"), str(tmp_path / "b.fr.po")]
    one, two = check_paths(paths, Config(jobs=1)), check_paths(paths, Config(jobs=2))
    assert len(one.errors) == 2 and (two.errors, two.findings, two.documents) == (one.errors, (), ())


@functools.cache
def catalogue_units() -> dict[str, tuple[list[Unit], list]]:
    """Three real catalogues' units and each one's findings, checked alone."""
    out = {}
    for catalogue in CATALOGUES[:3]:
        units = units_of(*load_documents([str(catalogue)]))
        out[str(catalogue)] = (units, check_units(units))
    return out


@settings(max_examples=6, deadline=None)
@given(st.randoms(use_true_random=False))
def test_check_units_whatever_order_the_units_arrive_in(random):
    """A law: shuffle the units of several catalogues together, and each catalogue's
    findings are still its own, catalogues in the order they first appear."""
    catalogues = catalogue_units()
    units = [u for units, _ in catalogues.values() for u in units]
    random.shuffle(units)
    order = list(dict.fromkeys(u.path for u in units))
    assert check_units(units) == [f for path in order for f in catalogues[path][1]]


def test_diff_takes_jobs(tmp_path, capsys):
    stale = tmp_path / "news.de.txt"
    stale.write_text(SEED_DE.read_text(encoding="utf-8").replace("H100- und H200-GPUs", "H100-GPUs"),
                     encoding="utf-8")
    outputs = []
    for extra in ([], ["--jobs", "1"], ["--jobs", "2"]):
        code = main(["diff", str(SEED_PT), str(stale), "--format", "json", *extra])
        outputs.append((code, capsys.readouterr().out))
    assert outputs[0][0] == 1 and "H200" in outputs[0][1]
    assert outputs[1] == outputs[0] and outputs[2] == outputs[0]
