"""Rules of the `url` check."""


def url_missing():
    """A URL or e-mail address in one version is missing in another.

    What it finds: a link target present in one version and absent from the aligned
    paragraph of another. A link one version writes at several places and the other at
    none (or changed at each) is reported at each place. A Markdown link reduced to the
    inline code of its label (`` [`/docs/intro`](/docs/intro) `` / `` `/docs/intro` ``) is
    missing; so is a table of contents' link to a section of the source that the
    translation lacks where its table links another section instead. A table of contents
    only the translation has, each item a link to one of its own headings, is no drift.
    Why it matters: stale or dropped links are the most common drift in translated
    documentation.
    Example: en "see https://docs.astro.build/en/guides/routing/" against a de page
    without the link.
    How to fix: copy the link into the version that lost it.
    """


def url_changed():
    """A URL differs between versions.

    What it finds: aligned paragraphs that each carry a URL the other lacks. Links
    that differ only by each version's own language are the same link: a language
    folder (``/docs/x`` / ``/ko/docs/x``, ``/jp/docs/x``), the Docusaurus translation of a page of
    the site (``/docs/x`` / ``/i18n/zh/docusaurus-plugin-content-docs/current/x``, its versions and
    blog too; a heading's anchor never counts), or a language mark on the page's name where a
    site keeps each edition next to the others (``/components/button`` /
    ``/components/button-cn``, ``README.md`` / ``README.zh-CN.md``, ``guide_ja``), and
    a page of the site linked with or without its file's suffix (``./meta`` / ``./meta.md``),
    from the site's root or relative to the page (``/docs/guide/02code-guidelines`` /
    ``./02code-guidelines.md``), or through its own folder (``./09subscription.md`` /
    ``../03-domainModel/09subscription.md``).
    A link left on ``http://`` where the other version moved to ``https://`` is changed
    (``https``, ``ftp`` and a bare ``www.`` host read as one), and so is a path whose case
    only changed (``IMG/x.png`` for ``img/x.png``: no translation changes it, and paths are
    case-sensitive).
    Why it matters: a changed link points readers to another page.
    Example: en "https://example.com/v2/api" against pt "https://example.com/v1/api".
    How to fix: update the link in the stale version.
    """


def link_localised():
    """A link points to the translated edition of the same page or site.

    What it finds: two link targets on the same host where the translation's carries
    its own language (``packaging.python.org/installing/`` against
    ``packaging.python.org/pt-br/latest/tutorials/installing-packages/``), or paths
    that differ only in their words (``subdir/file.txt`` against ``subdir/arquivo.txt``),
    or the same path on a host named for a language or a territory
    (``vuejs.org/guide/x.html`` against ``cn.vuejs.org/guide/x.html``), or another
    language's edition of a site whose own edition the other version links
    (``de.wikipedia.org/wiki/Compose-Taste``, or ``en.wikipedia.org/…`` kept, against the
    English page's ``en.wikipedia.org/wiki/Compose_key``; in a link attribute too), or an
    address at a domain kept for examples (RFC 2606) whose domain and names the translation
    wrote in its own words, its shape kept (``username@servername.example.com`` against
    ``benutzername@servername.beispiel.com``).
    Why it matters: pointing readers to a page in their language is usually right, but
    it is still a different target, worth a look when the source link changes.
    Example: en ``https://docs.python.org/3/library/`` against pt-br
    ``https://docs.python.org/pt-br/3/library/`` (this one is the same link and is not
    reported at all: only the language differs).
    How to fix: nothing, if the localised page is the counterpart of the source's.
    """


RULES = (
    ("XL601", "url-missing", "url", "error", url_missing),
    ("XL602", "url-changed", "url", "error", url_changed),
    ("XL603", "link-localised", "url", "info", link_localised),
)
