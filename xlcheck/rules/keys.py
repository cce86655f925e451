"""Rules of the `key` check: key/value files (JSON, YAML, strings.xml, .properties…)
whose versions pair by key."""


def key_missing():
    """A key of the source has no translation.

    What it finds: a key (a JSON path such as ``home.title``, a ``<string name>``, a
    ``.properties`` or ``.strings`` key, a Fluent message or attribute, a TMX unit)
    present in the source version and absent from a translation. Versions are paired
    by key, never by position, so reordered keys are never drift.
    Why it matters: the app falls back to the source language (or shows the key) for
    that string. Often it is only work in progress, so it is information by default;
    ``[tool.xlcheck.severity] XL901 = "warning"`` makes it fail CI.
    Example: ``en.json`` has ``"cart.empty"`` and ``de.json`` does not.
    How to fix: translate the string, or accept the fallback.
    """


def key_extra():
    """A translation has a key that its source no longer has.

    What it finds: a key present in a translation and absent from the source version.
    Why it matters: the source string was renamed or removed and the translation kept
    the old one: dead text nobody maintains, and a renamed key loses its translation.
    Information by default; ``[tool.xlcheck.severity] XL902 = "warning"`` makes it
    fail CI.
    Example: ``values-de/strings.xml`` still has ``<string name="old_title">`` after
    ``values/strings.xml`` renamed it ``title``.
    How to fix: delete the key from the translation, or rename it as the source did.
    """


RULES = (
    ("XL901", "key-missing", "key", "info", key_missing),
    ("XL902", "key-extra", "key", "info", key_extra),
)
