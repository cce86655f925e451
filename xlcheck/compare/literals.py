"""Which rule a changed value falls under: a literal or link the translator localised
(information) is told apart from one that changed (an error)."""

from __future__ import annotations

import regex

from xlcheck.compare.context import Candidate
from xlcheck.rules import RULES, Rule, rule_for

# Counts up to this a translation may spell out where the source left them implicit.
SMALL_COUNT = 12
_LETTERS = regex.compile(r"\p{L}+")
_NAME_LIKE = regex.compile(r"[./_<>()\[\]{}:+=,-]")


def skeleton(literal: str) -> str:
    """A literal with every run of letters replaced by one mark: its shape.

    >>> skeleton("`my-integration.ts`") == skeleton("`minha-integracao.ts`")
    True
    """
    return _LETTERS.sub("a", literal)


def _localised_link(a: str, b: str) -> bool:
    """Same host and one side in its own language, or a path whose words were translated."""
    host_a, host_b = a.split("/", 1)[0], b.split("/", 1)[0]
    if "://" not in a and "." not in host_a and skeleton(a) == skeleton(b):
        return True
    return host_a == host_b and ("{lang}" in a) != ("{lang}" in b)


def _names_changed(a: Candidate, b: Candidate) -> bool:
    """Whether the words that differ between two literals are parts of names (paths,
    placeholders, file names) rather than commands: `<branch>` -> `<rama>` is a
    localised example, `npm run build` -> `npm run dev` is another command."""
    text_a = next(iter(a.occurrences.values())).text if a.occurrences else a.value
    text_b = next(iter(b.occurrences.values())).text if b.occurrences else b.value
    if text_a.lower() == text_b.lower() and " " not in text_a.strip("`"):
        return True  # `import` written `Import`: German capitalises the noun
    changed = set(text_a.strip("`").split()) ^ set(text_b.strip("`").split())
    return bool(changed) and all(_NAME_LIKE.search(token) for token in changed)


def rule_of(candidate: Candidate, what: str, other: Candidate | None = None) -> Rule:
    """The rule a candidate is reported under: `what` is ``missing`` or ``changed``."""
    if candidate.kind == "markup" and candidate.value.startswith("code:"):
        return RULES["XL703"]
    if (other is not None and candidate.kind == "markup" and candidate.value.startswith("`")
            and skeleton(candidate.value) == skeleton(other.value) and _names_changed(candidate, other)):
        return RULES["XL704"]
    if other is not None and candidate.kind == "url" and _localised_link(candidate.value, other.value):
        return RULES["XL603"]
    return rule_for(candidate.kind, what)


def explicitation(candidate: Candidate) -> bool:
    """What a translation adds without losing anything of the source: code formatting
    (``True``), a small count made explicit ("the two arguments", "2つの引数",
    "l'exemple 2"), or a name given to clarify. Reported the other way round (the
    source's, dropped), never this way."""
    if candidate.kind in ("markup", "name"):
        return candidate.kind == "name" or candidate.value.startswith("`")
    if candidate.kind == "number":
        return candidate.value.isdigit() and int(candidate.value) <= SMALL_COUNT
    return False
