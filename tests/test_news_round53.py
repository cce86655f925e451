"""Round 53 on missed names pooled across the news sets (tuning data): a name whose own final s
a translation cuts (Pinellas County / condado de Pinella, Ladbrokes / Ladbroke), a name a
Bengali source keeps in Latin letters that the Hindi drops (Ürümqi), a name a Japanese
translation makes a city of the same first sound (Atlanta / アテネ, Athens), a speaker dropped
where a kana loanword sounds near him (Landray / ランダム化), a news agency dropped (RIA, AP), a
katakana name with a voiced stop made voiceless (Eldon / エルトン) or run on into Latin letters
(Cameron / カムeron), and a surname replaced beside the given name an English translation keeps
(Omar Al-Bashir / Omar Al-Din). Each has its faithful twin, and the forms a name rightly takes
(a plural beside its singular, a city's exonym, a German name devoiced, documentation's role
word for a name) are not reported."""

from tests.conftest import loud_values

# NTREX-128 (MicrosoftTranslator/NTREX, CC BY-SA 4.0), WMT19 newstest with its human
# translations: cnn.304400 line 1995 (Portuguese), scotsman.133791 line 793 (French),
# scotsman.133753 line 1413 (Japanese); shortened to the clauses that name (and, in the first,
# without "in the past week").
_PINELLAS = ("Medium concentrations in or offshore of Pinellas County have been reported, "
             "low to high concentrations offshore of Hillsborough County.\n",
             "Foram registadas concentrações médias junto ou ao largo da costa do condado de "
             "Pinella, concentrações baixas a altas ao largo da costa do condado de Hillsborough.\n")
_LADBROKES = ("Gary Holt's team inflicted just Gerrard's second defeat in 18 games as manager to leave his side eight "
              "points adrift of runaway Ladbrokes Premiership leaders Hearts.\n",
              "L’équipe de Gary Holt a infligé à Gerrard sa seconde défaite en 18 matches en tant qu’entraîneur, "
              "laissant son équipe à la dérive, huit points derrière les Hearts, meneurs des Ladbroke Premiership.\n")
_ATLANTA = ("The American, who won the 200 metres and 400 metres at the 1996 Games in Atlanta among his total of four "
            "Olympic golds and is now a regular BBC pundit, was left unable to walk after suffering a transient "
            "ischemic attack.\n",
            "1996年のアテネオリンピックでの200mおよび400mでの優勝を含め、4個のオリンピック金メダルを獲得し、現在は"
            "BBCに専門家としてレギュラー出演するアメリカ人男性が一過性脳虚血発作を起こし、歩行不能となった。\n")
# WMT21 FLORES bn→hi (wmt-conference/wmt21-news-systems, FLORES CC BY-SA 4.0; system outputs
# released for MT evaluation): document 63 segment 3, HuaweiTSC's Hindi.
_URUMQI = ("প্রাথমিক রিপোর্টগুলিতে বলা হয়েছে যে Ürümqi-তে জরুরি অবতরণের বিষয়টিতে অস্বীকার করা হলে বিমানটিকে "
           "আফগানিস্তানে ফিরিয়ে নিয়ে যাওয়া হয়েছিল।\n",
           "प्रारंभिक रिपोर्टों में कहा गया है कि आपातकालीन लैंडिंग से इंकार किए जाने पर विमान को अफ़ग़ानिस्तान में "
           "वापस ले जाया गया था.\n")


def test_a_county_whose_final_s_is_cut_is_a_changed_name():
    en, pt = _PINELLAS
    assert ("XL401", "Pinellas") in loud_values(en, "en", pt, "pt")


def test_the_county_spelt_right_is_clean():
    en, pt = _PINELLAS
    assert loud_values(en, "en", pt.replace("Pinella,", "Pinellas,"), "pt") == []


def test_a_sponsor_whose_final_s_is_cut_is_a_changed_name():
    en, fr = _LADBROKES
    assert loud_values(en, "en", fr, "fr") == [("XL401", "Ladbrokes")]
    assert loud_values(en, "en", fr.replace("Ladbroke ", "Ladbrokes "), "fr") == []


def test_a_plural_beside_its_singular_and_an_exonym_keep_their_s():
    # Written for the test: a family's plural, where English names one of them too; Athens,
    # which German writes Athen.
    en = "Barack Obama spoke first. The Obamas Foundation later said it would help.\n"
    de = "Barack Obama sprach zuerst. Die Obama Foundation sagte später, sie werde helfen.\n"
    assert loud_values(en, "en", de, "de") == []
    en = "He won gold at the Athens Olympics in 2004.\n"
    de = "Er gewann 2004 Gold bei den Olympischen Spielen in Athen.\n"
    assert loud_values(en, "en", de, "de") == []


def test_a_latin_name_a_bengali_source_keeps_and_the_hindi_drops_is_missing():
    bn, hi = _URUMQI
    assert loud_values(bn, "bn", hi, "hi") == [("XL401", "Ürümqi")]


