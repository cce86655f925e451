"""YAML message files: Rails and similar (``config/locales/de.yml`` with the locale as the
root key), or plain nested keys. Read with PyYAML (the ``yaml`` extra).

A key is its dotted path below the locale (``activerecord.errors.messages.blank``); list
items are ``key[0]``. A mapping whose keys are plural categories (``one``, ``other``,
``few``…) is one unit, read as an ICU plural, since each language has its own set.
Numbers and booleans are settings, not text. Placeholders: Ruby ``%{name}`` and
``%<name>s``; ``{{name}}`` where a string uses it (older Rails, i18n-js).
"""

from __future__ import annotations

from xlcheck.errors import InputError
from xlcheck.io.keyed import DEFAULT_LANGUAGE, Unit, keyed_document, keyed_language
from xlcheck.io.lang import as_tag
from xlcheck.model import Document

CATEGORIES = ("zero", "one", "two", "few", "many", "other")
_STR = "tag:yaml.org,2002:str"


def _yaml():
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - depends on the installation
        from xlcheck.errors import UsageError

        raise UsageError("reading YAML needs PyYAML: pip install 'xlcheck[yaml]'") from exc
    return yaml


def _syntax(text: str) -> tuple[str, ...]:
    return ("ruby", "mustache") if "{{" in text else ("ruby",)


def read_yaml(path: str, text: str, lang: str | None = None) -> list[Document]:
    """The one document of a YAML message file."""
    yaml = _yaml()
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise InputError(path, f"is not valid YAML ({str(exc).splitlines()[0]})", "fix the file") from exc
    if not isinstance(root, yaml.MappingNode):
        raise InputError(path, "is not a YAML mapping of messages", "give xlcheck a file of key/value strings")
    locale = None
    if len(root.value) == 1 and isinstance(root.value[0][0], yaml.ScalarNode) and as_tag(
            str(root.value[0][0].value).replace("_", "-")):
        locale = str(root.value[0][0].value).replace("_", "-")
        root = root.value[0][1]
    units: list[Unit] = []

    def walk(node, key: str) -> None:
        if isinstance(node, yaml.MappingNode):
            names = [k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)]
            if names and "other" in names and all(n in CATEGORIES for n in names) and all(
                    isinstance(v, yaml.ScalarNode) and v.tag == _STR for _, v in node.value):
                body = " ".join(f"{k.value} {{{v.value}}}" for k, v in node.value)
                syntax = tuple(dict.fromkeys(("icu",) + _syntax(body)))
                units.append(Unit(key, f"{{count, plural, {body}}}", node.start_mark.line, syntax))
                return
            for k, v in node.value:
                name = str(k.value)
                walk(v, f"{key}.{name}" if key else name)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, f"{key}[{index}]")
        elif isinstance(node, yaml.ScalarNode) and node.tag == _STR and isinstance(node.value, str):
            units.append(Unit(key, node.value, node.start_mark.line, _syntax(node.value)))

    walk(root, "")
    tag = lang or locale or keyed_language(path) or DEFAULT_LANGUAGE
    return [keyed_document(path, tag, units, "yaml", text.count("\n") + 1)]
