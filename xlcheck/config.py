"""Configuration: ``[tool.xlcheck]`` in pyproject.toml, or an ``xlcheck.toml`` file.

Keys: ``select`` and ``ignore`` (rule codes or prefixes such as ``"XL1"``, or check
names such as ``"name"``), ``fail-on`` (``error``/``warning``/``info``), ``langs``
(tags for files whose path names none; in a tree, the languages to check),
``reference`` (the source language: its version is never blamed), ``languages`` (the
folders of a tree that are languages), ``include``/``exclude`` (globs of a tree's
paths), ``compare-translations`` (also compare translations with each other),
``severity`` (rule code -> error/warning/info), ``per-file-ignores`` (glob -> codes, as
``ignore``), ``glossary`` (canonical name -> forms), ``fuzzy`` (also check the fuzzy
entries of PO catalogues; default false) and ``jobs`` (worker processes for the
document sets of a run; default 1). ``xlcheck.toml`` takes the same
keys as ``[tool.xlcheck]``: at its top level, or under ``[xlcheck]`` or ``[tool.xlcheck]``.

A rule code, prefix or check name in ``select``, ``ignore`` or ``per-file-ignores`` that
names no rule is an error (exit 2), so a typo never silently turns a check off. A
finding is also left out when its paragraph (or PO entry) carries a comment
``xlcheck: ignore XL101`` (``<!-- xlcheck: ignore XL101 -->`` in Markdown,
``.. xlcheck: ignore XL101`` in reST, ``#. xlcheck: ignore XL101`` in PO).
"""

from __future__ import annotations

import fnmatch
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from xlcheck.choices import FAIL_ON
from xlcheck.errors import ConfigError

_KEYS = {"select", "ignore", "fail-on", "langs", "glossary", "baseline", "reference", "languages", "include",
         "exclude", "compare-translations", "severity", "per-file-ignores", "jobs", "fuzzy"}
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class Config:
    """Everything a check run can be told, whatever told it (file, CLI, caller)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    langs: tuple[str, ...] = ()
    glossary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    baseline: str | None = None
    source: str | None = None
    reference: str | None = None
    languages: tuple[str, ...] = ()
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    compare_translations: bool = False
    fuzzy: bool = False  # PO catalogues: check fuzzy entries too, their findings marked so
    severity: Mapping[str, str] = field(default_factory=dict)
    aligner: str = "default"  # or "embed" (the optional sentence encoder)
    segment: str = "paragraph"  # or "sentence": the checks compare aligned sentences
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    jobs: int | None = None  # worker processes of a run (None: none, as 1; xlcheck/parallel.py)
    dask: str | None = None  # a dask scheduler's address, or "local" (xlcheck/distributed.py)

    def __post_init__(self) -> None:
        for option, patterns in (("select", self.select), ("ignore", self.ignore),
                                 *((f"per-file-ignores {glob!r}", codes) for glob, codes in self.per_file_ignores.items())):
            for pattern in patterns:
                if not known_rule_pattern(pattern):
                    where = f"{self.source}: " if self.source else ""
                    raise ConfigError(f"{where}{option} names {pattern!r}, which is no rule code, prefix or check; "
                                      "`xlcheck explain` lists the rules")

    def enabled(self, code: str, check: str, path: str | None = None) -> bool:
        """Whether a rule is on: selected (or nothing selected), not ignored, and not
        ignored for `path` by ``per-file-ignores``."""

        def matches(patterns: tuple[str, ...]) -> bool:
            return any(code.startswith(p.upper()) or p.lower() == check for p in patterns)

        if self.select and not matches(self.select):
            return False
        if path is not None and self.per_file_ignores:
            posix = path.replace("\\", "/")
            for glob, patterns in self.per_file_ignores.items():
                if (fnmatch.fnmatch(posix, glob) or fnmatch.fnmatch(posix, "*/" + glob)) and matches(patterns):
                    return False
        return not matches(self.ignore)

    def with_options(self, **options: object) -> Config:
        """A copy with the options that are not None replaced (CLI over file)."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})


