"""Code blocks: the code a translation must keep, told apart from what translators translate.

A block is read line by line with a small scanner (no backtracking, linear in the
block's length) that knows each language's comment syntax from the fence's info string
(```` ```bash ````, ```` ```ts ````). Comments are prose: they are left to the other
extractors, so a number in a comment is compared like any number in the text. String
literals that hold words (``"Hello"``) and the text between tags (``<b>Open</b>``) are
the translator's; strings that look like identifiers, paths, versions or URLs
(``"actions/checkout@v4"``, ``'./src'``) are code. What remains is cut into tokens, so
that a changed block is reported by the token that changed.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import regex

from xlcheck.model import LINE_SEPARATOR
from xlcheck.patterns import lazy

_FENCE = lazy(r"^[ \t]*(?:`{3,}|~{3,})[ \t\u00a0]*\{?[ \t]*\.?([\w+#.-]*)")
# Fenced blocks whose content is prose, read like the rest of the text.
PROSE_LANGUAGES = frozenset({"md", "markdown", "mdx", "text", "txt", "plain", "plaintext", "rst"})
_HASH = frozenset({
    "sh", "bash", "shell", "zsh", "fish", "console", "shellsession", "sh-session", "python", "py", "pycon",
    "python3", "yaml", "yml", "toml", "ruby", "rb", "r", "dockerfile", "docker", "makefile", "make", "conf",
    "ini", "properties", "nix", "perl", "pl", "powershell", "ps1", "pwsh", "elixir", "ex", "exs", "julia",
    "graphql", "gql", "tcl", "awk", "cmake", "env", "dotenv", "gitignore", "terraform", "hcl", "nginx", "apache",
    "crystal", "coffee", "coffeescript", "raku", "gdscript", "just", "starlark", "bazel", "editorconfig",
    "nu", "nushell",
})
_SLASH = frozenset({
    "js", "javascript", "jsx", "ts", "typescript", "tsx", "mjs", "cjs", "mts", "cts", "c", "cpp", "c++", "cc",
    "h", "hpp", "cs", "csharp", "c#", "java", "go", "golang", "rust", "rs", "kotlin", "kt", "kts", "swift",
    "scss", "sass", "less", "json", "json5", "jsonc", "php", "dart", "scala", "groovy", "gradle", "astro", "svelte",
    "vue", "proto", "protobuf", "zig", "objc", "objective-c", "solidity", "sol", "glsl", "wgsl", "d", "fsharp",
    "fs", "v", "vala", "hcl", "terraform", "jsonnet", "typespec",
})
# (JSON has no comments, but documentation writes them in its examples: ``"a": 1, // why``;
# a "//" inside a string, a URL, is read as the string's.)
_DASH = frozenset({"sql", "lua", "haskell", "hs", "elm", "ada", "plsql", "psql", "mysql", "postgres",
                   "postgresql", "sqlite", "pgsql", "tsql"})
_BLOCK_C = _SLASH | {"css", "postcss", "sql", "pgsql", "mysql", "postgresql"}
_TEMPLATE_LANGUAGES = _SLASH | {"html", "vue", "svelte", "astro", "mdx", "jsx", "tsx"}
_MARKUP = frozenset({"html", "xml", "svg", "vue", "svelte", "astro", "mdx", "jsx", "tsx", "xhtml", "handlebars",
                     "hbs", "liquid", "njk", "nunjucks", "erb", "ejs", "php", "markdoc"})
# A string that is code rather than words: no space, and a path, version, URL or
# identifier character in it (or a digit).
_CODE_CHARS = frozenset("/.@:_-=#$%0123456789")
# Two letters of a script written without spaces between its words (Han, kana, Thai), and
# the slots of a template literal or a format string (``${id}``, ``{0}``, ``%s``).
_UNSPACED_WORDS = lazy(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]{2}")
_TEMPLATE_SLOT = lazy(r"\$\{[^{}\n]*+\}|\{[\w.]*+\}|%[sdfv]")
_CAMEL = lazy(r"[\p{Ll}\d]++(?:[A-Z][\p{Ll}\d]*+)++")
# The text between two tags on one line; expressions in braces inside it stay code. A tag
# ends in a ">" after its name, an attribute or a slash, never an arrow's (``) => A |
# Promise<A>``, a type after it) or a comparison's, and the next opens with no space.
_TEXT_NODE = lazy(r"(?<![=\-\s])>([^<>\n]++)<(?![\s=])")
# An element's content that is one value with a figure in it (``<version>0.12.1</version>``,
# ``<port>8080</port>``): data of the listing, not text a translator translates.
_VALUE_NODE = lazy(r"(?=[^\d]*+\d)[A-Za-z0-9._+-]++")
_TAG_TEXT = lazy(r"%\}([^{}<>\n]++)\{%")
_EXPRESSION = lazy(r"\{[^{}\n]*+\}")
# The end of a line that opens an element: a tag's ">" after its name or an attribute,
# not an arrow's, a comparison's or a self-closing tag's.
_OPENING_TAG_END = lazy(r"<[A-Za-z][\w.:-]*+(?:\s[^<>\n]*+)?+(?<![=/-])>\s*+$")
_DIGIT_IN = lazy(r"\d")
# A line of a markup block with no code character: text content that runs over lines.
_CODE_CHARACTER = lazy(r"[<>{}=;()\[\]`$]")
_TOKEN = lazy(r"\S+")
_MARKDOWN_MARKUP = frozenset({"markdoc", "mdoc"})
_INLINE_CODE_SPAN = lazy(r"`[^`\n]++`")
# Mermaid: a node's or an edge's label, and a title or message after a keyword or a colon.
_DIAGRAM_LABEL = lazy(r"\[\(?+([^\[\]\n]*+)\)?+\]|\(\(?+([^()\n]*+)\)?+\)|\{([^{}\n]*+)\}|\|([^|\n]*+)\||\"([^\"\n]*+)\"")
_DIAGRAM_TITLE = lazy(r"^\s*+(?:subgraph\s++(?![\w-]++\s*+\[)|title\s++|[^:\n]*?(?:->>|-->>|->|-x|-\)|note\s[^:\n]*+)[^:\n]*+:)([^\[\n]*+)")
# An attribute whose value is text, right before a string: title="…", alt='…'.
_PROSE_ATTRIBUTE = lazy(r"(?<![\w-])(?:alt|title|aria-label|label|placeholder|description|caption|summary"
                                 r"|text|heading)\s*+[=:]\s*+$")
_TAG = lazy(r"<[A-Za-z][\w.:-]*+[^<>\n]*+>")
# A placeholder in angle brackets of a command line, words inside (no attribute, no
# quotes, no path or nesting), and a word of it.
_PROSE_PLACEHOLDER = lazy(r"(?<![<\w])<(?![\s/!])([^<>\n=\"'`$/\\]*+)(?<!\s)>(?!>)")
_PLACEHOLDER_WORD = lazy(r"(?<![\p{L}\d])\p{L}[\p{L}\d-]*+")
_OUTSIDE_TAGS = lazy(r"(?:^|(?<=>))[^<>]++(?=<|$)")
_SESSIONS = frozenset({"pycon", "console", "shellsession", "sh-session", "doscon", "ps1con"})
_PROMPT = lazy(r"^\s*(?:>>>|\.\.\.|\$|#|>|PS>|C:\\)")
# A line of an object literal, not of text: `label: 'Constellations',`, `"a",`.
_KEY_VALUE = lazy(r"^\s*+[\w$.\"'-]++\s*+:\s*+[\"'\d\[{]|[\"']\s*+,?+\s*+$")
_KEPT_IN_TEXT = lazy(r"\d|\w\.[A-Za-z]")
# Punctuation standing alone in text: French ":_" and "»", a dash.
_TEXT_MARK = lazy(r"[*_]*+[\p{P}--[\"'()\[\]{}<>]]++[*_]*+", regex.V1)
# A word of text, with its emphasis and punctuation: _Some, stars:_, **important**.
_TEXT_WORD = lazy(r"[*_]*+\p{L}[\p{L}\p{M}’'-]*+[.,:;!?…]?+[*_]*+[.,:;!?…]?+")
# Info strings that name no language.
_GENERIC = frozenset({"code", "none", "plain", "snippet"})
# Languages whose comment markers are known: those above and those below, and those with
# no comments at all (a diff's "#" is a line of the file).
_COMMENTS_KNOWN = _HASH | _SLASH | _DASH | _BLOCK_C | _MARKUP | frozenset({
    "ini", "lisp", "clojure", "scheme", "asm", "nasm", "autohotkey", "tex", "latex", "erlang", "matlab",
    "diff", "patch", "http", "csv", "tsv"})
# A comment of one word and a colon, the title of the lines after it: "#output:".
_LABEL_COMMENT = lazy(r"\p{L}++:[ \t]*+")
_NON_LATIN = lazy(r"[^\P{L}\p{Latin}]")
_OUTPUT_WORD = lazy(r"(?<![^\s\"'(\[])\p{L}[\p{L}\p{M}’'-]*+[.,:;!?…]?+(?![^\s\"')\]])")
# A comment that is one name of code, in ASCII: a path or file name, a call, an identifier
# with an underscore. (An ellipsis stays prose: "// ..." may be written "// …" or "// 略".)
_CODE_COMMENT = lazy(r"(?=\S*(?:/|\(|_|\.[a-z]{1,5}$))[A-Za-z0-9@$~./()\[\]_-]++")
MASK = "\x00"
# Blocks of no programming language, where a drawing may stand.
_PLAIN_BLOCKS = frozenset({"", "text", "txt", "plaintext", *_GENERIC})
# Blocks where a command's list of options may stand (its ``--help`` as printed), and a
# line of it: a flag, its short form before it and the type of its value after it, then,
# after two spaces or more, the flag's help text (cobra's and pflag's ``-A, --all-namespaces
# List all …``, argparse's ``--name NAME   …``), which a translator translates.
_SHELL_BLOCKS = frozenset({"sh", "bash", "shell", "zsh", "console", "shellsession", "sh-session", "", *_GENERIC})
_FLAG_HELP = lazy(r"^[ \t]*+(?:-[A-Za-z0-9],[ \t]++)?+--[A-Za-z0-9][\w.-]*+(?:[ \t][A-Za-z][\w.\[\]-]*+)?+"
                  r"[ \t]{2,}+(\p{L}[^\n]*?)[ \t]*+$")
# A line of a tree drawing, and a note in brackets at the end of it (after a space, or in
# full-width brackets).
_TREE_LINE = lazy(r"[ \t│|]*+[├└]")
_TREE_NOTE = lazy(r"(?:(?<=[ \t])\(|（)[^\n]*[)）][ \t]*+$")


@dataclass(frozen=True)
class Token:
    """A piece of code: its value (translated strings blanked) and its span in the block."""

    value: str
    start: int
    end: int
    line: int  # 0-based, within the block


@dataclass(frozen=True)
class CodeBlock:
    """What a block holds: its language, its code tokens, and the spans of its comments."""

    language: str
    tokens: tuple[Token, ...]
    comments: tuple[tuple[int, int], ...]
    # The strings whose words were left to the translator: (start, end, line), quotes excluded.
    strings: tuple[tuple[int, int, int], ...] = ()
    # The comments read as code because they only name a file or a call.
    named_comments: tuple[tuple[int, int], ...] = ()

    @property
    def digest(self) -> str:
        import hashlib  # (here: a text without code blocks never loads it)

        normal = " ".join(t.value for t in self.tokens)
        return "code:" + hashlib.sha1(normal.encode("utf-8")).hexdigest()[:10]


def fence_language(text: str) -> str | None:
    """The info string of a fenced block (``bash`` for ```` ```bash ````), '' when it has
    none, None when the text is no fenced block."""
    match = _FENCE.match(text)
    return match.group(1).lower() if match else None


# One language under two names (the aliases highlighters such as Shiki and Prism give it):
# ```javascript for ```js highlights the same; ```shell, ```sh and ```zsh are Shiki's and
# Prism's names of bash (shellscript). A shell session (```console, prompts and output) is
# another language.
_LANGUAGE_NAMES = {
    "sh": "bash", "shell": "bash", "zsh": "bash", "shellscript": "bash",
    "javascript": "js", "typescript": "ts", "yml": "yaml", "py": "python", "python3": "python",
    "markdown": "md", "rb": "ruby", "golang": "go", "rs": "rust", "kt": "kotlin", "csharp": "cs", "c#": "cs",
    "sh-session": "shellsession", "docker": "dockerfile", "make": "makefile", "ps1": "powershell",
    "pwsh": "powershell", "hs": "haskell", "gql": "graphql", "txt": "text", "plain": "text", "plaintext": "text",
}


def fence_language_span(text: str) -> tuple[str, int, int] | None:
    """The language a fenced block's info string names, under one name per language,
    with its span; None when the block names none (or names plain text, which is what
    a fence without a language shows).

    >>> fence_language_span("```ts twoslash" + chr(10) + "let a = 1")
    ('ts', 3, 5)
    >>> fence_language_span("```javascript")[0], fence_language_span("``` {3}"), fence_language_span("```text")
    ('js', None, None)
    """
    match = _FENCE.match(text)
    if not match or not match.group(1)[:1].isalpha():
        return None  # (```` ``` {3} ````: line ranges, no language)
    name = match.group(1).lower()
    name = _LANGUAGE_NAMES.get(name, name)
    if name in _GENERIC or name == "text":
        return None
    return name, match.start(1), match.end(1)


def is_prose(text: str) -> bool:
    """Whether a code block holds prose (```` ```md ````): it is read as text."""
    return fence_language(text) in PROSE_LANGUAGES


def _markers(language: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(line comment markers, block comment (open, close) pairs) of a language."""
    line: list[str] = []
    if language in _GENERIC or language not in _COMMENTS_KNOWN:
        # ```code names no language, and a language whose comments xlcheck does not know
        # (```textproto, ```build) tells no more: read as a block without one, whose
        # comments may be any of the usual ones (else a translated comment reads as code)
        language = ""
    if language in _HASH or not language:
        line.append("#")
    if language in _SLASH or not language:
        line.append("//")
    if language in _DASH:
        line.append("--")
    if language in ("ini", "lisp", "clojure", "scheme", "asm", "nasm", "autohotkey"):
        line.append(";")
    if language in ("tex", "latex", "erlang", "matlab"):
        line.append("%")
    block: list[tuple[str, str]] = []
    if language in _BLOCK_C or language == "":
        block.append(("/*", "*/"))
    if language in _MARKUP or language == "":
        block.append(("<!--", "-->"))
    if language in ("mdx", "jsx", "tsx", "astro"):
        block.append(("{/*", "*/}"))
    return tuple(line), tuple(block)


@functools.lru_cache(maxsize=64)
def _significant(line_markers: tuple[str, ...], block_markers: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The characters at which a line of code outside strings and comments may change
    state: a quote, or the first character of a comment marker. Between two of them the
    scanner of `read_block` only steps on, so it jumps there (found in C)."""
    firsts = "\"'`" + "".join(marker[0] for marker in line_markers) + "".join(pair[0][0] for pair in block_markers)
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(set(firsts))) + "]")


