"""Rules of the `quote` and `punctuation` checks."""


def quote_missing():
    """A direct quotation in one version is not a quotation in another.

    What it finds: a quotation of speech (six words or more, or a full sentence, in any
    locale's marks: “…”, „…“, «…», ‚…‘, 「…」, or a fragment of someone's words, three words
    or more opening in lower case) with no quotation at the same place in the aligned
    paragraph of another version. Wording is not compared: it is translated. Words a
    machine translation sets between unknown tokens (``<unk>große Risiken<unk>``) have
    lost their marks, whatever replaced them: a quotation of two words is missing there too.
    "The same place" allows for word order: a quotation that covers the same stretch of
    the paragraph, or starts near it, is the same ("X said: «…»" / "«…», said X").
    Short quoted titles are not counted, nor Japanese names and titles in 「…」 or 『…』
    (a project, a centre, a dish: ending on a noun and not quoted by と or って), which a
    translation writes without marks, nor an English label after an article (the "…"
    vibe), nor straight quotes nested in straight quotes (""…"", where no one can tell
    which mark closes which). A quotation that runs over several paragraphs
    (each opened, only the last closed) counts in each of them: a translation that drops
    a paragraph's opening mark, or turns the closing one into a dash, has lost it.
    Why it matters: turning a quotation into reported speech changes who is speaking.
    Example: de „In Zukunft werden sie … eingeschränkt sein.“ against pt "Ele disse que
    no futuro eles seriam limitados".
    How to fix: quote the speaker in the version that paraphrased.
    """


def quote_unbalanced():
    """A quotation mark is opened and never closed.

    What it finds: an opening quotation mark without its closing mark in a paragraph
    whose counterpart in another version is balanced.
    Why it matters: the reader cannot tell where the quotation ends.
    Example: pt “No futuro, eles serão limitados… (no closing ”).
    How to fix: close the quotation where the other version closes it.
    """


RULES = (
    ("XL501", "quote-missing", "quote", "warning", quote_missing),
    ("XL502", "quote-unbalanced", "punctuation", "warning", quote_unbalanced),
)
