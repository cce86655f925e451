"""Code blocks: paired in order within aligned paragraphs, and compared token by token, so
that a stale block is reported by what changed (``actions/checkout@v4`` against ``@v5``,
a flag removed, a package added), not by its fence line."""

from __future__ import annotations

import difflib
import functools
import itertools
import os
from collections import Counter

import regex

from xlcheck.compare.context import WORD_PARTS, Candidate, Context, Group
from xlcheck.compare.listing import CommentLine, comment_gaps, dropped_comments, renested, rewritten, untranslated
from xlcheck.compare.literals import Translation, translated_word, words_translated
from xlcheck.extract.code import CodeBlock, Token, fence_language, read_block
from xlcheck.extract.urls import without_full_ref
from xlcheck.locales import base_language, latin_script
from xlcheck.model import Invariant
from xlcheck.patterns import lazy
from xlcheck.scripts import main_script

# Past this many separate changes in one pair of blocks (a stretch of lines added or
# dropped together counts once), or twice as many changed lines and tokens, the block was
# rewritten: one finding for the block says more than a list of tokens.
MAX_CHANGES = 8
# A stretch of up to this many lines added or dropped (or edited, when both versions have
# lines in it) is reported line by line: a reviewer reads each line as a change of its own.
# A longer one is one change.
MAX_LINES = 10
MAX_EDITED_LINES = 6
# A stretch of up to this many lines rewritten into a different number of lines is
# reported line by line, in order.
SHORT_REWRITE = 4
# And a stretch of up to this many lines rewritten into as many (an old example's lines,
# none alike enough to pair): each line against the one in its place, where the stretch
# as a whole is a change (not an address's placeholder words translated beside a line of
# words translated, which only the whole stretch tells).
SHORT_REWRITE_EQUAL = 3
# A rewritten stretch of up to this many tokens is read for words the translator wrote in
# another script (a longer one is a change whatever it holds).
SHORT_STRETCH = 60
# How much of a changed stretch of code a message quotes.
SHOWN = 80
# Lines of two stretches paired one by one up to this many pairs to weigh (quadratic).
MAX_PAIRED = 900
# A block of up to this many pairs of lines to weigh is paired as a whole.
MAX_BLOCK_PAIRED = 6400
# The characters a line keeps before the text put in, at least (`_grown`).
_GROWN_KEPT = 8
# The numbers that tie the two candidates of one changed value together (`Candidate.pair`): one
# count for every comparison, so that two pairs never share a number.
pair_ids = itertools.count(1)
_TRAILING_SLASH = lazy(r"/+([\"'`]|$)")
# A string that may hold a name (a capital or a digit first), a command (lower-case words)
# or a placeholder of words (``"<Generated API key>"``, ``"${Your key}"``).
_NAME_STRING = lazy(r"[\"'`](?:[A-Z0-9][A-Za-z0-9.+#-]*+|[a-z0-9@~.<>=^*/-][a-z0-9@~._/:+=<>|^*-]*+) "
                             r"|[\"'`](?:<|\$?\{\{?+|%\(|\[)\p{L}[^\"'`\n]*?\s")
# A string that opens with a letter of another script than Latin (``"Зд"``, ``"नमस्ते"``).
_FOREIGN_STRING = lazy(r"[\"'`][^\P{L}\p{Latin}]")
# One lower-case identifier: ``counter``, ``user_id``, ``fetchUser``.
_IDENTIFIER_BODY = r"[a-z][a-z0-9]*+(?:[_-]?+[A-Za-z0-9]++)*+"
# A string that is one lower-case identifier, with its quotes.
_IDENTIFIER_STRING = lazy(r"[\"'`]" + _IDENTIFIER_BODY + r"[\"'`]")
# A language as a key of an object: en:, 'pt-BR':, "zh-CN":
_LANGUAGE_KEY = lazy(r"[\"']?+([a-z]{2,3})(?:-[A-Za-z]{2,4})?+[\"']?+:")
# A word of prose in Latin script, and one in another script (no code character in either).
_PLAIN_WORD = lazy(r"[\p{Latin}][\p{Latin}'’-]*+[.,:;!?…]*+")
_PUNCTUATION = lazy(r"[\p{P}--[(){}\[\]<>/\\$`\"'=;]]++", regex.V1)
_LETTERS = lazy(r"\p{L}++")
_DIGIT = lazy(r"\d")
_FOREIGN_WORD = lazy(r"(?=.*[^\P{L}\p{Latin}])[\p{L}\p{M}\p{N}\p{P}&&[^(){}\[\]<>=;/\\$`\"]]++",
                              regex.V1)
_LATIN_LETTER = lazy(r"\p{Latin}")
_PASCAL_CASE = r"[A-Z][a-z0-9]++(?:[A-Z][a-z0-9]++)++"
_PASCAL = lazy(_PASCAL_CASE)
# Code named in a comment: `inline code`, a member access or call (two names of two
# letters or more: not "e.g."), an identifier in snake, camel or Pascal case
# (``MyFactoryFunction``), a long flag (the
# ``// --repl`` marker a site reads to make an example runnable), a file suffix set
# apart (``use the ‘.pbtxt’ suffix``). A name is ASCII: a
# Korean or Japanese particle written on to it (``$env.NU_MODULES_DIR을``) is no part of it.
_COMMENT_CODE = lazy(r"`([^`\n]++)`|(?<![\w$./:-])(?:[A-Za-z_$][A-Za-z0-9_$]++(?:\.[A-Za-z_$][A-Za-z0-9_$]++)++"
                     r"(?:\(\))?+|[A-Za-z_$][A-Za-z0-9_$]*+\(\)|[a-z]++_[a-z_]++|[a-z]++[A-Z][A-Za-z0-9]*+"
                     r"|" + _PASCAL_CASE +
                     r"|--[a-z][a-z0-9]*+(?:-[a-z0-9]++)*+|\.[a-z][a-z0-9]{1,7}+)"
                     r"(?![A-Za-z0-9_$/-])")
_URL_IN_COMMENT = lazy(r"\w++://\S++")
_FILE_NAME = lazy(r"[\w-]++\.[a-z][a-z0-9]{0,4}")
_COMMENT_HINT = lazy(r"//|#|/\*|<!--|--")
# A word of a value: ASCII with a digit or a path, version or operator character in it.
_VALUE_WORD = lazy(r"(?=[^\s]*[0-9/.@:_=#$%<>|^~*])[\x21-\x7e]++")
# A word of a command: a lower-case name, a flag, a path, a version.
_COMMAND_WORD = lazy(r"-{0,2}+[a-z0-9@~.][a-z0-9@~._/:+=-]*+")
# A word of a string that may be part of a name: ASCII letters and digits.
_NAME_WORD = lazy(r"[A-Za-z0-9][A-Za-z0-9.+#-]*+")
# A name no language spells as a word: an initialism, a capital inside, a digit.
_UNWORDLIKE = lazy(r"^[A-Z0-9]{2,}$|.\p{Lu}|\d")
# The name a line of a list (requirements, dependencies) starts with: ``pydantic`` in
# ``pydantic>=2.7.0,<3.0.0``.
_LEADING_NAME = lazy(r"[A-Za-z_][\w.-]{2,}+(?![\w.-])")


def is_block(inv: Invariant) -> bool:
    return inv.kind == "markup" and inv.value.startswith("code:")


def code_candidates(ctx: Context, g: int, group: Group, docs: list[int],
                    reference: int | None = None) -> list[Candidate]:
    """The code that some of `docs` have in group `g` and others lack (or have otherwise);
    `reference` is the index of the source, when known."""
    blocks = {k: [(index, inv) for index in group.members[k] for inv in ctx.invariants[k][index] if is_block(inv)]
              for k in docs}
    out: list[Candidate] = _output_changes(ctx, g, group, docs, reference) if len(docs) == 2 else []
    if not any(blocks.values()):
        return out
    if len(docs) != 2:
        return _whole_blocks(g, docs, blocks)
    a, b = docs
    digests = [[inv.value for _, inv in blocks[k]] for k in docs]
    matcher = difflib.SequenceMatcher(None, digests[0], digests[1], autojunk=False)
    other_script = not (latin_script(ctx.documents[a].lang) and latin_script(ctx.documents[b].lang))
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # the same code, but a string in it may name another thing
            for (index_a, inv_a), (index_b, inv_b) in zip(blocks[a][i1:i2], blocks[b][j1:j2]):
                if (_may_name(ctx, a, index_a, other_script) and _may_name(ctx, b, index_b, other_script)) or (
                        _FOREIGN_STRING.search(ctx.documents[a].paragraphs[index_a].text)
                        and _FOREIGN_STRING.search(ctx.documents[b].paragraphs[index_b].text)):
                    out.extend(_token_changes(ctx, g, (a, index_a, inv_a), (b, index_b, inv_b), reference))
                out.extend(_listing_changes(ctx, g, (a, index_a), (b, index_b), other_script))
            continue
        mine, theirs = blocks[a][i1:i2], blocks[b][j1:j2]
        for (index_a, inv_a), (index_b, inv_b) in zip(mine, theirs):
            out.extend(_token_changes(ctx, g, (a, index_a, inv_a), (b, index_b, inv_b), reference))
            out.extend(_listing_changes(ctx, g, (a, index_a), (b, index_b), other_script))
        for k, rest, other in ((a, mine[len(theirs):], b), (b, theirs[len(mine):], a)):
            out.extend(Candidate(g, "markup", inv.value, frozenset({k}), frozenset({other}), {k: inv})
                       for _, inv in rest)
    return out


# A block of plain text (```` ```text ````, ```` ```txt ````, ```` ```plain ````), which is read
# as prose: its values are compared as the text's, in any order.
_PLAIN_FENCES = frozenset({"text", "txt", "plain", "plaintext"})
# What tells a line of prose from a line of output: three words of letters in a row
# ("Successfully installed fastapi", "thread 'main' panicked at"), or two letters of a script
# written without Latin letters ("私は", "默认值") — a caption, a message or a translation.
_PROSE_RUN = lazy(r"(?:(?<![\w./:@$-])\p{L}[\p{Ll}\p{M}'’]*+[,;]?+[ \t]++){2}\p{L}[\p{Ll}\p{M}'’]*+(?![\w./:@-])")
_SCRIPT_RUN = lazy(r"[^\P{L}\p{Latin}]\p{M}*+[^\P{L}\p{Latin}]")
_FIGURES = lazy(r"[\d.,]++(?:\s++[\d.,]++)*+")


def _output_lines(text: str) -> bool:
    """Whether a block of plain text holds no prose: every line a value, a record of output
    or a command (``Hello version: region.zone1.subzone2, instance: …``, ``208``, ``З``),
    none a sentence or words of another script (a caption, a translated message).

    >>> _output_lines("```text" + chr(10) + "Hello version: v2, instance: hello-v2-7p6zb" + chr(10) + "```")
    True
    >>> _output_lines("```text" + chr(10) + "Successfully installed fastapi pydantic" + chr(10) + "```")
    False
    """
    body = text.split("\n")[1:]
    return any(line.strip() and not line.strip().startswith(("```", "~~~")) for line in body) and not any(
        _PROSE_RUN.search(line) or _SCRIPT_RUN.search(line) for line in body)


