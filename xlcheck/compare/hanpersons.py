"""Chinese person names in Han characters that an English version lost or cut short.

Running Chinese marks no word boundaries, so a person's name is found only where nothing
is guessed: a frequent surname (single or double) and one or two characters more, closed
by a title, a role or a verb of speech right after it (白金海书记, 何莹：, 吴桂英说), or repeated in
the document always with the same characters after the surname (白金海 six times), and
opened or closed by such a word or a role (巡视员白金海, 患者何莹). Such a name reaches English
by its Mandarin reading ("Bai Jinhai"), which `pinyin` reads from the characters.

An English version that reads the name in another paragraph, or that keeps a piece of its
reading where the name stood, shows that the name is a Chinese one it renders in pinyin;
the name is then lacking from its paragraph when that paragraph holds

- its given name without the surname ("General Secretary Jin Ping" for 习近平),
- a word that is not the name's reading before the reading of its last character
  ("Platinum hai" for 白金海: the first characters made common words),
- the surname and the given name's first character only, of a three-character name the
  Chinese closes ("Li Xue host" for 李雪主),
- nothing of it at all, no other romanisation and no pronoun, while another paragraph of
  the English document writes the name in full.

Japanese, Korean, Vietnamese and Western names written in Han characters reach English
by other spellings; their paragraphs hold no piece of a pinyin reading, so they are left
alone (金主爱 "Kim Ju Ae", 岸田文雄 "Kishida").
"""

from __future__ import annotations

import functools
import itertools

import regex

from xlcheck.compare.context import Candidate, Context, Group, name_lacking
from xlcheck.compare.pinyin import (
    COMMON_SURNAMES,
    ENGLISH_LOOKALIKES,
    PINYIN_SYLLABLES,
    chinese_and_english,
    han_readings,
    syllable_sketch,
)
from xlcheck.compare.places import place_keys
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

_DOUBLE_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙",
                    "宇文", "夏侯", "轩辕", "端木", "司徒", "西门", "南宫", "独孤", "申屠", "呼延", "闻人")
# Words that close a person's name when they follow it: titles, roles, speech.
_AFTER = ("先生", "女士", "教授", "主席", "总统", "部长", "市长", "记者", "局长", "书记", "院士", "博士", "总理",
          "发言人", "主任", "董事长", "总裁", "经理", "省长", "县长", "区长", "镇长", "村长", "厅长", "处长",
          "校长", "院长", "所长", "社长", "会长", "理事长", "秘书长", "主编", "大使", "同志", "委员", "总经理",
          "副主席", "副总理", "副部长", "副市长", "副省长", "总书记", "老师", "医生", "律师", "教练", "队长",
          "表示", "说", "称", "指出", "介绍", "认为", "强调", "告诉")
# The titles of _AFTER (not the verbs of speech, which follow other subjects as well).
_TITLES = _AFTER[:_AFTER.index("表示")]
# Words that open a person's name when they precede it: roles (a surname after them is a name).
_BEFORE = ("巡视员", "记者", "患者", "书记", "主任", "市长", "省长", "县长", "局长", "部长", "总理", "主席",
           "总统", "教授", "院士", "博士", "董事长", "总裁", "经理", "发言人", "导演", "演员", "歌手", "作家",
           "选手", "运动员", "专家", "创始人", "负责人", "村民", "市民", "网友", "老师", "医生", "律师",
           "委员", "厅长", "处长", "校长", "院长", "所长", "社长", "会长", "总经理", "总书记", "同志", "大使")
# Punctuation before a name (a name opens there) and after it (the name ends there; not an
# opening quotation mark, which follows a verb: 殷飞用“飙戏”一词).
_OPEN = set("，。、；：:！？（(“\"《 \n")
_CLOSE = set("，。、；：:！？）)” \n")
# Characters that end the names of places and bodies, not of persons (龙溪河 "Longxi River").
_GENERIC = set("河湖路街道村镇乡县市区省州岛港湾桥寺庙院校馆园城楼厂站局所司社店门")
# Characters that never end a given name: the particles and verbs that follow names most.
_NOT_GIVEN = set("的了是在和与及或等都也就还又被把对向从为将于说称表指介认强告曾已所而之其这那个们他她它我你年月日号人市省县区部委会")
_HAN = lazy(r"\p{Han}")
_CAP_WORD = lazy(r"(?<![\p{L}\p{M}'’])\p{Lu}\p{Ll}*(?:-\p{L}+)*(?![\p{L}\p{M}])")
_WORD = lazy(r"(?<![\p{L}\p{M}])\p{L}+(?![\p{L}\p{M}])")
_PRONOUN = lazy(r"(?i)(?<![\p{L}])(?:he|she|his|her|him|hers|himself|herself)(?![\p{L}])")


