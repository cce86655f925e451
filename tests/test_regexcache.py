"""The cache of compiled patterns on disk (`xlcheck.regexcache`): a pattern read back is the
pattern compiled, and a missing, corrupt, stale or unwritable cache falls back to compiling."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import zlib

import pytest
import regex

from conftest import ROOT, SEED_DE, SEED_PT
from xlcheck import regexcache

# Patterns of the kinds xlcheck writes: flags, verbose text, named groups, look-behinds,
# possessive quantifiers, a named list, Unicode properties, an alternation of words.
PATTERNS = [
    (r"(?<![\p{L}\p{N}])(?P<day>\d{1,2})\.?[ \u00a0]++(?P<month>janeiro|fevereiro|março)(?![\p{L}])", regex.IGNORECASE,
     {}),
    (r"""
     (?P<amount>\d+(?:[.,]\d+)?)   # a figure
     \s*(?P<unit>km|mi)\b
     """, regex.VERBOSE, {}),
    (r"(?<!\w)\L<names>(?!\w)", regex.IGNORECASE, {"names": ["Lisboa", "Straße", "Ελλάδα"]}),
    (r"[\p{Han}\p{Hiragana}\p{Katakana}ー]+", 0, {}),
    (r"(?r)\d+", regex.V1, {}),
]
TEXTS = ["Em 3 de Fevereiro e 14 MARÇO.", "12,5 km or 8 mi", "lisboa, STRASSE, ελλάδα, Lisboan",
         "東京タワーは1958年に", "1 22 333"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache in `tmp_path`, as a new process finds it; `restart()` writes what was
    compiled and forgets it, as a process does at exit and the next at start."""
    monkeypatch.setenv("XLCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(regexcache, "_folder", [])
    monkeypatch.setattr(regexcache, "_added", {})

    def restart():
        regexcache._write()
        monkeypatch.setattr(regexcache, "_folder", [])
        monkeypatch.setattr(regexcache, "_added", {})

    return restart


def _compile_all():
    return [regexcache.compile(source, flags, **kwargs) for source, flags, kwargs in PATTERNS]


def _assert_as_compiled(patterns, same_data=True):
    """Each pattern matches as compiled, and is its compiled data (in the process that
    compiled it: another orders a named list's set of first characters its own way)."""
    for pattern, (source, flags, kwargs) in zip(patterns, PATTERNS):
        expected = regex.compile(source, flags, **kwargs)
        assert pattern._pickled_data == expected._pickled_data or not same_data
        for text in TEXTS:
            assert [m.groupdict() or m.span() for m in pattern.finditer(text)] == \
                   [m.groupdict() or m.span() for m in expected.finditer(text)]


def _files():
    """The entries' files, one per pattern kept."""
    (folder,) = regexcache.cache_dir().iterdir()
    return sorted(folder.iterdir())


def test_a_pattern_read_back_is_the_pattern_compiled(cache):
    _assert_as_compiled(_compile_all())
    assert len(regexcache._added) == len(PATTERNS)  # compiled
    cache()
    _assert_as_compiled(_compile_all())
    assert regexcache._added == {}  # every one read back, none compiled


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "bogus entry", "another pattern",
                                    "another key"])
def test_a_corrupt_entry_falls_back_to_compiling(cache, damage):
    """Every entry damaged: every pattern compiled again, written anew, then read back."""
    _compile_all()
    cache()
    files = _files()
    assert len(files) == len(PATTERNS)
    for path in files:
        data = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(os.urandom(len(data)))
        elif damage == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif damage == "flipped":  # one byte of the payload changed: the checksum tells
            path.write_bytes(data[:-20] + bytes([data[-20] ^ 0xFF]) + data[-19:])
        elif damage == "empty":
            path.write_bytes(b"")
        else:  # well-formed entries that do not rebuild, hold another pattern or another key
            versions, _, payload = marshal.loads(data)
            key, compiled = marshal.loads(payload)
            if damage == "another key":  # the data of this pattern, kept under other flags
                key = (key[0], key[1] ^ int(regex.ASCII), key[2])
            else:
                compiled = regex.compile("x")._pickled_data if damage == "another pattern" else ("not", "a", "pattern")
            bogus = marshal.dumps((key, compiled))
            path.write_bytes(marshal.dumps((versions, zlib.crc32(bogus), bogus)))
    _assert_as_compiled(_compile_all())
    assert len(regexcache._added) == len(PATTERNS)  # compiled again
    cache()  # and written anew, readable
    _assert_as_compiled(_compile_all())
    assert regexcache._added == {}


def test_one_corrupt_entry_costs_its_pattern_only(cache):
    _compile_all()
    cache()
    damaged = _files()[0]
    damaged.write_bytes(damaged.read_bytes()[:-7])
    _assert_as_compiled(_compile_all())
    assert [name for name, _ in regexcache._added.values()] == [damaged.name]


def _reads(monkeypatch) -> list:
    """Sizes of the entries' files a process reads, as it reads them."""
    sizes = []
    read = regexcache._read

    def counted(path, key):
        sizes.append(os.path.getsize(path) if os.path.exists(path) else 0)
        return read(path, key)

    monkeypatch.setattr(regexcache, "_read", counted)
    return sizes


