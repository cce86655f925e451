"""Keys of a keyboard shortcut (Sphinx's ``:kbd:`Ctrl+V```) named the way a language's
keyboards label them.

A German keyboard labels Ctrl "Strg" and Shift "Umschalt", a French one Shift "Maj" and
Delete "Suppr", a Spanish one Shift "Mayús": a translation names the reader's keys, so
``:kbd:`Strg+V``` is the source's ``:kbd:`Ctrl+V```. The letter, digit or function key
is the same on every layout, so ``:kbd:`Strg+C``` is another shortcut. CLDR has no names
of keys; the table below holds the labels printed on the keyboards of the languages whose
documentation translates them (the others, Dutch, Portuguese or Russian among them, keep
the English labels).
"""

from __future__ import annotations

from xlcheck.locales import base_language
from xlcheck.patterns import lazy

# A key's canonical name, from its English names and abbreviations.
_ENGLISH = {
    "ctrl": "Ctrl", "control": "Ctrl", "shift": "Shift", "alt": "Alt", "option": "Alt", "opt": "Alt",
    "enter": "Enter", "return": "Enter", "del": "Delete", "delete": "Delete", "backspace": "Backspace",
    "ins": "Insert", "insert": "Insert", "home": "Home", "end": "End", "esc": "Escape", "escape": "Escape",
    "space": "Space", "spacebar": "Space", "tab": "Tab", "pgup": "PageUp", "pageup": "PageUp",
    "pgdn": "PageDown", "pgdown": "PageDown", "pagedown": "PageDown", "cmd": "Cmd", "command": "Cmd",
    "arrows": "Arrows", "arrow": "Arrows",  # the four arrow keys at once (Ctrl+arrows)
}
# The labels of the keys on each language's keyboards (folded), where they differ from English.
_LABELS = {
    "de": {"strg": "Ctrl", "umschalt": "Shift", "umschalten": "Shift", "umschalttaste": "Shift",
           "hochstelltaste": "Shift",
           "entf": "Delete", "eingabe": "Enter", "eingabetaste": "Enter", "einfg": "Insert", "pos1": "Home",
           "ende": "End", "bild↑": "PageUp", "bildauf": "PageUp", "bild↓": "PageDown", "bildab": "PageDown",
           "rücktaste": "Backspace", "leertaste": "Space", "tabulator": "Tab", "pfeile": "Arrows",
           "pfeiltasten": "Arrows"},
    "fr": {"maj": "Shift", "suppr": "Delete", "entrée": "Enter", "échap": "Escape", "inser": "Insert",
           "origine": "Home", "début": "Home", "fin": "End", "espace": "Space", "retour": "Backspace",
           "flèches": "Arrows"},
    "es": {"mayús": "Shift", "mayúsculas": "Shift", "supr": "Delete", "intro": "Enter", "inicio": "Home",
           "fin": "End", "repág": "PageUp", "avpág": "PageDown", "retroceso": "Backspace", "espacio": "Space",
           "flechas": "Arrows"},
    "it": {"maiusc": "Shift", "canc": "Delete", "invio": "Enter", "fine": "End", "pagsu": "PageUp",
           "paggiù": "PageDown", "spazio": "Space", "frecce": "Arrows"},
}
# Keys named in more than one word (the arrow keys, one at a time: Down Arrow, Flecha abajo),
# folded, by language; each is read as one key before the keys are parted.
_PHRASES = {
    "en": {"page up": "PageUp", "page down": "PageDown", "up arrow": "Up", "down arrow": "Down",
           "left arrow": "Left", "right arrow": "Right", "arrow up": "Up", "arrow down": "Down",
           "arrow left": "Left", "arrow right": "Right"},
    "de": {"pfeil nach oben": "Up", "pfeil nach unten": "Down", "pfeil nach links": "Left",
           "pfeil nach rechts": "Right", "pfeiltaste oben": "Up", "pfeiltaste unten": "Down",
           "pfeiltaste links": "Left", "pfeiltaste rechts": "Right"},
    "fr": {"flèche haut": "Up", "flèche bas": "Down", "flèche gauche": "Left", "flèche droite": "Right",
           "flèche vers le haut": "Up", "flèche vers le bas": "Down", "flèche vers la gauche": "Left",
           "flèche vers la droite": "Right"},
    "es": {"flecha arriba": "Up", "flecha abajo": "Down", "flecha izquierda": "Left", "flecha derecha": "Right",
           "flecha hacia arriba": "Up", "flecha hacia abajo": "Down", "flecha hacia la izquierda": "Left",
           "flecha hacia la derecha": "Right"},
    "it": {"freccia su": "Up", "freccia giù": "Down", "freccia sinistra": "Left", "freccia destra": "Right"},
}
_PHRASE = {lang: lazy(r"(?i)(?<![\p{L}])(?:" + "|".join(sorted(
    (phrase.replace(" ", r"\s+") for phrase in phrases), key=len, reverse=True)) + r")(?![\p{L}])")
    for lang, phrases in _PHRASES.items()}