# Surnames beyond round 135's 149 (about 200 in all), leaving out those that open common
# words (路, 管, 成, 车, 连).
_MORE_SURNAMES = "习洪游卫季谷费霍苗甄邬臧蒲裴辛阎柴滕冉佟卜鲍蔺栾祁屈戚揭喻储褚骆麦隋邸巩郎栗匡穆晏卓荆刁阙岑芮涂钮仇蓝"


def _surname_at(text: str, i: int) -> int:
    """The length of a frequent surname at text[i] (0 when none)."""
    if text[i:i + 2] in _DOUBLE_SURNAMES:
        return 2
    return 1 if text[i] in COMMON_SURNAMES or text[i] in _MORE_SURNAMES else 0


def _han(ch: str) -> bool:
    return bool(_HAN.match(ch))


def _ends_there(document: str, name: str) -> bool:
    """Whether a three-character string repeats with the same two characters before its
    last every time, and is followed by different characters, or punctuation, so that
    the name ends there (白金海被, 白金海严重, 白金海身为; not 彭懿精装 twice, 兰州交大 twice)."""
    at = [m.end() for m in regex.finditer(regex.escape(name), document)]
    if len(at) < 2 or len(at) != document.count(name[:-1]):
        return False
    after = {document[i:i + 1] for i in at}
    return len(after) > 1 or bool(after & _CLOSE) or after == {""}


@functools.lru_cache(maxsize=8)
def document_names(document: str) -> dict[str, int]:
    """The Chinese persons' names a document writes (name -> surname length), as the
    module's note says: a surname and one or two characters more, not inside a word
    (after punctuation, at the start, or after a role), closed by a title or a verb of
    speech, or by punctuation after a role, or repeated with the same characters after
    its surname every time."""
    out: dict[str, int] = {}
    closed: set[str] = set()
    for i in range(len(document)):
        s = _surname_at(document, i)
        if not s:
            continue
        role = document[:i].endswith(_BEFORE)
        opened = i == 0 or document[i - 1] in _OPEN or role
        for n in (1, 2):
            end = i + s + n
            name = document[i:end]
            given = name[s:]
            if (len(name) < s + n or not all(_han(c) and c not in _NOT_GIVEN for c in given) or (
                    n == 2 and given[-1] in _GENERIC)
                    or given.startswith(_AFTER) or given.startswith(_BEFORE)):
                break
            rest = document[end:]
            if rest.startswith("委员会"):
                break  # (a committee's name: 国家安全委员会)
            if rest.startswith(_TITLES) or opened and rest.startswith(_AFTER):
                out.setdefault(name, s)  # (a title closes a name even inside a clause: 落实习近平总书记)
                closed.add(name)
                break
            if not opened:
                continue
            bounded = not rest or rest[0] in _CLOSE
            repeated = n == 2 and _ends_there(document, name)
            if (role and bounded) or repeated:
                out.setdefault(name, s)
                break
    # A name closed by a title or a verb somewhere is the name where a character more
    # follows it elsewhere (殷飞说, so not 殷飞用 in 导演殷飞用“飙戏”一词).
    # A place CLDR or the gazetteer names is no person, whatever title follows it (韩国总统,
    # 白宫发言人).
    return {name: s for name, s in out.items()
            if (name in closed or name[:-1] not in closed) and not place_keys("zh", name)}


def person_names(text: str, document: str) -> list[tuple[int, str, int]]:
    """(offset, name, surname length) of each name of `document_names` a text writes,
    the longer first where one holds another."""
    names = document_names(document)
    out = []
    for name in sorted(names, key=len, reverse=True):
        for m in regex.finditer(regex.escape(name), text):
            if not any(a <= m.start() < a + len(n) for a, n, _ in out):
                out.append((m.start(), name, names[name]))
    return sorted(out)


@functools.cache
def _spellings(chars: str) -> frozenset[str]:
    """Every toneless pinyin spelling of a run of characters, letters only."""
    return frozenset("".join(p) for p in itertools.product(*(han_readings(c) for c in chars)))


def _capital_runs(text: str) -> list[list[tuple[int, str]]]:
    """Runs of capitalised words (offset, lower-case letters) separated by spaces only."""
    runs: list[list[tuple[int, str]]] = []
    last_end = -2
    for m in _CAP_WORD.finditer(text):
        word = m.group().replace("-", "").lower()
        if runs and text[last_end:m.start()] in (" ", "\u00a0"):
            runs[-1].append((m.start(), word))
        else:
            runs.append([(m.start(), word)])
        last_end = m.end()
    return runs


def _spelt(runs: list[list[tuple[int, str]]], spellings: frozenset[str]) -> bool:
    """Whether some words in a row of a run spell one of `spellings`."""
    for run in runs:
        for a in range(len(run)):
            joined = ""
            for b in range(a, min(a + 3, len(run))):
                joined += run[b][1]
                if joined in spellings:
                    return True
    return False


