"""Dates and times: month names from CLDR for the document's locale (and English, the
language that quoted literals are most often left in), ISO and numeric dates, years,
decades, quarters and times of day.

Values are partial ISO forms: ``2024-12-25``, ``2023-10``, ``--12-25`` (no year),
``2022`` (a year), ``199X`` (a decade), ``2024-Q3``, ``T15:30`` (a time). A numeric date
that reads two ways (``03/04/2024``) keeps the locale's reading as value, the other as
alternative, and is flagged ``ambiguous``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import replace

import regex

from xlcheck import regexcache
from xlcheck.extract.numbers import HAN_DIGITS, han_value
from xlcheck.locales import (
    DAY_ORDINALS,
    ENGLISH_MONTHS,
    HAUSA_NUMBERS,
    LocaleInfo,
    base_language,
    fold,
    locale_info,
    own_or_kin,
    weekday_names,
)
from xlcheck.model import Invariant
from xlcheck.patterns import lazy, longest_first

_DIGIT = lazy(r"\d")
# An English month named alone in a paragraph without a figure, where a preposition of
# time dates something by it ("after June's historic meeting", "in September"): soft, as
# the months alone read below. Not May, a surname as often ("after May's speech"), nor a
# month before a capitalised word (June Carter), nor after "by" or "from" (a letter from
# June).
_ENGLISH_FULL_MONTHS = {name: month for month, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"), start=1) if name != "may"}
_DATED_MONTH = lazy(r"(?<![\p{L}])(?i:in|since|until|till|during|before|after|early|late|mid|last|next|this)[ \u00a0-]"
                    r"(January|February|March|April|June|July|August|September|October|November|December)"
                    r"(?!\p{L})(?!['’]?s?[ \u00a0]+\p{Lu})")
# Chinese, Japanese and Korean dates: 2024年12月25日, 2024년 12월 25일, 2024年の10月.
_CJK = lazy(r"(?:(\d{4})[ ]?[年년][ ]?(?:の[ ]?)?)?(\d{1,2})[ ]?[月월](?:[ ]?(\d{1,2})[ ]?[日일])?")
# The same written in Han numerals, as Chinese prose may: 七月二十五日 (July 25), 二〇二四年十月.
_CJK_HAN = lazy(r"(?<![〇零一二两兩三四五六七八九十百千])(?:([〇零一二三四五六七八九]{4})年)?(十[一二]?|[一二三四五六七八九])月"
                r"(?:(三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日)?")
# A day written before its month, the European order a translation kept: 18 12月 (18 December).
_CJK_DAY_FIRST = lazy(r"(?<![\d.,:年/-]|\d[ ])([1-9]|[12]\d|3[01])[ ](\d{1,2})[ ]?月(?![\d日])")
# What joins two months of one year: 2024年10月と11月, 2024年10月、11月, 2024年の10月および11月.
# Korean joins them with a particle: 2024년 10월과 11월, 10월 및 11월, 10월부터 12월.
_JOINED_CJK = lazy(r"[ ]?(?:および|及び|または|と|和|及|、|・|,|，|与|與|至|到|から|～|〜|~|-|–|과|와|및|또는|부터)[ ]?")
# And in the languages of the month-name tables: "October and November 2024", Hindi
# "अक्टूबर और नवंबर 2024", Bhojpuri "अक्टूबर आ नवंबर 2024" (आ, and; भा, or).
_JOINED = lazy(r",?[ \u00a0]+(?:and|or|to|und|oder|bis|y|e|et|ou|o|и|или|та|і|a|i|до|और|या|से|आ|भा)[ \u00a0]+"
               r"|[ \u00a0]?[-–][ \u00a0]?|,[ \u00a0]+")
# A range or pair of days in one month: 2024年11月26日至27日, 11月26日和27日, 11月26～27日,
# ３月１―30日 (a Japanese paper's horizontal bar)
# (what English writes "November 26 and 27", "26-27 November").
_CJK_RANGE = lazy(
    r"(?:(\d{4})[ ]?年[ ]?)?(\d{1,2})[ ]?月[ ]?(\d{1,2})[ ]?(?:日[ ]?)?(?:から|～|~|〜|--|-|–|—|―|至|到|和|与|與|及|、|と)[ ]?"
    r"(\d{1,2})[ ]?日(?![内內游间間後后以起])")
# Decades: 1980年代, 80年代 (the 1980s), 19世纪80年代 (the 1880s), 上世纪80年代 (the 1980s:
# "last century"), 本世纪20年代 (the 2020s), 1980년대.
_CJK_DECADE = lazy(
    r"(?<![\d.,])(?:(\d{3})0|(?:(?:(\d{1,2})[ ]?(?:世[纪紀]|세기)|(上个?世[纪紀]|前世[纪紀])|(本世[纪紀]))[ ]?)?(\d)0)"
    r"[ ]?(?:年代|년대)")
# The first of two decades that share one 年代: 60-70年代, 60～70年代 (the 1960s and 1970s).
# With its century too, as Korean writes it: 1960~70년대.
_CJK_DECADE_PAIR = lazy(r"(?<![\d.,])(1[89]|20)?(\d)0(?=[ ]?[-–~〜～、・][ ]?\d0[ ]?(?:年代|년대))")
# Decades in Han numerals: 八十年代, 二十世纪六七十年代 (the 1960s and 1970s), 上世纪九十年代.
_HAN_DECADE = lazy(r"(?:(二十一|二十|十九|21|20|19|上个?|前|本)[ ]?世[纪紀][ ]?)?([一二三四五六七八九])([一二三四五六七八九])?十年代")
_ENGLISH_DAY = lazy(
    r"(?<=(?:\b(?:the|on|and)|\()\s?)(\d{1,2})(?:st|nd|rd|th)(?=\s*[),.;:]|\s+(?:and|of|to|at|in|on)\b)"
    r"|(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)(?=\))")  # a dateline's "(Comprehensive 11th)"
# What every match of `_ENGLISH_DAY` holds, a day's figure and its ordinal ending, found by
# the standard `re` in one pass: the substring tests it replaces ("th" in text) passed on
# nearly every English paragraph ("the"). (`re` and `regex` read \d alike, as Unicode's
# decimal digits; a test checks each of these gates.)
_ENGLISH_DAY_HINT = re.compile(r"\d(?:st|nd|rd|th)")
_OF_MONTH = lazy(r"[ \u00a0]+of[ \u00a0]+(\p{Lu}\p{Ll}+)")
# Not a count of days: 第６日目 (the sixth day), 30日内 (within 30 days), 3日游 (a three-day
# tour), １泊２日 (one night and two days), １日店長 (the manager for a day), ２日プラン (a
# two-day plan), １日15室 (15 rooms a day; but 13日15時 is the 13th at three o'clock), １日€100m
# and １日あたり (an amount a day); 週4日 (four days a week, 週4日制, a four-day week) and 1日分
# (a day's worth; but 5日分别, "on the 5th, each").
# Clock times in Chinese and Japanese: 午後１時４０分, 下午2点半, 15時, 晚上6-8点 (from six to
# eight in the evening); not 2時間, a duration; not RAID10时, "with RAID10": digits glued to
# a Latin word are part of its name.
_CJK_TIME = lazy(
    r"(?:(?P<period>午前|午後|上午|下午|中午|晚上|夜间|夜間|早上|凌晨|夜)[ ]?)?(?<![\d.,\p{Latin}])"
    r"(?:(?P<first>\d{1,2})[ ]?[-–~～〜至到][ ]?)?(?P<hour>\d{1,2})[ ]?(?P<mark>[時时点點])"
    r"(?![間间期代差])(?:[ ]?(?P<minute>\d{1,2})[ ]?分|(?P<half>半))?")
# A comparison right before a number and 时: "小于 0 时", "大于等于 0 时" (when it is below 0, at
# least 0), a condition, not an hour.
_COMPARED = lazy(r"(?:[小大低高多少][于於]|等[于於]|超[过過]|不足|未[满滿])[ ]?$")
# Minutes and seconds of a match's clock, 3 分 35 秒: not after hours (2時間3分35秒, a duration).
_CJK_MINUTE_SECOND = lazy(r"(?<![\d.,:時时点點間间][ ]?)(?<![\d.,])([01]?\d|2[0-3])[ ]?分[ ]?([0-5]\d)[ ]?秒")
# "9/11" names the day of the 2001 attacks in news in any language, as "11. September",
# "11 septembre", "9·11" do.
_NINE_ELEVEN = lazy(r"(?<![\p{N}/.,:])9/11(?![\p{N}/]|[.,]\d)")
# Chinese holidays named by their date, 八一建军节 ("the August 1st Army Day"), 五一劳动节,
# 十一黄金周: the date, soft (a translation may name the holiday alone, "Army Day").
_HAN_HOLIDAY = lazy(r"(?<![\p{N}〇零一二三四五六七八九十])(五一|七一|八一|六一|三八|五四|十一|双十一)"
                    r"(?=(?:国际)?(?:劳动节|勞動節|建军节|建軍節|建党节|儿童节|兒童節|妇女节|婦女節|青年节|国庆|國慶"
                    r"|黄金周|黃金週|长假|長假|小长假|假期|购物节))")
_HAN_HOLIDAYS = {"五一": "--05-01", "七一": "--07-01", "八一": "--08-01", "六一": "--06-01", "三八": "--03-08",
                 "五四": "--05-04", "十一": "--10-01", "双十一": "--11-11"}
# Midnight in Chinese and Japanese, 零点 / 零時 ("from 零点 on the 26th", 0:00); not 零点五 or
# 零点几, "zero point five".
_CJK_MIDNIGHT = lazy(r"零[点點时時](?![\d０-９零〇一二三四五六七八九几幾十])")
# A day named right before an hour: "每天5点", "当天8点", "周五3点", "26日9点".
_DAY_BEFORE_HOUR = lazy(r"(?:每天|每日|当天|當天|当日|今天|明天|昨天|(?:周|週|星期)[一二三四五六日天]|\d日|\d号|\d號)[ ]?$")
_PM = frozenset({"午後", "下午", "晚上", "夜间", "夜間", "夜"})
# What stands between the two clock times of a range: 至, 到, a dash or a tilde, and in
# Japanese 同 ("the same", of the part of the day): 午後６時～同９時.
_CJK_RANGE_END = lazy(r"[ ]?(?:[-–~～〜至到]|から)[ ]?(?:同[ ]?)?")
# A Korean clock time: the hour with 시 and its minutes with 분 ("오후 3시", "04시 경", "7시 30분",
# "9시 반"), the part of the day before it: 오전 and 새벽 before noon, 오후 and 저녁 after it. (시간
# after a figure is a number of hours, 시대 an era, 시즌 a season, 시리즈 a series.)
_KOREAN_TIME = lazy(
    r"(?:(?P<period>오전|오후|새벽|아침|저녁)[ ]?)?(?<![\d.,])(?P<hour>\d{1,2})[ ]?시(?![간대즌리])"
    r"(?:[ ]?(?P<minute>[0-5]?\d)[ ]?분|[ ]?(?P<half>반))?")
_KOREAN_PM = frozenset({"오후", "저녁"})


def _oclock(hour: str, part: str | None, night: str | None, half: str | None) -> tuple[str, tuple[str, ...]]:
    """An English "o'clock" hour's value: "in the afternoon", "in the evening", "p.m." and
    "at night" from six on are past noon; said alone, either half of the day (as `_clock`)."""
    h = int(hour)
    if part or night or half:
        after_noon = part and part.casefold() != "morning" or half and half.casefold() == "p" or night and h >= 6
        return f"T{h % 12 + (12 if after_noon else 0):02d}:00", ()
    return _clock(h, "00", None)


def _clock(hour: int, minute: str, period: str | None) -> tuple[str, tuple[str, ...]]:
    """A CJK clock time's value, and its other reading when no part of the day is said."""
    if period in _PM and hour < 12:
        hour += 12
    # Without 午後 or 下午 an hour up to 12 may be either half of the day.
    return f"T{hour % 24:02d}:{minute}", (f"T{hour + 12:02d}:{minute}",) if not period and 1 <= hour < 12 else ()


_CJK_DAYS = lazy(r"(?<![\d.,月年])(\d{1,2})(?=(?:[、，,・～~〜―和至到及与と]|--|-|–)(?:\d{1,2})(?:の両)?日(?![内內游间間後后以起制]|分(?![别別])))"
                          r"|(?<![\d.,月年])(\d{1,2})(?=の両日)")
# "30日前の通知" (30 days' notice): Japanese counts days back with 日前 and a particle; Chinese
# "5日前" is "before the 5th", so the particle decides.
_CJK_DAY = lazy(r"(?<![\d.年泊第週周])(?<!(?<![今本先来上下])月)(\d{1,2})日(?![内內游间間後后起店目制\p{Katakana}]|以[上下内內后後来來前降外]|分(?![别別])|\d+[^\d時时:：点點]"
                         r"|[ ]?[€$£¥￥]|あたり|当たり|平均|前(?:の|に|から|まで))")
_CJK_GENERATION = lazy(r"(?<![\p{N}])(\d)0[后後]")
# Japanese era years: 令和5年 is 2023, 平成元年 1989 (元 = the first year of the era).
# Papers write the Western year first, cut to two digits, with the era's in brackets:
# ２３（大正１２）年 is 1923.
_ERA = lazy(r"(?:(?<![\p{N}])(\d{2}|\d{4})[ ]?[（(])?(令和|平成|昭和|大正|明治)[ ]?(元|\d{1,2})[ ]?([）)][ ]?)?年"
            r"(?:[ ]?(\d{1,2})[ ]?月(?:[ ]?(\d{1,2})[ ]?日)?)?")
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
# A Japanese weekday in short: 26日（火）, 火曜の夜 (but not 火曜日, which CLDR gives).
_JA_SHORT_WEEKDAY = lazy(r"(?<=日[ ]?)[（(]([月火水木金土日])(?:曜日?)?[）)]|([月火水木金土日])曜(?!日)")
_JA_DAYS = {"月": 1, "火": 2, "水": 3, "木": 4, "金": 5, "土": 6, "日": 7}
# Cheap tests that tell whether a costly pattern can match at all.
_HINTS = {
    "quarter": r"Q[1-4]|Quartal|trimestre",
    "numeric": r"\d[./-]\d{1,2}[./-]\d",
    "twelve": r"\d\s?[apAP]\.?\s?[mM]",
    # Every clock time below (`_TIME`, `_DOTTED_TIME`, `_SHARED_UNIT`) has a digit right
    # before its colon, "h", "Uhr" or "uur" (a space between at most): "h" alone is in almost
    # every English paragraph.
    "clock": r"\d[ \u00a0]?(?:[:hU]|uur)",
    "decade": r"0(?:['’]?s|er| ['’\x22] ?s)\b|(?:anos|années|años|anni)[ \u00a0]|los \d|las \d",
    "slavic decade": r"0[-‑–]\p{L}|0\.[ \u00a0](?:l[eé]t|rok)|lat\p{L}* \d0\.",
    "estonian decade": r"0[-‑]?nda[dti]|0\.[ \u00a0]aasta[dit]",
}
_QUARTER_HINT = lazy(_HINTS["quarter"])
_NUMERIC_HINT = lazy(_HINTS["numeric"])
_TWELVE_HINT = lazy(_HINTS["twelve"])
_CLOCK_HINT = lazy(_HINTS["clock"])
_DECADE_HINT = lazy(_HINTS["decade"])
_ISO = lazy(r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}.-])(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?![\p{N}-])")
_NUMERIC = lazy(
    r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{N}]|[./-]\d)"
)
# Czech, Slovak and Polish write a numeric date with spaces after the dots ("10. 4. 2022",
# "10.4. 2022"): always day first.
_SPACED_HINT = lazy(r"\d\.[ \u00a0]?\d{1,2}\.[ \u00a0]\d")
_SPACED_NUMERIC = lazy(
    r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}./-])(\d{1,2})(\.)[ \u00a0]?(\d{1,2})\.[ \u00a0](\d{4})(?![\p{N}]|[./-]\d)"
)
# A range of numeric dates whose first end leaves out what the second states, as Czech,
# Slovak and Polish write it: "od 1. do 8. 7. 2022" (days 1 to 8 of one month), "od 1.7. do
# 8.7.2022" (the first end without its year, as "1. července do 8. července 2022").
_NUMERIC_RANGE = lazy(
    r"(?<![\p{L}\p{N}./-])(?P<d1>\d{1,2})\.(?:[ \u00a0]?(?P<m1>\d{1,2})\.)?[ \u00a0]*(?:–|-|do|až)[ \u00a0]*"
    r"(?P<d2>\d{1,2})\.[ \u00a0]?(?P<m2>\d{1,2})\.[ \u00a0]?(?P<year>\d{4})(?![\p{N}]|[./-]\d)")
