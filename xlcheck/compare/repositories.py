"""Names of repositories and packages that a link's text gives and a translation translates.

A Markdown link to a repository on a code forge, or to a package on a registry, whose
text names it (``[darktable-ai](https://github.com/darktable-org/darktable-ai)``) gives
the reader the name to look for, clone or install. A translation that keeps the link but
writes its text otherwise (``[darktable-ia](…/darktable-ai)``) names a repository that
does not exist, though the address still holds the name. One candidate of kind name each.
"""

from __future__ import annotations

import regex

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# A Markdown link to a repository (a forge's owner/name) or a package (a registry's page
# of it), its text, and the name.
_REPOSITORY_LINK = lazy(
    r"(?<!!)\[`?+([^\[\]\n`]++)`?+\]\(\s*+(https?://(?:www\.)?+(?:(?:github\.com|gitlab\.com|codeberg\.org"
    r"|bitbucket\.org)/[\w.-]++|pypi\.org/project|npmjs\.com/package(?:/@[\w.-]++)?+|crates\.io/crates)"
    r"/([\w.-]*[\w-])(?:\.git)?+/?+)\s*+\)")
# A link's target, or a bare address: what the reader does not read as the link's name.
_ADDRESS = lazy(r"\]\([^()\s]*+\)|https?://\S++")


def repository_candidates(ctx: Context, g: int, group: Group, present: list[int], reference: int | None) -> list[Candidate]:
    """Candidates for repository names the source writes as a link's text and a version
    that keeps the link (the same address) does not write outside addresses."""
    if reference is None or reference not in present:
        return []
    source = ctx.text(reference, group)
    if "](http" not in source:
        return []
    out = []
    for match in _REPOSITORY_LINK.finditer(source):
        name = match.group(3)
        if match.group(1).strip().casefold() != name.casefold() or not _SLUG.search(name):
            continue  # the link's text is words of its own ("the numpy-tutorials repository"), or a word
        word = _word(name)
        at = word.search(match.group(1))
        lacking = frozenset(k for k in present if k != reference and _keeps_link(ctx.text(k, group), match.group(2))
                            and word.search(_ADDRESS.sub(" ", ctx.text(k, group))) is None)
        if lacking:
            start = ctx.document_offset(reference, group, match.start(1) + at.start())
            occurrence = Invariant("name", name, at.group(), start, start + len(at.group()))
            out.append(Candidate(g, "name", name, frozenset({reference}), lacking, {reference: occurrence}))
    return out


# What makes a name a slug, no word a translator translates: a hyphen, an underscore, a dot or a digit inside.
_SLUG = lazy(r"\w[-_.\d]")


def _word(name: str) -> regex.Pattern:
    """The name as a token of its own: Latin letters, digits and hyphens do not touch it
    (a CJK word may: "numpy-tutorialsリポジトリ")."""
    return regex.compile(rf"(?<![\p{{Latin}}0-9_-]){regex.escape(name)}(?![\p{{Latin}}0-9_-])", regex.I)


def _keeps_link(text: str, target: str) -> bool:
    """Whether a version links to the same address (its trailing slash aside)."""
    bare = target.rstrip("/")
    return f"({bare})" in text or f"({bare}/)" in text

