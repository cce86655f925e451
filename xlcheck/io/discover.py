"""Find the language versions of each document in a tree, the way docs sites lay them out.

Layouts recognised (each pairs files by what the site itself does):

- name suffixes, ``guide.md`` + ``guide.fr.md`` (MkDocs i18n, Hugo): the unsuffixed
  file is the default language;
- language folders, ``content/<lang>/…`` (Hugo), ``src/content/docs/<lang>/…`` with
  the default language at the root or in its own folder (content-collection sites),
  ``pt/guide.md`` + ``de/guide.md``;
- Docusaurus, ``i18n/<lang>/docusaurus-plugin-content-docs/current/…`` against
  ``docs/…`` (also blog, pages and versioned docs);
- Hugo's ``contentDir`` per language in ``hugo.toml`` / ``config.toml``;
- catalogues (PO, XLIFF), which hold their two versions themselves, with the language of
  ``locale/<lang>/LC_MESSAGES/`` (Sphinx).

A folder is a language only when the layout or the configuration (``languages``) says
so: a folder named like a language code (``it/``, ``id/``, ``os/``) counts only when
its files mirror another language's (half of them, at least two, have counterparts at the
same place). The source language is the configured ``reference``, else the site's
default language (Hugo ``defaultContentLanguage``, Docusaurus and Astro
``defaultLocale``, MkDocs i18n ``default: true``), else English where a page has an
English version (and no source, the odd one out blamed, where it has none).
"""

from __future__ import annotations

import fnmatch
import functools
import os
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from xlcheck.extract import urls
from xlcheck.io import BILINGUAL
from xlcheck.io.keyed import keyed_language
from xlcheck.io.lang import as_tag
from xlcheck.locales import same_language
from xlcheck.patterns import lazy

# Key/value files of one language each, paired by their own layouts (`keyed_version`),
# and files that hold every language (checked alone, like catalogues). CSV/TSV tables
# are read only when named: a tree's data files are no translations.
KEYED_EXTENSIONS = frozenset({".json", ".arb", ".yml", ".yaml", ".xml", ".strings", ".stringsdict", ".properties",
                              ".ftl"})
MULTILINGUAL_EXTENSIONS = frozenset({".xcstrings", ".tmx"})
EXTENSIONS = frozenset({".txt", ".md", ".mdx", ".markdown", ".rst", *BILINGUAL, *KEYED_EXTENSIONS,
                        *MULTILINGUAL_EXTENSIONS})
_ANDROID_VALUES = lazy(r"^(?P<prefix>(?:.*/)?)values(?:-[^/]+)?/(?P<name>[^/]+\.xml)$")
_LPROJ = lazy(r"^(?P<prefix>(?:.*/)?)(?P<lang>[^/]+)\.lproj/(?P<name>[^/]+\.(?:strings|stringsdict))$")
_LANG_SUFFIX = lazy(r"^(?P<stem>.+?)[_-](?P<lang>[A-Za-z]{2,3}(?:[_-](?:[A-Za-z]{4}|[A-Za-z]{2}|\d{3}))*)$")
SKIP_DIRS = frozenset({".git", "node_modules", ".nox", ".venv", "venv", "__pycache__", "build", "dist"})
FALLBACK_REFERENCE = "en"
_INDEX_NAMES = frozenset({"index", "_index", "readme"})

_DOCUSAURUS_SOURCE = ("docs/", "blog/", "src/pages/", "versioned_docs/")
# Sites key pages by slug: ``page.mdx`` and its translation ``page.md`` are one page.
_MARKDOWN = lazy(r"\.(?:mdx|markdown)$")
_SPHINX = lazy(r"(?:^|/)locale/(?P<lang>[^/]+)/LC_MESSAGES/[^/]+$")
_DEFAULT_LOCALE = lazy(r"""defaultLocale\s*:\s*['"]([\w-]+)['"]""")
_STARLIGHT_ROOT = lazy(r"""root\s*:\s*\{[^}]*?lang\s*:\s*['"]([\w-]+)['"]""", regex.S)
_MKDOCS_DEFAULT = lazy(r"locale\s*:\s*([\w-]+)\s*\n(?:\s+\w+\s*:.*\n)*?\s+default\s*:\s*true")
_HUGO_DEFAULT = lazy(r"""^\s*defaultContentLanguage\s*[:=]\s*['"]?([\w-]+)""", regex.M)
_SITE_FILES = ("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs", "astro.config.mjs",
               "astro.config.ts", "astro.config.js", "mkdocs.yml", "mkdocs.yaml",
               *(f"{folder}{name}.{ext}" for folder in ("", "config/_default/") for name in ("hugo", "config")
                 for ext in ("toml", "yaml", "yml", "json")))


