"""Markup that must survive translation: inline code and placeholders."""

from __future__ import annotations

import regex

from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant

_INLINE_CODE = regex.compile(r"(?<!`)(`{1,2})(?!`)(.+?)(?<!`)\1(?!`)")
_PLACEHOLDER = regex.compile(
    r"%\([\w.]+\)[-+#0]*\d*(?:\.\d+)?[sdifrxXeEgGc]"   # %(count)d
    r"|%[-+#0]*\d*(?:\.\d+)?[sdifrxXeEgGc](?![\p{L}])"  # %s, %5.2f
    r"|\{\{\s*[\w.|: ]+?\s*\}\}"                         # {{ var }}
    r"|\{[A-Za-z_][\w.]*(?:![rsa])?(?::[^{}\s]*)?\}"      # {name}, {0:>3}
    r"|\{\d+\}"                                          # {0}
)


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block in ("code", "frontmatter"):
        return []
    found = []
    for match in _INLINE_CODE.finditer(text):
        start, end = match.span()
        if claims.free(start, end):
            claims.take(start, end)
            found.append(Invariant("markup", "`" + match.group(2).strip() + "`", match.group(), start, end))
    for match in _PLACEHOLDER.finditer(text):
        start, end = match.span()
        if claims.free(start, end):
            claims.take(start, end)
            found.append(Invariant("markup", match.group(), match.group(), start, end))
    return found