# Keys joined into a shortcut (Ctrl+Shift+S, Ctrl-C, Ctrl Alt Del), as Sphinx parts them.
_KEY = lazy(r"[^\s+^-]++|(?<=[\s+^-])[+^-](?=\s|$)|^[+^-]")


def canonical_keys(keys: str, language: str) -> str:
    """A shortcut with each named key written by its English name: the letters, digits
    and function keys stay as they are.

    >>> canonical_keys("Strg+Umschalt+S", "de"), canonical_keys("Ctrl+Shift+S", "en")
    ('Ctrl+Shift+S', 'Ctrl+Shift+S')
    >>> canonical_keys("Return", "en"), canonical_keys("Eingabe", "de"), canonical_keys("Maj+F5", "fr")
    ('Enter', 'Enter', 'Shift+F5')
    >>> canonical_keys("Strg+C", "de") == canonical_keys("Ctrl+V", "en")
    False
    >>> canonical_keys("Down Arrow", "en"), canonical_keys("Flecha abajo", "es"), canonical_keys("Up Arrow", "en")
    ('Down', 'Down', 'Up')
    """
    labels = _LABELS.get(base_language(language), {})
    for lang in {"en", base_language(language)} & _PHRASES.keys():
        keys = _PHRASE[lang].sub(lambda m, lang=lang: _PHRASES[lang][" ".join(m.group().casefold().split())], keys)

    def name(match) -> str:
        key = match.group().casefold()
        return labels.get(key) or _ENGLISH.get(key) or match.group()

    return _KEY.sub(name, keys)


# A named key as a label shows it: capitalised (`Shift`, `Strg`, `Entf`), not a word of code
# (`return`, `delete`, `insert` are statements and methods).
_LABEL = lazy(r"\p{Lu}[\p{L}\d]*+")


def key_label(code: str, language: str) -> str | None:
    """Inline code that names keys the way a keyboard labels them (`` `Ctrl` ``,
    `` `Shift` + `Ctrl` `` as two spans): the keys' English names; None for any other code.
    Documentation marks keys as code, and a translation names the reader's keys there.

    >>> key_label("Umschalten", "de"), key_label("Strg+S", "de"), key_label("Ctrl", "en")
    ('Shift', 'Ctrl+S', 'Ctrl')
    >>> key_label("return", "en"), key_label("Config", "en"), key_label("S", "en")
    (None, None, None)
    """
    labels = _LABELS.get(base_language(language), {})
    keys = [match.group() for match in _KEY.finditer(code) if match.group() not in "+^-"]
    named = [key for key in keys if key.casefold() in labels or key.casefold() in _ENGLISH]
    if not named or any(_LABEL.fullmatch(key) is None for key in named) or any(
            key not in named and len(key) > 1 and not (key[0] == "F" and key[1:].isdigit()) for key in keys):
        return None
    return canonical_keys(code, language)
