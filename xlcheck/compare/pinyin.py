"""Chinese names an English version writes in pinyin, checked against how the Chinese
version reads.

A Chinese person's name reaches English by its Mandarin reading: 白金海 is "Bai Jinhai",
王毅 "Wang Yi". A translation that writes another name in pinyin form (李雪主 "Li Shi",
王礼稳 "Wang Lijing", 邬娜 "Zou Na") has renamed the person, and an English source's
"Wang Yi" that the Chinese translation no longer reads anywhere in its paragraph was
dropped or renamed. The readings come from `pypinyin`, imported only when a Chinese and an
English version meet, with every reading of a character (单 is dan, shan and chan), so a
name is held when any reading of a run of characters spells it.

Only a name that is pinyin through and through, as the mainland writes it, is read: two
capitalised words, a common surname's reading and a given name of one or two syllables
("Bai Jinhai", "Wang Yi"), with no third word of pinyin beside them. Korean, Vietnamese,
Japanese, Cantonese and Western names written in Han characters reach English by other
spellings (金主爱 Kim Ju Ae, 范明政 Pham Minh Chinh, 岸田文雄 Fumio Kishida, 文汇报 Wen Wei
Po) that have a syllable pinyin lacks, three words or a hyphen, and are left alone. So is
a name whose initials and final n or ng agree with a run of the paragraph's characters,
as a Wade-Giles spelling does (张伦 "Chang Lun"), a place CLDR names, a word the English
document also writes in lower case (a headline's "Long" or "Change"), and a name the
Chinese document reads anywhere (the alignment may have split its sentence).

A Chinese source's name is reported as the characters the English name stands for (the
run of as many characters as it has syllables that agrees with it in most places); an
English source's, as the English name. The other candidate of the two is a name only a
translation has, which the comparison leaves alone as an explicitation.
"""

from __future__ import annotations

import functools

import regex

from xlcheck.compare.context import Candidate, Context, Group, name_lacking
from xlcheck.locales import base_language
from xlcheck.model import Invariant
from xlcheck.patterns import lazy