def read_block(text: str) -> CodeBlock:
    """Scan a code block (with or without its fences) once.

    >>> text = "```bash" + chr(10) + "npm i astro@4  # install 4" + chr(10) + "```"
    >>> block = read_block(text)
    >>> [t.value for t in block.tokens], [text[s:e] for s, e in block.comments]
    (['npm', 'i', 'astro@4'], [' install 4'])
    >>> read_block("```py" + chr(10) + 'print("Hello")').digest == read_block("```py" + chr(10) + 'print("Hallo")').digest
    True
    """
    language = fence_language(text)
    fenced = language is not None
    lines = text.replace(LINE_SEPARATOR, "\n").split("\n")  # a catalogue entry's lines
    start = 0
    body_from, body_to = 0, len(lines)
    if language is not None:
        body_from = 1
        if len(lines) > 1 and _FENCE.match(lines[-1]) and not lines[-1].strip().strip("`~"):
            body_to = len(lines) - 1
    else:
        language = "python" if text.lstrip().startswith(">>>") else ""
    # A diff shows code of any language: its comments are marked as in a block without one.
    line_markers, block_markers = _markers("" if language in ("diff", "patch") else language)
    significant = _significant(line_markers, block_markers)
    chars = list(text)
    comments: list[tuple[int, int]] = []
    strings: list[tuple[int, int, int]] = []
    open_block: str | None = None
    template = False
    offsets = []
    for line in lines:
        offsets.append(start)
        start += len(line) + 1
    if language in _TRIPLE_QUOTING and body_to > body_from:
        _mask_triple_quoted(chars, text, offsets[body_from], offsets[body_to - 1] + len(lines[body_to - 1]))
    for number in range(len(lines)):
        offset = offsets[number]
        if number < body_from or number >= body_to:
            for i in range(offset, offset + len(lines[number])):
                chars[i] = " "  # the fences are not code
            continue
        line = lines[number]
        i = 0
        length = len(line)
        quote: str | None = "`" if template else None  # a template literal runs over lines
        string_start = 0
        comment_start = 0
        if open_block is not None:
            comment_start = 0
        while i < length:
            if open_block is not None:
                if line.startswith(open_block, i):
                    comments.append((offset + comment_start, offset + i))
                    for j in range(comment_start, i + len(open_block)):
                        chars[offset + j] = " "
                    i += len(open_block)
                    open_block = None
                    continue
                i += 1
                continue
            ch = line[i]
            if quote is not None:
                if ch == "\\":
                    i += 2
                    continue
                if ch == quote:
                    if _mask_string(chars, line, offset, string_start, i):
                        strings.append((offset + string_start, offset + i, number))
                    quote = None
                i += 1
                continue
            if ch not in "\"'`":
                step = significant.search(line, i)
                if step is None:
                    break  # no quote or comment marker in the rest of the line
                i = step.start()
                ch = line[i]
            if ch in "\"'`" and not (ch == "'" and 0 < i and line[i - 1].isalnum() and language in ("", *_HASH)):
                quote, string_start = ch, i + 1
                i += 1
                continue
            marker = _line_marker(line, i, line_markers, language in _HASH)
            if marker:
                comments.append((offset + i + len(marker), offset + length))
                for j in range(i, length):
                    chars[offset + j] = " "
                break
            opened = next((pair for pair in block_markers if line.startswith(pair[0], i)), None)
            if opened:
                open_block = opened[1]
                for j in range(i, i + len(opened[0])):
                    chars[offset + j] = " "
                i += len(opened[0])
                comment_start = i
                continue
            i += 1
        if open_block is not None:
            comments.append((offset + comment_start, offset + length))
            for j in range(comment_start, length):
                chars[offset + j] = " "
        template = quote == "`" and language in _TEMPLATE_LANGUAGES
        if template and _mask_string(chars, line, offset, string_start, length):
            strings.append((offset + string_start, offset + length, number))
    if language in _PLAIN_BLOCKS and ("├" in text or "└" in text):
        _tree_notes(chars, lines, offsets, body_from, body_to, comments)
    if language in _SHELL_BLOCKS and "--" in text:
        strings = _flag_help(chars, lines, offsets, body_from, body_to, comments, strings)
    if language in _SHELL_BLOCKS and "<" in text:
        _prose_placeholders(chars, text)
    kept = []
    named: list[tuple[int, int]] = []
    # The file the fence's title already names (VitePress ``js [vite.config.js]``,
    # ``title="vite.config.js"``), which a comment on the first line may name again.
    title = lines[0] if fenced else ""
    for comment_start, comment_end in comments:
        content = text[comment_start:comment_end]
        if "\n" not in content and _CODE_COMMENT.fullmatch(content.strip()) and not (
                title and content.strip() in title and text.count("\n", 0, comment_start) == 1):
            # a comment that only names a file or a call (``// src/content.config.ts``,
            # ``// app.component(...)``) is code the translator keeps, unless it repeats
            # the block's title: a heading of the block, not a line of its code
            chars[comment_start:comment_end] = content
            named.append((comment_start, comment_end))
        else:
            kept.append((comment_start, comment_end))
    comments = kept
    if language == "mermaid":
        _mask_diagram(chars, lines, offsets, body_from, body_to)
    if language in _SESSIONS or text.lstrip().startswith(">>>"):
        _mask_output(chars, lines, offsets, body_from, body_to)
    elif language in _MARKUP:
        _mask_output(chars, lines, offsets, body_from, body_to, prose_only=True, markdown=language in _MARKDOWN_MARKUP)
        _mask_text_lines(chars, lines, offsets, body_from, body_to)
    elif not fenced and _TAG.search(text):
        # A literal entry of a catalogue with inline HTML (a template's message): the text
        # around its tags is the translator's, the tags are code.
        _mask_output(chars, lines, offsets, body_from, body_to, prose_only=True)
        _mask_around_tags(chars, lines, offsets)
    masked = "".join(chars)
    masked = _TEXT_NODE.sub(lambda m: m.group() if _VALUE_NODE.fullmatch(m.group(1))
                            else ">" + _mask_words(m.group(1)) + "<", masked)
    if "%}" in masked:  # Markdoc, Liquid, Jinja: {% tag %}Text{% /tag %}
        masked = _TAG_TEXT.sub(lambda m: "%}" + _mask_words(m.group(1)) + "{%", masked)
    line_of = bisect.bisect_right
    tokens = tuple(Token(value, m.start(), m.end(), line_of(offsets, m.start()) - 1) for m in _TOKEN.finditer(masked)
                   if (value := m.group().replace(MASK, "")))
    return CodeBlock(language, tokens, tuple((s, e) for s, e in comments if e > s), tuple(strings), tuple(named))


