"""Code listings read as code, line by line: the nesting of lines where indentation is
syntax (YAML, Python), and the comment lines between the same lines of code.

The token comparison of `code.py` reads what each line says; this module reads how the
lines stand: a key that lost its indentation belongs to another section (``port: 11012``
at the top level instead of under ``server:``), and a comment line dropped from between
two commands it kept is a line of the listing dropped. It works on a block's text and its
reading (`CodeBlock`) only; `code.py` turns what it finds into candidates.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from xlcheck.compare.literals import edit_distance
from xlcheck.extract.code import CodeBlock
from xlcheck.patterns import lazy

# Fence languages whose indentation is syntax: a line's parent is the line it is indented under.
INDENTED = frozenset({"yaml", "yml", "python", "py", "python3"})
# A word of a comment compared across versions: ASCII letters, digits and the characters
# of a name (``docker-compose``, ``TimeUnit=SECONDS`` gives ``TimeUnit`` and ``SECONDS``).
_WORD = lazy(r"[A-Za-z0-9_$](?:[A-Za-z0-9_$.\-/]*[A-Za-z0-9_$])?+")
# A word of code in a comment: with a digit, a separator of a name or a path, or a capital
# inside (``docker-compose``, ``user_id``, ``fetchUser``): no English word is spelt so.
_CODE_WORD = lazy(r"(?=.*(?:[0-9_$./]|[a-z]-[a-z]|[a-z][A-Z]))")
# A letter of a script other than Latin: a comment holding one is written in the reader's words.
_OTHER_SCRIPT = lazy(r"[^\P{L}\p{Latin}]")
_ASCII_LETTERS = lazy(r"[A-Za-z]{2,}")


@dataclass(frozen=True)
class CodeLine:
    """A line of a block that holds code: its number in the block (0-based), its tokens
    joined (what is compared), and its indentation (a list item's dash counts half a level:
    ``key:`` over ``- a`` nests as ``key:`` over ``  - a``)."""

    number: int
    key: str
    indent: float


@dataclass(frozen=True)
class CommentLine:
    """A line of a block that holds only a comment: its span in the block's text (marker
    excluded), its line number and its text."""

    start: int
    end: int
    number: int
    text: str


def code_lines(text: str, block: CodeBlock) -> list[CodeLine]:
    """The lines of a block that hold code, in order."""
    rows = text.split("\n")
    keys: dict[int, list[str]] = {}
    for token in block.tokens:
        keys.setdefault(token.line, []).append(token.value)
    out = []
    for number in sorted(keys):
        row = rows[number] if number < len(rows) else ""
        body = row.lstrip(" \t")
        indent = len(row) - len(body) + (0.5 if body.startswith("- ") or body == "-" else 0)
        out.append(CodeLine(number, "".join(keys[number]), indent))
    return out


def _parents(lines: list[CodeLine]) -> list[int | None]:
    """The index of each line's parent: the nearest line before it indented less."""
    stack: list[int] = []
    out: list[int | None] = []
    for i, line in enumerate(lines):
        while stack and lines[stack[-1]].indent >= line.indent:
            stack.pop()
        out.append(stack[-1] if stack else None)
        stack.append(i)
    return out


def _kept(lines_a: list[CodeLine], lines_b: list[CodeLine]) -> dict[int, int]:
    """The lines of code both versions keep, as written: index in a to index in b."""
    matcher = difflib.SequenceMatcher(None, [x.key for x in lines_a], [x.key for x in lines_b], autojunk=False)
    return {i1 + n: j1 + n for i1, j1, size in matcher.get_matching_blocks() for n in range(size)}


def renested(text_a: str, block_a: CodeBlock, text_b: str, block_b: CodeBlock) -> tuple[int, int, int | None,
                                                                                        int | None] | None:
    r"""The first line both versions keep that stands under another line in one of them
    (its line numbers in a and b, and those of its parent in each, None at the top level),
    where the block's language makes indentation syntax; None when every kept line keeps
    its place. Indentation is compared by nesting, not by width: a listing indented by four
    spaces a level instead of two says the same.

    >>> a = "```yaml\nserver:\n  port: 11012\nflow:\n  protocol: mesh\n```"
    >>> b = "```yaml\nserver:\nport: 11012\nflow:\n  protocol: mesh\n```"
    >>> from xlcheck.extract.code import read_block
    >>> renested(a, read_block(a), b, read_block(b))
    (2, 2, 1, None)
    >>> renested(a, read_block(a), a.replace("  ", "    "), read_block(a.replace("  ", "    ")))
    """
    if block_a.language not in INDENTED or block_b.language not in INDENTED:
        return None
    lines_a, lines_b = code_lines(text_a, block_a), code_lines(text_b, block_b)
    kept = _kept(lines_a, lines_b)
    parents_a, parents_b = _parents(lines_a), _parents(lines_b)
    back = {j: i for i, j in kept.items()}
    for i, j in sorted(kept.items()):
        parent_a, parent_b = parents_a[i], parents_b[j]
        if (parent_a is not None and parent_a not in kept) or (parent_b is not None and parent_b not in back):
            continue  # (under a line only one version has, or has otherwise: nothing to compare)
        if (kept[parent_a] if parent_a is not None else None) != parent_b:
            return (lines_a[i].number, lines_b[j].number,
                    None if parent_a is None else lines_a[parent_a].number,
                    None if parent_b is None else lines_b[parent_b].number)
    return None