def _output_changes(ctx: Context, g: int, group: Group, docs: list[int], reference: int | None) -> list[Candidate]:
    """Lines added, dropped or changed in a program's output that both versions give as
    plain text with no prose in it (``Hello version: …`` three times more, ``З`` / ``न``):
    such a block is read as prose, where its values are compared in any order, so a line
    repeated or replaced says nothing there. The plain blocks of the two versions are paired
    in their order, where both have as many; a block with prose in either version (a caption,
    a translated message, a poem given in the reader's words) stays prose."""
    a, b = docs
    plain = {k: [index for index in group.members[k]
                 if (paragraph := ctx.documents[k].paragraphs[index]).kind == "code"
                 and fence_language(paragraph.text) in _PLAIN_FENCES] for k in docs}
    if not plain[a] or len(plain[a]) != len(plain[b]):
        return []
    out: list[Candidate] = []
    for index_a, index_b in zip(plain[a], plain[b]):
        paragraph_a, paragraph_b = ctx.documents[a].paragraphs[index_a], ctx.documents[b].paragraphs[index_b]
        if not (_output_lines(paragraph_a.text) and _output_lines(paragraph_b.text)):
            continue
        side_a, side_b = ((k, index, _fence_invariant(paragraph))
                          for k, index, paragraph in ((a, index_a, paragraph_a), (b, index_b, paragraph_b)))
        if side_a[2].value != side_b[2].value:
            found = _token_changes(ctx, g, side_a, side_b, reference, output=True)
            # a figure changed into another is the number check's (the text's numbers are
            # compared there): not reported twice
            figures = Counter(c.pair for c in found if c.pair is not None and _FIGURES.fullmatch(
                c.value.removeprefix("code:")))
            out.extend(c for c in found if figures[c.pair] < 2)
    return out


def _fence_invariant(paragraph) -> Invariant:
    """A block's digest, at its opening fence, as the extractor gives a block of code."""
    first = paragraph.text.split("\n", 1)[0]
    return Invariant("markup", _read(paragraph.text).digest, first[:60], paragraph.start, paragraph.start + len(first))


@functools.lru_cache(maxsize=256)
def _read(text: str) -> CodeBlock:
    return read_block(text)


# A name of Latin letters numbered (``dim1``), and a number written on to a word of another
# script (``维度1``): the same name, its word translated in a comment.
_LATIN_NUMBERED = lazy(r"(?<![\w$.])\p{Latin}++(\d{1,3})(?![\w$.])")
_NUMBERED_WORD = lazy(r"(?<=[^\P{L}\p{Latin}])\d{1,3}(?!\d)", regex.V1)


def _in_comment(ctx: Context, k: int, group: Group, at: int) -> bool:
    """Whether offset `at` of version k stands in a comment of a code block of its part of
    `group`."""
    for index in group.members[k]:
        paragraph = ctx.documents[k].paragraphs[index]
        if paragraph.kind == "code" and paragraph.start <= at < paragraph.end:
            return any(paragraph.start + start <= at < paragraph.start + end
                       for start, end in _read(paragraph.text).comments)
    return False


def _comment_numbers(ctx: Context, k: int, group: Group) -> tuple[set[str], set[str]]:
    """The numbers the comments of version k's code blocks in `group` write on to a word of
    another script (``维度1``), and those of the names in Latin letters they number
    (``dim1``)."""
    words: set[str] = set()
    names: set[str] = set()
    for index in group.members[k]:
        paragraph = ctx.documents[k].paragraphs[index]
        if paragraph.kind != "code":
            continue
        for start, end in _read(paragraph.text).comments:
            comment = paragraph.text[start:end]
            words.update(_NUMBERED_WORD.findall(comment))
            names.update(_LATIN_NUMBERED.findall(comment))
    return words, names


def comment_numbers_named(ctx: Context, group: Group, found: list[Candidate]) -> list[Candidate]:
    """`found` less the numbers a comment writes on to a word of another script (``// 维度0
    维度1``) that a comment of the other version names in Latin letters with the same
    number (``// dim0 dim1``), and those names: a comment is translated prose, its word
    translated, the number kept."""
    if not any(c.kind in ("number", "code", "name") and len(c.have) == 1 and len(c.lack) == 1 for c in found):
        return found
    numbers: dict[int, tuple[set[str], set[str]]] = {}

    def numbered(k: int) -> tuple[set[str], set[str]]:
        if k not in numbers:
            numbers[k] = _comment_numbers(ctx, k, group)
        return numbers[k]

    out = []
    for c in found:
        if c.kind in ("number", "code", "name") and len(c.have) == 1 and len(c.lack) == 1:
            k, other = min(c.have), min(c.lack)
            inv = c.occurrences.get(k)
            if inv is not None and _in_comment(ctx, k, group, inv.start):
                if c.kind == "number" and _NUMBERED_WORD.match(ctx.documents[k].text, inv.start) \
                        and inv.text in numbered(other)[1]:
                    continue  # 维度1 / dim1
                name = _LATIN_NUMBERED.fullmatch(inv.text) if c.kind != "number" else None
                if name and name.group(1) in numbered(other)[0]:
                    continue  # dim1 / 维度1
        out.append(c)
    return out


def comment_code(comment: str) -> list[str]:
    """The code a comment names: inline code, calls, member accesses, identifiers in
    snake or camel case (links left to the link check).

    >>> comment_code(" then call modal.confirm instead of Modal.confirm")
    ['modal.confirm', 'Modal.confirm']
    >>> comment_code(" Return `true` when click `onOk`, e.g. https://ant.design/x.y")
    ['true', 'onOk']
    """
    text = _URL_IN_COMMENT.sub(" ", comment)
    return [m.group(1) or m.group() for m in _COMMENT_CODE.finditer(text)]


def _listing_changes(ctx: Context, g: int, side_a, side_b, other_script: bool) -> list[Candidate]:
    """What two versions of a block change in how their lines stand: the comments that
    name code (`_comment_changes`), comment lines dropped or rewritten between the lines of
    code both keep (`_comment_lines`), and a line nested under another (`_renested`)."""
    out = _comment_changes(ctx, g, side_a, side_b)
    (a, index_a), (b, index_b) = side_a, side_b
    paragraphs = {a: ctx.documents[a].paragraphs[index_a], b: ctx.documents[b].paragraphs[index_b]}
    blocks = {k: _read(p.text) for k, p in paragraphs.items()}
    reported = {inv.start for c in out for inv in c.occurrences.values()}
    out.extend(c for c in _comment_lines(g, (a, b), paragraphs, blocks, other_script)
               if not reported & {inv.start for inv in c.occurrences.values()})
    out.extend(_renested(g, (a, b), paragraphs, blocks))
    return out


def _comment_lines(g: int, docs, paragraphs, blocks, other_script: bool) -> list[Candidate]:
    """Comment lines compared as lines of the listing, between the same lines of code: one
    that a version drops, holding code (``# Going to docker-compose's location``: a name the
    code writes, or a number), and, between two scripts, one the translation leaves in the
    source's letters that no longer says what the source's says (``# Trace plugin`` /
    ``#trace exporter``): untranslated, it is the listing's text. A comment translated as
    prose is the translator's."""
    a, b = docs
    if not any(blocks[k].comments for k in docs):
        return []
    texts = {k: paragraphs[k].text for k in docs}
    code = {t.value for k in docs for t in blocks[k].tokens}
    out = []
    for gap_a, gap_b in comment_gaps(texts[a], blocks[a], texts[b], blocks[b]):
        if len(gap_a) == len(gap_b):
            if not other_script:
                continue
            for comment_a, comment_b in zip(gap_a, gap_b):
                if untranslated(comment_a.text) and untranslated(comment_b.text) \
                        and rewritten(comment_a.text, comment_b.text):
                    pair = next(pair_ids)
                    out.extend(_comment_candidate(g, (k, other), paragraphs, comment, pair)
                               for k, other, comment in ((a, b, comment_a), (b, a, comment_b)))
            continue
        for k, other, mine, theirs in ((a, b, gap_a, gap_b), (b, a, gap_b, gap_a)):
            for comment in dropped_comments(mine, theirs, code):
                if _root_prompted(texts[k], comment.start, comment.end, texts[other]):
                    continue
                # where the other version would have it: before its next line of code kept
                follow = theirs[-1].number + 1 if theirs else None
                out.append(_comment_candidate(g, (k, other), paragraphs, comment, None, follow))
    return out


# A command behind a root shell's prompt: the line's first mark is a lone #, then a command's
# name (``# kubectl get all``; not ``#!/bin/sh``, ``## Title`` nor a comment of words).
_ROOT_PROMPT = lazy(r"(?<=(?:^|\n)[ \t]*#)[ \t]*+[a-z][\w.-]*+[ \t]++\S[^\n]*+")


def _prompt_command(text: str, start: int, end: int) -> str | None:
    """The command a comment spanning ``text[start:end]`` shows behind a root shell's prompt,
    without spaces, or None for any other comment (``// }`` is a commented-out line)."""
    match = _ROOT_PROMPT.match(text, start)
    return "".join(match.group().split()) if match and match.end() >= end else None


def _root_prompted(text: str, start: int, end: int, other_text: str) -> bool:
    """Whether a comment is a command behind a root shell's prompt (``# kubectl get all
    -n volcano-system``) that the other version writes as a line of its own, without it."""
    command = _prompt_command(text, start, end)
    return command is not None and any("".join(line.split()) == command for line in other_text.split("\n"))


def _comment_candidate(g: int, docs, paragraphs, comment: CommentLine, pair: int | None,
                       follow: int | None = None) -> Candidate:
    k, other = docs
    shown = " ".join(comment.text.split())
    start = paragraphs[k].start + comment.start
    inv = Invariant("markup", "code:" + shown, shown[:SHOWN], start, paragraphs[k].start + comment.end)
    near = {}
    if pair is None:
        other_text = paragraphs[other].text
        line = min(follow if follow is not None else comment.number, other_text.count("\n"))
        near = {other: paragraphs[other].start + sum(len(x) + 1 for x in other_text.split("\n")[:line])}
    return Candidate(g, "markup", inv.value, frozenset({k}), frozenset({other}), {k: inv},
                     pair if pair is not None else next(pair_ids), near=near)


def _renested(g: int, docs, paragraphs, blocks) -> list[Candidate]:
    """A line of YAML or Python that both versions keep but one nests under another line
    (``port: 11012`` that lost its indentation leaves ``server:`` for the top level): the
    key belongs to another section. One change a block, at its first such line."""
    a, b = docs
    found = renested(paragraphs[a].text, blocks[a], paragraphs[b].text, blocks[b])
    if found is None:
        return []
    pair = next(pair_ids)
    out = []
    for k, other, line, parent in ((a, b, found[0], found[2]), (b, a, found[1], found[3])):
        rows = paragraphs[k].text.split("\n")
        start = paragraphs[k].start + sum(len(x) + 1 for x in rows[:line])
        body = rows[line].strip()
        shown = body if parent is None else f"{rows[parent].strip()} › {body}"
        inv = Invariant("markup", "code:" + shown, shown[:SHOWN], start + len(rows[line]) - len(rows[line].lstrip()),
                        start + len(rows[line]))
        out.append(Candidate(g, "markup", inv.value, frozenset({k}), frozenset({other}), {k: inv}, pair))
    return out


_INLINE_CODE = lazy(r"`([^`\n]++)`")
_QUOTED = lazy(r'"([^"\n]*+)"')


def _misquoted(comment: str, other_text: str) -> str | None:
    """How a comment's inline code or stated output is broken in the other version,
    which writes the same thing otherwise: a code span closed by an apostrophe
    (```Option``` / ```Option'``), or an output in double quotes of figures without a
    letter given other spaces (``"    1"``, a width of 5, / ``"    1 "``, a width of 6),
    by the code, or by the output's figures (which the other version's comment has too).

    >>> _misquoted("// returns an `Option`. This", "// devuelve un `Option'. Aquí")
    '`Option`'
    >>> _misquoted('// output "    1". (Four spaces)', '// salida "    1 ". (Cuatro)')
    '"1"'
    >>> _misquoted('// output "    1". (Four spaces)', '// salida "    1". (Cuatro)')
    """
    for match in _INLINE_CODE.finditer(comment):
        code = match.group()
        if code not in other_text and (code[:-1] + "'" in other_text or code[:-1] + "\u2019" in other_text):
            return code
    for match in _QUOTED.finditer(comment):
        output = match.group(1)
        if not _DIGIT.search(output) or _LETTERS.search(output) or match.group() in other_text:
            continue
        if any(quoted.split() == output.split() for quoted in _QUOTED.findall(other_text)):
            return '"' + " ".join(output.split()) + '"'
    return _requery(comment, other_text)


