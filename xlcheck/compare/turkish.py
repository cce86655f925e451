"""Turkish names whose common-noun part is translated: Turkish writes the noun that heads a
name after the name's own word, with the possessive ending of a compound and a capital
("Chuuk Adası", Chuuk Island; "Paris Moda Haftası", Paris Fashion Week; "Boğaziçi
Köprüsü", the Bosphorus Bridge), where English writes "Island" or "Week"."""

from __future__ import annotations

from xlcheck.locales import base_language
from xlcheck.patterns import lazy

# The third person's possessive ending of a compound's head, by vowel harmony: -sı/-si/-su/-sü
# after a vowel (ada → Adası, hafta → Haftası), -ı/-i/-u/-ü after a consonant (göl → Gölü,
# birlik → Birliği), on a word of four letters or more.
_COMPOUND_HEAD = lazy(r"\p{Lu}\p{Ll}*(?:[aıou]sı|[aıou]su|[eiöü]si|[eiöü]sü|[^\W\daeıioöuü](?:ı|i|u|ü))")


def compound_head(word: str, lang: str) -> bool:
    """Whether `word`, in a Turkish text, is a capitalised noun with a compound's possessive
    ending: the translated head of a name whose other word the text keeps."""
    return base_language(lang) == "tr" and len(word) >= 4 and _COMPOUND_HEAD.fullmatch(word) is not None
