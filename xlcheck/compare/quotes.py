"""Quotations: a quotation of speech in one version needs a quotation near the same place
in the others (the words are translated, so presence and position are compared); a
quotation mark one version opens and never closes is reported on its own."""

from __future__ import annotations

from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Finding
from xlcheck.rules import rule_for

# How far apart (as a share of the group's length) two quotations may sit and still pair.
NEARBY = 0.35


def quote_candidates(ctx: Context, g: int, group: Group, docs: list[int]) -> tuple[list[Candidate], list[Finding]]:
    per_doc = {k: ctx.per_doc(group, k) for k in docs}
    quotes = {k: [inv for inv in per_doc[k] if inv.kind == "quote"] for k in docs}
    unbalanced = {k: [inv for inv in per_doc[k] if inv.kind == "punctuation"] for k in docs}
    findings = []
    for k in docs:
        balanced_elsewhere = all(not unbalanced[o] for o in docs if o != k)
        if unbalanced[k] and balanced_elsewhere:
            inv = unbalanced[k][0]
            findings.append(ctx.single(group, k, inv, rule_for("punctuation", "unbalanced"),
                                       f"quotation mark opened at “{inv.text}…” is never closed"))
    speech = {k: [inv for inv in quotes[k] if inv.flag != "title"] for k in docs}
    if not any(speech.values()):
        return [], findings
    # A title needs no partner.
    positions = {k: [ctx.relative(k, group, inv) for inv in quotes[k]] for k in docs}
    out = []
    seen: set[tuple[int, int]] = set()
    for k in docs:
        for inv in speech[k]:
            here = ctx.relative(k, group, inv)
            have = {k}
            for o in docs:
                if o != k and positions[o] and min(abs(here - p) for p in positions[o]) < NEARBY:
                    have.add(o)
            key = (min(have), round(here * 20))
            if len(have) < len(docs) and key not in seen:
                seen.add(key)
                out.append(Candidate(g, "quote", inv.value, frozenset(have), frozenset(docs) - have, {k: inv}))
    return out, findings