# An address a comment states with its query (``/index.php?r=article%2Findex&page=100``,
# ``https://example.org/a?b=c``): the output of the line, a value to copy as it is.
_QUERIED = lazy(r"(?<![\w/.:%-])(?:[a-z][a-z0-9+.-]*+://[^\s/?#]++)?+(/[\w.~%+-]*+(?:/[\w.~%+-]*+)*+)"
                r"\?([\w.~%+-]++=[\w.~%+/-]*+(?:&[\w.~%+-]++=[\w.~%+/-]*+)*+)")


def _requery(comment: str, other_text: str) -> str | None:
    """The address a comment states with a query (the output of the line below it, `//
    displays: /index.php?r=article%2Findex&page=100`) that the other version's block writes
    with the same path and the same keys but other values (``r=article/index``: an older
    output kept by a translated comment), as both versions' addresses, sorted: one key for
    the change, whichever side reads it. An address the other block has as it is, or whose
    path or keys it changes (another example), is None.

    >>> _requery("// displays: /index.php?r=article%2Findex&page=100", "// exibe: /index.php?r=article/index&page=100")
    '/index.php?r=article%2Findex&page=100 /index.php?r=article/index&page=100'
    >>> _requery("// displays: /index.php?r=a&page=1", "// exibe: /index.php?r=a&page=1")
    >>> _requery("// displays: /index.php?r=a&page=1", "// exibe: /view.php?r=a&page=1")
    """
    for match in _QUERIED.finditer(comment):
        address = match.group()
        if address in other_text:
            continue
        keys = [pair.split("=", 1)[0] for pair in match.group(2).split("&")]
        theirs = [m.group() for m in _QUERIED.finditer(other_text) if m.group(1) == match.group(1)
                  and [pair.split("=", 1)[0] for pair in m.group(2).split("&")] == keys
                  and m.group() not in comment]
        if theirs:
            best = max(theirs, key=lambda other: difflib.SequenceMatcher(None, address, other).ratio())
            return " ".join(sorted((address, best)))
    return None


def _comment_changes(ctx: Context, g: int, side_a, side_b) -> list[Candidate]:
    """The comments of one version's block that name code (``// then call modal.confirm
    instead of Modal.confirm``) where the other version's block names none of it: a
    comment line dropped (or only the translation's, left from an older example). A
    translated comment keeps the code it names. A comment of figures without a letter
    (``// 4, 5, 6`` against ``// "4", "5", "6"``) is compared as written."""
    (a, index_a), (b, index_b) = side_a, side_b
    paragraphs = {a: ctx.documents[a].paragraphs[index_a], b: ctx.documents[b].paragraphs[index_b]}
    if not any(_COMMENT_HINT.search(p.text) for p in paragraphs.values()):
        return []
    blocks = {k: _read(p.text) for k, p in paragraphs.items()}
    written = {k: [_comment_key(paragraphs[k].text[start:end]) for start, end in blocks[k].comments] for k in (a, b)}
    kept = _kept_as_written(written[a], written[b])
    # A comment of figures without a letter (``// 4, 5, 6``, the output of the line) has
    # nothing to translate: one only a version has is bound to the other's in its place, if
    # any. (An ellipsis, ``// ...`` or ``// …``, holds no value.)
    bare = {k: list((Counter(key for key in written[k] if not _LETTERS.search(key) and _DIGIT.search(key))
                     - Counter(written[other])).elements()) for k, other in ((a, b), (b, a))}
    bound = [next(pair_ids) for _ in range(max(len(bare[a]), len(bare[b])))]
    swapped = _name_swapped(Counter(written[a]) - Counter(written[b]), Counter(written[b]) - Counter(written[a]))
    out = []
    respaced: dict[str, int] = {}

    @functools.cache
    def renames() -> dict[str, str]:
        return block_renames(ctx, a, b, paragraphs[a].text, paragraphs[b].text)

    for k, other in ((a, b), (b, a)):
        text, other_text = paragraphs[k].text, paragraphs[other].text
        unmatched = Counter(written[k]) - Counter(written[other])
        # Marks a translation drops are drift, marks it adds formatting: in a catalogue, whose
        # first version is the source, only the source's marks are looked for.
        marks_counted = k == 0 and ctx.documents[k].format == "po"
        for start, end in blocks[k].comments:
            comment = text[start:end]
            if "\n" in comment or _root_prompted(text, start, end, other_text):
                continue  # a block comment over lines: prose; a command behind a root prompt
            key = _comment_key(comment)
            pair = None
            if key in bare[k]:
                pair = bound[bare[k].index(key)]
                bare[k][bare[k].index(key)] = None
            elif swapped.get(key):
                pair = swapped[key].pop(0)  # the same words, another name: the comment changed
            elif kept and unmatched[key] > 0 and _ASCII_WORD.search(key):
                # The block's comments are the example (``// biome-ignore lint: <explanation>``),
                # left as written by the translator: a line only one version has was added
                # or dropped.
                unmatched[key] -= 1
            else:
                names = comment_code(comment)
                # (case aside: German writes `Loader` for `loader` in a translated comment; a
                # comment that names two things must keep both: `isClient` is still in the
                # code, `import.meta.client` nowhere)
                atop = text.count("\n", 0, start) == 1
                misquoted = _misquoted(comment, other_text)
                if misquoted:
                    # the code it names is broken there, or its output given other spaces
                    # (both versions' comments then: one change)
                    pair = respaced.setdefault(misquoted, next(pair_ids))
                elif not names or all((_names(name, other_text) and (not marks_counted or _marks_kept(name, comment, other_text)))
                                    or _renamed_in(name, (text, blocks[k]), (other_text, blocks[other]))
                                    or (_PASCAL.fullmatch(name) and _prose_name(name, paragraphs, blocks))
                                    or (atop and _FILE_NAME.fullmatch(name))
                                    or name in renames()
                                    or _span_translated(name, other_text)
                                    or _numbered_otherwise(name, other_text)
                                    or (_CAMEL.fullmatch(name) and _prose_name(name, paragraphs, blocks)
                                        and _names(name, ctx.documents[other].text))
                                    for name in names):
                    # (a name numbered, ``dim1``, whose word the other version translates,
                    # ``维度1``; a term of the page's prose in camel case, ``dataItem``, that
                    # neither block's code writes and the other version writes elsewhere)
                    # (a file named atop the block, ``/* study.cpp 写端代码 */``, is its caption; a
                    # placeholder of the comments' prose is translated with them, `comment_renames`)
                    continue
            # where the other version would have it: its line at the same place in the block
            line = text.count("\n", 0, start)
            other_lines = other_text.split("\n")
            near = paragraphs[other].start + sum(len(x) + 1 for x in other_lines[:min(line, len(other_lines) - 1)])
            offset = paragraphs[k].start + start
            shown = " ".join(comment.split())
            inv = Invariant("markup", "code:" + shown, shown[:SHOWN], offset, paragraphs[k].start + end)
            out.append(Candidate(g, "markup", inv.value, frozenset({k}), frozenset({other}), {k: inv},
                                 pair or next(pair_ids), near={other: near}))
    return out


_COMMENT_WORD = lazy(r"[^\s.,;:!?()]++")
_NAME_WORD = lazy(r"\p{Lu}[\p{L}\d-]++")


def _name_swapped(only_a: Counter, only_b: Counter) -> dict[str, list[int]]:
    """Comments of the two versions written in the same words but one name, another in
    each (``The model of the Metax card.`` / ``… of the Cambricon card.``: a comment copied
    from a sibling page's example and left naming the other product): each pair's number
    under both comments. A translated comment shares no such run of words.

    >>> sorted(_name_swapped(Counter(["The model of the Metax card."]), Counter(["The model of the Cambricon card."])))
    ['The model of the Cambricon card.', 'The model of the Metax card.']
    >>> _name_swapped(Counter(["Set the Port here"]), Counter(["Set the port here"]))
    {}
    """
    out: dict[str, list[int]] = {}
    taken: Counter = Counter()
    words = {key_b: _COMMENT_WORD.findall(key_b) for key_b in only_b}
    for key_a in only_a:
        words_a = _COMMENT_WORD.findall(key_a)
        if len(words_a) < 4:
            continue
        for key_b in only_b:
            words_b = words[key_b]
            if len(words_b) != len(words_a) or taken[key_b] >= only_b[key_b]:
                continue
            differ = [(x, y) for x, y in zip(words_a, words_b) if x != y]
            if len(differ) == 1 and all(_NAME_WORD.fullmatch(w) for w in differ[0]) \
                    and differ[0][0].lower() != differ[0][1].lower():
                pair = next(pair_ids)
                out.setdefault(key_a, []).append(pair)
                out.setdefault(key_b, []).append(pair)
                taken[key_b] += 1
                break
    return out


# A name of words joined by underscores, in any script (``starting_index``, ``índice_inicial``),
# not a member (``self.max_size``; a range's ``..`` is no member access).
_JOINED_NAME = lazy(r"(?<![\p{L}\p{N}_$])(?<!(?<!\.)\.)\p{L}[\p{L}\p{N}]*+(?:_[\p{L}\p{N}]++)++(?![\p{L}\p{N}_$])")


def comment_renames(text_a: str, text_b: str, translations: tuple[Translation, Translation]) -> dict[str, str]:
    r"""The names joined by underscores that the comments of one version's code block write
    where the other version's comments write another name, in the same places and in the
    same order, each name always in place of the same one, and nowhere in either block's
    code: a placeholder of the comments' prose (``[starting_index..ending_index]``,
    ``índice_inicial``) translated with it. Each name maps to the one in its place, both
    ways. Of each pair, one name's words must be the other's translated
    (`translated_word`, `translations` telling the words of a's language and of b's): a
    comment naming ``max_retries`` where the other names ``max_attempts`` still changed.

    >>> en = "// of the form [start_index..end_index]\n// `start_index` is the first"
    >>> es = "// de la forma [índice_inicial..índice_final]\n// `índice_inicial` es el primero"
    >>> tr = Translation("en", frozenset()), Translation("es", frozenset())
    >>> sorted(comment_renames(en, es, tr).items())[:2]
    [('end_index', 'índice_final'), ('start_index', 'índice_inicial')]
    >>> len(comment_renames(en, es, tr))
    4
    >>> comment_renames(en, es.replace("[índice_inicial..", "[índice_final.."), tr)
    {}
    >>> comment_renames("// set max_retries", "// fija max_attempts", tr)
    {}
    """
    sides = ((text_a, _read(text_a), text_b), (text_b, _read(text_b), text_a))
    if not (sides[0][1].comments and sides[1][1].comments):
        return {}
    sequences = []
    for text, block, other in sides:
        code = _without_comments(text, block)
        names = [m.group() for start, end in block.comments for m in _JOINED_NAME.finditer(text, start, end)]
        names = [name for name in names if not _written_alone(name, other)]
        if not names or any(_written_alone(name, code) for name in names):
            return {}
        sequences.append(names)
    if len(sequences[0]) != len(sequences[1]):
        return {}
    pairs = set(zip(*sequences))
    if len({x for x, _ in pairs}) != len(pairs) or len({y for _, y in pairs}) != len(pairs):
        return {}  # one name in place of two: not each renamed
    for x, y in pairs:
        words_x, words_y = set(x.casefold().split("_")), set(y.casefold().split("_"))
        if not any(translated_word(w, words_x, translations[1]) for w in words_y - words_x) \
                and not any(translated_word(w, words_y, translations[0]) for w in words_x - words_y):
            return {}
    return {**dict(pairs), **{y: x for x, y in pairs}}


def block_renames(ctx: Context, a: int, b: int, text_a: str, text_b: str) -> dict[str, str]:
    """`comment_renames` of doc a's block `text_a` and doc b's `text_b`, each doc's words
    told by its language and the words it writes that the other does not."""
    return comment_renames(text_a, text_b, (Translation(ctx.documents[a].lang, ctx.own_words(a, b)),
                                            Translation(ctx.documents[b].lang, ctx.own_words(b, a))))


