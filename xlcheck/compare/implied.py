"""Names a page states without writing them in the sentence: the subject the heading right
above names (``### NewCache`` over "用于创建…中间件", used to create…, a Chinese sentence that
leaves its subject to the title; ``### VS Code`` over "- Open Extensions"), and a site a
link leads to ("submit an issue on GitHub" / "在 Kitex 项目仓库提交 [Issue](https://github.com/…)").
And a capitalised word that opens an English imperative ("Write the specified file to Body
Stream."): a verb, though the page's code names a method `Write` and its heading ``### Write``.
"""

from __future__ import annotations

import regex

from xlcheck.align import title_words
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.extract.urls import URL, without_urls
from xlcheck.locales import base_language
from xlcheck.patterns import LETTER_RUNS, lazy

# A title of a few words: a heading or a one-line list item over the paragraph.
_TITLE_WORDS = 4
# What follows an English verb that opens an imperative: an article, a determiner or a pronoun.
_OBJECT = lazy(r"[ \u00a0]+(?:the|a|an|this|that|these|those|your|its|their|all|each|every|any|some|it|them)(?!\w)")
# A Markdown link: its text and its target.
_LINK = lazy(r"\[([^\[\]]++)\]\(([^()\s]++)\)")
# A link's host, without its subdomains and its top-level domain: ``github`` in
# ``https://docs.github.com/…``.
_SITE = lazy(r"(?i)^(?:https?://)?(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)")


def title_above(ctx: Context, k: int, group: Group) -> str | None:
    """The folded words of the heading or one-line list item right above doc k's first
    paragraph of `group` (``### NewCache`` → ``newcache``), if there is one.

    >>> from xlcheck import document_from_text
    >>> doc = document_from_text("### VS Code" + chr(10) * 2 + "- Open Extensions.", "en", "p.en.md", "markdown")
    >>> title_above(Context([doc], [((), ())], None), 0, Group(((1,),)))
    'vs code'
    """
    if not group.members[k] or group.members[k][0] < 1:
        return None
    title = ctx.documents[k].paragraphs[group.members[k][0] - 1]
    if title.kind not in ("heading", "list") or "\n" in title.text.strip():
        return None
    return title_words(title)


def _titled(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether every version that lacks the name has it in the short title right above."""
    words = candidate.value.casefold().split()
    for o in candidate.lack:
        if ctx.documents[o].format == "text":
            return False  # (a news story's headline is no section's title)
        title = title_above(ctx, o, group)
        if title is None or len(title.split()) > _TITLE_WORDS or not all(w in title.split() for w in words):
            return False
    return True


def _imperative(ctx: Context, candidate: Candidate) -> bool:
    """Whether the name is an English word that opens its sentence before an object, each
    place it is written ("Write the specified file"): a verb in the imperative."""
    if " " in candidate.value or not candidate.occurrences:
        return False
    for k, inv in candidate.occurrences.items():
        document = ctx.documents[k]
        if base_language(document.lang) != "en" or not inv.flag or "initial" not in inv.flag \
                or not _OBJECT.match(document.text, inv.end):
            return False
    return True


def _linked_site(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether every version that lacks the name links the site it names (``GitHub`` and a
    link to ``github.com``), where the versions that write the name link no page of it
    (``[TanStack Query](https://tanstack.com/query/)`` / ``[React Query](https://react-query.
    tanstack.com/)`` is another name for a link to the same site)."""
    name = candidate.value.casefold()

    def links(k: int) -> bool:
        return any((site := _SITE.match(url.group())) and site.group(1).casefold() == name
                   for url in URL.finditer(ctx.text(k, group)))

    return all(links(o) for o in candidate.lack) and not any(links(k) for k in candidate.have)


def stated_otherwise(ctx: Context, group: Group, candidate: Candidate) -> bool:
    """Whether a name some versions lack is stated there by the title above or a link, or is
    no name where it is written (see the module's docstring)."""
    return candidate.kind == "name" and (
        _titled(ctx, group, candidate) or _imperative(ctx, candidate) or _linked_site(ctx, group, candidate))


def link_to_named_site(ctx: Context, group: Group, candidate: Candidate, reference: int | None) -> bool:
    """Whether a link only translations have leads to a site the source's sentence names in
    words ("on GitHub" / ``https://github.com/cloudwego/kitex/issues``): the translator made
    the words a link, which drops nothing the source says. (A link the source has and a
    translation lacks is reported, whatever words it keeps.)"""
    if candidate.kind != "url" or reference is None or candidate.lack != frozenset({reference}) \
            or any(len(members) > 1 for members in group.members):
        return False  # (one paragraph each: a paragraph only the translation keeps may link it)
    site = _SITE.match(candidate.value)
    if not site or len(site.group(1)) < 3:
        return False
    words = without_urls(ctx.text(reference, group))
    if words != ctx.text(reference, group) or regex.search(
            rf"(?i)(?<![\w.]){regex.escape(site.group(1))}(?!\w|\.\w)", words) is None:
        return False
    # (the link's text is the source's words: "submit an issue" / "[Issue](…)", not a page
    # of its own, "[清华镜像源](…)" for "a mirror site")
    labels = [m.group(1) for k in candidate.have for m in _LINK.finditer(ctx.text(k, group))
              if candidate.value in "".join(m.group(2).split())]
    return bool(labels) and all(
        (found := LETTER_RUNS.findall(label)) and all(regex.search(rf"(?i)(?<!\w){regex.escape(w)}", words) for w in found)
        for label in labels)
