"""A catalogue entry's leading and trailing line breaks, which its translation must keep.

gettext's ``msgfmt -c`` rejects an entry whose msgid and msgstr do not both begin, or both
end, with a line break: the translation is put where the msgid stood, and a line break it
lost joins the next line to it. mdbook-i18n-helpers cuts a code block's comments into
entries of their own (``// Scientific notation\\n``); written ``// Notación científica``,
the next line of the example falls into the comment and the example no longer runs.
"""

from __future__ import annotations

from xlcheck.compare.blame import Blame
from xlcheck.compare.context import Context, Group
from xlcheck.compare.rst import entry_finding
from xlcheck.model import LINE_SEPARATOR, Finding


def line_break_findings(ctx: Context, group: Group, present: list[int], blame: Blame) -> list[Finding]:
    """The entries of one group of a catalogue whose translation lost (or gained) the line
    break its msgid begins or ends with."""
    if any(ctx.documents[k].format != "po" for k in present):
        return []
    if all(LINE_SEPARATOR not in ctx.text(k, group) for k in present):
        return []  # (no entry begins or ends with a line break: most catalogues' every entry)
    units = ctx.units(group, present, lambda p: True)
    if not units:
        return []
    pivot = blame.reference if blame.reference in units else present[0]
    source = units[pivot]
    wanted = _breaks(source.text)
    findings: list[Finding] = []
    for k, unit in units.items():
        if k == pivot:
            continue
        have = _breaks(unit.text)
        for where, (want, has) in zip(("begins", "ends"), zip(wanted, have)):
            if want == has or not unit.text.strip(LINE_SEPARATOR):
                continue
            at_source = 0 if where == "begins" else len(source.text) - (1 if want else 0)
            at_unit = 0 if where == "begins" else len(unit.text) - (1 if has else 0)
            whose, other = (ctx.documents[pivot].lang, ctx.documents[k].lang) if want else (
                ctx.documents[k].lang, ctx.documents[pivot].lang)
            message = (f"{whose} entry {source.n} {where} with a line break and {other} entry {unit.n} does not "
                       f"(msgfmt -c rejects it): the {'line before' if where == 'begins' else 'next line'} "
                       "of the page is joined to the entry's")
            findings.append(entry_finding(ctx, "XL701", message, "\\n",
                                          (pivot, source, at_source, "\\n" if want else "", "\\n"),
                                          (k, unit, at_unit, "\\n" if has else "", "\\n",
                                           "different" if has else "missing")))
    return findings


def _breaks(text: str) -> tuple[bool, bool]:
    """Whether an entry's text begins and whether it ends with a line break (blanks after
    the last one aside: they indent the line that follows, and join nothing to it)."""
    return text.startswith(LINE_SEPARATOR), text.rstrip(" \t").endswith(LINE_SEPARATOR)