def _sounds_like(runs: list[list[tuple[int, str]]], name: str) -> bool:
    """Whether words in a row sound like the name syllable by syllable (Wade-Giles and
    other romanisations: 张伦 "Chang Lun"), each word one syllable's initial class and coda."""
    want = [{syllable_sketch(r) for r in han_readings(c)} for c in name]
    for run in runs:
        words = [w for _, w in run]
        for a in range(len(words) - len(want) + 1):
            if all(syllable_sketch(w) in wanted for w, wanted in zip(words[a:a + len(want)], want)):
                return True
    return False


def _given_alone(runs: list[list[tuple[int, str]]], name: str, s: int) -> bool:
    """The given name of two characters written without the surname before it ("Jin Ping",
    "Jinping" for 习近平)."""
    given, surname = _spellings(name[s:]), _spellings(name[:s])
    if len(name) - s < 2:
        return False
    for run in runs:
        for a in range(len(run)):
            joined = ""
            for b in range(a, min(a + 2, len(run))):
                joined += run[b][1]
                if joined in given and not (a and run[a - 1][1] in surname):
                    return True
    return False


def _tail_left(english: str, name: str, stray: frozenset[str]) -> bool:
    """A capitalised word that reads no part of the name followed by the reading of the
    name's last character in lower case, a pinyin syllable the English document writes
    nowhere else ("Platinum hai" for 白金海)."""
    last = set(han_readings(name[-1]))
    head = _spellings(name[:-1]) | {r for c in name[:-1] for r in han_readings(c)}
    for m in regex.finditer(r"(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \u00a0](\p{Ll}+)(?![\p{L}])", english):
        word, tail = m.group(1).lower(), m.group(2)
        if tail in last and tail in PINYIN_SYLLABLES and tail not in ENGLISH_LOOKALIKES and tail in stray and word not in head:
            return True
    return False


def _cut_short(runs: list[list[tuple[int, str]]], name: str, s: int) -> bool:
    """The surname and the first character of a two-character given name, the run of
    capitalised words ending there ("Li Xue host", "Li Xue Master" for 李雪主)."""
    if len(name) - s != 2:
        return False
    head, whole = _spellings(name[:-1]), _spellings(name)
    for run in runs:
        words = [w for _, w in run]
        for a in range(len(words)):
            for b in (a + 1, a + 2):
                if b <= len(words) and "".join(words[a:b]) in head and (
                        b == len(words) or "".join(words[a:b + 1]) not in whole):
                    return len(words[a:b]) >= 2 or s == 1 and len(words[a]) > 3
    return False


@functools.lru_cache(maxsize=8)
def _document_runs(text: str) -> list[list[tuple[int, str]]]:
    return _capital_runs(text)


@functools.lru_cache(maxsize=8)
def _stray_syllables(text: str) -> frozenset[str]:
    """Lower-case words of an English document that only ever follow a capitalised word:
    pinyin left of a name, not English words."""
    after_capital = {m.group(1) for m in regex.finditer(r"(?<![\p{L}])\p{Lu}\p{Ll}+[ \u00a0](\p{Ll}+)(?![\p{L}])", text)}
    elsewhere = {m.group(1) for m in regex.finditer(r"(?<![\p{L}])(?:[^\p{Lu}\s]\p{L}*|\p{Ll}+)[ \u00a0](\p{Ll}+)(?![\p{L}])", text)}
    opening = {m.group(1) for m in regex.finditer(r"(?:^|[\n.:;!?] )(\p{Ll}+)(?![\p{L}])", text)}
    return frozenset(after_capital - elsewhere - opening)


def han_person_names(ctx: Context, g: int, group: Group, docs: list[int]) -> list[Candidate]:
    """Chinese persons' names (see the module's note) that the English version of a pair
    lost or cut short, each lacking from the English version."""
    out: list[Candidate] = []
    for k, o, chinese in chinese_and_english(ctx, group, docs):
        names = person_names(chinese, ctx.documents[k].text)
        if not names:
            continue
        english = ctx.text(o, group)
        document = ctx.documents[o].text
        runs = _capital_runs(english)
        seen = set()
        for at, name, s in names:
            if name in seen:
                continue
            seen.add(name)
            whole = _spellings(name)
            if _spelt(runs, whole) or _sounds_like(runs, name) or name in english:
                continue
            lost = (_given_alone(runs, name, s) or _tail_left(english, name, _stray_syllables(document))
                    or _cut_short(runs, name, s))
            if not lost and (_spelt(_document_runs(document), whole)
                             or _tail_left(document, name, _stray_syllables(document))):
                lost = not (_spelt(runs, _spellings(name[:s])) or _spelt(runs, _spellings(name[s:]))
                            or _PRONOUN.search(english))
            if not lost:
                continue
            start = ctx.document_offset(k, group, at)
            inv = Invariant("name", name, name, start, start + len(name), (), "han-person")
            out.append(name_lacking(g, docs, o, k, name, inv))
    return out

