"""Round 19 of the news work: the fifteenth news set (WMT23 de→en, en→ru, tuning data).
The German→English outputs leave out whole sentences and close the rest (XL006, with the
facts of the sentences left out); German clock times and weekdays; countries a German
paragraph names alone; a transcript's speaker tags, kept with their word translated and
reported as names when dropped."""
from tests.conftest import loud_values, pair_findings

# -- a sentence left out: XL006 with the names it held -----------------------------------

# Segments 1, 2, 3 and 5 of lines-193-204 (AIRC; "Normalchanze" written "normal hill"):
# the translation of the second leaves out its last sentence (third was Kristjan Ilves of
# Estonia).
_SCHONACH_DE = (
    'Kombinierer Oftebro siegt in Schonach' + "\n\n"
    'Den Sieg sicherte sich nach einem Sprung von der Normalschanze und dem zehn Kilometer langen Skilanglaufrennen der Norweger Jens Luraas Oftebro vor dem österreichischen Gesamtführenden Johannes Lamparter. Dritter wurde Kristjan Ilves aus Estland.' + "\n\n"
    'Die deutschen Kombinierer treten im Schwarzwald nicht in Bestbesetzung an. Peking-Olympiasieger Vinzenz Geiger, Eric Frenzel und Johannes Rydzek sind nicht dabei. Sie bereiten sich mit Training in Oberstdorf auf die Weltmeisterschaften vor, die vom 21. Februar bis zum 5. März im slowenischen Planica stattfinden. "Wir haben drei Weltklasse-Athleten zu Hause. Das spürt die Mannschaft natürlich", sagte Bundestrainer Hermann Weinbuch im ZDF.' + "\n\n"
    'Sieben Menschen sind bei einem Unfall mit vier Fahrzeugen auf der Autobahn 5 bei Hemsbach (Rhein-Neckar-Kreis) leicht verletzt worden, darunter zwei Kinder. Laut einer Mitteilung der Polizei war es am Samstag zu dem Auffahrunfall gekommen, als ein Autofahrer während eines leichten Rückstaus von hinten gegen einen Wagen stieß und ihn auf zwei weitere Autos schob. Die Vollsperrung der Fahrspuren in Richtung Heidelberg sei nach etwa eineinhalb Stunden aufgehoben worden.' + "\n")
_SCHONACH_EN = (
    'Combined Oftebro wins in Schonach' + "\n\n"
    'After a jump from the normal hill and the ten-kilometre-long cross-country ski race of Norwegians Jens Luraas Oftebro, the victory secured the Austrian leader Johannes Lamparter.' + "\n\n"
    'The German combinators don\'t compete in the blackforest in the standings. Beijing Olympic champions Vinzenz Geiger, Eric Frenzel and Johannes Rydzek are not in it. They are preparing for the world championships with training in Oberstdorf, which will take place from February 21, to March 5 in the Slovenian Planica. "We have three world-class athletes at home. That\'s what the team feels, of course," federal coach Hermann Weinbuch said in the ZDF.' + "\n\n"
    'Seven people were slightly injured in an accident involving four vehicles on Highway 5 near Hemsbach (Rhein-Neckar-Kreis), including two children. According to a statement from police, it had happened on Saturday when a motorist encountered a carriage during a slight back-to-back drive from behind and swung him at two more cars. The full lockdown of the lanes towards Heidelberg had been lifted after about an hour and a half.' + "\n")
_ILVES_EN = " Third was Kristjan Ilves from Estonia."


def _findings(de: str, en: str):
    return [f for f in pair_findings(de, "de", en, "en", "txt", "text") if f.severity in ("error", "warning")]


def test_a_last_sentence_left_out_is_reported_with_its_names():
    found = _findings(_SCHONACH_DE, _SCHONACH_EN)
    dropped = [f for f in found if f.rule == "XL006"]
    assert [(f.severity, f.value, f.locations[1].paragraph) for f in dropped] == [
        ("error", "Dritter wurde Kristjan Ilves aus Estland.", 2)]
    assert {(f.rule, f.value) for f in found if f.rule == "XL401"} == {("XL401", "Kristjan Ilves"),
                                                                      ("XL401", "Estland")}


