"""Markup that must survive translation: link targets, inline code, roles, tags, placeholders.

Link *text* is translated and left for the other extractors; link *targets* become
`url` invariants. reST roles keep their target (``:ref:`texto <label>``` ->
``:ref:`label```); roles whose content is prose (``:term:``, ``:dfn:``, ``:sup:``…) are
compared by presence only. A fenced code block is compared by its code with comments
and string contents left out, since those are what translators translate.
"""

from __future__ import annotations

import hashlib

import regex

from xlcheck.extract.urls import normalise_url
from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant

# Roles whose content is prose a translator may translate.
PROSE_ROLES = frozenset({
    "term", "dfn", "abbr", "sup", "sub", "emphasis", "strong", "title-reference", "t", "menuselection",
    "guilabel", "index", "math",
})

# Attributes whose values a translator translates.
PROSE_ATTRIBUTES = frozenset({"alt", "title", "aria-label", "label", "placeholder", "description", "caption",
                              "summary", "content", "text", "heading", "name"})
_ATTRIBUTE = regex.compile(r"""\s([\w:.-]+)=(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\})""")

# HTML elements that only style text.
INLINE_TAGS = frozenset({"b", "i", "em", "strong", "kbd", "span", "br", "u", "small", "mark", "sup", "sub", "abbr",
                         "cite", "q", "s", "wbr"})

_ORDINAL_BEFORE = regex.compile(r"\d\\?\s?$")
_ANGLE_TARGET = regex.compile(r"<([^<>]+)>\s*$")
_MARKUP_CHARS = regex.compile(r"[`<%{\[|]")
_MD_LINK = regex.compile(r"(!?)\[((?:[^\[\]]++|\[[^\[\]]*+\])*+)\]\(\s*+<?([^\s()<>]++(?:\([^\s()]*+\))?+[^\s()<>]*+)>?(?:\s++\"[^\"]*+\")?\s*+\)")
_RST_LINK = regex.compile(r"`([^`<>]*+)<([^<>`]++)>`__?")
_ROLE = regex.compile(r"(?<![\w`])((?::[\w.+-]++)++):`((?:[^`\\]++|\\.)++)`")
_INLINE_CODE = regex.compile(r"(?<![`:])(`{1,2})(?!`)((?:(?!\1).)+?)(?<!`)\1(?!`)")
_HTML_TAG = regex.compile(r"<([A-Za-z][\w.:-]*+)(?=[\s/>])[^<>]*+>")
_ICU = regex.compile(r"\{\s*+(\w++)\s*+,\s*+(plural|select|selectordinal)\s*+,")
_PLACEHOLDER = regex.compile(
    r"%\([\w.]++\)[-+#0]*+\d*+(?:\.\d++)?+[sdifrxXeEgGc]"     # %(count)d
    r"|%[-+#0]*+\d*+(?:\.\d++)?+[sdifrxXeEgGc](?![\p{L}])"    # %s, %5.2f
    r"|%\d\$[sd]"                                              # %1$s
    r"|\{\{\s*+[\w.|: ]++\s*+\}\}"                             # {{ var }}
    r"|\{[A-Za-z_][\w.]*+(?:![rsa])?+(?::[^{}\s]*+)?+\}"        # {name}, {0:>3}
    r"|\{\d++\}"                                               # {0}
    r"|\|[\w-]++\|"                                            # reST substitution |version|
    r"|\[(?:#\w*|\d+)\]_"                                  # reST footnote [#]_, [1]_
)
# Where a comment may begin: a line comment after a line start or a space, or a block
# comment. What follows is found by `strip_comments`, which scans the text once.
_COMMENT_START = regex.compile(r"(?m)(?:^|(?<=\s))(?://|#(?!!)|--)|/\*|<!--|\{/\*")
# A line "comment" followed by a quote and a separator is inside a string ("--", "#").
_QUOTE_THEN_SEPARATOR = regex.compile(r"['\"]\s*+[,;)]")
_BLOCK_CLOSE = {"/*": "*/", "<!--": "-->", "{/*": "*/}"}
_TEXT_NODE = regex.compile(r">[^<>{}]*+<")
# A string on one line; escapes are read left to right and the length is bounded, so an
# unclosed string of backslashes costs a bounded scan, not an exponential one.
STRING_LIMIT = 500
_STRING = regex.compile(rf"(['\"`])(?:[^\\'\"`\n]|\\.|(?!\1)['\"`]){{0,{STRING_LIMIT}}}+\1")


def strip_comments(code: str) -> str:
    """`code` without its comments: a line comment (``//``, ``#``, ``--``) removes the rest
    of the block, a block comment (``/* */``, ``<!-- -->``, ``{/* */}``) itself.

    One pass: a block comment left unclosed leaves every later opener of its kind
    unclosed too, so it is not looked for again.

    >>> strip_comments("a = 1 /* one */ + 2 <!-- x")
    'a = 1  + 2 <!-- x'
    >>> strip_comments('x = "--", y\\nz = 1  # note')
    'x = "--", y\\nz = 1 '
    """
    out = []
    pos = 0
    search_from = 0
    unclosed: set[str] = set()
    quote_end: regex.Match[str] | None = None
    while (match := _COMMENT_START.search(code, search_from)) is not None:
        opener = match.group()
        start = match.start()
        search_from = start + 1
        if opener in _BLOCK_CLOSE:
            if opener in unclosed:
                continue
            close = code.find(_BLOCK_CLOSE[opener], match.end())
            if close == -1:
                unclosed.add(opener)
                continue
            out.append(code[pos:start])
            pos = search_from = close + len(_BLOCK_CLOSE[opener])
            continue
        # A line comment, unless a quote and a separator follow on its line.
        if quote_end is not None and quote_end.start() < match.end():
            quote_end = None
        if quote_end is None:
            quote_end = _QUOTE_THEN_SEPARATOR.search(code, match.end())
        line_end = code.find("\n", match.end())
        if quote_end is not None and (line_end == -1 or quote_end.start() < line_end):
            continue
        out.append(code[pos:start - 1] if start > pos and code[start - 1].isspace() else code[pos:start])
        return "".join(out)
    out.append(code[pos:])
    return "".join(out)