def test_a_large_cache_costs_no_more_to_open_than_a_small_one(cache, monkeypatch):
    """A process reads the files of the patterns it asks for, however many others the
    cache holds: the same files and bytes with 5 entries as with 5,005."""
    _compile_all()
    cache()
    reads = _reads(monkeypatch)
    _assert_as_compiled(_compile_all())
    small = reads.copy()
    (folder,) = regexcache.cache_dir().iterdir()
    for number in range(5000):  # other patterns' entries (their contents are never read)
        (folder / f"{number:032x}").write_bytes(os.urandom(1400))
    regexcache._folder.clear()
    reads.clear()
    _assert_as_compiled(_compile_all())
    large = reads
    assert regexcache._added == {}
    assert len(small) == len(large) == len(PATTERNS)
    assert small == large and sum(large) < 5 * 4096


def test_a_full_cache_starts_again_from_the_writers_patterns(cache, monkeypatch):
    monkeypatch.setattr(regexcache, "_LIMIT", 4)
    _compile_all()
    cache()  # 5 new entries past a limit of 4: the folder holds this process's
    assert len(_files()) == len(PATTERNS)
    regexcache.compile(r"[a-z]+")
    cache()
    assert [path.name for path in _files()] == [regexcache._name(regexcache._key(r"[a-z]+", 0, {}))]


def test_the_first_formats_single_file_goes_when_this_formats_folder_is_made(cache):
    """A cache of the first format (`patterns-<versions>.bin`, all patterns in one file) is
    removed when this format's folder is first made; other files of the cache stay, and a
    folder already made removes nothing more."""
    parent = regexcache.cache_dir()
    parent.mkdir(parents=True)
    (parent / "patterns-0.1.0-regex2026.5.9-py311.bin").write_bytes(b"x" * 1000)
    (parent / "notes.txt").write_text("kept")
    _compile_all()
    cache()
    assert sorted(path.name for path in parent.iterdir()) == ["notes.txt", regexcache._path().name]
    (parent / "patterns-0.1.0-regex2026.5.9-py312.bin").write_bytes(b"x")  # another Python's, later
    regexcache.compile(r"[a-z]+")
    cache()
    assert (parent / "patterns-0.1.0-regex2026.5.9-py312.bin").exists()


_WRITER = """
import sys
from xlcheck import regexcache
import test_regexcache as t
for round in range(3):
    t._assert_as_compiled(t._compile_all(), same_data=False)
    regexcache.compile(r"(?<=\\b)" + sys.argv[1] + str(round))
    regexcache._write()
    regexcache._added.clear()
print("ok")
"""


def test_concurrent_processes_share_the_cache(tmp_path):
    """Processes writing the same and their own entries at once: none fails, every entry
    is whole and read back, no temporary file is left."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "tests"), str(ROOT)]),
               XLCHECK_CACHE_DIR=str(tmp_path))
    writers = [subprocess.Popen([sys.executable, "-c", _WRITER, f"w{number}"], env=env, cwd=ROOT / "tests", stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True) for number in range(4)]
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.split() == ["ok"]
    (folder,) = tmp_path.iterdir()
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == len(PATTERNS) + 4 * 3
    assert not [name for name in names if name.endswith(".tmp")]
    script = ("from xlcheck import regexcache\nimport test_regexcache as t\n"
              "t._assert_as_compiled(t._compile_all(), same_data=False)\nprint(len(regexcache._added))")
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT / "tests", capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["0"]


def test_a_cache_of_other_versions_is_ignored(cache, monkeypatch):
    real = regexcache._versions()
    monkeypatch.setattr(regexcache, "_versions", lambda: (*real[:2], "1999.1.1", *real[3:]))
    _compile_all()
    cache()  # written by "another regex"
    monkeypatch.setattr(regexcache, "_versions", lambda: real)
    _assert_as_compiled(_compile_all())
    assert len(regexcache._added) == len(PATTERNS)


def test_an_unwritable_or_absent_cache_only_costs_the_compiling(cache, tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv("XLCHECK_CACHE_DIR", str(tmp_path / "a-file" / "cache"))  # cannot be a directory
    _assert_as_compiled(_compile_all())
    cache()
    _assert_as_compiled(_compile_all())
    monkeypatch.setenv("XLCHECK_CACHE_DIR", "")  # turned off
    assert regexcache.cache_dir() is None
    cache()
    _assert_as_compiled(_compile_all())


def test_a_pattern_that_depends_on_the_locale_is_not_kept(cache):
    regexcache.compile(rb"(?L)\w+")
    assert regexcache._added == {}


def _compiled_in_a_run(cache_dir, seed: str) -> int:
    """How many patterns one `xlcheck diff` of the seed pair compiled (read none back)."""
    script = ("import sys; from xlcheck import cli, regexcache\n"
              "try:\n    cli.main(['diff', sys.argv[1], sys.argv[2]])\nexcept SystemExit:\n    pass\n"
              "print(len(regexcache._added))")
    env = dict(os.environ, PYTHONPATH=str(ROOT), XLCHECK_CACHE_DIR=str(cache_dir), PYTHONHASHSEED=seed)
    result = subprocess.run([sys.executable, "-c", script, str(SEED_PT), str(SEED_DE)], env=env, capture_output=True,
                            text=True, check=True)
    return int(result.stdout.split()[-1])


def test_a_second_run_compiles_no_pattern(tmp_path):
    """Every pattern a run compiles is found again by the next, whose strings hash with
    another seed: no pattern's text depends on the order of a set."""
    assert _compiled_in_a_run(tmp_path, "1") > 100
    assert _compiled_in_a_run(tmp_path, "2") == 0
