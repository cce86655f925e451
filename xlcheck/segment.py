"""Cut a document's text into paragraphs (and lines or sentences), keeping offsets.

Plain text: a paragraph is a run of non-blank lines; a file without any blank line
has one paragraph a line. Markdown/MDX: the same, except that front matter, fenced
code blocks and headings are always paragraphs of their own, and comments on lines of
their own (HTML ``<!-- … -->``, MDX ``{/* … */}``; outside code) are not rendered, so they
are no paragraph and end the one before them, as a blank line would.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from xlcheck.model import Document, Segment
from xlcheck.patterns import lazy

# Any indentation: MDX nests fences in list items. A backtick fence's info string holds no
# backtick (CommonMark): "```namesrv.addr:port``` 替换为 …" is a paragraph opening with code.
_FENCE = lazy(r"^[ \t]*(`{3,}+(?![^`\n]*`)|~{3,})")
_HEADING = lazy(r"^ *#{1,6} ")
_EMPTY_HEADING = lazy(r"^ *#{1,6}$")
_LIST = lazy(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
_TABLE = lazy(r"^[ \t]*\|")
# A definition under its term (kramdown, PHP Markdown Extra, Pandoc): ``Term`` then
# ``: what it means``, an item of a definition list.
_DEFINITION = lazy(r"^[ \t]{0,3}:[ \t]+\S")
_HTML = lazy(r"^[ \t]*<")
# An HTML table in Markdown/MDX is one block up to its closing tag: translations space its
# rows and cells out with blank lines (or not) as they please.
_TABLE_OPEN = lazy(r"^[ \t]*<table\b", regex.IGNORECASE)
_TABLE_CLOSE = lazy(r"</table\s*>", regex.IGNORECASE)
_TABLE_LINES = 400
# An HTML comment that fills its lines (``<!-- … -->``, on one line or several): not rendered.
# Translations of the Kubernetes site keep the English original in one before each
# translated paragraph; linters' switches (``<!-- prettier-ignore -->``) are others.
# MDX writes its comments ``{/* … */}``.
_COMMENT_OPEN = lazy(r"^[ \t]*(<!--|\{/\*)")
_COMMENT_CLOSE = {"<!--": "-->", "{/*": "*/}"}


def _closing_mark(lines, i: int) -> bool:
    """Whether line i, an empty heading (``##`` alone), follows a heading directly: the
    closing sequence of ``## Title ##`` moved to a line of its own, which CommonMark reads
    as a second, empty heading. (An empty heading between blank lines stays text.)"""
    return i > 0 and _HEADING.match(lines[i - 1][2]) is not None and bool(lines[i - 1][2].strip(" #\t"))


def fence_marker(line: str) -> str | None:
    """The marker of the code fence `line` opens (```` ``` ````, ``~~~~``), or None."""
    fence = _FENCE.match(line)
    return fence.group(1) if fence else None


def closes_fence(line: str, marker: str) -> bool:
    """Whether `line` closes a fence opened with `marker`: the marker's character, as many
    times or more, and nothing after it.

    >>> closes_fence("  ````", "```"), closes_fence("```yml", "```"), closes_fence("``", "```")
    (True, False, False)
    """
    return regex.match(rf"^[ \t]*{regex.escape(marker[0])}{{{len(marker)},}}\s*$", line) is not None


def line_starts(text: str) -> tuple[int, ...]:
    """Offsets at which each line begins (line 1 starts at 0)."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return tuple(starts)


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line text without newline) for each line."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        out.append((start, end, line.rstrip("\r")))
        start = end + 1
    return out


def paragraphs(text: str, fmt: str = "text") -> tuple[Segment, ...]:
    """Split `text` into paragraphs with 1-based numbers and line spans.

    >>> [p.text for p in paragraphs("One.\\nStill one.\\n\\nTwo.\\n")]
    ['One.\\nStill one.', 'Two.']
    >>> [p.line for p in paragraphs("a\\nb\\nc")]
    [1, 2, 3]
    """
    lines = _lines(text)
    if fmt == "markdown":
        blocks = _markdown_blocks(lines)
    else:
        blocks = _text_blocks(lines)
    segments = []
    for first, last, kind in blocks:
        start = lines[first][0]
        end = lines[last][1]
        body = text[start:end].rstrip("\r")
        segments.append(
            Segment(n=len(segments) + 1, start=start, end=start + len(body), line=first + 1,
                    end_line=last + 1, text=body, kind=kind)
        )
    return tuple(segments)


def non_empty_lines(text: str) -> tuple[Segment, ...]:
    """Every non-empty line as a segment numbered by its line number."""
    return tuple(
        Segment(n=i + 1, start=s, end=e, line=i + 1, end_line=i + 1, text=line)
        for i, (s, e, line) in enumerate(_lines(text))
        if line.strip()
    )


def _text_blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    blank = [not line.strip() for _, _, line in lines]
    content = [i for i, b in enumerate(blank) if not b]
    if not content:
        return []
    inner_blank = any(blank[content[0]:content[-1]])
    if not inner_blank:
        return [(i, i, "text") for i in content]
    blocks = []
    first = None
    for i, is_blank in enumerate(blank):
        if not is_blank and first is None:
            first = i
        elif is_blank and first is not None:
            blocks.append((first, i - 1, "text"))
            first = None
    if first is not None:
        blocks.append((first, content[-1], "text"))
    return blocks


def _markdown_blocks(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    blocks: list[tuple[int, int, str]] = []
    i = 0
    count = len(lines)
    if count and lines[0][2].strip() == "---":
        for j in range(1, count):
            if lines[j][2].strip() == "---":
                blocks.append((0, j, "frontmatter"))
                i = j + 1
                break
    first = None
    closers = {opener: _comment_closers(lines, closer) for opener, closer in _COMMENT_CLOSE.items()}

    def close(last: int) -> None:
        nonlocal first
        if first is not None:
            second = lines[first + 1][2] if first < last else ""
            kind = "list" if _DEFINITION.match(second) else _kind(lines[first][2])
            if kind == "text" and _indented_code(lines, first, last, blocks):
                kind = "code"
            blocks.append((first, last, kind))
            first = None

    while i < count:
        line = lines[i][2]
        marker = fence_marker(line)
        if marker:
            close(i - 1)
            j = i + 1
            while j < count and not closes_fence(lines[j][2], marker):
                j += 1
            if j == count:
                j = _item_end(lines, i)
            last = min(j, count - 1)
            blocks.append((i, last, "code"))
            i = last + 1
            continue
        comment_end = _comment_end(lines, i, closers) if "<!--" in line or "{/*" in line else None
        if comment_end is not None:
            close(i - 1)
            i = comment_end + 1
            continue
        if not line.strip() and first is not None and _TABLE_OPEN.match(lines[first][2]) \
                and i - first < _TABLE_LINES and not any(_TABLE_CLOSE.search(lines[j][2]) for j in range(first, i)):
            pass  # inside an HTML table: a blank line does not end it
        elif not line.strip():
            close(i - 1)
        elif _HEADING.match(line) or (_EMPTY_HEADING.match(line) and _closing_mark(lines, i)):
            close(i - 1)
            blocks.append((i, i, "heading"))
        elif first is None:
            first = i
        i += 1
    close(count - 1)
    # A block that ran to the end of the file ends at its last non-blank line.
    trimmed = []
    for first_line, last_line, kind in blocks:
        while last_line > first_line and not lines[last_line][2].strip():
            last_line -= 1
        trimmed.append((first_line, last_line, kind))
    return trimmed


# A list item's marker and the spaces after it: where its content starts.
_ITEM_MARKER = lazy(r"^([ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+)\S")


def _item_end(lines: list[tuple[int, int, str]], i: int) -> int:
    """The last line of a fence at line `i` that no marker closes (CommonMark): the last of
    the list item it is written in, before the first line indented less than the item's
    content; past the document's end (`len(lines)`) when it stands at the page's margin or
    in no item. "   ```sh" under "1. Set up …" that the writer forgot
    to close ends where "1. Apply …" starts the next item, not at the end of the page."""
    count = len(lines)
    indent = len(lines[i][2]) - len(lines[i][2].lstrip(" "))
    if indent == 0:
        return count
    for k in range(i - 1, -1, -1):
        text = lines[k][2]
        if not text.strip():
            continue
        margin = len(text) - len(text.lstrip(" "))
        if margin >= indent:
            continue
        item = _ITEM_MARKER.match(text)
        if item is None or len(item.group(1).expandtabs()) > indent:
            return count
        content = len(item.group(1).expandtabs())
        for j in range(i + 1, count):
            text = lines[j][2]
            if text.strip() and len(text) - len(text.lstrip(" ")) < content:
                return j - 1
        return count
    return count


# A line of an indented code block: four spaces or a tab before it.
_CODE_INDENT = lazy(r"^(?: {4}|\t)")
# A paragraph that opens an admonition whose indented lines are its text (MkDocs ``!!! note``,
# ``??? tip``).
_ADMONITION = lazy(r"^(?:!!!|\?\?\?\+?)\s")


def _indented_code(lines: list[tuple[int, int, str]], first: int, last: int,
                   blocks: list[tuple[int, int, str]]) -> bool:
    """Whether lines `first` to `last`, every one indented by four spaces or a tab, are an
    indented code block (CommonMark): after a paragraph or a heading of the page's own
    margin, or after such a block (a blank line inside the code). After a list they go on
    an item (and so after a fence an item indents), after an admonition they are its text,
    and under HTML or a component its content."""
    if not blocks or not all(_CODE_INDENT.match(lines[i][2]) for i in range(first, last + 1) if lines[i][2].strip()):
        return False
    before_first, _, kind = blocks[-1]
    before = lines[before_first][2]
    if kind == "code":
        return _CODE_INDENT.match(before) is not None and not _FENCE.match(before)
    return kind in ("text", "heading") and not _ADMONITION.match(before) and not before.startswith((" ", "\t"))


def _comment_end(lines: list[tuple[int, int, str]], i: int, closers: dict[str, list[int | None]]) -> int | None:
    """The last line of the comment that opens line `i` and fills its lines, or None."""
    line = lines[i][2]
    opened = _COMMENT_OPEN.match(line)
    if not opened:
        return None
    opener = opened.group(1)
    closer = _COMMENT_CLOSE[opener]
    rest = line[opened.end():]
    if closer in rest:
        return i if not rest[rest.index(closer) + len(closer):].strip() else None
    j = closers[opener][i + 1] if i + 1 < len(lines) else None
    if j is None:
        return None
    closing = lines[j][2]
    return j if not closing[closing.index(closer) + len(closer):].strip() else None


# A comment that only holds the source a translator kept: one ``<!-- … -->`` (no switch
# such as ``<!-- xlcheck: ignore -->`` or ``<!-- prettier-ignore -->``) between a block and the one before.
_SOURCE_COMMENT = lazy(r"\s*+<!--(?!\s*+(?:xlcheck|prettier|markdownlint|textlint|vale)\b)((?:(?!-->).)++)-->\s*+$", regex.S)


def source_comments(text: str, blocks: tuple[Segment, ...]) -> list[str | None]:
    """For each block of a Markdown page, the comment just above it, or None.

    Translations of the Rust book, of Kubernetes and of many mdBook, Hugo and Jekyll
    sites keep the English each paragraph was translated from in a comment above it.
    Such a comment is no paragraph of the page; it only tells which paragraph of the
    source this one translates.
    """
    found: list[str | None] = []
    end = 0
    for block in blocks:
        match = _SOURCE_COMMENT.match(text, end, block.start)
        found.append(match.group(1).strip() or None if match else None)
        end = block.end
    return found


def _comment_closers(lines: list[tuple[int, int, str]], closer: str) -> list[int | None]:
    """For each line, the first line at or after it holding `closer` (or None).

    One pass from the end, so a page of unclosed openers costs no more than one.
    """
    closers: list[int | None] = [None] * len(lines)
    after: int | None = None
    for i in range(len(lines) - 1, -1, -1):
        if closer in lines[i][2]:
            after = i
        closers[i] = after
    return closers


def _kind(first_line: str) -> str:
    if _LIST.match(first_line):
        return "list"
    if _TABLE.match(first_line):
        return "table"
    if _HTML.match(first_line):
        return "html"
    return "text"


# Words whose final period does not end a sentence.
_ABBREVIATIONS = frozenset("""
e.g i.e etc vs cf mr mrs ms dr prof st no nr vol fig ca approx z.b d.h u.a bzw usw ggf evtl vgl sr sra dra
p.ex ex av pág pp
""".split())


def _last_word(text: str, period: int) -> str:
    """The letters and dots before the period at `period` ("e.g" in "e.g."), or "".

    Read backwards from the period, so each word is read once, whatever the length
    of the paragraph before it.
    """
    if text[period] != ".":
        return ""
    start = period
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:period]


_WORDY = lazy(r"[\p{L}\p{N}]")
# A sentence ends on its mark (the Arabic question mark ``؟`` and the Urdu full stop ``۔``
# too) before a space and a capital, a figure, an opening mark, or a letter of a script
# that has no capitals (Arabic, Hebrew, Georgian, the Brahmic scripts): in Arabic
# ``…في غزة. ألم يشاهد ترامب فيلم "البريق"؟ لن تكون…`` is three sentences.
_SENTENCE_END = lazy(r"[.!?…。！？؟۔]++[\"'”’»)\]]*+(?=\s++[\p{Lu}\p{Lo}\p{N}\"“„«¿¡(\[])"
                     r"|(?<=\p{Devanagari}{2})(?<!डॉ)[.!?]++(?=\p{Devanagari})")


# A signature in brackets after a paragraph's last sentence: a column's writer, or the first
# character of the name (…かもしれない。（桑）, （仲間清隆）), or an agency ("… said. (AP)").
# The sentence before it is the paragraph's last; group 1 is what the brackets hold.
SIGNED_END = lazy(r"(?<=[.!?…。！？」』”])[ \t]*+[（(]([\p{L}\p{M} ]{1,12}+)[）)]\s*+$")


def sentences(paragraph: Segment) -> tuple[Segment, ...]:
    """Split a paragraph into sentences, keeping document offsets and line numbers.

    >>> p = paragraphs("Wang disse isso. Ele estimou 50.000 GPUs, e.g. H100. Fim.")[0]
    >>> [s.text for s in sentences(p)]
    ['Wang disse isso.', 'Ele estimou 50.000 GPUs, e.g. H100.', 'Fim.']
    """
    text = paragraph.text
    if paragraph.kind != "text":
        return (paragraph,)
    cuts = [0]
    for match in _SENTENCE_END.finditer(text):
        if _last_word(text, match.start()).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        cuts.append(match.end())
    cuts.append(len(text))
    out = []
    line, counted = paragraph.line, 0  # lines are counted once, cut by cut
    for start, end in zip(cuts, cuts[1:]):
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if not body:
            continue
        if out and not _WORDY.search(body):
            # Marks alone after a sentence's end (a closing quote set apart by a space,
            # `…করেছে! "`) end that sentence; they are none of their own.
            last = out[-1]
            end_at = paragraph.start + start + lead + len(body)
            out[-1] = replace(last, end=end_at, end_line=last.line + text.count("\n", last.start - paragraph.start,
                                                                                  end_at - paragraph.start),
                              text=text[last.start - paragraph.start:end_at - paragraph.start])
            continue
        offset = paragraph.start + start + lead
        line += text.count("\n", counted, start + lead)
        counted = start + lead
        out.append(Segment(n=0, start=offset, end=offset + len(body), line=line,
                           end_line=line + body.count("\n"), text=body, kind="text"))
    return tuple(out)


def units(paragraph_list: tuple[Segment, ...], text: str, unit: str) -> tuple[Segment, ...]:
    """The segments of a document at one level: ``paragraph``, ``sentence`` or ``line``.

    Sentences are numbered through the document; lines by their line number.
    """
    if unit == "paragraph":
        return paragraph_list
    if unit == "line":
        return non_empty_lines(text)
    found = [s for p in paragraph_list for s in sentences(p)]
    return tuple(Segment(i + 1, s.start, s.end, s.line, s.end_line, s.text, s.kind) for i, s in enumerate(found))


def sentence_document(document: Document) -> Document:
    """The document cut into sentences, for checks that compare sentence by sentence
    (``--segment sentence``).

    Each sentence keeps its paragraph's number, kind and key, so findings still name the
    paragraph while their line and column point into the sentence. A catalogue or a
    key/value file is returned as it is: its entries pair by position or key, and
    cutting them would break that pairing.

    >>> doc = Document("a.txt", "en", "One. Two.\\n\\nThree.", paragraphs("One. Two.\\n\\nThree."))
    >>> [(s.n, s.text) for s in sentence_document(doc).paragraphs]
    [(1, 'One.'), (1, 'Two.'), (2, 'Three.')]
    """
    if document.format == "po" or any(p.key is not None for p in document.paragraphs):
        return document
    cut = tuple(Segment(p.n, s.start, s.end, s.line, s.end_line, s.text, p.kind, p.key, p.syntax)
                for p in document.paragraphs for part in _directive_apart(p) for s in sentences(part))
    return replace(document, paragraphs=cut)


# An admonition's opening line (":::tip[Title]", Starlight, Docusaurus, VitePress), which one
# version writes as a paragraph of its own and another glues to the tip's first sentence.
_DIRECTIVE = lazy(r"[ \t]*:::[\w-]*+(?:\[[^\]\n]*\]|[ \t]+[^\n]*)?[ \t]*\n")


def _directive_apart(paragraph: Segment) -> tuple[Segment, ...]:
    """The paragraph, or its directive line and the rest as two segments."""
    match = _DIRECTIVE.match(paragraph.text)
    if paragraph.kind != "text" or not match or not paragraph.text[match.end():].strip():
        return (paragraph,)
    head = paragraph.text[:match.end()].rstrip()
    rest = paragraph.text[match.end():]
    return (Segment(paragraph.n, paragraph.start, paragraph.start + len(head), paragraph.line, paragraph.line, head,
                    paragraph.kind, paragraph.key, paragraph.syntax),
            Segment(paragraph.n, paragraph.start + match.end(), paragraph.end, paragraph.line + 1,
                    paragraph.end_line, rest, paragraph.kind, paragraph.key, paragraph.syntax))