def _prose_placeholders(chars: list[str], text: str) -> None:
    """In a command line, a placeholder in angle brackets that describes in words what to
    type (``<IoTDB data folder path, separated by commas>``, zh ``<IoTDB数据文件夹路径>``)
    is the translator's: its words are blanked, its brackets kept. A placeholder of one
    name (``<file>``, ``<PORT>``), a redirection (``< in.txt >``) or a tag stays code.

    >>> chars = list("run.sh <path of the data folder> <file>")
    >>> _prose_placeholders(chars, "run.sh <path of the data folder> <file>")
    >>> "".join(chars).replace(MASK, "_")
    'run.sh <_______________________> <file>'
    """
    for match in _PROSE_PLACEHOLDER.finditer(text):
        words = match.group(1)
        if _NON_LATIN.search(words) or len(_PLACEHOLDER_WORD.findall(words)) >= 3:
            chars[match.start(1):match.end(1)] = MASK * len(words)


def _tree_notes(chars: list[str], lines: list[str], offsets: list[int], first: int, last: int,
                comments: list[tuple[int, int]]) -> None:
    """In a tree drawn with box-drawing lines (a hierarchy of components, a file tree), a
    note in brackets after a node (``└─ <Stats> (async component)``, ja ``（非同期コンポーネント）``)
    describes it in words: read as a comment, the node as code."""
    for number in range(first, last):
        note = _TREE_NOTE.search(lines[number]) if _TREE_LINE.match(lines[number]) else None
        if note:
            start, end = offsets[number] + note.start(), offsets[number] + note.end()
            comments.append((start, end))
            chars[start:end] = " " * (end - start)


