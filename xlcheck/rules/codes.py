"""Rules of the `code` check."""


def code_missing():
    """A code or model name in one version is missing in another.

    What it finds: tokens that carry a digit or a ticker (H100, H200, A800, o1, R1, V3,
    GPT-4o, UTF-16, NASDAQ:NVDA) present in one version and absent from another.
    Plurals (H100s), compounds (H100-GPUs) and suspended hyphens (H100- und H200-GPUs)
    count as the code itself, and so do the few codes news translates into words of its
    own (新冠肺炎, "Corona", "коронавирус" for COVID-19; 二十国集团 for G20); an amount
    after a currency letter ("N585 million") is a number, not a code. An identifier in
    snake case written in prose or in a comment (``delayed_gcode``, ``nozzle_diameter``),
    in lower camel case (``sinkConnector``) or in upper camel case of three parts or more
    (``KclAbiVersion``) is a code: no translation translates or respells it; it is reported
    where the other version writes another identifier of its case in its place. In
    documentation, a command or a constant in capitals (``FLUSHALL``) that a translation
    into another script writes one letter off (``FLUSHOLL``) is missing there, and so is
    a short word of an example in lower case (``select one, two, three``) written there
    with two neighbouring letters swapped (``tow``) where the translation spells the word
    right elsewhere, at each place. Read in prose by their shape alone, without code
    marks: a constant in capitals joined by underscores (``AT_LEAST_ONCE``), a short option
    after a space (``-s``, ``-d, --dest``) and a dotted key or file name (``mysql.slave.port``,
    ``subscriptionGroup.json``; two words, ``batch.size``, in unspaced text only); each is
    missing only where the other version names it nowhere on its page.
    Why it matters: "H100 e H200" becoming "H100" drops a product from the claim.
    Example: pt "GPUs H100 e H200" against de "H100-GPUs".
    How to fix: put the code back in the version that lost it.
    """


def code_changed():
    """A code or model name differs between versions.

    What it finds: aligned paragraphs that each carry a code of the same family that
    the other lacks (H800 against H200).
    Why it matters: a wrong model name is a wrong fact.
    Example: pt "H800 e A800" against de "H800 und A100".
    How to fix: correct the version whose code differs from the source.
    """


RULES = (
    ("XL301", "code-missing", "code", "error", code_missing),
    ("XL302", "code-changed", "code", "error", code_changed),
)
