"""URLs and e-mail addresses: they must survive translation, up to the language code.

A URL's value is normalised so that links differing only in the document's own
language are the same link: ``/en/guides/x/`` = ``/pt-br/guides/x/`` = ``/guides/x``,
``developer.mozilla.org/en-US/docs/…`` = ``…/de/docs/…``, ``hl=de``,
``en.wikipedia.org/wiki/X`` = ``fr.wikipedia.org/wiki/Y`` (a localised article).
``www.``, a trailing slash and the fragment do not count (but for a line of a source file,
``#L13``, which no translation renames), nor how many folders up a
relative link climbs (a translation may live one folder deeper); of the scheme, only a
plain ``http://`` counts (a link the source moved to https is stale where it is not).
"""

from __future__ import annotations

from difflib import SequenceMatcher

import regex

from xlcheck.locales import LocaleInfo, language_markers
from xlcheck.model import Invariant
from xlcheck.patterns import AsciiTwin, lazy

# A word character that is not Chinese, Japanese or Korean: where an address or a handle of
# Latin letters ends when such text goes on with no space.
_LATIN_WORD_CHAR = r"[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"
# (Chinese and Japanese punctuation ends an address too: "（网址：http://www.gfbzb.gov.cn）查询".)
URL = lazy(
    r"(?:https?|ftp)://(?:[^\s<>\"'`()\[\]{}“”„«»（）【】，。；：！？、「」《》]++|\([^\s()<>]*+\))++"
    r"|(?<![\w.@/-])www\.(?:[^\s<>\"'`()\[\]{}“”„«»（）【】，。；：！？、「」《》]++|\([^\s()<>]*+\))++"
    # An e-mail address of Latin letters starts and ends where Chinese, Japanese or Korean
    # text goes on with no space ("直接連絡はawrhawkins@breitbart.com.まで").
    rf"|(?<!{_LATIN_WORD_CHAR}|[.+-])(?:{_LATIN_WORD_CHAR}|[.+-])++@(?:{_LATIN_WORD_CHAR}|-)++"
    rf"(?:\.(?:{_LATIN_WORD_CHAR}|-)++)++"
)


def without_urls(text: str, by: str = " ") -> str:
    """`text` with each address URL matches replaced `by`. Every address holds "://",
    "www." or an @ (its three forms): a text without them is returned as it is, without
    the pattern's look-behinds tried at each of its places."""
    if "://" not in text and "www." not in text and "@" not in text:
        return text
    return URL.sub(by, text)


_TRAILING = ".,;:!?'’"
# A bare URL's end, as GitHub's autolinks read it: its trailing punctuation, and the emphasis
# marks that close around it (`_http://gskinner.com/RegExr/_.` in AsciiDoc or Markdown), are
# the sentence's.
_URL_TRAILING = _TRAILING + "_*~"
_SCHEME = lazy(r"^(?:https?|ftp)://", regex.IGNORECASE)
_TAG = lazy(r"^[a-z]{2,3}(?:[-_][a-z]{2,4})?$", regex.IGNORECASE)
# A fragment that points at lines of a file shown by a code host (GitHub's ``#L13`` and
# ``#L13-L20``, GitLab's ``#L13-20``): a number, not a heading a translation renames.
_LINE_FRAGMENT = lazy(r"#L\d++(?:-L?+\d++)?+$")
_LANG_QUERY = lazy(r"([?&](?:hl|lang|language|locale)=)[A-Za-z][A-Za-z0-9_-]*")
# ... as `normalise_url` leaves it.
_LANG_QUERY_READ = lazy(r"[?&](?:hl|lang|language|locale)=\{lang\}(?=&|#|$)")


# Docusaurus keeps a page's translation at ``i18n/<lang>/docusaurus-plugin-content-docs/current/X``
# for ``docs/X`` (a version's at ``…-docs/version-2.0/X`` for ``versioned_docs/version-2.0/X``,
# the blog's and the other pages' at ``…-blog/X`` and ``…-pages/X`` for ``blog/X`` and
# ``src/pages/X``).
DOCUSAURUS = lazy(
    r"^(?P<prefix>(?:.*/)?)i18n/(?P<lang>[^/]+)/docusaurus-plugin-content-"
    r"(?:docs/(?P<version>current|version-[^/]+)|(?P<plugin>blog|pages))/(?P<rest>.+)$")


