"""Which rule a changed value falls under: a literal or link the translator localised
(information) is told apart from one that changed (an error)."""

from __future__ import annotations

import functools
import keyword
from dataclasses import dataclass

import regex

from xlcheck.compare.context import WORD_PARTS, Candidate, unaccented
from xlcheck.extract import urls
from xlcheck.extract.rst_inline import PROSE_ELLIPSIS
from xlcheck.locales import base_language, known_language, known_territory, latin_script
from xlcheck.patterns import AsciiTwin, casefolded, lazy, pieces
from xlcheck.rules import RULES, Rule, rule_for

# Counts up to this a translation may spell out where the source left them implicit.
SMALL_COUNT = 12
_LETTERS = lazy(r"\p{L}+")
_LATIN_RUNS = lazy(r"\p{Latin}++")
_LETTER_OR_DIGIT = lazy(r"[\p{L}\p{N}]")
_NAME_LIKE = lazy(r"[./_<>()\[\]{}:+=,-]")
_NON_ASCII_LETTER = lazy(r"[^\x00-\x7f\P{L}]")
_HANGUL_LETTER = lazy(r"[^\P{Hangul}\P{L}]")
_IDENTIFIER = lazy(r"\p{Ll}+(?:\p{Lu}\p{Ll}*)+|\p{L}+(?:_\p{L}+)+")  # myIntegration, snake_case
# Inline code that is a chain of member accesses, which no translator adds on their own
# (``Astro.props.entry.data``); a file name may be one spelt out (`favicon.ico` for
# "favicons").
_LEFT_OVER = lazy(r"^[\w$@-]+(?:\.[\w$@-]+){2,}(?:\(\))?$"
                  r"|^\.[\w-]++$")  # a dotfile (`.gitmodules`): a file the source no longer names
# A language tag that names a file or a folder, or ends a file's name after "_"
# (perspective_en.png / perspective_cn.png: a picture with the words of each language).
_LANG_NAME = lazy(r"(?<![\p{Latin}0-9-])[a-z]{2,3}(?:-[A-Za-z]{2,4})?+(?=[./]|$)")
_PLACEHOLDER_NAME = lazy(r"[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++|[A-Z]{2,}+")
_ANGLE_PLACEHOLDER = lazy(r"<[^<>\s/=\"']++>")
_STRING = lazy(r"'[^'\n]*+'|\"[^\"\n]*+\"")
_LANG_SEGMENT = lazy(r"/[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?(?=/|$)")
# A reST literal's tokens: a <placeholder> or %(placeholder)s whole, or a word.
_REST_TOKEN = lazy(r"<[^<>]++>|%\([^()]++\)|\w++")
# Placeholders a reader fills in, whose words are the translator's (``<field name>``,
# ``%(field_name)s``): compared by their shape only.
_FILL_IN = lazy(r"<[\p{L}\p{N}][\p{L}\p{N}\s'’_.-]*+>|%\([^()\s]++\)")
# A cross-reference to a label or a document (``:ref:`microphones```, MyST's {doc}`…`):
# Sphinx resolves it by the name the source tree defines, which no translation renames.
_LABEL_REFERENCE = lazy(r"(?::[\w.+-]+)*:(?:ref|numref|doc|any):`|\{(?:ref|numref|doc|any)\}`")
# Words joining alternatives inside a reST literal (``'a' or 'a:'``), prose a translator translates.
_CONNECTORS = frozenset({"or", "and", "to", "etc", "vs", "versus"})


def skeleton(literal: str) -> str:
    """A literal with every run of letters replaced by one mark: its shape.

    >>> skeleton("`my-integration.ts`") == skeleton("`minha-integracao.ts`")
    True
    """
    return _LETTERS.sub("a", literal)


def _localised_link(a: Candidate, b: Candidate, translation: Translation | None = None) -> bool:
    """Same host and the same path but for its words, translated (one side or both in a
    language of their own), or a path whose words were translated (into words of
    `translation`, the language of `b`: ``darkroom.md`` for ``ai.md`` is another page)."""
    value_a, value_b = a.value, b.value
    if value_a.startswith("http://") != value_b.startswith("http://"):
        return False  # a link left on http where the other moved to https: stale
    value_a, value_b = value_a.removeprefix("http://"), value_b.removeprefix("http://")
    # A page asked for in a language (?hl=es-419) is the page; another page is not. A
    # search for the words of the translation's language is the same search.
    value_a, value_b = urls.without_language_query(value_a), urls.without_language_query(value_b)
    if (_EXAMPLE_HOST.search(value_a) or _EXAMPLE_HOST.search(value_b)) and _host(value_a) != _host(value_b):
        # An address at a domain kept for examples (RFC 2606: example.com, .test, .invalid)
        # whose domain the translation wrote in the reader's words stands for the reader's
        # own: its names are placeholders (`benutzername@servername.beispiel.com`), its shape
        # is kept. (A page of example.org that another path names is another page.)
        return skeleton(value_a) == skeleton(value_b)
    if value_a == value_b or same_file(value_a, value_b) or same_file(value_b, value_a) \
            or _SEARCH_TERMS.sub("=", value_a) == _SEARCH_TERMS.sub("=", value_b) != value_a:
        return True
    host_a, host_b = value_a.split("/", 1)[0], value_b.split("/", 1)[0]
    if value_a.lower() == value_b.lower():
        return False  # ``IMG/x.png`` for ``img/x.png``: no translation changes only the case of a path
    if "." not in host_a and skeleton(value_a) == skeleton(value_b):
        # a path of the site whose words were translated; one letter off inside a word
        # (``/tconfig`` for ``/tsconfig``) is a slip of the keyboard, a page that does not exist
        return not _slip(value_a, value_b) and _path_words_translated(value_a, value_b, translation)
    if host_a != host_b:
        # The translation's own edition of the site (es.vite.dev for vite.dev), whose
        # paths are translated: read as "{lang}.vite.dev" without them.
        own = (host_b if host_a.startswith("{lang}.") else host_a if host_b.startswith("{lang}.") else None)
        if own is not None and (host_a if own is host_b else host_b).removeprefix("{lang}.") == own:
            return True
        if _other_edition(host_a, host_b) or _other_edition(host_b, host_a):
            return True
        return _edition(value_a, value_b)
    if ("{lang}" in value_a) != ("{lang}" in value_b):
        return True
    lang_a, lang_b = _language_folder(_shown(a)), _language_folder(_shown(b))
    if not (lang_a or lang_b):
        return False
    if lang_a != lang_b and "." in host_a:
        return True  # another site's edition in the translation's language, laid out its own way
    # A page of the site itself (its pages mirror the source's), or a site in two languages:
    # each version's own language is already out of its value, so what differs is the
    # page, unless only its words were translated (MDN's /es/docs/Web/HTML/Atributos_globales
    # for /en-US/docs/Web/HTML/Global_attributes).
    return skeleton(value_a) == skeleton(value_b)


def _host(address: str) -> str:
    """An address's host: after its user's ``@``, up to its path.

    >>> _host("ssh://username@servername.example.com/folder"), _host("example.org/docs")
    ('servername.example.com', 'example.org')
    """
    return address.split("://", 1)[-1].split("/", 1)[0].rsplit("@", 1)[-1]


_EXAMPLE_HOST = lazy(r"(?:^|[@.])example\.(?:com|net|org)(?![\w.-])|\.(?:example|test|invalid)(?![\w.-])")


