"""Round 69 on the forty-second news set's false alarms (tuning data after its held-out
score): Romanian "100 de milioane" (the "de" of a count from 20 up before its scale word),
Finnish clock times after "kello" and "klo" in the 24-hour form, a quotation opened in
single marks after a colon and left open to the excerpt's end, a quotation the next
paragraph closes, Romanian "luni" that is months, not Monday, and two names Romanian and
Finnish write their own way: a point of the compass translated ("Virginia de Vest",
"Etelä-Korean") and the United States as "SUA"; and a book's title in English title case,
which a translation may set without marks, is no quotation of speech."""

from tests.conftest import loud_values

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human Romanian
# and Finnish translations: rt-com.91334 (window 1272-1274), dailymail-co-uk.298622
# (1343-1346), reuters.218932 (498-501), reuters.218909 (1690-1693), dailymail-co-uk.298696
# (1665-1668), nytimes.184822 (1914-1919), cnn.304489 (384-386), bbc.381736 (1885-1891),
# newsweek.51329 (834-836) and nytimes.184825 (1485-1487), some cut to the sentence or the clause the test needs.
_EUROS = ("Ronaldo was on the verge of joining Real Madrid from Manchester United at the time of the alleged "
          "assault, and this summer moved to Italian giants Juve in a €100 million deal.\n",
          "În momentul atacului de care a fost acuzat, Ronaldo era pe punctul de a se transfera de la Manchester "
          "United la Real Madrid. În această vară, el a fost transferat la gigantul italian Juventus, după o "
          "tranzacție în valoare de 100 de milioane de euro.\n")
_POUNDS = ("The Treasury expects the move to raise up to £120 million a year.\n",
           "Trezoreria se așteaptă ca această schimbare să aducă un plus de până la 120 de milioane de lire sterline "
           "pe an.\n")
_ONE_PM = ("The state election commission said there had been no reports of irregularities by 1 p.m.\n",
           "Keskusvaalilautakunnan mukaan kello 13 mennessä ei ollut raportoitu sääntöjenvastaisuuksia.\n")
_ELEVEN_AM = ("The Baton Rouge Police Department announced the arrest of Dyteon Simpson, 20, at an 11 a.m. ET news "
              "conference.\n",
              "Baton Rougen poliisi ilmoitti Dyteon Simpsonin, 20, pidätyksestä klo 11 aamupäivällä "
              "ET-tiedotustilaisuudessa.\n")
_MARCH_EN = ("Mr Bone dismissed suggestions that public opinion had changed since the 2016 vote: 'The idea that the "
             "British people have changed their minds and want to remain is completely untrue.'\n\n"
             "Andrea Jenkyns was also at the march, telling reporters: 'I am simply saying: Prime Minister, "
             "listen to the people.\n")
_MARCH_FI = ("Bone tyrmäsi ajatuksen, että julkinen mielipide olisi muuttunut vuoden 2016 äänestyksen jälkeen: “Se, "
             "että britit olisivat muuttaneet mielensä ja haluaisivatkin jäädä, on täysin virheellinen väite.”\n\n"
             "Andrea Jenkyns osallistui myös marssille ja sanoi toimittajille: “Sanon vain: pääministeri, "
             "kuunnelkaa kansaa.\n")
_ANGRY_EN = ("\"We cry when we get angry,\" Ms. Steinem said to me 45 years later.\n\n"
             "She continued, \"I was greatly helped by a woman who was an executive someplace, who said she also "
             "cried when she got angry, but developed a technique which meant that when she got angry and started "
             "to cry, she'd say to the person she was talking to, \"You may think I am sad because I am crying.\n\n"
             "I am angry.\"\n")
_ANGRY_RO = ("„Plângem atunci când ne enervăm”, mi-a spus Gloria Steinem 45 de ani mai târziu.\n\n"
             "Ea a continuat: „Am primit un ajutor semnificativ din partea unei femei care ocupa o funcție "
             "executivă, care mi-a spus că și ea plângea atunci când era nervoasă, dar că a dezvoltat o tehnică "
             "conform căreia, atunci când se enerva și începea să plângă, îi spunea persoanei cu care stătea de "
             "vorbă: „Ai putea crede că sunt tristă, pentru că mă vezi plângând.\n\n"
             "Sunt nervoasă.”\n")