def docusaurus_page(path: str) -> tuple[str, str] | None:
    """(the source's path, the language) of a Docusaurus page's translation, or None.

    >>> docusaurus_page("website/i18n/de/docusaurus-plugin-content-docs/version-2.0/intro.md")
    ('website/versioned_docs/version-2.0/intro.md', 'de')
    >>> docusaurus_page("/i18n/zh/docusaurus-plugin-content-blog/2024-01-02-story.md")
    ('/blog/2024-01-02-story.md', 'zh')
    >>> docusaurus_page("docs/intro.md") is None
    True
    """
    match = DOCUSAURUS.match(path)
    if match is None:
        return None
    version = match.group("version")
    where = ("docs/" if version == "current" else f"versioned_docs/{version}/") if version else (
        "blog/" if match.group("plugin") == "blog" else "src/pages/")
    return match.group("prefix") + where + match.group("rest"), match.group("lang")


# A file of a GitHub repository at a branch or a tag named as the full ref
# (``raw.githubusercontent.com/o/r/refs/heads/main/…``, the form GitHub's "Raw" button
# gives now; ``github.com/o/r/blob/refs/tags/v1/…``): the same file as at the short name.
_FULL_REF = lazy(r"(?i)((?:^|//|\b)(?:raw\.githubusercontent\.com/[\w.-]++/[\w.-]++"
                 r"|github\.com/[\w.-]++/[\w.-]++/(?:blob|tree|raw))/)refs/(?:heads|tags)/(?=[^/\s]++/)")


def without_full_ref(url: str) -> str:
    """A GitHub address with a branch or tag named by its short name, as GitHub reads it.

    >>> without_full_ref("https://raw.githubusercontent.com/a/b/refs/heads/main/x.yaml")
    'https://raw.githubusercontent.com/a/b/main/x.yaml'
    >>> without_full_ref("github.com/a/b/blob/refs/tags/v1.2/README.md")
    'github.com/a/b/blob/v1.2/README.md'
    >>> without_full_ref("https://example.com/a/b/refs/heads/main/x")
    'https://example.com/a/b/refs/heads/main/x'
    """
    if "refs/" not in url:
        return url
    return _FULL_REF.sub(r"\1", url)


def _is_own_language(segment: str, info: LocaleInfo) -> bool:
    if not _TAG.match(segment):
        return False
    return segment.replace("_", "-").split("-")[0].lower() == info.language


def normalise_url(url: str, info: LocaleInfo) -> str:
    """The comparable form of a link target in a document of locale `info`.

    >>> from xlcheck.locales import locale_info
    >>> normalise_url("https://docs.astro.build/pt-br/guides/routing/#rotas", locale_info("pt-BR"))
    'docs.astro.build/guides/routing'
    >>> normalise_url("../../../reference/api.md", locale_info("de")) == normalise_url("../../reference/api.md", locale_info("en"))
    True
    >>> normalise_url("https://en.wikipedia.org/wiki/Coroutine", locale_info("en"))
    '{lang}.wikipedia.org'
    >>> normalise_url("/en/guides/x/", locale_info("en")) == normalise_url("/de/guides/x", locale_info("de"))
    True
    >>> normalise_url("https://github.com/a/b/blob/main/proxy.ts#L13", locale_info("es"))
    'github.com/a/b/blob/main/proxy.ts#L13'
    >>> normalise_url("/i18n/zh/docusaurus-plugin-content-docs/current/setup/quick-start.md#清理", locale_info("zh"))
    '/docs/setup/quick-start.md'
    >>> normalise_url("../../static/img/a.png", locale_info("en")), normalise_url("/img/a.png", locale_info("zh"))
    ('/img/a.png', '/img/a.png')
    """
    # Plain http is kept: a source moved to https and a translation still on http is a
    # stale link, the commonest drift of documentation. https, ftp and no scheme at all
    # (``www.…``) read as one.
    insecure = url[:7].lower() == "http://"
    value = _SCHEME.sub("", without_full_ref(url))
    line = _LINE_FRAGMENT.search(value) if "#L" in value else None
    value = value.split("#", 1)[0]
    value = _LANG_QUERY.sub(r"\1{lang}", value)
    if "docusaurus-plugin-content-" in value:
        # A link to the translation of a page of the site (the translated heading after
        # its "#" already cut) is the link to the page.
        page = docusaurus_page(value)
        if page is not None and _is_own_language(page[1], info):
            value = page[0]
    if value.lower().startswith("www."):
        value = value[4:]
    head, sep, rest = value.partition("/")
    if "." in head and not head.startswith("."):
        labels = head.split(".")
        if len(labels) > 2 and _is_own_language(labels[0], info):
            return ("http://" if insecure else "") + "{lang}." + ".".join(labels[1:]).lower()  # a localised site: its paths are translated
        head = head.lower()
    segments = [s for s in rest.split("/") if not _is_own_language(s, info)]
    if head in ("..", "."):
        # A translation one folder deeper reaches the same file with one more "../".
        climbed = head == ".."
        head, sep = "", ""
        while segments and segments[0] in ("..", "."):
            climbed |= segments.pop(0) == ".."
        if climbed and len(segments) > 1 and segments[0] == "static":
            # Docusaurus and Hugo serve the site's static/ folder at its root: an image the
            # page's source reaches as ../../static/img/a.png is /img/a.png on the site.
            sep, segments = "/", segments[1:]
    value = head + sep + "/".join(segments)
    return ("http://" if insecure else "") + (value.rstrip("/") or "/") + (line.group() if line else "")