def test_the_sentence_translated_is_clean():
    assert _findings(_SCHONACH_DE, _SCHONACH_EN.replace("Lamparter.", "Lamparter." + _ILVES_EN)) == []


# lines-318-329, NLLB_Greedy against the human reference (refA): the first sentence of the
# second segment (what I still wanted to say), which holds no fact, is left out.
_POSTS_DE = (
    'Bin selber gar kein solcher Elefanten-Fan, aber vielleicht findet es ja hier noch ein paar Fans.' + "\n\n"
    'Was ich noch sagen wollte. Ich beantworte gerne jede Frage wenn ich sie beantworten kann.' + "\n\n"
    'Vor 10 Jahren habe ich "Biohacking - Gentechnik aus der Garage" gelesen. Cooles und spannendes Buch.' + "\n\n"
    'Es gibt Landwirte in #Ukraine, die mehr russische Panzer besitzen.' + "\n\n"
    'Es ist ein Donnerstag, doch dieses Mal ist ein normales #Jazz Konzert, das heute Abend im #Jazzhaus #Heidelberg stattfindet.' + "\n")
_POSTS_NLLB = (
    "I'm not a big elephant fan myself, but maybe there's some fans around here." + "\n\n"
    "I'm happy to answer any questions if I can answer them." + "\n\n"
    'Ten years ago, I read "Biohacking - Genetic Engineering from the Garage", a cool and exciting book.' + "\n\n"
    'There are farmers in #Ukraine who own more Russian tanks.' + "\n\n"
    "It's a Thursday, but this time it's a normal #Jazz concert, which will take place tonight at the #Jazzhaus #Heidelberg." + "\n")
_POSTS_REFA = (
    'Am not such an elephant fan myself, but maybe it will find some fans here.' + "\n\n"
    "What I still wanted to say. I'll gladly answer any questions if I can answer them." + "\n\n"
    'I read "Biohacking - Genetic Engineering in the Garage" 10 years ago. Cool and exciting book.' + "\n\n"
    'There are farmers in #Ukraine who own more Russian tanks.' + "\n\n"
    "It's a Thursday, but this time it's a normal #Jazz concert that is taking place tonight at #Jazzhaus #Heidelberg." + "\n")


def test_a_first_sentence_left_out_without_facts_is_a_warning():
    assert [(f.rule, f.severity, f.value, f.locations[1].paragraph) for f in _findings(_POSTS_DE, _POSTS_NLLB)] == [
        ("XL006", "warning", "Was ich noch sagen wollte.", 2)]


def test_the_reference_that_keeps_every_sentence_is_clean():
    assert _findings(_POSTS_DE, _POSTS_REFA) == []


# lines-140-151 (NLLB_MBR_BLEU), segments 3, 6, 8 and 10: the translation joins the first
# two sentences of segment 8 and leaves out the third; the first alone is about as long as
# the third, but the translation names its places (Russia, Belarus).
_IOC_DE = (
    'Die Ukraine sieht Belarus ebenfalls als Kriegspartei, weil das Land den russischen Truppen Militärbasen für Angriffe zur Verfügung stellt. Selenskyj rief die Funktionäre auf, sich für den Schutz der olympischen Prinzipien einzusetzen und eine Zulassung von russischen Sportlerinnen und Sportlern zu den Wettbewerben zu verhindern. Der Präsident erneuerte zudem seine Kritik am Internationalen Olympischen Komitee (IOC), das seine "Ehrlichkeit leider verloren hat".' + "\n\n"
    'Das für Sport zuständige Bundesinnenministerium erklärte im Anschluss, auch bei den Beratungen bekräftigt zu haben, einen Start russischer und belarussischer Sportler in Paris abzulehnen. "Es gibt aus unserer Sicht keinen Anlass, den russischen und belarussischen Sport zur Rückkehr in die Wettkämpfe einzuladen. Den ukrainischen Athletinnen und Athleten muss weiterhin die uneingeschränkte Solidarität und Unterstützung der internationalen Sportgemeinschaft gelten. Die Bestrebung des IOC zur Wiederaufnahme der russischen und belarussischen Athletinnen und Athleten ist der falsche Weg", teilte ein Sprecher des Innenministeriums auf dpa-Anfrage mit.' + "\n\n"
    'Derzeit sind Russland und Belarus von vielen internationalen Sportwettbewerben ausgeschlossen. Das IOC strebt aber eine Rückkehr von Athletinnen und Athleten aus beiden Ländern auf die internationale Sportbühne unter neutraler Flagge an, sofern sie sich klar zur olympischen Charta bekennen und den Krieg in der Ukraine nicht aktiv unterstützen. IOC-Präsident Thomas Bach hatte jüngst erklärt, ein Ausschluss "wegen eines Passes oder des Geburtsorts" verstoße gegen das Diskriminierungsverbot.' + "\n\n"
    '"Hey, geiler Hintern!", der Närrin im knappen sexy Kostüm hinterherpfeifen und anzügliche Sprüche rufen: All das fällt unter den Begriff des "Catcalling" (dt. Katzenrufe). Hinter dem Begriff verbirgt sich nicht geringeres als eine Form der verbalen sexuellen Belästigung im öffentlichen Raum.' + "\n")
