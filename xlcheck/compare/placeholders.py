"""Placeholders of paired units, compared by their syntax: the arguments, every
plural/select branch, and the plural categories each language needs (CLDR).

Only units whose reader names a placeholder syntax are compared here (key/value files,
PO entries with a format flag); the source (or the first version) is the pivot.
"""

from __future__ import annotations

from xlcheck.compare.blame import Blame
from xlcheck.compare.context import Context, Group
from xlcheck.extract.placeholders import Branches, Message, Placeholder, parse
from xlcheck.io.po import FORM_SEPARATOR
from xlcheck.locales import plural_categories, plural_category_covered
from xlcheck.model import Finding, Location
from xlcheck.patterns import lazy
from xlcheck.rules import RULES


def placeholder_findings(ctx: Context, group: Group, present: list[int], blame: Blame) -> list[Finding]:
    """The placeholder drift of one group of paired units."""
    units = ctx.units(group, present, lambda p: bool(p.syntax))
    if not units:
        return []
    pivot = blame.reference if blame.reference in units else present[0]
    source = units[pivot]
    source_message = parse(ctx.documents[pivot].text, source.syntax, source.start, source.end)
    findings: list[Finding] = []
    for k in present:
        if k == pivot:
            continue
        unit = units[k]
        if "gettext-plural" in source.syntax:
            findings.extend(_Pair(ctx, pivot, k, source, unit).gettext_plural())
            continue
        syntax = tuple(dict.fromkeys(source.syntax + unit.syntax))
        source_message_k = source_message if syntax == source.syntax else parse(
            ctx.documents[pivot].text, syntax, source.start, source.end)
        message = parse(ctx.documents[k].text, syntax, unit.start, unit.end)
        findings.extend(_Pair(ctx, pivot, k, source, unit).compare(source_message_k, message))
    return findings


