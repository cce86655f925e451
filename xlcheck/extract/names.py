"""Proper names: capitalised words, acronyms and camel-case brands (``DeepSeek``, ``CNBC``).

Extraction is generous (every capitalised word, tagged with its shape); the comparison
decides which candidates are names, because that needs the other versions: a German
noun is capitalised too, but only a name is written the same in two languages.
"""

from __future__ import annotations

from xlcheck.locales import LocaleInfo
from xlcheck.model import Invariant
from xlcheck.patterns import AsciiTwin, lazy
from xlcheck.prefixes import PREFIXING, glued_names

# Letters of scripts that put spaces between words: a name is not glued to them, while
# Chinese or Japanese text runs straight into it ("はPythonの"). (An ASCII paragraph is read
# by the standard `re`, where these classes are their ASCII letters and digits.)
_WORD = AsciiTwin(r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{M}\p{N}_@#/\\.<])(?:\p{Ll}{1,4}['’])?(\p{Lu}[\p{Latin}\p{Greek}\p{Cyrillic}\p{Armenian}\p{Georgian}\p{M}]*)(?:['’]s)?(?![\p{N}_]|['’]?[\p{Latin}\p{Greek}\p{Cyrillic}]|\.\p{L})",
                  r"(?<![A-Za-z0-9_@#/\\.<])(?:[a-z]{1,4}')?([A-Z][A-Za-z]*)(?:'s)?(?![0-9_]|'?[A-Za-z]|\.[A-Za-z])")
# What may stand right before a sentence's first word.
# (A mark that opens a quotation after the stop is taken with it: its alternative was
# never reached behind the bare stop's.)
# (A list item's marker opens a sentence too: "- Type: `string`".)
# (A quotation closed after the stop ends the sentence with it: `…elibazungezile." Isidingo`.)
_SENTENCE_BOUNDARY = lazy(r"[.!?:]\s+[\"“„«‚(]|[.!?:;…]\s+|[.!?…][\"”»’')]+\s+|(?:^|\n)[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+|\n\s*|^[\"“„«‚(]"
                          r"|\s\(|[。！？]")
_CAMEL = lazy(r"\p{Ll}\p{Lu}")
# A vowel prefix capitalised at a sentence's start before a name ("URolando", "IGiza").
_OPENING_PREFIX = lazy(r"[AEIOU](?=\p{Lu}\p{Ll})")

# Closed-class words that a capital at the start of a heading or list item makes
# look like names. Shared by all languages: "Die" is never a name in any of them. (English
# interjections too, which open a quoted exclamation or a coined compound: "the
# Hey-nothing-personal malevolence".)
FUNCTION_WORDS = frozenset("""
The This That These Those A An In On At For If When While It Its We You They He She His Her Their Our Your
Hey Wow Yeah
And But Or Nor Not No Yes All Some Any Each Every Both As By To From With Without Of Off Into Onto Over Under
See Note Also Then There Here What Which Who Whom Whose How Why Where Because Since After Before Until Unless
Return Returns New Use Using Only Other Another Such Most More Many Much Few First Last Next Previous Example
Is Are Was Were Be Been Do Does Did Can Could May Might Must Shall Should Will Would Let So Thus However
O Os As Um Uma Uns Umas Em No Na Nos Nas Ao Aos Para Por Pelo Pela Com Sem Se Este Esta Estes Estas Isso Isto
Esse Essa Ele Ela Eles Elas Eu Nós Você Vocês De Do Da Dos Das Mas Ou Quando Como Também Não Sim Cada Todo
Toda Todos Todas Mais Menos Muito Pode Podem Deve Veja Nota Exemplo Retorna
Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Im Am Zum Zur Mit Für Von Vom Zu Bei Nach Aus Auf
Es Er Sie Wir Ich Ihr Und Oder Aber Wenn Als Auch Nicht Kein Keine Diese Dieser Dieses Jede Jeder Jedes
Alle Man Hier Dort Dann Wie Was Wer Wo Warum Siehe Beispiel Hinweis Gibt
Le Les Une Des Du Dans En Pour Par Avec Sans Il Elle Ils Elles Nous Vous Ce Cet Cette Ces Si Et Ou Mais
Quand Comme Aussi Pas Chaque Tout Tous Toutes Voir Exemple Renvoie Lorsque Pourquoi
El Los Las Unos Unas Con Sin Ese Esos Esas Cuando Pero Cómo Cada Ver Ejemplo Devuelve
Selon Sur Sous Chez Vers Depuis Pendant Après Avant Entre Contre Malgré Parmi Según Sobre Desde Durante Hasta
Hacia Tras Aunque Porque Segundo Após Até Embora Laut Gemäß Trotz Während Seit Gegen Zwischen Ohne Durch Wegen
According Despite During Among Between Against Within Through Unlike Like Besides Beyond Upon Via Toward Towards
Regarding Including Except Following Given Considering Concerning Excluding Pending Amid Amidst Across Throughout
Il Lo Gli Per Questo Questa Questi Queste Quando Ma Oppure Anche Non Ogni Vedi Esempio Restituisce
""".split())


