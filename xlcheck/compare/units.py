"""Numbers converted with their unit: "150 feet" / "45 metros" is one height.

A translation for readers of another system of measures may convert a quantity. A number
written with an imperial unit in one version and the other version's number with the
matching metric unit are the same fact when the conversion agrees within the rounding
the translator wrote (45.72 m written "45" or "about 50").
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import regex

from xlcheck.compare.context import Context
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_GAP = r"[\s\u00a0\u202f-]*"
_END = r"(?![\p{L}\p{N}])"


def _unit(words: str) -> regex.Pattern[str]:
    return lazy(rf"{_GAP}(?:{words}){_END}", regex.IGNORECASE)


# The metric units in the Slavic languages' cases (Czech metrů, Polish metrów, Ukrainian
# метрів), and in Japanese and Chinese.
_METRE = r"|metr(?:ů|y|u|a|em|ech|ami|ów|ach)?|метр(?:ов|ів|а|и|ы|ах|ами)?|メートル|米"
_KILOMETRE = r"|kilometr(?:ů|y|u|a|em|ech|ami|ów|ach)?|километр(?:ов|а|ы|ах)?|кілометр(?:ів|а|и|ах)?|км|キロ(?:メートル)?|公里"
_KILOGRAM = r"|kilogram(?:ů|y|u|a|em|ech|ów)?|килограмм(?:ов|а|ы)?|кілограм(?:ів|а|и)?|кг|キロ(?:グラム)?|公斤|千克"
_CENTIMETRE = r"|centimetr(?:ů|y|u|a|em|ech|ów)?|сантиметр(?:ов|ів|а|и|ы)?|см|センチ(?:メートル)?|厘米"
# (imperial unit, metric unit, imperial value -> metric value)
_CONVERSIONS: tuple[tuple[regex.Pattern[str], regex.Pattern[str], Callable[[float], float]], ...] = (
    (_unit(r"feet|foot|ft\.?"),
     _unit(r"m|meters?|metres?|Metern?|metros?|mètres?" + _METRE), lambda x: x * 0.3048),
    (_unit(r"yards?|yd"),
     _unit(r"m|meters?|metres?|Metern?|metros?|mètres?" + _METRE), lambda x: x * 0.9144),
    (_unit(r"miles?|mi"),
     _unit(r"km|kilometers?|kilometres?|Kilometern?|kilómetros?|kilomètres?|quil[óô]metros?" + _KILOMETRE),
     lambda x: x * 1.609344),
    (_unit(r"pounds?|lbs?\.?"),
     _unit(r"kg|kilograms?|kilogrammes?|Kilogramm|Kilos?|kilogramos?|quilogramas?|quilos?" + _KILOGRAM),
     lambda x: x * 0.45359237),
    (_unit(r"inch(?:es)?|in\."),
     _unit(r"cm|centimeters?|centimetres?|Zentimetern?|centímetros?|centimètres?" + _CENTIMETRE),
     lambda x: x * 2.54),
    (_unit(r"°\s?F|degrees? Fahrenheit|Fahrenheit"),
     _unit(r"°\s?C|degrees? Celsius|Celsius|Grad(?: Celsius)?|grados?(?: Celsius| centígrados)?"
           r"|degrés?(?: Celsius)?|graus?(?: Celsius)?"),
     lambda x: (x - 32) * 5 / 9),
)


def _number(value: str) -> float | None:
    try:
        number = float(value.lstrip("~"))
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _step(value: str) -> float:
    """The rounding a written number states: 45 -> 1, 50 -> 10, 1.5 -> 0.1."""
    digits = value.lstrip("~-")
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.rstrip("0")
    return 10.0 ** (len(digits) - len(stripped)) if stripped else 1.0


def agrees(converted: float, written: str) -> bool:
    """Whether `written` is `converted` rounded as a translator rounds.

    >>> agrees(45.72, "45"), agrees(45.72, "50"), agrees(45.72, "60"), agrees(160.9, "200")
    (True, True, False, False)
    """
    number = _number(written)
    if number is None:
        return False
    # "50" may round 45.72 to its tens, never "200" round 160.9 to its hundreds.
    rounding = min(_step(written) / 2 + 1e-9, 0.15 * abs(converted))
    return abs(number - converted) <= max(0.05 * abs(converted), rounding, 0.6)


@functools.cache
def _any_imperial() -> regex.Pattern[str]:
    """Every imperial unit of the conversions in one pattern: a number it does not follow
    is the source of no conversion, and one match is cheaper than one per conversion."""
    return regex.compile("|".join(f"(?:{imperial.pattern})" for imperial, _, _ in _CONVERSIONS), regex.IGNORECASE)


def _units(ctx: Context, k: int, inv: Invariant, pattern: regex.Pattern[str]) -> bool:
    return pattern.match(ctx.documents[k].text, inv.end, inv.end + 30) is not None


def excuse_conversions(ctx: Context, docs: list[int], values: dict[int, dict[str, Invariant]],
                       soft: dict[int, set[str]]) -> None:
    """Mark as present, in both versions, each number converted with its unit."""
    for k in docs:
        measured = [inv for inv in values[k].values() if _units(ctx, k, inv, _any_imperial())]
        if not measured:
            continue
        for o in docs:
            if o == k:
                continue
            for imperial, metric, convert in _CONVERSIONS:
                sources = [inv for inv in measured if _units(ctx, k, inv, imperial)]
                if not sources:
                    continue
                targets = [inv for inv in values[o].values() if _units(ctx, o, inv, metric)]
                for source in sources:
                    number = _number(source.value)
                    if number is None:
                        continue
                    converted = convert(number)
                    for target in targets:
                        # "45 miles (72 kilometers)" kept as "72 kilometra": the metric
                        # figure is the source's own, the miles are lost.
                        if agrees(converted, target.value) and target.value not in values[k]:
                            soft[o].add(source.value)
                            soft[k].add(target.value)