def _looks_like_target(target: str) -> bool:
    return "/" in target or "." in target or target.startswith("#") or ":" in target


def code_block_value(code: str) -> str:
    """A digest of a code block's code, without comments, string contents and text between tags.

    >>> code_block_value('x = "Hello"  # greet') == code_block_value("x = 'Hallo'  # grüßen")
    True
    >>> code_block_value('<a href="/">Home</a>') == code_block_value('<a href="/">Início</a>')
    True
    >>> code_block_value('x = 1') == code_block_value('x = 2')
    False
    """
    lines = code.replace("\u2028", "\n").split("\n")
    body = "\n".join(lines[1:-1] if len(lines) > 2 and lines[0].lstrip().startswith(("```", "~~~")) else lines)
    body = strip_comments(body)
    body = _STRING.sub('""', body)  # string contents and quote style are the translator's
    body = _TEXT_NODE.sub("><", body)  # so is the text between tags (<button>Open</button>)
    normal = " ".join(body.split())
    return "code:" + hashlib.sha1(normal.encode("utf-8")).hexdigest()[:10]


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block == "frontmatter":
        return []
    found: list[Invariant] = []

    def add(kind: str, value: str, start: int, end: int, claim: tuple[int, int] | None = None) -> None:
        c_start, c_end = claim or (start, end)
        if claims.free(c_start, c_end):
            claims.take(c_start, c_end)
            found.append(Invariant(kind, value, text[start:end], start, end))

    if not _MARKUP_CHARS.search(text) and block != "code":
        return found
    if block == "code":
        first = text.split("\n", 1)[0]
        found.append(Invariant("markup", code_block_value(text), first[:60], 0, len(first)))
        claims.take(0, len(text))
        return found

    for match in _MD_LINK.finditer(text) if "](" in text else ():
        target = match.group(3)
        start, end = match.span(3)
        if _looks_like_target(target):
            add("url", normalise_url(target, info), start, end)
    for match in _RST_LINK.finditer(text) if ">`_" in text else ():
        target = match.group(2).strip()
        start, end = match.span(2)
        if target.endswith("_"):
            add("markup", f"`<{target}>`_", start, end)
        else:
            add("url", normalise_url(target, info), start, end)
    for match in _ROLE.finditer(text) if ":`" in text else ():
        role = match.group(1)
        content = match.group(2)
        name = role.rsplit(":", 1)[-1]
        if name == "sup" and _ORDINAL_BEFORE.search(text[max(0, match.start() - 3):match.start()]):
            continue  # "1\ :sup:`er`": an ordinal, part of a date or number
        if name in PROSE_ROLES:
            if claims.free(*match.span()):
                claims.take(*match.span())
                found.append(Invariant("markup", f"{role}:", role, match.start(1), match.end(1), (), "prose-role"))
            continue
        target = content
        angle = _ANGLE_TARGET.search(content)
        if angle:
            target = angle.group(1)
        target = target.strip().lstrip("~!.")
        add("markup", f"{role}:`{target}`", match.start(), match.end())
    # Roles (taken or left for the dates) are not inline code: blank them out first.
    without_roles = _ROLE.sub(lambda m: " " * len(m.group()), text) if ":`" in text else text
    for match in _INLINE_CODE.finditer(without_roles) if "`" in text else ():
        # Spacing inside code is style: `[1, 2, 3]` and `[1,2,3]` are the same literal.
        add("markup", "`" + "".join(match.group(2).split()) + "`", *match.span())
    for match in _HTML_TAG.finditer(text) if "<" in text else ():
        tag = match.group(1)
        start, end = match.start(), match.start() + len(tag) + 1
        if tag.lower() in INLINE_TAGS:
            # Emphasis and keys are typography a translator may choose differently.
            if claims.free(*match.span()):
                claims.take(*match.span())
                found.append(Invariant("markup", f"<{tag}>", text[start:end], start, end, (), "prose-role"))
            continue
        # Attributes that are not prose (ids, slots, keys, sources) must survive as written.
        attributes = sorted(f"{name}={''.join(values)}" for name, *values in _ATTRIBUTE.findall(match.group())
                            if name.lower() not in PROSE_ATTRIBUTES)
        add("markup", f"<{tag}{''.join(' ' + a for a in attributes)}>", *match.span())
    for match in _ICU.finditer(text) if "{" in text else ():
        add("markup", "{" + f"{match.group(1)}, {match.group(2)}" + "}", *match.span())
    for match in _PLACEHOLDER.finditer(text):
        add("markup", match.group(), *match.span())
    return found