class _Pair:
    """One source unit and one translated unit being compared."""

    def __init__(self, ctx: Context, s: int, t: int, source, unit) -> None:
        self.ctx, self.s, self.t, self.source, self.unit = ctx, s, t, source, unit
        self.findings: list[Finding] = []

    def where(self, k: int) -> str:
        doc = self.ctx.documents[k]
        paragraph = self.source if k == self.s else self.unit
        return f"{doc.lang} “{paragraph.key}”" if paragraph.key else f"{doc.lang} entry {paragraph.n}"

    def at(self, k: int, placeholder: Placeholder | None, status) -> Location:
        doc = self.ctx.documents[k]
        paragraph = self.source if k == self.s else self.unit
        if placeholder is None:
            return Location(doc.path, doc.lang, paragraph.n, paragraph.line, None, None, None, status)
        line, column = doc.position(placeholder.start)
        return Location(doc.path, doc.lang, paragraph.n, line, column, placeholder.text, placeholder.value, status)

    def add(self, code: str, message: str, value: str | None, locations: tuple[Location, ...]) -> None:
        rule = RULES[code]
        self.findings.append(Finding(rule.check, rule.code, rule.severity, message, value, locations))

    def compare(self, source: Message, target: Message) -> list[Finding]:
        if target.error and not source.error:
            self.add("XL806", f"{self.where(self.t)} is not a valid message ({target.error}); "
                     f"{self.where(self.s)} is", None, (self.at(self.s, None, "present"),
                                                         self.at(self.t, None, "different")))
            return self.findings
        # A source's plural on "count" is kept by a translation that states the count
        # without a plural ("%{count} Zeichen" for "one {1 character} other {%{count} …}").
        missing = sorted(v for v in source.values() - target.values()
                         if not (v in _branch_names(source) and any(_is_count(t, v[1:-1]) for t in target.values())))
        # A translation may need plural forms where its source has none ("Billion" is
        # "Milliarde"/"Milliarden"): the argument it branches on is no extra placeholder.
        added_plurals = {"{" + b.name + "}" for b in _branching(target) if b.type != "select"}
        extra = sorted(target.values() - source.values() - added_plurals)
        if len(missing) == 1 and len(extra) == 1:
            old, new = source.first(missing[0]), target.first(extra[0])
            self.add("XL803", f"“{old.text}” in {self.where(self.s)} is “{new.text}” in {self.where(self.t)}",
                     missing[0], (self.at(self.s, old, "present"), self.at(self.t, new, "different")))
        else:
            for value in missing:
                old = source.first(value)
                self.add("XL801", f"“{old.text}” is in {self.where(self.s)} but missing in {self.where(self.t)}",
                         value, (self.at(self.s, old, "present"), self.at(self.t, None, "missing")))
            for value in extra:
                new = target.first(value)
                self.add("XL802", f"“{new.text}” is only in {self.where(self.t)}; {self.where(self.s)} does not "
                         "have it", value, (self.at(self.s, None, "absent"), self.at(self.t, new, "extra")))
        reported = set(missing)
        for branches in _branching(source):
            other = next((b for b in _branching(target) if b.name == branches.name), None)
            if other is not None and "{" + branches.name + "}" not in reported:
                self.branches(branches, other, reported)
        return self.findings

    def gettext_plural(self) -> list[Finding]:
        """A PO plural entry: msgid and msgid_plural against every msgstr[n], and as many
        forms as the catalogue's Plural-Forms header says."""
        syntax = tuple(s for s in self.source.syntax if s != "gettext-plural" and not s.startswith("nplurals="))
        sources = [parse(self.ctx.documents[self.s].text, syntax, a, b) for a, b in _forms(self.ctx, self.s,
                                                                                              self.source)]
        forms = [parse(self.ctx.documents[self.t].text, syntax, a, b) for a, b in _forms(self.ctx, self.t,
                                                                                           self.unit)]
        wanted = next((int(s.split("=")[1]) for s in self.source.syntax if s.startswith("nplurals=")), None)
        if wanted is not None and len(forms) != wanted:
            self.add("XL804", f"{self.where(self.t)} has {len(forms)} plural forms; the catalogue's Plural-Forms "
                     f"header says {wanted}", str(wanted), (self.at(self.s, None, "present"),
                                                             self.at(self.t, None, "different")))
        if not syntax:
            return self.findings
        every = set().union(*(m.values() for m in sources))
        required = set.intersection(*(m.values() for m in sources))
        united = Message(tuple(p for m in sources for p in m.placeholders))
        for index, form in enumerate(forms):
            # msgstr[0] of a language whose first form is one item may say "one" for "%d".
            needed = required if index == 0 and len(forms) > 1 else every
            for value in sorted(needed - form.values()):
                old = united.first(value)
                self.add("XL801", f"“{old.text}” is in {self.where(self.s)} but missing in msgstr[{index}] of "
                         f"{self.where(self.t)}", value, (self.at(self.s, old, "present"),
                                                          self.at(self.t, None, "missing")))
            for value in sorted(form.values() - every):
                new = form.first(value)
                self.add("XL802", f"“{new.text}” is only in msgstr[{index}] of {self.where(self.t)}; "
                         f"{self.where(self.s)} does not have it", value,
                         (self.at(self.s, None, "absent"), self.at(self.t, new, "extra")))
        return self.findings

    def branches(self, source: Branches, target: Branches, reported: set[str]) -> None:
        lang = self.ctx.documents[self.t].lang
        if source.type in ("plural", "selectordinal"):
            keys = [key for key, _ in target.cases]
            needed = plural_categories(lang, ordinal=source.type == "selectordinal")
            explicit = frozenset(int(k[1:]) for k in keys if k.startswith("=") and k[1:].lstrip("-").isdigit())
            ordinal = source.type == "selectordinal"
            lacking = sorted((c for c in needed - set(keys)
                              if not plural_category_covered(lang, c, explicit, ordinal)), key=_CATEGORY_ORDER.index)
            if lacking and keys:
                self.add("XL804", f"the {source.type} “{target.name}” in {self.where(self.t)} has no "
                         f"{', '.join(lacking)} case; {lang} needs {', '.join(sorted(needed, key=_CATEGORY_ORDER.index))}",
                         ",".join(lacking), (self.at(self.s, None, "present"), self.at(self.t, None, "missing")))
            categories = [case for key, case in source.cases if not key.startswith("=")]
            required = set.intersection(*(case.values() for case in categories)) if categories else set()
            other = dict(source.cases).get("other")
            many = other.values() if other is not None else required
            for key, case in target.cases:
                if key.startswith("="):
                    continue
                if key in ("zero", "one", "two"):
                    # "one" may say "a file" for "# files": the count itself may go.
                    needed = {v for v in required if not _is_count(v, source.name)}
                else:
                    needed = many  # few, many, other: what the source's other case says
                self.lacking(needed - reported - case.values(), source, key, case)
            return
        source_keys = [key for key, _ in source.cases]
        target_keys = [key for key, _ in target.cases]
        gone = [key for key in source_keys if key not in target_keys]
        added = [key for key in target_keys if key not in source_keys]
        if gone or added:
            parts = ([f"lacks {', '.join(gone)}"] if gone else []) + ([f"adds {', '.join(added)}"] if added else [])
            self.add("XL805", f"the select “{target.name}” in {self.where(self.t)} {' and '.join(parts)} "
                     f"(cases of {self.where(self.s)}: {', '.join(source_keys)})", ",".join(gone + added),
                     (self.at(self.s, None, "present"), self.at(self.t, None, "different")))
        for key, case in target.cases:
            if key in source_keys:
                self.lacking(dict(source.cases)[key].values() - case.values() - reported, source, key, case)

    def lacking(self, values: set[str], source: Branches, key: str, case: Message) -> None:
        for value in sorted(values):
            old = next((c.first(value) for _, c in source.cases if c.first(value)), None)
            shown = old.text if old else value
            self.add("XL801", f"“{shown}” is in the {source.type} of {self.where(self.s)} but missing in "
                     f"the {key} case of {self.where(self.t)}", value,
                     (self.at(self.s, old, "present"), self.at(self.t, None, "missing")))


_COUNT_CONVERSION = lazy(r"%\d+\$(?:hh|h|ll|l|q|z|j|t)?[diu]")


def _is_count(value: str, name: str) -> bool:
    """Whether a placeholder can be the number a plural branches on (``{count}``,
    ``%{count}``, an integer printf conversion of an Android or Apple plural)."""
    bare = name.lstrip("$")
    return value in ("{" + name + "}", "{" + bare + "}", "%{" + bare + "}", "{{" + bare + "}}", "{$" + bare + "}") \
        or bool(_COUNT_CONVERSION.fullmatch(value))


def _forms(ctx: Context, k: int, paragraph) -> list[tuple[int, int]]:
    """The spans of a PO plural unit's forms (separated by FORM_SEPARATOR)."""
    text = ctx.documents[k].text
    spans, start = [], paragraph.start
    while True:
        at = text.find(FORM_SEPARATOR, start, paragraph.end)
        if at < 0:
            spans.append((start, paragraph.end))
            return spans
        spans.append((start, at))
        start = at + len(FORM_SEPARATOR)


_CATEGORY_ORDER = ["zero", "one", "two", "few", "many", "other"]


def _branch_names(message: Message) -> set[str]:
    return {"{" + b.name + "}" for b in _branching(message) if b.type != "select"}


def _branching(message: Message):
    for branch in message.branches:
        yield branch
        for _, case in branch.cases:
            yield from _branching(case)