_IOC_EN = (
    'Ukraine also considers Belarus a war party because the country is providing Russian troops military bases for attacks.Selensky called on officials to protect Olympic principles and prevent Russian athletes from competing.The president also renewed his criticism of the International Olympic Committee (IOC), which has "unfortunately lost its integrity".' + "\n\n"
    'Afterwards, the Federal Interior Ministry responsible for sports stated that it had also reaffirmed during the discussions the rejection of any start of Russian and Belarusian athletes in Paris. "In our view, there is no reason to invite Russian and Belarusian sports to return to the competitions. Ukrainian athletes must continue to have the full solidarity and support of the international sports community. The effort of the IOC to resume the Russian and Belarusian athletes is the wrong way", said a spokesman of the Ministry of the Interior.' + "\n\n"
    'Russia and Belarus are currently banned from many international competitions, but the IOC wants athletes from both countries to return to the international sporting arena, under a neutral flag, as long as they clearly commit to the Olympic Charter and do not actively support the war in Ukraine.' + "\n\n"
    '"Hey, hot ass!" whistling at the dumb lady in a tight sexy outfit and shouting obscene sentences: all of this falls under the term "catcalling". Behind that term there is nothing less than a form of verbal sexual harassment in public spaces.' + "\n")


def test_the_sentence_whose_places_the_translation_names_is_not_the_one_left_out():
    dropped = [f for f in _findings(_IOC_DE, _IOC_EN) if f.rule == "XL006"]
    assert [f.value.split()[0] for f in dropped] == ["IOC-Präsident"]
    assert [f.locations[1].paragraph for f in dropped] == [3]
    assert ("XL401", "IOC-Präsident Thomas Bach") in [(f.rule, f.value) for f in _findings(_IOC_DE, _IOC_EN)]


# lines-207-216 (NLLB_MBR_BLEU), segments 4, 6 and 7: the translation of segment 7 leaves
# out its last two sentences; the run of the last two and the second-to-last alone hold the
# same lost date, and the run reported is the one with the acronym the translation lacks
# (CDU), so Lothar de Maizière is reported with it.
_MODROW_DE = (
    'Vorletzter Ministerpräsident der DDR Hans Modrow gestorben' + "\n\n"
    'Letzte Nacht sei "Hans Modrow mit 95 Jahren von uns gegangen", teilte die Linksfraktion im Bundestag am Samstag mit. Die Partei verliere damit "eine bedeutende Persönlichkeit", erklärten der Fraktionsvorsitzende Dietmar Bartsch und der frühere Fraktionschef Gregor Gysi.' + "\n\n"
    'In den 1970er Jahren wurde Hans Modrow der 1. Sekretär der Bezirksleitung der SED in Dresden. Als Ministerpräsident begleitete er das Ende der DDR. Nur vier Tage nach dem Fall der Mauer, am 13. November 1989, wurde er zum Vorsitzenden des Ministerrates der DDR - für rund 150 Tage. Bei den Volkskammerwahlen am 18. März 1990 verlor die SED/PDS die Macht und Modrow einen Monat später sein Amt. Ihm folgte als letzter Ministerpräsident der DDR bis zur Wiedervereinigung der CDU-Politiker Lothar de Maizière.' + "\n")
