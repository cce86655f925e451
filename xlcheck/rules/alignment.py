"""Rules of the `alignment` check: documents and paragraphs that have no counterpart."""


def not_a_translation():
    """The documents do not look like translations of each other.

    What it finds: two versions whose paragraphs do not align: few shared numbers,
    codes and names in matching places, and an alignment score under the threshold.
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
    the aligner could not pair with any paragraph of another version.
    Why it matters: a dropped paragraph drops every fact in it; one finding says so
    instead of one alarm per number and name.
    Example: the English page gained a section on caching that the German page lacks.
    How to fix: translate the paragraph, or remove it from the version that kept a stale
    copy.
    """


RULES = (
    ("XL001", "not-a-translation", "alignment", "error", not_a_translation),
    ("XL002", "paragraph-missing", "alignment", "error", paragraph_missing),
)