_MONTHS = ("It is a righteous diatribe, months and years of fury spilling over, and she can't get it out without "
           "weeping.\n",
           "Este o diatribă justificată, sunt luni și ani de furie acumulată și nu poate vorbi fără a izbucni în "
           "plâns.\n")


def test_romanian_de_between_a_count_and_its_scale_word():
    for en, ro in (_EUROS, _POUNDS):
        assert loud_values(en, "en", ro, "ro") == []
    en, ro = _EUROS
    assert ("XL102", "100000000") in loud_values(en, "en", ro.replace("100 de milioane", "120 de milioane"), "ro")
    assert ("XL102", "100000000") in loud_values(en, "en", ro.replace("100 de milioane", "100 de mii"), "ro")
    # "de" before a word that is no scale stays out of the number ("34 de ani" is 34)
    assert loud_values("The 34-year-old says so.\n", "en", "Femeia în vârstă de 34 de ani spune asta.\n", "ro") == []
    en, ro = _POUNDS
    assert ("XL102", "120000000") in loud_values(en, "en", ro.replace("120 de milioane", "120 de miliarde"), "ro")


def test_finnish_clock_times_after_kello_and_klo():
    for en, fi in (_ONE_PM, _ELEVEN_AM):
        assert loud_values(en, "en", fi, "fi") == []
    en, fi = _ONE_PM
    assert ("XL202", "T13:00") in loud_values(en, "en", fi.replace("kello 13", "kello 14"), "fi")
    assert ("XL202", "T13:00") in loud_values(en, "en", fi.replace("kello 13", "klo 13.30"), "fi")
    en, fi = _ELEVEN_AM
    assert ("XL202", "T11:00") in loud_values(en, "en", fi.replace("klo 11", "klo 23"), "fi")
    # the same time in Swedish, and a figure after another word stays a number
    sv = "Polisen i Baton Rouge meddelade gripandet av Dyteon Simpson, 20, vid en presskonferens klockan 11.\n"
    assert loud_values(en, "en", sv, "sv") == []
    assert ("XL201", "T11:00") in loud_values(en, "en", sv.replace("klockan 11", "nummer 11"), "sv")


def test_a_single_mark_after_a_colon_opens_speech_the_source_leaves_open():
    assert loud_values(_MARCH_EN, "en", _MARCH_FI, "fi") == []
    # where the source closes its quotation, the translation's mark left open lost its close
    closed = _MARCH_EN.replace("listen to the people.\n", "listen to the people.'\n")
    assert ("XL502", "unbalanced-quote") in loud_values(closed, "en", _MARCH_FI, "fi")


def test_a_quotation_the_next_paragraph_closes():
    assert loud_values(_ANGRY_EN, "en", _ANGRY_RO, "ro") == []
    # its marks lost in the translation: the quotation is missing
    unmarked = _ANGRY_RO.replace("continuat: „Am", "continuat că a").replace("vorbă: „Ai", "vorbă: Ai") \
        .replace("nervoasă.”", "nervoasă.")
    assert any(rule == "XL501" for rule, _ in loud_values(_ANGRY_EN, "en", unmarked, "ro"))


def test_romanian_luni_that_is_months():
    en, ro = _MONTHS
    assert loud_values(en, "en", ro, "ro") == []
    assert loud_values("The vote was three months ago.\n", "en", "Votul a avut loc acum trei luni.\n", "ro") == []
    # "luni" alone is Monday
    assert ("XL201", "W1") in loud_values("The vote was on Tuesday.\n", "en", "Votul a avut loc luni.\n", "ro")
    assert loud_values("The vote was on Monday.\n", "en", "Votul a avut loc luni.\n", "ro") == []
    assert ("XL201", "W1") in loud_values(en, "en", ro.replace("sunt luni și ani", "sunt ani, de luni,"), "ro")


