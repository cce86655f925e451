"""Rules of the `alignment` check: documents and paragraphs that have no counterpart."""


def not_a_translation():
    """The documents do not look like translations of each other.

    What it finds: two versions whose paragraphs do not align: few shared numbers,
    codes and names in matching places, and an alignment score under the threshold.
    Versions whose paragraphs pair closely are translations even a little under it:
    most of them paired one to one at a steady length ratio and a third of them (at
    least three) in pairs that score high, as a translation into a language that shares
    few letter sequences with the source, or one that merged two paragraphs, does.
    Why it matters: a rewrite on the same topic is not a translation; comparing it
    paragraph by paragraph would bury the reader in false alarms, so xlcheck says this
    once and then lists only the facts that one side has and the other lacks.
    Example: an English news story and an independent Portuguese article on the same
    event (score 0.32, threshold 0.45).
    How to fix: check that the right files are paired; if the text really was
    rewritten, translate it again from the reference.
    """


def paragraph_missing():
    """A paragraph of one version has no counterpart in another.

    What it finds: a paragraph (with its first words and the invariants it holds) that
    the aligner could not pair with any paragraph of another version; in a Markdown list
    paired with the other version's, an item whose links the other list lacks, where that
    list has fewer items (the source added a link to one more tool), or where both lists
    gained items and at least three of its items, and as many as are lost, are still in the
    other. A run of paragraphs one version holds alone that the other holds alone
    elsewhere, paragraph by paragraph of the same kind and with the same values, is a
    section moved: it is paired and compared, not reported as missing; so is a paragraph
    moved past the one next to it (under the heading the other version puts it above)
    that shares a name with its counterpart.
    Why it matters: a dropped paragraph drops every fact in it; one finding says so
    instead of one alarm per number and name.
    Example: the English page gained a section on caching that the German page lacks.
    How to fix: translate the paragraph, or remove it from the version that kept a stale
    copy.
    """


def translation_missing():
    """A source page has no translation in a language the tree is translated into.

    What it finds: a document of the source language (the layout's default language or
    the configured `reference`) with no version in one of the tree's other languages.
    Why it matters: readers of that language get the page in the source language or not
    at all; a new source page is often forgotten by the translators.
    Example: `docs/guides/caching.md` is new; `i18n/de/.../guides/caching.md` does not
    exist. Information by default; `[tool.xlcheck.severity] XL003 = "warning"` makes it
    fail CI.
    How to fix: translate the page, or exclude it (`exclude = ["docs/drafts/**"]`).
    """


def orphan_translation():
    """A translated page whose source page no longer exists.

    What it finds: a document of a translation language whose source-language
    counterpart is gone (deleted or moved) while the translation stayed.
    Why it matters: readers of that language see a page the source no longer has, with
    facts nobody maintains; a moved source page leaves its translation at a dead path.
    Example: `content/en/blog/old.md` was deleted, `content/ko/blog/old.md` is still
    there. Information by default; `[tool.xlcheck.severity] XL004 = "warning"` makes it
    fail CI.
    How to fix: delete the translation, or move it where its source now lives.
    """


def translation_cut_off():
    """A translated paragraph stops before the end of its source paragraph.

    What it finds: a paragraph pair where the source ends a sentence and the translation
    ends on none (no full stop, question or exclamation mark, colon or semicolon) and is
    much shorter than the documents' other paragraphs say it should be, lengths measured
    across scripts. Reported once per paragraph, at the translation's last words, with
    the first words of the untranslated tail of the source and the facts the tail holds;
    each lost number, name and quotation is also reported by its own rule. In plain text,
    a translation that keeps only a sentence or two of a paragraph (fewer sentences, less
    than half the expected length) is reported the same way, once the documents pair one
    to one that way. An error when the tail held facts the translated paragraph lacks or
    the translation stops on a comma or a dash (and its next paragraph does not go on with
    the sentence), information otherwise. The cut paragraphs do not count in the verdict
    of XL001, and a translation that stops on a comma in step with its source's sentences,
    paragraph after paragraph, is a translation.
    Why it matters: machine translation may stop in mid-sentence ("So haben", "Таким
    образом") and leave the rest of the paragraph out; the reader of the translation
    never learns what it said, and nothing else in the text shows the gap.
    Example: the English paragraph "Thus, we had the introduction of the Cost of Living
    (Tenant Protection) (Scotland) Act 2022 … by a factor of at least three." is
    translated as "So haben".
    How to fix: translate the rest of the paragraph (rerun the engine on it or translate
    it by hand).
    """


def sentence_missing():
    """A translated paragraph leaves out a sentence of its source paragraph.

    What it finds: in plain text, a paragraph pair where the translation has fewer
    sentences than its source and leaves out a run of its first or last sentences (or one
    sentence inside): the translation is shorter than the documents' usual length ratio says
    it should be and as long as the source without the run would be, or its sentences pair
    one to one with the kept ones at a steady ratio, or it does not write the run's mark at
    all (the source asks a question and the translation asks none; the source's last
    sentence introduces what follows with a colon and the translation ends on none).
    Paragraphs the aligner merged because both lost a sentence are paired one to one again.
    Of the runs that fit, the one whose figures and places the translation lacks is
    reported, once per paragraph, with its first words and the facts it held; each lost
    number, date, name and quotation is also reported by its own rule. Not reported where
    the translation states every figure or every place of the run that the rest of the
    paragraph lacks (it translated the run, shorter). An error when the run held facts the
    translated paragraph lacks, a warning otherwise.
    Why it matters: machine translation drops whole sentences and closes the rest, so the
    paragraph reads as complete; a translator who joins two sentences keeps their length,
    one who drops a sentence loses what it said (a place, a date, the person quoted).
    Example: the German "… der Norweger Jens Luraas Oftebro vor dem österreichischen
    Gesamtführenden Johannes Lamparter. Dritter wurde Kristjan Ilves aus Estland." translated
    as "… the Austrian leader Johannes Lamparter." (WMT23 de→en); Kristjan Ilves and Estland
    are reported as names too.
    How to fix: translate the sentences left out.
    """


RULES = (
    ("XL001", "not-a-translation", "alignment", "error", not_a_translation),
    ("XL002", "paragraph-missing", "alignment", "error", paragraph_missing),
    ("XL003", "translation-missing", "alignment", "info", translation_missing),
    ("XL004", "orphan-translation", "alignment", "info", orphan_translation),
    ("XL005", "translation-cut-off", "alignment", "error", translation_cut_off),
    ("XL006", "sentence-missing", "alignment", "error", sentence_missing),
)