def comment_lines(text: str, block: CodeBlock) -> list[CommentLine]:
    """The comments of a block that stand on lines of their own (a comment after code on its
    line is that line's, and a comment over lines is prose)."""
    coded = {token.line for token in block.tokens}
    out = []
    for start, end in block.comments:
        comment = text[start:end]
        number = text.count("\n", 0, start)
        if "\n" not in comment and number not in coded and comment.strip():
            out.append(CommentLine(start, end, number, comment))
    return out


def comment_gaps(text_a: str, block_a: CodeBlock, text_b: str,
                 block_b: CodeBlock) -> list[tuple[list[CommentLine], list[CommentLine]]]:
    """The comment lines of two versions of a block, grouped by the next line of code both
    keep (the comments over the same command), and those after the last one."""
    lines_a, lines_b = code_lines(text_a, block_a), code_lines(text_b, block_b)
    kept = sorted(_kept(lines_a, lines_b).items())
    gaps: list[tuple[list[CommentLine], list[CommentLine]]] = [([], []) for _ in range(len(kept) + 1)]
    for side, lines, comments in ((0, lines_a, comment_lines(text_a, block_a)),
                                  (1, lines_b, comment_lines(text_b, block_b))):
        bounds = [lines[pair[side]].number for pair in kept]
        for comment in comments:
            gap = next((n for n, bound in enumerate(bounds) if bound > comment.number), len(kept))
            gaps[gap][side].append(comment)
    return [gap for gap in gaps if gap[0] or gap[1]]


def untranslated(comment: str) -> bool:
    """Whether a comment is written in Latin letters alone (words of two letters or more)."""
    return bool(_ASCII_LETTERS.search(comment)) and not _OTHER_SCRIPT.search(comment)


def rewritten(a: str, b: str) -> bool:
    """Whether two comments written in the same letters say different things: each has a
    word the other lacks, and the two are not one word misspelt (``configuration`` /
    ``configration``), unless they hold digits (``8080`` / ``8081``). A word one of them
    drops (``For Yarn (v1+)`` / ``Yarn (v1+)``) is the translator's shortening.

    >>> rewritten("Trace plugin", "trace exporter"), rewritten("For Yarn (v1+)", "Yarn (v1+)")
    (True, False)
    >>> rewritten("the default configuration file", "the default configration file")
    False
    """
    only_a, only_b = words(a) - words(b), words(b) - words(a)

    def misspelt(x: str, others: set[str]) -> bool:
        return not any(c.isdigit() for c in x) and any(edit_distance(x, y) <= 2 for y in others)

    return any(not misspelt(x, only_b) for x in only_a) and any(not misspelt(y, only_a) for y in only_b)


def words(comment: str) -> set[str]:
    """The words of a comment that a translation keeps as written, case aside."""
    return {w.casefold() for w in _WORD.findall(comment) if len(w) > 1 or w.isdigit()}


# The number of a step that opens a comment (``// 1) 接入数据源``, ``# 2. Build``): the
# comment's place in a sequence, not a value of the code.
_STEP_NUMBER = lazy(r"^[ \t]*+\(?+\d{1,2}[.)、](?=[ \t]|$)")


# A number written on to a word of another script (``『维度1』``, dimension 1): part of the
# word, a name of the comment's prose, which a translation may write ``dim1``.
_GLUED_NUMBER = lazy(r"(?<=[^\P{L}\p{Latin}])\d++")


def code_words(comment: str, code: set[str]) -> set[str]:
    """The words of a comment that are code: a number, or a word spelt as no prose word is
    (``docker-compose``) that the block's code writes too. A step's number opening the
    comment is none, nor a number written on to a word of another script.

    >>> sorted(code_words(" 1) 接入数据源", set())), sorted(code_words(" wait 10 seconds", set()))
    ([], ['10'])
    >>> sorted(code_words(" data 中『维度1』和『维度2』对应到 X 轴", set()))
    []
    """
    found = set()
    for word in _WORD.findall(_GLUED_NUMBER.sub(" ", _STEP_NUMBER.sub("", comment))):
        if word.isdigit() or (_CODE_WORD.match(word) and any(word in token for token in code)):
            found.add(word.casefold())
    return found


def dropped_comments(mine: list[CommentLine], theirs: list[CommentLine], code: set[str]) -> list[CommentLine]:
    """The comment lines of a gap of one version that the other version's gap, with fewer,
    dropped: each of the other's comments is paired with the one of these that shares most
    words with it (a translated comment keeps the names and numbers it holds), and of those
    left, the ones holding code that no comment of the other's gap writes. None when more
    such comments are left than the other version has comments fewer: which one went is
    not known then."""
    if len(mine) <= len(theirs):
        return []
    left = list(mine)
    for comment in theirs:
        theirs_words = words(comment.text)
        best = max(left, key=lambda c: len(words(c.text) & theirs_words), default=None)
        if best is not None and words(best.text) & theirs_words:
            left.remove(best)
    written = set().union(*(words(c.text) for c in theirs)) if theirs else set()
    holding = [c for c in left if code_words(c.text, code) - written]
    return holding if len(holding) <= len(mine) - len(theirs) else []
