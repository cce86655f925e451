"""Rules of the `url` check."""


def url_missing():
    """A URL or e-mail address in one version is missing in another.

    What it finds: a link target present in one version and absent from the aligned
    paragraph of another.
    Why it matters: stale or dropped links are the most common drift in translated
    documentation.
    Example: en "see https://docs.astro.build/en/guides/routing/" against a de page
    without the link.
    How to fix: copy the link into the version that lost it.
    """


def url_changed():
    """A URL differs between versions.

    What it finds: aligned paragraphs that each carry a URL the other lacks.
    Why it matters: a changed link points readers to another page.
    Example: en "https://example.com/v2/api" against pt "https://example.com/v1/api".
    How to fix: update the link in the stale version.
    """


RULES = (
    ("XL601", "url-missing", "url", "error", url_missing),
    ("XL602", "url-changed", "url", "error", url_changed),
)