def without_language_query(link: str) -> str:
    """A link (as `normalise_url` gives it) without the query parameter that asks for the
    page in a language (web.dev's ``?hl=es-419``): the page itself.

    >>> without_language_query("web.dev/articles/lcp?hl={lang}"), without_language_query("a.io/x?hl={lang}&x=1")
    ('web.dev/articles/lcp', 'a.io/x?x=1')
    """
    match = _LANG_QUERY_READ.search(link)
    if match is None:
        return link
    start, end = match.span()
    rest = link[end:]
    if link[start] == "?" and rest.startswith("&"):
        rest = "?" + rest[1:]  # the first of several parameters: the next one opens the query
    return link[:start] + rest


# A language marker at the end of a path segment, before an extension if any:
# button-cn, index.zh-CN.md, README_ja.md.
_MARKED_SEGMENT = lazy(r"^(.+?)[-_.]([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4}){0,2})((?:\.[A-Za-z0-9]{1,5})?)$")


def unmarked(link: str, lang: str) -> str:
    """A link (as `normalise_url` left it) with the language marks of `lang` cut from
    its path: a site that keeps each language's edition of a page next to the others
    (Ant Design's ``/components/button-cn``, ``README.zh-CN.md``, ``guide_ja.html``) or
    in a folder named by a territory (``/cn/docs/``) links the translation's own. A host
    is not a path.

    >>> unmarked("/components/button-cn", "zh"), unmarked("docs/README.zh-CN.md", "zh")
    ('/components/button', 'docs/README.md')
    >>> unmarked("/jp/docs/guide", "ja")
    '/docs/guide'
    >>> unmarked("/components/button-cn", "ja"), unmarked("/api/user_id", "en")
    ('/components/button-cn', '/api/user_id')
    """
    if link.startswith("http://"):
        return "http://" + unmarked(link[7:], lang)
    markers = language_markers(lang)
    head, sep, rest = link.partition("/")
    if not sep or not markers:
        return link
    segments = []
    for segment in rest.split("/"):
        if segment.replace("_", "-").lower() in markers:
            continue  # a folder of the language's own
        match = _MARKED_SEGMENT.match(segment)
        if match and match.group(2).replace("_", "-").lower() in markers:
            segment = match.group(1) + match.group(3)
        segments.append(segment)
    return head + sep + "/".join(segments)


def for_readers_of(url: str, lang: str) -> bool:
    """Whether a link goes to another site's page in `lang`, or to a site of the territory
    whose readers speak it: a host or a folder named by one of the language's marks (a
    translation's own reference for its readers, which the source cannot have). A link
    within the site (``/ja/linter#…``) is not: the source's pages have their own.

    >>> for_readers_of("https://kubernetes.io/zh-cn/docs/concepts/", "zh")
    True
    >>> for_readers_of("https://mirrors.tuna.tsinghua.edu.cn/apache", "zh")
    True
    >>> for_readers_of("https://github.com/fluid-cloudnative/docs-fluid", "zh"), for_readers_of("https://a.cn/x", "ja")
    (False, False)
    >>> for_readers_of("/ja/linter#安全な修正safe-fixes", "ja")
    False
    """
    markers = language_markers(lang)
    if not _SCHEME.match(url):
        return False  # a page of the site itself: the source's edition of the site could link it too
    head, _, rest = _SCHEME.sub("", url).partition("/")
    labels = head.lower().split(".")
    return bool(markers) and (labels[0] in markers or labels[-1] in markers
                              or any(s.replace("_", "-").lower() in markers for s in rest.split("/")))


def same_page(link_a: str, lang_a: str, link_b: str, lang_b: str) -> bool:
    """Whether two links differ only in the mark of each version's own language on the
    page's name: each links its own language's edition of the same page."""
    return link_a != link_b and unmarked(link_a, lang_a) == unmarked(link_b, lang_b)


# @handles, #hashtags and file paths survive translation like links do. A handle of Latin
# letters starts and ends where a Chinese, Japanese or Korean text goes on without a space
# ("新的#FFXIV突袭层", "听着@iotar的作品").
_HANDLE = lazy(rf"(?<!{_LATIN_WORD_CHAR}|[.@/#&])[@#＠＃][A-Za-z_]{_LATIN_WORD_CHAR}{{1,30}}"
               rf"(?!{_LATIN_WORD_CHAR}|[@/])")