def test_the_latin_name_kept_or_transliterated_in_hindi_is_clean():
    bn, hi = _URUMQI
    kept = hi.replace("आपातकालीन लैंडिंग", "Ürümqi में आपातकालीन लैंडिंग")
    assert loud_values(bn, "bn", kept, "hi") == []
    transliterated = hi.replace("आपातकालीन लैंडिंग", "उरुमची में आपातकालीन लैंडिंग")
    assert loud_values(bn, "bn", transliterated, "hi") == []


def test_a_name_made_a_city_of_the_same_first_sound_in_japanese_is_a_changed_name():
    en, ja = _ATLANTA
    assert loud_values(en, "en", ja, "ja") == [("XL401", "Atlanta")]


def test_the_city_transliterated_or_named_in_english_is_clean():
    en, ja = _ATLANTA
    assert loud_values(en, "en", ja.replace("アテネ", "アトランタ"), "ja") == []
    # Written for the test: the English names Athens too, so the Japanese city is its own.
    athens = en.replace("in Atlanta", "in Atlanta, a century after Athens,")
    assert ("XL401", "Atlanta") not in loud_values(athens, "en", ja, "ja")


# WMT21 newstest2021 en→ja (wmt-conference/wmt21-news-systems; sources released for
# research, system outputs for MT evaluation): guardian.306616 segments 6 and 7 with the
# output of movelikeajaguar, the second segment shortened to the clause that names.
_LANDRAY = ('"Tens of thousands of people have already been given convalescent plasma in the US but these '
            'treatments were not randomised," said Professor Martin Landray, one of the founders of the Recovery '
            'programme.\n\n"They just give individuals convalescent plasma in the hope it will work," added Landray, '
            'an expert in the setting up of large-scale drug trials.\n',
            "「米国では何万人もの人々がすでに回復期の血漿を受けていますが、これらの治療法はランダム化されていませんでした。"
            "\n\n大規模な薬物試験の設定の専門家であるLandrayは、「彼らは、それが働くことを期待して個人に回復血漿を与えます。」"
            "\n")


def test_a_speaker_dropped_where_a_loanword_sounds_like_him_is_a_dropped_name():
    # ランダム(化), "randomised", is a consonant from Landray: the loanword, not the name.
    en, ja = _LANDRAY
    assert ("XL401", "Landray") in loud_values(en, "en", ja, "ja")


def test_the_speaker_written_in_katakana_is_clean():
    en, ja = _LANDRAY
    named = ja.replace("でした。\n", "でした」とマーティン・ランドレイ教授は語った。\n", 1)
    assert ("XL401", "Landray") not in loud_values(en, "en", named, "ja")


# WMT22 en→de (wmt-conference/wmt22-news-systems, rt-com.18637, Online-B) and WMT21
# newstest2021 en→de (wmt-conference/wmt21-news-systems, line 373 of window 370-376,
# BUPT_rush); test data released for research and MT evaluation. The first shortened.
_RIA = ('"We are working with the Russian side to increase trade turnover," Al Zeyoudi told RIA news agency on '
        'Saturday during a plenary session of the Expo-2020 international forum in the UAE.\n',
        "„Wir arbeiten mit der russischen Seite zusammen, um den Handelsumsatz zu steigern“, sagte Al Zeyoudi am "
        "Samstag während einer Plenarsitzung der Weltausstellung Internationales Forum 2020 in den VAE.\n")
_COLVIN = ('AP White House reporter Jill Colvin greeted McEnany at her first briefing by asking, "Will you pledge '
           'never to lie to us from that podium?"\n',
           'Jill Colvin, die Reporterin des Weißen Hauses, begrüßte McEnany bei ihrem ersten Briefing mit der Frage: '
           '"Wollen Sie uns nie von diesem Podium aus belügen?"\n')


def test_a_news_agency_a_translation_names_in_no_form_is_dropped():
    en, de = _RIA
    assert loud_values(en, "en", de, "de") == [("XL401", "RIA")]
    en, de = _COLVIN
    assert loud_values(en, "en", de, "de") == [("XL401", "AP")]


def test_the_agency_named_by_another_of_its_names_is_clean():
    en, de = _RIA
    assert loud_values(en, "en", de.replace("sagte Al Zeyoudi", "sagte Al Zeyoudi der Agentur RIA Nowosti"), "de") == []
    en, de = _COLVIN
    assert loud_values(en, "en", de.replace("die Reporterin", "die Reporterin der Associated Press"), "de") == []


# NTREX-128, guardian.221718 line 930 with its human Japanese translation.
_ELDON = ("A cyber-hacker has infiltrated Britain's super-secret web network of spies, revealing the identities of all "
          "Britain's agents in the field, to the dismay of the agent on duty - a regrettably small role for Kevin "
          "Eldon.\n",
          "サイバーハッカーが英国の極秘スパイのウェブネットワークに潜入し、活動中のすべての英国エージェントの身元を暴露"
          "したことで、当番のエージェント（ケヴィン・エルトンには残念なほど小さな役）が狼狽する。\n")


