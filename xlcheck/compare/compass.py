"""Points of the compass in a name, and the words other languages write for them: "Southern
California" / "el sur de California", "West Virginia" / "Wirginia Zachodnia"."""

from __future__ import annotations

# Points of the compass that open a place name ("Southern California", "North Wales") and
# the stems of the words other languages write for them ("sur de California", "Nordwales",
# Polish "Wirginia Zachodnia", Russian "Западная Вирджиния", Dutch "Zuid-Carolina", Romanian
# "Virginia de Vest", Finnish "Etelä-Korea", "Länsi-Virginia").
_COMPASS = {"north": "nord norte norden nördlich septentrional noord półno север pohjoi",
            "south": "sud süd sur sul süden südlich meridional zuid połud юг юж etelä",
            "east": "est ost este leste osten östlich oriental oost wschod восток восточ itä",
            "west": "ouest west oeste westen westlich occidental zachod запад vest länsi länti"}
_COMPASS_WORDS = {form: key for key in _COMPASS for form in (key, key + "ern")}
# Hausa's, and their construct forms ("Arewacin Najeriya", northern Nigeria).
_HAUSA_COMPASS = {"arewa": "north", "arewacin": "north", "kudu": "south", "kudancin": "south",
                  "gabas": "east", "gabashin": "east", "yamma": "west", "yammacin": "west"}
_COMPASS_WORDS.update(_HAUSA_COMPASS)


def compass_accounted(part: str, forms: set[str]) -> bool:
    """Whether a Hausa point of the compass in a name ("matasan Arewa", the youth of the
    North) is among another version's word forms ("northern youth")."""
    key = _HAUSA_COMPASS.get(part.lower())
    return key is not None and any(form.startswith(stem) for form in forms for stem in (key, *_COMPASS[key].split()))


def compass_present(part: str, words: set[str]) -> bool:
    """Whether a point of the compass in a name is there in another language's words
    (lower case)."""
    key = _COMPASS_WORDS.get(part.lower())
    if key is None:
        return False
    stems = (key, *_COMPASS[key].split())
    return any(w.startswith(stem) for w in words for stem in stems)
