"""Rules of the `markup` check."""


def markup_missing():
    """Inline code or a placeholder in one version is missing in another.

    What it finds: `inline code`, printf placeholders (%s, %(count)d), format fields
    ({name}, {0}) and template variables ({{ var }}) present in one version and absent
    from the aligned paragraph of another; also the structure around them: a step's title
    that is a heading in a list item (``1. ##### Update``) written as plain text, a
    component name an MDX ``import { Tabs, Steps }`` lost, a numbered step that lost its
    number (a paragraph numbered ``（1）``, ``(1)`` or ``1、`` is a step like ``1.``), a
    Markdown link whose brackets were dropped (`` `server.watcher`(/guide/x) ``) or whose
    text was set in code marks before its address written bare (`` `钉钉官方文档`
    https://open.dingtalk.com/… ``, reported as “[…] (…)”, as a link broken by a space
    is), emphasis
    broken by a space after its opening star (``* Exemples :*``) or before its closing
    one (``**For example: **``) or closed by an
    underscore that nothing opened (``RVB Rec2020 linéaire_`` for ``_linear Rec. 2020
    RGB_``), a definition list's description that lost its leading ``: `` (reported as
    “:”; a colon spaced as French sets it, `` : `` or after a no-break space, is kept),
    a line of a catalogue entry all in bold over the lines it introduces (``**To change
    the default speed of a slider:**``) that the translation lacks (reported as “**…**”),
    a MyST role
    (``{octicon}`book```) compared by its name and target, and a code fence in a list
    item one version leaves open where the other closes it (reported as “```sh (no closing
    fence)” at the block: CommonMark ends an open fence with its list item).
    Why it matters: a dropped placeholder breaks the program that fills it in.
    Example: en "%(count)d files" against fr "fichiers". In a Markdown page, inline code
    the translation writes as the same value in plain text at the same place, when the
    value still reads as code (``bzip2``, ``localhost:9999``, or a word the source never
    writes outside code, ``gzip``), or in quotation marks (“7777”), is XL705 (the value is
    there, its markup is not); inline code that names a placeholder of the command its
    paragraph describes (`` `count` `` for ``{{count}}``), translated with it, is not
    reported. A lower-case word of the source's prose (``color``), a phrase written plain
    among Latin words, and any reST literal of a catalogue written as plain text, are
    reported here. Cells of a Markdown table (``|Images|``, ``|-----|``, and of a table
    whose rows do not open with ``|``) are no reST substitutions. A file a fence's title
    names (```` ```vue [SomeElementImpl.vue] ````, ``title="vite.config.js"``) must be kept.
    A catalogue entry is read by the markup of the file it comes from: one po4a cut from
    AsciiDoc (its ``#:`` reference names a ``.adoc`` file, or its ``#.`` type is one of
    AsciiDoc's) has ``` ``quoted'' ``` text, not literals, and list items and table rows
    that are prose however indented; itstool's image entries (``external ref='…' md5='…'``,
    whose msgstr itstool does not use) are not compared. In a catalogue entry (reST), inline
    markup is read by docutils' recognition rules: a literal, role, link or strong span the source writes as markup
    and the translation writes so that docutils does not read it is reported with the
    reason, though its backticks still hold the value: “``False``gesetzt” (the closing
    mark followed by a letter), “`` False``” (a space after the opening mark),
    “:term:Dashboard” (a role without backticks), “`text <url>` _” (a link whose “_” is
    parted from it), a literal run over by one opened before it and not closed. Markup
    followed by punctuation (“``nova.conf``-Datei”) is read and not reported. An entry
    cut from a Markdown page (its ``#:`` reference names a ``.md`` file: mdBook, po4a,
    MyST) is read by Markdown's rules instead: a code span glued to a word or followed by
    “(” is one. A catalogue entry whose msgid begins or ends with a line break and whose
    msgstr does not (or the reverse) is reported as “\\n”, as ``msgfmt -c`` rejects it: a
    code block's comment cut into an entry (``// Scientific notation\\n``) that lost it
    takes the next line of code into the comment.
    How to fix: copy the placeholder or code literal verbatim into the translation.
    """