# The syllables of Hanyu Pinyin without tones (ü written u, as English names write it),
# the interjections' m, n, ng, hm and the rare dialect readings left out.
PINYIN_SYLLABLES = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce
cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci
cong cou cu cuan cui cun cuo da dai dan dang dao de dei deng di dian diao die ding diu dong dou du duan
dui dun duo e en er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu
gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui
hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng
kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie
lin ling liu long lou lu luan lue lun luo ma mai man mang mao mei men meng mi mian miao mie min ming miu
mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nu nuan nue nuo
ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin
qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang
sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun
shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan
tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue
xun ya yan yang yao ye yi yin ying yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai
zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu
zuan zui zun zuo
""".split())
# Syllables that start with a vowel stand only at the start of a written word (inside one,
# pinyin writes an apostrophe: Xi'an).
_VOWEL_START = frozenset(s for s in PINYIN_SYLLABLES if s[0] in "aeo")
# Frequent Chinese surnames (149, the most common first), whose
# readings may open an English name.
COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
)
# English words a headline capitalises that are also pinyin (He Can, Long March).
ENGLISH_LOOKALIKES = frozenset("he she you can man men long die lie tie pie bang hang gang ran bin pin dung ding hung lung gong".split())
# A run of capitalised words (the later ones possibly hyphenated: Jin-ping), in which a
# name is looked for word by word (First Lady Li Shi).
_RUN = lazy(r"(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:[ \u00a0]\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)+"
            r"(?![\p{L}\p{M}\p{N}'’-])")
_RUN_WORD = lazy(r"\p{Lu}\p{Ll}+(?:-\p{Ll}+)?")
_HAN = lazy(r"\p{Han}")


def _split(word: str) -> list[list[str]]:
    """The ways a lower-case word is written as pinyin syllables (at most two)."""
    out = []
    if word in PINYIN_SYLLABLES:
        out.append([word])
    for i in range(1, len(word)):
        head, tail = word[:i], word[i:]
        if head in PINYIN_SYLLABLES and tail in PINYIN_SYLLABLES and tail not in _VOWEL_START:
            out.append([head, tail])
    return out


@functools.cache
def _surname_readings() -> frozenset[str]:
    return frozenset(r for ch in COMMON_SURNAMES for r in han_readings(ch))


@functools.cache
def han_readings(ch: str) -> tuple[str, ...]:
    """Every toneless reading of a Han character (ü as u)."""
    from pypinyin import Style, pinyin  # a Chinese and an English version met: read them

    return tuple(dict.fromkeys(r.replace("v", "u") for r in pinyin(ch, style=Style.NORMAL, heteronym=True)[0]))


def pinyin_shaped(name: str, english: frozenset[str] = frozenset()) -> list[list[str]] | None:
    """A name's syllables, word by word, if it is a Chinese name in pinyin (surname first):
    a surname's reading, then one word of one or two syllables, as the mainland writes
    names (Taiwan, Hong Kong and Korea write three words or a hyphen). None otherwise, or when a word is one the English text writes
    in lower case (`english`).

    >>> pinyin_shaped("Bai Jinhai")
    [['bai'], ['jin', 'hai']]
    >>> pinyin_shaped("Kim Ju Ae") is None, pinyin_shaped("Fumio Kishida") is None
    (True, True)
    """
    words = regex.split(r"[ \u00a0-]", name)
    lowered = [w.lower() for w in words]
    if any(w in english or w in ENGLISH_LOOKALIKES for w in lowered):
        return None
    first = lowered[0]
    if first not in PINYIN_SYLLABLES or first not in _surname_readings():
        return None
    if len(words) != 2:
        return None  # (Kim Jong Un, Wen Wei Po: three words are Korean or Cantonese)
    splits = _split(lowered[1])
    if not splits:
        return None
    return [[first], splits[0]]


def _run_readings(text: str) -> list[tuple[int, tuple[str, ...]]]:
    """Each Han character of a text with its readings."""
    return [(m.start(), han_readings(m.group())) for m in _HAN.finditer(text)]


def _holds(chars: list[tuple[int, tuple[str, ...]]], spelt: str) -> bool:
    """Whether readings of a run of adjacent Han characters spell `spelt` (letters only)."""
    for i in range(len(chars)):
        ends = {0}
        j = i
        while ends and j < len(chars):
            if j > i and chars[j][0] != chars[j - 1][0] + 1:
                break
            ends = {e + len(r) for e in ends for r in chars[j][1] if spelt.startswith(r, e)}
            if len(spelt) in ends:
                return True
            j += 1
    return False


_INITIAL = lazy(r"^(zh|ch|sh|ts|hs|[bpmfdtnlgkhjqxrzcsyw])?")


def syllable_sketch(syllable: str) -> tuple[str, str]:
    """A syllable's initial by the classes Wade-Giles writes one way (zh, ch, j and q as
    ch; z, c as ts; x as hs; g and k; d and t; b and p) and its coda (n, ng or none)."""
    initial = _INITIAL.match(syllable).group()
    initial = {"zh": "c", "ch": "c", "j": "c", "q": "c", "c": "z", "ts": "z", "hs": "x",
               "k": "g", "t": "d", "p": "b"}.get(initial, initial)
    coda = "ng" if syllable.endswith("ng") else "n" if syllable.endswith("n") else ""
    return initial, coda


def _sketched(chars: list[tuple[int, tuple[str, ...]]], syllables: list[str]) -> bool:
    """Whether some run of adjacent characters sounds like the syllables, by initials and
    codas (`syllable_sketch`): another romanisation of the same name."""
    want = [syllable_sketch(s) for s in syllables]
    n = len(want)
    for i in range(len(chars) - n + 1):
        run = chars[i:i + n]
        if run[-1][0] - run[0][0] != n - 1:
            continue
        if all(any(syllable_sketch(r) == w for r in readings) for (_, readings), w in zip(run, want)):
            return True
    return False


def _candidates(text: str):
    """(offset, name) for each two capitalised words of a run whose first word is a
    pinyin syllable, the second not hyphenated, and neither word beside them pinyin."""
    for run in _RUN.finditer(text):
        words = [(w.start(), w.group()) for w in _RUN_WORD.finditer(run.group())]
        for i, (start, word) in enumerate(words):
            if word.lower() not in PINYIN_SYLLABLES:
                continue
            if i + 1 >= len(words) or "-" in words[i + 1][1] or any(
                    0 <= x < len(words) and _split(words[x][1].lower()) for x in (i - 1, i + 2)):
                continue  # (a third word of pinyin beside them: Wen Wei Po, Kim Jong Un)
            yield run.start() + start, run.group()[start:words[i + 1][0] + len(words[i + 1][1])]


def _renamed(text: str, chars: list[tuple[int, tuple[str, ...]]], syllables: list[str]) -> tuple[int, str] | None:
    """The run of characters of a Chinese text that an English name in pinyin (its
    syllables) stands for, read another way: as many adjacent characters as the name has
    syllables, at least one of them read as the name's syllable in its place, and the run
    opening on a common surname or on the name's own surname, or agreeing in half its
    places. The run agreeing in most places wins, then one that opens so, then one whose
    other characters start with the name's consonants (芳芳 for "Fan Fang"), then the
    first; None when no run agrees anywhere."""
    n = len(syllables)
    best, best_score = None, (0, False, 0)
    for i in range(len(chars) - n + 1):
        run = chars[i:i + n]
        if run[-1][0] - run[0][0] != n - 1:
            continue
        agree = sum(s in readings for (_, readings), s in zip(run, syllables))
        written = text[run[0][0]:run[-1][0] + 1]
        opens = written[0] in COMMON_SURNAMES or syllables[0] in run[0][1]
        if agree == n or not agree or not (opens or agree * 2 >= n):
            continue
        alike = sum(any(syllable_sketch(r)[0] == syllable_sketch(s)[0] for r in readings) for (_, readings), s in zip(run, syllables))
        score = (agree, opens, alike)
        if score > best_score:
            best, best_score = (run[0][0], written), score
    return best


@functools.lru_cache(maxsize=64)
def _lower_words(text: str) -> frozenset[str]:
    """The words a text writes in lower case (a document's: read once for its groups)."""
    return frozenset(regex.findall(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])", text))


def pinyin_names(ctx: Context, g: int, group: Group, docs: list[int], is_place) -> list[Candidate]:
    """Names an English version of the group writes in pinyin that no run of characters of
    the Chinese version's paragraphs reads as (see the module's note), each lacking from
    the Chinese version. `is_place(name)` tells a place CLDR names."""
    out: list[Candidate] = []
    for k, o, chinese in chinese_and_english(ctx, group, docs):
        english = ctx.text(o, group)
        names = list(_candidates(english))
        if not names:
            continue
        lower = _lower_words(ctx.documents[o].text)
        chars = None
        seen = set()
        for at, name in names:
            shape = pinyin_shaped(name, lower)
            if shape is None or name in seen or is_place(name) or is_place(name.split()[0]):
                continue
            seen.add(name)
            syllables = [s for word in shape for s in word]
            spelt = "".join(syllables)
            if name.lower() in chinese.lower():
                continue
            chars = chars if chars is not None else _run_readings(chinese)
            if _holds(chars, spelt) or _sketched(chars, syllables):
                continue
            if _holds(_document_readings(ctx.documents[k].text), spelt):
                continue
            start = ctx.document_offset(o, group, at)
            inv = Invariant("name", name, name, start, start + len(name), (), "pinyin")
            out.append(name_lacking(g, docs, k, o, name, inv))  # (an English source's name lost)
            renamed = _renamed(chinese, chars, syllables)
            if renamed is not None:  # (a Chinese source's name, renamed in English)
                at_zh, written = renamed
                start = ctx.document_offset(k, group, at_zh)
                inv = Invariant("name", written, written, start, start + len(written), (), "pinyin")
                out.append(name_lacking(g, docs, o, k, written, inv))
    return out


def chinese_and_english(ctx: Context, group: Group, docs: list[int]):
    """The (Chinese version, English version, the Chinese paragraphs' text) of a group of
    two versions, one Chinese with Han characters in the group and one English, both
    present; nothing for a group of more versions (the candidates say what the versions in
    neither script hold: nothing is checked)."""
    if len(docs) != 2:
        return
    for k in docs:
        if base_language(ctx.documents[k].lang) != "zh" or not group.members[k]:
            continue
        chinese = ctx.text(k, group)
        if not _HAN.search(chinese):
            continue
        for o in docs:
            if o != k and base_language(ctx.documents[o].lang) == "en" and group.members[o]:
                yield k, o, chinese


@functools.lru_cache(maxsize=8)
def _document_readings(text: str) -> list[tuple[int, tuple[str, ...]]]:
    return _run_readings(text)

