"""The files a git commit range changed, for `xlcheck check --changed-since REF`."""

from __future__ import annotations

import os
import subprocess

from xlcheck.errors import UsageError
from xlcheck.io.discover import EXTENSIONS


def changed_files(ref: str, cwd: str = ".") -> list[str]:
    """Paths (relative to `cwd`) of the documents added, copied, modified or renamed since `ref`."""
    try:
        top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
        names = _git(["diff", "--name-only", "--diff-filter=ACMR", ref, "--"], cwd)
    except FileNotFoundError as exc:
        raise UsageError("--changed-since needs git on the PATH; install it or name the files") from exc
    paths = []
    for name in names.splitlines():
        path = os.path.relpath(os.path.join(top, name), cwd)
        if os.path.splitext(name)[1].lower() in EXTENSIONS and os.path.isfile(path):
            paths.append(path)
    return paths


def _git(arguments: list[str], cwd: str) -> str:
    result = subprocess.run(["git", *arguments], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["git failed"])[-1]
        raise UsageError(f"--changed-since: {message}; give a commit git knows (e.g. origin/main)")
    return result.stdout