def known_rule_pattern(pattern: str) -> bool:
    """Whether a --select/--ignore entry names a rule: a code (``XL101``), a prefix
    (``XL1``, ``XL``) or a check (``number``).

    >>> known_rule_pattern("XL1"), known_rule_pattern("name"), known_rule_pattern("XL999"), known_rule_pattern("nmae")
    (True, True, False, False)
    """
    from xlcheck.rules import RULES

    upper = pattern.strip().upper()
    return bool(upper) and (any(code.startswith(upper) for code in RULES)
                            or pattern.strip().lower() in {rule.check for rule in RULES.values()})


def _strings(value: object, key: str, path: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: '{key}' must be a list of strings, got {value!r}")
    return tuple(value)


def _is_language(value: object) -> bool:
    from xlcheck.locales import known_language  # CLDR data only when a configuration needs it

    return isinstance(value, str) and known_language(value)


# Options that take one value: the Config field, what a valid value is, and how to say so.
_SCALARS: dict[str, tuple[str, Callable[[object], bool], str]] = {
    "fail-on": ("fail_on", lambda v: v in FAIL_ON, "one of " + ", ".join(FAIL_ON)),
    "baseline": ("baseline", lambda v: isinstance(v, str), "a file path"),
    "reference": ("reference", _is_language, 'a language tag such as "en"'),
    "compare-translations": ("compare_translations", lambda v: isinstance(v, bool), "true or false"),
    "fuzzy": ("fuzzy", lambda v: isinstance(v, bool), "true or false"),
    "jobs": ("jobs", lambda v: isinstance(v, int) and not isinstance(v, bool) and v >= 1,
             "a number of processes, 1 or more"),
}


def parse_config(table: Mapping[str, object], path: str) -> Config:
    """Validate a ``[tool.xlcheck]`` table."""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown option '{unknown[0]}' in [tool.xlcheck]; known options: "
                          + ", ".join(sorted(_KEYS)))
    config = Config(source=path)
    for key in ("select", "ignore", "langs", "languages", "include", "exclude"):
        if key in table:
            config = replace(config, **{key: _strings(table[key], key, path)})
    for key, (name, valid, what) in _SCALARS.items():
        if key in table:
            value = table[key]
            if not valid(value):
                raise ConfigError(f"{path}: '{key}' must be {what}, got {value!r}")
            config = replace(config, **{name: value})
    if "severity" in table:
        config = replace(config, severity=_severities(table["severity"], path))
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: 'per-file-ignores' must be a table of \"glob\" = [codes], got {value!r}")
        config = replace(config, per_file_ignores={glob: _strings(codes, f"per-file-ignores.{glob}", path)
                                                   for glob, codes in value.items()})
    if "glossary" in table:
        glossary = table["glossary"]
        if not isinstance(glossary, dict):
            raise ConfigError(f"{path}: 'glossary' must be a table of name = [forms], got {glossary!r}")
        entries = {}
        for name, forms in glossary.items():
            entries[name] = _strings(forms, f"glossary.{name}", path)
        config = replace(config, glossary=entries)
    return config


def _severities(table: object, path: str) -> dict[str, str]:
    from xlcheck.rules import RULES

    if not isinstance(table, dict):
        raise ConfigError(f"{path}: 'severity' must be a table of CODE = \"error|warning|info\", got {table!r}")
    out = {}
    for code, value in table.items():
        if code.upper() not in RULES:
            raise ConfigError(f"{path}: 'severity' names unknown rule {code!r}; `xlcheck explain` lists the rules")
        if value not in SEVERITIES:
            raise ConfigError(f"{path}: severity of {code} must be one of {', '.join(SEVERITIES)}, got {value!r}")
        out[code.upper()] = value
    return out


