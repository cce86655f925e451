"""Find the language versions of each document in a tree.

``guide.pt.md`` and ``guide.de.md`` are versions of ``guide.md``; so are
``pt/guide.md`` and ``de/guide.md`` (the language folder may sit anywhere in the
path, ``src/content/docs/pt-br/guide.mdx``). A PO catalogue holds its two versions
itself. The reference version is English when there is one, else the first by name.
"""

from __future__ import annotations

import os
from pathlib import Path

from xlcheck.io import BILINGUAL
from xlcheck.io.lang import _as_tag

EXTENSIONS = frozenset({".txt", ".md", ".mdx", ".markdown", ".rst", *BILINGUAL})
SKIP_DIRS = frozenset({".git", "node_modules", ".nox", ".venv", "venv", "__pycache__", "build", "dist"})


def _version_key(root: Path, path: Path) -> tuple[str, str] | None:
    """(document key, language) of a file, or None when its path names no language."""
    relative = path.relative_to(root)
    parts = list(relative.parts)
    name_parts = parts[-1].split(".")
    if len(name_parts) >= 3:
        tag = _as_tag(name_parts[-2])
        if tag:
            key = "/".join(parts[:-1] + [".".join(name_parts[:-2] + name_parts[-1:])])
            return key, tag
    for index in range(len(parts) - 1):
        tag = _as_tag(parts[index])
        if tag:
            return "/".join(parts[:index] + ["*"] + parts[index + 1:]), tag
    return None


def discover(root: str) -> list[list[str]]:
    """Groups of paths, each the versions of one document (reference first), plus PO files alone."""
    base = Path(root)
    versions: dict[str, dict[str, str]] = {}
    catalogues: list[str] = []
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if path.suffix.lower() not in EXTENSIONS:
                continue
            if path.suffix.lower() in BILINGUAL:
                catalogues.append(str(path))
                continue
            found = _version_key(base, path)
            if found:
                key, tag = found
                versions.setdefault(key, {})[tag] = str(path)
    groups = []
    for key in sorted(versions):
        by_lang = versions[key]
        if len(by_lang) < 2:
            continue
        order = sorted(by_lang, key=lambda tag: (not tag.lower().startswith("en"), tag.lower()))
        groups.append([by_lang[tag] for tag in order])
    return groups + [[path] for path in catalogues]
