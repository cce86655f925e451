"""Round 84 on the forty-fifth news set's false alarms (tuning data after its held-out score):
Arabic sentences cut at ``؟`` and before a letter of a script without capitals, Arabic
numbers in words and with their scale words, Arabic decades, a quotation opened after a
glued particle (بـ"…"), Latin names written in Arabic letters by their sound, and two
Ukrainian ones: a name dropped with its sentence but written by its sound in another
sentence of the paragraph, and two spellings of one transliteration."""

import pytest

from tests.conftest import extracted, loud_values
from xlcheck.compare.arabic import written_in_arabic
from xlcheck.extract import dates, numbers
from xlcheck.model import Segment
from xlcheck.romanise import arabic_sound, english_arabic_distance
from xlcheck.segment import sentences

# WMT25 en→ar_EG and en→uk (wmt-conference/wmt25-general-mt, released for MT evaluation; the
# English sources as the WMT25 metrics task's condrift set copies them): sentences of
# guardian-230238 (Algharb), cnbc-com-52094 (Algharb), guardian-229703 (SRPOL),
# newrepublic-com-12619 (Algharb), guardian-228996 (KYUoM) and en-ndtv-com-357237 (Laniqo),
# some cut to the clause the test needs.
_SHINING = ("But this month, Trump declared he wanted to build his hotels on the mass graves of Gaza. Hasn't Trump "
            "seen The Shining? It won't end well. Pity those whose children have the misfortune to die next to a "
            "monetisable stretch of shoreline.\n",
            'ولكن هذا الشهر، أعلن ترامب أنه يريد بناء فنادقه على المقابر الجماعية في غزة. ألم يشاهد ترامب فيلم '
            '"البريق"؟ لن تكون النهاية سعيدة. كم هم مثيرون للشفقة أولئك الذين شاء حظ أطفالهم العاثر أن يموتوا بجوار '
            'شريط ساحلي يمكن تحقيق الدخل منه.\n')
_CHIPS = ("Broadcom's revenue from AI, which includes both custom and networking chips, was $60 billion to $90 "
          "billion.\n",
          "وبلغت إيرادات برودكوم من الذكاء الاصطناعي، التي تشمل الرقائق المخصصة ورقائق الشبكات، ما يتراوح بين 60 "
          "إلى 90 مليار دولار.\n")
_AMERICANS = ("One of these 22-year-old jerks wiped the social security data of 70 million Americans.\n",
              "أحد هؤلاء المراهقين البالغين من العمر 22 عامًا يزيل بيانات الضمان الاجتماعي لـ 70 مليون أمريكي.\n")
_ARTICLES = ("Article 3, that's the judiciary; Article 2, the President; Article 1, Congress.\n",
             "المادة الثالثة هي السلطة القضائية، والمادة الثانية هي الرئيس، والمادة الأولى هي الكونغرس.\n")
_CASES = ("These 40 cases are an advent calendar of illegality.\n",
          "هذه القضايا الأربعون أشبه بتقويم للمخالفات.\n")
_NINETIES = ("The whole scene is reminiscent of the 90s boom in management consultancy.\n",
             "المشهد بأكمله يذكرنا بازدهار الاستشارات الإدارية في التسعينيات.\n")
_EFFICIENCY = ('They have, under the spurious authority of Musk\'s imaginary "department of government efficiency," '
               "gone in and stolen all the data.\n",
               'لقد ذهبوا، تحت السلطة الزائفة لما يسمى بـ"قسم الكفاءة الحكومية" الوهمي التابع لماسك، وسرقوا كل البيانات.\n')
_BRANDS = ("Some of the previous reasons for the sell-off, such as DeepSeek's cheaper AI models, have been put into "
           "question. Recently, ByteDance, the Chinese parent of TikTok, said it would buy chips.\n",
           'وقد تم التشكيك في بعض الأسباب السابقة للبيع، مثل نماذج الذكاء الاصطناعي الأرخص لشركة "ديب سيك". ومؤخرًا، '
           "قالت بايت دانس، الشركة الصينية المالكة لتيك توك، إنها ستشتري رقائق.\n")
_OPENAI = ("Reuters reported Monday that ChatGPT creator OpenAI is finalizing the design for its first in-house chip.\n",
           'ذكرت وكالة رويترز يوم الاثنين أن شركة أوبن إيه آي، مبتكرة "شات جي بي تي"، تضع اللمسات الأخيرة على تصميم '
           "أول شريحة لها.\n")
