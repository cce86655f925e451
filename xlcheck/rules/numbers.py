"""Rules of the `number` check."""


def number_missing():
    """A number in one version is missing in another.

    What it finds: a quantity (digits, a scale such as "600 Milliarden", or a number word
    that stands for digits on the other side) present in one version's paragraph and
    absent from the aligned paragraph of another. Values are compared, not strings:
    50.000 (pt, de), 50,000 (en), 50 000 (fr) and 50’000 (de-CH) are the same number.
    Number words are read in en, de, pt, es, fr, it and ru, with their scales ("drei
    Millionen" = 3,000,000) and, in Russian, in every case ("десяти", "десятью" = 10;
    "более тысячи" = more than 1,000); in uk, cs, pl and is they excuse digits but are not
    looked for. A range's scale written once counts for both ends ("12 to 14 million");
    an amount after a currency letter ("N585 million", "Rs500") is a number, not a code.
    A superscript exponent is its digits ("mm/s²" = "mm/sec^2"); "10s of microns" is an
    order of magnitude ("dizaines de microns"), not a count. In Markdown, the first
    marker of a list that starts at another step than 1 ("2. Train the model", after a
    code block that ended the list before) is a number: the reader sees step 2, and a
    translation that starts the list at 1 shows another step (later markers, and a
    first 1, are renumbered freely).
    Why it matters: a dropped figure silently changes what the text claims.
    Example: pt "50.000 GPUs H100" against de "H100-GPUs".
    How to fix: put the number back in the version that lost it.
    """


def number_changed():
    """A number has a different value in another version.

    What it finds: aligned paragraphs that each carry a number the other lacks, paired
    as one change (the reference's value and what the other version wrote); and a sum
    every version states with a currency, one version with another currency ("90 Kč"
    against "90 копійок": crowns made kopecks).
    Why it matters: 50.000 becoming 5.000 is the most damaging drift there is.
    Example: pt "50.000 GPUs" against de "5.000 GPUs".
    How to fix: correct the version whose value differs from the source.
    """


def number_separator():
    """A number is written with separators of another locale.

    What it finds: a token such as "50,000" in a Portuguese text, where ',' is the
    decimal point: read by the locale it is 50.000 (fifty), but the other version
    shows it was meant as fifty thousand.
    Why it matters: readers of the locale read the wrong value.
    Example: pt "50,000 GPUs" against de "50.000 GPUs".
    How to fix: write the number with the document's own separators (50.000 in pt).
    """


RULES = (
    ("XL101", "number-missing", "number", "error", number_missing),
    ("XL102", "number-changed", "number", "error", number_changed),
    ("XL103", "number-separator", "number", "warning", number_separator),
)
