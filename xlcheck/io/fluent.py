"""Project Fluent files (``.ftl``), one per language (``en-US.ftl``, ``pl/main.ftl``), read
with the Fluent project's own parser (``fluent.syntax``, the ``fluent`` extra).

A message and each of its attributes (``login.placeholder``) is one unit; terms
(``-brand-name``) too. A select expression becomes an ICU ``plural`` (its keys are
plural categories or numbers) or ``select``, so a translation may have its own
language's categories; the default variant (``*[other]``) also stands for ``other``.
Variables are ``{$name}``; message and term references are kept as their names.
"""

from __future__ import annotations

from xlcheck.errors import InputError, UsageError
from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language, lines_of
from xlcheck.model import Document

CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})


def _ast():
    try:
        from fluent.syntax import FluentParser, ast
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise UsageError("reading Fluent files needs fluent.syntax: pip install 'xlcheck[fluent]'") from exc
    return FluentParser, ast


def _quote(text: str) -> str:
    """Literal text inside an ICU message: braces and the apostrophes before them quoted."""
    return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'") if "{" in text or "}" in text else text


def _pattern(pattern, ast) -> str:
    parts = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(_quote(element.value))
        else:
            parts.append(_expression(element.expression, ast))
    return "".join(parts)


def _variable(expression, ast) -> str | None:
    if isinstance(expression, ast.VariableReference):
        return "$" + expression.id.name
    if isinstance(expression, ast.FunctionReference) and expression.arguments.positional:
        return _variable(expression.arguments.positional[0], ast)
    return None


def _expression(expression, ast) -> str:
    if isinstance(expression, ast.SelectExpression):
        name = _variable(expression.selector, ast) or "$selector"
        keys = []
        cases = []
        default = None
        for variant in expression.variants:
            key = variant.key
            label = f"={key.value}" if isinstance(key, ast.NumberLiteral) else key.name
            keys.append(label)
            body = _pattern(variant.value, ast)
            cases.append(f"{label} {{{body}}}")
            if variant.default:
                default = body
        kind = "plural" if all(k.startswith("=") or k in CATEGORIES for k in keys) else "select"
        if "other" not in keys and default is not None:
            cases.append(f"other {{{default}}}")
        return f"{{{name}, {kind}, {' '.join(cases)}}}"
    variable = _variable(expression, ast)
    if variable is not None:
        return "{" + variable + "}"
    if isinstance(expression, ast.MessageReference):
        return expression.id.name + (f".{expression.attribute.name}" if expression.attribute else "")
    if isinstance(expression, ast.TermReference):
        return "-" + expression.id.name
    if isinstance(expression, (ast.StringLiteral, ast.NumberLiteral)):
        return _quote(str(expression.parse()["value"]))
    if isinstance(expression, ast.Placeable):
        return _expression(expression.expression, ast)
    return ""


def read_fluent(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of a Fluent resource."""
    parser_class, ast = _ast()
    resource = parser_class(with_spans=True).parse(text)
    line_of = lines_of(text)
    units: list[Unit] = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            line = line_of(entry.span.start) + 1
            raise InputError(path, f"is not valid Fluent at line {line} ({entry.annotations[0].message})"
                             if entry.annotations else f"is not valid Fluent at line {line}", "fix the message")
        if not isinstance(entry, (ast.Message, ast.Term)):
            continue
        name = ("-" if isinstance(entry, ast.Term) else "") + entry.id.name
        if entry.value is not None:
            units.append(Unit(name, _pattern(entry.value, ast), line_of(entry.value.span.start), ("icu",)))
        for attribute in entry.attributes:
            units.append(Unit(f"{name}.{attribute.id.name}", _pattern(attribute.value, ast),
                              line_of(attribute.span.start), ("icu",)))
    tag = lang or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "fluent", text.count("\n") + 1)]