_GUINNESS = ("\n\n".join((
    'I\'m not sure I can remember exactly when I sensed it. Maybe it was when some of the more gimmicky London pubs introduced "stamp cards" to ration out Guinness after news of a shortage; maybe it was when I was served the 500th London Guinness rating video by my Instagram algorithm. Regardless of the precise moment the notion arrived, however, I have felt for a while that we are heading for a change when it comes to the pint du jour. For a few years now, Guinness has been the fashionable choice for millennial and gen Z drinkers, swept up in the aesthetic renaissance of the Good Old-Fashioned Bloody Pub. But I think the tide is turning. This will probably be the year that the Irish stout stops being cool.',
    'I\'m pretty sure that what will finally usher the Guinness hype train back into the station will be the same thing that came for Aperol spritzes and truffle: overexposure. The Aperol, once a genuinely trendy, vaguely Sex and the City-ish aperitivo-style drink is now a cultural behemoth in its own right - delicious, certainly, but definitely no longer "cool." And truffle, well ... would you like a side of truffle fries for that truffle mac and cheese garnished with truffle oil?',
    'Overexposure, of course, is the death knell for cool in most cases (or at least self-conscious, trend-following "coolness," as I mean it here). This is particularly true amid the one-upmanship of contemporary food and drink culture which, as defined by social media, is always about being the first to find the undiscovered or most novel thing - the "hidden gem," the bakery and "pasta space" in London\'s zone 6 or what have you ("Come with me to the pub in Richmond that regularly floods"). And while Guinness\'s current round of popularity began because it was once viewed among younger pubgoers as a left-field choice - an "if you know, you know" order - it now couldn\'t be less of a secret.',
)) + "\n",
"\n\n".join((
    'Я не певна, коли я це відчула. Можливо, це коли деякі з більш хитрозвучних лондонських пабів запровадили "штампові картки" для виписки Гіннесса після повідомлення про нестачу; можливо, це коли мені подали 500-е відео рейтингу Лондона Гіннесса за допомогою мого алгоритму в Instagram. Незалежно від того, коли ідея прийшла, я деякий час відчував, що ми рухаємося до зміни, коли йдеться про пінту джор.',
    'Я досить певна, що те, що врешті-решт відвести в Гіннес хіп потяг назад в станцію буде те саме, що прийшло для Aperol спиртц і трюфель: перевипадок. Аперол, колись по-справжньому модний, неясно сексу та міського-іс аперитивно стилю напой, тепер є культурним гігемотом у своєму власному - смачно, звичайно, але точно більше не холодно. А трюфель, ну... ви хотіли б бік картоплі для того трюфеля mac і сир, деформований маслом трюфеля?',
    'Перевикриття, звичайно, є смертельним дзвіном для прохолоду в більшості випадків (або принаймні самообізна, тренду "холоду", як я маю на увазі це тут). Це особливо вірно серед унікальності сучасної харчової та напої культури, яка, як визначено в соціальних мережах, завжди про те, щоб бути першим, хто знаходить незвідану або найновішу річ - "захований кошточник"," хлібництво і "пастовий простір" в зоні 6 Лондона або те, що у вас є ("Півніть зі мною до пабе в Річмонд, що регулярно попливає"). І хоча нинішній раунд популярності Гіннеса почався тому, що колись його сприймали молодші пабуерів як лівий вибір - порядок "якщо ви знаєте, знаєте" - це не міг бути менш таємним зараз.',
)) + "\n")


def _paragraph(text: str) -> Segment:
    return Segment(1, 0, len(text), 1, 1, text)


def test_an_arabic_paragraph_is_cut_into_its_sentences():
    assert len(sentences(_paragraph(_SHINING[1].strip()))) == 4
    # a sentence of the translation is no longer taken for one left out
    assert loud_values(*_SHINING[:1], "en", _SHINING[1], "ar") == []


def test_a_question_left_out_of_an_arabic_paragraph_is_still_reported():
    dropped = _SHINING[1].replace('ألم يشاهد ترامب فيلم "البريق"؟ ', "")
    assert ("XL006", "Hasn't Trump seen The Shining?") in loud_values(_SHINING[0], "en", dropped, "ar")


def test_arabic_scale_words_and_a_range_that_shares_one():
    assert loud_values(*_CHIPS[:1], "en", _CHIPS[1], "ar") == []
    assert loud_values(*_AMERICANS[:1], "en", _AMERICANS[1], "ar") == []
    assert ("XL102", "70000000") in loud_values(_AMERICANS[0], "en", _AMERICANS[1].replace("مليون", "ألف"), "ar")
    assert ("90000000000", "90 مليار") in extracted(numbers, "بين 60 و90 مليار دولار", "ar")
    assert ("60000000000", "60") in extracted(numbers, "بين 60 و90 مليار دولار", "ar")