# Japanese and Chinese text may write the handle's mark full width (＠awr_hawkins): the same handle.
_FULL_WIDTH_MARKS = str.maketrans("＠＃", "@#")
# A scoped package (``@vitejs/plugin-legacy``): one name, which no translation changes, its
# scope no handle of its own.
_SCOPED_PACKAGE = lazy(r"(?<![\w.@/#&])@[a-z0-9][\w.-]*+/[a-z0-9][\w.-]*+(?<![.-])(?![\w@/])")
_PATH_SOURCE = (
    r"(?<![\w/.:~\\-])(?:~|\.{1,2})?/(?:[\w.@-]+/)+[\w.@-]*"            # /usr/local/bin/, ./src/pages/
    r"|(?<![\w/.:\\-])[\w-]+(?:/[\w.@-]+)+\.[A-Za-z0-9]{1,6}(?![\w/])"   # src/pages/index.astro
    r"|(?<=(?<![\w/.:\\-])_)[\w-]+(?:/[\w.@-]+)+\.[A-Za-z0-9]{1,6}(?=_(?![\w/]))"  # _src/main.rs_, *src/main.rs*
    r"|(?<![\w])[A-Z]:\\(?:[\w. -]++\\)*+[\w.-]++"                        # C:\Windows\System32
)
# In an ASCII text the standard `re` reads the same pattern (its \w is regex's there,
# [A-Za-z0-9_]) in half the time.
_PATH = AsciiTwin(_PATH_SOURCE, _PATH_SOURCE)


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    found = []
    # A path has a slash or a drive's ":\\" (a backslash alone is mostly reST's escape), a
    # handle an @ or a #.
    paths = "/" in text or ":\\" in text
    handles = any(mark in text for mark in "@#＠＃")
    if paths and "@" in text:
        for match in _SCOPED_PACKAGE.finditer(text):
            if claims.free(*match.span()) and not URL.match(text, match.start()):
                claims.take(*match.span())
                found.append(Invariant("name", match.group(), match.group(), *match.span(), (), "package"))
    if paths or handles:
        for pattern in (_PATH,) * paths + (_HANDLE,) * handles:
            for match in pattern.finditer(text):
                start, end = match.span()
                raw = match.group().rstrip(_TRAILING)
                end = start + len(raw)
                if raw.count("/") + raw.count("\\") and len(raw) < 3:
                    continue
                if claims.free(start, end) and not URL.match(text, start):
                    value = normalise_url(raw, info) if "/" in raw else raw.translate(_FULL_WIDTH_MARKS)
                    found.append(Invariant("url", value, raw, start, end))
                    claims.take(start, end)
    if "://" not in text and "www." not in text and "@" not in text:
        return found
    for match in URL.finditer(text):
        start = match.start()
        raw = match.group().rstrip(_URL_TRAILING)
        if raw.endswith(")") and raw.count("(") < raw.count(")"):
            raw = raw[:-1]
        end = start + len(raw)
        if not claims.free(start, end):
            continue
        claims.take(start, end)
        found.append(Invariant("url", normalise_url(raw, info), raw, start, end))
    return found


# An address or a link's target broken by a space: ``https ://…``, ``https:// …`` (the
# scheme's colon spaced as French spaces a colon), ``[…](../lighttable /timeline.md)``.
_SPACED_ADDRESS = lazy(r"(?<![\w-])https?(?:[ \u00a0]+:[ \u00a0]*+//|:[ \u00a0]+//|://[ \u00a0]+)[^\s()<>\[\]]++"
                       r"|(?<=\]\()[^()\s\"'<>]++(?:[ \u00a0]+[^()\s\"'<>]++)++(?=\))")


def broken_by_space(address: str, text: str) -> str | None:
    """How `text` writes `address` broken by a space, if it does (the address or one much
    like it: a stale translation may break the old one), else None.

    >>> broken_by_space("https://lensfun.github.io/manual/latest/a.html", "[a](https ://lensfun.github.io/manual/v0.3.2/a.html)")
    'https ://lensfun.github.io/manual/v0.3.2/a.html'
    >>> broken_by_space("../lighttable/timeline.md", "voir [ici](../lighttable /timeline.md)")
    '../lighttable /timeline.md'
    >>> broken_by_space("https://darktable.org/", "voir https://darktable.org/ et [Exemple](https://example.org/a b)") is None
    True
    """
    if " " not in text and "\u00a0" not in text:
        return None
    best, ratio = None, 0.75
    for match in _SPACED_ADDRESS.finditer(text):
        joined = "".join(match.group().split())
        score = SequenceMatcher(None, address, joined, autojunk=False).ratio()
        if score >= ratio:
            best, ratio = match.group(), score
    return best