# The figures of every year `_YEAR` reads, for the standard `re` (most figures are none).
_YEAR_HINT = re.compile(r"1[89]\d\d|20\d\d")
_YEAR = lazy(r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}.,/:#@$'-]|\p{L}-)(1[89]\d\d|20\d\d)(?![\p{N}]|[.,]\d|[\p{Latin}\p{Greek}\p{Cyrillic}]|-\d)")
# (A colon with a space on each side is tokenised machine translation's: "10 : 00 बजे".)
_TIME = lazy(
    r"(?<![\p{N}:.,])([01]?\d|2[0-3])(?:(?::|[ \u00a0]:[ \u00a0])([0-5]\d)(?::([0-5]\d))?(?![\p{N}])"
    r"|(?<=(?:às|as|à|a|das|de|ab|um|bis|at|from|until|vers|dès|hasta|alle|dalle|desde|às)[ \u00a0]\d{1,2})"
    r"[ \u00a0]?(?:h|Uhr)(?![\p{L}\p{N}]|[ \u00a0][0-5]\d(?![\p{N}]))"  # (minutes after it: "vers 2 h 30" below)
    # "Uhr" is a clock's hour after any word ("gegen 21 Uhr", "um Punkt 15 Uhr", "nach 22 Uhr");
    # "h" is as often a number of hours.
    r"|[ \u00a0]?Uhr(?![\p{L}\p{N}])"
    r"|[ \u00a0]?h[ \u00a0]?([0-5]\d)(?![\p{L}\p{N}]))"
)
# A digit after a decimal comma is no hour: "Stärke 7,6 am Mittag" (German "am", on the).
_TWELVE_HOUR = lazy(
    r"(?<![\p{N}:.]|\p{N},)(1[0-2]|0?[1-9])(?:[:.] ?([0-5]\d))?[ \u00a0]?([ap])\.?[ \u00a0]?m\.?(?![\p{L}])", regex.IGNORECASE
)
# An hour told with its part of the day, as Slavic languages write "1am" and "8pm": "oko 1
# ujutro", "o 8 navečer", "о 10 ранку", "в 9 вечера", "v 6 ráno", and with the word for
# hours between ("до 10 часов утра", "v 6 hodin ráno").
_SLAVIC_HOUR = lazy(
    r"(?<![\p{N}:.,])(1[0-2]|0?[1-9])(?:[ \u00a0](?:часов|часа|час|годин[аи]?|hodin|hodiny|hodina))?[ \u00a0]"
    r"(?:(ujutro|ujutru|ráno|rano|ранку|утра|zrana)"
    r"|(navečer|uvečer|navečar|večer|вечора|вечера|wieczorem))(?![\p{L}])", regex.IGNORECASE)
# What every match of _SLAVIC_HOUR holds: a digit, a space and the first two letters of
# its words in every case `regex` matches them in (İ is an i, ᲀ a в, ᲄ and ᲅ a т), for
# the standard `re` in one cheap pass (most paragraphs have none; a test checks it).
_SLAVIC_HOUR_HINT = re.compile(
    "[0-9][ \u00a0](?:[Nn][Aa]|[Rr][Aa]|[Rr][Áá]|[Uu][Jj]|[Uu][Vv]|[Vv][Ee]|[Ww][Iiİ]|[Zz][Rr]|[Ввᲀ][Ее]|[Рр][Аа]"
    "|[Уу][Ттᲄᲅ]|[Чч][Аа]|[Гг][Оо]|[Hh][Oo])")
# A time in GMT or UTC written as four figures ("10 a.m. (0200GMT)"), and the time after
# Icelandic "klukkan" (o'clock) with the space tokenised machine translation puts after
# its colon ("klukkan 22: 00").
# A Bengali or Hindi time in words: the hour with টা or बजकर (o'clock) and its minutes ("রাত ১০
# টা ৮ মিনিটে", "रात 10 बजकर 8 मिनट पर", at 10:08 at night), by language: the word for minutes
# (a cheap test) and the pattern. (টা after a figure alone is as often the counting word:
# "৩টা বই", three books.)
# A Hindi or Bhojpuri clock time: the hour before बजे (o'clock), after the part of the day
# or not: "सुबह 8 बजे" (8am), "शाम 6 बजे" (6pm), "रात 10 बजे" (10pm; "रात 2 बजे" is 2am,
# "रात 12 बजे" midnight), "दोपहर 2 बजे" (2pm); "8 बजे" alone is either half of the day.
_DEVANAGARI_CLOCK = lazy(r"(?:(?<![\p{L}\p{M}])(सुबह|सवेरे|भोर|दोपहर|दुपहरिया|शाम|सांझ|साँझ|रात)[ \u00a0]+"
                         r"(?:(?:के|को|में)[ \u00a0]+)?)?(?<![\p{N}:.,])(1[0-2]|0?[1-9])(?::([0-5]\d))?[ \u00a0]?बजे"
                         r"(?![\p{L}\p{M}])")
_DEVANAGARI_PARTS = {
    **dict.fromkeys(("सुबह", "सवेरे", "भोर"), lambda hour: hour % 12),
    **dict.fromkeys(("दोपहर", "दुपहरिया"), lambda hour: hour if hour == 12 else hour + 12),
    **dict.fromkeys(("शाम", "सांझ", "साँझ"), lambda hour: hour if hour == 12 else hour + 12),
    "रात": lambda hour: 24 if hour == 12 else hour + 12 if hour >= 6 else hour,
}
_WORD_CLOCKS = {
    language: (minutes, lazy(rf"(?<![\p{{N}}])([01]?\d|2[0-3])[ \u00a0]?{hour}[ \u00a0]+([0-5]?\d)[ \u00a0]?"
                             rf"{minutes}[\p{{L}}\p{{M}}]*"))
    for language, hour, minutes in (("bn", "টা", "মিনিট"), ("hi", "बजकर", "मिनट"))}
_ZONED_TIME = lazy(r"(?<![\p{N}:.,])([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(?:GMT|UTC)(?![\p{L}\p{N}])")
_KLUKKAN_TIME = lazy(r"(?<=(?<![\p{L}])(?:klukkan|kl\.)[ \u00a0])([01]?\d|2[0-3]):[ \u00a0]([0-5]\d)(?![\p{N}])",
                     regex.IGNORECASE)
# The Nordic and Baltic-Finnic languages tell a 24-hour time after their word for "o'clock":
# Finnish "kello 13" and "klo 11" (1 p.m., 11 a.m.), "klo 15.30", Estonian "kell 13",
# Swedish "klockan 13", Danish and Norwegian "klokken 13", "kl. 9". By language: the cheap
# test (the word's start, folded) and the pattern.
_CLOCK_WORD_TIMES = {
    language: (needle, lazy(rf"(?<![\p{{L}}])(?:{words})[ \u00a0]([01]?\d|2[0-3])(?:[.:]([0-5]\d))?"
                            r"(?![\p{N}]|[.,:]\d)", regex.IGNORECASE))
    for language, needle, words in (("fi", "k", r"kello|klo"), ("et", "kell", r"kella|kell"),
                                    ("sv", "kl", r"klockan|kl\."), ("da", "kl", r"klokken|kl\."),
                                    ("nb", "kl", r"klokken|klokka|kl\."), ("no", "kl", r"klokken|klokka|kl\."))}
# And as Icelandic writes them: "8 á kvöldin" (8 p.m.), "3 í nótt" (3 at night), "kl. 9 að
# morgni", "2 síðdegis", "11 fyrir hádegi" (before noon).
# A Hausa clock time with its part of the day: "karfe 10:30 na dare" (10:30 at night),
# "karfe 8 na safe" (8 in the morning), "na rana" (at midday), "na yamma" (in the evening).
_HAUSA_CLOCK = lazy(r"(?<![\p{L}])(?:karfe|ƙarfe)[ \u00a0]+([01]?\d|2[0-3])(?::([0-5]\d))?[ \u00a0]+na[ \u00a0]+"
                    r"(safe|rana|yamma|dare)(?![\p{L}])", regex.IGNORECASE)


# An Indonesian or Malay clock time after "pukul" (o'clock), its minutes after a point or a
# colon (CLDR's Indonesian time is "HH.mm"), with its part of the day or without: "pukul
# 12.55 siang" (12:55 p.m.), "pukul 3 sore" (3 p.m.), "pukul 19.30 WIB".
_MALAY_CLOCK = lazy(r"(?<![\p{L}])pukul[ \u00a0]+([01]?\d|2[0-3])(?:[.:]([0-5]\d))?(?![\p{N}]|[.,:]\d)"
                    r"(?:[ \u00a0]+(pagi|siang|sore|petang|malam)(?![\p{L}]))?", regex.IGNORECASE)


def _malay_clock(hour: int, minute: str, part: str | None) -> tuple[str, tuple[str, ...]]:
    """The 24-hour value of an Indonesian or Malay clock time, and its other reading when no
    part of the day is said: the afternoon's and the evening's hours are past noon, and so
    are midday's before 6 ("pukul 1 siang", 1 p.m.); "pukul 12 malam" is midnight."""
    if part is None:
        return _clock(hour, minute, None)
    if part in ("sore", "petang") and hour < 12 or part == "siang" and hour < 6 or part == "malam" and 6 <= hour < 12:
        hour += 12
    elif part == "malam" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute}", ()


def _hausa_clock(hour: int, minute: str, part: str) -> str:
    """The 24-hour value of a Hausa clock time: the night's hours from six on, the
    evening's and the afternoon's are past noon ("karfe 2 na dare" is 02:00)."""
    after_noon = part in ("yamma", "rana") and hour < 12 or part == "dare" and 6 <= hour < 12
    return f"T{hour + (12 if after_noon else 0):02d}:{minute}"


_ICELANDIC_HOUR = lazy(
    r"(?<![\p{N}:.,])(1[0-2]|0?[1-9])[ \u00a0](?:((?:á|að|í)[ \u00a0](?:morgnana|morgni|nótt|nóttu|nóttina)"
    r"|fyrir[ \u00a0]hádegi)|((?:á|að|í)[ \u00a0](?:kvöldin|kvöldi|kvöld)|síðdegis|eftir[ \u00a0]hádegi))(?![\p{L}])",
    regex.IGNORECASE)
# The first hour of a 12-hour range shares the range's a.m. or p.m.: "6-8 p.m.", "10 to 11am".
_TWELVE_SHARED = lazy(
    r"(?<![\p{N}:.])(1[0-2]|0?[1-9])(?::([0-5]\d))?(?=[ \u00a0]?(?:-|–|to|until)[ \u00a0]?(?:1[0-2]|0?[1-9])"
    r"(?:[:.][0-5]\d)?[ \u00a0]?([ap])\.?[ \u00a0]?m\.?(?![\p{L}]))", regex.IGNORECASE)
# British, German and Dutch clocks with a point: "13.30 Uhr", "13.30h", "19.30 uur" (the 12-hour
# "1.30pm" is above).
_SHARED_UNIT = lazy(r"(?<![\p{N}:.,])([01]?\d|2[0-3])(?=[ \u00a0]?(?:bis|à|a|to|until|und|et|y|e|–|-)[ \u00a0]?"
                          r"(?:[01]?\d|2[0-3])[ \u00a0]?(?:Uhr|h)(?![\p{L}\p{N}]))")
# Tokenised machine translation puts a space after a clock's colon ("as of 12: 00",
# "06: 52: 39", "klukkan 22: 00" above). Alone that is also a step and a count ("Step 2: 30
# minutes"): it is a clock with its seconds, or after a word that introduces a time; not
# with a fraction of a second, a log's timestamp, which a space corrupts ("16: 49: 45,896").
_SPACED_CLOCK = lazy(
    r"(?:(?<=(?<![\p{L}])(?:at|as of|until|till|from|by|since|before|after|around|about|um|bis|ab|gegen|vers|à|"
    r"в|к|до|с|около|od|do|o)[ \u00a0]))([01]?\d|2[0-3]):[ \u00a0]([0-5]\d)(?::[ \u00a0]?([0-5]\d))?"
    r"(?![\p{N}]|[.,]\d)"
    r"|(?<![\p{N}:.,])([01]?\d|2[0-3]):[ \u00a0]([0-5]\d):[ \u00a0]?([0-5]\d)(?![\p{N}]|[.,]\d)", regex.IGNORECASE)
# English hours told with "o'clock", the way it renders 8时, 下午6点, "в 5 часов" or "um 8 Uhr":
# with the part of the day said after it, or else either half of the day.
_OCLOCK = lazy(
    r"(?<![\p{N}:.,])(1[0-2]|0?[1-9])[ \u00a0]?o['’ ]?clock(?![\p{L}])"
    r"(?:[ \u00a0]in[ \u00a0]the[ \u00a0](morning|afternoon|evening)|[ \u00a0]at[ \u00a0](night)"
    r"|[ \u00a0]([ap])\.?m\.?(?![\p{L}]))?", regex.IGNORECASE)
_DOTTED_TIME = lazy(r"(?<![\p{N}:.,])([01]?\d|2[0-3])\.([0-5]\d)[ \u00a0]?(?:Uhr|h|uur|hod(?:in|iny|ina)?\.?)(?![\p{L}\p{N}])")
# Czech, Slovak, Polish and the East Slavic languages write a clock with a point as often as
# with a colon ("od 8.30 do 11.45", "з 8.00 до 17.00"), and tokenised machine translation puts
# a space after the colon ("з 14: 00 до 17: 00"). Neither is a clock alone (a point is a
# decimal, "Krok 2: 30 minut" a step): two of them after "from" and joined by "to" are,
# unless a currency or a per cent sign follows ("od 1.50 do 2.30 €").
_CLOCK_RANGE = lazy(
    r"(?<=(?<![\p{L}])(?:od|ode|z|ze|з|із|від|с|со|от)[ \u00a0])"
    r"([01]?\d|2[0-3])(?:\.|:[ \u00a0])([0-5]\d)[ \u00a0]*(?:do|až|до|по|-|–)[ \u00a0]*"
    r"([01]?\d|2[0-3])(?:\.|:[ \u00a0]?)([0-5]\d)(?![\p{N}]|[.,]\d|[ \u00a0]?[\p{Sc}%])", regex.IGNORECASE)
