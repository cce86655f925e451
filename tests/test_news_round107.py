"""Round 107 on the forty-ninth news set's false alarms (tuning data after its held-out
score): Hungarian dialogue punctuation (a quotation opened with „ and handed over to its
speaker with a dash, `– mondta`; a paragraph of speech opened with a dash), scale words in
Hungarian and Indonesian ("9 milliárd", "9 miliar"), the Indonesian clock after "pukul"
("pukul 12.55 siang") and "Minggu" as a week ("Minggu lalu", last week)."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import dates, numbers, quotes

# NTREX-128 English news with its human Hungarian and Indonesian translations (news49 windows
# scotsman-133801-1544-1549, scotsman-133773-1245-1247, cbsnews-248471-962-964,
# dailymail-co-uk-298644-1393-1395, upi-176251-531-533, nytimes-184862-1451-1453), some cut
# to the clause the test needs.
_POINT = ('"It was a good point for us because Villarreal are a good side," said the 31-year-old.\n\n'
          '"We went into the game believing we could get something and came away with a point.\n',
          "„Fontos pont volt egy remek csapat, a Villarreal ellen – nyilatkozta a 31 éves játékos.\n\n"
          "– Hittünk benne, hogy képesek vagyunk pontot szerezni, és el is hoztunk egy pontot.\n")
_THREAVE = ('"Here at Threave we have a great area for bats," he said.\n',
            "„Itt ,Threave-ben remek helyük van a denevéreknek – mondta.\n")
_HEARING = ("\"I said going into the hearing, I said, I've talked to Judge Kavanaugh.\n\n"
            "I called him after this happened, that allegation came out, said, 'Did you do it?'\n\n"
            'He was resolute, determined, unequivocal."\n',
            "– Ezt mondtam a meghallgatás előtt, beszéltem Kavanaugh bíróval.\n\n"
            "Felhívtam az ügy kirobbanása, a vádak megjelenése után, és megkérdeztem »Megtetted?«\n\n"
            "A válasza határozott volt és egyértelmű.”\n")
_TURNOVER = ("The tracker collects performance data from 47 operating groups, with a combined turnover of over "
             "£9 billion.\n",
             "A tracker egy több mint 9 milliárd fontos összforgalmú, 47 tagból álló üzemeltetői csoport "
             "teljesítményadatait gyűjti össze.\n",
             "Pantauan mengumpulkan data kinerja dari 47 grup yang beroperasi, dengan omset gabungan lebih dari "
             "£9 miliar.\n")
_KICKOFF = ("City battles Hoffenheim in Champions League group play at 12:55 p.m. on Tuesday.\n",
            "City melawan Hoffenheim dalam pertandingan grup Champions League pada pukul 12.55 siang di hari Selasa.\n")
_VILLARREAL = ("Rangers host Rapid Vienna on Thursday, knowing that victory over the Austrians, following the "
               "impressive draw in Spain against Villarreal earlier this month, will put them in a strong position.\n",
               "A Rangers a Rapid Wient fogadja csütörtökön. Az osztrákok elleni győzelem a spanyol Villarreal elleni "
               "nem várt döntetlent követően erős helyzetbe hozhatja őket.\n")
_LAST_WEEK = ("Last week, Matthew Albence, a senior official with Immigration and Customs Enforcement, testified "
              "before Congress.\n",
              "Minggu lalu, Matthew Albence, seorang pejabat senior di bidang Imigrasi dan Bea Cukai, bersaksi di "
              "hadapan Kongres.\n")


def test_hungarian_quotation_handed_over_with_a_dash():
    assert loud_values(*_POINT[:1], "en", _POINT[1], "hu") == []
    assert loud_values(*_THREAVE[:1], "en", _THREAVE[1], "hu") == []
    # the quotation ends at the dash before the verb of saying
    assert [value for value, _ in extracted(quotes, _THREAVE[1].strip(), "hu")] == ["Itt ,Threave-ben remek helyük van…"]
    # a mark left open with no dash after it is still never closed
    assert ("XL502", "unbalanced-quote") in loud_values(
        *_THREAVE[:1], "en", _THREAVE[1].replace(" – mondta.", ", mondta."), "hu")
    # and the quotation told as reported speech is still missing
    reported = "A 31 éves játékos szerint fontos pont volt ez egy remek csapat, a Villarreal ellen.\n\n" \
               + _POINT[1].split("\n\n")[1]
    assert [rule for rule, _ in loud_values(*_POINT[:1], "en", reported, "hu")] == ["XL501"]


def test_paragraph_of_speech_opened_with_a_dash():
    assert loud_values(*_HEARING[:1], "en", _HEARING[1], "hu") == []
    # without its dash the paragraph is narration: the quotation is missing
    assert [rule for rule, _ in loud_values(*_HEARING[:1], "en", _HEARING[1].replace("– Ezt", "Ezt"), "hu")] \
        == ["XL501"]


def test_hungarian_and_indonesian_scale_words():
    assert loud_values(*_TURNOVER[:1], "en", _TURNOVER[1], "hu") == []
    assert loud_values(*_TURNOVER[:1], "en", _TURNOVER[2], "id") == []
    assert ("XL102", "9000000000") in loud_values(*_TURNOVER[:1], "en", _TURNOVER[1].replace("9 milliárd", "9 millió"), "hu")
    assert ("XL102", "9000000000") in loud_values(*_TURNOVER[:1], "en", _TURNOVER[2].replace("9 miliar", "8 miliar"), "id")
    # Hungarian glues its endings on: the object, "worth millions"
    assert [value for value, _ in extracted(numbers, "2 milliót és egy 5 milliós várost", "hu")] == ["2000000", "5000000"]


def test_indonesian_clock_after_pukul():
    assert loud_values(_KICKOFF[0], "en", _KICKOFF[1], "id") == []
    assert ("XL202", "T12:55") in loud_values(_KICKOFF[0], "en", _KICKOFF[1].replace("12.55", "11.55"), "id")
    assert [value for value, _ in extracted(dates, "pukul 3 sore, pukul 8 malam, pukul 19.30 WIB", "id")] \
        == ["T15:00", "T20:00", "T19:30"]


def test_indonesian_minggu_as_a_week():
    assert loud_values(_LAST_WEEK[0], "en", _LAST_WEEK[1], "id") == []
    # Sunday all the same where nothing makes it a week: a day the English does not name
    assert extracted(dates, "pada Minggu pagi", "id") == [("W7", "Minggu")]
    assert loud_values("He spoke in Jakarta about the new law.\n", "en",
                       "Pada Minggu, dia berbicara di Jakarta tentang undang-undang baru.\n", "id") == [("XL201", "W7")]


def test_hungarian_relative_dates():
    # the drift news49 labels: "earlier this month" dropped
    assert loud_values(_VILLARREAL[0], "en", _VILLARREAL[1], "hu") == [("XL201", "R0m")]
    for kept in ("a hónap elején", "e hónapban"):
        assert loud_values(_VILLARREAL[0], "en", _VILLARREAL[1].replace("nem várt", f"{kept} nem várt"), "hu") == []
    assert loud_values(_VILLARREAL[0].replace("earlier this month", "last year"), "en",
                       _VILLARREAL[1].replace("nem várt", "tavalyi nem várt"), "hu") == []
    assert loud_values(_VILLARREAL[0].replace("earlier this month", "last week"), "en",
                       _VILLARREAL[1].replace("nem várt", "tavaly nem várt"), "hu") == [("XL202", "R-1w")]
    # not the day before yesterday, nor "ideiglenes" (temporary), nor seven ("hét")
    assert extracted(dates, "a tegnapelőtti és ideiglenes döntés hét ember előtt, múlt héten", "hu") \
        == [("R-1w", "múlt héten")]