def markup_changed():
    """Inline code or a placeholder differs between versions.

    What it finds: aligned paragraphs that each carry markup the other lacks. In a
    command line with placeholders to fill in (``tar cf {{path/to/target.tar}}``, the
    convention of tldr pages), a placeholder's words are a description the translator
    translates: only the command, where each placeholder stands, how many alternatives
    it offers, whether it takes a list (``{{file1 file2 ...}}``), the values of an
    example it gives (``{{v0.1}}``) and its option lists (``{{[-i|--ignore-case]}}``)
    are compared. Attributes of a Hugo shortcode or an HTML tag that hold words (named
    for text, ``title``, ``prepend``, ``buttonText``, or words parted by spaces, or
    letters outside ASCII) are prose; the others (``term_id="cri"``) are compared as
    written. Inline code that is one word of an API (`` `address` ``, `` `Complete` ``)
    written in the translation's words is a changed literal, when it is in a table's
    first cell or, in prose, a word in lower case (`` `root` `` / `` `raíz` ``) or one the
    source writes only as code (a default label in a later cell, ``取消`` for ``Cancel``,
    and a label the source also writes as a word, "the Cancel button", are XL704); so is a
    literal whose case changed inside a name
    (``Cloneset`` / ``CloneSet``) or lost its capital (``Webhook`` / ``webhook``). A
    string in the other quote marks (``type='number'`` / ``type="number"``) is the same code,
    and so are two roles of Sphinx's Python domain naming one object by two paths
    (:attr:`Flask.root_path` / :attr:`~flask.Flask.root_path`; :func:`werkzeug.secure_filename`
    / :func:`~werkzeug.utils.secure_filename`: the same last name, one path's names a part of
    the other's). Inline code changed at each of its places is reported as often, and so
    is inline code misspelt at one of its places (`` `errrorCaptured` `` once for one of
    two `` `errorCaptured` ``). Keys in inline code named as the reader's keyboard labels
    them (`` `Strg` `` for `` `Ctrl` ``, `` `Umschalten` `` for `` `Shift` ``) are the same keys.
    An absolute path written in prose that the translation writes without its leading
    slash (``"/mnt/ssd1/cache"`` / ``"mnt/ssd1/cache"``) is a changed literal.
    Why it matters: a translated placeholder name ({nome} for {name}) is a bug.
    Example: en "{name}" against pt "{nome}".
    How to fix: keep placeholders and code literals exactly as in the source.
    """


def code_block_changed():
    """A code block differs between versions.

    What it finds: a fenced code block (Markdown/MDX), an indented one (four spaces after
    a paragraph or heading of the page's margin), or a literal block (a PO entry holding a
    doctest or shell session) whose code differs from its counterpart once comments and the
    contents of string literals (a docstring over several lines too) are set aside, since
    those are what translators translate; an XML element whose content is one value with a
    figure (``<version>0.12.1</version>``) holds code, not text. Blocks are compared line by line: each edited line is reported
    by the tokens that changed, each added or dropped line on its own (placed, in the
    version that lacks it, where it would be), even when most lines of the block changed.
    Strings that are commands or values (``"yarn build"``, ``">=18.0 <21"``) are compared
    verbatim, and a comment that names code (``// call modal.confirm``) must keep it,
    as code (```Option``` closed by an apostrophe, ```Option'``, is no code span), and an
    output it quotes in figures with its spaces (``"    1"``, a width of 5, / ``"    1 "``),
    but a name joined by underscores that stands only in the comments' prose, nowhere in
    the code, is theirs to translate when each such name is translated at its places
    (``[starting_index..ending_index]`` / ``[índice_inicial..índice_final]``).
    A metavariable in the reader's words (``<the host the service is running on>`` /
    ``<l'hôte sur lequel le service est exécuté>``, ``/your/local/dir`` / ``<本地目录>``)
    is compared as a placeholder: only the code around it counts; so are words of prose an
    address gives for the reader to fill in (``jdbc:mysql://Database IP address:Database
    port number/db`` / ``jdbc:mysql://数据库IP地址:数据库端口号/db``), translated into
    another script. A step's number opening a comment only one version has (``// 1)
    接入数据源``) is no value the other lost. A line of brackets and
    separators only (``}, {``) is layout: ``children: [{`` and ``children: [`` with ``{``
    on the next line are the same code; in a stretch of lines one version drops whole it
    is a line dropped (the closing ``}`` of a function). A few lines edited beside a run
    of lines dropped (a help text's usage line and its list of subcommands) are each
    reported. A comment of Chinese or Japanese words needs no
    space after its ``#`` (``#查看pod状态``), and ```` ```code ```` names no language, nor
    does a language whose comments xlcheck does not know (```` ```textproto ````,
    ```` ```build ````): its ``#`` and ``//`` lines are comments, and a translated comment
    wrapped on fewer lines is no changed code. A file suffix a comment names (``use the
    ‘.pbtxt’ suffix``) must be kept, as its other code names; a comment kept in the
    source's words but naming another product (``The model of the Metax card.`` /
    ``… Cambricon card.``) is changed. A note in brackets after a node of a tree drawn with
    box-drawing lines (``└─ <Stats> (async component)``) is prose, and ``unix:///var/run``
    holds a path, no ``//`` comment. In a command's list of options as its ``--help``
    prints it, the help text after a flag and its value's type is prose (``-A,
    --all-namespaces   List all waypoints …`` / ``列出所有…``), its figures compared. Shell
    prompts (``$ git clone …``) the source shows and the translation drops are no drift;
    a prompt only the translation keeps is left from an older source and is reported.
    Why it matters: in translated documentation a changed code block is the surest sign
    of a stale page: the source changed its example and the translation kept the old one.
    Example: en ``npm create astro@latest`` against a de page still showing
    ``npm init astro``.
    How to fix: copy the current code block from the source and translate its comments.
    """


