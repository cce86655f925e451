"""Markup that must survive translation: link targets, inline code, roles, tags, placeholders.

Link *text* is translated and left for the other extractors; link *targets* become
`url` invariants. reST roles keep their target (``:ref:`texto <label>``` ->
``:ref:`label```); roles whose content is prose (``:term:``, ``:dfn:``, ``:sup:``…) are
compared by presence only. A fenced code block is compared by its code (see
`xlcheck.extract.code`); its comments are prose, read by the other extractors.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from urllib.parse import unquote

import regex

from xlcheck.extract.code import fence_language_span, is_prose, read_block
from xlcheck.extract.keyboard import canonical_keys, key_label
from xlcheck.extract.rst_inline import role_target
from xlcheck.extract.urls import normalise_url
from xlcheck.locales import LocaleInfo, known_language
from xlcheck.model import LINE_SEPARATOR, Invariant
from xlcheck.patterns import lazy
from xlcheck.segment import closes_fence, fence_marker

# Roles whose content is prose a translator may translate.
PROSE_ROLES = frozenset({
    "term", "dfn", "abbr", "sup", "sub", "emphasis", "strong", "title-reference", "t", "menuselection",
    "guilabel", "index", "math",
})
# The roles docutils and Sphinx define: their content is a target, a literal or a key, even
# with spaces (``:command:`git commit```). A role a project defines for itself
# (``:badge_user:`Logged in users```) whose content is words is read as a prose role.
_STANDARD_ROLES = frozenset("""
ref doc any numref download keyword option envvar token manpage pep rfc kbd command file samp program
code literal mimetype makevar regexp class func meth attr mod obj data const exc func var member macro type
enum enumerator struct union concept expr texpr cpp c py js rst confval eq abbreviation acronym
subscript superscript title raw
""".split()) | PROSE_ROLES

# A letter: a prose role's content without one (:guilabel:`.*`, a button's symbol) has no
# words to translate and is compared as written.
_LETTER = lazy(r"\p{L}")

# Attributes whose values a translator translates.
PROSE_ATTRIBUTES = frozenset({"alt", "title", "aria-label", "label", "placeholder", "description", "caption",
                              "summary", "content", "text", "heading", "name"})
# Attributes whose values name things even when they hold spaces (a list of classes).
_NAME_LIST_ATTRIBUTES = frozenset({"class", "classname", "style", "rel", "sizes", "allow", "sandbox", "type",
                                   "lang", "target", "loading", "media", "accept", "autocomplete"})
# An attribute named for text shown to the reader (``prepend``, ``buttonText``, ``sub-title``).
_PROSE_NAME = lazy(r"(?:^|[_-])(?:prepend|append|tooltip|hint|message|subtitle|button)(?:$|[_-]|(?=[A-Z]))"
                            r"|(?:^|[_-])(?:title|label|text|caption|description)$"
                            r"|(?<=[a-z])(?:Title|Label|Text|Caption|Description)$")
# A value that is words: two or more runs of letters parted by spaces, or any letter outside
# ASCII (an identifier, a key or a slug is ASCII without spaces).
_WORDS_VALUE = lazy(r"\p{L}[^\s=/{}<>$]*+\s++[^=/{}<>$]*?\p{L}|[^\x00-\x7f\P{L}]")
# A component's attributes that are keys, not text, whatever their shape: Docusaurus's
# ``<TabItem value="Canal CNI Plugin">`` and ``<Tabs groupId="os" queryString>`` name the tab
# in the URL and across pages, compared as written, case included (``label`` is the text).
_COMPONENT_KEYS = frozenset({"value", "groupid", "querystring"})
# A key written bare (``<Tabs queryString>``): true, or false where it is not written.
_BARE_KEY = lazy(r"(?<=\s)(queryString)(?=[\s/>])")
# Attributes whose values are links.
LINK_ATTRIBUTES = frozenset({"href", "src", "link", "to", "srcset", "poster", "action"})
# What a link's target holds and words do not: a path, a host, an anchor, a query.
_LINK_CHARS = lazy(r"[/.#:?=&]")
_ATTRIBUTE = lazy(r"""\s([\w:.-]+)=(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\})""")
# An image in Markdown, as compared (soft, flagged "image": it only excuses an <img> tag of
# the other version, and is no anchor of the alignment, which has its link).
IMAGE = "![]"
_IMAGE_SOURCE = lazy(r" src=(\S++)")
# A file an MDX page requires, as an attribute's {…} value holds it.
_REQUIRE = lazy(r"""require\(\s*+['"]([^'"]++)['"]\s*+\)(?:\.default)?+""")

# HTML elements that only style text (``center`` only places it).
INLINE_TAGS = frozenset({"b", "i", "em", "strong", "kbd", "span", "br", "u", "small", "mark", "sup", "sub", "abbr",
                         "cite", "q", "s", "wbr", "center"})

# The elements of HTML (and the SVG and MathML roots a page embeds).
HTML_ELEMENTS = frozenset("""
a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite
code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font
footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend
li link main map mark marquee math menu meta meter nav nobr noscript object ol optgroup option output p param
picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style
sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr
""".split())
_BARE_TAG = lazy(r"<(\p{L}[\p{L}\p{M}\p{N}_]*+)>")


def _project_prose_role(role: str, content: str) -> bool:
    """A role the project defines, with no domain, whose content is words and no ``<target>``."""
    name = role[1:]
    return (":" not in name and name not in _STANDARD_ROLES and _ANGLE_TARGET.search(content) is None
            and _WORDS_VALUE.search(content) is not None)


def unknown_element(value: str) -> bool:
    """Whether a tag as compared (``<unk>``) is a bare tag that HTML does not know: no
    attributes, no element of that name. In plain text it is no markup of the document:
    machine translation writes ``<unk>`` where it could not produce a character (a
    quotation mark, a dash), and a meeting transcript's ``<unintelligible/>`` is a note
    whose name a translation translates (``<nesrozumitelné/>``, ``<jiný_šum/>``).

    >>> unknown_element("<unk>"), unknown_element("<UNK>"), unknown_element("<jiný_šum>")
    (True, True, True)
    >>> unknown_element("<br>"), unknown_element("<B>"), unknown_element('<div class=note>')
    (False, False, False)
    """
    bare = _BARE_TAG.fullmatch(value)
    return bare is not None and bare.group(1).lower() not in HTML_ELEMENTS


def _unknown_inline(tag: str, opening: str, text: str, end: int) -> bool:
    """Whether a tag opens an element HTML does not know, in lower case, without a hyphen
    (a custom element's mark) or attributes, closed on its line
    (``<clock>clock_gettime</clock>``): a browser shows its text as it would a span, so
    the tag only styles it, as `` `clock_gettime` `` does in a translation.

    >>> _unknown_inline("clock", "<clock>", "<clock>clock_gettime</clock> doc", 7)
    True
    >>> _unknown_inline("clock", "<clock>", "<clock> alone", 7), _unknown_inline("Tabs", "<Tabs>", "<Tabs>x</Tabs>", 6)
    (False, False)
    """
    if opening != f"<{tag}>" or not tag.isalpha() or not tag.islower() or tag in HTML_ELEMENTS:
        return False
    line_end = text.find("\n", end)
    return f"</{tag}>" in text[end:line_end if line_end >= 0 else len(text)]


_ORDINAL_BEFORE = lazy(r"\d\\?\s?$")
_ANGLE_TARGET = lazy(r"<([^<>]+)>\s*$")
_MARKUP_CHARS = re.compile(r"[`<%{\[|]")  # (the standard `re`: one search in C)
# The label of a reference-style link, where it is used and where it is defined.
# (A paragraph's soft line breaks are spaces to the extractors: a definition stands after one.)
_LINK_LABEL = lazy(r"\]\[([^\[\]\n]++)\]|(?:^|(?<=\s))\[([^\[\]\n]++)\]:(?=[ \t]++<?+[\w/.#])")
_DEFINED_TARGET = lazy(r"[ \t]++<?+([^\s<>]++)")
_WHOLE_CODE_SPAN = lazy(r"`[^`]++`")
# (A link to a heading of the page may spell the heading's words, spaces and all:
# ``[How to …](#How to implement …)``, as a translation writes ``(#如何实现…)``.)
# A link's target that names a page by its title: words whose spaces are encoded (``%20``),
# no path, host, suffix, query or anchor (an ECharts template's ``~`` may open it).
_TITLE_TARGET = lazy(r"^~?+(?:[^\s/\\:.#?%&=]|%[0-9A-Fa-f]{2})*?%20(?:[^\s/\\:.#?%&=]|%[0-9A-Fa-f]{2})++$")
_TITLE_NUMBER = lazy(r"(?<![\w.,])\d++(?![\w.,])")
_MD_LINK = lazy(r"(!?)\[((?:[^\[\]]++|\[[^\[\]]*+\])*+)\]\(\s*+<?([^\s()<>]++(?:\([^\s()]*+\))?+[^\s()<>]*+"
                r"|#[^\s()<>\"][^()<>\"\n]*+(?<!\s))>?(?:\s++\"[^\"]*+\")?\s*+\)")
# Line ranges on a fence's line: ```js {3,7} ins={4} del={9-10}
_FENCE_RANGE = lazy(r"(?:\b(?:ins|del|mark|highlight)=)?\{[\d\s,-]++\}")
# A list item's marker at the start of a line (a paragraph's first line, or after a break).
_LIST_ITEM = lazy(r"^[ \t]*+((?:[-*+]|(\d{1,3})[.)]))[ \t]++(?=\S)", regex.M)
# A paragraph numbered as a step without Markdown's list syntax: "（1）Master-Slave …",
# "(2) …", "3、…" (Chinese and Japanese pages): one version writes it "1. …".
_LATER_START = lazy(r"0*+[2-9]\d*+\.|0*+1\d++\.")
_NUMBERED_PARAGRAPH = lazy(r"^[ \t]*+([（(]\d{1,2}[）)]|\d{1,2}、)[ \t]*+(?=\S)")
# The first cell of a table row when it is an identifier with an underscore or a dot.
_TABLE_KEY = lazy(r"^[ \t]*+\|[ \t]*+([a-z][a-z0-9]*+(?:[._][a-z0-9]++)++)[ \t]*+\|", regex.M)
_LIST_START = lazy(r"(?:^|\n)[ \t]*+(?:[-*+]|\d)")
# A list item that is only a file or folder name (a file tree): `env.d.ts`, `public/`.
_FILE_ITEM = lazy(r"([\w@-][\w.@-]*(?:/|\.[A-Za-z][A-Za-z0-9]{0,5}))[ \t]*+(?=\n|$)")
# A file's name, with a suffix of letters (``rke2-canal.yaml``); and the start of a list
# item made of file names joined by commas or one or two short words (``or``, ``and/or``,
# ``或``), up to what follows them in brackets or the end of its line.
_FILE = r"[\w@-]++(?:\.[\w@-]++)*?\.[A-Za-z][A-Za-z0-9]{0,5}(?![\w@-])"
_FILE_NAME = lazy(r"(?<![\w.@/-])" + _FILE + r"(?![./])")
_FILE_NAMES_ITEM = lazy(_FILE + r"(?:(?:[ \t]*+[,，、][ \t]*+|[ \t]++(?:[\p{L}/]{1,7}[ \t]++){1,2}"
                        r"|[ \t]*+\p{Han}{1,2}[ \t]*+)" + _FILE + r")*+(?=[ \t]*+(?:[(（]|$))", regex.M)
_COMMENT = lazy(r"\{/\*.*?\*/\}|<!--.*?-->", regex.S)
# reST's literal-block marker at the end of a paragraph ("module::", "caller. ::").
_LITERAL_MARKER = lazy(r"(?<!:)::\s*+$")
# A constant of a class or enum: a capitalised name, a dot, a name in capitals with underscores.
_CONSTANT = lazy(r"(?<![\p{Latin}0-9_.`$])[A-Z][A-Z0-9]*+[a-z][A-Za-z0-9]*+(?:\.[A-Z][A-Za-z0-9]*)*?\.[A-Z][A-Z0-9]*+(?:_[A-Z0-9]++)++"
                 r"(?![A-Za-z0-9_`])")
_HEADING_LEVEL = lazy(r"^(#{1,6})(?=\s)")
_BLOCKQUOTE = lazy(r">(?:[ \t]|$)", regex.M)
# A heading that opens a list item: 1. ##### Title
_ITEM_HEADING = lazy(r"(#{1,6})(?=[ \t]+\S)")
# An MDX import statement on a line of its own, and the names it imports.
_MDX_IMPORT = lazy(r"(?<![\w$.])import[ \t]++(?:\{([^{}\n]*+)\}|([\w$]++))[ \t]++from[ \t]++['\"][^'\"\n]++['\"]")
_IMPORTED_NAME = lazy(r"[\w$]++(?:[ \t]++as[ \t]++[\w$]++)?+")
_HEADING_ID = lazy(r"\{\s*+#[\w:.-]++(?:\s++[^{}\n]*+)?+\}")
# Hugo shortcodes, {{< name attr="…" >}} and {{% name %}}, with or without inner spaces.
_SHORTCODE = lazy(r"\{\{([<%])\s*+(/)?+\s*+([\w./-]++)([^{}\n]*+)\}\}")
# GitHub alerts (> [!NOTE]) and VitePress/Docusaurus containers (::: warning), also
# indented under a list item.
_ALERT = lazy(r"^\s*+>\s*+\[!(\w++)\]|^[ \t]*+:::++[ \t]*+(\w++)", regex.M)
_BROKEN_MD_LINK = lazy(r"(?:(?<![\]\\])\[|\\\[)[^\[\]\n]++\] ++\((?:https?://|/|\.{1,2}/)[^\s()]++\)"
                       r"|(?<![\[\w`])`[^`\n]++`\((?:https?://|/|\.{1,2}/)[^\s()]++\)"
                       # a link's words in code marks, its address after them bare (`钉钉官方文档`
                       # https://…): words of a phrase or of a script other than Latin, no code
                       r"|(?<![\[\w`])`(?=[^`\n]*[ [^\P{L}\p{Latin}]])[\p{L}\p{M}]++(?: [\p{L}\p{M}]++)*+`"
                       r"[ \t]++https?://[^\s()]++", regex.V1)
# Emphasis broken by a space after its opening star (``* Exemples de noms :*``): CommonMark
# opens emphasis only at a mark not followed by a space, so the stars are shown. The
# closing star ends a word and comes before no word. The opening star stands where a
# mark can open, at a line's start, after a space or an opening bracket: one after
# inline code or punctuation closes emphasis (``**`resource`** 字段，**`targets`**``).
# Or by a space before its closing star (``**For example: **``): a mark after a space
# closes nothing, and the line holds no other star to close it.
_BROKEN_EMPHASIS = lazy(r"(?<=^|[\s(\[{\"'“‘«「『（【])(\*{1,2}+)[ \t]++[^*`\n]*[^\s*`\\]\*{1,2}+(?![\w*])"
                        r"|(?<=^|[\s(\[{\"'“‘«「『（【])(\*{1,2}+)(?=[^\s*])[^*\n]*[^\s*\\][ \t]++\2(?![\w*])(?=[^*\n]*+$)",
                        regex.M)
BROKEN_EMPHASIS = "* … *"
# Underscores that open emphasis (before a word, after none) and a word's closing one
# (``linéaire_,``): a closing mark with no opening one before it shows as it is, the
# emphasis broken (``RVB Rec2020 linéaire_`` for ``_linear Rec. 2020 RGB_``). The
# closing word is letters only: ``my_var_`` and paths are no emphasis.
_UNDERSCORE = lazy(r"(?<![\p{L}\p{N}_\\/])_(?=[^\s_])|(?<=\p{L})_(?=[\s.,;:!?)\]»”]|$)")
_CLOSING_WORD = lazy(r"[(\[\"'«“]?+\p{L}[\p{L}\p{M}'’-]*+")
# A definition list's description, ": Description" at a line's start (Pandoc, PHP Markdown
# Extra, Hugo's Goldmark): without its colon the line is no longer the term's definition.
# A translation may indent the colon (up to three spaces, a no-break space as French sets
# one before a colon) or write it full width.
_DEFINITION = lazy(r"(?:^|(?<=[\n\u2028]))[ \t\u00a0\u202f]{0,3}+([:：])[ \t\u00a0\u202f]++(?=\S)")
# What every definition needs (a colon opening a line, a space after it), searched with the
# standard `re` (literal characters only, read alike by both engines) before the pattern.
_DEFINITION_HINT = re.compile(r"(?:^|[\n\u2028])[ \t\u00a0\u202f]{0,3}[:：][ \t\u00a0\u202f]")
DEFINITION = ": …"
# A line all in bold over the lines it introduces, in a catalogue entry ("**To change the
# default speed of a slider:**" over the steps): a lead-in set apart as a small heading.
# (Only where the entry keeps its lines: po4a's no-wrap Markdown, whose msgstr keeps the
# msgid's lines. In a page, a line break inside a paragraph is a space, which a
# translation may put elsewhere.)
_LEAD_IN = lazy(r"(?:^|(?<=\u2028))[ \t]*+(\*\*|__)(?=\S)[^\n\u2028*_]++(?<=\S)\1[ \t]*+(?=\u2028[ \t]*+\S)")
LEAD_IN = "**…**"
_RST_LINK = lazy(r"`([^`<>]*+)<([^<>`]++)>`__?")
_ROLE = lazy(r"(?<![\w`])((?::[\w.+-]++)++):`((?:[^`\\]++|\\.)++)`")
# A MyST role, {octicon}`book` or {doc}`page <path>`: a name and a target, as reST's.
_MYST_ROLE = lazy(r"(?<![^\s(\[*_\"'“«])\{([a-z][\w.+:-]*+)\}`((?:[^`\\]++|\\.)++)`")
# A reST named reference, `Project website`_: Sphinx maps a translated name back to its
# target, so only its presence is compared.
_RST_REFERENCE = lazy(r"(?<![`\w])`[^`<>\n]++`__?+(?![\w`])")
# A shell prompt before a command in inline code (`$ hexo server`): the prompt is not
# typed, so `hexo server` is the same command.
_SHELL_PROMPT = lazy(r"^\$ ++(?=[\p{L}.~/])")
# A file name in a fence's title: ``[vite.config.js]``, ``title="src/App.vue"``.
_MDBOOK_INCLUDE = lazy(r"\{\{#(?:include|rustdoc_include|playground)[ \t]++[^{}\s]++[ \t]*+\}\}")
_OUTPUT_LANGUAGES = frozenset({"text", "console", "shellsession", "pycon"})
_FENCE_ATTRIBUTE = lazy(r"\G,([\w-]++)")
_FENCE_FILE = lazy(r"""(?:\[|title=["'])([\w.@/-]*\.[A-Za-z]{1,5})[\]"']""")
# A table's delimiter row, its outer pipes optional: `----- | ----------- | --------` (on a
# line of its own, or after a soft line break read as a space).
_TABLE_DELIMITER = lazy(r"(?:^|\s)\|?+[ \t]*+:?+-{3,}+:?+[ \t]*+(?:\|[ \t]*+:?+-{3,}+:?+)++[ \t]*+\|?(?=\s|$)")
# A link to a site's edition in a language: its host's first label a language code.
_EDITION = lazy(r"https?://([a-z]{2})\.[\w-]++\.[\w.-]")
# AsciiDoc's typographic quotes: ``double'' and `single' (no backtick or quote inside).
_ASCIIDOC_QUOTE = lazy(r"``[^`\n]+?''|(?<![`\w])`[^`'\n]+'(?![\w'])")
# (not after a role's name, ":sup:`er`", which may be left for the dates, nor after the name of
# a standard role that lost its first colon, "class:`Path`", a role dropped; a colon after other
# text, "说明:`quota`" or "attributes:`width`", opens a literal as any punctuation does in
# CommonMark)
_INLINE_CODE = lazy(r"(?<!`|:[A-Za-z0-9.+_-]++:|(?<![\w.+-])(?:"
                    + "|".join(sorted(_STANDARD_ROLES, key=len, reverse=True)) + r"):)"
                    r"(`{1,2})(?!`)((?:(?!\1).)+?)(?<!`)\1(?!`)")
# Spaces next to an operator or bracket in Markdown inline code are typography, not code.
_OPERATOR_SPACE = lazy(r" ?([=,()\[\]{}|]) ?")
# A command line (a command, or a placeholder for one, then its arguments) with
# placeholders to fill in, written {{path/to/file}} (tldr's convention): a placeholder's
# words describe what to type and are translated like any description; where it stands,
# and the literal option lists in it ({{[-i|--ignore-case]}}, {{.tar[.gz|.bz2]}}), are
# the command's. Template expressions ({{ .Values.x }}, {{- x }}, {{#if}}, ${{ x }}) are
# code, and a lone `{{feature}}` names a variable a program fills in: both stay verbatim.
_COMMAND_LINE = lazy(r"(?:[\w.~/-]++|\{\{[^{}\n]++\}\})[ \t]++\S")
# ({{/dev/sdX}}, {{~/.ssh/config}} and {{./script.sh}} are paths; {{/if}}, {{~x}}, {{../x}} templates.)
_FILL_IN = lazy(
    r"(?<!\$)\{\{(?:(?=[/~][^{}\s]*/|\./)|(?![\s.$#/^>!&{<%~-]))([^{}\n]*?[^\s{}-])\}\}(?!\})")
_OPTION_LIST = lazy(r"\[[^\[\]|]*+(?:\|[^\[\]|]*+)++\]")
_EXAMPLE_VALUE = lazy(r"\d++(?:\.\d++)++|\d{2,}+|[:@]")
_LIST_END = lazy(r"[\s,](?:\.\.\.|…)\s*+$")
_TEMPLATE_CHARS = lazy(r"[()\"'=]|: ")
_HTML_TAG = lazy(r"<([A-Za-z][\w.:-]*+)(?=[\s/>])[^<>]*+>")
_COMPONENT_CLOSE = lazy(r"</([A-Z][\w.:-]*+)\s*+>")
_CLOSES_ONLY = lazy(r"\s*+(?:</[A-Z][\w.:-]*+\s*+>\s*+)++")
# A term in angle brackets in AsciiDoc (`--format=<format>`, `any <object>`): AsciiDoc shows
# `<` as written, so it is no tag but a placeholder; a translator may translate its name
# (the Git manuals' convention: `<Format>`), not drop it or its brackets. (`<<id>>` is a
# cross reference.)
_ASCIIDOC_PLACEHOLDER = lazy(r"(?<!<)<\p{L}[\p{L}\p{M}\p{N}_.:-]*+>(?!>)")
_ICU = lazy(r"\{\s*+(\w++)\s*+,\s*+(plural|select|selectordinal)\s*+,")
_PLACEHOLDER = lazy(
    r"%\([\w.]++\)[-+#0]*+\d*+(?:\.\d++)?+[sdifrxXeEgGc]"     # %(count)d
    r"|%[-+#0]*+\d*+(?:\.\d++)?+[sdifrxXeEgGc](?![\p{L}])"    # %s, %5.2f
    r"|%\d\$[sd]"                                              # %1$s
    r"|\{\{\s*+[\w.|: ]++\s*+\}\}"                             # {{ var }}
    r"|\{[A-Za-z_][\w.]*+(?:![rsa])?+(?::[^{}\s]*+)?+\}"        # {name}, {0:>3}
    r"|\{\d++\}"                                               # {0}
    r"|\$\[[^\[\]\s]++\]"                                        # $[yyyyMMdd], a scheduler's time parameter
    r"|\|[\w-]++\|"                                            # reST substitution |version|
    r"|(?<![\w|])\|[\w-]++(?: [\w-]++){1,3}+\|(?![\w|])"         # of words, |Watch Pane|
    r"|\[(?:#\w*|\d+)\]_"                                  # reST footnote [#]_, [1]_
)


def prose_attribute(name: str, value: str) -> bool:
    """Whether an attribute's value is text a translator translates: by its name (``title``,
    ``alt``, ``prepend``, ``buttonText``) or by its shape (words parted by spaces, or letters
    outside ASCII), unless it is a link or a list of names (``class="btn btn-primary"``).
    Identifiers (``term_id="cri"``, ``length="all"``) are compared as written.

    >>> prose_attribute("prepend", "The Container Runtime Interface (CRI) is")
    True
    >>> prose_attribute("intro", "容器运行时接口（CRI）是"), prose_attribute("caption", "Figure")
    (True, True)
    >>> prose_attribute("term_id", "cri"), prose_attribute("class", "btn btn-primary")
    (False, False)
    >>> prose_attribute("buttonText", "OK"), prose_attribute("link_text", "Go"), prose_attribute("context", "x")
    (True, True, False)
    """
    lowered = name.lower()
    if lowered in PROSE_ATTRIBUTES or _PROSE_NAME.search(name):
        return True
    if lowered in LINK_ATTRIBUTES and _WORDS_VALUE.search(value) and not _LINK_CHARS.search(value):
        return True  # a link's text, not its target (Angular's ``<docs-card link="Start coding">``)
    if lowered in LINK_ATTRIBUTES or lowered in _NAME_LIST_ATTRIBUTES:
        return False
    return _WORDS_VALUE.search(value) is not None


def image_tag(tag: str, images: set[str]) -> bool:
    """Whether a compared ``<img>`` tag shows an image another version shows in Markdown
    (`images`, the targets of its ``![…](…)``): the same image, the tag's layout (``width``,
    ``<center>`` around it) a syntax Markdown has not.

    >>> image_tag("<img src=/img/a.png width=90%>", {"/img/a.png"}), image_tag("<img src=/img/b.png>", {"/img/a.png"})
    (True, False)
    """
    source = _IMAGE_SOURCE.search(tag) if tag.startswith("<img ") else None
    return source is not None and source.group(1) in images


def required_asset(path: str, info: LocaleInfo) -> str:
    """A file an MDX page requires (``src={require('../../static/img/a.png').default}``)
    as the site serves it: a page of the Chinese edition lives in another folder, so its
    translator writes the path from the site's folder (``/static/img/a.png``,
    ``@site/static/img/a.png``); Docusaurus serves ``static/`` at the site's root.

    >>> from xlcheck.locales import locale_info
    >>> required_asset("../../static/img/a.png", locale_info("en")), required_asset("/static/img/a.png", locale_info("zh"))
    ('/img/a.png', '/img/a.png')
    >>> required_asset("@site/static/img/a.png", locale_info("zh")), required_asset("./diagram.png", locale_info("zh"))
    ('/img/a.png', 'diagram.png')
    """
    if path.startswith("@site/"):
        path = path[5:]
    link = normalise_url(path, info)
    return link[7:] if link.startswith("/static/") else link


def _table_cell(text: str, start: int, block: str) -> bool:
    """Whether ``|…|`` at `start` is a cell of a Markdown table (a row opens with ``|``), or
    a table's delimiter (dashes only, whose number is layout). A catalogue's reST keeps its
    substitutions (``|version|``) wherever they stand.

    >>> _table_cell("|Images|files|", 0, "text"), _table_cell("see |version|", 4, "entry")
    (True, False)
    """
    if not text[start + 1:text.find("|", start + 1)].strip("-: "):
        return True
    if block == "entry":
        return False
    if _TABLE_DELIMITER.search(text):
        return True  # a table whose rows do not open with "|" (GFM makes the outer pipes optional)
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start + 1].lstrip().startswith("|")


def _reference(found: list[Invariant], claims, start: int, end: int) -> None:
    if claims.free(start, end):
        claims.take(start, end)
        found.append(Invariant("markup", "`ref`_", "`…`_", start, end, (), "prose-role"))


def _attribute_value(name: str, value: str, info: LocaleInfo) -> str:
    """An attribute's value as compared: a link to a page of the site itself without the
    document's own language in its path (an external link is compared as a link, apart),
    and a file an MDX page requires as the file."""
    if name.lower() in LINK_ATTRIBUTES and value.startswith("#"):
        return "#"  # an anchor on the page: translated with its heading
    if name.lower() in LINK_ATTRIBUTES and (required := _REQUIRE.fullmatch(value)):
        return required_asset(required.group(1), info)
    if name.lower() in LINK_ATTRIBUTES and value.startswith(("/", "./", "../")) and "{" not in value:
        return normalise_url(value, info)
    return value


def command_shape(code: str) -> str:
    """A command line's inline code with the words of its placeholders set aside: each
    placeholder that holds words is ``{{…}}``, with its option lists and the values of
    an example it gives; a number or a placeholder of no words stays as written.

    >>> command_shape("tar cf {{path/to/target.tar}} {{[-C|--directory]}} {{3}}")
    'tar cf {{…}} {{[-C|--directory]}} {{3}}'
    >>> command_shape("tar xf {{入力ファイル名.tar[.gz|.bz2]}}")
    'tar xf {{…[.gz|.bz2]}}'
    >>> command_shape("get -R {{/경로/원격_디렉토리}}"), command_shape("echo {{/if}}")
    ('get -R {{…}}', 'echo {{/if}}')
    >>> command_shape("tar cf {{target.tar}} {{path/to/file1 path/to/file2 ...}}")
    'tar cf {{…}} {{… ...}}'
    >>> command_shape("git request-pull {{v0.1}} {{https://example.com/project}} {{foo:bar}}")
    'git request-pull {{…0.1}} {{…:}} {{…:}}'
    >>> command_shape("{{command}} | sha224sum")
    '{{…}} | sha224sum'
    >>> command_shape("git show {{commit|tag|branch}}")
    'git show {{…|…|…}}'
    >>> command_shape("{{feature}}"), command_shape("echo {{ .Values.name }}")
    ('{{feature}}', 'echo {{ .Values.name }}')
    """
    if "{{" not in code or not _COMMAND_LINE.match(code):
        return code

    def shape(match: regex.Match) -> str:
        inner = match.group(1)
        if _TEMPLATE_CHARS.search(inner):
            return match.group()
        options = _OPTION_LIST.findall(inner)
        words = _OPTION_LIST.sub(" ", inner)
        if not regex.search(r"\p{L}", words):
            return match.group()  # {{3}}, {{80}}, {{[-i|--ignore-case]}}: literal
        # Alternatives ({{commit|tag|branch}}) are counted: a choice added is drift; so is
        # a list ({{file1 file2 ...}}, {{a,b,...}}) where the source takes one, or the reverse.
        if "|" in words:
            shown = "|".join("…" if part.strip() else "" for part in words.split("|"))
        elif _LIST_END.search(words):
            shown = "…" + ("," if "," in words else " ") + "..."
        else:
            shown = "…" if words.strip() else ""
        # An example's values among the words (a version, a number of several digits,
        # user:group) are the command's; a single digit numbers a description (file1).
        return "{{" + shown + "".join(_EXAMPLE_VALUE.findall(words)) + "".join(options) + "}}"

    return _FILL_IN.sub(shape, code)


def code_block_value(code: str) -> str:
    """A digest of a code block's code, without comments, words in strings and text between tags.

    >>> code_block_value('x = "Hello"  # greet') == code_block_value("x = 'Hallo'  # grüßen")
    True
    >>> code_block_value('<a href="/">Home</a>') == code_block_value('<a href="/">Início</a>')
    True
    >>> code_block_value('x = 1') == code_block_value('x = 2')
    False
    """
    return read_block(code.replace(LINE_SEPARATOR, "\n")).digest


def _in_inline_code(text: str, at: int) -> bool:
    """Whether offset `at` of `text` stands inside inline code: an odd count of backticks
    before it on its line.

    >>> _in_inline_code("run `a_b` and c_d", 6), _in_inline_code("run `a_b` and c_d", 15)
    (True, False)
    """
    return text.count("`", text.rfind("\n", 0, at) + 1, at) % 2 == 1


def _lone_underscores(text: str, add) -> None:
    """Emphasis closed by an underscore that nothing opened, as `BROKEN_EMPHASIS`
    (underscores in inline code left out: an odd count of backticks before on its line).

    >>> found = []
    >>> _lone_underscores("en RVB Rec2020 linéaire_, ou _RVB_ et snake_case_", lambda *a: found.append(a))
    >>> found
    [('markup', '* … *', 15, 24)]
    """
    opened = 0
    for match in _UNDERSCORE.finditer(text):
        at = match.start()
        if _in_inline_code(text, at):
            continue
        if at == 0 or not text[at - 1].isalpha():
            opened += 1
        elif opened:
            opened -= 1
        else:
            start = at - 1
            while start > 0 and not text[start - 1].isspace():
                start -= 1
            if _CLOSING_WORD.fullmatch(text, start, at):
                add("markup", BROKEN_EMPHASIS, start, at + 1)


# Emphasis as Markdown reads it: ``*custom*``, ``**bold**``, ``_linear Rec. 2020 RGB_``.
_EMPHASIS = lazy(r"(?<![\w*\\])(\*{1,2}+|_{1,2}+)(?=[^\s*_])[^*\n]*?(?<=[^\s*_\\])\1(?![\w*])")


def emphasis_broken_in(source: str, translation: str, start: int, end: int) -> tuple[int, int] | None:
    """Where `source` writes the emphasis that `translation` breaks from `start` to `end`
    (see `BROKEN_EMPHASIS`): the emphasis of the same rank among each text's, else the
    source's one emphasis or the one whose words the translation's words before the broken
    mark resemble most (``_linear Rec. 2020 RGB_`` / ``RVB Rec2020 linéaire_``); None when
    nothing tells.

    >>> emphasis_broken_in("shown in *custom* mode", "affichée en mode * personnalisé*", 17, 32)
    (9, 17)
    >>> emphasis_broken_in("*a* or _b_", "*a* ou b_", 7, 9)
    (7, 10)
    >>> emphasis_broken_in("_working profile_ set to _linear Rec. 2020 RGB_", "doit être RVB Rec2020 linéaire_", 22, 31)
    (25, 47)
    """
    mine = [m.start() for m in _EMPHASIS.finditer(translation) if not m.start() <= start < m.end()]
    theirs = [m.span() for m in _EMPHASIS.finditer(source)]
    if len(theirs) == len(mine) + 1:
        return theirs[sum(at < start for at in mine)]
    if len(theirs) <= 1:
        return theirs[0] if theirs else None
    scores = []
    for a, b in theirs:
        words = source[a:b].strip("*_").casefold()
        before = translation[max(0, end - len(words) * 3 // 2):end].casefold()
        scores.append((SequenceMatcher(None, words, before, autojunk=False).ratio(), (a, b)))
    scores.sort(reverse=True)
    return scores[0][1] if scores[0][0] >= 0.4 and scores[0][0] - scores[1][0] >= 0.1 else None


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each span (in order, not overlapping) written as spaces."""
    parts = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append(" " * (end - start))
        at = end
    parts.append(text[at:])
    return "".join(parts)


def extract(text: str, info: LocaleInfo, claims, block: str) -> list[Invariant]:
    if block == "frontmatter":
        return []
    found: list[Invariant] = []

    def add(kind: str, value: str, start: int, end: int, claim: tuple[int, int] | None = None) -> None:
        c_start, c_end = claim or (start, end)
        if claims.free(c_start, c_end):
            claims.take(c_start, c_end)
            found.append(Invariant(kind, value, text[start:end], start, end))

    if block == "code" and "{{#" in text and (fence_language_span(text) or ("text",))[0] in _OUTPUT_LANGUAGES:
        # mdBook's include (``{{#include ../listings/…/output.txt}}``) in a block of text or of a
        # session's output, which is not compared line by line: the file the book shows there.
        for match in _MDBOOK_INCLUDE.finditer(text):
            add("markup", match.group(), *match.span())
    if block == "code" and is_prose(text):
        first = len(text.split("\n", 1)[0])
        claims.take(0, first)  # a ```md block is text: read like the rest, its fences aside
    elif block == "code":
        code = read_block(text)
        first = text.split("\n", 1)[0]
        found.append(Invariant("markup", code.digest, first[:60], 0, len(first)))
        # The block's language drives its highlighting and the tools that read it: ```ts
        # written ```js, or a fence that lost its ```properties, is drift.
        language = fence_language_span(first)
        if language:
            name, start, end = language
            found.append(Invariant("markup", "lang:" + name, "```" + first[start:end], start, end))
            # Attributes after the language (rustdoc and mdBook: ```rust,ignore,does_not_compile,
            # ```rust,noplayground) decide whether the block is compiled, run or shown as failing.
            for match in _FENCE_ATTRIBUTE.finditer(first, end):
                found.append(Invariant("markup", "fence:" + match.group(1), match.group(), match.start(), match.end()))
        # A file the fence's title names (VitePress ``vue [SomeElementImpl.vue]``, Docusaurus
        # ``title="vite.config.js"``): the file the reader creates; a title of words is prose.
        for match in _FENCE_FILE.finditer(first):
            found.append(Invariant("markup", "file:" + match.group(1), match.group(), match.start(), match.end()))
        # The fence's line ranges ({3,7}, ins={4}) point into the code: they must move with it.
        for match in _FENCE_RANGE.finditer(first):
            found.append(Invariant("markup", "fence:" + "".join(match.group().split()), match.group(),
                                   match.start(), match.end()))
        # A block inside a list item that no fence closes (CommonMark ends it with its item):
        # a version that closes it has another structure. (At the page's margin an open
        # fence runs to the end, as a last block closed at the end does.)
        marker = fence_marker(first) if first[:1] in (" ", "\t") else None
        body = text.rstrip()
        if marker and ("\n" not in body or not closes_fence(body[body.rindex("\n") + 1:], marker)):
            found.append(Invariant("markup", "fence:open", first.strip() + " (no closing fence)", 0, len(first)))
        # Comments are prose: left to the other extractors (a number in a comment counts).
        start = 0
        for comment_start, comment_end in code.comments:
            claims.take(start, comment_start)
            start = comment_end
        claims.take(start, len(text))
        return found
    for match in _DEFINITION.finditer(text) if (":" in text or "：" in text) and _DEFINITION_HINT.search(text) else ():
        add("markup", DEFINITION, *match.span(1))
    for match in _LEAD_IN.finditer(text) if "\u2028" in text and ("**" in text or "__" in text) else ():
        found.append(Invariant("markup", LEAD_IN, match.group(), *match.span()))  # (its words compared as any)
    if block == "entry":
        marker = _LITERAL_MARKER.search(text) if "::" in text else None
        if marker:  # "For example::" makes what follows a literal block; "For example:" does not
            add("markup", "::", *marker.span())
    elif block != "code" or is_prose(text):
        if _BLOCKQUOTE.match(text):
            # A note set apart as a blockquote (``> **Note**: …``) that a version writes as a
            # paragraph of the text, or the reverse, is structure that drifted.
            add("markup", ">", 0, 1)
        # List items: a list turned into prose, or items that lost their markers, are
        # structure that drifted. Bullets and numbers are told apart, not their characters.
        if _LIST_START.search(text):
            hidden = [m.span() for m in _COMMENT.finditer(text)] if "{/*" in text or "<!--" in text else []
            for match in _LIST_ITEM.finditer(text):
                if match.start() == 0 and match.group(2) and block == "text":
                    continue  # a paragraph of running text numbered as an item: its number (numbers.py)
                if not any(start <= match.start() < end for start, end in hidden):  # not in a comment
                    if match.start() == 0 and block == "list" and _LATER_START.fullmatch(match.group(1)):
                        # "2. Train the model" opening a list (after a code block that ended the
                        # one before): CommonMark numbers a list from its first marker, so the
                        # reader sees step 2 and a translation that starts at 1 shows another
                        # step. Later markers, and a first 1, are renumbered freely; an item
                        # after a blank line continues its list (the comparison drops those).
                        found.append(Invariant("number", match.group(2), match.group(2), *match.span(2), (),
                                               "list-start"))
                    add("markup", "1." if match.group(2) else "-", *match.span(1))
                    heading = _ITEM_HEADING.match(text, match.end())
                    if heading:  # `1. ##### Update the configuration`: a step's title is a heading
                        add("markup", "h" + str(len(heading.group(1))), *heading.span(1))
                    name = _FILE_ITEM.match(text, match.end())
                    if name:  # a file tree's entry: a file or folder name
                        add("markup", "file:" + name.group(1), *name.span(1))
                    elif (names := _FILE_NAMES_ITEM.match(text, match.end())) is not None:
                        # an item that lists files, then says what they are (``rke2-canal.yaml or
                        # rke2-cilium.yaml (daemonset, bootstrap)``): each file is one the reader finds
                        for file in _FILE_NAME.finditer(text, names.start(), names.end()):
                            add("markup", "file:" + file.group(), *file.span())
        elif block == "text" and (numbered := _NUMBERED_PARAGRAPH.match(text)):
            add("markup", "1.", *numbered.span(1))
        if block == "table" and ("_" in text or "." in text):
            # The key a row of a table of attributes or variables names (`| max_req_body_size
            # | integer |`) is code, written plain: a row one version lacks is drift.
            for key in _TABLE_KEY.finditer(text):
                add("markup", f"`{key.group(1)}`", *key.span(1))
    if block == "text" and text.lstrip().startswith("import "):
        # MDX: the components a page imports are code (``import { Tabs, Steps } from …``)
        for statement in _MDX_IMPORT.finditer(text):
            names = statement.group(1) or statement.group(2)
            offset = statement.start(1) if statement.group(1) else statement.start(2)
            for name in _IMPORTED_NAME.finditer(names):
                add("markup", "import " + " ".join(name.group().split()), offset + name.start(), offset + name.end())
    if block == "heading":
        level = _HEADING_LEVEL.match(text)
        if level:  # a section demoted or promoted is structure that drifted
            found.append(Invariant("markup", "h" + str(len(level.group(1))), level.group(1), *level.span(1)))
    for match in _CONSTANT.finditer(text) if "_" in text and block != "code" else ():
        # An enum constant written plain in prose (``PutMessageStatus.IN_SYNC_REPLICAS_NOT_ENOUGH``)
        # is code, though not marked as such (not in inline code: an odd count of backticks
        # before it on its line).
        if not _in_inline_code(text, match.start()):
            add("markup", match.group(), *match.span())
    if "_" in text and block != "code":
        _lone_underscores(text, add)
    if not _MARKUP_CHARS.search(text) and ":::" not in text and "* " not in text and " *" not in text:
        return found  # (an admonition's line, ":::note 注意", may be all the markup there is)

    for match in _HEADING_ID.finditer(text) if "{#" in text or "{ #" in text else ():
        claims.take(*match.span())  # a heading's own anchor: translated with the heading
    for match in _SHORTCODE.finditer(text) if "{{" in text else ():
        inner = match.group(4).rstrip()
        if not inner.endswith((">", "%")):
            continue
        if not match.group(2):  # closing shortcodes repeat the name
            attributes = sorted(f"{name}={''.join(values)}" for name, *values in _ATTRIBUTE.findall(" " + inner[:-1])
                                if not prose_attribute(name, "".join(values[:2])))  # (a {…} value is code)
            add("markup", "{{" + match.group(3) + "".join(" " + a for a in attributes) + "}}", *match.span())
        else:
            claims.take(*match.span())
    for match in _ALERT.finditer(text) if "[!" in text or ":::" in text else ():
        add("markup", (match.group(1) or match.group(2)).lower(), *match.span())
    for match in _BROKEN_MD_LINK.finditer(text) if "] (" in text or "`(" in text or "` http" in text else ():
        # "[text] (url)", "\\[text\\] (url)", "`code`(url)", "`words` url": a link the translator broke,
        # though its URL is still there.
        add("markup", "[…] (…)", *match.span())
    for match in _BROKEN_EMPHASIS.finditer(text) if "* " in text or " *" in text else ():
        # "* Exemples :*": a space after the opening mark, or "**For example: **" before the
        # closing one, so the marks show as they are (not in inline code: an odd count of
        # backticks before it on its line).
        if not _in_inline_code(text, match.start()):
            # (only the opening mark is claimed: the words inside are compared as any others)
            mark = 1 if match.group(1) else 2
            add("markup", BROKEN_EMPHASIS, *match.span(), claim=(match.start(), match.end(mark)))
    for match in _LINK_LABEL.finditer(text) if "][" in text or "]:" in text else ():
        if match.lastindex == 1 and _WHOLE_CODE_SPAN.fullmatch(match.group(1)):
            continue  # ``[`Issue Type`][`Module Name`]``: two bracketed code spans of a format, no reference
        claims.take(*match.span(match.lastindex))  # a reference's label ([Slashdot][14], [14]: http://…) names a link, no number
        # (a footnote's definition, "[^7]: CIE definition of …", holds text, not a target)
        target = _DEFINED_TARGET.match(text, match.end()) if match.lastindex == 2 and match.group(2)[0] != "^" else None
        if target and "://" not in target.group(1) and claims.free(*target.span(1)):
            # A definition's target is a link whatever it looks like ([guidelines]: ruby-talk-guidelines/),
            # as a Markdown link's is.
            add("url", normalise_url(target.group(1), info), *target.span(1))
    for match in _MD_LINK.finditer(text) if "](" in text else ():
        target = match.group(3)
        start, end = match.span(3)
        # A Markdown link's target is a link whatever it looks like (`[Profiles](profiles)`).
        link = normalise_url(target, info)
        if _TITLE_TARGET.match(target):
            # A page named by its title, its words' spaces encoded and no path, suffix or
            # anchor (the ECharts handbook's ``[5分钟上手ECharts](~5%20%E5%88%86…)`` /
            # ``(~Get%20Started%20with%20ECharts%20in%205%20minutes)``): the title is a
            # heading's words, translated with it as an anchor is, so how many links name
            # a title is compared, and a number of the title excuses the other version's.
            add("url", "#", start, end)
            title = unquote(target)
            found.extend(Invariant("number", number.group(), number.group(), start, end, (), "title")
                         for number in _TITLE_NUMBER.finditer(title))
            continue
        add("url", link, start, end)
        if match.group(1):  # an image, which a version may write as an <img> tag (`image_tag`)
            found.append(Invariant("markup", IMAGE + link, target, *match.span(), (), "image"))
        if match.group(2).strip("<> ") == target:
            claims.take(*match.span(2))  # [https://a.org/x](https://a.org/x): one link, as the bare URL is
        if "#" in target[1:] and not target.endswith("#"):
            # Its anchor is translated with the heading it names, but a link that lost it
            # lands at the top of the page: how many links have one is compared.
            found.append(Invariant("url", "#", target, start, end))
    for match in _RST_LINK.finditer(text) if ">`_" in text else ():
        target = match.group(2).strip()
        start, end = match.span(2)
        if target.endswith("_"):
            _reference(found, claims, match.start(), match.end())
        else:
            add("url", normalise_url(target, info), start, end)
    for match in _RST_REFERENCE.finditer(text) if "`_" in text else ():
        _reference(found, claims, *match.span())
    roles = list(_ROLE.finditer(text)) if ":`" in text else []
    for match in roles:
        role = match.group(1)
        content = match.group(2)
        name = role.rsplit(":", 1)[-1]
        if name == "sup" and _ORDINAL_BEFORE.search(text[max(0, match.start() - 3):match.start()]):
            continue  # "1\ :sup:`er`": an ordinal, part of a date or number
        if (name in PROSE_ROLES and (name == "math" or _LETTER.search(content))) or _project_prose_role(role, content):
            if claims.free(*match.span()):
                claims.take(*match.span())
                found.append(Invariant("markup", f"{role}:", role, match.start(1), match.end(1), (), "prose-role"))
            continue
        target = content
        angle = _ANGLE_TARGET.search(content)
        if angle:
            target = angle.group(1)
        target = target.strip()
        if name not in PROSE_ROLES:
            target = role_target(target)
        if name in ("func", "meth"):
            target = target.removesuffix("()")  # Sphinx strips them to look the target up
        if name == "kbd":
            target = canonical_keys(target, info.language)  # :kbd:`Strg+V` is Ctrl+V on a German keyboard
        add("markup", f"{role}:`{target}`", match.start(), match.end())
    for match in _MYST_ROLE.finditer(text) if "}`" in text else ():
        name, target = match.group(1), match.group(2)
        if _in_inline_code(text, match.start()):
            continue  # in inline code (`` `--color-{name}` ``)
        if name in PROSE_ROLES:
            if claims.free(*match.span()):
                claims.take(*match.span())
                found.append(Invariant("markup", f"{{{name}}}", name, match.start(1), match.end(1), (), "prose-role"))
            continue
        angle = _ANGLE_TARGET.search(target)
        target = (angle.group(1) if angle else target).strip()
        if name == "kbd":
            target = canonical_keys(target, info.language)
        add("markup", f"{{{name}}}`{target}`", match.start(), match.end())
    # Roles (taken or left for the dates) are not inline code: blank them out first (the
    # spans found above: what _ROLE.sub would replace).
    without_roles = _blanked(text, [match.span() for match in roles]) if roles else text
    if "}`" in without_roles:
        without_roles = _MYST_ROLE.sub(lambda m: " " * len(m.group()), without_roles)
    if block == "asciidoc" and "'" in without_roles:
        # AsciiDoc's ``double'' and `single' quotes are quotation marks, not code.
        without_roles = _ASCIIDOC_QUOTE.sub(lambda m: " " * len(m.group()), without_roles)
    for match in _INLINE_CODE.finditer(without_roles) if "`" in text else ():
        # A literal is verbatim, its inner spaces too (a line break in it is a wrap); in
        # reST (catalogues) ``literal`` and `interpreted text` are two things.
        ticks = match.group(1) if block == "entry" else "`"
        code = _SHELL_PROMPT.sub("", " ".join(match.group(2).split()))
        if block != "entry":
            code = _OPERATOR_SPACE.sub(r"\1", command_shape(code))  # `= None` is `=None`, `str | None` is `str|None`
        code = key_label(code, info.language) or code  # `Strg` is `Ctrl` on a German keyboard
        add("markup", ticks + code + ticks, *match.span())
    for match in _ASCIIDOC_PLACEHOLDER.finditer(text) if block == "asciidoc" and "<" in text else ():
        add("markup", "<…>", *match.span())
    for match in _HTML_TAG.finditer(text) if "<" in text else ():
        tag = match.group(1)
        if tag.endswith(":") and claims.free(*match.span()):
            # An autolink, <https://cie.co.at/…>: its address is a link too, compared as one
            # (the tag stays: ``MCP<https://…>'_``, a reST link broken, shows it as written).
            address = match.group()[1:-1]
            found.append(Invariant("url", normalise_url(address, info), address, match.start() + 1, match.end() - 1))
        start, end = match.start(), match.start() + len(tag) + 1
        if tag.lower() in INLINE_TAGS or _unknown_inline(tag, match.group(), text, match.end()):
            # Emphasis and keys are typography a translator may choose differently.
            if claims.free(*match.span()):
                claims.take(*match.span())
                found.append(Invariant("markup", f"<{tag}>", text[start:end], start, end, (), "prose-role"))
            continue
        # Attributes that are not prose (ids, slots, keys, sources) must survive as written;
        # a link in one is compared as a link (`href="/es/reference/"` is `/reference/`).
        attributes = []
        for attribute in _ATTRIBUTE.finditer(match.group()):
            name, *values = attribute.groups(default="")
            value = "".join(values)
            if prose_attribute(name, "".join(values[:2])) and not (tag[0].isupper() and name.lower() in _COMPONENT_KEYS):
                continue  # (a {…} value is code)
            if name.lower() in LINK_ATTRIBUTES and (edition := _EDITION.match(value)) and known_language(edition[1]) \
                    and claims.free(*match.span()):
                # A link to a site's edition in a language (`https://de.wikipedia.org/wiki/
                # Compose-Taste` for `https://en.wikipedia.org/wiki/Compose_key`): compared as
                # the same URL written bare is, the reader's own edition included
                # (`_localised_link`).
                at = match.start() + attribute.start(2 if values[0] else 3)
                found.append(Invariant("url", normalise_url(value, info), value, at, at + len(value)))
                value = "…"
            attributes.append(f"{name}={_attribute_value(name, value, info)}")
        if tag[0].isupper() and "queryString" in match.group():
            attributes.extend(f"{bare}=true" for bare in _BARE_KEY.findall(_ATTRIBUTE.sub(" ", match.group())))
        # A step's anchor written in its tag (``<docs-step title="…" {#add-cart}>``, taken as a
        # heading's above) is the tag's own: the tag is compared all the same.
        claim = (start, end) if "{" in match.group() and _HEADING_ID.search(match.group()) else None
        if tag.lower() == "img" and claims.free(*match.span()):
            # The image it shows is a link: a version may show it in Markdown (``![ab](…)``).
            found.extend(Invariant("url", a[4:], match.group(), *match.span(), (), "prose-role")
                         for a in attributes if a.startswith("src="))
        add("markup", f"<{tag}{''.join(' ' + a for a in sorted(attributes))}>", *match.span(), claim)
    for match in _COMPONENT_CLOSE.finditer(text) if text.lstrip().startswith("</") and _CLOSES_ONLY.fullmatch(text) else ():
        # A line that only closes a component (``</Listing>``, ``</Tabs>``) is the end of an element
        # its version wraps around what comes before: a version that writes the element
        # otherwise (a caption ``<span>``) lacks it there.
        add("markup", f"</{match.group(1)}>", *match.span())
    for match in _ICU.finditer(text) if "{" in text else ():
        add("markup", "{" + f"{match.group(1)}, {match.group(2)}" + "}", *match.span())
    # Every placeholder form starts with one of these characters.
    for match in _PLACEHOLDER.finditer(text) if "%" in text or "{" in text or "|" in text or "[" in text else ():
        if match.group().startswith("|") and _table_cell(text, match.start(), block):
            continue  # |Images| or |-----| in a Markdown table: a cell, not a reST substitution
        add("markup", match.group(), *match.span())
    return found
