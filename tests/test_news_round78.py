"""Round 78 on the forty-third news set's false alarms and one of its misses (tuning data after
its held-out score): Estonian decades ("1990ndate", "1970. aastatel", "1960.–1970. aastatest"),
clock times after "kella" with a case ending ("kella 8st"), counts, scales, months and weekdays
in their cases ("kaks sektorit", "11,7 miljardi", "24. jaanuari", "esmaspäeval"), artificial
intelligence in Estonian and Korean words, Korean decades with their century ("1960~70년대"),
amounts in two parts ("1억 7천만"), months sharing a year ("2024년 10월과 11월"), this month in
short ("이달"), a name half transliterated ("챗GPT") and a paper's title after a lower-case
article ("a Sunday Times article")."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates

# WMT25 en→et and en→ko (wmt-conference/wmt25-general-mt, released for MT evaluation; the
# English sources as the WMT25 metrics task's condrift set copies them): single sentences of
# brisbanetimes-com-au-306576, guardian-229703, guardian-231314, guardian-231311,
# guardian-228996, cnbc-com-52094, nytimes-154208 and guardian-230238 with the outputs of
# SRPOL, Laniqo, TranssionMT and Algharb, some cut to the clause the test needs.
_BADGES = ('"Talk of badges reminds of the famous one from the 1960s-70s," says Merran Loewenthal of Birchgrove.\n',
           "„Rääkimine märkidest meenutab kuulsat märki 1960.–1970. aastatest,“ ütleb Merran Loewenthal "
           "Birchgrovest.\n",
           '버치그로브의 메란 로웬탈은 "배지 이야기를 하니 1960~70년대의 유명한 배지가 생각나네요"라며 말을 이었다.\n')
_NINETIES = ("The whole scene is reminiscent of the 90s boom in management consultancy.\n",
             "Kogu pilt meenutab 1990ndate aastate juhtimiskonsultatsioonide buumi.\n")
_SLASHERS = ("There are 1970s Italian slasher films with less gruesome plotlines.\n",
             "1970. aastatel on Itaalia filmid, millel on vähem põnevaid plotline.\n")
_SURF = ("No more grommets in the water taking waves off us retirees who like to surf from 8am.\n",
         "Ei ole enam noori, kes võtaksid meilt, pensionäridelt, kes soovivad surfata alates kella 8st, laineid.\n")
_POUNDS = ("The UK injectables market will be worth £11.7bn by next year.\n",
           "Ühendkuningriigi süstitavate iluteenuste turu väärtus ulatub järgmiseks aastaks 11,7 miljardi naelani.\n")
_SECTORS = ("2 sectors lead the market.\n", "Kuid turgu juhivad kaks sektorit.\n")
_CLOSE = ("But they were still below their Jan. 24 close.\n", "Ent jäi siiski madalamaks kui 24. jaanuari sulgemishind.\n")
_TUESDAY = ("Our three financials are presenting at conferences on Tuesday.\n",
            "Teisipäeval konverentsil esinevad meie kolm finantspositsiooni.\n")
_AI = ("Currently, as Putin puffs up under Trump's protection and unregulated AI threatens to rewrite history in "
       "real time, Starmer is on his knees.\n",
       "Praegu, kui Putin paisub Trumpi kaitse all ja reguleerimata tehisintellekt ähvardab ajalugu reaalajas ümber "
       "kirjutada, on Starmer põlvili.\n")
_FACTORY = ("Crew also stated that Diageo is spending €200m (£170m) on a new Guinness factory in Kildare.\n",
            "크루는 또한 디아지오가 킬데어에 새로운 기네스 공장을 짓는 데 2억 유로(1억 7천만 파운드)를 투자하고 있다고 "
            "밝혔습니다.\n")
_DEMAND = ("Demand for the stout in October and November 2024 had surpassed even St Patrick's Day.\n",
           "2024년 10월과 11월의 스타우트 수요가 성 패트릭의 날 축제 기간의 수요량마저 넘어섰다.\n")
_HONORS = ("It was no different at the 2025 N.F.L. Honors earlier this month.\n",
           "이달 초에 열린 2025년 N.F.L. 아너스에서도 마찬가지였다.\n")
_CHATGPT = ("Reuters reported Monday that ChatGPT creator OpenAI is finalizing the design for its first in-house chip.\n",
            "로이터는 월요일 챗GPT 개발사 오픈AI가 첫 자체 개발 칩의 설계를 최종 마무리하고 있다고 보도했습니다.\n")
_SUNDAY_TIMES = ('I learned about salmon sperm in a Sunday Times article on the "skincare secrets" of '
                 '"26 tastemakers," which I read, increasingly aghast.\n',
                 "일요 타임즈 기사에서 “26인의 트렌드 세터가 전하는 스킨케어 비결”이란 제목으로 연어 정액에 대해 읽게 되었는데, "
                 "읽을수록 분노가 치밀어 올랐다.\n")


def test_estonian_decades():
    for en, et in (_BADGES[:2], _NINETIES, _SLASHERS):
        assert loud_values(en, "en", et, "et") == []
    assert ("XL202", "199X") in loud_values(*_NINETIES[:1], "en", _NINETIES[1].replace("1990ndate", "1980ndate"), "et")
    assert ("XL202", "195X") in loud_values(_BADGES[0].replace("1960s", "1950s"), "en", _BADGES[1], "et")
    # the ordinal year before the singular of "year" is that year, not a decade
    assert extracted(dates, "alates 2010. aastast", "et") == [("2010", "2010")]
    # without its century, "30-ndate" is also an age: it excuses a decade but is not missed
    assert loud_values("And 30-something years later he came back.\n", "en",
                       "Ja 30-ndate aastate lõpus tuli ta tagasi.\n", "et") == []


def test_korean_decades_with_their_century():
    assert loud_values(_BADGES[0], "en", _BADGES[2], "ko") == []
    assert ("XL202", "195X") in loud_values(_BADGES[0].replace("1960s", "1950s"), "en", _BADGES[2], "ko")


def test_estonian_clock_time_after_kella_with_a_case_ending():
    assert loud_values(*_SURF[:1], "en", _SURF[1], "et") == []
    assert ("XL202", "T08:00") in loud_values(_SURF[0], "en", _SURF[1].replace("kella 8st", "kella 9st"), "et")


def test_estonian_scales_counts_months_and_weekdays_in_their_cases():
    for en, et in (_POUNDS, _SECTORS, _CLOSE, _TUESDAY):
        assert loud_values(en, "en", et, "et") == []
    # the billion made a million: since round 96 the English £11.7bn is a sum compared, so one
    # changed value (XL102) where the Estonian's million alone was reported as added before
    assert ("XL102", "11700000000") in loud_values(_POUNDS[0], "en", _POUNDS[1].replace("miljardi", "miljoni"), "et")
    assert ("XL202", "--01-24") in loud_values(_CLOSE[0], "en", _CLOSE[1].replace("24.", "25."), "et")
    # Tuesday made Monday ("Esmaspäeval"), as Laniqo's output has it
    assert ("XL202", "W2") in loud_values(_TUESDAY[0], "en", _TUESDAY[1].replace("Teisipäeval", "Esmaspäeval"), "et")


def test_artificial_intelligence_in_estonian():
    assert loud_values(*_AI[:1], "en", _AI[1], "et") == []


def test_a_korean_amount_in_two_parts():
    assert loud_values(*_FACTORY[:1], "en", _FACTORY[1], "ko") == []
    # since round 96 the English £170m is a sum compared: one changed value (XL102), where the
    # Korean figure alone was reported as added before
    assert ("XL102", "170000000") in loud_values(_FACTORY[0], "en", _FACTORY[1].replace("7천만", "6천만"), "ko")


def test_a_korean_month_shares_the_year_before_it():
    assert loud_values(*_DEMAND[:1], "en", _DEMAND[1], "ko") == []
    assert ("XL202", "2024-12") in loud_values(_DEMAND[0].replace("November", "December"), "en", _DEMAND[1], "ko")


def test_korean_this_month_in_short():
    assert loud_values(*_HONORS[:1], "en", _HONORS[1], "ko") == []


def test_a_name_half_transliterated():
    assert loud_values(*_CHATGPT[:1], "en", _CHATGPT[1], "ko") == []
    assert ("XL401", "ChatGPT") in loud_values(_CHATGPT[0], "en", _CHATGPT[1].replace("챗GPT", "GPT"), "ko")
    assert ("XL401", "ChatGPT") in loud_values(_CHATGPT[0], "en", _CHATGPT[1].replace("챗GPT", "바드GPT"), "ko")


def test_a_papers_title_after_a_lower_case_article_is_no_weekday():
    assert loud_values(*_SUNDAY_TIMES[:1], "en", _SUNDAY_TIMES[1], "ko") == []
    # word for word, as WMT25's Chinese output has it (星期日泰晤士报): the weekday excused
    en = "I learned about salmon sperm in a Sunday Times article.\n"
    assert loud_values(en, "en", "我在一篇星期日泰晤士报的文章中了解到三文鱼精子。\n", "zh") == []
    # the day itself is still looked for
    assert ("XL201", "W7") in loud_values("On Sunday Times Square was full.\n", "en", "타임스퀘어는 붐볐다.\n", "ko")