@dataclass(frozen=True)
class DocumentSet:
    """The versions of one document: (language, path) pairs, the source first when the
    tree has it. `reference` is the tree's source language (None when unknown)."""

    key: str
    versions: tuple[tuple[str, str], ...]
    reference: str | None

    @property
    def source(self) -> str | None:
        """The path of the source version, when the set has one."""
        for lang, path in self.versions:
            if self.reference is not None and same_language(lang, self.reference):
                return path
        return None


@dataclass(frozen=True)
class Tree:
    """What a tree holds: document sets (one version or more) and catalogues (path, language).
    `reference` is the source language the configuration or the site names (None when
    neither does: then no page is called untranslated or orphaned)."""

    root: str
    reference: str | None
    languages: tuple[str, ...]
    sets: tuple[DocumentSet, ...]
    catalogues: tuple[tuple[str, str | None], ...]

    def set_of(self, path: str) -> DocumentSet | None:
        """The document set a file belongs to (with at least two versions), or None."""
        return self._sets_by_file.get(os.path.realpath(path))

    @functools.cached_property
    def _sets_by_file(self) -> dict[str, DocumentSet]:
        # Built once: pre-commit may pass many files of a large tree.
        return {os.path.realpath(p): document_set for document_set in self.sets
                if len(document_set.versions) >= 2 for _, p in document_set.versions}


def _walk(base: Path, include: tuple[str, ...], exclude: tuple[str, ...]) -> list[str]:
    """Relative POSIX paths of the files xlcheck can read, sorted."""
    found = []
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            if os.path.splitext(name)[1].lower() not in EXTENSIONS:
                continue
            relative = (Path(folder) / name).relative_to(base).as_posix()
            if include and not any(fnmatch.fnmatch(relative, g) for g in include):
                continue
            if any(fnmatch.fnmatch(relative, g) for g in exclude):
                continue
            found.append(relative)
    return found


def site_default(base: Path) -> str | None:
    """The default language a site's own configuration names, if any."""
    folders = [base, *list(base.parents)[:3]]
    if base.is_dir():
        folders += sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))
    for folder in folders:
        for name in _SITE_FILES:
            path = folder / name
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for pattern in (_HUGO_DEFAULT, _STARLIGHT_ROOT, _DEFAULT_LOCALE, _MKDOCS_DEFAULT):
                match = pattern.search(text)
                if match and as_tag(match.group(1)):
                    return match.group(1)
    return None


def _hugo_content_dirs(base: Path) -> dict[str, str]:
    """Hugo's ``contentDir`` per language (``content/en`` -> en), from the site config."""
    dirs: dict[str, str] = {}
    for name in ("hugo.toml", "config.toml"):
        path = base / name
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        for lang, table in (data.get("languages") or {}).items():
            if isinstance(table, dict) and isinstance(table.get("contentDir"), str):
                dirs[table["contentDir"].strip("/")] = lang
    return dirs