# An hour told with the word for "o'clock" after a preposition of time, alone or in a list
# sharing it: Ukrainian "о 11, 12 та 14 годині", Russian "в 5 часов", Czech "v 11 hodin",
# Polish "o 11 godzinie" (without the preposition "11 годин" is eleven hours).
_HOUR_WORD = lazy(
    r"(?<![\p{L}])(?:о|об|в|во|v|ve|o|w|we)[ \u00a0]((?:(?:[01]?\d|2[0-3])(?:,[ \u00a0]|[ \u00a0](?:та|і|й|и|a|i)[ \u00a0]))*"
    r"(?:[01]?\d|2[0-3]))[ \u00a0](?:годині|часов|часа|час|hodin|hodiny|hodině|godzinie)(?![\p{L}])", regex.IGNORECASE)
_HOUR_WORD_NEEDLES = ("годині", "час", "hodin", "godzinie")
# The minutes after it: "в 11 часов 28 минут" (11:28), "v 8 hodin 15 minut".
_MINUTES_AFTER = lazy(r"[ \u00a0]([0-5]?\d)[ \u00a0](?:минут[аы]?|хвилин[аи]?|minut[ay]?)(?![\p{L}])", regex.IGNORECASE)
_HOUR = lazy(r"\d+")
# Noon and midnight said with a word: a clock time that excuses its figures in another
# version ("at 11am, noon and 2pm" / "о 11, 12 та 14 годині"), never missing by itself.
_NOON = lazy(r"(?<![\p{L}])(?:(noon|midday)|(midnight))(?![\p{L}])", regex.IGNORECASE)
# The start of `_CLOCK_RANGE_HINT`, which has no letter: a clock with a point or a colon and
# a space, for the standard `re` first (the whole hint tries its words at every figure).
_CLOCK_RANGE_LEAD = re.compile(r"\d(?:\.|:[ \u00a0])[0-5]\d")
_CLOCK_RANGE_HINT = lazy(r"\d(?:\.|:[ \u00a0])[0-5]\d[ \u00a0]*(?:do|až|до|по|-|–)[ \u00a0]*\d", regex.IGNORECASE)
_DECADE = lazy(
    r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}.,])(?![\d]{4}[-–]\d)(?:(1[89]|20)(\d)0(?:['’]?s|er)"
    # tokenised text (MT corpora) splits "the 90 's", and one system wrote "the 90 " s"
    r"|(?<!\b(?:his|her|their|my|your|our|its|one's) (?:(?:early|mid|late)[- ])?)['’]?(\d)0(?:['’]?s|er| ['’\x22] ?s)"  # an age: "in his early 20s"
    # "los años 30", often with a no-break space: the number stays with its word
    r"|(?<=(?:anos|années|años|anni)[ \u00a0])['’]?(1[89]|20)?(\d)0|(?<=los |las )(1[89]|20)?(\d)0['’])(?![\p{L}\p{N}])"
)
# What a decade written "90s" (no apostrophe, no century) follows: "the 90s", "early 90s",
# "mid-90s", "the 80s and 90s"; "wait 10s", "a timeout of 10s", "10000 (10s)" and a table's "| 10s |" are seconds.
_DECADE_LEAD = lazy(r"(?:\b(?:the|early|mid|late|and|or)[ \u00a0-]|[-–])$", regex.IGNORECASE)
# Slavic decades: "1970-х", "70-х років", "70-е", "1970-ih" (an ending after a hyphen),
# Czech and Slovak "70. let" / "v 70. letech" / "1970. léta" (an ordinal before "years"), Polish "lat 70.";
# not the ordinal before a place or a day of the month ("20-е место", the 20th place).
_SLAVIC_DECADE_HINT = lazy(_HINTS["slavic decade"])
# All the hints at once: a paragraph in which it finds nothing holds none of them (most
# paragraphs with a digit), and one scan costs less than six.
_ANY_HINT = lazy("|".join(f"(?:{hint})" for hint in _HINTS.values()))
_ESTONIAN_DECADE_HINT = lazy(_HINTS["estonian decade"])
# Estonian decades: "1990ndad", "1990ndate" (of the 1990s), "90ndatel", and the ordinal year
# before the plural of "year": "1970. aastatel" (in the 1970s), "1960.–1970. aastatest" (the
# first of a range before the plural that both share); "2010. aastal" (singular) is a year.
_ESTONIAN_DECADE = lazy(
    r"(?<![\p{L}\p{N}.,])(?:(1[89]|20)?(\d)0[-‑]?nda(?:d|id|te\p{L}*)(?![\p{L}])"
    r"|(1[89]|20)?(\d)0\.(?=(?:[ \u00a0]?[-–][ \u00a0]?(?:1[89]|20)?\d0\.)?[ \u00a0]aasta(?:d|id|te\p{L}*)(?![\p{L}])))")
_SLAVIC_DECADE = lazy(
    r"(?<![\p{L}\p{N}.,])(?:(1[89]|20)?(\d)0[-‑–](?:х|их|ті|тих|е|ые|ых|ih|tih)(?![\p{L}])(?![ \u00a0](?:мест|числ)\p{L}*)"
    r"|(1[89]|20)?(\d)0\.[ \u00a0](?=(?:let|léta|letech|létech|letům|rokov|rokoch|rokmi)(?![\p{L}]))"
    r"|(?<=(?:lat|latach|latami|lata)[ \u00a0])(\d)0\.(?![\p{N}]))"
)
# Hindi and Bhojpuri decades: the decade's figures before "के दशक" (of the decade), "90 के
# दशक" (the 90s), "1960-70 के दशक" (the 1960s and 1970s), "1980 के दशक में" (in the 1980s).
_DEVANAGARI_DECADE = lazy(r"(?<![\p{N}.,])(1[89]|20)?(\d)0(?:[ \u00a0]?[-–][ \u00a0]?(1[89]|20)?(\d)0)?"
                          r"[ \u00a0]+(?:के|का|की)[ \u00a0]+दशक")
# Zulu decades: the plural prefix before a decade's first year, "ngawo-1850" (in the 1850s),
# "yawo-1990" (of the 1990s), where "ngo-1850" is the year.
_ZULU_DECADE = lazy(r"(?<![\p{L}])(?:ng|y|kw)?awo-(1[0-9]|20)(\d)0(?![\p{N}])")
# Decades in words, beside the word for years: Polish "w latach osiemdziesiątych", "lata
# dziewięćdziesiąte" (the 1980s, the 1990s), Russian "в восьмидесятых годах" (a hint
# that must be in the paragraph, and the pattern).
_DECADE_STEMS = {
    "pl": ["dwudziest", "trzydziest", "czterdziest", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
           "osiemdziesiąt", "dziewięćdziesiąt"],
    "ru": ["двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"],
    # Arabic makes a plural of the tens: "التسعينيات" or "التسعينات" (the nineties), with the
    # article and the particles glued before it ("في السبعينيات", "بالثمانينيات").
    "ar": ["عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    # Icelandic counts a century's decades by ordinal: "á tíunda áratugnum" (in the tenth
    # decade, the 1990s), "sjöunda áratugarins" (the 1960s'), the third being the 1920s.
    "is": ["þriðj", "fjórð", "fimmt", "sjött", "sjöund", "áttund", "níund", "tíund"],
}
_DECADE_WORDS = {
    "pl": ("lat", lazy(r"(?i)(?<![\p{L}])(?:lat(?:a|ach|ami)[ \u00a0]+(?P<stem>" + "|".join(_DECADE_STEMS["pl"])
                        + r")(?:e|ych|ymi)|(?P<stem>" + "|".join(_DECADE_STEMS["pl"])
                        + r")(?:e|ych|ymi)[ \u00a0]+lat(?:a|ach|ami))(?![\p{L}])")),
    "ru": ("год", lazy(r"(?i)(?<![\p{L}])(?P<stem>" + "|".join(_DECADE_STEMS["ru"])
                        + r")(?:ые|ых|ыми|ым)[ \u00a0]+год(?:ы|ов|ах|ами|ам)(?![\p{L}])")),
    "is": ("áratug", lazy(r"(?i)(?<![\p{L}])(?P<stem>" + "|".join(_DECADE_STEMS["is"])
                           + r")(?:a|i)[ \u00a0]+áratug(?:ur|urinn|num|inn|ar|arins|i)?(?![\p{L}])")),
    "ar": ("ات", lazy(r"(?<![\p{L}])[وفبلكا]{0,4}?(?P<stem>" + "|".join(_DECADE_STEMS["ar"]) + r")ي?ات(?![\p{L}])")),
}
_QUARTER = lazy(
    r"(?<![\p{Latin}\p{Greek}\p{Cyrillic}\p{N}])(?:Q([1-4])(?:[ \u00a0/]+|-)?(\d{4})?|([1-4])\.[ \u00a0]Quartal(?:[ \u00a0]+(\d{4}))?"
    r"|([1-4])(?:[º°o]|er|re|ère|e|ème)?[ \u00a0]trimestre(?:[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?(\d{4}))?)(?![\p{L}\p{N}])"
)
# What every match of `_range_patterns` holds: two days and the gap between them, or a
# day before a comma (a digit first, so the engine skips to digits). The range patterns
# start with a long alternation of month names tried at every position: they run only
# where this cheap pattern finds something.
_RANGE_HINT = lazy(r"\d(?:\.|º|er)?[ \u00a0]*(?:--|–|—|-|al|a|au|bis|to|through|até|ao|e|y|et|und|and"
                            r"|и|по|до|і|та|i|do|až|zuwa)"
                            r"[ \u00a0]*(?:(?:le|el|o|dem|den|the)[ \u00a0]+)?\d|\d,", regex.IGNORECASE)
# Locales that write the month first in numeric dates.
_MONTH_FIRST = frozenset({"en-US", "en"})
_DAY_SUFFIX = r"(?:\.|º|°|er|st|nd|rd|th|-го|-е|\\?[ \u00a0]?:sup:`(?:er|st|nd|rd|th|º)`(?:\\[ \u00a0])?)?"


@functools.cache
def _month_table(tag: str) -> dict[str, tuple[int, bool]]:
    """Month name -> (month, must be capitalised). English names are a fallback everywhere."""
    info = locale_info(tag)
    table = {name: (month, True) for name, month in ENGLISH_MONTHS}
    table.update({name: (month, info.language == "en") for name, month in info.months})
    return table


def _pattern_names(tag: str) -> list[str]:
    """Month names for a pattern, longest first, recomposed: case folding decomposes some
    letters (Greek "Μαΐου" folds to three characters for ΐ) that the text writes as one."""
    return sorted({unicodedata.normalize("NFC", name) for name in _month_table(tag)}, key=longest_first)


@functools.cache
def _number_words(tag: str) -> frozenset[str]:
    return frozenset(word for word, _ in locale_info(tag).number_words)


# Words between a day and its month beside Romance "de": Hausa "ranar 8 ga watan Yuli"
# (the 8th of the month July), "28 Ga Fabrairu".
_DAY_LINKS = {"ha": r"|ga[ \u00a0]++(?:watan?[ \u00a0]++)?"}


# An hour told with its part of the day, as the Romance languages write "2pm": "às duas da
# tarde", "a las diez de la noche", "à deux heures de l'après-midi", "alle 9 di sera". Per
# language: the word for hours that may follow the hour, and each part of the day with what
# it adds to the hour's number (the night's from six on).
_PARTS_OF_DAY = {
    "pt": (r"horas?", {"da manhã": 0, "da madrugada": 0, "da tarde": 12, "da noite": 12}),
    "es": (r"horas?", {"de la mañana": 0, "de la madrugada": 0, "de la tarde": 12, "de la noche": 12}),
    "fr": (r"heures?", {"du matin": 0, "de l'après-midi": 12, "de l’après-midi": 12, "du soir": 12}),
    "it": (r"ore", {"del mattino": 0, "di mattina": 0, "della mattina": 0, "del pomeriggio": 12, "di sera": 12,
                    "della sera": 12, "di notte": 12, "della notte": 12}),
    # "six in the morning" (朝6時): English says it so when the hour is told, not written.
    "en": (r"o['’]clock", {"in the morning": 0, "in the afternoon": 12, "in the evening": 12, "at night": 12}),
}
_NIGHT = ("noite", "noche", "soir", "sera", "notte", "night")
# What every part of the day holds, for a substring test on the case-folded text.
_PARTS_HINTS = ("manhã", "madrugada", "tarde", "noite", "mañana", "noche", "matin", "après-midi", "soir",
                "mattin", "pomeriggio", "sera", "notte", "morning", "afternoon", "evening", "night")
# Where a language's number words hold more than cardinals ("once", "second", "a dozen"),
# the words an hour may be written with.
_HOUR_WORDS = {"en": frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve"})}


@functools.cache
def _hour_of_day(tag: str) -> regex.Pattern[str]:
    """The hours of a language with a part of the day: a figure or a cardinal word."""
    hours, parts = _PARTS_OF_DAY[base_language(tag)]
    cardinals = _HOUR_WORDS.get(base_language(tag))
    words = sorted((w for w, v in locale_info(tag).number_words if v in range(1, 13) and " " not in w
                    and (cardinals is None or w in cardinals)), key=longest_first)
    return regexcache.compile(
        rf"(?<![\p{{L}}\p{{N}}:.,])(?P<hour>1[0-2]|0?[1-9]|{'|'.join(map(regex.escape, words))})"
        rf"(?:[ \u00a0](?:{hours}))?[ \u00a0](?P<part>{'|'.join(map(regex.escape, parts))})(?![\p{{L}}])",
        regex.IGNORECASE)


def _hours_of_day(text: str, info: LocaleInfo, add) -> None:
    """Add the hours `_hour_of_day` finds; one written as a word only excuses the other
    version's (a word is read less surely than a figure)."""
    words = dict(locale_info(info.tag).number_words)
    for match in _hour_of_day(info.tag).finditer(text):
        written = match.group("hour")
        hour = int(written) if written.isdigit() else int(words[fold(written)])
        add(*match.span(), f"T{_after_noon(info.language, hour, match.group('part')):02d}:00",
            flag=None if written.isdigit() else "word")


def _after_noon(language: str, hour: int, part: str) -> int:
    """The 24-hour hour of a 12-hour `hour` said with its part of the day."""
    added = _PARTS_OF_DAY[language][1][part.casefold()]
    if part.casefold().endswith(_NIGHT) and (hour < 6 or hour == 12):
        added = 0  # "uma da noite": one in the morning; "doze da noite", midnight
    return hour % 12 + added


# Italian and Spanish write a clock with a point ("alle 4.40", "alle ore 7.55 del mattino",
# "a las 9.30"), which is also how a text in English's style writes a decimal. After the
# preposition or article that introduces a time it is the time (not before a currency or a
# per cent sign).
_DOTTED_CLOCK_LEADS = {
    "it": r"(?:al|dal|del|sul)le|(?:entro|verso|dopo|tra|fra)[ \u00a0]le|ore",
    "es": r"las|la",
}
_DOTTED_CLOCK_HINT = lazy(r"\d\.[0-5]\d")


@functools.cache
def _dotted_clock(tag: str) -> regex.Pattern[str]:
    hours, parts = _PARTS_OF_DAY[base_language(tag)]
    return regexcache.compile(
        rf"(?<![\p{{L}}])(?:{_DOTTED_CLOCK_LEADS[base_language(tag)]})(?:[ \u00a0]{hours})?[ \u00a0]"
        r"(?P<hour>[01]?\d|2[0-3])\.(?P<minute>[0-5]\d)(?![\p{N}]|[.,]\d|[ \u00a0]?(?:[\p{Sc}%]|euro|dollar|dólar))"
        rf"(?:[ \u00a0](?P<part>{'|'.join(map(regex.escape, parts))})(?![\p{{L}}]))?",
        regex.IGNORECASE)


def _dotted_clocks(text: str, info: LocaleInfo, add) -> None:
    """Add the clock times `_dotted_clock` finds: with a part of the day its half, or
    else either half (as `_clock`)."""
    for match in _dotted_clock(info.tag).finditer(text):
        hour, minute, part = int(match.group("hour")), match.group("minute"), match.group("part")
        start = match.start("hour")
        if part and hour <= 12:
            add(start, match.end(), f"T{_after_noon(info.language, hour, part):02d}:{minute}")
        else:
            add(start, match.end("minute"), *_clock(hour, minute, None))


@functools.cache
def _hausa_word_day(tag: str) -> regex.Pattern[str]:
    """A day of a named month written as a word: "ranar daya ga watan Okotoba" (1 October)."""
    days = "|".join(regex.escape(w) for w, v in sorted(HAUSA_NUMBERS.items(), key=lambda i: longest_first(i[0]))
                    if v <= 31)
    months = "|".join(regex.escape(n) for n in _pattern_names(tag))
    return regexcache.compile(rf"(?<![\p{{L}}])({days})[ \u00a0]+ga[ \u00a0]+(?:watan?[ \u00a0]+)?({months})(?![\p{{L}}])",
                              regex.IGNORECASE)


@functools.cache
def _month_pattern(tag: str) -> regex.Pattern[str]:
    info = locale_info(tag)
    link = _DAY_LINKS.get(info.language, "")
    names = _pattern_names(tag)
    alternation = "|".join(regex.escape(n) for n in names)
    day_dot = r"\.?" if info.day_dot else ""
    # Where the day takes a point, a typist may leave out the space after it: "bis zum
    # 1.März 2021" is "1. März 2021". English also says "the 19th of July".
    tight_dot = r"\.(?=\p{L})" if info.day_dot else r"(?!)"
    return regexcache.compile(
        rf"""
        (?:(?<![\p{{N}}.,:])(?P<day>\d{{1,2}})(?:(?:st|nd|rd|th)[ \u00a0]++of[ \u00a0]++|{day_dot}{_DAY_SUFFIX}[ \u00a0]++|{tight_dot})(?:de[ \u00a0]++|del[ \u00a0]++{link})?)?
        (?<![\p{{L}}])(?P<month>{alternation})(?![\p{{L}}])\.?
        (?:[ \u00a0]+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?(?![\p{{N}}]|[.,:]\d|[ \u00a0\u202f]\d{{3}}(?![\p{{N}}])))?
        (?:,?[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+|of[ \u00a0]+|του[ \u00a0]+)?(?P<year>\d{{4}})(?![\p{{N}}]))?
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


# Bengali puts a case ending on the month ("সেপ্টেম্বরে", in September; "সেপ্টেম্বরের", of
# September) and writes a year first with "সাল" (year): "২০০১ সালের ১১ সেপ্টেম্বরের পর",
# after 11 September 2001. The month pattern above takes whole words only. A day of the
# month takes the ending of its ordinal, glued or after an apostrophe: ১লা (1st), ২রা,
# ৩রা, ৪ঠা, ৫ই to ১৮ই, ১৯শে to ৩১শে ("16ই সেপ্টেম্বর", "5'ই আগস্ট", "১১ ই সেপ্টেম্বর"). Bengali
# writes some months its own ways beside CLDR's: জানুয়ারী and ফেব্রুয়ারী with a long ī, আগাস্ট.
_BENGALI_DAY_ENDING = r"[ \u00a0]?['’]?(?:লা|রা|ঠা|ই|শে)"
_BENGALI_HINT = lazy(rf"\p{{Bengali}}(?:এর|ের|এ|ে)(?![\p{{L}}\p{{M}}])|\d{_BENGALI_DAY_ENDING}(?![\p{{L}}\p{{M}}])")


@functools.cache
def _bengali_months() -> dict[str, int]:
    """Each month's wide name (the longest CLDR gives: the abbreviations take no ending)."""
    wide: dict[int, str] = {}
    for name, month in locale_info("bn").months:
        if len(name) > len(wide.get(month, "")):
            wide[month] = name
    names = {name: month for month, name in wide.items()}
    names.update({name[:-1] + "ী": month for name, month in names.items() if name.endswith("ি")})
    names["আগাস্ট"] = 8
    return names


@functools.cache
def _bengali_dates() -> regex.Pattern[str]:
    months = "|".join(regex.escape(name) for name in sorted(_bengali_months(), key=longest_first))
    return regexcache.compile(
        rf"(?:(?<![\p{{N}}])(?P<year>\d{{4}})[ \u00a0]+সাল(?:ের|ে)?[ \u00a0]+)?"
        rf"(?:(?<![\p{{N}}])(?P<day>\d{{1,2}})(?P<ordinal>{_BENGALI_DAY_ENDING})?[ \u00a0]+)?"
        rf"(?<![\p{{L}}\p{{M}}])(?P<month>{months})(?P<ending>এর|ের|এ|ে)?(?![\p{{L}}\p{{M}}])"
        rf"(?(ending)|(?(year)|(?(day)(?:,?[ \u00a0]+(?P<late_year>\d{{4}})(?![\p{{N}}]))?|(?!))))")


# Turkish also writes the year first, alone or in the genitive, and then the month with its
# own ending or with "ay" (month): "2009'un Eylül ayında" (in September 2009), "2019
# Mart'ında", "2020 Ocak ayı". The day comes after the month ("2019 Mart'ın 5'inde") and
# is left out here: year and month are the date.
# Fashion's season codes: "SS19" (spring/summer 2019), "AW19" and "FW19" (autumn or fall/winter),
# which a translation writes out with the year ("2019 İlkbahar/Yaz koleksiyonu"): the year.
_SEASON_CODE = lazy(r"(?<![\p{L}\p{N}_-])(?:SS|AW|FW)(\d\d)(?![\p{L}\p{N}_-])")


@functools.cache
def _turkish_year_first() -> regex.Pattern[str]:
    months = "|".join(regex.escape(name) for name in _pattern_names("tr"))
    return regexcache.compile(
        rf"(?<![\p{{N}}.,:])(?P<year>1[89]\d\d|20\d\d)(?:['’]\p{{L}}+)?[ \u00a0]+"
        rf"(?P<month>{months})(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)


@functools.cache
def _range_patterns(tag: str) -> tuple[regex.Pattern[str], ...]:
    """Day ranges ("May 21--28 2006", "del 21 al 28 de mayo de 2006", "21.–28. Mai 2006")
    and comma-separated dates ("Enero, 1, 1970", "27, Junio, 2018")."""
    names = _pattern_names(tag)
    link = _DAY_LINKS.get(locale_info(tag).language, "")
    month = "(?P<month>" + "|".join(regex.escape(n) for n in names) + r")(?![\p{L}])\.?"
    gap = (r"[ \u00a0]*(?:--|–|—|-|al|a|au|bis|to|through|até|ao|e|y|et|und|and|и|по|до|і|та|i|do|až|zuwa)[ \u00a0]*"
           r"(?:(?:le|el|o|dem|den|the)[ \u00a0]+)?")
    day1 = r"(?<![\p{N}.,:])(?P<d1>\d{1,2})(?:\.|º|er)?"
    day2 = r"(?P<d2>\d{1,2})(?:\.|º)?(?![\p{N}])"
    year = r"(?:,?[ \u00a0]+(?:de[ \u00a0]+|del[ \u00a0]+)?(?P<year>\d{4})(?![\p{N}]))?"
    flags = regex.IGNORECASE
    return (
        regexcache.compile(rf"(?:(?:del|de|du|vom|from|dal|с|со|з|від|od|ode)[ \u00a0]+)?{day1}{gap}{day2}[ \u00a0]+"
                           rf"(?:de[ \u00a0]+{link})?{month}{year}", flags),
        regexcache.compile(rf"{month}[ \u00a0]+{day1}{gap}{day2}{year}", flags),
        regexcache.compile(rf"{month},[ \u00a0]*(?P<d1>\d{{1,2}}),[ \u00a0]*(?P<year>\d{{4}})(?![\p{{N}}])", flags),
        regexcache.compile(rf"(?<![\p{{N}}.,:])(?P<d1>\d{{1,2}}),[ \u00a0]*{month},[ \u00a0]*(?P<year>\d{{4}})(?![\p{{N}}])",
                           flags),
    )


# What every date with figures read below the digit test of `extract` holds, in the
# case-folded text: the last figure of a number followed by what that form writes after
# it, as the form's own gate or pattern demands (or wider, where the standard `re` cannot
# say it as `regex` does: "[\s\S]?" for "\s?"); or a year, a quarter ("Q3 2024"), the words
# before a decade's figures ("los años 30", "anni 80", "lat 70.") or a clock's hour ("klo
# 11"), or a noon; or a mark of the Chinese, Japanese and Korean forms. A paragraph that
# holds none of them and names no month holds no such date, and the three dozen patterns
# and gates of those forms are not tried (in a catalogue, most paragraphs with a figure).
# `re` tries the first pattern only at the last figure of each number, in C. A test checks
# that `extract` gives the same dates with and without this, on every fixture paragraph
# and on generated texts.
_FIGURE_DATE_HINT = re.compile(
    r"\d(?!\d)(?:-[01]|st|nd|rd|th"  # ISO dates, English days of the month
    r"|[./-]\d{1,2}[./-]\d|\.[ \u00a0]?\d{1,2}\.[ \u00a0]\d"  # numeric dates, spaced or not
    r"|[ \u00a0]?[:hu]|(?:\.|:[ \u00a0])[0-5]\d|[\s\S]?[ap]\.?[\s\S]?m"  # clocks, ranges of them, a.m.
    r"|[ \u00a0]?(?:gmt|utc|o['’ ]?clock|बजकर|बजे)|[ \u00a0](?:годині|час|hodin|godzinie)"  # clocks with words
    r"|[ \u00a0](?:na|ra|rá|uj|uv|ve|wi|zr|ве|ра|ут|ча|го|ho)"  # `_SLAVIC_HOUR_HINT`, case-folded
    r"|(?<=\d0)(?:['’]?s|er| ['’\"]|['’]|[-‑–.])"  # decades ("the 90s", "1990er", "70-х", "70. let")
    r"|(?<=[1-4])(?:\.[ \u00a0]quartal|(?:[º°o]|er|re|ère|e|ème)?[ \u00a0]trimestre))")  # quarters
_FIGURE_DATE_WORDS = re.compile(r"q[1-4]|1[89]\d\d|20\d\d|ann|anos|años|los |las |lat|noon|midday|midnight"
                                r"|kel|kl[o.]"  # the Nordic "o'clock" before an hour (`_CLOCK_WORD_TIMES`)
                                r"|pukul")  # and the Indonesian and Malay one (`_MALAY_CLOCK`)
# (年代 and 년대 with their first character)
_CJK_DATE_MARK = re.compile(r"[秒時时点點后後月월日年년시]")
_UNSCREENED = frozenset({"bn", "ha", "is"})



def _may_have_figure_date(text: str, claims) -> bool:
    """Whether a paragraph with a figure may hold a date written with one (see
    `_FIGURE_DATE_HINT`)."""
    folded = claims.folded
    return _FIGURE_DATE_HINT.search(folded) is not None or _FIGURE_DATE_WORDS.search(folded) is not None \
        or (not text.isascii() and _CJK_DATE_MARK.search(text) is not None)

def _iso(year: str | None, month: int, day: str | None) -> str | None:
    if day is not None and not 1 <= int(day) <= 31:
        return None
    if year and not year.isascii():
        year = str(int(year))  # full-width digits: ２０２１年 is 2021
    if year and day:
        return f"{year}-{month:02d}-{int(day):02d}"
    if year:
        return f"{year}-{month:02d}"
    if day:
        return f"--{month:02d}-{int(day):02d}"
    return None


def extract(text: str, info: LocaleInfo, claims, block: str, screened: bool = True) -> list[Invariant]:
    """The dates, times, weekdays, quarters and decades of one paragraph.

    `screened=False` tries every form with figures even where `_FIGURE_DATE_HINT` rules
    them all out (for tests: the result must be the same)."""
    found: list[Invariant] = []

    def add(start: int, end: int, value: str, alternatives: tuple[str, ...] = (), flag: str | None = None) -> None:
        if claims.free(start, end):
            claims.take(start, end)
            found.append(Invariant("date", value, text[start:end], start, end, alternatives, flag))

    if block not in ("code", "frontmatter"):
        folded = claims.folded  # (for the substring tests before three costly patterns)
        _relative(text, info, add, folded)
        _weekdays(text, info, claims, add, folded)
        _quarter_words(text, info, add, folded)
        _ordinal_days(text, info, add)
        if info.language in _PARTS_OF_DAY and any(part in folded for part in _PARTS_HINTS):
            _hours_of_day(text, info, add)
        if info.language in _DECADE_WORDS and _DECADE_WORDS[info.language][0] in folded:
            for match in _DECADE_WORDS[info.language][1].finditer(text):
                stem = fold(match.group("stem"))
                add(*match.span(), f"19{_DECADE_STEMS[info.language].index(stem) + 2}X")
        if info.language == "zu" and "awo-" in text:
            for match in _ZULU_DECADE.finditer(text):
                add(*match.span(), _decade(match.group(1), match.group(2)))
    if any(era in text for era in _ERA_START):
        for match in _ERA.finditer(text):
            western, era, number, closed, month, day = match.groups()
            year = str(_ERA_START[era] + (1 if number == "元" else int(number)))
            if (western is None) != (closed is None) or western and not year.endswith(
                    str(int(western)).zfill(len(western))):
                continue  # a bracket left open, or a Western year the era's does not agree with
            if month and 1 <= int(month) <= 12:
                value = _iso(year, int(month), day)
                if value:
                    add(*match.span(), value)
            elif not month:
                add(*match.span(), year)

    for match in _HAN_DECADE.finditer(text) if "十年代" in text else ():
        # 二十世纪六七十年代: the 1960s and the 1970s, one 十年代 for both.
        century, first, second = match.group(1), match.group(2), match.group(3)
        hundreds = "20" if century and century.startswith(("本", "二十一", "21")) else "19"
        if second:  # each decade its own span: the first up to the second's numeral
            add(match.start(), match.start(3), f"{hundreds}{HAN_DIGITS[first]}X")
            add(match.start(3), match.end(), f"{hundreds}{HAN_DIGITS[second]}X")
        else:
            add(*match.span(), f"{hundreds}{HAN_DIGITS[first]}X")

    for match in _DEVANAGARI_DECADE.finditer(text) if "दशक" in text else ():
        # "90 के दशक" (the 90s); "1960-70 के दशक", the 1960s and the 1970s, one दशक for both
        first = _decade(match.group(1), match.group(2))
        if match.group(4):
            add(match.start(), match.start(3) if match.group(3) else match.start(4), first)
            add(match.start(3) if match.group(3) else match.start(4), match.end(),
                _decade(match.group(3) or match.group(1), match.group(4)))
        else:
            add(*match.span(), first)

    if "9/11" in text:
        for match in _NINE_ELEVEN.finditer(text):
            add(*match.span(), "--09-11")
    if info.language == "zh" and any(mark in text for mark in "节節假庆慶周週"):
        for match in _HAN_HOLIDAY.finditer(text):
            add(*match.span(), _HAN_HOLIDAYS[match.group(1)], flag="word")
    if "零" in text:
        for match in _CJK_MIDNIGHT.finditer(text):
            add(*match.span(), "T00:00")

    if info.language == "ha" and " ga " in text.casefold():
        for match in _hausa_word_day(info.tag).finditer(text):
            day = HAUSA_NUMBERS[fold(match.group(1))]  # (no day's word has an apostrophe)
            add(*match.span(), f"--{_month_table(info.tag)[fold(match.group(2))][0]:02d}-{day:02d}")

    if "月" in text and info.language in ("zh", "ja"):
        for match in _CJK_HAN.finditer(text):
            year, month, day = (han_value(part) if part else None for part in match.groups())
            if year or day:
                add(*match.span(), _iso(year and str(year), month, day and str(day)) or f"{year}-{month:02d}")
            else:
                add(*match.span(), f"--{month:02d}", flag="word")  # 十月 alone, as "11 月" below

    if not _DIGIT.search(text):
        if info.language == "en" and not claims.words.isdisjoint(_ENGLISH_FULL_MONTHS):
            for match in _DATED_MONTH.finditer(text):
                add(*match.span(1), f"--{_ENGLISH_FULL_MONTHS[match.group(1).casefold()]:02d}", flag="word")
        return found  # every other date form xlcheck reads has a digit
    for match in _SEASON_CODE.finditer(text) if "SS" in text or "AW" in text or "FW" in text else ():
        add(*match.span(), f"20{match.group(1)}")
    table = _month_table(info.tag)
    # The month-name pattern is costly; run it only where a month name occurs.
    has_month = not claims.words.isdisjoint(table)
    if screened and not has_month and info.language not in _UNSCREENED and not _may_have_figure_date(text, claims):
        return _carry_years(found, text)  # no date with figures can be read below

    if "-" in text:
        for match in _ISO.finditer(text):
            year, month, day = match.groups()
            add(*match.span(), f"{year}-{month}" + (f"-{day}" if day else ""))

    if "秒" in text:
        for match in _CJK_MINUTE_SECOND.finditer(text):
            # "3 分 35 秒" into a match, which English writes "on 3:35": a soft reading that
            # excuses that time and leaves the figures to the numbers (English may write
            # "3 minutes 35 seconds" too).
            if claims.free(*match.span()):
                found.append(Invariant("date", f"T{int(match.group(1)):02d}:{match.group(2)}", match.group(),
                                       match.start(), match.end(), (), "word"))
    if "時" in text or "时" in text or "点" in text or "點" in text:
        last = None  # the clock time before, for the end of a range it opens
        for match in _CJK_TIME.finditer(text):
            period, hour, minute = match.group("period"), int(match.group("hour")), match.group("minute")
            ends_range = not period and last is not None and int(last.group("hour")) < hour \
                and _CJK_RANGE_END.fullmatch(text, last.end(), match.start()) is not None
            if ends_range:
                # 下午6点至9点, 午後６時～同９時: the later hour of a range is in the first's
                # part of the day (and a time, though 9点 alone might be nine points)
                period = last.group("period")
            last = match
            if match.group("mark") in "点點" and not period and not minute and not match.group("half") \
                    and not ends_range and not _DAY_BEFORE_HOUR.search(text, max(0, match.start() - 6), match.start()):
                continue  # "3点" alone may be three points; "每天5点" (at five every day) is a time
            if hour > 24 or (minute and int(minute) > 59):
                continue
            if match.group("mark") in "时時" and not period and not minute and not match.group("first") \
                    and _COMPARED.search(text, max(0, match.start() - 4), match.start()):
                continue  # "小于 0 时": "when it is below 0", a condition, not midnight
            minute = "30" if match.group("half") else f"{int(minute):02d}" if minute else "00"
            if match.group("first") and int(match.group("first")) < hour:
                add(*match.span("first"), *_clock(int(match.group("first")), "00", period))
            add(match.start("hour") if match.group("first") else match.start(), match.end(),
                *_clock(hour, minute, period))

    if info.language == "ko" and "시" in text:
        for match in _KOREAN_TIME.finditer(text):
            period, hour, minute = match.group("period"), int(match.group("hour")), match.group("minute")
            minute = "30" if match.group("half") else f"{int(minute):02d}" if minute else "00"
            if hour > 24:
                continue
            if period:
                add(*match.span(), f"T{(hour + 12 if period in _KOREAN_PM and hour < 12 else hour) % 24:02d}:{minute}")
            else:
                add(*match.span(), *_clock(hour, minute, None))

    if "后" in text or "後" in text:
        # "90后", "00後": the generation born in the 1990s, 2000s ("post-90s").
        for match in _CJK_GENERATION.finditer(text):
            decade = match.group(1)
            add(*match.span(), _decade(None, decade))

    if "月" in text or "월" in text or "年代" in text or "년대" in text:
        for match in _CJK_RANGE.finditer(text):
            year, month = match.group(1), int(match.group(2))
            first, last = _iso(year, month, match.group(3)), _iso(year, month, match.group(4))
            if 1 <= month <= 12 and first and last:
                add(*match.span(), f"{first}/{last}")
        for match in _CJK_DAY_FIRST.finditer(text) if " " in text else ():
            day, month = match.group(1), int(match.group(2))
            if 1 <= month <= 12 and _iso(None, month, day):
                add(*match.span(), _iso(None, month, day))
        shared = None  # the year of the last 年月 date, for a month joined to it: 2024年10月と11月
        for match in _CJK.finditer(text):
            year, month, day = match.group(1), int(match.group(2)), match.group(3)
            if not year and not day and shared and _JOINED_CJK.fullmatch(text, shared[1], match.start()):
                year = shared[0]
            if 1 <= month <= 12 and (year or day):
                add(*match.span(), _iso(year, month, day) or f"{year}-{month:02d}")
            elif 1 <= month <= 12:
                add(*match.span(), f"--{month:02d}", flag="word")  # "11 月" alone: a month, said loosely
            shared = (year, match.end()) if year and not day else None
        for match in _CJK_DECADE_PAIR.finditer(text):
            century, decade = match.group(1), match.group(2)
            add(*match.span(), _decade(century, decade))
        for match in _CJK_DECADE.finditer(text):
            full, century, last, this, decade = match.groups()
            if full:
                add(*match.span(), full + "X")
                continue
            if century:
                if not 10 <= int(century) <= 21:
                    continue
                hundreds = str(int(century) - 1)
            else:
                # "80年代" alone is read as English reads "the '80s".
                hundreds = "19" if last else "20" if this or decade in "01" else "19"
            add(*match.span(), f"{hundreds}{decade}X")
    if info.language == "en" and _ENGLISH_DAY_HINT.search(text):
        # "on the 9th", "(10th and 11th)": a day of the month alone, as translations of
        # 9日 write it; soft (it excuses, it is not looked for: "the 11th" is also a rank).
        for match in _ENGLISH_DAY.finditer(text):
            day = int(match.group(1) or match.group(2))
            month = _OF_MONTH.match(text, match.end())
            if month and fold(month.group(1)) in _month_table(info.tag):
                continue  # "the 19th of July": a date with its month, read below
            if 1 <= day <= 31:
                add(*match.span(), f"---{day:02d}", flag="word")
    if "日" in text:
        for match in _CJK_DAYS.finditer(text):
            # 13、14日 and 13、14の両日: the 13th and the 14th, one 日 for both.
            day = match.group(1) or match.group(2)
            if 1 <= int(day) <= 31:
                add(*match.span(), f"---{int(day):02d}")
        # A day of the month alone: the datelines' （11日电）, 8日晚间 ("on the evening of the 8th").
        for match in _CJK_DAY.finditer(text):
            if int(match.group(1)) == 1 and text.startswith("で", match.end()) and info.language == "ja":
                continue  # 1日で: "in a single day", a stretch of time, not the first of the month
            if 1 <= int(match.group(1)) <= 31:
                add(*match.span(), f"---{int(match.group(1)):02d}")

    if info.language == "bn" and ("সাল" in text or _BENGALI_HINT.search(text)):
        for match in _bengali_dates().finditer(text):
            year = match.group("year") or match.group("late_year")
            value = _iso(year, _bengali_months()[match.group("month")], match.group("day"))
            if value is not None:
                add(*match.span(), value)
    if has_month and info.language == "tr":
        for match in _turkish_year_first().finditer(text):
            if match.group("month")[0].isupper():  # "ekim" is sowing, "ocak" a stove
                month = table[fold(match.group("month")).rstrip(".")][0]
                add(*match.span(), f"{match.group('year')}-{month:02d}")
    if has_month and _RANGE_HINT.search(text):
        for range_pattern in _range_patterns(info.tag):
            for match in range_pattern.finditer(text):
                name = match.group("month")
                month, capital = table[fold(name).rstrip(".")]
                if capital and not name[0].isupper():
                    continue
                first = _iso(match.group("year"), month, match.group("d1"))
                groups = match.groupdict()
                last = _iso(match.group("year"), month, groups["d2"]) if groups.get("d2") else None
                if first:
                    add(*match.span(), f"{first}/{last}" if last else first)
    pattern = _month_pattern(info.tag)
    pos = 0 if has_month else len(text) + 1
    alone: list[tuple[int, int, int]] = []  # months named without a day or a year
    while pos <= len(text) and (match := pattern.search(text, pos)) is not None:
        name = match.group("month")
        month, capital = table[fold(name).rstrip(".")]
        if (capital or fold(name) in _ENGLISH_ONLY.get(info.language, ())) and not name[0].isupper():
            pos = match.end("month")  # "may", "march" as verbs; what follows may still be a date
            continue
        day = match.group("day") or match.group("day2")
        value = _iso(match.group("year"), month, day)
        if value is None and fold(name).rstrip(".") in _number_words(info.tag):
            pos = match.end("month")  # French "sept" alone: seven ("sept jours"), not "sept." for September
            continue
        pos = match.end()
        if value is not None and match.group("day") and _LIST_MARKER.match(text, match.start()) \
                and (match.start() == 0 or text[match.start() - 1] == "\n") \
                and claims.free(match.end("day") + 1, match.end()):
            # "5. Oktober 2023 war…", "12. března 2023", "1. dubna starosta…" first on a line:
            # the day was read as a list number; it is also the date's day (the marker stays
            # for the markup check). A list item does not open on a month's name in its case.
            claims.take(match.start(), match.end())
            found.append(Invariant("date", value, text[match.start():match.end()], match.start(), match.end()))
        elif value is not None:
            add(match.start(), match.end(), value)
            joined = match.start()
            while len(value) == 7 and alone and _JOINED.fullmatch(text, alone[-1][1], joined):
                # "October and November 2024": the months named before share the year.
                joined, last, earlier = alone.pop()
                add(joined, last, f"{value[:4]}-{earlier:02d}")
        else:
            alone.append((match.start("month"), match.end("month"), month))
    # A month named alone ("in November") is soft: it excuses "11 月" on the other side
    # but is never reported missing (months alone are too loose to compare).
    for first, last, month in alone:
        add(first, last, f"--{month:02d}", flag="word")

    hinted = _ANY_HINT.search(text) is not None
    for match in _QUARTER.finditer(text) if hinted and _QUARTER_HINT.search(text) else ():
        quarter = match.group(1) or match.group(3) or match.group(5)
        year = match.group(2) or match.group(4) or match.group(6)
        if match.group(1) and not year:
            continue  # a bare "Q3" is a code
        add(*match.span(), f"{year}-Q{quarter}" if year else f"Q{quarter}")

    spaced = _SPACED_HINT.search(text) is not None
    if (spaced or hinted and _NUMERIC_HINT.search(text)) and info.tag not in _MONTH_FIRST:
        for match in _NUMERIC_RANGE.finditer(text):
            _numeric_range(match, add)
    if hinted and _NUMERIC_HINT.search(text):
        for match in _NUMERIC.finditer(text):
            _numeric(match, info, add)
    if spaced:
        for match in _SPACED_NUMERIC.finditer(text):
            _numeric(match, info, add, day_first=True)

    if info.language in _DOTTED_CLOCK_LEADS and _DOTTED_CLOCK_HINT.search(text):
        _dotted_clocks(text, info, add)
    twelve = hinted and _TWELVE_HINT.search(text) is not None
    for match in _TWELVE_HOUR.finditer(text) if twelve else ():
        hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
        add(*match.span(), f"T{hour:02d}:{match.group(2) or '00'}")
    for match in _TWELVE_SHARED.finditer(text) if twelve else ():
        hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
        add(*match.span(), f"T{hour:02d}:{match.group(2) or '00'}")
    for match in _SLAVIC_HOUR.finditer(text) if _SLAVIC_HOUR_HINT.search(text) else ():
        hour = int(match.group(1)) % 12 + (12 if match.group(3) else 0)
        add(*match.span(), f"T{hour:02d}:00")
    for match in _ZONED_TIME.finditer(text) if "GMT" in text or "UTC" in text else ():
        add(*match.span(), f"T{match.group(1)}:{match.group(2)}")
    for match in _DEVANAGARI_CLOCK.finditer(text) if "बजे" in text else ():
        hour, minute = int(match.group(2)), match.group(3) or "00"
        part = _DEVANAGARI_PARTS.get(match.group(1) or "")
        if part is None:
            add(*match.span(), *_clock(hour, minute, None))  # "8 बजे": either half of the day
        else:
            add(*match.span(), f"T{part(hour) % 24:02d}:{minute}")
    minutes, word_clock = own_or_kin(_WORD_CLOCKS, info.language, ("", None))
    for match in word_clock.finditer(text) if word_clock is not None and minutes in text else ():
        add(*match.span(), *_clock(int(match.group(1)), f"{int(match.group(2)):02d}", None))
    for match in _HAUSA_CLOCK.finditer(text) if info.language == "ha" and "na " in text else ():
        add(*match.span(), _hausa_clock(int(match.group(1)), match.group(2) or "00", fold(match.group(3))))
    for match in _MALAY_CLOCK.finditer(text) if info.language in ("id", "ms") and "pukul" in claims.folded else ():
        part = fold(match.group(3)) if match.group(3) else None
        add(*match.span(), *_malay_clock(int(match.group(1)), match.group(2) or "00", part))
    for match in _KLUKKAN_TIME.finditer(text) if info.language == "is" else ():
        add(*match.span(), f"T{int(match.group(1)):02d}:{match.group(2)}")
    for match in _ICELANDIC_HOUR.finditer(text) if info.language == "is" and _DIGIT.search(text) else ():
        hour = int(match.group(1)) % 12 + (12 if match.group(3) else 0)
        add(*match.span(), f"T{hour:02d}:00")
    needle, clock_word = _CLOCK_WORD_TIMES.get(info.language, ("", None))
    for match in clock_word.finditer(text) if clock_word is not None and needle in claims.folded else ():
        add(*match.span(), f"T{int(match.group(1)):02d}:{match.group(2) or '00'}")
    if block not in ("code", "frontmatter"):
        if any(needle in folded for needle in _HOUR_WORD_NEEDLES):
            for match in _HOUR_WORD.finditer(text):
                minutes = _MINUTES_AFTER.match(text, match.end())
                for hour in _HOUR.finditer(match.group(1)):
                    if minutes and match.start(1) + hour.end() == match.end(1):
                        add(match.start(1) + hour.start(), minutes.end(), f"T{int(hour.group()):02d}:{int(minutes.group(1)):02d}")
                    else:
                        add(match.start(1) + hour.start(), match.start(1) + hour.end(), f"T{int(hour.group()):02d}:00")
        if info.language == "en" and ("noon" in folded or "midday" in folded or "midnight" in folded):
            for match in _NOON.finditer(text):
                add(*match.span(), "T12:00" if match.group(1) else "T00:00", flag="word")
    for match in _CLOCK_RANGE.finditer(text) if _CLOCK_RANGE_LEAD.search(text) and _CLOCK_RANGE_HINT.search(text) \
            else ():
        add(match.start(1), match.end(2), f"T{int(match.group(1)):02d}:{match.group(2)}")
        add(match.start(3), match.end(4), f"T{int(match.group(3)):02d}:{match.group(4)}")
    clock = hinted and _CLOCK_HINT.search(text) is not None
    for match in _DOTTED_TIME.finditer(text) if clock else ():
        add(*match.span(), f"T{int(match.group(1)):02d}:{match.group(2)}")
    for match in _SHARED_UNIT.finditer(text) if clock else ():
        add(*match.span(), f"T{int(match.group(1)):02d}:00")  # "von 10 bis 22 Uhr": 10 is a time too
    for match in _SPACED_CLOCK.finditer(text) if clock and ": " in text else ():
        hour, minute, second = match.group(1, 2, 3) if match.group(1) else match.group(4, 5, 6)
        add(*match.span(), f"T{int(hour):02d}:{minute}" + (f":{second}" if second else ""))
    if info.language == "en" and block not in ("code", "frontmatter") and "clock" in folded:
        for match in _OCLOCK.finditer(text):
            add(*match.span(), *_oclock(*match.groups()))
    for match in _TIME.finditer(text) if clock else ():
        hour, minute, second, minute_after_h = match.groups()
        if minute is None and minute_after_h is None and "h" not in match.group() and "Uhr" not in match.group():
            continue
        value = f"T{int(hour):02d}:{minute or minute_after_h or '00'}" + (f":{second}" if second else "")
        add(*match.span(), value)

    for match in _DECADE.finditer(text) if hinted and _DECADE_HINT.search(text) else ():
        century, decade = match.group(1), match.group(2)
        if decade is None:
            decade = match.group(3) or match.group(5) or match.group(7)
            century = match.group(4) or match.group(6)
        if century is None:
            if match.group()[0].isdigit() and match.group()[-1] == "s" and not any(
                    mark in match.group() for mark in "'’") and not _DECADE_LEAD.search(
                    text, max(0, match.start() - 12), match.start()):
                continue  # "wait 10s", "(10s)", "等待约 10s": seconds; a decade is "the 10s", "the '10s", "70's"
        add(*match.span(), _decade(century, decade))

    for match in _SLAVIC_DECADE.finditer(text) if hinted and _SLAVIC_DECADE_HINT.search(text) else ():
        century, decade = match.group(1) or match.group(3), match.group(2) or match.group(4) or match.group(5)
        add(*match.span(), _decade(century, decade))

    for match in _ESTONIAN_DECADE.finditer(text) if hinted and _ESTONIAN_DECADE_HINT.search(text) else ():
        century, decade = match.group(1) or match.group(3), match.group(2) or match.group(4)
        # "90ndatel" without its century is also an age ("30-ndate aastate lõpus", in the late
        # thirties of one's life): it excuses the other version's decade, it is not missed.
        add(*match.span(), _decade(century, decade),
            flag=None if century or match.group(4) else "word")

    for match in _YEAR.finditer(text) if _YEAR_HINT.search(text) else ():
        add(*match.span(), match.group(1))
    return _carry_years(found, text)


_LIST_MARKER = lazy(r"\d{1,2}\.[ \u00a0]")
# Between the two ends of a range of months: "January to September 2022", "1月至9月".
_RANGE_JOIN = lazy(r"\s*+(?:to|through|until|till|bis|a|à|al|até|au|-|–|—|~|～|至|到|から)\s*+$")


_MONTH_ONLY = lazy(r"--\d\d$")
_YEAR_MONTH = lazy(r"\d{4}-\d\d$")


def _decade(century: str | None, decade: str) -> str:
    """A decade's value, "199X" for the 1990s; without its century, the 2000s and 2010s
    for "0" and "1" and the twentieth century for the others ("the 90s", "00後").

    >>> _decade(None, "9"), _decade(None, "1"), _decade("18", "6")
    ('199X', '201X', '186X')
    """
    return f"{century or ('20' if decade in '01' else '19')}{decade}X"


def _carry_years(found: list[Invariant], text: str) -> list[Invariant]:
    """A range of months gives its one year to both ends: "January to September 2022"
    is 2022-01 and 2022-09, "2022年1月至9月" too.

    >>> from xlcheck import document_from_text
    >>> from xlcheck.extract import extract_document
    >>> doc = document_from_text("From January to September 2022.", "en", "a.en.txt")
    >>> [d.value for p in extract_document(doc) for d in p if d.kind == "date"]
    ['2022-01', '2022-09']
    """
    if len(found) < 2:
        return found
    ordered = sorted(found, key=lambda inv: inv.start)
    out = {id(inv): inv for inv in ordered}
    for first, second in zip(ordered, ordered[1:]):
        if not _RANGE_JOIN.match(text[first.end:second.start]):
            continue
        a, b = first.value, second.value
        if _MONTH_ONLY.match(a) and _YEAR_MONTH.match(b):
            out[id(first)] = replace(first, value=b[:4] + a[1:])
        elif _MONTH_ONLY.match(b) and _YEAR_MONTH.match(a):
            out[id(second)] = replace(second, value=a[:4] + b[1:])
    return [out[id(inv)] for inv in found]


# The capitalised word after a weekday that makes it a title with a capitalised "The" before it.
_TITLE_WORD = lazy(r"[ \u00a0]\p{Lu}\p{Ll}")
# Or, after a lower-case article, the word of a newspaper's title.
_PAPER_AFTER_ARTICLE = lazy(r"(?<![\p{L}])(?:the|a|an)[ \u00a0]$")
_PAPER_WORD = lazy(r"[ \u00a0](?:Times|Telegraph|Mail|Post|Express|Mirror|Herald|Independent|Tribune|Star|People"
                   r"|Sport|Observer|Record|Sun|Age)(?![\p{L}])")
# Romanian "luni" is Monday and the plural of "lună" (month): months after a count or a
# word that counts ("trei luni", "6 luni", "câteva luni", "ultimele luni", "ani și luni")
# and before "și ani", "de zile" or "la rând" ("luni și ani de furie", months and years).
_RO_MONTHS_BEFORE = lazy(r"(?:\d|(?<![\p{L}])(?:două|doua|trei|patru|cinci|șase|şase|sase|șapte|şapte|sapte|opt|nouă"
                         r"|noua|zece|unsprezece|douăsprezece|câteva|cateva|multe|ultimele|următoarele|urmatoarele"
                         r"|primele|câtorva|catorva|acele|aceste|ani[ \u00a0](?:și|şi|si|sau)))[ \u00a0]$",
                         regex.IGNORECASE)
# Indonesian "minggu" is a week and Sunday (Minggu): a week before "lalu" (last), "depan"
# (next), "ini" (this) and their kind, or after a count ("dua minggu", "beberapa minggu"),
# and capitalised at a sentence's start all the same ("Minggu lalu, …", last week). There
# it may still be Sunday ("pada Minggu lalu"): it excuses a weekday, it is never missed.
_ID_WEEK_AFTER = lazy(r"[ \u00a0](?:lalu|depan|ini|itu|kemarin|berikutnya|mendatang|sebelumnya|pertama|kedua|ketiga"
                      r"|keempat|terakhir|ke-?\d+)(?![\p{L}])", regex.IGNORECASE)
_ID_WEEK_BEFORE = lazy(r"(?:\d|(?<![\p{L}])(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa"
                       r"|berapa|setiap|tiap|per|akhir|awal|pertengahan|selama|dalam))[ \u00a0]$", regex.IGNORECASE)
_RO_MONTHS_AFTER = lazy(r"[ \u00a0](?:(?:și|şi|si|sau)[ \u00a0]ani|de[ \u00a0]zile|la[ \u00a0]rând)(?![\p{L}])",
                        regex.IGNORECASE)


def _weekdays(text: str, info: LocaleInfo, claims, add, folded: str | None = None) -> None:
    """Weekdays ("on Friday", "am Samstag", "na sexta-feira"): ``W5``, ``W6``… (ISO numbers),
    the day a news report names for an event."""
    if info.language == "pt" and _PT_SHORT_HINT.search(text):
        # "na sexta", "nesta segunda": the short form is also an ordinal ("a segunda vez"),
        # so it only excuses a weekday of the other side and is never missed itself.
        for match in _PT_SHORT_WEEKDAY.finditer(text):
            add(match.start(1), match.end(1), f"W{_PT_SHORT[fold(match.group(1))]}", flag="word")
    if info.language == "ja" and ("曜" in text or "（" in text or "(" in text):
        for match in _JA_SHORT_WEEKDAY.finditer(text):
            group = 1 if match.group(1) else 2
            add(match.start(group), match.end(group), f"W{_JA_DAYS[match.group(group)]}")
    if info.language in _SLAVIC_WEEKDAYS:
        if not any(stem in text for stem in _SLAVIC_STEMS[info.language]):
            return
        for match in _SLAVIC_WEEKDAYS[info.language].finditer(text):
            group = 1 if match.group(1) else 2
            word = fold(match.group(group))
            day = _SLAVIC_DAY[word[:4]]
            if _NIGHT_BEFORE.search(text, max(0, match.start(group) - 12), match.start(group)):
                # "в ночь на воскресенье": the night that ends on Sunday, Saturday's night
                add(match.start(group), match.end(group), f"W{day}", (f"W{(day - 2) % 7 + 1}",), flag="night-before")
                continue
            add(match.start(group), match.end(group), f"W{day}", flag="word" if word in _SOFT_WEEKDAYS else None)
        return
    table = weekday_names(info.tag)
    folded = text.casefold() if folded is None else folded
    tails = _weekday_tails(info.tag)
    if (tails and not any(tail in folded for tail in tails)) or not any(name in folded for name in table):
        return
    for match in _weekday_pattern(info.tag).finditer(text):
        name = match.group()
        key = fold(name)
        adverb = key not in table  # "Fridays", "montags"
        day, capital = table[key[:-1]] if adverb else table[key]
        if capital and not name[0].isupper() and not adverb:
            continue  # a lower-case word in a capitalising language
        if info.language == "en" and text.endswith("The ", 0, match.start()) and _TITLE_WORD.match(text, match.end()):
            continue  # "told The Sunday Times": a paper's title, not a day
        if info.language == "en" and _PAPER_AFTER_ARTICLE.search(text, max(0, match.start() - 4), match.start()) \
                and _PAPER_WORD.match(text, match.end()):
            # "in a Sunday Times article", "the Sunday Telegraph": the paper again, whose
            # name a translation may give word for word (星期日泰晤士报) or not (일요 타임즈):
            # it excuses the weekday and is never missed.
            add(*match.span(), f"W{day}", flag="word")
            continue
        if info.language == "ro" and key == "luni" and (
                _RO_MONTHS_BEFORE.search(text, max(0, match.start() - 16), match.start())
                or _RO_MONTHS_AFTER.match(text, match.end())):
            continue  # months, not Monday
        if info.language == "id" and key == "minggu" and (
                _ID_WEEK_AFTER.match(text, match.end())
                or _ID_WEEK_BEFORE.search(text, max(0, match.start() - 14), match.start())):
            add(*match.span(), f"W{day}", flag="word")  # a week, or maybe Sunday
            continue
        night = info.language == "en" and (_OVERNIGHT_BEFORE.search(text, max(0, match.start() - 14), match.start())
                                           or _NIGHT_AFTER.match(text, match.end()))
        add(*match.span(), f"W{day}", flag="night" if night else None)


@functools.cache
def _weekday_tails(tag: str) -> tuple[str, ...]:
    """The last three letters of a locale's weekday names, each once (English "day",
    German "tag" and "och"): a text holding a name holds its tail, so one or two substring
    tests rule most paragraphs out before the seven of the names. None where the tails
    are as many as the names (Korean, Japanese: each name is its tail)."""
    names = weekday_names(tag)
    tails = {name[-3:] for name in names}
    return tuple(sorted(tails)) if len(tails) < len(names) else ()


# The night a weekday begins ("Sunday night", "overnight on Sunday"), and the night that
# ends on one in Slavic languages ("в ночь на воскресенье", "v noci na neděli": from
# Saturday to Sunday): a report that moves a storm from one to the other changed its day.
_OVERNIGHT_BEFORE = lazy(r"\bovernight (?:on )?$", regex.IGNORECASE)
_NIGHT_AFTER = lazy(r" (?:night|overnight)\b", regex.IGNORECASE)
_NIGHT_BEFORE = lazy(r"(?:\b[ву] (?:ночь|ніч) на|\bv noci na|\bw nocy na)\s$", regex.IGNORECASE)

_SLAVIC_DAY = {"поне": 1, "втор": 2, "сред": 3, "четв": 4, "пятн": 5, "субб": 6, "воск": 7,
               "поні": 1, "вівт": 2, "сере": 3, "п'ят": 5, "п’ят": 5, "пʼят": 5, "субо": 6, "неді": 7,
               "pond": 1, "úter": 2, "stře": 3, "čtvr": 4, "páte": 5, "pátk": 5, "sobo": 6, "nedě": 7,
               "poni": 1, "wtor": 2, "środ": 3, "czwa": 4, "piąt": 5, "nied": 7}
# A weekday in any singular case ("понедельник", "в понедельник", "до понедельника", "к
# понедельнику", "перед понедельником", "в этот понедельник", "в прошлую пятницу").
# Среда is also "environment" and середа (Ukrainian) "the middle": those two count only
# after a preposition, with or without "этот", "прошлый", "следующий" between.
_RU_MODIFIER = (r"(?:(?:эт(?:от|у|о|ой|ого|ом)|т(?:от|у|ой|ого|ом)|(?:прошл|следующ|ближайш|минувш|будущ|последн"
                r"|нынешн|кажд)(?:ий|ый|ую|юю|ей|ой|его|ого|ем|ом))\s+)?")
_UK_MODIFIER = r"(?:(?:ц(?:ей|ю|ього|ієї|ьому|ій)|(?:минул|наступн|останн|кожн)(?:ий|у|ього|ої|ому|ій|ого|ю))\s+)?"


# The weekday's adjective names the day just as well: "středeční program" is the programme
# on Wednesday ("у середу"), "перед четверговим засіданням", "пятничный матч", "w piątkowym
# meczu"; each in all its cases.
_CS_WEEKDAY_ADJECTIVE = r"|(?:pondělní|úterní|středeční|čtvrteční|páteční|sobotní|nedělní)(?:ho|mu|m|ch|mi)?"
_UK_WEEKDAY_ADJECTIVE = (r"|(?:понеділков|вівторков|четвергов|п['’ʼ]ятничн|суботн|недільн)"
                         r"(?:ий|ій|ого|ього|ому|ьому|им|ім|а|я|у|ю|ої|ьої|ою|ьою|е|є|і|их|іх|ими|іми)")
_RU_WEEKDAY_ADJECTIVE = (r"|(?:понедельничн|вторничн|четвергов|пятничн|субботн|воскресн)"
                         r"(?:ый|ий|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ой|ей|ое|ее|ые|ие|ых|их|ыми|ими)")
_PL_WEEKDAY_ADJECTIVE = (r"|(?:poniedziałkow|wtorkow|środow|czwartkow|piątkow|niedzieln|sobotn)"
                         r"(?:y|ego|emu|ym|a|ą|ej|e|ych|ymi|i|iego|iemu|im|ia|ią|iej|ie|ich|imi)")


# "Last" or "next" in the feminine names the ambiguous day without a preposition: Ukrainian
# says "last Wednesday" in the genitive ("минулої середи"), Russian "прошлой среды".
_UK_TIMED = r"(?:минул|наступн|останн)(?:ої|ій|у)\s+"
_RU_TIMED = r"(?:прошл|следующ|минувш|будущ|ближайш)(?:ой|ую|ей|юю)\s+"


def _slavic_weekdays(prepositions: str, modifier: str, ambiguous: str, days: str, timed: str = "(?!)") -> regex.Pattern[str]:
    """Group 1: the ambiguous weekday after a preposition or a word for "last" or "next";
    group 2: any other weekday."""
    return lazy(rf"(?<![\p{{L}}])(?:(?:(?:{prepositions})\s+{modifier}|{timed})({ambiguous})|({days}))(?![\p{{L}}])",
                regex.IGNORECASE)


_SLAVIC_WEEKDAYS = {
    # (and a weekday that recurs, in the plural: "по пятницам", on Fridays)
    "ru": _slavic_weekdays(r"во?|на|до|со?|ко?|по|перед|за|к утру|в ночь на", _RU_MODIFIER, r"сред(?:а|у|ы|е|ой|ам|ах)",
                           r"понедельник(?:а|у|ом|е|и|ам|ах)?|вторник(?:а|у|ом|е|и|ам|ах)?|четверг(?:а|у|ом|е|и|ам|ах)?"
                           r"|пятниц(?:а|у|ы|е|ей|ам|ах)|суббот(?:а|у|ы|е|ой|ам|ах)|воскресень(?:е|я|ю|ем|ям|ях)"
                           + _RU_WEEKDAY_ADJECTIVE, _RU_TIMED),
    "uk": _slavic_weekdays(r"в|у|на|до|з|по|перед|за|від", _UK_MODIFIER, r"серед(?:а|у|и|ою|і)",
                           r"понеділ(?:ок|ка|ку|ком)|вівтор(?:ок|ка|ку|ком)|четвер(?:га|гу|гом)?"
                           r"|п['’ʼ]ятниц(?:я|ю|і|ею)|субот(?:а|у|и|і|ою)|неділ(?:я|ю|і|ею)" + _UK_WEEKDAY_ADJECTIVE,
                           _UK_TIMED),
    # Czech and Polish weekdays are words of their own in every case: no preposition needed.
    "cs": _slavic_weekdays(r"(?!)", "", r"(?!)",
                           r"pondělí|úterý|střed(?:a|u|y|ě|ou)|čtvrt(?:ek|ka|ku|kem)|pát(?:ek|ku|kem)"
                           r"|sobot(?:a|u|y|ě|ou)|neděl(?:e|i|í)" + _CS_WEEKDAY_ADJECTIVE),
    "pl": _slavic_weekdays(r"(?!)", "", r"(?!)",
                           r"poniedział(?:ek|ku|kiem)|wtor(?:ek|ku|kiem)|środ(?:a|y|ę|zie|ą)|czwart(?:ek|ku|kiem)"
                           r"|piąt(?:ek|ku|kiem)|sobot(?:a|y|ę|ą|cie)|niedziel(?:a|i|ę|ą)" + _PL_WEEKDAY_ADJECTIVE),
}
# "ve středu" is on Wednesday and in the middle (střed): it excuses a Wednesday, it is
# not looked for.
_SOFT_WEEKDAYS = frozenset({"středu"})
# What every weekday of the patterns above holds in any case (a cheap substring test
# first; after a preposition, среда and середа are in lower case).
_SLAVIC_STEMS = {"ru": ("онедельн", "торник", "торничн", "сред", "етверг", "ятниц", "ятничн", "уббот", "оскрес"),
                 "uk": ("онеділ", "івтор", "серед", "етвер", "ятниц", "ятничн", "убот", "еділ"),
                 "cs": ("ondělí", "ondělní", "terý", "terní", "třed", "tvrt", "át", "obot", "eděl"),
                 "pl": ("oniedział", "tor", "środ", "Środ", "zwart", "iąt", "obot", "iedziel")}
_PT_SHORT = {"segunda": 1, "terça": 2, "quarta": 3, "quinta": 4, "sexta": 5}
_PT_SHORT_HINT = lazy(r"segunda|terça|quarta|quinta|sexta", regex.IGNORECASE)
_PT_SHORT_WEEKDAY = lazy(r"(?<![\p{L}])(?:na|nesta|desta|da|última|próxima|Na|Nesta)[ \u00a0]"
                                  r"(segunda|terça|quarta|quinta|sexta)(?![\p{L}-])")


@functools.cache
def _weekday_pattern(tag: str) -> regex.Pattern[str]:
    names = sorted(weekday_names(tag), key=longest_first)
    # German writes the time of day into the weekday: "am Freitagabend", "Montagmorgen".
    # Chinese runs its words together: no boundary there.
    before = "" if base_language(tag) in ("zh", "ja", "ko") else r"(?<![\p{L}\p{N}-])"
    # English says a weekday that recurs in the plural: "open on Fridays" (金曜), German with
    # an adverb: "immer montags".
    plural = "s?" if base_language(tag) in ("en", "de") else ""
    return regexcache.compile(rf"{before}(?:{'|'.join(regex.escape(n) for n in names)}){plural}"
                              rf"(?=(?:morgen|abend|nachmittag|vormittag|mittag|nacht)?(?![\p{{Latin}}\p{{Cyrillic}}\p{{N}}-]))",
                              regex.IGNORECASE)


# Dates told relative to the day of writing: "yesterday", "last year", "diese Woche".
# Values: R-1d (yesterday), R+1d, R-1w, R0w (this week), R-1m, R0m, R-1y, R0y, R+1y…; a leading
# "~" marks a form that excuses the value in another version and is never missed itself.
_RELATIVE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": ((r"yesterday", "R-1d"), (r"tomorrow", "R+1d"),
           # "last night" is yesterday evening ("gestern Abend") or the night just past ("in der
           # Nacht"): it excuses another version's yesterday and is never missed itself.
           (r"last night", "~R-1d"),
           # "the preceding year" (German "Vorjahr"): the year before the one the text speaks of,
           # most often the writing's, but not always; it excuses and is never missed itself.
           (r"the (?:preceding|previous|prior) (week|month|year)", "~R-1{}"),
           # "for the last year", "the last week of March": a span, not the year before
           (r"(?<!the )last (week|month|year)(?:['’]s)?", "R-1{}"), (r"this (week|month|year)(?:['’]s)?", "R0{}"),
           (r"next (week|month|year)(?:['’]s)?", "R+1{}"), (r"(?:the )?coming (week|month|year)", "R+1{}"),
           (r"the (week|month|year) (?:to come|ahead)", "R+1{}"),
           (r"(?:earlier|later) (?:in|this) (week|month|year)|(?:earlier|later) in the (week|month|year)"
            r"|the rest of (?:the|this) (week|month|year)", "R0{}")),
    "de": ((r"gestern", "R-1d"), (r"morgen(?= )", "R+1d"),
           (r"(?:letzte[nmrs]?|vergangene[nmrs]?) (Woche|Monats?|Jahr(?:es|s)?)", "R-1{}"),
           (r"(?:diese[nmrs]?) (Woche|Monats?|Jahr(?:es|s)?)", "R0{}"),
           (r"(?:nächste[nmrs]?|kommende[nmrs]?) (Woche|Monats?|Jahr(?:es|s)?)", "R+1{}"),
           # "earlier in the week": Anfang der Woche, im Laufe dieses Jahres
           (r"(?:Anfang|Mitte|zu Beginn|früher|später|im Laufe) (?:der|dieser) (Woche)"
            r"|(?:Anfang|Mitte|zu Beginn|früher|später|im Laufe) (?:des|dieses) (Monats|Jahres)", "R0{}"),
           (r"Vorjahr(?:es|s)?", "R-1y"), (r"Vormonat(?:s)?", "R-1m"), (r"Vorwoche", "R-1w"),
           # Southern German and Austrian "this year"
           (r"heuer", "R0y"),
           # the adjectives of the year: "beim diesjährigen Event" (at this year's event)
           (r"diesjährig\p{L}{0,2}", "R0y"), (r"(?:letzt|vor)jährig\p{L}{0,2}", "R-1y"),
           (r"nächstjährig\p{L}{0,2}", "R+1y")),
    "pt": ((r"ontem", "R-1d"), (r"amanhã", "R+1d"),
           (r"(semana|mês|ano) passad[oa]", "R-1{}"), (r"últim[oa] (semana|mês|ano)", "R-1{}"),
           # with "de" and "em" run into the demonstrative: "no início deste ano", "neste mês"
           (r"(?:est[ae]|nest[ae]|dest[ae]) (semana|mês|ano)", "R0{}"), (r"próxim[oa] (semana|mês|ano)", "R+1{}"),
           (r"(semana|mês|ano) que vem", "R+1{}")),  # "no mês que vem", next month
    "es": ((r"ayer", "R-1d"), (r"mañana(?= )", "R+1d"),
           (r"(semana|mes|año) pasad[oa]", "R-1{}"), (r"(?:est[ea]) (semana|mes|año)", "R0{}"),
           (r"próxim[oa] (semana|mes|año)", "R+1{}"), (r"(semana|mes|año) que viene", "R+1{}"),
           # "a principios de año" (earlier this year): the year, with no demonstrative, is this one
           (r"(?:principios|comienzos|inicios|mediados|finales) de (semana|mes|año)(?! pasad| que viene)", "R0{}")),
    "fr": ((r"hier", "R-1d"), (r"demain", "R+1d"),
           (r"(semaine|mois|année|an) derni(?:er|ère)", "R-1{}"),
           (r"(semaine|mois|année) précédente?", "R-1{}"), (r"(?:cette|ce|cet) (semaine|mois|année)", "R0{}"),
           (r"(semaine|mois|année|an) prochaine?", "R+1{}"),  # "l'an prochain"
           # "earlier in the week": en début de semaine, dans le courant du mois (German
           # "zu Beginn der Woche", "im Laufe dieses Monats"); one with its own "next" or
           # "last", or a named month or year ("au début du mois d'octobre"), is that one.
           (r"(?:en|au) début (?:de la |de |du |d'|d’)(semaine|mois|année)"
            r"(?! (?:prochaine?|derni(?:er|ère)|précédente?|suivante?|passée?|de |d'|d’|\d))"
            r"|dans le courant (?:de la |du |de l'|de l’)(semaine|mois|année)"
            r"(?! (?:prochaine?|derni(?:er|ère)|précédente?|suivante?|passée?|de |d'|d’|\d))", "R0{}")),
    # Written without spaces or before a particle: read without word boundaries. 明日
    # (tomorrow) is left out in Japanese: it starts names (明日香).
    "ja": ((r"(?<!一)昨日", "R-1d"), (r"今年|本年", "R0y"), (r"(?<!一)昨年|去年", "R-1y"),
           (r"来年|次の年", "R+1y"),  # (次の年, "the next year", as the English says it)
           # 年明け (the turn of the year) is the start of the next year: "at the beginning of next year".
           (r"年明け", "R+1y"),
           (r"今月", "R0m"), (r"先月", "R-1m"), (r"来月", "R+1m"), (r"今週", "R0w"), (r"先週", "R-1w"),
           (r"来週", "R+1w"),
           # "earlier in the week" told of the story's week: その週 (that week), 週の初め.
           (r"(?:その|同じ|同)週(?!末)|週の(?:初め|はじめ|前半)|週初め", "R0w"),
           # "the next month", "the year ahead": a stretch of time from the day of writing.
           (r"(?:次の|今後)[1１一](?:ヶ月|か月|カ月|ヵ月)", "R+1m"), (r"(?:次の|今後)[1１一]年", "R+1y"),
           (r"(?:次の|今後)[1１一]週", "R+1w")),
    "zh": ((r"昨天|昨日", "R-1d"), (r"明天", "R+1d"), (r"今年|本年", "R0y"), (r"去年", "R-1y"), (r"明年", "R+1y"),
           (r"本月|这个月|這個月", "R0m"), (r"上个月|上個月|上月", "R-1m"), (r"下个月|下個月|下月", "R+1m"),
           # 上周六 is "last Saturday", a weekday; 下周末 "next weekend".
           (r"(?:本周|本週|这周|這週)(?![一二三四五六日天末])", "R0w"), (r"(?:上周|上週)(?![一二三四五六日天末])", "R-1w"),
           (r"(?:下周|下週)(?![一二三四五六日天末])", "R+1w"),
           # and with the spoken word for the week, 星期 ("下个星期", next week)
           (r"(?:这个|這個|本)星期(?![一二三四五六日天])", "R0w"), (r"(?:上个|上個|上)星期(?![一二三四五六日天])", "R-1w"),
           (r"(?:下个|下個|下)星期(?![一二三四五六日天])", "R+1w"),
           (r"(?:当周|當週|那周|那週|该周|該週|同周)(?![一二三四五六日天末])|(?:本|这|這)?周初|(?:本|这|這)?週初", "R0w"),
           (r"(?:接下来|接下來|未来|未來)的?[一1]个?月", "R+1m"), (r"(?:接下来|接下來|未来|未來)的?[一1]年", "R+1y"),
           (r"(?:接下来|接下來|未来|未來)的?[一1]周", "R+1w")),
    "ko": ((r"어제", "R-1d"), (r"내일", "R+1d"), (r"올해|금년", "R0y"), (r"작년|지난해", "R-1y"), (r"내년", "R+1y"),
           # 이달 and 내달 are this month and next month in short; 앞으로 한 달 ("the month
           # ahead") a stretch from the day of writing, as Japanese 今後1ヶ月.
           (r"이번 ?달|이달", "R0m"), (r"지난 ?달", "R-1m"), (r"다음 ?달|내달|앞으로 ?(?:한|1) ?달", "R+1m"),
           (r"이번 ?주", "R0w"),
           (r"지난 ?주", "R-1w"), (r"다음 ?주", "R+1w")),
    # Hausa: "bana" (this year), "bara" (last year), "badi" (next year), "makon nan" (this
    # week), "makon jiya" (last week, "the week of yesterday"), "mako mai zuwa" (the week
    # that is coming), the same of "wata" (month; "ranar 4 ga watan gobe", the 4th of next
    # month, one date), and "jiya" (yesterday) alone. Not "gobe" alone: "gobe kiyama" is
    # the Day of Judgement.
    "ha": ((r"(?<!ta )bana", "R0y"), (r"bara", "R-1y"), (r"badi", "R+1y"),
           (r"(?:shekarar|shekara) (?:da ta gabata|bara)", "R-1y"), (r"(?:wannan|a) shekarar?(?= |$)(?! da)", "~R0y"),
           (r"makon (?:nan|da muke ciki)|wannan makon", "R0w"), (r"makon (?:jiya|da ya gabata)", "R-1w"),
           (r"(?:mako|makon) (?:mai zuwa|gobe)", "R+1w"),
           (r"watan (?:nan|da muke ciki)|wannan watan", "R0m"), (r"watan (?:jiya|da ya gabata)", "R-1m"),
           (r"(?:\d{1,2} ga )?(?:wata|watan) (?:mai zuwa|gobe)", "R+1m"),
           (r"(?<!makon |watan |shekaran)jiya", "R-1d")),
    # Hungarian: "tegnap" (yesterday, not "tegnapelőtt"), "holnap" (tomorrow), "tavaly" (last
    # year), "idén" (this year), "jövőre" (next year), and the week ("héten", in the week:
    # "hét" alone is also seven), the month and the year after "múlt" (last), "jövő" (next),
    # "ebben a" or "e" (this), with the adjective's ending ("tavalyi", "idei", "múlt heti")
    # or a case's ("tegnapig", until yesterday). The part of one told ("a hónap elején",
    # early in the month: "earlier this month") may be of a month the story named before: it
    # excuses and is never missed itself.
    "hu": ((r"tegnap(?:i|it|ig|tól|ra)?", "R-1d"), (r"holnap(?:i|it|ig|tól|ra)?", "R+1d"),
           (r"tavaly(?:i|it)?|(?:a )?múlt (?:évben|évi|év)", "R-1y"), (r"idén|idei|ebben az évben", "R0y"),
           (r"jövőre|(?:a )?jövő (?:évben|évi|év)", "R+1y"),
           (r"(?:a )?múlt (?:héten|heti|hét)", "R-1w"), (r"(?:a )?jövő (?:héten|heti|hét)", "R+1w"),
           (r"(?:ezen a|e) héten", "R0w"),
           (r"(?:a )?múlt (?:hónapban|havi|hónap)", "R-1m"), (r"(?:a )?jövő (?:hónapban|havi|hónap)", "R+1m"),
           (r"(?:ebben a|e) hónapban", "R0m"),
           (r"(?:a|e) hét (?:elején|végén|közepén|folyamán|során)|a héten", "~R0w"),
           (r"(?:a|e) hónap (?:elején|végén|közepén|folyamán|során)", "~R0m"),
           (r"(?:az|e) év (?:elején|végén|közepén|folyamán|során)", "~R0y")),
}
_UNBOUNDED = frozenset({"ja", "zh", "ko"})
_UNITS = {"week": "w", "month": "m", "year": "y", "woche": "w", "monat": "m", "monats": "m", "jahr": "y",
          "jahres": "y", "jahrs": "y", "semana": "w", "mês": "m", "mes": "m", "ano": "y", "año": "y",
          "semaine": "w", "mois": "m", "année": "y", "an": "y"}


RELATIVE_LANGUAGES = frozenset(_RELATIVE)
# (An ICU plural's case opens a message too: "one {Morgen gießen}".)
_SENTENCE_START = lazy(r"(?:^|[.!?:;\x22„“”»«(–{-])[ \u00a0]*$")
_MORNING = lazy(r"(?:\b(?:am|Am|jeden|heute|gestern|den|der|des|einem|diesen|dem|vom|bis|zum|im)|\p{L}+en) $")


@functools.cache
def _relative_patterns(language: str) -> tuple[regex.Pattern[str], tuple[tuple[regex.Pattern[str], str], ...]]:
    """The language's relative-date patterns, and one pattern that matches wherever any
    of them does (their alternation): a text it misses holds none of them, and one search
    is much cheaper than a dozen."""
    if language in _UNBOUNDED:
        sources, flags = [pattern for pattern, _ in _RELATIVE[language]], 0
    else:
        sources = [rf"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])" for pattern, _ in _RELATIVE.get(language, ())]
        flags = regex.IGNORECASE
    patterns = tuple((regexcache.compile(source, flags), value)
                     for source, (_, value) in zip(sources, _RELATIVE.get(language, ())))
    gate = regexcache.compile("|".join(f"(?:{source})" for source in sources) or r"(?!)", flags)
    return gate, patterns


# A word every relative date of a language holds (each of its patterns has one in every
# branch): a paragraph whose case-folded text has none of them skips the gate, whose
# alternation of every pattern is tried at each word (regex's IGNORECASE matches a letter
# only where its case folding is that letter, so the substring test misses no match; a
# test checks both facts).
RELATIVE_NEEDLES = {"en": ("week", "month", "year", "yesterday", "tomorrow", "ght"),  # ("night": İ folds apart)
                    "de": ("gestern", "morgen", "woche", "monat", "jahr", "heuer", "jähr")}


def _relative(text: str, info: LocaleInfo, add, folded: str | None = None) -> None:
    needles = RELATIVE_NEEDLES.get(info.language)
    if needles is not None:
        folded = text.casefold() if folded is None else folded
        if not any(needle in folded for needle in needles):
            return
    gate, patterns = _relative_patterns(info.language)
    if not gate.search(text):
        return
    for pattern, value in patterns:
        for match in pattern.finditer(text):
            # The word right before is enough (a window, not the text from its start:
            # a long paragraph of "morgen"s stays linear).
            if value == "R+1d" and _MORNING.search(text, max(0, match.start() - 40), match.start()):
                continue  # "am Morgen", "heute Morgen": the morning, not tomorrow
            if value == "R+1d" and info.language == "de" and text[match.start()].isupper() \
                    and not _SENTENCE_START.search(text, max(0, match.start() - 4), match.start()):
                continue  # German writes the adverb "morgen" in lower case: "Morgen" is a noun (10.000 Morgen, acres)
            word = next((group for group in match.groups() if group), None)
            unit = _UNITS.get(fold(word)) if word else None
            # In Chinese, Japanese and Korean the week, month or year of writing is said
            # where English leaves it implied ("a quieter week" is 今週は…, "the year ahead"
            # 今後1年間, 今年1月 "in early January"): those forms satisfy the other
            # version's "this week" or 2021, and are not missed themselves.
            soft = value.startswith("~")
            value = value.lstrip("~")
            add(*match.span(), value.format(unit) if "{}" in value else value,
                flag="word" if info.language in _UNBOUNDED or soft else None)


# Quarters named with an ordinal word: "im dritten Quartal 2024" = "Q3 2024".
_QUARTER_WORD = lazy(
    r"(?<![\p{L}\p{N}])(?P<n>first|second|third|fourth|erste[nmrs]?|zweite[nmrs]?|dritte[nmrs]?|vierte[nmrs]?"
    r"|primeiro|segundo|terceiro|quarto|primer|tercer|cuarto|premier|deuxième|troisième|quatrième"
    r"|primo|secondo|terzo|quarto)[ \u00a0](?:quarter|Quartal|trimestre)"
    r"(?:[ \u00a0]+(?:of[ \u00a0]+|de[ \u00a0]+|del[ \u00a0]+|des[ \u00a0]+Jahres[ \u00a0]+)?(?P<year>\d{4}))?(?![\p{L}\p{N}])",
    regex.IGNORECASE)
_QUARTER_NUMBER = {"first": 1, "erste": 1, "primeiro": 1, "primer": 1, "premier": 1, "primo": 1,
                   "second": 2, "zweite": 2, "segundo": 2, "deuxième": 2, "secondo": 2,
                   "third": 3, "dritte": 3, "terceiro": 3, "tercer": 3, "troisième": 3, "terzo": 3,
                   "fourth": 4, "vierte": 4, "quarto": 4, "cuarto": 4, "quatrième": 4}


# Slavic quarters: an ordinal in any case before the quarter's word in any case ("ve
# čtvrtém čtvrtletí", "v prvním kvartálu", "у третьому кварталі", "w drugim kwartale").
SLAVIC_QUARTER_NEEDLES = ("tvrtlet", "kvart", "квартал", "kwarta", "štvrťro", "tromjese")
_SLAVIC_QUARTER_HINT = lazy("|".join(SLAVIC_QUARTER_NEEDLES), regex.IGNORECASE)  # (after the needles, in C)
_SLAVIC_QUARTER = lazy(
    r"(?<![\p{L}])(?P<n>prvn\p{L}{0,3}|druh\p{L}{0,3}|třetí\p{L}{0,2}|čtvrt[ée]\p{L}{0,2}|prv\p{L}{0,3}|tret\p{L}{0,3}"
    r"|treć\p{L}{0,3}|četvrt\p{L}{0,3}"  # Croatian: u drugom tromjesečju, u četvrtom kvartalu
    r"|štvrt\p{L}{0,3}|перш\p{L}{0,3}|друг\p{L}{0,3}|трет\p{L}{0,4}|четв[её]рт\p{L}{0,3}|перв\p{L}{0,3}"
    r"|втор\p{L}{0,3}|pierwsz\p{L}{0,3}|drug\p{L}{0,3}|trzec\p{L}{0,3}|czwart\p{L}{0,3})[ \u00a0]"
    r"(?:čtvrtletí\p{L}{0,2}|kvartál\p{L}{0,2}|štvrťro\p{L}{0,3}|квартал\p{L}{0,2}|kwarta\p{L}{0,3}"
    r"|tromjesečj\p{L}{0,2}|kvartal\p{L}{0,2})"
    r"(?:[ \u00a0]+(?:roku[ \u00a0]+|року[ \u00a0]+|года[ \u00a0]+)?(?P<year>\d{4}))?(?![\p{L}\p{N}])",
    regex.IGNORECASE)
_SLAVIC_QUARTER_NUMBER = {"prv": 1, "пер": 1, "pie": 1, "dru": 2, "дру": 2, "вто": 2, "tře": 3, "tre": 3, "тре": 3,
                          "trz": 3, "čtv": 4, "štv": 4, "чет": 4, "czw": 4, "čet": 4}  # treć/tret: "tre"


# Nordic quarters: an ordinal word in any case before the quarter of the year ("fyrir annan
# ársfjórðung", "á öðrum ársfjórðungi", "i andra kvartalet", "i tredje kvartal").
NORDIC_QUARTER_NEEDLES = ("ársfjórðung", "kvartal")
_NORDIC_QUARTER = lazy(
    r"(?<![\p{L}])(?P<n>fyrst[aiu]|fyrsta|annan|annar|annars|öðrum|öðr[ua]|þriðj[aiu]|fjórð[aiu]"
    r"|første|först[ae]|andet|andre|andra|tredje|fjerde|fjärde)[ \u00a0]"
    r"(?:ársfjórðung\p{L}{0,3}|kvartal\p{L}{0,3})"
    r"(?:[ \u00a0]+(?:ársins[ \u00a0]+|år[ \u00a0]+)?(?P<year>\d{4}))?(?![\p{L}\p{N}])",
    regex.IGNORECASE)
_NORDIC_QUARTER_NUMBER = {"fyr": 1, "før": 1, "för": 1, "ann": 2, "öðr": 2, "and": 2, "þri": 3, "tre": 3,
                          "fjó": 4, "fje": 4, "fjä": 4}


# Chinese, Japanese and Korean quarters: 第4四半期, 第四四半期, 第三季度, 3분기 (2024年第3四半期 = 2024-Q3).
_CJK_QUARTER = lazy(
    r"(?:(?P<year>\d{4})[ ]?(?:年|년)?[ ]?(?:の|度)?[ ]?)?(?:第|제)?[ ]?(?P<n>[1-4１-４一二三四])[ ]?(?:四半期|季度|분기)")
_CJK_QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "１": 1, "２": 2, "３": 3, "４": 4,
                       "一": 1, "二": 2, "三": 3, "四": 4}


@functools.cache
def _ordinal_day_pattern(tag: str) -> regex.Pattern[str] | None:
    """A day of the month written as an ordinal word before the month ("níunda janúar")."""
    ordinals = DAY_ORDINALS.get(locale_info(tag).language)
    if not ordinals:
        return None
    words = "|".join(regex.escape(w) for w in sorted(ordinals, key=longest_first))
    months = "|".join(regex.escape(n) for n in _pattern_names(tag))
    return regexcache.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<day>{words})[ \u00a0]+(?P<month>{months})(?![\p{{L}}\p{{M}}])"
                              rf"(?:[ \u00a0]+(?P<year>\d{{4}})(?!\p{{N}}))?", regex.IGNORECASE)


def _ordinal_days(text: str, info: LocaleInfo, add) -> None:
    pattern = _ordinal_day_pattern(info.tag)
    if pattern is None:
        return
    ordinals, months = DAY_ORDINALS[info.language], info.month_names
    for match in pattern.finditer(text):
        month = months.get(fold(match.group("month")))
        value = _iso(match.group("year"), month, str(ordinals[fold(match.group("day"))])) if month else None
        if value:
            add(*match.span(), value)


@functools.cache
def _cldr_quarters(tag: str) -> regex.Pattern[str] | None:
    """CLDR's quarter names in words of a locale as one pattern ("चौथी तिमाही")."""
    # Names with a figure ("4th quarter", "4. Quartal", 第4四半期) are read with their year
    # by the patterns for figures; CLDR's ordinal words ("चौथी तिमाही") only here.
    names = [(name, n) for name, n in locale_info(tag).quarters if not any(ch.isdigit() for ch in name)]
    if not names:
        return None
    alternatives = "|".join(regex.escape(name) for name, _ in sorted(names, key=lambda n: longest_first(n[0])))
    return regexcache.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{M}}\p{{N}}])", regex.IGNORECASE)