def _slip(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter replaced, dropped or added inside a word (not a
    letter put before or after one, as ``eone.png`` for an English ``one.png``).

    >>> _slip("/tsconfig", "/tconfig"), _slip("img/one.png", "img/eone.png"), _slip("/guide", "/guia")
    (True, False, False)
    >>> _slip("Windows", "Windowsx"), _slip("Windowsx", "Windows")  # a letter after the end
    (False, False)
    """
    if a == b or edit_distance(a, b) != 1:
        return False
    start, shorter = 0, min(len(a), len(b))
    while start < shorter and a[start] == b[start]:
        start += 1
    longer = max(a, b, key=len)
    end = start + (len(longer) > min(len(a), len(b)) or 1)
    return start > 0 and longer[start - 1].isalpha() and end < len(longer) and longer[end].isalpha()


def _language_folder(link: str) -> bool:
    """Whether a link holds a folder that may name a language (``/ko/``, ``/pt-br/``,
    ``/cn/``): two letters, or a tag CLDR knows; a branch (``/blob/dev/``) is none."""
    return any(len(m.group()) == 3 or known_language(m.group()[1:]) for m in _LANG_SEGMENT.finditer(link))


def same_file(site: str, relative: str) -> bool:
    """Whether a link from the site's root (``/intro/quickstart.md``) and a link relative
    to the page (``./quickstart.md``, written ``quickstart.md``) can be the same file: the
    root path ends with the relative one. A translation may write either (Docusaurus
    resolves both, and a root path may leave out the page's ``.md``); which folder the
    page lives in is not known here. So may a link into a folder (``../03-domainModel/
    09subscription.md``, its climb cut) and a file name relative to the page
    (``./09subscription.md``): the page may live in that folder.

    >>> same_file("/docs/guide/02code-guidelines", "02code-guidelines.md")
    True
    >>> same_file("03-domainModel/09subscription.md", "09subscription.md")
    True
    >>> same_file("03-domainModel/09subscription.md", "10subscription.md")
    False
    >>> same_file("http://releases.k8s.io", "releases.k8s.io")
    False
    >>> same_file("en/latest/plugins/gzip.md", "gzip.md")  # through another language's folder
    False
    """
    if relative.startswith("/") or len(relative) < 3:
        return False
    if "/" in relative and "." in relative.split("/", 1)[0]:
        return False  # a host: another site
    if not site.startswith("/"):
        head = site.split("/", 1)[0]
        # A climb into a language's folder (../../../en/latest/…) reaches that language's
        # edition of the page, not the page's own.
        return ("/" in site and "/" not in relative and "." in relative and "." not in head
                and ":" not in head and site.endswith("/" + relative) and not _language_folder("/" + site))
    if site.endswith("/" + relative):
        return True
    stem, dot, extension = relative.rpartition(".")
    return bool(dot) and extension in ("md", "mdx") and "." not in site.rsplit("/", 1)[-1] and site.endswith(
        "/" + stem)


_HOST_OF_LINK = lazy(r"(=)(?:https?:)?//[^/\s>]++(?=/)")


def _hosted_elsewhere(tag_a: str, tag_b: str) -> bool:
    """Whether two HTML tags differ only in the host of a link attribute, one side's from
    the site's root (``<img src=/img/x.png>``) and the other's with the site's address
    (``<img src=https://fastapi.tiangolo.com/img/x.png>``): the same file, linked in full."""
    if not (tag_a.startswith("<") and tag_b.startswith("<")) or tag_a == tag_b:
        return False
    return _HOST_OF_LINK.sub(r"\1", tag_a) == _HOST_OF_LINK.sub(r"\1", tag_b)


def _tag_localised(tag_a: str, tag_b: str) -> bool:
    """Whether two HTML tags differ only in a language tag of a file they link, the
    picture drawn with each language's words (``<img src=x/perspective_en.png>`` /
    ``<img src=x/perspective_cn.png>``).

    >>> _tag_localised("<img src=x/perspective_en.png>", "<img src=x/perspective_cn.png>")
    True
    >>> _tag_localised("<img src=x/perspective.png>", "<img src=x/overview.png>")
    False
    """
    return tag_a.startswith("<") and tag_b.startswith("<") and tag_a != tag_b and _language_swapped(tag_a, tag_b)


# The words of a search (google.com/search?q=tabs+vs+spaces), which a translation translates.
_SEARCH_TERMS = lazy(r"(?<=[?&](?:q|query|search))=[^&#]*+")


def _other_edition(host_a: str, host_b: str) -> bool:
    """Whether `host_b` is another language's edition of the site whose edition in its
    own language `host_a` links (`en.wikipedia.org` kept in a German page where the English
    one links `{lang}.wikipedia.org`): each version's link goes to the same site, the page
    named in the edition's language.

    >>> _other_edition("{lang}.wikipedia.org", "en.wikipedia.org"), _other_edition("{lang}.x.org", "api.x.org")
    (True, False)
    """
    code, _, site = host_b.partition(".")
    return host_a.startswith("{lang}.") and site == host_a[7:] and len(code) == 2 and known_language(code)


def _edition(value_a: str, value_b: str) -> bool:
    """Another site that is an edition of the same one in a language: the same path of at
    least two folders, hosts that share a name, one of them with a language code that the
    other lacks (vite.dev/guide/assets.html and vite-docs.ru/guide/assets.html), or the
    code of a territory whose readers it serves (vuejs.org/guide/x.html and
    cn.vuejs.org/guide/x.html, ja.vuejs.org's Japanese edition alike)."""
    host_a, _, path_a = value_a.partition("/")
    host_b, _, path_b = value_b.partition("/")
    # An edition may serve its pages at clean addresses (cn.vitejs.dev/guide/api-hmr for
    # vitejs.dev/guide/api-hmr.html) and names its sections in its language (es.vite.dev/
    # plugins/#vite-plugin-react for vite.dev/plugins/#vitejs-plugin-react); its home page
    # is its root.
    path_a, path_b = (path.partition("#")[0].removesuffix(".html") for path in (path_a, path_b))
    if path_a != path_b or (path_a.count("/") < 1 and path_a):
        return False
    labels_a, labels_b = set(regex.split(r"[.-]", host_a.lower())), set(regex.split(r"[.-]", host_b.lower()))
    if not any(len(label) >= 3 for label in labels_a & labels_b - {"www", "com", "org", "net", "docs", "dev"}):
        return False
    return any(len(label) == 2 and (known_language(label) or known_territory(label)) for label in labels_a ^ labels_b)


_CODE_SPAN = lazy(r"`++[^`\n]*+`++")
_FENCED = lazy(r"^[ \t]*+(`{3,}|~{3,})[^\n]*+\n.*?^[ \t]*+\1[ \t]*+$", regex.M | regex.S)
_PROSE_WORD = AsciiTwin(r"\p{L}[\p{L}\p{N}]*+", r"[A-Za-z][A-Za-z0-9]*+")
_LOWER_WORD = lazy(r"[a-z]{2,}+")
_QUOTE_MARKS = regex.escape("“”\"「」『』‘’'«»„‹›")
# Inline code that reads as code without its marks: one token with a digit, a capital
# or a mark of code in it (bzip2, TreeSelect, treeData, Select, localhost:9999, a.b).
_CODE_SHAPED = lazy(r"(?=\S*[\p{Lu}\p{N}._:/@#$<>()\[\]=-])\S++")
_DIGIT_MARK = lazy(r"\p{N}[._:/+-]|[._:/+-]\p{N}")  # 3.7.0+, 1.8+, v2-beta: a version, not a count
# The prose words of the last documents asked about (a check compares one pair at a time).
_PROSE_WORDS: dict[str, frozenset[str]] = {}


def prose_words(text: str) -> frozenset[str]:
    """The case-folded words a Markdown text writes outside code (fenced blocks, inline code).

    >>> sorted(prose_words("Use `gzip` here." + chr(10) + "```sh" + chr(10) + "tar" + chr(10) + "```"))
    ['here', 'use']
    """
    words = _PROSE_WORDS.get(text)
    if words is None:
        if "`" in text or "~~~" in text:
            # Read between the fenced blocks, line by line, not in a copy of the text without
            # them: a whole catalogue's text is tens of MB (four bytes a character, once
            # one emoji is in it). A fenced block takes whole lines and inline code no line
            # break, so no code span runs over where a block was.
            words = frozenset(word for piece in _pieces_between_fences(text)
                              for word in _PROSE_WORD.findall(_CODE_SPAN.sub(" ", piece).casefold()))
        else:
            words = frozenset(word for piece in pieces(text) for word in _PROSE_WORD.findall(piece.casefold()))
        if len(_PROSE_WORDS) >= 16:
            _PROSE_WORDS.clear()
        _PROSE_WORDS[text] = words
    return words


@functools.lru_cache(maxsize=4)
def prose_text(text: str) -> str:
    """A Markdown text outside code (fenced blocks and inline code blanked out), for the
    few values looked for as the text writes them in its prose."""
    return "\n".join(_CODE_SPAN.sub(" ", piece) for piece in _pieces_between_fences(text))


def without_code_spans(text: str) -> str:
    """A text with its inline code blanked out, a space for each character (offsets kept)."""
    return _CODE_SPAN.sub(lambda m: " " * len(m.group()), text) if "`" in text else text


def code_word(code: str, ignore_case: bool = False) -> str:
    """The pattern of `code` written whole: no letter, digit or underscore of a longer
    identifier on either side."""
    return rf"{'(?i)' if ignore_case else ''}(?<![\p{{Latin}}0-9_]){regex.escape(code)}(?![\p{{Latin}}0-9_])"


def _pieces_between_fences(text: str, size: int = 1 << 16):
    """The text outside fenced code blocks, in pieces of about `size` characters cut at
    line breaks (as `patterns.pieces`)."""
    start = 0
    for fence in (*_FENCED.finditer(text), None):
        stop = fence.start() if fence is not None else len(text)
        while start <= stop:
            end = text.find("\n", start + size, stop)
            if end < 0:
                end = stop
            yield text[start:end]
            start = end + 1
        if fence is not None:
            start = fence.end()


def written_as_text(code: str, text: str, source_words: frozenset[str] = frozenset()) -> bool:
    """Whether Markdown `text` writes inline code's value as it is, outside code marks
    (``bzip2`` for `` `bzip2` ``, ``类似 Select`` for `` `Select` ``): the translator
    dropped the marks, not the value. Only a value that still reads as code counts: a
    lower-case word or a phrase without its marks reads as words of the sentence
    (`` `color` `` written color, `` `yarn test` ``), unless the source (whose prose
    words are `source_words`) writes none of its words outside code (`` `gzip` ``
    written gzip: a word of code only). Next to a letter of another script
    (``使用TreeSelect``) the value still stands alone.

    >>> written_as_text("localhost:9999", "(localhost:9999 zu example.org:80)")
    True
    >>> written_as_text("bzip2", "use `bzip2 -d` or gunzip"), written_as_text("bzip2", "bzip2a")
    (False, False)
    >>> written_as_text("color", "color プロパティー", frozenset({"color", "the"}))
    False
    >>> written_as_text("gzip", "gzip や bzip2", frozenset({"compression", "method"}))
    True
    >>> written_as_text("gzip", "「gzip」や bzip2", frozenset({"compression", "method"}))
    False
    >>> written_as_text("vela cli", "通过 vela cli 指定", frozenset({"vela", "cli"}))
    True
    >>> written_as_text("Helm 3.7.0+", "- Installed Helm 3.7.0+", frozenset({"helm", "使用"}))
    True
    >>> written_as_text("markdown", "你可以用 Markdown 写作"), written_as_text("markdown", "write Markdown")
    (True, False)
    >>> written_as_text("page", "**Article (page)**", frozenset({"page"}))
    True
    """
    code = " ".join(code.split())
    if _LOWER_WORD.fullmatch(code):
        # A word of code capitalised as a name in a sentence of another script (`markdown`
        # in 用 Markdown 写作, `ejs` as EJS) is the value kept.
        bare = without_code_spans(text)
        if any(variant in bare and _amid_other_script(variant, " ".join(bare.split()))
               for variant in (code.capitalize(), code.upper())):
            return True
    if code and code not in text and " " not in code:
        # A word of code retyped in another case in a sentence of another script (`Ready`
        # in 未处于ready状态, `minavailable` as minAvailable) is the value kept.
        retyped = regex.search(code_word(code, ignore_case=True), text)
        if retyped and _amid_other_script(retyped.group(), " ".join(text.split())):
            code = retyped.group()
    if not code or code not in text:
        return False
    # A phrase holding a version or another token with a digit (`Helm 3.7.0+`, a
    # requirement written plain "Installed Helm 3.7.0+") still reads as that value.
    shaped = _CODE_SHAPED.fullmatch(code) is not None or (" " in code and any(
        _CODE_SHAPED.fullmatch(token) and _DIGIT_MARK.search(token) for token in code.split()))
    bare = without_code_spans(text)
    if not shaped and regex.fullmatch(r"[a-z][a-z0-9-]*+(?: [a-z][a-z0-9-]*+)++", code) and _amid_other_script(
            code, " ".join(bare.split())):
        # 通过 vela cli 指定: a phrase of Latin words in a sentence of another script is the
        # value kept (one word, `color` written color, may be a word of the sentence)
        return True
    if not shaped and " " not in code and f"({code})" in bare:
        # A word alone in brackets ("**Article (page)**" for "**Article (`page`)**") names
        # the value: it is not a word of the sentence. (A phrase in brackets, the label
        # of a button translated before it, is the code turned into text.)
        return True
    if not shaped and (not source_words or any(w in source_words for w in _PROSE_WORD.findall(code.casefold()))):
        return False
    # A word set in quotation marks instead (「color」) was marked as a term: its code
    # marks were swapped, not dropped with the value still plain (see values._quoted).
    before, after = ("", "") if shaped else (_QUOTE_MARKS, _QUOTE_MARKS)
    pattern = (rf"(?<![\p{{Latin}}0-9_@./\\{before}-]){regex.escape(code)}"
               rf"(?![\p{{Latin}}0-9_@/\\{after}-]|[.:][A-Za-z0-9])")
    return regex.search(pattern, " ".join(bare.split())) is not None


_NEIGHBOUR = r"[\s\p{P}--[" + _QUOTE_MARKS + r"]]{0,2}+"


def _amid_other_script(code: str, text: str) -> bool:
    """Whether `code` stands in `text` between letters of a script other than Latin (or
    the text's ends), quotation marks aside: in a Chinese or Japanese sentence, Latin
    words are the value itself, not words of the sentence.

    >>> _amid_other_script("vela cli", "通过 vela cli 指定"), _amid_other_script("yarn test", "run yarn test now")
    (True, False)
    """
    pattern = (rf"(?:^|(?<=[\p{{L}}--\p{{Latin}}]{_NEIGHBOUR})){regex.escape(code)}"
               rf"(?=(?:{_NEIGHBOUR}[\p{{L}}--\p{{Latin}}]|{_NEIGHBOUR}$))")
    return regex.search(pattern, text, regex.V1) is not None


def names_a_placeholder(code: str, source: str, end: int, translation: str) -> bool:
    """Whether inline code ending at `end` in the `source` names a placeholder of the
    command line its paragraph describes, the next block (`` `count` `` before
    ``tail -n {{count}}``, tldr's convention), and the `translation` translated that
    placeholder (``{{recuento}}``): the name is a description, translated with it.

    >>> text = "- Show last `count` lines:" + chr(10) * 2 + "`tail -n {{count}}`"
    >>> names_a_placeholder("count", text, 18, "`tail -n {{recuento}}`")
    True
    >>> names_a_placeholder("count", text, 18, "`tail -n {{count}}`")
    False
    """
    name = "{{" + code.strip() + "}}"
    if name == "{{}}" or name in translation:
        return False
    block_end = source.find("\n\n", end)
    if block_end < 0:
        return name in source[end:]
    next_end = source.find("\n\n", block_end + 2)
    return name in source[end:next_end if next_end >= 0 else len(source)]


def _names_changed(a: Candidate, b: Candidate) -> bool:
    """Whether the words that differ between two literals are parts of names (paths,
    placeholders, file names) or words of the target language rather than commands:
    `<branch>` -> `<rama>` and `'a' or 'b'` -> `'a' 또는 'b'` are localised examples,
    `npm run build` -> `npm run dev` is another command."""
    text_a, text_b = _shown(a), _shown(b)
    if text_a.lower() == text_b.lower() and " " not in text_a.strip("`"):
        return True  # `import` written `Import`: German capitalises the noun
    changed_a = set(text_a.strip("`").split()) - set(text_b.strip("`").split())
    changed_b = set(text_b.strip("`").split()) - set(text_a.strip("`").split())
    if not changed_a or not changed_b:
        return False
    in_code = a.value.startswith("code:")  # in a code block every word is an identifier
    if all(in_code or _NAME_LIKE.search(token) or _IDENTIFIER.fullmatch(token) for token in changed_a | changed_b):
        return True
    return any(_NON_ASCII_LETTER.search(token) for token in changed_b)


def _shown(candidate: Candidate) -> str:
    return next(iter(candidate.occurrences.values())).text if candidate.occurrences else candidate.value


def _language_swapped(text_a: str, text_b: str) -> bool:
    """Whether two names differ only in a language tag each holds (``zh-CN.json`` /
    ``ru.json``, ``ar/`` / ``ru/``, ``x_en.png`` / ``x_cn.png``: China's code stands for
    Chinese in many a file name). A name that is no language's (the ``img`` of
    ``/img/x_cn.png``) must be the same in both.

    >>> _language_swapped("/img/partition_cn.png?raw=true", "/img/partition_en.png?raw=true")
    True
    >>> _language_swapped("/img/partition_cn.png", "/pic/partition_en.png"), _language_swapped("x/a.png", "x/b.png")
    (False, False)
    >>> _language_swapped("github.com/x/v1.3.0/proxy_1.3.0_linux", "github.com/x/v1.3.0/proxy_1.3.0.linux")
    False
    """
    def tagged(text: str) -> tuple[str, int]:
        known = [0]

        def tag(match: regex.Match) -> str:
            if known_language(match[0]) or known_territory(match[0]):
                known[0] += 1
                return "{lang}"
            return match[0]

        return _LANG_NAME.sub(tag, text), known[0]

    (shape_a, tags_a), (shape_b, tags_b) = tagged(text_a), tagged(text_b)
    return tags_a > 0 and tags_b > 0 and shape_a == shape_b


# Inline code that is one comment, whole, of words: `// …`, `/// …`, `//! …` (Rust's
# documentation comments), `/* … */`, `<!-- … -->`.
_COMMENT_SPAN = lazy(r"(?P<open>//[/!]?+|/\*[*!]?+|<!--)[ \t]++\S[^\n]*?[ \t]\S[^\n]*?(?P<close>\*/|-->)?+")


def _comment_translated(text_a: str, text_b: str) -> bool:
    """Whether two literals are each one comment of words, with the same marks: what the
    translation changed is the comment's prose, which translators translate (the
    comment-syntax examples of a tutorial, `//! Generate library docs …`).

    >>> _comment_translated("/* Block comments which go to the closing delimiter. */",
    ...                     "/* Comentarios de bloque que van al delimitador de cierre. */")
    True
    >>> _comment_translated("//! Generate library docs for the enclosing item.", "// Genera docs de librería.")
    False
    >>> _comment_translated("/* a */ x = 1", "/* b */ x = 2"), _comment_translated("# not a comment", "# kein")
    (False, False)
    """
    match_a, match_b = _COMMENT_SPAN.fullmatch(text_a), _COMMENT_SPAN.fullmatch(text_b)
    if match_a is None or match_b is None or match_a["open"] != match_b["open"] or match_a["close"] != match_b["close"]:
        return False
    return (match_a["close"] is not None) == match_a["open"].startswith(("/*", "<!--"))


def _prose_strings_only(text_a: str, text_b: str) -> bool:
    """Whether two literals differ only inside string literals that hold words (a space
    in them on both sides): the code around the strings is the same."""
    strings_a, strings_b = _STRING.findall(text_a), _STRING.findall(text_b)
    if not strings_a or len(strings_a) != len(strings_b):
        return False
    if _STRING.sub("''", text_a) != _STRING.sub("''", text_b):
        return False
    return all(x == y or (" " in x[1:-1].strip() and " " in y[1:-1].strip()) for x, y in zip(strings_a, strings_b))


def _rest_words_only(text_a: str, text_b: str) -> bool:
    """Whether what a reST ``literal`` lost is only words joining alternatives (``or``),
    <placeholders> and %(placeholders)s, or names made of words joined by ``_`` that the
    translation writes in its own words (``"app_label.model_name"`` /
    ``"étiquette_app.nom_modèle"``: a pattern to fill in): the code of Sphinx
    documentation is its API, identifiers and keywords included (``(start, stop,
    step)``, ``install``), never translated.

    >>> _rest_words_only("<field name>", "<nom_de_champ>"), _rest_words_only("%(field_name)s", "%(nom_champ)s")
    (True, True)
    >>> _rest_words_only('"app_label.model_name"', '"étiquette_app.nom_modèle"')
    True
    >>> _rest_words_only("key in dict", "ключ у dict"), _rest_words_only("max_length", "longueur_max")
    (False, False)
    """
    tokens_b = set(_REST_TOKEN.findall(text_b))
    lost = set(_REST_TOKEN.findall(text_a)) - tokens_b
    new = tokens_b - set(_REST_TOKEN.findall(text_a))
    # every new name joined by "_" and spelt with a letter outside ASCII, which an API
    # documented in English never has: words of a pattern, translated
    renamed = bool(new) and all("_" in token and _NON_ASCII_LETTER.search(token) for token in new)
    return all(token.startswith(("<", "%(")) or token.lower() in _CONNECTORS or (renamed and "_" in token)
               for token in lost)


# A reST inline literal's text.
_REST_LITERAL = lazy(r"``([^`\n]++)``")
# One word of letters: a field, a key or a value of an API (`transactions`, `Complete`),
# where a name of the reader's making joins words (`myIntegration`, `my-integration`).
_ONE_WORD = lazy(r"\p{L}\p{Ll}*+|\p{Lu}++")


# Languages that write every noun with a capital, so that a word of code read as a noun
# may take one in their prose (`import` / `Import` in German).
_NOUNS_CAPITALISED = frozenset({"de", "lb"})


def _capitalised(text_a: str, text_b: str, translation: Translation | None) -> bool:
    """Whether `text_b` is `text_a`, one word of letters, with its first letter made a
    capital (and nothing else), in a translation whose language capitalises its nouns.
    Elsewhere the capital is the code changed (`derive` / `Derive` in Spanish, an
    attribute that no longer exists), and so it is in a path (`fmt::Debug` / `Fmt::Debug`).

    >>> _capitalised("import", "Import", None), _capitalised("Cloneset", "CloneSet", None)
    (True, False)
    >>> _capitalised("Webhook", "webhook", None), _capitalised("import", "Import", Translation("zh", frozenset()))
    (False, False)
    >>> _capitalised("derive", "Derive", Translation("es", frozenset())), _capitalised("fmt::Debug", "Fmt::Debug", None)
    (False, False)
    """
    if translation is not None and base_language(translation.lang) not in _NOUNS_CAPITALISED:
        return False
    return text_a.isalpha() and text_a[:1].islower() and text_b[:1].isupper() and text_a[1:] == text_b[1:]


def _word_translated(text_a: str, text_b: str, translation: Translation | None) -> bool:
    """Whether inline code that is one word of letters in the source is one word of the
    translation's language in its place (`transactions` / `transações`, `Complete` /
    `完了した`): a user types the field or the value as the API spells it, so the literal
    changed. Not in a table's cell past the row's first (``translation.table_cell``),
    where a default the component shows in the reader's language is listed (`Cancel` /
    `取消`); in prose, only a word the source writes nowhere outside code (a label the
    reader also reads as a word, "the Cancel button", may be shown translated). The first
    cell of a row names the field.

    >>> _word_translated("address", "endereço", None), _word_translated("Failed", "失敗した", None)
    (True, True)
    >>> _word_translated("myIntegration", "minhaIntegracao", None), _word_translated("list", "List", None)
    (False, False)
    """
    if not _ONE_WORD.fullmatch(text_a) or text_a.lower() == text_b.lower():
        return False
    if translation is not None and (translation.table_cell == 2 or (
            translation.table_cell == 0 and text_a[:1].isupper() and text_a.casefold() in translation.source_prose)):
        return False
    return _ONE_WORD.fullmatch(text_b) is not None or (
        _NON_ASCII_LETTER.search(text_b) is not None and regex.fullmatch(r"[\p{L}\p{M}]++", text_b) is not None)


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions).

    >>> edit_distance("clear()", "clean()"), edit_distance("404.html", "404.htm")
    (1, 1)
    """
    previous = list(range(len(b) + 1))
    for i, ch_a in enumerate(a, start=1):
        current = [i]
        for j, ch_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch_a != ch_b)))
        previous = current
    return previous[-1]


# Endings by which a word of the prose may be a literal's word inflected (plural, gender).
_ENDINGS = ("s", "es", "e", "a", "en", "n", "i", "x")


@dataclass(frozen=True)
class Translation:
    """What tells a word of the translation's language: the language, and the words its
    prose writes (outside code, accents folded) that the source never writes."""

    lang: str
    words: frozenset[str]
    # The text of the translation's code block the literal is in, when it is in one.
    block: str = ""
    # Where the translation's literal stands in a Markdown table: 0 not in one, 1 in a
    # row's first cell (the field it names), 2 in a later one (type, default, description).
    table_cell: int = 0
    # The case-folded words the source writes outside code (see `prose_words`).
    source_prose: frozenset[str] = frozenset()
    # Whether the literal is in a catalogue entry whose source writes reST (a ``literal``
    # or a role), where `text` in single backticks is interpreted text, not inline code.
    rest: bool = False
    # The text of the translation's unit the literal is in (a catalogue entry, a paragraph).
    unit: str = ""
    # The code the translation's whole document writes (see `written_code`).
    code: str = ""


# Inline code (``literal`` in reST) and fenced code blocks.
_WRITTEN_CODE = lazy(r"^[ \t]*+(`{3,}|~{3,})[^\n]*+\n[\s\S]*?^[ \t]*+\1|(`++)[^`\n]++\2", regex.MULTILINE)


@functools.lru_cache(maxsize=4)
def written_code(text: str) -> str:
    r"""The code a document writes, its inline code and code blocks, one piece a line.

    >>> written_code("Use `ThisType<T>` here.\n\n```ts\nlet x: Keys;\n```\n")
    '`ThisType<T>`\n```ts\nlet x: Keys;\n```'
    """
    return "\n".join(m.group() for m in _WRITTEN_CODE.finditer(text))


def _kept_elsewhere(literal: str, code: str) -> bool:
    """Whether `code` writes `literal` as it is, a whole name (not part of a longer one)."""
    return bool(literal) and regex.search(rf"(?<![\w$]){regex.escape(literal)}(?![\w$])", code) is not None


def table_cell(text: str, start: int) -> int:
    """Where offset `start` of `text` stands in a Markdown table: 0 not on a row (a line
    that opens with ``|``), 1 in the row's first cell, which names the field or property,
    2 in a later one, which gives its type, default or description.

    >>> table_cell("| cancelText | `Cancel` |", 15), table_cell("| `address` | x |", 2), table_cell("x `a`", 2)
    (2, 1, 0)
    """
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].replace("\\|", "").lstrip()
    if not before.startswith("|"):
        return 0
    return 2 if "|" in before[1:] else 1


def translated_word(word: str, lost: set[str], translation: Translation | None) -> bool:
    """Whether a word that a literal of the translation has in place of the source's is a
    word of the translation's language: written in its own script, written in its prose,
    or a cognate of the word it replaces (``integracao`` for ``integration``, ``wenus``
    for ``venus``). An English word in place of another (``path`` for ``url``,
    ``generate`` for ``build``) is none: the literal changed.

    >>> fr = Translation("fr", frozenset({"configuration", "dossier"}))
    >>> translated_word("dossier", {"folder"}, fr), translated_word("path", {"url"}, fr)
    (True, False)
    >>> translated_word("integracao", {"integration"}, Translation("pt", frozenset()))
    True
    """
    if translation is None or _NON_ASCII_LETTER.search(word):
        return True
    if not latin_script(translation.lang):
        return False  # an ASCII word in a literal of a Chinese page is no Chinese word
    if _prose_word_of(word, translation):
        return True  # the word, inflected (``ramas`` for ``rama``), or words run together (``votreentreprise``)
    folded = unaccented(word)
    return len(folded) >= 4 and any(edit_distance(folded, unaccented(old)) <= 0.4 * max(len(folded), len(old))
                                    for old in lost)


def _compound(word: str, words: frozenset[str]) -> bool:
    """Whether a word is two or more words of `words` (of three letters or more) run together.

    >>> _compound("votreentreprise", frozenset({"votre", "entreprise"}))
    True
    """
    if len(word) < 6:
        return False
    for cut in range(3, len(word) - 2):
        if word[:cut] in words and (word[cut:] in words or _compound(word[cut:], words)):
            return True
    return False


# Inline code that is a title of words (`Vite Plugin Authors`), each capitalised, and a
# phrase of words in its place.
_TITLE_PHRASE = lazy(r"\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)++")
_WORD_PHRASE = lazy(r"\p{L}[\p{L}\p{M}]*+(?: \p{L}[\p{L}\p{M}]*+)++")
# A phrase of letters none of which is Latin (`默认任务参数`): words of the reader's own script.
_OWN_SCRIPT_PHRASE = lazy(r"(?!.*\p{Latin})[\p{L}\p{M}][\p{L}\p{M} ]*+")
# A title of capitalised words, or a menu path of them (`Project Management -> Project Name`).
_TITLE_PATH = lazy(r"\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)*+"
                   r"(?: ?+(?:->|>|→) ?+\p{Lu}\p{Ll}++(?: \p{Lu}\p{Ll}++)*+)*+")


# Inline code spans that make one format together (``[`Issue Type`][`Module Name`] `Issue
# Description```): two or more, joined by nothing but brackets, spaces, colons, dots,
# hyphens and underscores (no word, no comma of a list, no slash of alternatives).
_FORMAT_RUN = lazy(r"[\[(<{]?+`[^`\n]++`[\])>}]?+(?:[ \t:._-]*+[\[(<{]?+`[^`\n]++`[\])>}]?+)++")
_FORMAT_BRACKET = lazy(r"[\[(<{]`|`[\])>}]")
_FORMAT_CODE = lazy(r"`([^`\n]++)`")


@functools.lru_cache(maxsize=8)
def format_placeholders(page: str) -> frozenset[str]:
    """The inline code a page sets in a format, bracketed and joined to other code (a title
    format, ``[`Issue Type`][`Module Name`] `Issue Description```): each is a placeholder of
    the format, shown as the format reads, whose words a translation keeps verbatim inside
    its code marks (wherever the page names it), as it keeps the brackets around it.

    >>> sorted(format_placeholders("Title Format: [`Issue Type`][`Module Name`] `Issue Description`"))
    ['Issue Description', 'Issue Type', 'Module Name']
    >>> format_placeholders("Use `npm`, `yarn` or `pnpm`; see [`a`](x) and `b` / `c`.")
    frozenset()

    (Asked of whole pages, group after group: the last few pages' answers are kept.)
    """
    if page.count("`") < 4:
        return frozenset()
    return frozenset(code for run in _FORMAT_RUN.finditer(page) if _FORMAT_BRACKET.search(run.group())
                     for code in _FORMAT_CODE.findall(run.group()))


def _title_translated(text_a: str, text_b: str, translation: Translation | None) -> bool:
    """Whether inline code that is a title of capitalised words (`Vite Plugin Authors`, a
    scope or a label, no identifier: code never spells a phrase so) is written as a phrase
    of the translation's words (`Autores de Plugins para Vite`): the title translated,
    not code changed. A phrase in lower case (`yarn test`) is a command, not a title.

    >>> es = Translation("es", frozenset({"autores", "para"}))
    >>> _title_translated("Vite Plugin Authors", "Autores de Plugins para Vite", es)
    True
    >>> _title_translated("Vite Plugin Authors", "Vite Plugin Users", es), _title_translated("yarn test", "yarn prueba", es)
    (False, False)
    >>> _title_translated("Default Task Parameters", "默认任务参数", Translation("zh", frozenset()))
    True
    """
    if translation is None or not _TITLE_PHRASE.fullmatch(text_a):
        return False
    if not latin_script(translation.lang) and _OWN_SCRIPT_PHRASE.fullmatch(text_b):
        return True  # `Default Task Parameters` / `默认任务参数`: the title in the reader's own script
    if not _WORD_PHRASE.fullmatch(text_b):
        return False
    old = {w.lower() for w in text_a.split()}
    new = {w.lower() for w in text_b.split() if len(w) >= 3} - old
    lost = old - {w.lower() for w in text_b.split()}
    return any(translated_word(w, lost, translation) for w in new)


# Inline code of plain words (`Settings`, `edit button`, `trash can button`): each word
# of small letters, or capitalised, with no mark of code (no dot, slash, underscore or
# digit) and no identifier's shape (`myIntegration`, `HTTP`).
_PLAIN_WORDS = lazy(r"\p{Latin}\p{Ll}++(?: \p{Latin}\p{Ll}++)*+")


def label_in_own_script(text_a: str, text_b: str, lang: str) -> bool:
    """Whether inline code of plain words (`_PLAIN_WORDS`) is written, in a translation
    in a script of its own (`lang`), as words of that script only (`edit button` /
    `编辑`, `Settings` / `设置`): a label of the interface or a term the page sets off in
    code marks, which the translator may translate word for word, not code that changed
    (one edit away, or other code in its place, is a changed literal). Whether it is a
    label is the page's to tell (see `blame`): one word may be a value of an API
    (`Complete` / `완료`), and one phrase alone so translated among code the page keeps
    a literal changed (`reply all` / `回复所有`).

    >>> label_in_own_script("edit button", "编辑", "zh"), label_in_own_script("Settings", "设置", "zh")
    (True, True)
    >>> label_in_own_script("yarn.queue", "队列", "zh"), label_in_own_script("edit button", "editar", "es")
    (False, False)
    >>> label_in_own_script("edit button", "编辑 button", "zh"), label_in_own_script("myIntegration", "集成", "zh")
    (False, False)
    """
    if latin_script(lang) or not _PLAIN_WORDS.fullmatch(text_a):
        return False
    return _OWN_SCRIPT_PHRASE.fullmatch(text_b) is not None


# Letters of a script other than Latin; the tokens of code a code span keeps around them.
_OTHER_SCRIPT_LETTER = lazy(r"[^\P{L}\p{Latin}]", regex.V1)
_LATIN_TOKEN = lazy(r"[\p{Latin}\d_$]++")


def words_translated(text_a: str, text_b: str) -> bool:
    """Whether inline code `text_a`, which holds words of a script other than Latin, is
    written `text_b` with those words translated: no letter of them left, the code around
    them kept (every Latin token of `text_a` is one of `text_b`'s), as a page written in
    Chinese sets its terms in code marks (`zrender 事件` / `zrender events`, `[内半径,
    外半径]` / `[innerRadius, outerRadius]`, `完整代码` / `Full Code`): prose of the page,
    which its translator translates.

    >>> words_translated("zrender 事件", "zrender events"), words_translated("[内半径, 外半径]", "[innerRadius, outerRadius]")
    (True, True)
    >>> words_translated("数轴（axis）", "axis"), words_translated("完整代码", "Full Code")
    (True, True)
    >>> words_translated("echarts 事件", "zrender events"), words_translated("zrender events", "zrender 事件")
    (False, False)
    >>> words_translated("内半径", "内側半径"), words_translated("内半径", "1, 2")
    (False, False)
    """
    others = set(_OTHER_SCRIPT_LETTER.findall(text_a))
    if not others or others & set(_OTHER_SCRIPT_LETTER.findall(text_b)) or not regex.search(r"\p{L}", text_b):
        return False
    kept = {token.casefold() for token in _LATIN_TOKEN.findall(text_b)}
    return all(token.casefold() in kept for token in _LATIN_TOKEN.findall(text_a))


# Inline code of words in a script other than Latin and nothing else: `臭代码`, `方法 名`.
_OTHER_SCRIPT_WORDS_ONLY = lazy(r"`[^\P{L}\p{Latin}][^\p{Latin}\p{N}`()\[\]{}<>=./\\_$@#:;\"']*+`")


def words_in_code_marks(value: str, other_text: str) -> bool:
    """Whether inline code `value` is words of a script other than Latin alone (`` `臭代码` ``,
    "code smell"), which a translation written without any letter of that script
    (`other_text`) gives in its own words, in quotation marks or none: the page's prose in
    code marks, not code (`words_translated` for such a span the translation changed).

    >>> words_in_code_marks("`臭代码`", 'if the `method` is "smelly code"'), words_in_code_marks("`臭代码`", "是`臭代码`")
    (True, False)
    >>> words_in_code_marks("`方法()`", "the `method()`"), words_in_code_marks("`x`", "the x")
    (False, False)
    """
    if not _OTHER_SCRIPT_WORDS_ONLY.fullmatch(value):
        return False
    return not set(_OTHER_SCRIPT_LETTER.findall(value)) & set(_OTHER_SCRIPT_LETTER.findall(other_text))


# A name of capitalised Latin words, one of them at least a word of its own (`OpenFunction
# Gateway`, `Kubernetes Gateway`); and what the translation may write for it: words, no marks.
_CAPITALISED_NAME = lazy(r"\p{Lu}[\p{Latin}\p{N}]*+(?: \p{Lu}[\p{Latin}\p{N}]*+)++")
# A word that names a product by its shape: capitals inside it (`OpenFunction`, `CommonJS`),
# an acronym (`AWS`), or a digit (`K8s`), where a capitalised common word (`Issue`) is a title's.
_PRODUCT_WORD = lazy(r"\p{Lu}\p{Ll}++\p{Lu}[\p{L}\p{N}]*+|\p{Lu}{2,}+[\p{L}\p{N}]*+|[\p{L}\p{N}]*?\p{N}[\p{L}\p{N}]*+")
_WORDS_AND_SPACES = lazy(r"[\p{L}\p{M}\p{N} ]++")


def name_partly_translated(text_a: str, text_b: str) -> bool:
    """Whether inline code that is a name of capitalised Latin words (`OpenFunction
    Gateway`) is written with some of its words kept as they are and the others in words
    of another script (`OpenFunction 网关`): a product's or a resource's name, which the
    code marks say to type as it is, changed, not a title translated (one given whole in
    the reader's script, `Default Task Parameters` / `默认任务参数`, is `_title_translated`'s).

    >>> name_partly_translated("OpenFunction Gateway", "OpenFunction 网关")
    True
    >>> name_partly_translated("Kubernetes Gateway", "Kubernetes网关")
    True
    >>> name_partly_translated("Default Task Parameters", "默认任务参数"), name_partly_translated("edit button", "编辑 button")
    (False, False)
    >>> name_partly_translated("OpenFunction Gateway", "OpenFunction Gateway API"), name_partly_translated("A B", "A.b 网关")
    (False, False)
    """
    return bool(_kept_words(text_a, text_b))


def _kept_words(text_a: str, text_b: str) -> list[str]:
    """The words `name_partly_translated` finds kept, as `text_b` writes them (none where it
    answers False): `localised` asks whether one of them names a product by its shape."""
    if not _CAPITALISED_NAME.fullmatch(text_a) or not _WORDS_AND_SPACES.fullmatch(text_b) \
            or not _OTHER_SCRIPT_LETTER.search(text_b):
        return []
    words_a = set(text_a.split())
    kept = _LATIN_TOKEN.findall(text_b)
    return kept if kept and all(word in words_a for word in kept) and len(set(kept)) < len(words_a) else []


# Words that tell a label of an interface in English prose: the action on it before it
# ("click `Create Workflow`"), the kind of control after it ("the `Create Workflow` button").
_ACTION_BEFORE = lazy(r"(?i)\b(?:click|clicks|clicking|select|choose|press|tap|open|go to|navigate to)"
                      r"(?: on)?(?: the)? *+$")
_CONTROL_AFTER = lazy(r"(?i)^ *+(?:button|tab|menu|page|dialog|field|option|panel|icon|checkbox|link)s?\b")


def interface_label(text: str, start: int, end: int) -> bool:
    """Whether the inline code at `start`-`end` of an English text is a label of the
    interface by the words around it: a menu path, or a control clicked or named.

    >>> text = "Click `Project Management -> Project Name`, and click the `Create Workflow` button."
    >>> interface_label(text, 6, 42), interface_label(text, 58, 75), interface_label("as `Consensus Approval` if", 3, 23)
    (True, True, False)
    """
    if regex.search(r"->|→| > ", text[start:end]):
        return True
    return _ACTION_BEFORE.search(text, max(0, start - 40), start) is not None \
        or _CONTROL_AFTER.match(text, end, end + 20) is not None


# Inline code; and what sets a label off in a translation: inline code, a quotation, or a
# menu path's arrow (项目管理 -> 项目名称).
_INLINE_CODE = lazy(r"`[^`\n]++`")
_SET_OFF = lazy(r"`[^`\n]++`|[“\"「『][^”\"」』\n]{1,40}[”\"」』]|[^\s,，。：:;；“”]+(?: ?+(?:->|→) ?+[^\s,，。：:;；“”]+)++")


def labels_clicked(text: str) -> int:
    """How many inline codes of a text are labels of the interface (`interface_label`),
    titles of capitalised words or menu paths of them.

    >>> labels_clicked("Click the `New Role` button, fill in `name`. Click the `Create` button then complete.")
    2
    """
    return sum(1 for code in _INLINE_CODE.finditer(text)
               if _TITLE_PATH.fullmatch(code.group()[1:-1]) and interface_label(text, code.start(), code.end()))


def holds_inline_code(text: str) -> bool:
    """Whether a text writes any inline code."""
    return _INLINE_CODE.search(text) is not None


def labels_set_off(text: str) -> int:
    """How many labels a translation sets off in its text: inline code, quotations and
    menu paths.

    >>> labels_set_off("点击项目管理 -> 项目名称 -> 工作流定义，点击“创建工作流”按钮")
    2
    """
    return len(_SET_OFF.findall(text))


def title_in_own_words(code: str, lang: str, text: str) -> bool:
    """Whether inline code is a title of capitalised words or a menu path of them
    (`Create Workflow`, `Project Management -> Project Name`, `Submit`: by the words
    around it, `interface_label`, a label of the interface) that a translation in a script of its own (`lang`) does not hold in
    its text (`text`), not one of its words: it names the label in its readers' words,
    as their edition of the interface shows it ("点击“创建工作流”按钮"), its code marks
    dropped with the English.

    >>> title_in_own_words("`Create Workflow`", "zh", "点击“创建工作流”按钮")
    True
    >>> title_in_own_words("`Project Management -> Project Name`", "zh", "点击项目管理 -> 项目名称")
    True
    >>> title_in_own_words("`Create Workflow`", "zh", "点击 Workflow 按钮"), title_in_own_words("`docker compose`", "zh", "运行")
    (False, False)
    """
    if len(code) < 3 or not (code.startswith("`") and code.endswith("`")) or latin_script(lang) \
            or not _TITLE_PATH.fullmatch(code[1:-1]):
        return False
    # (Latin runs only: Chinese glues its words to a name, "分配WorkerGroup")
    words = {w.casefold() for w in _LATIN_RUNS.findall(text)}
    return not any(w.casefold() in words for w in _LATIN_RUNS.findall(code))


# A word of the source's literal that a placeholder of the translation stands for.
_PLACED_WORD = r"(\p{Ll}++|<[^<>\n]++>)"
_WORDS_ONLY = lazy(r"\p{L}++(?: \p{L}++)*+")


def _interpreted_words(text_a: str, text_b: str, translation: Translation) -> bool:
    """Whether reST interpreted text with no role (`running`: docutils' default role is
    the title reference, shown as a citation) holds words of prose in the source and words
    of the translation's language in the translation: translated, as a title is.

    >>> ja = Translation("ja", frozenset(), rest=True)
    >>> _interpreted_words("running", "実行", ja), _interpreted_words("running", "walking", ja)
    (True, False)
    >>> _interpreted_words("os.path", "os.パス", ja)
    False
    """
    if not _WORDS_ONLY.fullmatch(text_a) or not _WORDS_ONLY.fullmatch(text_b) or text_a.lower() == text_b.lower():
        return False
    lost = {w.lower() for w in text_a.split()}
    return any(translated_word(w, lost, translation) for w in text_b.split() if w.lower() not in lost)


# A literal's words (identifiers with their digits and underscores) and what parts them.
_TOKEN = lazy(r"([\p{L}\p{M}\p{N}_]++)")
# A word of prose: lower case, or capitalised (a noun of German), of three letters or more.
_PLAIN_WORD = lazy(r"\p{Ll}{3,}+|\p{Lu}\p{Ll}{2,}+")
# ... and one in its place: a word too, not an identifier (``ModelForm`` for ``object``).
_NEW_WORD = lazy(r"[\p{Ll}\p{Lu}][\p{Ll}\p{M}]*+")


def _example_words_translated(text_a: str, text_b: str, translation: Translation | None) -> bool:
    """Whether a reST literal is the source's with the words of its example translated
    (``$set(target,%source%)`` / ``$set(ziel,%quelle%)``, ``COMM:description`` /
    ``COMM:Beschreibung``, ``text`` / ``Text``: the names of a function's arguments, a
    description to fill in, words to truncate): its marks and everything else the same,
    each word that differs a plain word of three letters or more (no identifier, no name of
    a function, ``$firstwords(`` or ``.upper(``) written as a word of the translation's
    language (see `translated_word`) or capitalised (German capitalises nouns), more than
    a slip of the keyboard apart (``clear`` / ``clean``). A number may change with the
    words it counts (``$firstwords(one two three,10)`` / ``(eins zwei drei,11)``), never
    alone. A word the translation keeps elsewhere in its unit's literals was not
    translated as the example's (``dict.has_key(key)`` kept beside ``ключ у dict``).

    >>> de = Translation("de", frozenset({"ziel", "quelle", "eins", "zwei", "drei"}))
    >>> _example_words_translated("$set(target,%source%)", "$set(ziel,%quelle%)", de)
    True
    >>> _example_words_translated("$firstwords(one two three,10)", "$firstwords(eins zwei drei,11)", de)
    True
    >>> _example_words_translated("$set(target,%source%)", "$copy(target,%source%)", de)
    False
    >>> _example_words_translated("$firstwords(one two three,10)", "$firstwords(one two three,11)", de)
    False
    >>> _example_words_translated("clear()", "clean()", de), _example_words_translated("text", "Text", de)
    (False, True)
    >>> _example_words_translated("object", "ModelForm", Translation("fr", frozenset({"modelform"})))
    False
    >>> _example_words_translated("import", "importar", Translation("es", frozenset({"importar"})))
    False
    >>> _example_words_translated("else", "dann", Translation("de", frozenset({"dann", "bedingung"}),
    ...                           unit="Wenn ``bedingung`` nicht leer ist, andernfalls ``dann``."))
    True
    """
    if translation is None or text_a == text_b or not latin_script(translation.lang):
        return False
    if keyword.iskeyword(text_a.strip()) and not any(
            literal != text_b and _ONE_WORD.fullmatch(literal) and _prose_word_of(literal, translation)
            for literal in _REST_LITERAL.findall(translation.unit)):
        # ``import`` written ``importar``: a keyword of Python alone is code, unless the entry
        # translates the other words of its example with it (``$if(condition,then,else)``
        # explained as ``bedingung``, ``wenn``, ``dann``: names of arguments)
        return False
    parts_a, parts_b = _TOKEN.split(text_a), _TOKEN.split(text_b)
    if len(parts_a) != len(parts_b) or parts_a[::2] != parts_b[::2]:
        return False  # another shape: marks added, dropped or moved
    translated = numbers = 0
    for i in range(1, len(parts_a), 2):
        old, new = parts_a[i], parts_b[i]
        if old == new:
            continue
        if old.isdigit() and new.isdigit():
            numbers += 1
            continue
        before, after = parts_a[i - 1], parts_a[i + 1]
        if not _PLAIN_WORD.fullmatch(old) or not _NEW_WORD.fullmatch(new) or before.endswith(
                ("$", ".", "-", "@", "/", "\\", "#", "&")) or after.startswith(("(", ".")):
            return False  # an identifier, a function, an attribute or an option: the code's own
        if old.casefold() == new.casefold():
            if not _capitalised(old, new, translation):
                return False
        elif edit_distance(old.casefold(), new.casefold()) < 2 or not _prose_word_of(new, translation):
            return False
        if translation.unit and regex.search(rf"``[^`]*?(?<![\w$]){regex.escape(old)}(?!\w)[^`]*?``",
                                             translation.unit.replace(text_b, "")):
            return False  # the word kept in another literal of the unit: this one changed
        translated += 1
    return translated > 0


def _prose_word_of(word: str, translation: Translation) -> bool:
    """Whether the translation's prose writes `word` (or the word inflected, or words of it
    run together) where the source never does: a word of its language, not a name
    spelt another way (``securepip`` for ``ensurepip``).

    >>> de = Translation("de", frozenset({"ziel", "quellen"}))
    >>> _prose_word_of("Ziel", de), _prose_word_of("quelle", de), _prose_word_of("securepip", de)
    (True, True, False)
    """
    folded = unaccented(word)
    return folded in translation.words or (len(folded) >= 4 and any(
        folded + ending in translation.words for ending in _ENDINGS)) or _compound(folded, translation.words)


def _placeholder_translated(text_a: str, text_b: str, translation: Translation | None) -> bool:
    """Whether the translation's literal is the source's with a placeholder in the
    reader's words (``<说明>``, ``<raison>``) where the source has a plain lower-case word
    or a placeholder (``reason``, ``<explanation>``): an example of what to type, whose
    code is kept, localised.

    >>> zh = Translation("zh", frozenset())
    >>> _placeholder_translated("biome-ignore lint/a: reason", "biome-ignore lint/a: <说明>", zh)
    True
    >>> _placeholder_translated("biome-ignore lint/a: reason", "biome-ignore lint/b: <说明>", zh)
    False
    >>> _placeholder_translated("lint/plugin", "<说明>", zh), _placeholder_translated("a: Reason", "a: <说明>", zh)
    (False, False)
    """
    if translation is None or "<" not in text_b or text_a == text_b:
        return False
    parts = _FILL_IN.split(text_b)
    holes = _FILL_IN.findall(text_b)
    if not holes or len(parts) != len(holes) + 1 or not any(p.strip() for p in parts):
        return False  # a literal that is one placeholder says nothing kept
    pattern = _PLACED_WORD.join(regex.escape(p) for p in parts)
    match = regex.fullmatch(pattern, text_a)
    if match is None:
        return False
    changed = [(old, new) for old, new in zip(match.groups(), holes) if old != new]
    return bool(changed) and all(
        any(translated_word(w, {old.strip("<>")}, translation) for w in WORD_PARTS.findall(new))
        for old, new in changed)


def localised(a: Candidate, b: Candidate, source_words: frozenset[str],
              translation: Translation | None = None) -> bool:
    """Whether literal `b` is `a` with its words translated: the same shape (punctuation,
    digits, extensions), more than a slip of the keyboard apart (``clear()`` against
    ``clean()`` is another call), and among the words that differ one the source never
    uses (``minhaIntegracao`` for ``myIntegration``; ``defineConfigWithTheme`` for
    ``defineConfig`` is another call, its words all the source's own)."""
    if "{{…" in a.value or "{{…" in b.value:
        return False  # a command line's placeholders are compared by shape: what differs is the command
    text_a, text_b = _shown(a).strip("`"), _shown(b).strip("`")
    if type_words_changed(text_a, text_b):
        return False  # `Vec<number>` written `Vec<numero>`: another type, not an example renamed
    if translation is not None and translation.block and regex.search(
            rf"(?<![\w$]){regex.escape(text_a)}(?![\w$])", translation.block):
        return False  # ``prefix`` written ``prefiks`` on one line, ``prefix`` still on the others
    if a.value.startswith("`") and translation is not None and text_a.lower() != text_b.lower() \
            and _kept_elsewhere(text_a, translation.code):
        # `preserve` written `pertahankan` in one sentence where the translation's own code
        # and its other sentences keep `preserve`: not the example renamed, this literal changed
        return False
    if text_a != text_b and _comment_translated(text_a, text_b):
        return True  # `/* Block comments … */` written `/* Comentarios de bloque … */`: a comment's prose
    if text_a != text_b and _prose_strings_only(text_a, text_b):
        return True  # ``ask_ok('OK to overwrite the file?', 2)``: only a message was translated
    if _language_swapped(text_a, text_b):
        return True  # an example's zh-CN.json written ru.json: the translation's own language
    bare_a, bare_b = text_a.strip("'\",;"), text_b.strip("'\",;")
    if _PLACEHOLDER_NAME.fullmatch(bare_a) and _PLACEHOLDER_NAME.fullmatch(bare_b) and "_" in bare_a + bare_b:
        return True  # 'YOUR_INDEX_NAME' written 'VOTRE_NOM_D_INDEX': a placeholder to fill in
    if a.value.startswith("`") and not a.value.startswith("``") and translation is not None and translation.rest:
        if _interpreted_words(text_a, text_b, translation):
            return True  # `running` written `実行`: the default role is a title reference, prose
    elif a.value.startswith("`") and not a.value.startswith("``") and _word_translated(text_a, text_b, translation):
        return False  # `transactions` written `transações`: a field the reader types, renamed
    if a.value.startswith("`") and not a.value.startswith("``") \
            and any(_PRODUCT_WORD.fullmatch(word) for word in _kept_words(text_a, text_b)):
        # `OpenFunction Gateway` written `OpenFunction 网关`: a product's name changed in code
        # marks (a title of common words, `Issue Type` / `Issue 类型`, is the translator's)
        return False
    if _placeholder_translated(text_a, text_b, translation):
        return True  # `biome-ignore lint/x: reason` written `…: <说明>`: what to type, in the reader's words
    if _title_translated(text_a, text_b, translation):
        return True  # `Vite Plugin Authors` written `Autores de Plugins para Vite`: a title, not code
    if text_a != text_b and PROSE_ELLIPSIS.sub("…", text_a) == PROSE_ELLIPSIS.sub("…", text_b):
        return True  # ``$or(a,b ...)`` written ``$or(a,b …)``: the prose's ellipsis, typeset
    if a.value.startswith("``") and _example_words_translated(text_a, text_b, translation):
        return True  # ``$set(target,%source%)`` written ``$set(ziel,%quelle%)``: the example's words
    if text_a == text_b or skeleton(_FILL_IN.sub("<a>", text_a)) != skeleton(_FILL_IN.sub("<a>", text_b)) \
            or not _names_changed(a, b):
        return False
    if a.value.startswith("``") and not _rest_words_only(text_a, text_b):
        return False  # ``key in dict`` written ``ключ у dict``: code in a catalogue no longer runs
    if text_a.lower() == text_b.lower():
        # `import` written `Import` (German capitalises the noun); `list[str]` written
        # `List[str]` is another type, and so are `Cloneset` / `CloneSet` and `Webhook` /
        # `webhook` (a capital inside a name, or one dropped, is no noun of a sentence)
        return "[" not in text_a and _capitalised(text_a, text_b, translation)
    if _system_folders_translated(text_a, text_b):
        return False  # `~/Library/Sounds` written `~/ライブラリ/Sounds`: the folder as a file manager shows it
    if _NON_ASCII_LETTER.search(text_b) and not _NON_ASCII_LETTER.search(text_a):
        return True  # words of another script
    new = {w.lower() for w in WORD_PARTS.findall(text_b) if len(w) >= 3} - {
        w.lower() for w in WORD_PARTS.findall(text_a)}
    if not new or any(w in source_words for w in new):
        return False
    lost = {w.lower() for w in WORD_PARTS.findall(text_a) if len(w) >= 3} - {
        w.lower() for w in WORD_PARTS.findall(text_b)}
    # a <placeholder> is the reader's to fill in, in any language (``<branch>`` / ``<rama>``)
    placeholder = {w.lower() for m in _ANGLE_PLACEHOLDER.finditer(text_b) for w in WORD_PARTS.findall(m.group())}
    if not any(w in placeholder or translated_word(w, lost, translation) for w in new):
        return False  # ``devUrl`` written ``devPath``: another name, not a translated one
    if len(text_a) + len(text_b) > 400:
        return True
    distance = edit_distance(text_a, text_b)
    # A cognate is close in spelling (message / mensagem): long new words need less.
    return distance >= 3 or (distance == 2 and all(len(w) >= 6 for w in new))


# A path from the root, a drive or the home folder; a folder named by a capitalised word or
# words (Library, Users), the system's or an application's.
_ROOTED_PATH = lazy(r"(?:~|[A-Za-z]:)?[/\\][^\s`]*+")
_FOLDER_NAME = lazy(r"[A-Z][a-z]++(?: [A-Z][a-z]++)*+")


def _system_folders_translated(text_a: str, text_b: str) -> bool:
    r"""Whether path `text_b` is rooted path `text_a` with folders named by capitalised words
    written in another script, the other folders kept (``/Network/Library/Sounds`` /
    ``/ネットワーク/ライブラリ/Sounds``): the names a localised file manager displays, while
    the path a program opens stays the English one. A path is a literal.

    >>> _system_folders_translated("~/Library/Sounds", "~/ライブラリ/Sounds")
    True
    >>> _system_folders_translated("C:\\Users\\me", "C:\\ユーザー\\me")
    True
    >>> _system_folders_translated("my-app/src", "我的应用/src"), _system_folders_translated("~/Library", "~/Bibliothek")
    (False, False)
    """
    if not (_ROOTED_PATH.fullmatch(text_a) and _ROOTED_PATH.fullmatch(text_b)):
        return False
    parts_a, parts_b = regex.split(r"[/\\]", text_a), regex.split(r"[/\\]", text_b)
    if len(parts_a) != len(parts_b):
        return False
    changed = [(a, b) for a, b in zip(parts_a, parts_b) if a != b]
    return bool(changed) and all(_FOLDER_NAME.fullmatch(a) and _NON_ASCII_LETTER.search(b)
                                 and not regex.search(r"\p{Latin}", b) for a, b in changed)


# A type's parameters (``Vec<number>``, ``HashMap<K, V>``: a name with its angle brackets
# glued) and an array type's element and length (``[T; length]``).
_TYPE_PARTS = lazy(r"(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{N}_]*+<([^<>\n]++)>|\[([^\[\];\n]++);([^\[\];\n]++)\]")


def type_words_changed(text_a: str, text_b: str) -> bool:
    """Whether literal `b` changes a word of a type's parameters that literal `a` writes
    (``Vec<number>`` / ``Vec<numero>``, ``[T; length]`` / ``[T; longitud]``): what stands
    inside a type is code the reader writes, and a word translated there names another
    type, however the page's examples were renamed.

    >>> type_words_changed("Vec<number>", "Vec<numero>"), type_words_changed("[T; length]", "[T; longitud]")
    (True, True)
    >>> type_words_changed("git checkout <branch>", "git checkout <rama>"), type_words_changed("Vec<T>", "Vec<T>")
    (False, False)
    """
    inside = {w.lower() for m in _TYPE_PARTS.finditer(text_a) for part in m.groups() if part
              for w in WORD_PARTS.findall(part)}
    if not inside:
        return False
    lost = {w.lower() for w in WORD_PARTS.findall(text_a)} - {w.lower() for w in WORD_PARTS.findall(text_b)}
    return bool(lost & inside)


def renamed_throughout(a: Candidate, b: Candidate, text_a: str, text_b: str,
                       translation: Translation | None = None, renaming: bool = False) -> bool:
    """Whether literal `b` is `a` with one name spelt the translation's way wherever the
    page writes it (``andromeda.md`` / ``andromede.md``, ``'constellations/andromeda'`` /
    ``'constellations/andromede'``, ``data:`` / ``dado:``): one word of letters replaced by another of the same
    start, at least three times in each version, the source's spelling in the translation
    at most once for three of its own and the translation's nowhere in the source; or
    replaced by the word translated as an identifier is (``country`` / ``pais``, no accents),
    known as the translation's by its prose or by its accents written somewhere (``país``),
    where the translation never writes the source's word. A slip of the keyboard
    (``clear()`` / ``clean()``) is not made the same way three times over. A label a
    cross-reference names (``:ref:`microphones```) is no example's: the word translated all
    over the page does not rename it. With `renaming` (the translation localised other
    names of the literal's code block), the new word need not be known as one of the
    translation's language."""
    if _LABEL_REFERENCE.match(a.value):
        return False
    lost = set(WORD_PARTS.findall(_shown(a))) - set(WORD_PARTS.findall(_shown(b)))
    new = set(WORD_PARTS.findall(_shown(b))) - set(WORD_PARTS.findall(_shown(a)))
    if len(lost) != 1 or len(new) != 1:
        return False
    old_word, new_word = next(iter(lost)), next(iter(new))
    # (the same start: two letters of a word of four, ``data`` / ``dado``, three of a longer one)
    start = 2 if len(old_word) == 4 else 3
    if len(old_word) < 4 or not new_word.isalpha():
        return False
    respelt = old_word[:start].lower() == new_word[:start].lower()
    if not respelt and not (new_word.isascii() and (translated_word(new_word, set(), translation)
                                                    or _written_accented(new_word, text_b))):
        return False  # (an identifier renamed has no accents: `raíz` for `root` is a config key translated)
    if respelt and not renaming and not translated_word(new_word, {old_word}, translation):
        return False

    def count(word: str, text: str) -> int:
        return len(regex.findall(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text))

    renamed = count(new_word, text_b)
    # (a word translated, not respelt (``country`` / ``pais``): the source's word nowhere in the translation)
    kept = count(old_word, text_b)
    return count(old_word, text_a) >= 3 and renamed >= 3 and 3 * kept <= renamed \
        and (respelt or not kept) and not count(new_word, text_a)


def _written_accented(word: str, text: str) -> bool:
    """Whether `text` writes `word` with accents somewhere (``país`` for ``pais``): a word
    of the text's language, its accents dropped where it names code.

    >>> _written_accented("pais", "o nome do país"), _written_accented("pais", "os pais")
    (True, False)
    """
    folded = word.casefold()
    # (each distinct word once; a Hangul letter folds to jamo, never to ASCII, so a word
    # holding one is not an ASCII word written with accents)
    hangul = _HANGUL_LETTER if folded.isascii() else None
    return any(_NON_ASCII_LETTER.search(match) and not (hangul is not None and hangul.search(match))
               and unaccented(match.casefold()) == folded
               for match in set(regex.findall(rf"(?<!\p{{L}})\p{{L}}{{{len(word)}}}(?!\p{{L}})", text)))


def _path_words_translated(value_a: str, value_b: str, translation: Translation | None) -> bool:
    """Whether the words path `value_b` has in place of `value_a`'s are words of the
    translation's language (`translated_word`); unknown without `translation`.

    >>> fr = Translation("fr", frozenset({"noire", "chambre"}))
    >>> _path_words_translated("settings/darkroom.md", "settings/chambre-noire.md", fr)
    True
    >>> _path_words_translated("settings/ai.md", "settings/darkroom.md", fr)
    False
    """
    words_a, words_b = _LETTERS.findall(value_a), _LETTERS.findall(value_b)
    lost = {w.casefold() for w in words_a} - {w.casefold() for w in words_b}
    return all(translated_word(w.casefold(), lost, translation) for w in words_b if w.casefold() not in lost
               and w not in words_a)


def rule_of(candidate: Candidate, what: str, other: Candidate | None = None,
            source_words: frozenset[str] = frozenset(), translation: Translation | None = None) -> Rule:
    """The rule a candidate is reported under: `what` is ``missing`` or ``changed``;
    `source_words` are the words of the version `candidate` comes from, `translation`
    tells the words of the language of `other`."""
    if candidate.kind == "markup" and candidate.value.startswith(("code:", "`", "file:")):
        if other is not None and localised(candidate, other, source_words, translation):
            return RULES["XL704"]
        if candidate.value.startswith("code:"):
            return RULES["XL703"]
    if other is not None and candidate.kind == "url" and _localised_link(candidate, other, translation):
        return RULES["XL603"]
    if other is not None and candidate.kind == "markup" and (_hosted_elsewhere(candidate.value, other.value)
                                                             or _tag_localised(candidate.value, other.value)):
        return RULES["XL603"]
    return rule_for(candidate.kind, what)


# A Markdown link whose text is inline code: [`gzip_types`](…
_CODE_LINK_TEXT = lazy(r"\[`([^`\n]++)`\]\($")


def _reference_link(own_text: str, start: int, source_text: str) -> bool:
    """Whether the link at `start` of a translation is a reference the translator added
    to a code name the source writes as it is: its text is that inline code, and its
    anchor or last path segment is the name ([`gzip_types`](…ngx_http_gzip_module.html
    #gzip_types) where the source says `gzip_types`).

    >>> own = "设置 [`gzip_types`](https://nginx.org/en/docs/http/m.html#gzip_types) 指令"
    >>> _reference_link(own, own.index("https"), "Sets the `gzip_types` directive.")
    True
    >>> _reference_link(own, own.index("https"), "Sets the `gzip_vary` directive.")
    False
    """
    text = _CODE_LINK_TEXT.search(own_text, max(0, start - 200), start)
    if text is None:
        return False
    name = text.group(1).strip()
    target = own_text[start:own_text.find(")", start)] if ")" in own_text[start:] else own_text[start:]
    last = regex.split(r"[#/]", target.rstrip("/"))[-1]
    return f"`{name}`" in source_text and last.casefold() == name.casefold()


# A Markdown link by reference, ``[Semantic Versioning]`` or ``[text][label]``, whose target
# a definition elsewhere on the page gives (not followed by a target, nor one itself).
_BY_REFERENCE = lazy(r"(?<![\]\\!])\[[^\[\]\n]++\](?:\[[^\[\]\n]*+\])?+(?![(:\[])")


def resolved_reference(candidate: Candidate, own_text: str, own_unit: str, source_unit: str) -> bool:
    """Whether a link only a translation has is an inline link (``](url)``) in a unit
    (`own_unit`, of the translation's text `own_text`) whose source (`source_unit`) links
    by reference (``[Semantic Versioning]``) more often than the translation does: the
    translator wrote out the target that the source's definition, elsewhere on the page,
    gives (a unit of a catalogue holds no definition).

    >>> from xlcheck.model import Invariant
    >>> own = "Le schéma [Semantic Versioning](https://semver.org/) est courant."
    >>> link = Candidate(0, "url", "semver.org", frozenset({1}), frozenset({0}),
    ...                  {1: Invariant("url", "semver.org", "", own.index("https"), 0)})
    >>> resolved_reference(link, own, own, "the [Semantic Versioning] scheme.")
    True
    >>> resolved_reference(link, own, own, "the Semantic Versioning scheme.")
    False
    """
    if candidate.kind != "url" or "[" not in source_unit or not any(
            own_text[max(0, inv.start - 2):inv.start] == "](" for inv in candidate.occurrences.values()):
        return False
    return len(_BY_REFERENCE.findall(source_unit)) > len(_BY_REFERENCE.findall(own_unit))


@functools.lru_cache(maxsize=4)
def folded_document(text: str) -> str:
    """A whole document case-folded, once for all the candidates that look into it."""
    return casefolded(text)


def explicitation(candidate: Candidate, source_text: str | None = None, own_text: str | None = None) -> bool:
    """What a translation adds without losing anything of the source: code formatting
    (``True``), a small count made explicit ("the two arguments", "2つの引数",
    "l'exemple 2"), a name given to clarify, or a link to the reference of a code name
    the source writes unlinked. Reported the other way round (the source's, dropped),
    never this way. Inline code whose text the source (`source_text`, when given) never
    writes is no formatting added: it is left over from an older source
    (``Astro.props.entry.data`` after the source moved to another API)."""
    if candidate.kind == "url" and source_text is not None and own_text is not None:
        return any(_reference_link(own_text, inv.start, source_text) for inv in candidate.occurrences.values())
    if candidate.kind == "markup" and candidate.value.startswith("`") and source_text is not None:
        code = candidate.value.strip("`").strip()
        if not _LETTER_OR_DIGIT.search(code) and code not in source_text:
            return False  # `...` no word of the source was formatted into: a value the source dropped
        return not _LEFT_OVER.search(code) or code.casefold() in folded_document(source_text)
    if candidate.kind in ("markup", "name"):
        if candidate.value.startswith("@"):
            return False  # a tagged @handle the source no longer tags is stale, not added for clarity
        return candidate.kind == "name" or candidate.value.startswith("`")
    if candidate.kind == "number":
        # (a figure that one of a line's values stands for, ``0 - 否 1 - 是``, is no count)
        return candidate.value.isdigit() and int(candidate.value) <= SMALL_COUNT and not (
            own_text is not None and any(_enumerated(own_text, inv.start) for inv in candidate.occurrences.values()))
    return False


# A figure that a value of a list of values stands for: ``0 - no``, ``1: yes``, ``2 = off``.
_ENUMERATED = lazy(r"(?<![\w.,])\d++[ \t]*+[-–:=：][ \t]*+(?![ \t\d])")


def _enumerated(text: str, start: int) -> bool:
    """Whether the figure at offset `start` of `text` is one of at least two on its line
    that each stand for a value (``服务器是否正在创建rdb文件 0 - 否 1 - 是``).

    >>> _enumerated("| x | 是否开启 0 - 否 1 - 是 |", 11), _enumerated("两个参数 2 - 3 秒", 5)
    (True, False)
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    hits = [m.start() + line_start for m in _ENUMERATED.finditer(line)]
    return len(hits) >= 2 and start in hits
