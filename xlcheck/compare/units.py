"""Numbers converted with their unit: "150 feet" / "45 metros" is one height.

A translation for readers of another system of measures may convert a quantity. A number
written with an imperial unit in one version and the other version's number with the
matching metric unit are the same fact when the conversion agrees within the rounding
the translator wrote (45.72 m written "45" or "about 50").

A sum of money is not converted: the same figure in another currency ("90 Kč" / "90
копійок", crowns made kopecks) is another sum (`currency_changes`). Nor is a clock time: the
same time in another zone ("13:25 мск" / "13:25 GMT") is another moment (`zone_changes`).
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from collections.abc import Callable

import regex

from xlcheck import regexcache
from xlcheck.compare.context import Candidate, Context, Group
from xlcheck.model import Invariant
from xlcheck.patterns import lazy
from xlcheck.scripts import main_script

_GAP = r"[\s\u00a0\u202f-]*"
_END = r"(?![\p{L}\p{N}])"


def _unit(words: str) -> regex.Pattern[str]:
    return lazy(rf"{_GAP}(?:{words}){_END}", regex.IGNORECASE)


# The metric units in the Slavic languages' cases (Czech metrů, Polish metrów, Ukrainian
# метрів), and in Japanese and Chinese.
_METRE = r"|metr(?:ů|y|u|a|em|ech|ami|ów|ach)?|metar(?:a|ima|u)?|метр(?:ов|ів|а|и|ы|ах|ами)?|メートル|米"
_KILOMETRE = r"|kilometr(?:ů|y|u|a|em|ech|ami|ów|ach)?|kilometar(?:a|ima|u)?|километр(?:ов|а|ы|ах)?|кілометр(?:ів|а|и|ах)?|км|キロ(?:メートル)?|公里"
# (Hebrew: קילוגרם, abbreviated ק"ג with a quotation mark or a gershayim)
_KILOGRAM = (r"|kilogram(?:ů|y|u|a|em|ech|ów)?|килограмм(?:ов|а|ы)?|кілограм(?:ів|а|и)?|кг|キロ(?:グラム)?|公斤|千克"
             r"|קילוגרם|ק[\"״]ג")
_CENTIMETRE = r"|centimetr(?:ů|y|u|a|em|ech|ów)?|centimetar(?:a|ima|u)?|сантиметр(?:ов|ів|а|и|ы)?|см|センチ(?:メートル)?|厘米"
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
    # American news writes the weather in degrees without saying which: "a sunny 80
    # degrees" / "un día soleado de 27 grados" (only a figure that agrees is excused).
    (_unit(r"°\s?F|degrees?(?: Fahrenheit)?|Fahrenheit"),
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
    return regexcache.compile("|".join(f"(?:{imperial.pattern})" for imperial, _, _ in _CONVERSIONS), regex.IGNORECASE)


# The rest of a range whose last number carries the unit: "1 to 4 inches", "2 tot 10 cm",
# "5-8 cm", "от 2 до 3 дюймов": its first number is measured in that unit too.
_RANGE_REST = lazy(r"[ \u00a0]*(?:[-–—]|to|tot|bis|à|a|al|ao|até|do|до|and|or|und|en|et|e|y|и|ou|o)[ \u00a0]*"
                   r"\d[\d.,]*(?!\p{N})")


def _units(ctx: Context, k: int, inv: Invariant, pattern: regex.Pattern[str]) -> bool:
    """Whether the number `inv` of version k is followed by a unit of `pattern`, right
    after it or after the rest of the range it opens."""
    text = ctx.documents[k].text
    if pattern.match(text, inv.end, inv.end + 30) is not None:
        return True
    rest = _RANGE_REST.match(text, inv.end, inv.end + 30)
    return rest is not None and pattern.match(text, rest.end(), rest.end() + 30) is not None


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
                        # figure is the source's own, the miles are lost (not where the
                        # source's same figure is another one in inches: "2 to 3 inches").
                        mine = values[k].get(target.value)
                        if agrees(converted, target.value) and (mine is None or not _units(ctx, k, mine, metric)):
                            soft[o].add(source.value)
                            soft[k].add(target.value)


def unit_changes(ctx: Context, g: int, docs: list[int], numbers: dict[int, list[Invariant]]) -> list[Candidate]:
    """A figure one version states with an imperial unit and another, the same figure, with
    the matching metric one: "waves as high as 20 feet" / "do 20 metara" (20 metres) is
    another height, the unit translated and the figure not converted. Not where the
    conversion happens to agree, nor where a version writes the figure with both units
    ("20 feet (6 m)"), nor for degrees, which news writes without saying which."""
    out = []
    values = {k: {inv.value for inv in numbers.get(k, ())} for k in docs}
    for k in docs:
        # (only a figure another version writes too can be reported: most have none)
        shared = set().union(*(values[o] for o in docs if o != k)) & values[k]
        measured = [inv for inv in numbers.get(k, ()) if inv.value in shared and _units(ctx, k, inv, _any_imperial())]
        for o in docs if measured else ():
            if o == k:
                continue
            theirs = {inv.value: inv for inv in numbers.get(o, ())}
            for imperial, metric, convert in _CONVERSIONS[:-1]:
                for inv in measured:
                    other = theirs.get(inv.value)
                    number = _number(inv.value)
                    if other is None or number is None or not number or agrees(convert(number), inv.value) \
                            or not pattern_after(ctx, k, inv, imperial) or not pattern_after(ctx, o, other, metric) \
                            or pattern_after(ctx, k, inv, metric) or pattern_after(ctx, o, other, imperial):
                        continue
                    unit = imperial.match(ctx.documents[k].text, inv.end)
                    shown = ctx.documents[k].text[inv.start:unit.end()]
                    out.append(Candidate(g, "number", f"{inv.value} {unit.group().strip(' -')}",
                                         frozenset({k}), frozenset({o}), {k: Invariant(
                                             "number", inv.value, shown, inv.start, unit.end())}))
    return out


def pattern_after(ctx: Context, k: int, inv: Invariant, pattern: regex.Pattern[str]) -> bool:
    """Whether a unit of `pattern` follows the figure `inv` of version k right after it."""
    return pattern.match(ctx.documents[k].text, inv.end, inv.end + 30) is not None


# Currencies and the words each language writes for them after a figure (Czech korun,
# Ukrainian гривень, Russian рублей): a figure's currency is the first of these after it
# (an adjective between, "90 чеських крон") or a symbol right before it ("$90"). A minor
# unit (kopeck, cent, haléř) is a currency of its own: 90 of them are not 90 crowns.
_CURRENCY_WORDS = {
    "CZK": r"Kč|Kc|CZK|korun[auy]?|korunami|korunách|крон[аиуі]?|кронами|кронах",
    "EUR": r"€|EUR|eura|euro|eurech|євро|евро|euros",
    "USD": r"\$|USD|dolar[ůyu]?|dolarech|dollars?|долар(?:ів|и|а|ах)?|доллар(?:ов|ы|а|ах)?",
    "UAH": r"₴|UAH|грн|гривень|гривні|гривня|гривнях|гривен|гривны|гривна|hřiven|hřivny|hřivna|hřivnách",
    "RUB": r"₽|RUB|руб|рублів|рубля|рублі|рублей|рубли|rublů|rubly|rubl|roubles?|rubles?",
    "GBP": r"£|GBP|фунтів стерлінгів|фунтов стерлингов",
    "PLN": r"zł|PLN|złotych|złote|złoty|злотих|злотых|zlotých",
    "ISK": r"ISK|króna|krónur|krónum|krónu|krónunnar",  # Icelandic "1,8 milljarða króna"
    "NGN": r"₦|NGN|nairas?|найр[аыуе]?|наир[аыуе]?|найрах|наирах|найрами|наирами|nair[ayu]?|nairách",
    "kopeck": r"коп\.|копійок|копійки|копійка|копеек|копейки|копейка|коп\p{L}{1,3}|kopějek|kopějky|kopiejek|kopecks?",
    "cent": r"(?<![Pp]er[ \u00a0])cents?|centů|centy|центів|центи|цент|центов|центы",
    "haler": r"haléřů|haléře|haléř|гелерів|геллеров",
}
_CURRENCY_AFTER = lazy(r"[ \u00a0\u202f]*(?:(?P<between>\p{L}{3,})[ \u00a0]+)?(?:"
                       + "|".join(f"(?P<{code}>{words})" for code, words in _CURRENCY_WORDS.items())
                       + r")(?![\p{L}\p{N}])", regex.IGNORECASE)
# A country's adjective before its dollars ("585 миллионов нигерийских долларов", Nigerian
# dollars; "5 Canadian dollars", "Hong Kong dollars"): dollars, but not the US dollar, and which
# ones a translation means is not read (a Canadian article's "$5" is 5 Canadian dollars).
_OTHER_DOLLARS = lazy(r"(?:nigeri|нигери|нігері|nigerij|canad|kanad|канад|austral|австрал|singapur|singapor|сингапур"
                      r"|сінгапур|kong|гонконг|zealand|zéland|зеланд|taiwan|tchajwan|тайван|jamaic|jamajs|ямайск"
                      r"|namibi|намиби|наміб|zimbabw|зимбабв|liberi|либери|ліберій|fiji|fidž|фиджи|фіджі|baham"
                      r"|багам|barbad|барбадос|brunej|brunei|брунеи|брунейск|trinidad|тринидад|guyan|гайан|belize|beliz"
                      r"|белиз|беліз|karib|caribbean|карибск|карибськ)", regex.IGNORECASE)
# A sign before a figure, or a Hausa currency's name before an amount read with its
# scale ("Dala biliyan 62", 62 billion dollars; "Naira miliyan 16").
_CURRENCY_BEFORE = lazy(r"(?:(?P<USD>US\$|\$|(?<![\p{L}])[Dd]ala[rn]?[ \u00a0])|(?P<EUR>€)|(?P<GBP>£)|(?P<UAH>₴)|(?P<RUB>₽)"
                        r"|(?P<NGN>₦|(?<![\p{L}])[Nn]aira[rn]?[ \u00a0]))[ \u00a0]?$")
# A naira amount as Nigerian English writes it, the letter glued to the figure ("N62 billion"),
# which the number is read with.
_NAIRA_LETTER = lazy(r"N(?=\d)")


def _currency(text: str, inv: Invariant) -> tuple[str, Invariant] | None:
    """The currency a figure states ("CZK"), and the figure with it as written.

    >>> text = "za 90 Kč/kg, 90 копель за кілограм, $5 a 7 чеських крон, 50 per cent"
    >>> def at(figure: str, after: int = 0) -> Invariant:
    ...     start = text.index(figure, after)
    ...     return Invariant("number", figure, figure, start, start + len(figure))
    >>> [(code, inv.text) for code, inv in (_currency(text, at(v, n)) for v, n in (("90", 0), ("90", 10), ("5", 0), ("7", 0)))]
    [('CZK', '90 Kč'), ('kopeck', '90 копель'), ('USD', '$5'), ('CZK', '7 чеських крон')]
    >>> _currency(text, at("50")) is None
    True
    """
    if _NAIRA_LETTER.match(inv.text):
        return "NGN", Invariant("number", f"{inv.value} N", inv.text, inv.start, inv.end)
    before = _CURRENCY_BEFORE.search(text, max(0, inv.start - 7), inv.start)
    match = before or _CURRENCY_AFTER.match(text, inv.end, inv.end + 40)
    if match is None:
        return None
    code = next(name for name, value in match.groupdict().items() if value is not None and name != "between")
    if code == "USD" and not before and match.group("between") and _OTHER_DOLLARS.search(match.group("between")):
        return None
    start, end = (match.start(), inv.end) if before else (inv.start, match.end())
    return code, Invariant("number", f"{inv.value} {match.group(code).strip()}", text[start:end], start, end)


def currency_changes(ctx: Context, g: int, docs: list[int], numbers: dict[int, list[Invariant]]) -> list[Candidate]:
    """Figures every version states with a currency and some versions with another one:
    there the figure is another sum ("90 Kč/kg" / "90 копель за кілограм", crowns made
    kopecks). One candidate per figure and currency, valued as the figure with it."""
    stated: dict[int, dict[str, dict[str, Invariant]]] = {k: defaultdict(dict) for k in docs}
    # Only a figure every version states can be one; a version that states none with a
    # currency leaves none (the versions after it are not read).
    common = set.intersection(*({inv.value for inv in numbers.get(k, ())} for k in docs))
    for k in docs:
        text = ctx.documents[k].text
        for inv in numbers.get(k, ()):
            if inv.value in common:
                currency = _currency(text, inv)
                if currency is not None:
                    stated[k][inv.value].setdefault(*currency)
        if not stated[k]:
            return []
    out = []
    for value in sorted(set.intersection(*(set(stated[k]) for k in docs))):
        for currency in sorted({c for k in docs for c in stated[k][value]}):
            have = frozenset(k for k in docs if currency in stated[k][value])
            if len(have) < len(docs):
                out.append(Candidate(g, "number", stated[min(have)][value][currency].value, have,
                                     frozenset(docs) - have, {k: stated[k][value][currency] for k in have}))
    return out


# What names a currency in a Chinese or Japanese text: a sign, an ISO code, or a word
# after a figure (1100万ポンド, 500万英ポンド, 25US ドル, 3億円, 20亿美元); not a word
# that holds one (ブランド, a brand; 円形, a circle).
_CJK_CURRENCY = lazy(r"[$£€¥￥₩₽₹]|(?<![A-Za-z])(?:USD|GBP|EUR|JPY|CNY|RMB|KRW)(?![A-Za-z])|人民币|人民幣"
                     r"|[\d０-９一二三四五六七八九十百千万萬億亿兆][ ]?(?:[A-Z]{1,3}[ ]?|米|英|豪|加|港|香港|新|美|欧|歐|日|韩|韓|澳)?"
                     r"(?:ドル|ポンド|ユーロ|円|ウォン|ルーブル|ルピー|ペソ|レアル|フラン|ランド|リラ|クローネ|クローナ"
                     r"|ナイラ|元|镑|鎊|圆|圓|卢布|盧布|法郎|卢比|奈拉)")


def currency_dropped(ctx: Context, g: int, group: Group, docs: list[int],
                     numbers: dict[int, list[Invariant]]) -> list[Candidate]:
    """A sum one version states with its currency that a Chinese or Japanese version states
    as a bare figure, naming no currency anywhere in the paragraph: "an estimated £11
    million fortune" / "推定1100万の資産" (11 million of nothing). Chinese and Japanese write
    a sum's currency after it (1100万ポンド), and a paragraph that names none has lost it."""
    out = []
    for o in docs:
        bare = {inv.value for inv in numbers.get(o, ())}
        if not bare:
            continue  # (no figure to be a bare sum: most paragraphs, whatever their script)
        text = ctx.text(o, group)
        if main_script(text) != "cjk" or _CJK_CURRENCY.search(text):
            continue
        for k in docs:
            if k == o or not numbers.get(k) or main_script(ctx.text(k, group)) == "cjk":
                continue
            for inv in numbers.get(k, ()):
                currency = _currency(ctx.documents[k].text, inv) if inv.value in bare else None
                if currency is not None and currency[0] not in ("kopeck", "cent", "haler"):
                    out.append(Candidate(g, "number", currency[1].value, frozenset({k}), frozenset({o}),
                                         {k: currency[1]}))
    return out


