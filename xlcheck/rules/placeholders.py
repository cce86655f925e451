"""Rules of the `placeholder` check: what a program fills in, read by its syntax."""


def placeholder_missing():
    """A placeholder of the source is missing in the translation.

    What it finds: a placeholder (ICU ``{name}``, printf ``%1$s``/``%@``/``%lld``,
    Python ``%(name)s`` and ``{name}``, Qt ``%1``, Ruby ``%{name}``, Fluent
    ``{ $name }``, ``{{name}}``) that the source unit has and the translation lacks,
    in the whole message or in one plural/select branch of it. The syntax is the one
    the file format (or a PO entry's ``c-format``/``python-format``… flag) says the
    unit uses, so a brace or a percent sign in prose is never taken for one.
    Why it matters: the value the program passes never reaches the user ("Deleted
    files" instead of "Deleted 3 files"), and some runtimes raise an error on a
    message whose arguments do not match.
    Example: en ``"{count, plural, one {# file in {folder}} other {# files in
    {folder}}}"`` against a pl translation whose ``few`` branch lacks ``{folder}``.
    How to fix: copy the placeholder verbatim into the translation (every branch).
    """


def placeholder_extra():
    """The translation has a placeholder that the source lacks.

    What it finds: a placeholder in a translated unit that its source does not have.
    Why it matters: the program does not pass that argument: the user sees the raw
    ``{name}``, or the formatting call fails (printf reads a value that is not there).
    Example: en ``"Saved"`` against de ``"%s gespeichert"``.
    How to fix: remove it, or add the argument to the source first.
    """


def placeholder_changed():
    """A placeholder was renamed, retyped or reordered in the translation.

    What it finds: a translated unit where one placeholder of the source is gone and
    another stands in its place: a translated name (``{nome}`` for ``{name}``), a
    changed printf type (``%d`` for ``%s``, ``%d`` for ``%lld``), or unnumbered printf
    conversions swapped (``%s … %d`` written ``%d … %s``: use ``%2$d … %1$s``).
    Why it matters: a renamed argument is never filled in; a wrong printf type prints
    garbage or crashes the program.
    Example: en ``"Hello, {name}!"`` against pt ``"Olá, {nome}!"``.
    How to fix: keep the source's placeholder exactly; reorder with positions.
    """


def plural_forms():
    """A plural message lacks a category the translation's language needs.

    What it finds: an ICU ``plural``/``selectordinal`` (also Android ``<plurals>``,
    ``.stringsdict``, ``.xcstrings``, Fluent selectors and PO ``msgstr[n]``) whose
    translation lacks a CLDR plural category of its language (Polish ``few`` and
    ``many``), or a PO plural entry with fewer forms than its ``Plural-Forms`` header.
    A translation may have other categories than its source; only those its language
    uses are required.
    Why it matters: the missing case falls back to ``other``: "2 pliku" instead of
    "2 pliki".
    Example: en ``{n, plural, one {# file} other {# files}}`` against pl
    ``{n, plural, one {# plik} other {# pliku}}``.
    How to fix: add the categories of the language (see the CLDR plural rules).
    """


def select_cases():
    """A select message's translation lacks a case of the source, or adds one.

    What it finds: an ICU ``select`` whose translation does not have the same case
    keys (``male``, ``female``, ``other``) as its source. The keys are code, not text;
    a correctly translated select keeps them all.
    Why it matters: a translated or dropped key is never chosen: everyone gets
    ``other``.
    Example: en ``{gender, select, female {her} male {his} other {their}}`` against
    fr ``{gender, select, femme {sa} other {son}}``.
    How to fix: keep the source's keys and translate only the texts in the braces.
    """


def message_syntax():
    """The translation is not a valid message in its syntax.

    What it finds: a translated ICU MessageFormat message that cannot be parsed
    (an unclosed brace, a branch without ``{…}``) while its source can.
    Why it matters: the formatting library throws at run time, or shows the raw
    message.
    Example: en ``"{count, plural, one {# item} other {# items}}"`` against de
    ``"{count, plural, one {# Artikel} other {# Artikel}"``.
    How to fix: balance the braces; compare the structure with the source.
    """


RULES = (
    ("XL801", "placeholder-missing", "placeholder", "error", placeholder_missing),
    ("XL802", "placeholder-extra", "placeholder", "error", placeholder_extra),
    ("XL803", "placeholder-changed", "placeholder", "error", placeholder_changed),
    ("XL804", "plural-forms", "placeholder", "warning", plural_forms),
    ("XL805", "select-cases", "placeholder", "warning", select_cases),
    ("XL806", "message-syntax", "placeholder", "error", message_syntax),
)