_MODROW_EN = (
    'Last Prime Minister of the GDR, Hans Modrow has died.' + "\n\n"
    'Last night "Hans Modrow left us at the age of 95", the left wing of the Bundestag announced Saturday, and the party "will therefore lose an important figure", according to the party chairman Dietmar Bartsch and its former leader Gregor Gysi.' + "\n\n"
    'In the 1970s, Hans Modrow became the first secretary of the district executive of the SED in Dresden. As Prime Minister he accompanied the end of the GDR. Only four days after the fall of the wall, on 13 November 1989, he became Chairman of the Council of Ministers of the GDR - for about 150 days.' + "\n")


def test_the_run_with_the_acronym_the_translation_lacks_is_reported():
    found = [(f.rule, f.value) for f in _findings(_MODROW_DE, _MODROW_EN)]
    assert [v.split()[:2] for r, v in found if r == "XL006"] == [["Bei", "den"]]
    assert ("XL401", "CDU-Politiker Lothar de Maizière") in found and ("XL201", "1990-03-18") in found


def test_the_last_two_sentences_translated_are_clean():
    # (the headline's rank kept too: "Vorletzter" made "Last" is a rank changed, XL101, since round 138)
    faithful = _MODROW_EN.replace("Last Prime", "Penultimate Prime").replace(
        "for about 150 days.", "for about 150 days. In the People's Chamber elections on "
        "18 March 1990 the SED/PDS lost power, and Modrow lost his office a month later. "
        "He was succeeded as the last Prime Minister of the GDR until reunification by the "
        "CDU politician Lothar de Maizière.")
    assert faithful != _MODROW_EN
    assert _findings(_MODROW_DE, faithful) == []


# -- a sentence whose mark the translation does not write at all --------------------------

# lines-207-216 (NLLB_MBR_BLEU), segments 8 to 10: the translation leaves out the sentences
# that introduce the next segment's quotation ("Bartsch ergänzte:", "Weiter heißt es:").
_OBITUARY_DE = (
    'Der Fraktionsvorsitzende der Linken, Dietmar Bartsch, beschrieb Modrow in einer Nachricht auf dem Kurznachrichtendienst Twitter als einen "zutiefst aufrichtigen und kämpferischen Sozialisten". Bartsch ergänzte:' + "\n\n"
    '"Bis ins hohe Alter war er ein wichtiger Ratgeber in unserer Partei, dessen Klugheit fehlen wird".' + "\n\n"
    '"Der gesamte friedliche Verlauf der Herstellung der deutschen Einheit war gerade ein besonderes Verdienst von ihm. Das wird sein politisches Vermächtnis bleiben", schrieben Bartsch und Gysi in ihrem Nachruf. Weiter heißt es:' + "\n")
_OBITUARY_EN = (
    'Left Party leader Dietmar Bartsch, in a message on the news-short service Twitter, described Modrow as a "deeply sincere and militant socialist".' + "\n\n"
    '"In his old age he was an important adviser in our party, "whose wisdom will be lacking".' + "\n\n"
    '"The entire peaceful course of German unity was a special achievement of his. This will remain his political legacy", wrote Bartsch and Gysi in their obituary.' + "\n")


def test_a_sentence_introducing_what_follows_left_out_is_reported():
    assert [(f.rule, f.value, f.locations[1].paragraph) for f in _findings(_OBITUARY_DE, _OBITUARY_EN)] == [
        ("XL006", "Bartsch ergänzte:", 1), ("XL006", "Weiter heißt es:", 3)]


def test_the_introductions_translated_are_clean():
    faithful = _OBITUARY_EN.replace('socialist".', 'socialist". Bartsch added:').replace(
        "obituary.", "obituary. It goes on:")
    assert _findings(_OBITUARY_DE, faithful) == []