def _written_alone(name: str, text: str) -> bool:
    """Whether `text` writes `name` as a name of its own, not inside a longer one."""
    return regex.search(rf"(?<![\p{{L}}\p{{N}}_$]){regex.escape(name)}(?![\p{{L}}\p{{N}}_$])", text) is not None


_CAMEL = lazy(r"[a-z]++[A-Z][A-Za-z]*+")


def _numbered_otherwise(name: str, other_text: str) -> bool:
    """Whether a name in Latin letters numbered (``dim1``) is, in the other version, its
    number written on to a word of another script (``维度1``)."""
    numbered = _LATIN_NUMBERED.fullmatch(name)
    return numbered is not None and numbered.group(1) in _NUMBERED_WORD.findall(other_text)


def _span_translated(code: str, other_text: str) -> bool:
    """Whether inline code a comment names is, in the other version, inline code with its
    words of a script other than Latin translated, one way or the other (``// … a
    `zrender 事件`。`` / ``// … a `zrender event`.``): words of the comment's prose set off
    in code marks (`literals.words_translated`)."""
    return any(words_translated(code, other) or words_translated(other, code)
               for other in _INLINE_CODE.findall(other_text))


def _names(name: str, text: str) -> bool:
    """Whether `text` writes `name` whole, case and a plural's s aside (``FactoryFunction``
    is not in ``MyFactoryFunction``; it is in ``先启动FactoryFunction``; a comment's
    ``pod.spec.container`` is a translation's ``pod.spec.containers``: words of prose)."""
    stem = regex.escape(name[:-1] if name.endswith("s") and len(name) > 3 else name)
    return regex.search(rf"(?<![\p{{Latin}}0-9_$]){stem}s?+(?![\p{{Latin}}0-9_$])", text, regex.IGNORECASE) is not None


def _marks_kept(name: str, comment: str, other_text: str) -> bool:
    """Whether the other version keeps the code marks a comment writes around a name
    (``// if `let` destructures `number``` / ``// もしletがnumberを…``: marks dropped from a
    name still there, where that version marks other code), or writes no code marks at all
    (a translator who leaves them out everywhere)."""
    marked = f"`{name}`"
    return marked not in comment or marked in other_text or "`" not in other_text


def _prose_name(name: str, paragraphs, blocks) -> bool:
    """Whether a name in Pascal case that a comment writes names what the page documents
    (``NameServer``, ``TreeNode``), not the example's code: the code of neither version
    writes it, nor an identifier that ends in it (``MyFactoryFunction`` for
    ``FactoryFunction``)."""
    ending = regex.compile(rf"{regex.escape(name)}(?![A-Za-z0-9_$])")
    return not any(ending.search(line) for k in paragraphs for line in _code_lines(paragraphs[k].text, blocks[k]))


def _code_lines(text: str, block: CodeBlock) -> list[str]:
    """A block's lines without their comments and spaces."""
    return ["".join(line.split()) for line in _without_comments(text, block).split("\n")]


def _without_comments(text: str, block: CodeBlock) -> str:
    """A block's text with its comments blanked (each character a space)."""
    chars = list(text)
    for start, end in block.comments:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _renamed_in(name: str, side: tuple[str, CodeBlock], other: tuple[str, CodeBlock]) -> bool:
    r"""Whether the other version's block writes another identifier wherever this block's
    code writes `name` (the lines the same but for it): the example's name renamed by the
    translator (``invokeLater`` / ``chamaDepois``), which its comment then names too.

    >>> en = "```ts\nfunction invokeLater() {}\n// call invokeLater\ninvokeLater();\n```"
    >>> pt = "```ts\nfunction chamaDepois() {}\n// chama chamaDepois\nchamaDepois();\n```"
    >>> _renamed_in("invokeLater", (en, read_block(en)), (pt, read_block(pt)))
    True
    >>> _renamed_in("invokeLater", (en, read_block(en)), (en.replace("();", "(1);"), read_block(en)))
    False
    """
    needle = regex.compile(rf"(?<![\w$]){regex.escape(name)}(?![\w$])")
    holding = [line for line in _code_lines(*side) if needle.search(line)]
    theirs = set(_code_lines(*other))
    renamed = set()
    for line in holding:
        pattern = needle.sub("\x00", line)
        pattern = regex.escape(pattern).replace("\x00", r"([A-Za-z_$][\w$]*+)")
        for candidate in theirs:
            match = regex.fullmatch(pattern, candidate)
            if match is not None and len(set(match.groups())) == 1 and match.group(1) != name:
                renamed.add(match.group(1))
                break
        else:
            return False
    return len(renamed) == 1


# A placeholder of words in angle brackets, in either language (``<explanation>``, ``<说明>``).
_ANGLE_WORDS = lazy(r"<[\p{L}\p{N}][\p{L}\p{N}\s'’_.-]*+>")
_ASCII_WORD = lazy(r"[A-Za-z]{2,}")
# Comments kept as written by both versions, at least this many, make a block of examples.
KEPT_COMMENTS = 3


def _comment_key(comment: str) -> str:
    """A comment as compared with the other version's: spaces and placeholders aside."""
    return " ".join(_ANGLE_WORDS.sub("<…>", comment).split())


def _kept_as_written(comments_a: list[str], comments_b: list[str]) -> bool:
    """Whether one version of a block keeps every comment of words it has as the other
    version writes it (placeholders aside), at least three: such comments are the code
    the block shows (a syntax of comments), not prose a translator translates, and a
    comment only the other version has was added or dropped.

    >>> _kept_as_written(["a: <…>", "b: <…>", "c: <…>", "d: <…>"], ["a: <…>", "b: <…>", "c: <…>"])
    True
    >>> _kept_as_written(["set the port", "a x", "b x", "c x"], ["设置端口", "a x", "b x", "c x"])
    False
    """
    worded_a = Counter(c for c in comments_a if _LETTERS.search(c))
    worded_b = Counter(c for c in comments_b if _LETTERS.search(c))
    shared = sum((worded_a & worded_b).values())
    return shared >= KEPT_COMMENTS and (not worded_a - worded_b or not worded_b - worded_a)


def _may_name(ctx: Context, k: int, index: int, identifiers: bool = False) -> bool:
    """Whether a block holds a string that starts with a capital or a digit, or with a
    lower-case word of code, or (with `identifiers`, between two scripts) that is one
    identifier (a cheap test before two blocks with the same code are read again for the
    names and commands in their strings)."""
    text = ctx.documents[k].paragraphs[index].text
    return bool(_NAME_STRING.search(text) or (identifiers and _IDENTIFIER_STRING.search(text)))


def _whole_blocks(g: int, docs: list[int], blocks) -> list[Candidate]:
    """Three or more versions: blocks compared whole, by their digest."""
    values = {k: {inv.value: inv for _, inv in blocks[k]} for k in docs}
    out = []
    for value in sorted({v for k in docs for v in values[k]}):
        have = frozenset(k for k in docs if value in values[k])
        if len(have) < len(docs):
            out.append(Candidate(g, "markup", value, have, frozenset(docs) - have,
                                 {k: values[k][value] for k in have}))
    return out


# Fences of a block that may be a program's output: none, or plain text.
_OUTPUT_FENCES = _PLAIN_FENCES | {"", "output", "log"}
# The values of a line of output: a token with a figure (an id, a count, ``ver=1.12.3``), a
# name in capitals (``COMPLETED``), a quoted string (``"Orchestrator Request"``).
_ASCII_WORD = lazy(r"[A-Za-z]++")
_OUTPUT_VALUE = lazy(r"(?<![A-Za-z0-9_./=-])[A-Za-z0-9_./=-]*?\d[A-Za-z0-9_./=-]*+|(?<![A-Za-z0-9])[A-Z][A-Z0-9_]++(?![A-Za-z0-9])"
                     r"|(?<!\w)\"[^\"\n]*+\"|(?<!\w)'[^'\n]*+'")


def _translated_output(text_a: str, text_b: str) -> bool:
    """Whether two blocks are one program's output, one version's lines in words of a
    script written without Latin letters (most of its lines) where the other's has none:
    the messages translated, as the program that prints them was (``== APP == 编排已调度，
    ID：dc040bea-…`` for ``== APP == Orchestration scheduled with ID: dc040bea-…``). Its
    words and their order are the translator's; its values (figures, ids, names in
    capitals, quoted strings) must all stay, in any order.

    >>> en = "```" + chr(10) + "== APP == Waiting 30 seconds for instance 1a-2b to complete..." + chr(10) + "```"
    >>> zh = "```" + chr(10) + "== APP == 等待 30 秒以完成实例 1a-2b..." + chr(10) + "```"
    >>> _translated_output(en, zh), _translated_output(en, zh.replace("30", "60"))
    (True, False)
    >>> _translated_output(en, zh.replace("等待", "Wait 等待"))
    False
    """
    if fence_language(text_a) not in _OUTPUT_FENCES or fence_language(text_b) not in _OUTPUT_FENCES:
        return False
    bodies = [[line for line in text.split("\n")[1:] if line.strip() and not line.lstrip().startswith(("```", "~~~"))]
              for text in (text_a, text_b)]
    if not all(bodies):
        return False
    worded = [sum(1 for line in body if _SCRIPT_RUN.search(line)) for body in bodies]
    if not ((worded[0] == 0 and 2 * worded[1] >= len(bodies[1])) or (worded[1] == 0 and 2 * worded[0] >= len(bodies[0]))):
        return False
    values = [Counter(m.group().rstrip(".,:;") for line in body for m in _OUTPUT_VALUE.finditer(line)) for body in bodies]
    if values[0] != values[1]:
        return False
    # (and every Latin word of the translated lines is one of the other's: no command or
    # name of its own, as a block of code whose comments alone were translated may have)
    words = [{word.casefold() for line in body for word in _ASCII_WORD.findall(line)} for body in bodies]
    translated = 1 if worded[1] else 0
    return words[translated] <= words[1 - translated]


