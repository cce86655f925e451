"""Round 127 (docs56, python-docs-fr): a role is compared by its name and its target, the
``!`` that keeps Sphinx from making a link included; a translation's target that drops the
source's qualifiers or doubles a name is another target; a parameter's name kept once where
the source names it twice is a sentence joined, not a name translated.

The excerpts are python/python-docs-fr, branch 3.13 at ``b279d876`` (CC0-1.0; sources in
`fixtures/SOURCES.md`); each drift has its clean twin."""

from __future__ import annotations

from conftest import loud_catalogue
from xlcheck.extract.rst_inline import role_target

# library/argparse.rst:1556 (fuzzy in the catalogue): the English added ``!`` to the roles
# that name argparse's own objects after the French was made, and the French has a doubled dot.
ARGPARSE = (
    ":class:`ArgumentParser` supports the creation of such subcommands with the "
    ":meth:`!add_subparsers` method.  The :meth:`!add_subparsers` method is "
    "normally called with no arguments and returns a special action object.  This"
    " object has a single method, :meth:`~_SubParsersAction.add_parser`, which "
    "takes a command name and any :class:`!ArgumentParser` constructor arguments,"
    " and returns an :class:`!ArgumentParser` object that can be modified as "
    "usual.",
    ":class:`ArgumentParser` prend en charge la création de ce genre "
    "de sous-commandes grâce à la méthode :meth:`add_subparsers`. La méthode "
    ":meth:`add_subparsers` est généralement appelée sans argument et elle "
    "renvoie un objet spécial. Cet objet possède une seule méthode, "
    ":meth:`~_SubParsersAction..add_parser`, qui prend le nom d'une commande et "
    "n'importe quels arguments du constructeur d':class:`ArgumentParser` ; elle "
    "renvoie un objet :class:`ArgumentParser` qui peut être modifié normalement.")
ARGPARSE_KEPT = (ARGPARSE[0], ARGPARSE[1].replace(":meth:`add_subparsers`", ":meth:`!add_subparsers`")
                 .replace("..add_parser", ".add_parser").replace("d':class:`ArgumentParser`", "d':class:`!ArgumentParser`")
                 .replace("objet :class:`ArgumentParser`", "objet :class:`!ArgumentParser`"))

# library/stdtypes.rst:184: the parenthesis drops ``object.`` from two of the targets.
STDTYPES = (
    "Instances of a class cannot be ordered with respect to other instances of the same class, or other types "
    "of object, unless the class defines enough of the methods :meth:`~object.__lt__`, :meth:`~object.__le__`, "
    ":meth:`~object.__gt__`, and :meth:`~object.__ge__` (in general, :meth:`~object.__lt__` and "
    ":meth:`~object.__eq__` are sufficient, if you want the conventional meanings of the comparison operators).",
    "Les instances d'une classe ne peuvent pas être ordonnées par rapport à d'autres instances de la même "
    "classe, ou d'autres types d'objets, à moins que la classe ne définisse suffisamment de méthodes parmi "
    ":meth:`~object.__lt__`, :meth:`~object.__le__`, :meth:`~object.__gt__` et :meth:`~object.__ge__` (en "
    "général, :meth:`__lt__` et :meth:`__eq__` sont suffisantes, si vous voulez les significations classiques "
    "des opérateurs de comparaison).")

# howto/regex.rst:1082: ``Pattern`` written twice in the target.
REGEX = (
    "The :meth:`~re.Pattern.split` method of a pattern splits a string apart wherever the RE matches, "
    "returning a list of the pieces. It's similar to the :meth:`~str.split` method of strings but provides "
    "much more generality in the delimiters that you can split by; string :meth:`!split` only supports "
    "splitting by whitespace or by a fixed string.  As you'd expect, there's a module-level :func:`re.split` "
    "function, too.",
    "La méthode :meth:`~re.Pattern.Pattern.split` d'un motif divise une chaîne de caractères à chaque fois que "
    "la RE correspond, retournant la liste des morceaux. C'est similaire à la méthode :meth:`~str.split` mais "
    "est beaucoup plus générale par les délimiteurs que vous pouvez spécifier\u00a0; la méthode  :meth:`!split` "
    "du type *string* ne gère que les découpages en suivant les «\u00a0blancs\u00a0» ou suivant une chaîne "
    "définie. Comme vous pouvez vous y attendre, il y a aussi une fonction :func:`re.split` de niveau module.")