# lines-305-314 (NLLB_Greedy), segments 2 to 4: the question that opens the third
# (single-use or reusable?) is left out, the length of the segment kept.
_LIDL_DE = (
    'Das Plenum ist aufgerufen der Idee zu folgen; ebenso muss dieses Prinzip im #CyberResilienceAct und der #ProductLiabilityDirective verankert werden.' + "\n\n"
    'Einweg oder Mehrweg? Die Umwelthilfe empfiehlt Mehrweg, Lidl setzt ein Einwegsystem dagegen. Es kommt aber auch auf andere Faktoren an, wie kurze Transportwege.' + "\n\n"
    'Die EVP-Fraktion im EU-Parlament will zentrale Bausteine des Green Deal der EU-Kommission aushebeln, so Pestizidverordnung und Renaturierungsgesetz.' + "\n")
_LIDL_EN = (
    'The plenary is called upon to follow the idea, and this principle must be anchored in the #CyberResilienceAct and the #ProductLiabilityDirective.' + "\n\n"
    'The environmental aid recommends a multi-use system, Lidl opposes a single-use system, but other factors, such as short transport routes, also play a role.' + "\n\n"
    "The EPP group in the EU Parliament wants to remove key elements of the EU Commission's Green Deal, such as the pesticide regulation and the recycling law." + "\n")


def test_a_question_left_out_is_reported():
    assert [(f.rule, f.value, f.locations[1].paragraph) for f in _findings(_LIDL_DE, _LIDL_EN)] == [
        ("XL006", "Einweg oder Mehrweg?", 2)]


def test_the_question_translated_is_clean():
    assert _findings(_LIDL_DE, _LIDL_EN.replace("The environmental aid", "Single-use or reusable? The environmental "
                                                                          "aid")) == []


# -- German clock times and weekdays ------------------------------------------------------

def loud(de: str, en: str) -> list[tuple[str, str]]:
    return loud_values(de, "de", en, "en")


# lines-350-359 (NLLB_MBR_BLEU), lines-11-20 (NLLB_MBR_BLEU), lines-252-262 (NLLB_Greedy).
_STRIKE_DE = "Bahnstreik: Komme ich Sonntag auch nach 22 Uhr noch ans Ziel?"
_STRIKE_EN = "Train strike: can I still arrive at my destination after 10 p.m. on Sunday?"
_TAP_DE = ('Immer montags treffen sich nämlich dort in der "Mandolin Motion Show Academy" um Punkt 15 Uhr drei Damen '
           "zum flotten Stepptanz.")
_TAP_EN = "Every Monday at 3:00 p.m. there, at the Mandolin Motion Show Academy, three ladies meet for a tap dance."
_AUDI_DE = "Gegen 21 Uhr fuhr der 25-Jährige mit seinem Audi auf der Kreisstraße."
_AUDI_EN = "Around 9 pm the 25-year-old drove his Audi on the district road."


def test_an_hour_with_uhr_after_any_word_is_a_time():
    assert loud(_STRIKE_DE, _STRIKE_EN) == []
    assert loud(_AUDI_DE, _AUDI_EN) == []


def test_an_hour_with_uhr_changed_is_reported():
    assert ("XL202", "T21:00") in loud(_AUDI_DE, _AUDI_EN.replace("9 pm", "8 pm"))


def test_a_weekday_adverb_is_the_weekday():
    assert loud(_TAP_DE, _TAP_EN) == []
    assert ("XL201", "W1") in loud(_TAP_DE, _TAP_EN.replace("Every Monday", "Every week"))


# lines-207-216 (NLLB_MBR_BLEU): German "am" (on the) after a decimal comma is no a.m.
_QUAKE_DE = ("Am frühen Montagmorgen hatte ein Beben der Stärke 7,7 das türkisch-syrische Grenzgebiet erschüttert, "
             "gefolgt von einem weiteren Beben der Stärke 7,6 am Mittag.")
_QUAKE_EN = ("A 7.7 magnitude quake shook the Turkish-Syrian border area early Monday morning, followed by another "
             "7.6 at noon.")