def test_arabic_numbers_in_words_excuse_figures():
    assert loud_values(*_ARTICLES[:1], "en", _ARTICLES[1], "ar") == []
    assert loud_values(*_CASES[:1], "en", _CASES[1], "ar") == []
    assert ("7", "السبعة") in extracted(numbers, "أسهم السبعة الكبار", "ar")
    # Arabic-Indic digits are figures
    assert ("124", "١٢٤") in extracted(numbers, "كان ١٢٤ عام ٢٠١٠", "ar")


def test_arabic_decades():
    assert loud_values(*_NINETIES[:1], "en", _NINETIES[1], "ar") == []
    assert ("199X", "التسعينيات") in extracted(dates, "في التسعينيات", "ar")
    assert ("197X", "السبعينات") in extracted(dates, "من السبعينات", "ar")
    assert ("XL202", "199X") in loud_values(_NINETIES[0], "en", _NINETIES[1].replace("التسعينيات", "الثمانينيات"),
                                           "ar")


def test_a_quotation_after_a_glued_arabic_particle():
    assert loud_values(*_EFFICIENCY[:1], "en", _EFFICIENCY[1], "ar") == []


@pytest.mark.parametrize(("latin", "arabic"), [
    ("BlackRock", "وبلاك روك"), ("TikTok", "لتيك توك"), ("ByteDance", "بايت دانس"), ("DeepSeek", "ديب سيك"),
    ("SpaceX", "سبيس إكس"), ("DuPont", "ودوبونت"), ("Trump", "ترامب"), ("ChatGPT", "شات جي بي تي"),
])
def test_a_latin_name_and_its_arabic_transliteration_sound_alike(latin, arabic):
    assert english_arabic_distance(latin, arabic) <= 0.5
    assert written_in_arabic(latin, f"قالت {arabic} إنها")


def test_a_short_skeleton_is_not_found_by_chance():
    assert arabic_sound("بين") == "BN"
    assert not written_in_arabic("OpenAI", "بين الشركتين")  # "Open" has the skeleton of "between"
    assert not written_in_arabic("Meta", "مات")  # two consonants: never by sound alone


def test_brands_written_in_arabic_letters_are_no_missing_names():
    assert loud_values(*_BRANDS[:1], "en", _BRANDS[1], "ar") == []
    assert loud_values(*_OPENAI[:1], "en", _OPENAI[1], "ar") == []


def test_a_brand_an_arabic_translation_leaves_out_is_still_reported():
    lost = _BRANDS[1].replace("لتيك توك", "للتطبيق")
    assert ("XL401", "TikTok") in loud_values(_BRANDS[0], "en", lost, "ar")
    changed = _OPENAI[1].replace("أوبن إيه آي", "أوبن ماركت")
    assert ("XL401", "OpenAI") in loud_values(_OPENAI[0], "en", changed, "ar")


def test_a_name_dropped_with_its_sentence_but_written_by_its_sound_elsewhere_in_the_paragraph():
    found = loud_values(*_GUINNESS[:1], "en", _GUINNESS[1], "uk")
    assert ("XL006", "For a few years now, Guinness has been") in found
    assert ("XL401", "Guinness") not in found  # Гіннесса, twice in the sentences kept
    # written nowhere in the paragraph: lost with the sentence
    other = _GUINNESS[1].replace("Гіннесса", "пива")
    assert ("XL401", "Guinness") in loud_values(_GUINNESS[0], "en", other, "uk")


_BREETZKE_EN = ("Matthew Breetzke etched his name into the record books on Monday.\n\n"
                "Before Breetzke's innings, the highest score on debut was 124.\n\n"
                "Now, Breetzke stands alone at the top.\n")


def test_two_spellings_of_one_transliteration_are_no_garbled_name():
    uk = ("Меттью Брецке увічнив своє ім'я в історії у понеділок.\n\n"
          "До виконання партії Бреетцке найвищий результат за дебютний матч був 124.\n\n"
          "Тепер Бретцке є абсолютним лідером.\n")
    assert [value for rule, value in loud_values(_BREETZKE_EN, "en", uk, "uk") if rule == "XL401"] == []


def test_a_peoples_adjective_dropped_with_its_sentence_is_no_missing_name():
    found = loud_values(*_GUINNESS[:1], "en", _GUINNESS[1], "uk")
    assert ("XL401", "Irish") not in found  # "the Irish stout", in the sentence left out
    assert ("XL006", "For a few years now, Guinness has been") in found