def literal_localised():
    """A code literal differs only in its words: a localised example name.

    What it finds: inline code whose letters changed while its shape stayed (the same
    punctuation, digits and extensions): ``my-integration.ts`` written
    ``minha-integracao.ts``, ``<branch>`` written ``<rama>``. A new word counts as the
    translation's when it is spelt in its script, written in its prose, or a cognate of
    the word it replaces; an English name in place of another (``devPath`` for
    ``devUrl``, ``yarn generate`` for ``yarn build``) is a changed literal (XL702/XL703).
    Why it matters: translators often localise example names on purpose; sometimes it
    is a mistake (a renamed option no longer works), so it is worth a look but not a
    failed build (severity info).
    In a catalogue's reST literal, placeholders (``<field name>`` / ``<nom_de_champ>``,
    ``%(field_name)s`` / ``%(nom_champ)s``) and names joined by ``_`` spelt with the
    translation's letters (``"app_label.model_name"`` / ``"étiquette_app.nom_modèle"``)
    are localised; an API name translated (``max_length`` / ``longueur_max``) is not.
    A change of case only is localised where a Latin-script translation capitalises the
    first letter (German ``Import`` for ``import``); so is inline code that is a title of
    capitalised words (`` `Vite Plugin Authors` ``) written in the translation's words.
    In a translation into a script of its own, inline code of plain words (no code
    character, no identifier's shape) written in that script's words only is a label of
    the interface given in the reader's words (`` `edit button` `` / `` `编辑` ``,
    `` `Settings` `` / `` `设置` ``, `` `required` `` / `` `必填项` ``) where the translation
    so gives two of the page's code spans or more, one of them a control the source
    clicks or names ("click the `` `edit button` ``"). One alone so translated among code
    the page keeps (`` `reply all` `` / `` `回复所有` ``), and terms no control names
    (`` `method` `` / `` `方法` ``), are changed literals (XL702).
    Example: en ``git push clever <branch>:master`` against es
    ``git push clever <rama>:master``.
    How to fix: nothing, if the name is an example; otherwise copy the literal verbatim.
    """


def markup_dropped():
    """Inline code of the source is written as plain text or in quotation marks.

    What it finds: in a Markdown page, inline code of the source (`` `--skip-crds` ``,
    `` `adb logcat` ``, `` `7777` ``) that the aligned paragraph of the translation
    writes letter for letter without its backticks, or in quotation marks (“7777”,
    「./app」). Markup is compared as markup: the value is still there, the reader no
    longer sees that it is code. Not reported: a value the source itself writes as plain
    text elsewhere on the page, in its sentences (a name it sets in code in one sentence
    only, ``TreeSelect``, ``Kubernetes``; a heading's or a link label's words, "# Device
    Scheduling", do not count), a word the translation spells as a name of its own text
    (`` `markdown` `` as Markdown in a sentence of another script; but where the source's
    sentence names that word too, "start EdgeCore … start `edgecore`", the literal is
    missing, XL701), a command's placeholder translated with the command (`` `count` ``
    for ``{{count}}``), a term quoted in the translation's own words, and code marks the
    translation adds (formatting, no drift). A reST literal of a catalogue written as
    plain text is broken markup (XL701).
    Why it matters: inline code tells the reader what to type exactly; without its
    marks a command, option or parameter reads as a word of the sentence, and a stale
    translation that predates the source's code marks shows where it was not updated.
    Example: en "use the `--skip-crds` flag" against zh "使用 --skip-crds 参数".
    How to fix: put the value back in backticks, as the source writes it.
    """


RULES = (
    ("XL701", "markup-missing", "markup", "error", markup_missing),
    ("XL702", "markup-changed", "markup", "error", markup_changed),
    ("XL703", "code-block-changed", "markup", "warning", code_block_changed),
    ("XL704", "literal-localised", "markup", "info", literal_localised),
    ("XL705", "markup-dropped", "markup", "warning", markup_dropped),
)