def test_a_figure_after_a_decimal_comma_before_am_is_no_hour():
    assert loud(_QUAKE_DE, _QUAKE_EN) == []
    assert ("XL101", "7.6") in loud(_QUAKE_DE, _QUAKE_EN.replace("another 7.6", "another"))


# -- a transcript's speaker tags with their word translated ------------------------------

# lines-1460-1468 (en→ru, NLLB_Greedy).
_TAGS_EN = ("(PERSON2) You can just reserve the whole semester just for [PERSON9]'s courses and you will have a lot "
            "of work.")
_TAGS_RU = ("(Человек2) Вы можете просто зарезервировать весь семестр только для курсов [Человек9] и у вас будет "
            "много работы.")


def test_a_speaker_tag_with_its_word_translated_is_kept():
    assert loud_values(_TAGS_EN, "en", _TAGS_RU, "ru") == []
    assert loud_values(_TAGS_EN, "en", _TAGS_RU.replace("(Человек2)", "(Человек 2)"), "ru") == []


def test_a_speaker_tag_with_another_number_is_reported_as_a_name():
    assert ("XL401", "PERSON9") in loud_values(_TAGS_EN, "en", _TAGS_RU.replace("[Человек9]", "[Человек8]"), "ru")


# lines-1266-1277 (en→ru, NLLB_MBR_BLEU), segment 6, cut after its first sentence: the
# speaker tag, an anonymised person's name, is dropped.
_SPEAKER_EN = ("(PERSON3) The thing is, as long as we do the analysis more properly, one thing is the possible "
               "adversarial evaluation.")
_SPEAKER_RU = ("Дело в том, что пока мы делаем анализ более правильно, одна вещь является возможной "
               "антагонистической оценки.")


def test_a_dropped_speaker_tag_is_a_dropped_name():
    assert loud_values(_SPEAKER_EN, "en", _SPEAKER_RU, "ru") == [("XL401", "PERSON3")]
    assert loud_values(_SPEAKER_EN, "en", "(Человек3) " + _SPEAKER_RU, "ru") == []


def test_a_code_of_a_word_and_a_number_outside_brackets_stays_a_code():
    assert loud_values(_SPEAKER_EN.replace("(PERSON3)", "PERSON3:"), "en", _SPEAKER_RU, "ru") == [
        ("XL301", "PERSON3")]


def test_the_ioc_sentence_translated_is_clean():
    # (with the dpa credit the system left out, which news15's labels mark as a drift)
    faithful = _IOC_EN.replace("Ministry of the Interior.", "Ministry of the Interior when asked by dpa.")
    faithful = faithful.replace("support the war in Ukraine.",
                               "support the war in Ukraine. IOC President Thomas Bach had "
                               'recently declared that an exclusion "because of a passport or place of birth" '
                               "violated the ban on discrimination.")
    assert faithful != _IOC_EN
    assert _findings(_IOC_DE, faithful) == []


# -- a country named alone in German, which capitalises every noun ------------------------

# lines-238-249 (NLLB_Greedy), segment 7: the segment replaced by an invented sentence (cut
# here); the translation names neither country.
_QUAKE_VIGIL_DE = ("Zehntausende Menschen sind bei der Erdbebenkatastrophe in der Türkei und in Syrien gestorben. "
                   "De Anteilnahme ist groß - auch in Stuttgart.")
_QUAKE_VIGIL_EN = "The European Union is not only a political force, but also a political force."


def test_countries_a_german_segment_names_alone_are_names():
    assert [(r, v) for r, v in loud(_QUAKE_VIGIL_DE, _QUAKE_VIGIL_EN) if r == "XL401"] == [
        ("XL401", "Türkei"), ("XL401", "Syrien")]


def test_the_countries_translated_are_kept():
    faithful = ("Tens of thousands of people died in the earthquake disaster in Turkey and Syria. Sympathy is great "
                "- in Stuttgart too.")
    assert loud(_QUAKE_VIGIL_DE, faithful) == []
    assert loud(_QUAKE_VIGIL_DE, faithful.replace("in Turkey and Syria", "in the Turkish and Syrian region")) == []