# A clock time's zone, as news writes it right after the time ("19:30 BST", "0200GMT",
# "13:25 мск", "02:00 SEČ", "10 a.m. (0200GMT)"), and the zone each abbreviation names
# (Czech SEČ and German MEZ are CET). Abbreviations only: a zone written in words
# ("19.30 uur plaatselijke tijd", "klo 09:30 Britannian aikaa") is not read, so a time
# whose zone is not named is no evidence of a zone dropped.
_ZONES = {"GMT": "UTC", "UTC": "UTC", "BST": "BST", "CET": "CET", "MEZ": "CET", "SEČ": "CET", "CEST": "CEST",
          "MESZ": "CEST", "SELČ": "CEST", "MSK": "MSK", "МСК": "MSK", "мск": "MSK", "EST": "EST", "EDT": "EDT",
          "PST": "PST", "PDT": "PDT", "JST": "JST", "KST": "KST"}
_ZONE_AFTER = lazy(r"[ \u00a0]?\(?(" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")(?![\p{L}\p{N}])")
_CLOCK = lazy(r"T\d\d:\d\d")


def _zones(ctx: Context, k: int, dates: list[Invariant]) -> dict[str, dict[str, Invariant]]:
    """The clock times version k states with a zone, each with the zones it is given in and
    the time written with each ("T02:00" -> {"UTC": "0200GMT"})."""
    text = ctx.documents[k].text
    out: dict[str, dict[str, Invariant]] = defaultdict(dict)
    for inv in dates:
        if not _CLOCK.fullmatch(inv.value):
            continue
        inside = _ZONE_AFTER.search(inv.text)  # "0200GMT": the time is read with its zone
        after = None if inside else _ZONE_AFTER.match(text, inv.end, inv.end + 8)
        zone = inside or after
        if zone is not None:
            end = inv.end if inside else after.end()
            out[inv.value].setdefault(_ZONES[zone.group(1)], Invariant("date", inv.value, text[inv.start:end],
                                                                       inv.start, end))
    return out


def zone_changes(ctx: Context, g: int, docs: list[int], dates: dict[int, list[Invariant]]) -> list[Candidate]:
    """A clock time that two versions state with a zone each, one zone another than the
    other's: "13:25 мск" / "13:25 GMT", "0200GMT" / "02:00 SEČ" (Moscow or Central
    European time made GMT, GMT made Central European time) is another moment, as a time
    converted from one zone to another changes its figures. Not where the versions share
    a zone for the time ("14:00 GMT" / "14:00 GMT (15:00 CET)")."""
    zoned = {k: _zones(ctx, k, dates.get(k, [])) for k in docs}
    out = []
    for i, k in enumerate(docs):
        for value, mine in zoned[k].items():
            for o in docs[i + 1:]:  # (each pair once)
                theirs = zoned[o].get(value)
                if not theirs or set(mine) & set(theirs):
                    continue
                # (each version's time with its zone lacks in the other: paired as one change)
                ours, other = next(iter(mine.values())), next(iter(theirs.values()))
                out.append(Candidate(g, "date", ours.text, frozenset({k}), frozenset({o}), {k: ours}))
                out.append(Candidate(g, "date", other.text, frozenset({o}), frozenset({k}), {o: other}))
    return out