def _quarter_words(text: str, info: LocaleInfo, add, folded: str | None = None) -> None:
    _named_quarters(text, add, folded)
    # Last: the patterns above read a year with the quarter (2024年第四季度 = 2024-Q4).
    pattern = _cldr_quarters(info.tag)
    if pattern is not None:
        numbers = dict(info.quarters)
        for match in pattern.finditer(text):
            add(*match.span(), f"Q{numbers[fold(match.group())]}")


def _named_quarters(text: str, add, folded: str | None = None) -> None:
    if "四半期" in text or "季度" in text or "분기" in text:
        for match in _CJK_QUARTER.finditer(text):
            _add_quarter(match, _CJK_QUARTER_NUMBER[match.group("n")], add)
    folded = text.casefold() if folded is None else folded
    if any(needle in folded for needle in SLAVIC_QUARTER_NEEDLES) and _SLAVIC_QUARTER_HINT.search(text):
        for match in _SLAVIC_QUARTER.finditer(text):
            _add_quarter(match, _SLAVIC_QUARTER_NUMBER[match.group("n")[:3].lower()], add)
    if any(needle in folded for needle in NORDIC_QUARTER_NEEDLES):
        for match in _NORDIC_QUARTER.finditer(text):
            _add_quarter(match, _NORDIC_QUARTER_NUMBER[match.group("n")[:3].lower()], add)
    if "uarter" not in text and "uartal" not in text and "rimestre" not in text:
        return
    for match in _QUARTER_WORD.finditer(text):
        word = fold(match.group("n"))
        _add_quarter(match, _QUARTER_NUMBER.get(word) or _QUARTER_NUMBER.get(word[:-1]), add)


