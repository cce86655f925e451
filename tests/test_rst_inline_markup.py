"""reST inline markup a catalogue's translation broke: real entries of the German
OpenStack Security Guide catalogue (docs6, tuning data), each broken as the translator
wrote it and in a fixed twin, and a property that well-formed markup written the same on
both sides is never reported.

Source (fixtures/SOURCES.md): openstack/security-doc@30a20af8
`security-guide/source/locale/de/LC_MESSAGES/security-guide.po`, OpenStack Security
Guide, OpenStack contributors, German translation by the OpenStack I18n team; CC BY 3.0.
Entries excerpted unchanged (line breaks of the msgstr kept as ``\\n``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from xlcheck import check
from xlcheck.extract.rst_inline import read, written


def _po(tmp_path, pairs: list[tuple[str, str]]):
    catalogue = tmp_path / "x.de.po"
    body = "".join(f'msgid "{a}"\nmsgstr "{b}"\n\n' for a, b in pairs)
    catalogue.write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n\n' + body, encoding="utf-8")
    return check([str(catalogue)]).findings


def broken(tmp_path, pairs) -> list[str]:
    """The values reported as markup the translation broke (XL701, error)."""
    return [f.value for f in _po(tmp_path, pairs)
            if f.rule == "XL701" and f.severity == "error" and "not read as markup" in f.message]


# security-guide.de.po entries as the catalogue has them, and their fixed twins.
GLUED = ("**Fail:** If value of parameter ``ENFORCE_PASSWORD_CHECK`` in dashboard settings is set to ``False``.",
         "**Fail:** Wenn der Wert des Parameters ``ENFORCE_PASSWORD_CHECK``in den Einstellungen auf "
         "``False``gesetzt ist.")
GLUED_FIXED = (GLUED[0], "**Fail:** Wenn der Wert des Parameters ``ENFORCE_PASSWORD_CHECK`` in den Einstellungen "
                         "auf ``False`` gesetzt ist.")
SPACED = ("Set the ``DEBUG`` setting to ``False`` in the ``[DEFAULT]`` section.",
          "Setzen Sie die ``DEBUG`` Einstellung auf `` False`` im ``[DEFAULT] `` Abschnitt.")
SPACED_FIXED = (SPACED[0], "Setzen Sie die ``DEBUG`` Einstellung auf ``False`` im ``[DEFAULT]`` Abschnitt.")
LINE_BREAK = ("The ``StandaloneNetworkPlugin`` is used.",
              "Das ``\\nStandaloneNetworkPlugin`` wird verwendet.")
STRONG = ("**Cody Bunch**, Rackspace", "** Cody Bunch **, Rackspace")
ROLE_NO_TICKS = ("The OpenStack :term:`Dashboard (horizon)` provides a web-based interface.",
                 "Der OpenStack :term:Dashboard (Horizon) bietet eine webbasierte Schnittstelle.")
ROLE_GLUED = ("Configure the :term:`identity provider` first.",
              "Konfigurieren Sie zuerst den unter:term:`identity provider`.")
ROLE_UNCLOSED = (":term:`GlusterFS`, and :term:`HDFS <Hadoop Distributed File System (HDFS)>`.",
                 ':term:`GlusterFS` und :term:`HDFS <Hadoop Distributed File System (HDFS)> \\"')
LINK_SPACE = ("See `Attacks <https://eprint.iacr.org/2014/248.pdf>`_ for details.",
              "Siehe `Angriffe <https://eprint.iacr.org/2014/248.pdf> `_ für Details.")
LINK_WORDS = ("It moved into a project called `ironic <https://wiki.openstack.org/wiki/Ironic>`__. Since then.",
              "Es hat sich in ein Projekt namens `ironic` verschoben <https://wiki.openstack.org/wiki/Ironic>`__. "
              "Seitdem.")
LINK_NO_OPENING = ("`Pound <http://www.apsis.ch/pound>`_", "Pound <http://www.apsis.ch/pound>`_")


def test_an_end_string_glued_to_the_next_word_is_reported(tmp_path):
    assert broken(tmp_path, [GLUED]) == ["``ENFORCE_PASSWORD_CHECK``", "``False``"]
    assert broken(tmp_path, [GLUED_FIXED]) == []


def test_spaces_inside_the_markers_are_reported(tmp_path):
    assert broken(tmp_path, [SPACED]) == ["``False``", "``[DEFAULT]``"]
    assert broken(tmp_path, [SPACED_FIXED]) == []


def test_a_line_break_after_the_start_string_is_reported(tmp_path):
    findings = [f for f in _po(tmp_path, [LINE_BREAK]) if "not read as markup" in f.message]
    assert [f.value for f in findings] == ["``StandaloneNetworkPlugin``"]
    assert "line break" in findings[0].message
    assert [loc.status for loc in findings[0].locations] == ["present", "different"]


def test_strong_markers_with_spaces_inside_are_reported(tmp_path):
    assert broken(tmp_path, [STRONG]) == ["**Cody Bunch**"]
    assert broken(tmp_path, [(STRONG[0], "**Cody Bunch**, Rackspace")]) == []


def test_broken_roles_are_reported(tmp_path):
    assert broken(tmp_path, [ROLE_NO_TICKS]) == [":term:`Dashboard (horizon)`"]
    assert broken(tmp_path, [ROLE_GLUED]) == [":term:`identity provider`"]
    assert broken(tmp_path, [ROLE_UNCLOSED]) == [":term:`HDFS <Hadoop Distributed File System (HDFS)>`"]
    fixed = [(ROLE_NO_TICKS[0], "Der OpenStack :term:`Dashboard (horizon)` bietet eine webbasierte Schnittstelle."),
             (ROLE_GLUED[0], "Konfigurieren Sie zuerst den :term:`identity provider`."),
             (ROLE_UNCLOSED[0], ":term:`GlusterFS` und :term:`HDFS <Hadoop Distributed File System (HDFS)>`.")]
    assert broken(tmp_path, fixed) == []


def test_broken_links_are_reported_by_their_target(tmp_path):
    assert broken(tmp_path, [LINK_SPACE]) == ["https://eprint.iacr.org/2014/248.pdf"]
    assert broken(tmp_path, [LINK_WORDS]) == ["https://wiki.openstack.org/wiki/Ironic"]
    assert broken(tmp_path, [LINK_NO_OPENING]) == ["http://www.apsis.ch/pound"]
    fixed = [(LINK_SPACE[0], "Siehe `Angriffe <https://eprint.iacr.org/2014/248.pdf>`_ für Details."),
             (LINK_WORDS[0], "Es hat sich in ein Projekt namens `ironic <https://wiki.openstack.org/wiki/Ironic>`__ "
                             "verschoben. Seitdem."),
             (LINK_NO_OPENING[0], "`Pound <http://www.apsis.ch/pound>`_")]
    assert broken(tmp_path, fixed) == []


def test_punctuation_after_the_end_string_is_fine(tmp_path):
    # ``X``-Datei and ``X``, are read by docutils (not labelled in docs6 either).
    pairs = [("Edit the ``nova.conf`` file, then ``glance``.",
              "Bearbeiten Sie die ``nova.conf``-Datei, dann ``glance``.")]
    assert broken(tmp_path, pairs) == []


def test_markup_broken_in_the_source_too_is_not_reported(tmp_path):
    pairs = [("Set ``False``to disable.", "Setzen Sie ``False``auf, um es abzuschalten.")]
    assert broken(tmp_path, pairs) == []


def test_a_literal_swallowed_by_one_left_open_is_reported(tmp_path):
    pairs = [("Set ``auth_strategy`` under ``[api]`` now.", "Setzen Sie ``auth_strategy``unter ``[api]`` jetzt.")]
    findings = [f for f in _po(tmp_path, pairs) if "not read as markup" in f.message]
    assert [f.value for f in findings] == ["``auth_strategy``", "``[api]``"]
    assert "part of" in findings[1].message


@pytest.mark.parametrize(("text", "values"), [
    ("``a`` and ``b``", ["``a``", "``b``"]),
    ("``a``b and ``c``", ["``a``b and ``c``"]),  # docutils reads on to the next valid end-string
    ("(``a``)", ["``a``"]),
    ("x``a`` y", []),
    (":ref:`text <label>`", [":ref:`label`"]),
    ("`text <https://x.org/>`_.", ["`<https://x.org/>`_"]),
    ("`text`_", ["`…`_"]),
    ("**bold**: yes", ["**"]),
    ("\\``a``", []),
    ("値を\\ ``False``\\ に設定", ["``False``"]),  # escaped spaces, as Japanese catalogues write them
    ("値を``False``に設定", []),
])
def test_read_follows_the_recognition_rules(text, values):
    got = [m.value if m.value in ("**", "`…`_") or not m.value.startswith("``") else "``" + m.text[2:-2] + "``"
           for m in read(text)]
    assert got == values


def test_written_gives_the_reason():
    reasons = {m.value: m.reason for m in written("``a``b, `` c``, ``d `` and x``e``.")}
    assert reasons == {"``a``": "its closing mark is followed by a letter",
                       "``c``": "a space follows its opening mark",
                       "``d``": "a space comes before its closing mark",
                       "``e``": "the literal is glued to the word before it (“x”)"}


_WORD = st.text(alphabet=st.characters(whitelist_categories=("Ll", "Lu", "Nd")), min_size=1, max_size=8)
_CODE = st.from_regex(r"[A-Za-z_/.\[\]:-][A-Za-z0-9_/.\[\]:= -]{0,12}[A-Za-z0-9_/.\]-]", fullmatch=True)


@st.composite
def _markup(draw) -> str:
    kind = draw(st.sampled_from(["literal", "role", "link", "strong"]))
    if kind == "literal":
        return "``" + draw(_CODE) + "``"
    if kind == "role":
        return f":{draw(st.sampled_from(['ref', 'doc', 'term', 'option']))}:`{draw(_WORD)}`"
    if kind == "link":
        return f"`{draw(_WORD)} <https://example.org/{draw(_WORD)}>`_"
    return "**" + draw(_WORD) + "**"


@st.composite
def _entry(draw) -> tuple[list[str], list[str]]:
    pieces = draw(st.lists(_markup(), min_size=1, max_size=4))
    after = draw(st.lists(st.sampled_from([" ", ", ", ". ", "-Datei ", ") ", ": "]), min_size=len(pieces),
                          max_size=len(pieces)))
    return pieces, after


@settings(max_examples=60, deadline=None)
@given(_entry(), _WORD, _WORD)
def test_well_formed_markup_written_the_same_is_never_reported(tmp_path_factory, entry, word_en, word_de):
    pieces, after = entry
    source = "Use " + word_en + " " + "".join(p + a for p, a in zip(pieces, after, strict=True)) + "now."
    translation = "Nutzen Sie " + word_de + " " + "".join(p + a for p, a in zip(pieces, after, strict=True)) + "jetzt."
    assert broken(tmp_path_factory.mktemp("po"), [(source, translation)]) == []


# packaging.python.org ru (docs9, tuning data since its second score): the role's name
# translated, with and without a space after its colon.
ROLE_TRANSLATED = ("Either a :term:`Distribution Package` or an :term:`Installed Project`.",
                   "Либо :термин:`Пакет дистрибутива`, либо : термин:`Установленный проект`.")
ROLE_KEPT = (ROLE_TRANSLATED[0], "Либо :term:`Пакет дистрибутива <Distribution Package>`, "
                                 "либо :term:`установленный проект <Installed Project>`.")


def test_a_role_whose_name_was_translated_is_reported(tmp_path):
    assert broken(tmp_path, [ROLE_TRANSLATED]) == [":term:`Distribution Package`", ":term:`Installed Project`"]
    assert broken(tmp_path, [ROLE_KEPT]) == []