class _Layout:
    """Decides, file by file, which document a file is a version of and in what language."""

    def __init__(self, base: Path, files: list[str], languages: tuple[str, ...], default: str) -> None:
        self.files = files
        self.present = frozenset(files)
        self.languages = languages
        self.default = default
        self.content_dirs = _hugo_content_dirs(base)
        self.docusaurus_roots = {m.group("prefix") for f in files if (m := urls.DOCUSAURUS.match(f))}
        self.folders, self.root_default = self._language_folders()

    def _allowed(self, tag: str) -> bool:
        return not self.languages or any(same_language(tag, lang) for lang in self.languages)

    def _language_folders(self) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
        """Accepted language folders (prefix '' or 'a/b/' -> the tags that are languages
        there), and the prefixes whose own files are the default language's versions."""
        rests: dict[tuple[str, str], set[str]] = defaultdict(set)
        for path in self.files:
            parts = path.split("/")
            for i in range(len(parts) - 1):
                if as_tag(parts[i]) and self._allowed(parts[i]):
                    rests[("".join(p + "/" for p in parts[:i]), parts[i])].add("/".join(parts[i + 1:]))
        # The files of each prefix outside its language-named folders.
        roots: dict[str, set[str]] = defaultdict(set)
        for path in self.files:
            parts = path.split("/")
            for i in range(len(parts)):
                prefix = "".join(p + "/" for p in parts[:i])
                if i == len(parts) - 1 or (prefix, parts[i]) not in rests:
                    roots[prefix].add("/".join(parts[i:]))
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for prefix, tag in rests:
            by_prefix[prefix].append(tag)
        accepted: dict[str, frozenset[str]] = {}
        root_default: set[str] = set()
        for prefix, tags in by_prefix.items():
            good = set()
            for tag in tags:
                mine = rests[(prefix, tag)]
                if _mirrors(mine, roots.get(prefix, set())) and not any(same_language(t, self.default) for t in tags):
                    good.add(tag)
                    root_default.add(prefix)
                elif self.languages or any(_mirrors(mine, rests[(prefix, t)]) for t in tags if t != tag):
                    good.add(tag)
            if good:
                accepted[prefix] = frozenset(good)
        return accepted, frozenset(root_default)

    def version(self, path: str) -> tuple[str, str] | None:
        """(document key, language) of a file, or None when it is no language version."""
        page = urls.docusaurus_page(path)
        if page is not None:
            return page if self._allowed(page[1]) else None
        for prefix in self.docusaurus_roots:
            if path.startswith(prefix) and path[len(prefix):].startswith(_DOCUSAURUS_SOURCE):
                return path, self.default
        for content_dir, lang in self.content_dirs.items():
            if path.startswith(content_dir + "/"):
                return "hugo:" + path[len(content_dir) + 1:], lang
        parts = path.split("/")
        for i in range(len(parts)):
            prefix = "".join(p + "/" for p in parts[:i])
            tags = self.folders.get(prefix)
            if not tags:
                continue
            if i < len(parts) - 1 and parts[i] in tags:
                return prefix + "*/" + "/".join(parts[i + 1:]), parts[i]
            if prefix in self.root_default:
                # The default language at the root of the content folder, its translations
                # in language folders beside its own files.
                return prefix + "*/" + "/".join(parts[i:]), self.default
        return self._suffixed(path)

    def _suffixed(self, path: str) -> tuple[str, str] | None:
        """``guide.fr.md`` (with ``guide.md`` or another ``guide.<lang>.md`` beside it) is
        the French version of ``guide.md``; ``guide.md`` itself the default language's."""
        folder, _, name = path.rpartition("/")
        here = folder + "/" if folder else ""
        pieces = name.split(".")
        tag = pieces[-2] if len(pieces) >= 3 and as_tag(pieces[-2]) else None
        plain = ".".join(pieces[:-2] + pieces[-1:]) if tag else name
        siblings = self._suffix_siblings(here, plain)
        if tag is not None:
            if self._allowed(tag) and (len(siblings) >= 2 or here + plain in self.present):
                return here + plain, tag
            return None
        return (here + plain, self.default) if siblings else None

    def _suffix_siblings(self, here: str, plain: str) -> list[str]:
        """The suffixed versions of ``here/plain`` (``guide.fr.md`` for ``guide.md``)."""
        stem, dot, ext = plain.rpartition(".")
        if not dot:
            return []
        head = here + stem + "."
        return [p for p in self._by_head.get(head, ()) if p.endswith("." + ext) and as_tag(p[len(head):-len(ext) - 1])]

    @functools.cached_property
    def _by_head(self) -> dict[str, list[str]]:
        heads: dict[str, list[str]] = defaultdict(list)
        for path in self.files:
            folder, _, name = path.rpartition("/")
            pieces = name.split(".")
            if len(pieces) >= 3:
                heads[(folder + "/" if folder else "") + ".".join(pieces[:-2]) + "."].append(path)
        return heads


def _mirrors(mine: set[str], other: set[str]) -> bool:
    """Whether a folder's files have counterparts in another: half of them, at least
    two, or its one file when that is not an index page every folder has."""
    if not mine or not other:
        return False
    shared = mine & other
    if len(shared) * 2 < min(len(mine), len(other)):
        return False
    return len(shared) >= 2 or any(Path(p).stem.lower() not in _INDEX_NAMES for p in shared)


