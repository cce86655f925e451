"""Rules of the `markup` check."""


def markup_missing():
    """Inline code or a placeholder in one version is missing in another.

    What it finds: `inline code`, printf placeholders (%s, %(count)d), format fields
    ({name}, {0}) and template variables ({{ var }}) present in one version and absent
    from the aligned paragraph of another.
    Why it matters: a dropped placeholder breaks the program that fills it in.
    Example: en "%(count)d files" against fr "fichiers".
    How to fix: copy the placeholder or code literal verbatim into the translation.
    """


def markup_changed():
    """Inline code or a placeholder differs between versions.

    What it finds: aligned paragraphs that each carry markup the other lacks.
    Why it matters: a translated placeholder name ({nome} for {name}) is a bug.
    Example: en "{name}" against pt "{nome}".
    How to fix: keep placeholders and code literals exactly as in the source.
    """


RULES = (
    ("XL701", "markup-missing", "markup", "error", markup_missing),
    ("XL702", "markup-changed", "markup", "error", markup_changed),
)
