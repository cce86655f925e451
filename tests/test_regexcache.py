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
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_added", {})

    def restart():
        regexcache._write()
        monkeypatch.setattr(regexcache, "_entries", None)
        monkeypatch.setattr(regexcache, "_added", {})

    return restart


def _compile_all():
    return [regexcache.compile(source, flags, **kwargs) for source, flags, kwargs in PATTERNS]


def _assert_as_compiled(patterns):
    for pattern, (source, flags, kwargs) in zip(patterns, PATTERNS):
        expected = regex.compile(source, flags, **kwargs)
        assert pattern._pickled_data == expected._pickled_data
        for text in TEXTS:
            assert [m.groupdict() or m.span() for m in pattern.finditer(text)] == \
                   [m.groupdict() or m.span() for m in expected.finditer(text)]


def _file():
    (path,) = (regexcache.cache_dir()).iterdir()
    return path


def test_a_pattern_read_back_is_the_pattern_compiled(cache):
    _assert_as_compiled(_compile_all())
    assert len(regexcache._added) == len(PATTERNS)  # compiled
    cache()
    _assert_as_compiled(_compile_all())
    assert regexcache._added == {}  # every one read back, none compiled


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "bogus entry", "another pattern"])
def test_a_corrupt_cache_falls_back_to_compiling(cache, damage):
    _compile_all()
    cache()
    path = _file()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(os.urandom(len(data)))
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":  # one byte of the payload changed: the checksum tells
        path.write_bytes(data[:-20] + bytes([data[-20] ^ 0xFF]) + data[-19:])
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a well-formed file whose entries do not rebuild, or hold another pattern
        versions, _, payload = marshal.loads(data)
        entries = marshal.loads(payload)
        other = marshal.dumps(regex.compile("x")._pickled_data)
        wrong = other if damage == "another pattern" else marshal.dumps(("not", "a", "pattern"))
        bogus = marshal.dumps(dict.fromkeys(entries, wrong))
        path.write_bytes(marshal.dumps((versions, zlib.crc32(bogus), bogus)))
    _assert_as_compiled(_compile_all())
    assert len(regexcache._added) == len(PATTERNS)  # compiled again
    cache()  # and written anew, readable
    _assert_as_compiled(_compile_all())
    assert regexcache._added == {}


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