def keyed_version(path: str, default: str) -> tuple[str, str] | None:
    """(document key, language) of a key/value file, by the layouts apps use:
    ``res/values-de/strings.xml``, ``de.lproj/Localizable.strings``, ``locales/de.json``,
    ``config/locales/de.yml``, ``locales/de/translation.json``, ``Messages_de.properties``,
    ``app_de.arb``; None for any other file (``package.json`` is no translation)."""
    match = _ANDROID_VALUES.match(path)
    if match:
        folder = path[len(match.group("prefix")):].split("/")[0]
        lang = keyed_language(path) if folder != "values" else default
        return (f"keyed:{match.group('prefix')}values*/{match.group('name')}", lang) if lang else None
    match = _LPROJ.match(path)
    if match:
        lang = match.group("lang")
        if not as_tag(lang.replace("_", "-")):
            return None  # Base.lproj holds interface files, not a language of its own
        return f"keyed:{match.group('prefix')}*.lproj/{match.group('name')}", lang
    if path.endswith(".xml"):
        return None
    folder, _, name = path.rpartition("/")
    here = folder + "/" if folder else ""
    stem, _, ext = name.rpartition(".")
    if "." in stem:
        return None  # guide.de.json-style names are the suffix layout's
    if as_tag(stem.replace("_", "-")):
        return f"keyed:{here}*.{ext}", stem.replace("_", "-")
    match = _LANG_SUFFIX.match(stem)
    if match and as_tag(match.group("lang").replace("_", "-")):
        return f"keyed:{here}{match.group('stem')}_*.{ext}", match.group("lang").replace("_", "-")
    parts = path.split("/")
    for i in range(len(parts) - 2, -1, -1):
        if as_tag(parts[i].replace("_", "-")):
            return "keyed:" + "/".join(parts[:i] + ["*"] + parts[i + 1:]), parts[i].replace("_", "-")
    if ext in ("properties", "arb"):
        return f"keyed:{here}{stem}_*.{ext}", default  # Messages.properties: the default language
    return None


def project_root(path: str) -> str:
    """The folder a file's counterparts are looked for in: its git checkout, else its folder."""
    folder = Path(os.path.dirname(os.path.abspath(path)))
    root = str(folder)
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            root = str(candidate)
            break
    relative = os.path.relpath(root)
    return root if relative.startswith("..") else relative


def discover(root: str, languages: Iterable[str] = (), reference: str | None = None,
             include: tuple[str, ...] = (), exclude: tuple[str, ...] = ()) -> Tree:
    """The document sets and catalogues of a tree."""
    base = Path(root)
    files = _walk(base, include, exclude)
    default = reference or site_default(base)
    keyed = frozenset(KEYED_EXTENSIONS)
    layout = _Layout(base, [f for f in files if os.path.splitext(f)[1].lower() not in set(BILINGUAL) | keyed
                            | MULTILINGUAL_EXTENSIONS], tuple(languages), default or FALLBACK_REFERENCE)
    versions: dict[str, dict[str, str]] = defaultdict(dict)
    catalogues: list[tuple[str, str | None]] = []
    for relative in files:
        path = str(base / relative)
        extension = os.path.splitext(relative)[1].lower()
        if extension in MULTILINGUAL_EXTENSIONS:
            catalogues.append((path, None))
            continue
        if extension in keyed:
            found = keyed_version(relative, default or FALLBACK_REFERENCE)
            if found and layout._allowed(found[1]):
                versions[found[0]].setdefault(found[1], path)
            continue
        if os.path.splitext(relative)[1].lower() in BILINGUAL:
            match = _SPHINX.search(relative)
            lang = match.group("lang") if match and as_tag(match.group("lang")) else None
            if lang is None or layout._allowed(lang):
                catalogues.append((path, lang))
            continue
        found = layout.version(relative)
        if found:
            key, tag = found
            versions[_MARKDOWN.sub(".md", key)].setdefault(tag, path)
    seen = sorted({tag for by_lang in versions.values() if len(by_lang) >= 2 for tag in by_lang}, key=str.lower)
    sets = []
    for key in sorted(versions):
        by_lang = versions[key]
        # Without a configured or site default, English is the source where a page has it.
        source = default or next((t for t in by_lang if same_language(t, FALLBACK_REFERENCE)), None)
        order = sorted(by_lang, key=lambda tag: (source is None or not same_language(tag, source), tag.lower()))
        sets.append(DocumentSet(key, tuple((tag, by_lang[tag]) for tag in order), source))
    return Tree(str(base), default, tuple(seen), tuple(sets), tuple(catalogues))