def _flag_help(chars: list[str], lines: list[str], offsets: list[int], first: int, last: int,
               comments: list[tuple[int, int]], strings: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """In a command's list of options (``-A, --all-namespaces   List all waypoints in all
    namespaces``, zh ``列出所有命名空间中的所有航点``), the help text after each flag is
    read as a comment, the flag and its value's type as code: the strings and comments
    found inside it are its words. Returns the strings outside the help texts."""
    helps = []
    for number in range(first, last):
        match = _FLAG_HELP.match(lines[number]) if "--" in lines[number] else None
        if match is None or lines[number].rstrip().endswith("\\"):
            continue  # (a command cut over lines ends with its continuation mark)
        start, end = offsets[number] + match.start(1), offsets[number] + match.end(1)
        comments[:] = [(s, e) for s, e in comments if not start <= s <= end]
        comments.append((start, end))
        chars[start:end] = " " * (end - start)
        helps.append((start, end))
    if not helps:
        return strings
    comments.sort()
    return [string for string in strings if not any(s <= string[0] <= e for s, e in helps)]


def _mask_words(text: str) -> str:
    """Text content blanked, its ``{expressions}`` kept."""
    kept = [(m.start(), m.end()) for m in _EXPRESSION.finditer(text)]
    out = [MASK] * len(text)  # spaces too: one word or three, the tag's tokens stay the same
    for start, end in kept:
        out[start:end] = text[start:end]
    return "".join(out)


def _mask_output(chars: list[str], lines: list[str], offsets: list[int], first: int, last: int,
                 prose_only: bool = False, markdown: bool = False) -> None:
    """In an interactive session, the words of output lines (``Handling error: division
    by zero``) are what a translated example prints: the translator's, like a string.
    Numbers and code in them stay. With `prose_only` (markup), only lines with no code
    character at all: the text content of an element that runs over several lines. In
    Markdown-based markup (Markdoc), inline code in such a line (``Wrap `<Steps>`
    around…``) stays code and the words around it are text."""
    for number in range(first, last):
        line = lines[number]
        if _PROMPT.match(line) and not prose_only:
            continue
        probe = _INLINE_CODE_SPAN.sub(" ", line) if markdown and "`" in line else line
        if prose_only and (_CODE_CHARACTER.search(probe) or _KEY_VALUE.search(probe)
                           or (len(line.split()) < 2 and not _NON_LATIN.search(line))):
            continue
        if probe is not line:
            # A line of Markdown prose: all but its inline code is the translator's.
            spans = [m.span() for m in _INLINE_CODE_SPAN.finditer(line)]
            for j, ch in enumerate(line):
                if not ch.isspace() and not any(start <= j < end for start, end in spans):
                    chars[offsets[number] + j] = MASK
            continue
        if prose_only:
            # Text: its words, emphasis and all, and the runs of Japanese or Chinese text
            # (no spaces between their words) that hold no number or file name.
            for word in _TOKEN.finditer(line):
                token = word.group()
                if _TEXT_WORD.fullmatch(token) or _TEXT_MARK.fullmatch(token) or (
                        _NON_LATIN.search(token) and not _KEPT_IN_TEXT.search(token)):
                    for j in range(*word.span()):
                        chars[offsets[number] + j] = MASK
            continue
        for word in _OUTPUT_WORD.finditer(line):
            for j in range(*word.span()):
                chars[offsets[number] + j] = MASK


def _mask_text_lines(chars: list[str], lines: list[str], offsets: list[int], first: int, last: int) -> None:
    """An element's text on a line of its own, between the line that opens the element
    and the one that closes it, with expressions in it (``<p key={name}>`` /
    ``{name}, Age: {age}`` / ``</p>``): the translator's words, its expressions code, as
    the same text is when the element stands on one line (``_TEXT_NODE``). Text with a
    figure in it stays code."""
    body = [number for number in range(first, last) if lines[number].strip()]
    for before, number, after in zip(body, body[1:], body[2:]):
        text = lines[number].strip()
        if "{" not in text or not _OPENING_TAG_END.search(lines[before]) or not lines[after].lstrip().startswith("<"):
            continue
        words = _EXPRESSION.sub(" ", text)
        if _CODE_CHARACTER.search(words) or _KEY_VALUE.search(text) or not _LETTER_IN.search(words) or _DIGIT_IN.search(words):
            continue
        at = offsets[number] + lines[number].index(text)
        masked = _mask_words(text)
        for j, ch in enumerate(masked):
            if ch == MASK:
                chars[at + j] = MASK


def _mask_diagram(chars: list[str], lines: list[str], offsets: list[int], first: int, last: int) -> None:
    """A Mermaid diagram: the labels of its nodes and edges (``A[Fork the repo]``,
    ``-->|HTTP|``), a subgraph's title and a message after a colon are the translator's;
    ids, arrows and keywords are code."""
    for number in range(first, last):
        line, offset = lines[number], offsets[number]
        if line.lstrip().startswith("%%"):
            spans = [(0, len(line))]
        else:
            spans = [m.span(m.lastindex) for m in _DIAGRAM_LABEL.finditer(line) if m.lastindex]
            title = _DIAGRAM_TITLE.match(line)
            if title:
                spans.append(title.span(1))
        for start, end in spans:  # spaces too: a label of one word or three is the same code
            for j in range(start, end):
                chars[offset + j] = MASK


def _mask_around_tags(chars: list[str], lines: list[str], offsets: list[int]) -> None:
    """Blank the pieces of each line outside its tags that hold no code character."""
    for number, offset in enumerate(offsets):
        line = "".join(chars[offset:offset + len(lines[number])])
        for piece in _OUTSIDE_TAGS.finditer(line):
            if not _CODE_CHARACTER.search(piece.group()):
                for j in range(*piece.span()):
                    if not line[j].isspace():
                        chars[offset + j] = MASK


def _is_code_string(content: str) -> bool:
    """A string without spaces holding a path, version, URL or identifier character (or a
    digit), or a camel-case identifier: code, not words."""
    if any(ch.isspace() for ch in content):
        return False
    words = _TEMPLATE_SLOT.sub("", content)
    if _UNSPACED_WORDS.search(words) and not any(ch in _CODE_CHARS for ch in words):
        # words of a script written without spaces around a template's slots, no code
        # character among them: a message translated (``编排已调度，ID：${id}`` for
        # ``Orchestration scheduled with ID: ${id}``), where ``hami.io/<卡类型>-devices``
        # is a key with a placeholder in it
        return False
    return any(ch in _CODE_CHARS for ch in content) or bool(_CAMEL.fullmatch(content))


def _line_marker(line: str, i: int, markers: tuple[str, ...], hash_language: bool = False) -> str | None:
    for marker in markers:
        if not line.startswith(marker, i):
            continue
        before = line[i - 1] if i else " "
        after = line[i + len(marker)] if i + len(marker) < len(line) else " "
        if marker == "#" and hash_language and (not line[:i].strip() or before.isspace()) and (
                " " in line[i:].strip() or _NON_LATIN.match(after) or _LABEL_COMMENT.fullmatch(line, i + 1)):
            # "#collector.yaml in the root directory", "#查看pod状态": a comment of words
            # (Chinese and Japanese words need no space between them); "#output:", one
            # word that titles the lines after it; after code and a space too ("hostIPC:
            # true #When it is set, …"): YAML and the shells start a comment there
            return marker
        if marker == "#" and (not before.isspace() or after not in " \t!#" and not (
                hash_language and _NON_LATIN.match(after))):
            # "#fff", "a#b", "#include"-like directives stay code ("#!" is a shebang); after
            # code too, "'BE' #指定Pod的QoS级别" is a comment of words
            continue
        if marker == "--" and not (before.isspace() and after in " \t"):
            continue  # "--flag", "--custom-property" are code
        if marker == "//" and before in ":/":
            continue  # "https://", and "unix:///var/run/x.sock", "file:///etc": a path's root after it
        return marker
    return None


# Languages whose strings may be triple-quoted over several lines: a docstring
# (``"""This is a brief description of the Schema"""``) is text a translator translates.
_TRIPLE_QUOTING = frozenset({"python", "py", "python3", "pycon", "kcl", "starlark", "bazel", "julia"})
_TRIPLE_QUOTED = lazy(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'')


def _mask_triple_quoted(chars: list[str], text: str, start: int, end: int) -> None:
    """Blank the words of each triple-quoted string between `start` and `end` (its marks
    left as one pair of quotes, its lines as they are), as `_mask_string` does a string
    on one line: the reader's words, however many lines they take."""
    for match in _TRIPLE_QUOTED.finditer(text, start, end):
        if not _LETTER_IN.search(match.group(), 3, len(match.group()) - 3):
            continue
        chars[match.start()] = chars[match.end() - 1] = '"'
        for j in range(match.start() + 1, match.end() - 1):
            if text[j] != "\n":
                chars[j] = MASK


_LETTER_IN = lazy(r"\p{L}")


def _mask_string(chars: list[str], line: str, offset: int, start: int, end: int) -> bool:
    """Blank a string's contents when they are words a translator translates (and say so):
    words, or the value of an attribute that holds text (``title="Regardez-ça"``)."""
    # the quote style is the translator's (a template literal's line may hold no quote)
    if start > 0:
        chars[offset + start - 1] = '"'
    if end < len(line):
        chars[offset + end] = '"'
    content = line[start:end]
    if not content or (_is_code_string(content) and not _PROSE_ATTRIBUTE.search(line, 0, start - 1)):
        return False
    for j in range(start, end):
        chars[offset + j] = MASK
    return True