def _add_quarter(match, quarter: int | None, add) -> None:
    """A quarter named by `match` (its group ``year``, if any, the year's): ``2024-Q3`` or ``Q3``."""
    year = match.group("year")
    add(*match.span(), f"{year}-Q{quarter}" if year else f"Q{quarter}")


# Month names that are also everyday words in the locale: count them only capitalised.
_ENGLISH_ONLY: dict[str, tuple[str, ...]] = {"pt": ("mar", "set", "out"), "es": ("mar",), "it": ("mar",)}


def _numeric_range(match, add) -> None:
    """A range of day-first numeric dates whose first end is short ("1. do 8. 7. 2022",
    "1.7. do 8.7.2022"): one value for a range within a month, as its month-name form."""
    year, month = match.group("year"), int(match.group("m2"))
    first_month = int(match.group("m1") or month)
    day1, day2 = int(match.group("d1")), int(match.group("d2"))
    if not (1 <= month <= 12 and 1 <= first_month <= 12 and 1 <= day1 <= 31 and 1 <= day2 <= 31):
        return
    if match.group("m1") is None:
        if day1 < day2:
            add(*match.span(), f"{year}-{month:02d}-{day1:02d}/{year}-{month:02d}-{day2:02d}")
        return
    add(match.start("d1"), match.end("m1") + 1, f"--{first_month:02d}-{day1:02d}")
    add(match.start("d2"), match.end(), f"{year}-{month:02d}-{day2:02d}")


def _numeric(match, info: LocaleInfo, add, day_first: bool = False) -> None:
    first, _, second, year = match.groups()
    if len(year) == 2:
        return  # "3.4.24" is as likely a version as a date
    a, b = int(first), int(second)
    day, month = (b, a) if info.tag in _MONTH_FIRST and not day_first else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        day, month = month, day
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return
        add(*match.span(), f"{year}-{month:02d}-{day:02d}")
        return
    value = f"{year}-{month:02d}-{day:02d}"
    if 1 <= day <= 12 and day != month and not day_first:
        add(*match.span(), value, (f"{year}-{day:02d}-{month:02d}",), "ambiguous")
    else:
        add(*match.span(), value)