def _token_changes(ctx: Context, g: int, side_a, side_b, reference: int | None = None,
                   output: bool = False) -> list[Candidate]:
    """The changes between two versions of one block: lines added or dropped, and in a
    changed line the tokens that changed (one candidate per side, bound by a pair number).
    With `output` (a program's output, each line a record of its own) a stretch rewritten
    is read line against line up to `MAX_LINES` a side, not only a short one. A program's
    output translated, its values kept (`_translated_output`), has no change."""
    (a, index_a, block_a), (b, index_b, block_b) = side_a, side_b
    if _translated_output(ctx.documents[a].paragraphs[index_a].text, ctx.documents[b].paragraphs[index_b].text):
        return []
    lines = {}
    named: dict[int, tuple[tuple[int, int], ...]] = {}
    strings: dict[int, dict[int, list[Token]]] = {}
    prompted: dict[int, set[str]] = {}
    for k, index in ((a, index_a), (b, index_b)):
        paragraph = ctx.documents[k].paragraphs[index]
        by_line: dict[int, list[Token]] = {}
        block = _read(paragraph.text)  # (read already by `code_candidates`)
        named[k] = block.named_comments
        for token in block.tokens:
            by_line.setdefault(token.line, []).append(token)
        by_line = {number: metavariables(line) for number, line in by_line.items()}
        # a shell line's continuation mark is layout: the same command may be cut otherwise
        lines[k] = (paragraph, _without_trailing_commas([line[:-1] if len(line) > 1 and line[-1].value == "\\"
                                                         else line for line in by_line.values()]))
        strings[k] = {}
        for start, end, number in block.strings:
            strings[k].setdefault(number, []).append(Token(paragraph.text[start:end], start, end, number))
        prompted[k] = {command for start, end in block.comments
                       if (command := _prompt_command(paragraph.text, start, end)) is not None}
    for k, other in ((a, b), (b, a)):
        # A command the source shows behind a root shell's prompt (``# kubectl get all``),
        # read as a comment there, is the translation's line without the prompt. (A prompt
        # only the translation has turns the source's command into a comment, left from an
        # older source: it stays reported, as the ``$`` prompt does below.)
        if prompted[other] and reference in (other, None):
            lines[k] = (lines[k][0], [line for line in lines[k][1]
                                      if "".join(t.value for t in line) not in prompted[other]])
    if reference in (a, b):
        other = b if reference == a else a
        if _prompted(lines[reference][1]) and not _prompted(lines[other][1]):
            # The source shows shell prompts (``$ git clone …``) and the translation none:
            # the translator dropped them, the commands are the code. (A prompt only the
            # translation has is left from an older source and stays reported.)
            lines[reference] = (lines[reference][0], [line[1:] if _prompt_first(line) else line
                                                      for line in lines[reference][1]])
    if _localised_rows(lines[a][1], lines[b][1]):
        return []  # an example's output with its captions and names in the reader's words
    same = {k: _language_free(ctx.documents[k].lang) for k in (a, b)}
    translation = Translation(ctx.documents[b].lang, ctx.own_words(b, a))
    # lines compared without their spaces: `data () {` is `data() {`
    keys_a = ["".join(same[a](t.value) for t in line) for line in lines[a][1]]
    keys_b = ["".join(same[b](t.value) for t in line) for line in lines[b][1]]
    opcodes = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
    if keys_a != keys_b and _BRACKETS_ONLY.match("".join(keys_a)) is None:
        glued_a, glued_b = _glued(lines[a][1], keys_a), _glued(lines[b][1], keys_b)
        if glued_a is not None or glued_b is not None:
            rows_a, rows_b = glued_a or lines[a][1], glued_b or lines[b][1]
            glued_keys_a = ["".join(same[a](t.value) for t in line) for line in rows_a]
            glued_keys_b = ["".join(same[b](t.value) for t in line) for line in rows_b]
            glued_opcodes = difflib.SequenceMatcher(None, glued_keys_a, glued_keys_b, autojunk=False).get_opcodes()
            if _changed(glued_opcodes) < _changed(opcodes):
                lines[a], lines[b] = (lines[a][0], rows_a), (lines[b][0], rows_b)
                keys_a, keys_b, opcodes = glued_keys_a, glued_keys_b, glued_opcodes
    if any(tag == "replace" and ("".join(keys_a[i1:i2]) == "".join(keys_b[j1:j2])
                                 or _unwrapped(lines[a][1][i1:i2], same[a]) == _unwrapped(lines[b][1][j1:j2], same[b]))
           for tag, i1, i2, j1, j2 in opcodes):
        rows_a, rows_b = _rejoined(lines[a][1], lines[b][1], keys_a, keys_b, opcodes, (same[a], same[b]))
        lines[a], lines[b] = (lines[a][0], rows_a), (lines[b][0], rows_b)
        keys_a = ["".join(same[a](t.value) for t in line) for line in rows_a]
        keys_b = ["".join(same[b](t.value) for t in line) for line in rows_b]
        opcodes = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes()
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal")
    # lines whose only change is their text translated (a program's output) are kept lines too
    equal += sum(min(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag == "replace" and _translated_stretch(
        lines[a][1][i1:i2], lines[b][1][j1:j2], translation))
    # and lines that only gained tokens (a column's ``COMMENT '…'`` added): the line is kept,
    # edited, and the changes are read line by line, each at its line
    equal += sum(_grown_lines(lines[a][1][i1:i2], lines[b][1][j1:j2], same[a], same[b])
                 for tag, i1, i2, j1, j2 in opcodes if tag == "replace")
    langs = (ctx.documents[a].lang, ctx.documents[b].lang)
    if _related(equal, len(keys_a), len(keys_b)):
        edits = _line_by_line(ctx, (a, b), lines, strings, same, opcodes, translation)
        return _candidates(ctx, g, (a, b), lines, named, edits, langs)
    changes: list[tuple[list[Token], list[Token]]] = []
    stretches = 0
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            # The rest of the line is the same: a string that names something (``{ feature:
            # 'Astro DB' }`` for ``'Astro Actions'``) is compared as the name it holds.
            for line_a, line_b in zip(lines[a][1][i1:i2], lines[b][1][j1:j2]):
                for run in _renamed_strings(strings[a].get(line_a[0].line, ()), strings[b].get(line_b[0].line, ()),
                                            ctx.documents[a].lang, ctx.documents[b].lang, translation,
                                            _scripts(ctx, (a, b))):
                    changes.append(run)
                    stretches += 1
            continue
        old, new = lines[a][1][i1:i2], lines[b][1][j1:j2]
        edited = bool(old and new)
        # rows of a command's output, each a record of its own, are read row by row
        rows = edited and len(old) + len(new) <= 2 * MAX_LINES and _output_rows(lines[a][0].text, old) \
            and _output_rows(lines[b][0].text, new)
        limit = MAX_LINES if rows or not edited else MAX_EDITED_LINES
        # (a stretch longer than the limit is one change: its lines are not paired one by one)
        paired = _pair_lines(old, new, same[a], same[b]) if len(old) + len(new) <= 2 * limit else [([], [])] * (
            limit + 1)
        whole = [line_a and line_b for line_a, line_b in paired]
        kept = sum(map(bool, whole))
        # A few lines edited beside a run of lines added or dropped (a help text's usage
        # line edited, its list of subcommands dropped under it) are edits and a run, each
        # within its limit, read line by line as they are apart.
        spread = edited and 0 < kept <= MAX_EDITED_LINES and len(paired) - kept <= MAX_LINES
        if (len(paired) > limit and not spread) or (
                edited and kept * 2 < min(len(old), len(new)) and not rows):
            # a long stretch, or lines rewritten rather than edited: one change for the stretch
            flat_a, flat_b = [t for line in old for t in line], [t for line in new for t in line]
            if len(flat_a) + len(flat_b) > SHORT_STRETCH or not _only_translated(flat_a, flat_b):
                lines_changed = [(line_a, line_b) for line_a, line_b in zip(old, new)
                                 if not _only_translated(line_a, line_b, translation)] if (
                    edited and len(old) == len(new) <= (MAX_LINES if output else SHORT_REWRITE_EQUAL)
                    and _kept_changes(ctx, (a, b), named, [(flat_a, flat_b)], langs)) else []
                if edited and len(old) != len(new) and (len(old) + len(new) <= SHORT_REWRITE or (
                        output and max(len(old), len(new)) <= MAX_LINES)):
                    # A few lines rewritten into more or fewer (``npx nuxi module add pinia``
                    # where the translation keeps ``yarn add …`` and ``npm install …``): each
                    # line against the one in its place, the lines left over on their own.
                    changes.extend(itertools.zip_longest(old, new, fillvalue=[]))
                elif lines_changed:
                    # as many: each line against the one in its place, but a line whose words
                    # were only translated (``username: 数据库用户名``)
                    changes.extend(lines_changed)
                else:
                    changes.append((flat_a, flat_b))
            stretches += 1
            continue
        stretches += 1 if len(old) != len(new) else len(old)
        for line_a, line_b in paired:
            if not line_a or not line_b:  # a line dropped or added: one change per line
                changes.append((line_a, line_b))
                continue
            changes.extend(_edits(line_a, line_b, same[a], same[b]))
    changes = _kept_changes(ctx, (a, b), named, changes, langs)
    if not changes:
        return []
    if stretches > MAX_CHANGES or len(changes) > 2 * MAX_CHANGES:
        pair = next(pair_ids)
        return [Candidate(g, "markup", block_a.value, frozenset({a}), frozenset({b}), {a: block_a}, pair),
                Candidate(g, "markup", block_b.value, frozenset({b}), frozenset({a}), {b: block_b}, pair)]
    return _candidates(ctx, g, (a, b), lines, named, [(run_a, run_b, {}) for run_a, run_b in changes], langs,
                       filtered=True)


# A word of a row of output (``edit``, ``in-place``, ``gemergt``): two letters or more; a
# single letter is a value (a status, ``M``).
_ROW_WORD = lazy(r"\p{L}[\p{L}'-]++")
# A name numbered in an example (``file1``): its word may be localised, its number not.
_NUMBERED_NAME = lazy(r"(\p{L}++)(\d++)")
# An option of a command (``-n``, ``--force``): rows that hold one are commands, not output.
_OPTION = lazy(r"--?+\p{L}")


def _localised_rows(rows_a: list[list[Token]], rows_b: list[list[Token]]) -> bool:
    """Whether two versions of a block of output rows are the same rows, their words in
    each version's language (``in-place edit  :100644 100644 bcd1234 0123456 M file0``
    written ``direkt-bearbeiten      :100644 … M Datei0``): as many rows, at least three,
    most of them changed, each changed row keeping at least two values (tokens other than
    words) in the same order, a numbered name renamed only as the others are (``file1`` /
    ``Datei1``, ``file3`` / ``Datei3``: one word for another, three times or more). A value
    changed, or a row changed alone, is drift; so is a word of a command (a row with a prompt
    or an option), which names a program (``mqbroker`` / ``mqproxy``)."""
    if len(rows_a) != len(rows_b) or len(rows_a) < 3 or any(
            _prompt_first(line) or any(_OPTION.match(t.value) for t in line) for line in rows_a):
        return False  # commands: a word in them is a program's or a file's name
    renamed: Counter = Counter()
    changed = 0
    for line_a, line_b in zip(rows_a, rows_b):
        values_a, values_b = [t.value for t in line_a], [t.value for t in line_b]
        if values_a == values_b:
            continue
        changed += 1
        kept_a = [v for v in values_a if not _ROW_WORD.fullmatch(v)]
        kept_b = [v for v in values_b if not _ROW_WORD.fullmatch(v)]
        if len(kept_a) != len(kept_b) or len(kept_a) < 2:
            return False
        for value_a, value_b in zip(kept_a, kept_b):
            if value_a != value_b:
                name_a, name_b = _NUMBERED_NAME.fullmatch(value_a), _NUMBERED_NAME.fullmatch(value_b)
                if not name_a or not name_b or name_a.group(2) != name_b.group(2):
                    return False
                renamed[name_a.group(1), name_b.group(1)] += 1
    return changed * 3 >= len(rows_a) * 2 and (not renamed or (len(renamed) == 1 and renamed.total() >= 3))


def _without_trailing_commas(rows: list[list[Token]]) -> list[list[Token]]:
    """A comma ending a line before a closing bracket is a trailing comma, which JavaScript,
    Python, Rust and Go allow and formatters add or drop: ``useUserStore),`` then ``},``
    states what ``useUserStore)`` does."""
    kept = []
    for line, after in itertools.zip_longest(rows, rows[1:]):
        last = line[-1]
        if after and len(last.value) > 1 and last.value.endswith(",") and after[0].value[:1] and after[0].value[0] in "}])":
            line = [*line[:-1], Token(last.value[:-1], last.start, last.end - 1, last.line)]
        kept.append(line)
    return kept


def _prompt_first(line: list[Token]) -> bool:
    """Whether a line of code starts with a shell prompt ``$`` before a command."""
    return len(line) > 1 and line[0].value == "$"


def _prompted(rows: list[list[Token]]) -> bool:
    return any(_prompt_first(line) for line in rows)


# A line of brackets and separators only (``}, {``, ``]``, ``},``): layout.
_BRACKETS_ONLY = lazy(r"[\[\](){},;]++$")


def _glued(rows, keys):
    """The lines of a block with each line of brackets and separators only joined to the
    line before it (None when there is none): a formatter may write ``children: [{`` and
    ``}, {`` where the other version puts each bracket on a line of its own, the same code."""
    if not any(_BRACKETS_ONLY.match(key) for key in keys[1:]):
        return None
    out = []
    for row, key in zip(rows, keys):
        if out and _BRACKETS_ONLY.match(key):
            out[-1] = out[-1] + row
        else:
            out.append(list(row))
    return out


def _rejoined(rows_a, rows_b, keys_a, keys_b, opcodes, same):
    """The lines of two blocks with each stretch the line diff replaced by the same code cut
    into other lines made one line on each side: a command continued over two lines (``curl
    URL \\`` ``-H …``) or an object written on one line (``"request": { "method": … }``)
    is the same code as the other version's."""
    out_a, out_b = [], []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "replace" and "".join(keys_a[i1:i2]) == "".join(keys_b[j1:j2]):
            out_a.append([t for row in rows_a[i1:i2] for t in row])
            out_b.append([t for row in rows_b[j1:j2] for t in row])
        elif tag == "replace" and _unwrapped(rows_a[i1:i2], same[0]) == _unwrapped(rows_b[j1:j2], same[1]) and not (
                _semicolon_dropped(rows_a[i1:i2], rows_b[j1:j2], rows_b)
                or _semicolon_dropped(rows_b[j1:j2], rows_a[i1:i2], rows_a)):
            continue  # the same code in a formatter's other layout: nothing to compare
        else:
            out_a.extend(list(row) for row in rows_a[i1:i2])
            out_b.extend(list(row) for row in rows_b[j1:j2])
    return out_a, out_b


def _semicolon_dropped(stretch: list[list[Token]], other: list[list[Token]], other_rows: list[list[Token]]) -> bool:
    """Whether the other version's stretch is this one without the semicolon that ends a
    call (``});`` written ``})``) where that version ends other lines of its block with one:
    a formatter drops a statement's semicolons everywhere or nowhere, so one dropped alone
    is an edit."""
    if not stretch or not other or not stretch[-1] or not other[-1]:
        return False
    last_value, other_value = stretch[-1][-1].value, other[-1][-1].value
    if last_value != other_value + ";" or not other_value.endswith(")"):
        return False  # (a semicolon after a block's brace, ``};``, is an empty statement)
    if "".join(t.value for row in stretch for t in row) != "".join(t.value for row in other for t in row) + ";":
        return False  # other layout too: a JSX element wrapped in parentheses, ``return (`` … ``);``
    last = other[-1][-1].line
    return any(row and row[-1].value.endswith(";") and row[-1].line != last for row in other_rows)


# What a formatter adds or drops where it breaks a line: a statement's semicolon, a comma
# before the next line, and the parentheses it wraps a JSX element of several lines in
# (``map(char => (`` … ``))}`` / ``map(char => <p>…</p>)}``; ``return (`` … ``);``). A
# comma ending the stretch is kept: it parts two entries of a list.
_LINE_END_LAYOUT = lazy(r"\(?+[;,]*+$")
_LAST_LINE_END_LAYOUT = lazy(r"\(?+;*+$")
_LINE_START_LAYOUT = lazy(r"^\)")


def _unwrapped(rows: list[list[Token]], same) -> str:
    """The lines of a stretch of code joined without the layout a formatter puts at their ends
    (each line as the block writes it, before a line of brackets was glued to the one above)."""
    keys: dict[int, str] = {}
    for token in (t for row in rows for t in row):
        keys[token.line] = keys.get(token.line, "") + same(token.value)
    last = len(keys) - 1
    return "".join(_LINE_START_LAYOUT.sub("", (_LAST_LINE_END_LAYOUT if i == last else _LINE_END_LAYOUT).sub("", key),
                                          count=1) for i, key in enumerate(keys.values()))


def _changed(opcodes) -> int:
    """How many lines of either version a line diff replaces by others. (Lines only one
    version has, a stretch dropped whole, are no other layout of the same code: a closing
    brace on a line of its own is one of the lines dropped.)"""
    return sum(i2 - i1 + j2 - j1 for tag, i1, i2, j1, j2 in opcodes if tag == "replace")


# A metavariable the reader replaces: words in angle brackets (``<the host the service is
# running on>``, ``<本地目录>``; one ASCII word, ``<branch>``, may be a tag and stays as
# written). An example path that says it is the reader's (``/your/local/addon/directory``,
# ``path/to/file``) may stand for one.
_METAVARIABLE = lazy(r"<(?=[^<>]*(?:\s|[\p{L}&&[^\x00-\x7f]]))[\p{L}\p{M}\p{N}\s'’_.-]++>", regex.V1)
_ANGLE_WORD = lazy(r"<[A-Za-z][\w.-]*+>$")
_EXAMPLE_PATH = lazy(r"(?<![\w./~-])[~.]?/?(?:your|path/to)[/_-][\w./-]*+", regex.IGNORECASE)


def metavariables(line: list[Token]) -> list[Token]:
    """A line's tokens with each metavariable one token, its words set aside as ``<…>``:
    the translator writes what to type in the reader's language (``<l'hôte sur lequel le
    service est exécuté>``), and the code around it stays compared.

    >>> [t.value for t in metavariables([Token("HOST=<the", 0, 9, 0), Token("host>", 10, 15, 0)])]
    ['HOST=<…>']
    >>> [t.value for t in metavariables([Token("enable", 0, 6, 0), Token("<本地目录>", 7, 13, 0)])]
    ['enable', '<…>']
    >>> [t.value for t in metavariables([Token("<div>", 0, 5, 0), Token("<branch>", 6, 14, 0)])]
    ['<div>', '<branch>']
    """
    if not any("<" in t.value for t in line):
        return line
    out: list[Token] = []
    index = 0
    while index < len(line):
        token = line[index]
        last = _closing(line, index)
        if last > index:
            joined = " ".join(t.value for t in line[index:last + 1])
            shaped = _metavariable_words(joined)
            if shaped != joined:  # words in brackets over several tokens: one token
                out.append(Token(shaped, token.start, line[last].end, token.line))
                index = last + 1
                continue
        out.append(Token(_metavariable_words(token.value), token.start, token.end, token.line))
        index += 1
    return out


def _closing(line: list[Token], index: int) -> int:
    """The index of the token that closes a bracket the token at `index` leaves open
    (`index` itself when it leaves none open, or none closes it within a few tokens)."""
    value = line[index].value
    opening = value.rfind("<")
    if opening < 0 or ">" in value[opening:]:
        return index
    for last in range(index + 1, min(index + 16, len(line))):
        if "<" in line[last].value:
            return index
        if ">" in line[last].value:
            return last
    return index


def _metavariable_words(value: str) -> str:
    return _METAVARIABLE.sub("<…>", value) if "<" in value else value


def _example_made_placeholder(run_a: list[Token], run_b: list[Token]) -> bool:
    """Whether one side's token is an example path that says it is the reader's
    (``/your/local/addon/directory``) and the other's a metavariable in its place
    (``<本地目录>``): the translator wrote what to type instead of an example of it; or a
    metavariable of one ASCII word (``<directory>``) written in the reader's words.

    >>> _example_made_placeholder([Token("/your/local/dir", 0, 15, 0)], [Token("<…>", 0, 6, 0)])
    True
    >>> _example_made_placeholder([Token("--dir=<directory>", 0, 17, 0)], [Token("--dir=<…>", 0, 12, 0)])
    True
    >>> _example_made_placeholder([Token("/usr/local/dir", 0, 14, 0)], [Token("<…>", 0, 6, 0)])
    False
    """
    if len(run_a) != 1 or len(run_b) != 1:
        return False
    for path, other in ((run_a[0].value, run_b[0].value), (run_b[0].value, run_a[0].value)):
        if not other.endswith("<…>"):
            continue
        example = _EXAMPLE_PATH.search(path)
        if example and "/" in example.group() and example.end() == len(path) and other[:-3] == path[:example.start()]:
            return True
        word = _ANGLE_WORD.search(path)  # <directory> / <本地目录>: one placeholder, translated
        if word and other[:-3] == path[:word.start()]:
            return True
    return False


def _translated_stretch(old: list[list[Token]], new: list[list[Token]], translation: Translation) -> bool:
    flat_a, flat_b = [t for line in old for t in line], [t for line in new for t in line]
    return len(flat_a) + len(flat_b) <= SHORT_STRETCH and _only_translated(flat_a, flat_b, translation)


def _related(equal: int, lines_a: int, lines_b: int) -> bool:
    """Whether two versions of a block are one block edited: a third of its lines (at least
    three) the same on both sides. Then every change is read line by line, however many
    lines changed (a workflow moved to other actions keeps its steps); two blocks that share
    less are compared as before, and past a few changes reported as one block."""
    return equal >= 3 and equal * 3 >= max(lines_a, lines_b)


def _grown(key_a: str, key_b: str) -> bool:
    """Whether one version of a line is the other with text put in, the other's every
    character kept around it (``NOT NULL,`` / ``NOT NULL COMMENT 'id',``)."""
    short, long = sorted((key_a, key_b), key=len)
    if len(short) < _GROWN_KEPT or len(short) == len(long):
        return False
    prefix = len(os.path.commonprefix((short, long)))
    suffix = len(os.path.commonprefix((short[::-1], long[::-1])))
    return prefix >= _GROWN_KEPT and prefix + suffix >= len(short)


def _grown_lines(old: list[list[Token]], new: list[list[Token]], same_a, same_b) -> int:
    """How many lines of a changed stretch are the other version's lines with text put in."""
    if not old or not new or len(old) * len(new) > MAX_PAIRED:
        return 0
    return sum(bool(line_a and line_b) and _grown("".join(same_a(t.value) for t in line_a),
                                                  "".join(same_b(t.value) for t in line_b))
               for line_a, line_b in _pair_lines(old, new, same_a, same_b))


def _edits(line_a: list[Token], line_b: list[Token], same_a, same_b) -> list[tuple[list[Token], list[Token]]]:
    """The runs of tokens that differ between two versions of one line."""
    values_a, values_b = [same_a(t.value) for t in line_a], [same_b(t.value) for t in line_b]
    return [(line_a[t1:t2], line_b[u1:u2])
            for op, t1, t2, u1, u2 in difflib.SequenceMatcher(None, values_a, values_b, autojunk=False).get_opcodes()
            if op != "equal"]


def _placed_edits(docs, lines, line_a: list[Token], line_b: list[Token], same_a, same_b):
    """`_edits` with, for tokens only one version's line has, where the other's line
    would have them (a character offset in that version)."""
    a, b = docs
    values_a, values_b = [same_a(t.value) for t in line_a], [same_b(t.value) for t in line_b]
    out = []
    for op, t1, t2, u1, u2 in difflib.SequenceMatcher(None, values_a, values_b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        near = {}
        if t1 == t2:
            near[a] = lines[a][0].start + (line_a[t1].start if t1 < len(line_a) else line_a[-1].end)
        if u1 == u2:
            near[b] = lines[b][0].start + (line_b[u1].start if u1 < len(line_b) else line_b[-1].end)
        out.append((line_a[t1:t2], line_b[u1:u2], near))
    return out


def _line_by_line(ctx: Context, docs, lines, strings, same, opcodes, translation: Translation):
    """The changes of a block edited line by line: each edited line by the tokens that
    changed, each added or dropped line on its own, placed (for the version that lacks
    it) at the line where it would be. A line moved and edited (a package moved down a
    list and its version changed) is paired across the lines kept in between."""
    a, b = docs
    rows_a, rows_b = lines[a][1], lines[b][1]

    def place(rows, index: int, k: int) -> int:
        # where a line missing from version k would be: the start of its next line
        paragraph = lines[k][0]
        if index < len(rows):
            return paragraph.start + rows[index][0].start
        return paragraph.start + rows[-1][-1].end if rows else paragraph.start

    if len(rows_a) * len(rows_b) <= MAX_BLOCK_PAIRED:
        # the lines of the whole block paired in order, the most alike (a short line such as
        # ``with:`` the same on both sides does not decide alone where the steps are)
        walk = _pair_lines(rows_a, rows_b, same[a], same[b])
    else:
        walk = []
        for tag, i1, i2, j1, j2 in opcodes:
            old, new = rows_a[i1:i2], rows_b[j1:j2]
            if tag == "equal":
                walk.extend(zip(old, new))
            elif len(old) * len(new) <= MAX_PAIRED:
                walk.extend(_pair_lines(old, new, same[a], same[b]))
            else:
                walk.extend([(line, []) for line in old] + [([], line) for line in new])
    changes = []
    dropped: list[tuple[list[Token], int, int]] = []
    added: list[tuple[list[Token], int, int]] = []
    pending: tuple[list, list] = ([], [])
    stretch = 0

    def close() -> None:
        old, new = pending
        flat_a, flat_b = [t for line, _ in old for t in line], [t for line, _ in new for t in line]
        if not (old and new and len(flat_a) + len(flat_b) <= SHORT_STRETCH
                and _only_translated(flat_a, flat_b, translation)):
            # (else: text of the example translated, its output or a message)
            dropped.extend((line, near, stretch) for line, near in old)
            added.extend((line, near, stretch) for line, near in new)
        old.clear()
        new.clear()

    i = j = 0
    for line_a, line_b in walk:
        if line_a and line_b:
            close()
            stretch += 1
            if "".join(same[a](t.value) for t in line_a) == "".join(same[b](t.value) for t in line_b):
                for run_a, run_b in _renamed_strings(strings[a].get(line_a[0].line, ()),
                                                     strings[b].get(line_b[0].line, ()),
                                                     ctx.documents[a].lang, ctx.documents[b].lang, translation,
                                                     _scripts(ctx, docs)):
                    changes.append((run_a, run_b, {}))
            else:
                changes.extend(_placed_edits(docs, lines, line_a, line_b, same[a], same[b]))
        elif line_a:
            pending[0].append((line_a, place(rows_b, j, b)))
        else:
            pending[1].append((line_b, place(rows_a, i, a)))
        i += bool(line_a)
        j += bool(line_b)
    close()
    # lines moved and edited: paired across the stretches, the most alike first
    if dropped and added and len(dropped) * len(added) <= MAX_PAIRED:
        values = {k: [[same[k](t.value) for t in line] for line, *_ in rows] for k, rows in ((a, dropped), (b, added))}
        scored = sorted(((_similarity(values[a][x], values[b][y]), x, y) for x in range(len(dropped))
                         for y in range(len(added))), reverse=True)
        used_a: set[int] = set()
        used_b: set[int] = set()
        for ratio, x, y in scored:
            if ratio < 0.5:
                break
            if x in used_a or y in used_b:
                continue
            used_a.add(x)
            used_b.add(y)
            changes.extend(_placed_edits(docs, lines, dropped[x][0], added[y][0], same[a], same[b]))
        dropped = [row for x, row in enumerate(dropped) if x not in used_a]
        added = [row for y, row in enumerate(added) if y not in used_b]
    # as many lines left on each side of one stretch: each replaced by the one in its place
    # (a program's output written with translated words is then told apart as a localised line)
    stretch_a: dict[int, list] = {}
    stretch_b: dict[int, list] = {}
    for row in dropped:
        stretch_a.setdefault(row[2], []).append(row)
    for row in added:
        stretch_b.setdefault(row[2], []).append(row)
    for stretch, rows in stretch_a.items():
        others = stretch_b.get(stretch, [])
        if len(others) == len(rows):
            changes.extend((row[0], other[0], {}) for row, other in zip(rows, others))
            del stretch_b[stretch]
        else:
            changes.extend((line, [], {b: near}) for line, near, _ in rows)
    changes.extend(([], line, {a: near}) for rows in stretch_b.values() for line, near, _ in rows)
    return changes


# An address's scheme (``http://``, ``jdbc:mysql://``); words of prose set in an address
# for the reader to fill in, two or more parted by spaces (``Database IP address``); and a
# run of letters of another script, with the Latin names it keeps (``部署streampark服务IP或域名``).
_SCHEME = lazy(r"\w++://")
_SPACED_WORDS = lazy(r"\p{Latin}++(?: \p{Latin}++)++")
_OWN_SCRIPT_RUN = lazy(r"[\p{L}\p{N}]*?[^\P{L}\p{Latin}][\p{L}\p{N}]*+")


def _address_words_translated(run_a: list[Token], run_b: list[Token], translation: Translation | None = None) -> bool:
    """Whether a change is the words of an address's placeholders translated: the source
    describes in words what the reader puts in (``jdbc:mysql://Database IP address:Database
    port number/streampark``), the translation gives those words in its own script
    (``jdbc:mysql://数据库IP地址:数据库端口号/streampark``), and the address around them is
    the same, mark for mark. Compared line by line: a line beside it may be words
    translated (``username: Database username`` / ``username: 数据库用户名``).

    >>> a = [Token(v, 0, 0, 0) for v in "http://Deployed streampark service IP or domain:10000/".split()]
    >>> _address_words_translated(a, [Token("http://部署streampark服务IP或域名:10000/", 0, 0, 0)])
    True
    >>> _address_words_translated(a, [Token("http://部署streampark服务IP或域名:8080/", 0, 0, 0)])
    False
    """
    lines_a, lines_b = _by_line(run_a), _by_line(run_b)
    if not lines_a or len(lines_a) != len(lines_b):
        return False
    addresses = 0
    for line_a, line_b in zip(lines_a, lines_b):
        text_a, text_b = " ".join(t.value for t in line_a), " ".join(t.value for t in line_b)
        if _SCHEME.search(text_a) and _SPACED_WORDS.search(text_a) \
                and _SPACED_WORDS.sub("<>", text_a) == _OWN_SCRIPT_RUN.sub("<>", text_b):
            addresses += 1
        elif _bracketed_placeholder(text_a, text_b):
            addresses += 1
        elif text_a != text_b and not _only_translated(line_a, line_b, translation):
            return False
    return addresses > 0


# A placeholder of a command described in brackets, in words of prose (``xxxx (your GitHub
# username)``), and the same in a translation's words (``xxxx(你的github用户名)``).
_BRACKETED_WORDS = lazy(r"\(\s*+\p{Latin}++(?: \p{Latin}++)++\s*+\)")
_BRACKETED_OWN = lazy(r"\(\s*+[^()\n]*?[^\P{L}\p{Latin}][^()\n]*+\)")


def _bracketed_placeholder(text_a: str, text_b: str) -> bool:
    """Whether a line of a command differs only by the words that describe, in brackets, what
    the reader puts in, translated (``git clone git@github.com:xxxx (your GitHub
    username)/fory.git`` / ``git clone git@github.com:xxxx(你的github用户名)/fory.git``), spaces
    aside.

    >>> a = "git clone git@github.com:xxxx (your GitHub username)/fory.git"
    >>> _bracketed_placeholder(a, "git clone git@github.com:xxxx(你的github用户名)/fory.git")
    True
    >>> _bracketed_placeholder(a, "git clone git@gitee.com:xxxx(你的github用户名)/fory.git")
    False
    """
    placeholder_a = _BRACKETED_WORDS.sub("(<>)", text_a)
    if placeholder_a == text_a:
        return False
    return "".join(placeholder_a.split()) == "".join(_BRACKETED_OWN.sub("(<>)", text_b).split())


def _by_line(run: list[Token]) -> list[list[Token]]:
    """A run of tokens cut at its line breaks."""
    return [list(line) for _, line in itertools.groupby(run, key=lambda t: t.line)]


def _kept_changes(ctx: Context, docs, named, changes, langs):
    """The changes that are drift: not words translated (nor an address's placeholder
    words), not each version's own language as a key, not an example's files renamed."""
    a, b = docs
    translation = Translation(ctx.documents[b].lang, ctx.own_words(b, a))
    return [change for change in changes
            if not _translated_words(change[0], change[1], translation)
            and not _address_words_translated(change[0], change[1], translation)
            and not _example_made_placeholder(change[0], change[1])
            and not _own_language_keys(change[0], change[1], *langs)
            and not _renamed_example(ctx, (a, change[0], named[a]), (b, change[1], named[b]))]


def _candidates(ctx: Context, g: int, docs, lines, named, changes, langs, filtered: bool = False) -> list[Candidate]:
    """One candidate per side of each change, the two sides of an edit bound by a pair
    number; a line one version lacks is placed where it would be in that version."""
    a, b = docs
    if not filtered:
        changes = _kept_changes(ctx, docs, named, changes, langs)
    out = []
    for run_a, run_b, near in changes:
        # (a line added or dropped in a block read line by line is bound to no other: its
        # number keeps it from being paired with another line left over)
        pair = next(pair_ids) if (run_a and run_b) or not filtered else None
        for k, other, run in ((a, b, run_a), (b, a, run_b)):
            if run:
                inv = _span(ctx, k, lines[k][0], run)
                out.append(Candidate(g, "markup", inv.value, frozenset({k}), frozenset({other}), {k: inv}, pair,
                                     near=near))
    return out


def _similarity(values_a: list[str], values_b: list[str],
                counts: tuple[Counter[str], Counter[str]] | None = None) -> float:
    """How alike two lines are, by the tokens they share; a line of one or two tokens that
    starts with the same name (``pydantic>=2.7.0,<3.0.0`` against ``pydantic>=1.8.0,<2.0.0``)
    or whose one token is spelt nearly the same (``libwebkit2gtk-4.1-dev`` against
    ``libwebkit2gtk-4.0-dev``) is the same line, edited.

    Callers read only whether the value reaches one half, and the value where it does:
    below one half it may be an upper bound of the ratio (the shares counted without
    order), which rules most pairs of a long block out before the matching blocks.
    `counts` are the two lines' tokens counted, where a caller compares each line with
    many others."""
    # difflib's two upper bounds (`real_quick_ratio`: the lengths; `quick_ratio`: the
    # tokens shared, without order) are computed here as difflib does, but without a
    # SequenceMatcher, whose construction indexes every token of the second line: most
    # pairs of a changed stretch fail a bound, and building the matcher cost more than
    # the rest of the comparison of a block.
    length = len(values_a) + len(values_b)
    ratio = 2.0 * min(len(values_a), len(values_b)) / length if length else 1.0
    if ratio >= 0.5 and length:
        count_a, count_b = counts or (Counter(values_a), Counter(values_b))
        shared = sum(min(n, count_b[token]) for token, n in count_a.items() if token in count_b)
        ratio = 2.0 * shared / length
        if ratio >= 0.5:
            ratio = difflib.SequenceMatcher(None, values_a, values_b, autojunk=False).ratio()
    if ratio < 0.5 and len(values_a) <= 2 and len(values_b) <= 2 and values_a and values_b:
        name_a, name_b = _LEADING_NAME.match(values_a[0]), _LEADING_NAME.match(values_b[0])
        if name_a and name_b and name_a.group() == name_b.group():
            return 0.5
        if len(values_a[0]) >= 8 and difflib.SequenceMatcher(None, values_a[0], values_b[0]).ratio() >= 0.85:
            return 0.5
    return ratio


# A row of a command's output set out in columns: three cells or more, apart by two spaces
# or more (``csi-nodeplugin-fluid-ctc4l   2/2   Running   0   113s``).
_OUTPUT_ROW = lazy(r"[ \t]*+(?![$#>])(?:\S++(?: \S++)*+(?:  ++|\t++)){2,}+\S[^\n]*+")


def _output_rows(text: str, rows: list[list[Token]]) -> bool:
    """Whether a stretch of a block's lines is a command's output in columns (a command line
    before it aside): a listing whose every row is a record of its own (a pod, a file), which
    a reviewer reads row by row, however few of its rows the other version keeps as they were."""
    raw = [text[text.rfind("\n", 0, line[0].start) + 1:_line_end(text, line[-1].end)] for line in rows if line]
    columns = [bool(_OUTPUT_ROW.fullmatch(line)) for line in raw]
    return sum(columns) >= 2 and all(columns[1:])


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _pair_lines(old: list[list[Token]], new: list[list[Token]], same_a, same_b):
    """The lines of one changed stretch paired in order: a line with the line on the other
    side that shares most of its tokens (at least half), the others alone. A reviewer reads
    ``import { z } from 'astro/zod';`` against ``import { defineCollection, z } from
    'astro:content';``, and a line added next to it as a change of its own."""
    values_a = [[same_a(t.value) for t in line] for line in old]
    values_b = [[same_b(t.value) for t in line] for line in new]

    keys_a, keys_b = ["".join(v) for v in values_a], ["".join(v) for v in values_b]
    counts_a, counts_b = [Counter(v) for v in values_a], [Counter(v) for v in values_b]
    cache: dict[tuple[int, int], float] = {}

    def similarity(i: int, j: int) -> float:
        if (i, j) not in cache:
            cache[i, j] = 1.0 if keys_a[i] == keys_b[j] else _similarity(values_a[i], values_b[j],
                                                                         (counts_a[i], counts_b[j]))
        return cache[i, j]

    # Longest chain of similar line pairs, in order (the stretches are short).
    score = [[0.0] * (len(new) + 1) for _ in range(len(old) + 1)]
    for i in range(len(old) - 1, -1, -1):
        for j in range(len(new) - 1, -1, -1):
            ratio = similarity(i, j)
            best = max(score[i + 1][j], score[i][j + 1])
            if ratio >= 0.5:
                best = max(best, ratio + score[i + 1][j + 1])
            score[i][j] = best
    out: list[tuple[list[Token], list[Token]]] = []
    i = j = 0
    while i < len(old) and j < len(new):
        ratio = similarity(i, j)
        if ratio >= 0.5 and score[i][j] == ratio + score[i + 1][j + 1]:
            out.append((old[i], new[j]))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            out.append((old[i], []))
            i += 1
        else:
            out.append(([], new[j]))
            j += 1
    out.extend((line, []) for line in old[i:])
    out.extend(([], line) for line in new[j:])
    return out


def _only_translated(run_a: list[Token], run_b: list[Token], translation: Translation | None = None) -> bool:
    """Whether every difference between two runs of tokens is words in another script."""
    ops = difflib.SequenceMatcher(None, [t.value for t in run_a], [t.value for t in run_b],
                                  autojunk=False).get_opcodes()
    return all(op == "equal" or _translated_words(run_a[i1:i2], run_b[j1:j2], translation)
               for op, i1, i2, j1, j2 in ops)


def _renamed_example(ctx: Context, side_a, side_b) -> bool:
    """Whether a change of the names in comments (``// src/components/Example.astro``
    written ``// src/components/Exemple.astro``, ``// plugin.ts`` written ``//
    module-extension.ts``) brings in words the other version never uses: the translator
    renamed the example's files. A name made of the other version's own words moved
    (``src/content.config.ts`` / ``src/content/config.ts``) is drift."""
    (a, run_a, named_a), (b, run_b, named_b) = side_a, side_b
    if not run_a or not run_b:
        return False
    if not all(any(s <= t.start < e for s, e in named) for run, named in ((run_a, named_a), (run_b, named_b))
               for t in run):
        return False
    words_a = {w.lower() for t in run_a for w in WORD_PARTS.findall(t.value)}
    words_b = {w.lower() for t in run_b for w in WORD_PARTS.findall(t.value)}
    # (a rename puts words in place of others: a path that only lost a folder,
    # ``src-tauri/tauri.conf.json`` / ``tauri.conf.json``, moved)
    return (bool(words_b - words_a - ctx.words(a)) and bool(words_a - words_b)) or (
        bool(words_a - words_b - ctx.words(b)) and bool(words_b - words_a))


def _own_language_keys(run_a: list[Token], run_b: list[Token], lang_a: str, lang_b: str) -> bool:
    """Whether a change is each version's own language as a key (``en: 'New'`` written
    ``fr: 'Nouveau'`` in an example of translated labels): the example was localised."""
    if len(run_a) != 1 or len(run_b) != 1:
        return False
    key_a, key_b = _LANGUAGE_KEY.fullmatch(run_a[0].value), _LANGUAGE_KEY.fullmatch(run_b[0].value)
    return bool(key_a and key_b) and key_a.group(1).lower() == base_language(lang_a).lower() \
        and key_b.group(1).lower() == base_language(lang_b).lower()


def _translated_words(run_a: list[Token], run_b: list[Token], translation: Translation | None = None) -> bool:
    """Whether a change is words translated: plain words on one side, words with no code
    character in a non-Latin script on the other (a program's output translated,
    ``[plugin] Starting long process…`` / ``[plugin] 启动一个长流程…``); or, with the
    `translation`'s words known, plain words on both sides, one of them at least a word
    of the translation's language (``Welcome to Astro!`` / ``Bienvenue dans Astro !``)."""
    if not run_a or not run_b:
        return False
    for plain, foreign in ((run_a, run_b), (run_b, run_a)):
        if all(_PLAIN_WORD.fullmatch(t.value) for t in plain) and all(
                _FOREIGN_WORD.fullmatch(t.value) for t in foreign):
            return True
    if translation is None or len(run_a) < 2 or len(run_b) < 2 or not all(
            _PLAIN_WORD.fullmatch(t.value) or _PUNCTUATION.fullmatch(t.value) for t in run_a + run_b):
        return False  # (one word alone may be a name: `my-folder`)
    words_a = {w.lower() for t in run_a for w in _LETTERS.findall(t.value)}
    new = {w for t in run_b for w in _LETTERS.findall(t.value) if len(w) >= 3 and w.lower() not in words_a}
    return any(translated_word(w, words_a, translation) for w in new)


def _scripts(ctx: Context, docs) -> frozenset[str | None]:
    """The scripts the versions `docs` are written in (most of their letters)."""
    return frozenset(main_script(ctx.documents[k].text) for k in docs)


def _foreign_swapped(a: str, b: str, scripts: frozenset[str | None]) -> bool:
    """Whether two strings are written in two scripts other than Latin that neither version
    is written in (``"Зд"`` against ``"नमस्ते"`` in an English and a Japanese page): no
    translator wrote either in their own letters, so the example itself was changed."""
    if _LATIN_LETTER.search(a) or _LATIN_LETTER.search(b):
        return False
    script_a, script_b = main_script(a), main_script(b)
    return None not in (script_a, script_b) and script_a != script_b and not scripts & {script_a, script_b}


def _renamed_strings(strings_a, strings_b, lang_a: str, lang_b: str, translation: Translation | None = None,
                     scripts: frozenset[str | None] = frozenset()):
    """The strings of two lines alike but for them that name different things: short runs
    of Latin words, some shared, the others capitalised names on both sides (``'Astro
    Actions'`` against ``'Astro DB'``). Between two languages written in Latin script a
    translated title (``'Astro Docs'`` / ``'Astro Dokumentation'``) reads the same way, so
    there the words of one side must be names no language spells as words (``DB``,
    ``JavaScript``, ``v4``). A string that is a command (``"yarn build"`` against ``"yarn
    generate"``) is compared verbatim, and so is a string written in a script neither
    version is written in, changed into one in yet another (`_foreign_swapped`)."""
    if not strings_a or len(strings_a) != len(strings_b):
        return []
    strict = latin_script(lang_a) and latin_script(lang_b)
    out = []
    for string_a, string_b in zip(strings_a, strings_b):
        words_a, words_b = string_a.value.split(), string_b.value.split()
        if _rewrapped(string_a.value, string_b.value):
            out.append(([string_a], [string_b]))
            continue
        if _changed_command(words_a, words_b, translation) or (
                scripts and _foreign_swapped(string_a.value, string_b.value, scripts)):
            out.append(([string_a], [string_b]))
            continue
        if not strict and string_a.value != string_b.value and _IDENTIFIER.fullmatch(string_a.value) \
                and _IDENTIFIER.fullmatch(string_b.value):
            # One English word for another in a language written in another script
            # (``defineStore('main'`` for ``defineStore('counter'``) is no translation:
            # an identifier the translation kept from an older example.
            out.append(([string_a], [string_b]))
            continue
        if not (0 < len(words_a) <= 4 and 0 < len(words_b) <= 4):
            continue
        if not all(_NAME_WORD.fullmatch(w) for w in words_a + words_b):
            continue
        only_a, only_b = set(words_a) - set(words_b), set(words_b) - set(words_a)
        if not only_a or not only_b or not set(words_a) & set(words_b):
            continue
        changed = only_a | only_b
        if all(w[0].isupper() or w[0].isdigit() for w in changed) and (
                not strict or any(all(_UNWORDLIKE.search(w) for w in side) for side in (only_a, only_b))):
            out.append(([string_a], [string_b]))
    return out


# A string that is one lower-case identifier: ``counter``, ``user_id``, ``fetchUser``.
_IDENTIFIER = lazy(_IDENTIFIER_BODY)
# A string that is a placeholder for the reader's value: its words in a placeholder syntax.
_WRAPPED = lazy(r"(<|\$\{|\{\{|\{|%\(|\[)([^<>{}()\[\]]+?)(>|\}\}|\}|\)s?|\])")


def _rewrapped(a: str, b: str) -> bool:
    """Whether two strings are one placeholder written in two syntaxes: the same words
    untranslated, the brackets changed (``"<Generated API key>"`` against ``"${Generated
    API key}"``, which a shell or a template would now substitute)."""
    wrapped_a, wrapped_b = _WRAPPED.fullmatch(a), _WRAPPED.fullmatch(b)
    return bool(wrapped_a and wrapped_b and wrapped_a.group(1) != wrapped_b.group(1)
                and wrapped_a.group(2).split() == wrapped_b.group(2).split())


def _changed_command(words_a: list[str], words_b: list[str], translation: Translation | None) -> bool:
    """Whether two strings are one value or command changed: words of values only
    (versions, paths, ranges), or the same program first, then words of code only (lower-case names, flags, paths, versions), and a word on the
    translation's side that is no word of its language (``"yarn build"`` / ``"yarn
    generate"``; ``"pnpm dev"`` / ``"pnpm dev"`` is the same, ``"hello world"`` / ``"hola
    mundo"`` is text)."""
    if words_a == words_b or len(words_a) < 2 or len(words_b) < 2:
        return False
    if all(_VALUE_WORD.fullmatch(w) for w in words_a + words_b):
        return True  # versions, paths, ranges: ``"^1.2.3 || ^2.0.0"``, ``"src/a.ts src/b.ts"``
    if words_a[0] != words_b[0]:
        return False
    if not all(_COMMAND_WORD.fullmatch(w) for w in words_a + words_b):
        return False
    lost = set(words_a) - set(words_b)
    new = [w for w in words_b if w not in words_a]
    return not any(translated_word(part, lost, translation) for w in new for part in WORD_PARTS.findall(w))


@functools.cache
def _language_free(lang: str):
    """A token as it reads without the document's own language in its paths: a
    translation's example links its own pages (``href="/ko/reference/"`` for
    ``href="/reference/"``, ``docs.astro.build/ja/``), and a GitHub address without the
    ``refs/heads/`` its branch may be named with. One per language, compiled once."""
    parts = lang.lower().split("-")
    # zh-Hans-CN is written /zh-cn/ in paths: the language, with its region, its script or both
    tags = {lang.lower(), parts[0], "-".join(p for p in parts if len(p) != 4)} | (
        {parts[0] + "-" + parts[1]} if len(parts) > 1 else set())
    pattern = regex.compile(r"/(?:" + "|".join(regex.escape(t) for t in sorted(tags, key=len, reverse=True))
                            + r")(?=/|[\"'`]|$)", regex.IGNORECASE)

    def strip(value: str) -> str:
        if "/" not in value:
            return value
        return _TRAILING_SLASH.sub(r"\1", pattern.sub("", without_full_ref(value)))

    return strip


def _span(ctx: Context, k: int, paragraph, run: list[Token]) -> Invariant:
    start, end = paragraph.start + run[0].start, paragraph.start + run[-1].end
    text = " ".join(ctx.documents[k].text[start:end].split())
    if len(text) > SHOWN:
        text = text[:SHOWN - 1] + "…"
    return Invariant("markup", "code:" + " ".join(t.value for t in run), text, start, end)