# library/graphlib.rst:134: the French adds a ``~`` (the link shows ``get_ready()`` only).
GRAPHLIB = (
    "Marks a set of nodes returned by :meth:`TopologicalSorter.get_ready` as processed, unblocking any "
    "successor of each node in *nodes* for being returned in the future by a call to "
    ":meth:`TopologicalSorter.get_ready`.",
    "Marque un ensemble de nœuds renvoyé par :meth:`TopologicalSorter.get_ready` comme traités, permettant "
    "aux successeurs de chaque nœud de *nodes* d'être renvoyés lors d'un prochain appel à "
    ":meth:`~TopologicalSorter.get_ready`.")

# library/collections.rst:855: two English sentences naming *field_names* are one in French.
FIELD_NAMES = (
    "The *field_names* are a sequence of strings such as ``['x', 'y']``. "
    "Alternatively, *field_names* can be a single string with each fieldname "
    "separated by whitespace and/or commas, for example ``'x y'`` or ``'x, y'``.",
    "*field_names* peut être une séquence de chaînes de caractères telle que "
    "``['x', 'y']`` ou bien une unique chaîne de caractères où les noms de champs"
    " sont séparés par un espace et/ou une virgule, par exemple ``'x y'`` ou "
    "``'x, y'``.")


def _loud(tmp_path, entries):
    return sorted(loud_catalogue(tmp_path, entries, "fr"))


def test_a_role_target_keeps_its_exclamation_mark():
    assert role_target("!add_subparsers") == "!add_subparsers"
    assert role_target("~object.__eq__") == "object.__eq__"
    assert role_target("~.Model.save") == "Model.save"


def test_a_dropped_exclamation_mark_and_a_doubled_dot_are_changed_roles(tmp_path):
    # (The French writes :class:`ArgumentParser` three times: one is the source's, one is
    # paired with a role that lost its ``!``, the other role is reported missing.)
    assert _loud(tmp_path, [ARGPARSE]) == [
        ("XL701", ":class:`!ArgumentParser`"), ("XL702", ":class:`!ArgumentParser`"),
        ("XL702", ":meth:`!add_subparsers`"), ("XL702", ":meth:`!add_subparsers`"),
        ("XL702", ":meth:`_SubParsersAction.add_parser`")]


def test_roles_written_as_the_source_writes_them_are_clean(tmp_path):
    assert _loud(tmp_path, [ARGPARSE_KEPT]) == []


def test_a_target_that_drops_the_sources_qualifier_is_a_changed_role(tmp_path):
    assert _loud(tmp_path, [STDTYPES]) == [("XL702", ":meth:`object.__eq__`"), ("XL702", ":meth:`object.__lt__`")]


def test_a_tilde_dropped_or_added_is_clean(tmp_path):
    # ``~`` changes only what the link shows: :meth:`object.__eq__` is the same target.
    shown = (STDTYPES[0], STDTYPES[1].replace(":meth:`__lt__`", ":meth:`object.__lt__`")
             .replace(":meth:`__eq__`", ":meth:`object.__eq__`"))
    assert _loud(tmp_path, [shown, GRAPHLIB]) == []


def test_a_name_written_twice_in_a_target_is_a_changed_role(tmp_path):
    assert _loud(tmp_path, [REGEX]) == [("XL702", ":meth:`re.Pattern.split`")]


def test_the_target_written_once_is_clean(tmp_path):
    assert _loud(tmp_path, [(REGEX[0], REGEX[1].replace("Pattern.Pattern", "Pattern"))]) == []


def test_a_parameter_named_once_in_sentences_joined_is_clean(tmp_path):
    assert _loud(tmp_path, [FIELD_NAMES]) == []


def test_a_parameter_kept_once_and_translated_once_is_reported(tmp_path):
    # The French of a second sentence that names the parameter in its own words.
    twice = (FIELD_NAMES[0], FIELD_NAMES[1].replace("ou bien une", "; *noms_de_champs* peut aussi être une"))
    assert _loud(tmp_path, [twice]) == [("XL701", "*field_names*")]