_WHEELING = ("\"A vote for Judge Kavanaugh is a vote to reject the ruthless and outrageous tactics of the Democratic "
             "Party,\" Trump said at a rally in Wheeling, West Virginia.\n",
             "„Un vot pentru judecătorul Kavanaugh este un vot de respingere a tacticii nemiloase și scandaloase a "
             "Partidului Democrat”, a spus Trump la o întrunire din Wheeling, Virginia de Vest.\n")
_CITIZENSHIP = ("The vast majority of defectors from the North are eventually offered South Korean citizenship.\n",
                "Suurimmalle osalle Pohjois-Korean loikkareista tarjotaan lopulta Etelä-Korean kansalaisuutta.\n")
_KANYE = ("Kanye West was booed in the studio during a Saturday Night Live after a rambling performance in which he "
          "praised U.S. President Donald Trump and said he would run for office in 2020.\n\n"
          "After performing his third song of the night, called Ghost Town in which he was wearing a Make America "
          "Great cap, he went on a rant against the Democrats and reiterated his support for Trump.\n",
          "Kanye West a fost huiduit în studio în timpul emisiunii Saturday Night Live după un spectacol dezlânat în "
          "care l-a lăudat pe președintele SUA, Donald Trump și a spus că intenționează să candideze la alegerile "
          "din 2020.\n\n"
          "După ce a interpretat al treilea cântec, numit Ghost Town, în timpul căruia a purtat o șapcă Make America "
          "Great, artistul s-a dezlănțuit într-un discurs împotriva democraților și și-a reafirmat susținerea "
          "pentru Trump.\n")


def test_a_point_of_the_compass_translated_in_romanian_and_finnish():
    en, ro = _WHEELING
    assert loud_values(en, "en", ro, "ro") == []
    assert ("XL401", "West Virginia") in loud_values(en, "en", ro.replace("Virginia de Vest", "Virginia de Est"), "ro")
    assert ("XL401", "West Virginia") in loud_values(en, "en", ro.replace("Virginia de Vest", "Virginia"), "ro")
    en, fi = _CITIZENSHIP
    assert loud_values(en, "en", fi, "fi") == []
    assert ("XL401", "South Korean") in loud_values(en, "en", fi.replace("Etelä-Korean", "Korean"), "fi")


def test_the_united_states_as_romanian_writes_them():
    en, ro = _KANYE
    assert loud_values(en, "en", ro, "ro") == []
    assert ("XL401", "USA") in loud_values(en, "en", ro.replace("președintele SUA,", "președintele"), "ro")
    assert loud_values(en, "en", ro.replace("SUA", "Statelor Unite"), "ro") == []


_BOOK = ("Nell Scovell, a veteran comedy writer and author of \"Just the Funny Parts: And a Few Hard Truths About "
         "Sneaking Into the Hollywood Boys\" Club,\" has another theory.\n",
         "Nell Scovellilla, joka on kokenut komediakirjoittaja ja kirjan Just the Funny Parts: And a Few Hard Truths "
         "About Sneaking Into the Hollywood Boys’ Club tekijä, on toinen teoria.\n")


def test_an_english_title_in_title_case_is_no_speech():
    en, fi = _BOOK
    assert loud_values(en, "en", fi, "fi") == []
    # the same marks around a sentence of speech still need a partner
    said = en.replace("Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys",
                      "We are simply telling the truth about the boys")
    assert any(rule == "XL501" for rule, _ in loud_values(said, "en", fi, "fi"))


# WMT23 general test set en→ja (wmt-conference/wmt23-news-systems, news18 lines 884-893, line 19):
# a headline capitalises every word, its quotations' too, and they are speech all the same.
_HEADLINE = ("'We Hope' Biden Has a Plan for Handling Title 42 Ending, 'If They Do, They Haven't Shared It Fully'\n",
             "タイトル４２失効対策計画をバイデン政権に期待「計画案ありとしても、完全に共有されていない」\n")


def test_a_quotation_in_a_title_case_headline_is_still_speech():
    en, ja = _HEADLINE
    assert loud_values(en, "en", ja, "ja") == []
    dropped = ja.replace("「計画案ありとしても、完全に共有されていない」", "")
    assert ("XL501", "If They Do, They Haven't…") in loud_values(en, "en", dropped, "ja")