# Units and generic technical acronyms that translations spell their own way
# (MiB/Mio, ID/identifiant, OS/SE, DST/heure d'été, URL/链接, PR/代码检视, a pull request
# that Spanish calls a solicitud de incorporación de cambios): not names.
NOT_NAMES = frozenset("""
KiB MiB GiB TiB KB MB GB TB kB Kb Mb Gb ID IDs IO OS CPU CPUs API APIs IDE GUI UI PC RAM ROM DST FAQ
URL URLs URI URIs PR PRs
""".split())


def shape(word: str) -> str | None:
    """``camel``, ``acronym`` or ``capitalised`` (None for single letters).

    >>> shape("DeepSeek"), shape("GPUs"), shape("Wang"), shape("A")
    ('camel', 'acronym', 'capitalised', None)
    """
    if len(word) < 2:
        return None
    core = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    if len(core) >= 2 and core.isupper():
        return "acronym"
    if _CAMEL.search(word):
        return "camel"
    return "capitalised"


def normalise(word: str) -> str:
    """Drop a plural `s` from an acronym (``GPUs`` -> ``GPU``)."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]
    return word


# A news dateline: a place in capitals, maybe a date, an agency in brackets, a dash.
_DATELINE = lazy(r"(?P<place>\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,2}),?(?: [^()\n]{1,30})? "
                          r"\((?P<agency>\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}.]+){0,2})\) ?[-–—]")
# A handle in emphasis, as docs tag people: "_@iamnoah_", "_@Junya Okabe_", "*@nate-double-u*".
_HANDLE = lazy(
    r"(?<=(?<![\w*])[_*]{1,2})@[\p{L}\p{N}][\p{L}\p{N}-]*(?:[._][\p{L}\p{N}-]+)*(?: \p{Lu}[\p{L}\p{M}'-]*){0,3}(?=[_*])")


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block in ("code", "frontmatter"):
        return []
    found = []
    dateline = _DATELINE.match(text)
    if dateline:
        # "BENGALURU (Reuters) -", "BERLIN, March 3 (AP) —": a place and an agency, names
        # although they open the text (and the place is in capitals).
        for group in ("place", "agency"):
            start, end = dateline.span(group)
            word = dateline.group(group)
            if claims.free(start, end) and word not in FUNCTION_WORDS:
                claims.take(start, end)
                flag = "acronym" if word.isupper() and len(word) <= 6 else "capitalised"
                found.append(Invariant("name", word.title() if len(word) > 6 and word.isupper() else word,
                                       word, start, end, (), flag))
    if "@" in text:
        # A handle is never translated: whoever it tags, every version tags.
        for match in _HANDLE.finditer(text):
            start, end = match.span()
            if claims.free(start, end):
                claims.take(start, end)
                found.append(Invariant("name", match.group(), match.group(), start, end, (), "handle"))
    starts = None  # sentence starts, read once a word needs them
    prefixing = info.language in PREFIXING
    for match in _WORD.finditer(text):
        start, end = match.span(1)
        if not claims.free(start, end):
            continue
        word = match.group(1)
        if prefixing and _OPENING_PREFIX.match(word):
            word = word[1:]  # "URolando", "IGiza": the name behind a sentence's capitalised prefix
        kind = shape(word)
        if kind is None or word in FUNCTION_WORDS or word in NOT_NAMES:
            continue
        if kind == "acronym" and len(word) >= 8:
            continue  # SHOUTED WORDS (a licence's AGREEMENT), not acronyms
        if starts is None:
            starts = {0} | {m.end() for m in _SENTENCE_BOUNDARY.finditer(text)}
        initial = start in starts
        flag = kind + ("|initial" if initial else "")
        offset = end - len(word)
        found.append(Invariant("name", normalise(word), word, offset, end, (), flag))
    if prefixing:
        found.extend(_glued(text, claims))
    return found


def _glued(text: str, claims) -> list[Invariant]:
    """Names behind a prefix in lower case, as Xhosa and Zulu write them ("eGrisi",
    "waseHungary"): never a sentence's first word, which capitalises the prefix."""
    found = []
    for word, start, end in glued_names(text):
        if text[start - 1].isupper() or not claims.free(start, end) or word in FUNCTION_WORDS:
            continue  # ("URolando" is read with the capitalised words)
        kind = shape(word)
        if kind is not None:
            found.append(Invariant("name", normalise(word), word, start, end, (), kind))
    return found
