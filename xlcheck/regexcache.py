"""Compiled regular expressions kept on disk between runs.

`regex` compiles a pattern in Python (its parser, optimiser and code generator are Python
code) and keeps the result only for the process: the ~150 patterns that checking a short
document reaches cost about a third of `xlcheck diff`'s run. What it compiles is plain data
(a pattern pickles as the arguments of `_regex.compile`: its text, flags, code and group
tables), so `compile` keeps that data in the user's cache directory, one small file per
pattern named by a digest of its key, and rebuilds a pattern from it in a few µs on the
next run. A process reads only the files of the patterns it asks for: opening a cache of
thousands of patterns costs what opening one of a few does.

Never wrong: an entry is found only by everything the compiler reads (the pattern's text,
its flags and named lists, regex's version and default version, Python's version in the
folder's name and each file's header), each file holds its whole key and a checksum, and a
pattern whose matching depends on the locale is not kept. A file that cannot be read, fails
its checksum, holds another key or was written by other versions is ignored (its pattern is
compiled as without it, and written anew); a directory that cannot be written is left
alone. Files are written whole under a temporary name and renamed, so a process never reads
half of one another is writing. ``XLCHECK_CACHE_DIR`` names another directory, or, set to
an empty string, turns the cache off. The first format's single file of every pattern
(`patterns-*.bin`) is removed when this format's folder is made.
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

try:  # hashlib's own import loads OpenSSL (3 ms); blake2b is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

_FORMAT = 2
# The folder must not grow without end (patterns built from a configured glossary change
# with it): past this many files, a process that writes some starts it again from its own.
_LIMIT = 8192

_added: dict = {}  # compiled in this process: key -> (file name, bytes), written at exit
_folder: list = []  # the folder of this process's entries, found once


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
    """The folder of the entries (its name says the versions), or None without a cache."""
    folder = cache_dir()
    if folder is None:
        return None
    from xlcheck import __version__

    python = "".join(map(str, sys.version_info[:2]))
    return folder / f"patterns{_FORMAT}-{__version__}-regex{regex.__version__}-py{python}"


def _name(key: tuple) -> str:
    """The file name of a key: a digest of its text (`repr` of strings and numbers is the
    same in every process, where marshal's bytes may not be)."""
    return blake2b(repr(key).encode("utf-8", "backslashreplace"), digest_size=16).hexdigest()


def _read(path: str, key: tuple) -> tuple | None:
    """The compiler's data kept for `key` in the file `path`, or None if it is missing,
    corrupt, of other versions or of another key."""
    try:
        with open(path, "rb") as file:
            versions, checksum, payload = marshal.loads(file.read())
        if versions != _versions() or zlib.crc32(payload) != checksum:
            return None
        kept, data = marshal.loads(payload)
        return data if kept == key and data[0] == key[0] else None
    except Exception:  # noqa: BLE001 - any unreadable file is no entry
        return None


def _write() -> None:
    """Write this process's new patterns, each whole under a temporary name and renamed (a
    reader sees the old file, the new one or none; two writers of one entry write the same)."""
    folder = _path()
    if not _added or folder is None:
        return
    try:
        try:
            folder.mkdir(parents=True)
        except FileExistsError:  # made before, or by another process at the same moment
            pass
        else:
            _remove_single_files(folder.parent)
        names = {name for name, _ in _added.values()}
        if sum(1 for _ in os.scandir(folder)) + len(names) > _LIMIT:
            for entry in os.scandir(folder):
                if entry.name not in names:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)
    except OSError:  # unwritable
        return
    suffix = f".{os.getpid()}.tmp"
    for name, data in _added.values():
        temporary = folder / (name + suffix)
        try:
            temporary.write_bytes(data)
            os.replace(temporary, folder / name)
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
            return


def _remove_single_files(parent: Path) -> None:
    """Remove the caches of the first format (one file of every pattern, `patterns-*.bin`,
    megabytes that no version of this format reads) when this format's folder is made."""
    for old in parent.glob("patterns-*.bin"):
        with contextlib.suppress(OSError):
            old.unlink()


def _key(pattern: str, flags: int, kwargs: dict[str, Any]) -> tuple:
    return pattern, int(flags), tuple(sorted((name, tuple(sorted(values))) for name, values in kwargs.items()))


def compile(pattern: str, flags: int = 0, **kwargs: Any) -> regex.Pattern:  # noqa: A001 - regex.compile's name
    """``regex.compile(pattern, flags, **kwargs)``, rebuilt from the cache when it holds it.

    >>> compile(r"\\d+", regex.V1).findall("H100 e H200")
    ['100', '200']
    """
    if not _folder:
        folder = _path()
        _folder.append(None if folder is None else str(folder))
    key = _key(pattern, flags, kwargs)
    name = _name(key)
    if _folder[0] is not None:
        data = _read(os.path.join(_folder[0], name), key)
        if data is not None:
            try:
                return _regex.compile(*data)  # what unpickling the pattern does
            except Exception:  # noqa: BLE001 - an entry that does not rebuild is compiled anew
                pass
    compiled = regex.compile(pattern, flags, **kwargs)
    if _folder[0] is not None and not compiled.flags & regex.LOCALE:
        try:
            payload = marshal.dumps((key, compiled._pickled_data))
            entry = marshal.dumps((_versions(), zlib.crc32(payload), payload))
        except ValueError:  # a named list of values marshal cannot write
            return compiled
        if not _added:
            atexit.register(_write)
        _added[key] = name, entry
    return compiled