def load_config(path: str | None = None, start: str = ".") -> Config:
    """Read the configuration file `path`, or find one from `start` upwards.

    A pyproject.toml without a ``[tool.xlcheck]`` table is passed over.
    """
    if path is not None:
        return _load_file(Path(path), explicit=True) or Config(source=path)
    directory = Path(start).resolve()
    for folder in (directory, *directory.parents):
        for name in ("xlcheck.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file():
                config = _load_file(candidate, explicit=False)
                if config is not None:
                    return config
    return Config()


def _load_file(path: Path, explicit: bool) -> Config | None:
    import tomllib  # only where a configuration file is found

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such configuration file; check the --config path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read as UTF-8 text; fix or remove it") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or pass another with --config") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("xlcheck")
        if table is None:
            if explicit:
                raise ConfigError(f"{path}: has no [tool.xlcheck] table; add one or name another file")
            return None
    elif isinstance(data.get("tool"), dict) and isinstance(data["tool"].get("xlcheck"), dict):
        table = data["tool"]["xlcheck"]  # the same table as in pyproject.toml
    else:
        table = data.get("xlcheck", data) if isinstance(data.get("xlcheck"), dict) else data
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.xlcheck] must be a table")
    return parse_config(table, str(path))


def fingerprint(rule: str, value: str | None, path: str, status: str) -> tuple[str, str, str, str]:
    """What identifies a finding across runs: paragraphs and lines move, these do not."""
    return rule, value or "", path, status


def load_baseline(path: str) -> frozenset[tuple[str, str, str, str]]:
    """Fingerprints of the findings of an earlier ``--format json`` report (read once a run,
    however many document groups a tree check compares)."""
    try:
        stamp = Path(path).stat().st_mtime_ns
    except OSError:
        stamp = None
    return _load_baseline(path, stamp)


@functools.lru_cache(maxsize=8)
def _load_baseline(path: str, stamp: int | None) -> frozenset[tuple[str, str, str, str]]:
    import json

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such baseline; write one with `--format json --output {path}`") from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ConfigError(f"{path}: not a JSON report; write one with `--format json --output {path}`") from exc
    if not isinstance(data, dict) or data.get("schema") != "xlcheck.report/1":
        raise ConfigError(f"{path}: not an xlcheck.report/1 document; write one with `--format json`")
    prints = set()
    for finding in data.get("findings", []):
        for location in finding.get("locations", []):
            if location.get("status") in ("missing", "different", "extra"):
                prints.add(fingerprint(finding.get("rule", ""), finding.get("value"), location.get("path", ""),
                                       location["status"]))
    return frozenset(prints)


_INLINE_IGNORE = re.compile(r"xlcheck:\s*ignore\b([^\n>]*)")
_CODES = re.compile(r"[A-Za-z]+\d*")


def inline_ignored(rule: str, check: str, path: str, line: int | None) -> bool:
    """Whether the paragraph (or catalogue entry) a finding points at carries an
    ``xlcheck: ignore CODES`` comment: on its own lines, or in the block of comments just
    above it (``<!-- xlcheck: ignore XL101 -->`` then a blank line, in Markdown). Without
    codes, every rule is ignored there.
    """
    if line is None:
        return False
    try:
        stat = Path(path).stat()
    except OSError:
        return False
    lines = _file_lines(path, stat.st_mtime_ns, stat.st_size)
    if not lines or line > len(lines):
        return False
    start = line - 1
    while start > 0 and lines[start - 1].strip():
        start -= 1
    end = line - 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    block = lines[start:end + 1]
    above = start - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and above < start and "xlcheck:" in lines[above]:
        first = above
        while first > 0 and lines[first - 1].strip():
            first -= 1
        block = lines[first:above + 1] + block
    for text in block:
        match = _INLINE_IGNORE.search(text)
        if match:
            codes = [c for c in _CODES.findall(match.group(1)) if known_rule_pattern(c)]
            if not codes or any(rule.startswith(c.upper()) or c.lower() == check for c in codes):
                return True
    return False


@functools.lru_cache(maxsize=64)
def _file_lines(path: str, stamp: int, size: int) -> tuple[str, ...]:
    try:
        data = Path(path).read_bytes()
    except OSError:
        return ()
    if b"xlcheck:" not in data:
        return ()
    return tuple(data.decode("utf-8", "replace").splitlines())
