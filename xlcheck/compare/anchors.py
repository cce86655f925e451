"""Links to a heading of the page itself (``[Install with Helm](#install-with-helm)``).

Such an anchor is made from its heading's words, so a translation writes it in its own
words; what a reader needs is that it lands on a heading of the page.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from xlcheck.compare.context import Candidate, Context, Group

_HEADING = regex.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", regex.M)
# An explicit anchor after a heading's words (``## Install {#install}``).
_EXPLICIT = regex.compile(r"[ \t]*\{#([^}\s]+)\}$")
# What a slug keeps of a heading's words: letters, digits, marks, hyphens, underscores, spaces.
_DROPPED = regex.compile(r"[^\p{L}\p{N}\p{M}\s_-]")


def slug(words: str) -> str:
    """The anchor GitHub and Docusaurus make of a heading's words.

    >>> slug("Install with YAML files"), slug("通过 Deployment Yaml 安装"), slug("DCO - Sign Your Commits")
    ('install-with-yaml-files', '通过-deployment-yaml-安装', 'dco---sign-your-commits')
    """
    return regex.sub(r"\s", "-", _DROPPED.sub("", words.strip().casefold()))


@lru_cache(maxsize=64)
def heading_anchors(text: str) -> frozenset[str]:
    """The anchors of a Markdown page's headings: their slugs and explicit ``{#id}``s."""
    anchors = set()
    for match in _HEADING.finditer(text):
        words = match.group(1)
        explicit = _EXPLICIT.search(words)
        if explicit is not None:
            anchors.add(explicit.group(1))
            words = words[:explicit.start()]
        anchors.add(slug(words))
    return frozenset(anchors)


def own_table_of_contents(ctx: Context, group: Group, c: Candidate, reference: int | None) -> bool:
    """Whether a candidate is a link only a translation has to a heading of its own page:
    a table of contents the translator added (``- [通过 Helm 安装](#通过-helm-安装)`` where
    the source lists the ways to install as plain items). It sends the reader to a
    section the page has; nothing of the source is lost. (A link to a heading that the
    source has and the translation lacks stays reported.)"""
    if c.kind != "url" or reference is None or reference in c.have or not c.occurrences:
        return False
    for k, inv in c.occurrences.items():
        if not inv.text.startswith("#") or inv.text[1:] not in heading_anchors(ctx.documents[k].text):
            return False
    return True
