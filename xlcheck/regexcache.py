"""Compiled regular expressions kept on disk between runs.

`regex` compiles a pattern in Python (its parser, optimiser and code generator are Python
code) and keeps the result only for the process: the ~150 patterns that checking a short
document reaches cost about a third of `xlcheck diff`'s run. What it compiles is plain data
(a pattern pickles as the arguments of `_regex.compile`: its text, flags, code and group
tables), so `compile` keeps that data in one file of the user's cache directory and
rebuilds a pattern from it in a few µs on the next run.

Never wrong: an entry is found only by everything the compiler reads (the pattern's text,
its flags and named lists, regex's version and default version, Python's version in the
file's name and header), and a pattern whose matching depends on the locale is not kept.
A file that cannot be read, fails its checksum or was written by other versions is ignored
(the patterns are compiled as without it); a directory that cannot be written is left
alone. ``XLCHECK_CACHE_DIR`` names another directory, or, set to an empty string, turns
the cache off.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any

import regex
from regex import _regex

_FORMAT = 1
# The file must not grow without end (patterns built from a configured glossary change with
# it): past this size it starts again from the patterns of the process that writes it.
_LIMIT = 1 << 23

# Each entry's data is marshalled on its own, read only when its pattern is asked for: a
# run reads a fraction of the file's patterns.
_entries: dict | None = None  # read from disk on the first compile
_added: dict = {}  # compiled in this process, written back at exit


def cache_dir() -> Path | None:
    """xlcheck's directory in the user's cache (XDG_CACHE_HOME on Linux, the platform's
    own elsewhere), or None when there is none."""
    if "XLCHECK_CACHE_DIR" in os.environ:
        return Path(os.environ["XLCHECK_CACHE_DIR"]) if os.environ["XLCHECK_CACHE_DIR"] else None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "xlcheck" / "Cache"
    try:
        home = Path.home()
    except RuntimeError:  # no home directory
        return None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "xlcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "xlcheck"


def _versions() -> tuple:
    from xlcheck import __version__

    return (_FORMAT, __version__, regex.__version__, int(regex.DEFAULT_VERSION), tuple(sys.version_info[:2]),
            marshal.version)


def _path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    from xlcheck import __version__

    python = "".join(map(str, sys.version_info[:2]))
    return folder / f"patterns-{__version__}-regex{regex.__version__}-py{python}.bin"


def _read(path: Path | None) -> dict:
    """The file's entries, or none if it is missing, corrupt or of other versions."""
    if path is None:
        return {}
    try:
        versions, checksum, payload = marshal.loads(path.read_bytes())
        if versions != _versions() or zlib.crc32(payload) != checksum:
            return {}
        entries = marshal.loads(payload)
        return entries if isinstance(entries, dict) else {}
    except Exception:  # noqa: BLE001 - any unreadable file is no cache
        return {}


def _write() -> None:
    """Merge this process's new patterns into the file (another process may have added
    some since it was read), replacing it whole so that no reader sees half a file."""
    path = _path()
    if not _added or path is None:
        return
    entries = _read(path)
    entries.update(_added)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps(entries)
        if len(payload) > _LIMIT:
            payload = marshal.dumps(_added)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(marshal.dumps((_versions(), zlib.crc32(payload), payload)))
        os.replace(temporary, path)
    except (OSError, ValueError):  # unwritable, or a named list of keys marshal cannot write
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _key(pattern: str, flags: int, kwargs: dict[str, Any]) -> tuple:
    return pattern, int(flags), tuple(sorted((name, tuple(sorted(values))) for name, values in kwargs.items()))


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern:  # noqa: A001 - regex.compile's name
    """``regex.compile(pattern, flags, **kwargs)``, rebuilt from the cache when it holds it.

    >>> compile(r"\\d+", regex.V1).findall("H100 e H200")
    ['100', '200']
    """
    global _entries
    if _entries is None:
        _entries = _read(_path())
    key = _key(pattern, flags, kwargs)
    kept = _entries.get(key)
    if kept is not None:
        try:
            data = marshal.loads(kept)
            if data[0] == pattern:
                return _regex.compile(*data)  # what unpickling the pattern does
        except Exception:  # noqa: BLE001 - an entry that does not rebuild is compiled anew
            pass
    compiled = regex.compile(pattern, flags, **kwargs)
    if not compiled.flags & regex.LOCALE:
        if not _added:
            atexit.register(_write)
        try:
            _added[key] = _entries[key] = marshal.dumps(compiled._pickled_data)
        except ValueError:  # a named list of values marshal cannot write
            pass
    return compiled