def test_a_name_whose_voiced_stop_katakana_makes_voiceless_is_another_name():
    en, ja = _ELDON
    assert loud_values(en, "en", ja, "ja") == [("XL401", "Kevin Eldon")]


def test_the_name_with_its_voiced_stop_is_clean():
    en, ja = _ELDON
    assert loud_values(en, "en", ja.replace("エルトン", "エルドン"), "ja") == []
    # Written for the test: a German name's final d, which Japanese devoices (Bernd / ベルント).
    en = en.replace("Kevin Eldon", "Bernd Leno")
    assert loud_values(en, "en", ja.replace("ケヴィン・エルトン", "ベルント・レノ"), "ja") == []


# WMT25 en→ja (wmt-conference/wmt25-general-mt, released for MT evaluation): guardian.229338
# paragraph 2's last sentence with system SH's Japanese.
_CAMERON = ("Andrew Exeter's lighting switches from blood red to cool blue for scenes when 13-year-old Cameron "
            "repeatedly puts himself - and, eventually, his new heart - to the test when diving at his local pool.\n",
            "アンドリュー・エクスターの照明は、13歳のカムeronが地元プールでダイブを繰り返すシーンでは、血色の赤から冷静な青に"
            "切り替わる。\n")


def test_a_name_broken_into_katakana_and_latin_letters_is_a_changed_name():
    en, ja = _CAMERON
    assert loud_values(en, "en", ja, "ja") == [("XL401", "Cameron")]


def test_the_name_in_katakana_is_clean():
    en, ja = _CAMERON
    assert loud_values(en, "en", ja.replace("カムeron", "キャメロン"), "ja") == []


def test_documentation_may_name_by_its_role_what_it_writes_in_latin_letters_elsewhere():
    # "The Rust Programming Language" (rust-lang/book, MIT or Apache-2.0) and its Japanese
    # translation (rust-lang-ja/book-ja), ch11-00, two sentences (the first one's Japanese
    # written for the test): the Japanese says コンパイラ, the compiler, for Rust, which it
    # writes in Latin letters in the other paragraph.
    from tests.conftest import pair_findings

    en = ("As such, Rust includes support for writing automated software tests.\n\nWhen we implement and compile that "
          "function, Rust does all the type checking and borrow checking that you have learned so far.\n")
    ja = ("そのため、Rustは自動テストを書くサポートを含んでいます。\n\nこの関数を実装してコンパイルすると、コンパイラはこれまでに"
          "学んできた型チェックと借用チェックを全て行います。\n")
    assert [f.value for f in pair_findings(en, "en", ja, "ja") if f.rule == "XL401"] == []


# WMT21 newstest2021 ha→en (wmt-conference/wmt21-news-systems, released for MT evaluation):
# segment 954 (window 949-954) with TWB's English.
_BASHIR = ("A cikin watan Afrilun shekarar 2019 ne aka hambarar da gwamnatin shugaba Omar Al-Bashir, biyo bayan watanni "
           "da aka kwashe ana zanga-zangar kin jinin gwamnatinsa.\n",
           "In April 2019, president Omar Al-Din, following months of protests against his government.\n")


def test_a_surname_an_english_translation_replaces_beside_the_given_name_is_a_changed_name():
    ha, en = _BASHIR
    assert ("XL401", "Omar Al-Bashir") in loud_values(ha, "ha", en, "en")


def test_the_surname_kept_or_respelt_is_clean():
    ha, en = _BASHIR
    assert ("XL401", "Omar Al-Bashir") not in loud_values(ha, "ha", en.replace("Al-Din", "al-Bashir"), "en")
    assert ("XL401", "Omar Al-Bashir") not in loud_values(ha, "ha", en.replace("Al-Din", "Al-Beshir"), "en")


# The same window's segment 98 (TWB): Gambia's chief justice Hassan Jallow made "Hassan Da"
# (Hausa's "da", and, written as a name), the source cut to his clause.
_JALLOW = ("Sai dai kwamitin kwararrun da Robinson ta jagoranta tare da babban mai shari'a na kasar Gambia Hassan "
           "Jallow, sun wanke tsohon ministan noman na Najeriya daga dukkannin zarge-zarge da ke kansa.\n",
           "However, the committee was chaired by Prime Minister Hassan Da, who was addressing the former Minister of "
           "Agriculture of Nigeria from all allegations against him.\n")


def test_a_surname_made_a_word_of_the_source_written_as_a_name_is_a_changed_name():
    ha, en = _JALLOW
    assert ("XL401", "Hassan Jallow") in loud_values(ha, "ha", en, "en")
    assert ("XL401", "Hassan Jallow") not in loud_values(ha, "ha", en.replace("Hassan Da", "Hassan Jallow"), "en")
