"""Round 38, on the thirty-second news set (WMT21 FLORES xh→zu, tuning data after its
held-out score): Xhosa and Zulu glue noun-class and locative prefixes to names ("eGrisi",
"zaseHong Kong", "URolando") and to figures ("ngo-400"), name places their own way
(iJamani / iJalimane) and count in words ("ishumi elinesixhenxe", 17)."""

from tests.conftest import extracted, loud_values
from xlcheck.extract import names, numbers


def _text(*segments: str) -> str:
    """A window of segments, one per paragraph, as the set's files hold them."""
    return "\n\n".join(segments) + "\n"


# WMT21 FLORES xh→zu, document 103, segments 1-3 (HuaweiTSC).
_GREECE_XH = _text(
    'Izixeko zaseHarappa naseMohenjo-daro zazinandlu yangasese egungxulwayo phantse kuyo yonke indlu, '
    'ethiwe ngca kwi sistimu yesurisi ephucukileyo.',
    'Iintsalela zobuxhakaxhaka bokuhambisa ilindle ziye zafunyanwa kwizindlu zesixeko sase Minoan of '
    'Crete nase Santorini e Greece.',
    'Zazikhona izindlu zangasese kweyamandulo i Egypt, Persia neChina. Ku khanyiso lwama Roman , izindlu '
    'zangasese zaziye ngamanye amathuba zibe yinxalenye yendawo zokuhlamba zikawonke wonke apho amadoda '
    'namabhinqa babekunye bexubene.',
)
_GREECE_ZU = _text(
    'Amadolobha aseHarappa naseMohenjo-daro ayenendlu yangasese egudlile cishe kuzo zonke izindlu, ethiwe'
    ' ngqo ohlelweni lwebhizinisi oluthuthukisiwe.',
    'Izinsalela zokuhlanza indle zitholakale ezindlini ezisemadolobheni aseMinoan aseCrete naseSantorini '
    'eGrisi.',
    'Kwakunezindlu zangasese eGibhithe lasendulo, ePersia naseChina. Ngokukhanya kwamaRoma, izindlu '
    'zangasese kwesinye isikhathi zaziyingxenye yokugeza komphakathi lapho abesilisa nabesifazane '
    'babehlangana khona.',
)

# WMT21 FLORES xh→zu, document 89, segments 1-5 (GTCOM).
_HONG_KONG_XH = _text(
    'Owayelipolisa oli-Filipino ugcine uthathe abahambi base-Hong Kong njengamabanjwa sakhe ngokuhlasela '
    'ibhasi yabo e-Manila, ikomkhulu le-Philippines',
    'URolando Mendoza wadubula umpu wakhe iM16 kubakhenkethi.',
    'Baliqela abathinjwa esele behlanguliwe kwaye ubuncinci bathandathu selebefile ukuza kuthi ga ngoku.',
    'Ukubanjwa ngobhongwana izihlandlo ezithandathu, kuquka abantwana nabantu abadala, baye bakhululwa '
    'kwwangethuba, ngokunjalo nabafoti base Filipino.',
    'Abafoti bathabatha indawo yenenekazi esele likhulile njengoko lalifuna ilondolo. UMendoza '
    'wadutyulwa.',
)
_HONG_KONG_ZU = _text(
    'Amaphoyisa asePhilippines agcina ukuthatha izihambi zaseHong Kong njengeziboshwa ngokuhlasela ibhasi'
    ' labo eManila, inhloko-dolobha yasePhilippines',
    'URolando Mendoza udubule izivakashi ngesibhamu sakhe se-M16.',
    'Izithunjwa eziningana sezisindisiwe kanti okungenani eziyisithupha zishonile kuze kube manje.',
    'Kuboshwe abayisithupha, okubandakanya izingane nabantu abadala, abasanda kudedelwa, kanjalo '
    'nabathwebuli bezithombe basePhilippines.',
    'Abathwebuli bezithombe bathathe indawo yalesi salukazi ngesikhathi sifuna ukuwashwa. UMendoza '
    'wadutshulwa.',
)

# WMT21 FLORES xh→zu, document 59, segments 2-4 (GTCOM).
_AUSTRALIA_XH = _text(
    "Ziquka i-Netherlands, no-Anna Jochemsen egqiba engowethoba kwi-women's standing class kwi Super-G "
    'izolo, nase Finland no Katja Saarinen egqiba engoweshumi kwakulomnyadala.',
    "Owase Australia u Mitchell Gourley wagqiba kweye shumi elinanye I-men's standing Super-G. Owase "
    "Czech umgqatswa uOldrich Jelinek wagqiba kwindawo yeshumi elinesithandathu i-men's sitting Super-G.",
    'U-Arly Velasquez wase-Mexico uphume ishumi elinesihlanu kwindawo yokuhlala kwamadoda i-Super-G. '
    'IHolo yaseAdam yaseNew Zealand iphume isithoba kwindawo yamadoda iSuper-G',
)
_AUSTRALIA_ZU = _text(
    'Zihlanganisa iNetherlands, u-Anna Jochemsen uqede endaweni yesishiyagalolunye esigabeni sokuma '
    'kwabesifazane eSuper-G izolo, naseFinland noKatja Saarinen oqede endaweni yeshumi kulo mcimbi.',
    'U-Australia Mitchell Gourley uqede endaweni yeshumi nanye yokuma kweSuper-G. U-Czech ongenela '
    'ukhetho u-Oldrich Jelinek uqede endaweni yesi-16 kwi-Super-G nesithupha.',
    'U-Arly Velasquez waseMexico uphume eyishumi nanhlanu ezindlini zamadoda eSuper-G. I-Hola yase-Adam '
    'yaseNew Zealand iphume isithoba endaweni yamadoda i-Super-G.',
)

# WMT21 FLORES xh→zu, document 30, segments 2-5 (TRANSSION).
_INTERVIEW_XH = _text(
    'Kwi Interview, wathi okutsha okukhethekileyo Kwaku "hlupha kakhulu kwaye kusothusa ngenxa yezinga '
    'lokufa eliphezulu."',
    'Ezinye izigulana zisenokuba zisuleleke yontsholongwane esibhedlela, ucinga njalo u Dr. Moll, kwaye '
    'ababini kubo ibingabasebenzi basesibhedlela.',
    'Ngexesha lonyaka omnye, umntu osulelekileyo wosulela abantu abasondeleyo abali-10 ukuya kwi-15.',
    'Nangona, ipesenti yeXDR-TB kwiqela lonke Labantu abane tuberculosis lisabonakala lisezantsi; 6 000 '
    'yabantu abayi 330 000 abosulelekileyo ngethuba elithile eMzantsi Afrika.',
)
_INTERVIEW_ZU = _text(
    'Engxoxweni, uthe lokhu kukhethekile okusha "kuphazamisa kakhulu futhi kuyashaqisa ngenxa yezinga '
    'eliphezulu lokufa kwabantu."',
    'Ezinye iziguli zingatheleleka esibhedlela, kucabanga uDkt. Moll, kanti ezimbili zazo '
    'bekungabasebenzi basesibhedlela.',
    'Kungakapheli unyaka, umuntu othelelekile uthelele abantu abaseduze abayishumi kuya kwabayi-15.',
    'Kodwa-ke, iphesenti le-XDR-TB eqenjini lonke labantu abanofuba lisabonakala liphansi; Abantu '
    'abayizi-6 000 kwabangu-330,000 bangenwa yilesi sifo eNingizimu Afrika.',
)

# WMT21 FLORES xh→zu, document 128, segments 1-4 (reference A).
_BLOCKADE_XH = _text(
    'Kwamsinya emva kokuqhambuka kwengxwabangxwaba, iBritani yaqalisa ukuvala ulwandlwe lwaseJamani '
    'isebenzisa umkhosi waselwandle.',
    'Icebo labonakala lisebenza, ukuqhawula inkxaso ebalulekileyo yamajoni nabazinzi, nangona olu '
    'thintelo lophula umthetho ekakuvunyelwene ngawo kwizivumelwano zehlabathi kwisenturi ezimbini '
    'ezadlulayo.',
    'IBritani yombe amanzi amazwe ukuze inqande iinqanawe ukuba zingene kwiindawo zolwandle, isonzakalisa'
    ' neenqanawa ezimsulwa.',
    'Kuba kwakungekho impendulo inqabileyo kweli qhinga, iJamani yayilindele impendulo efanayo kumlo wayo'
    ' waselwandle ongathintelwanga.',
)
_BLOCKADE_ZU = _text(
    'Ngokushesha ngemva kobutha, iBrithani yaqala ukuvimbezela iJalimane ngemikhumbi.',
    'Isu libonakale lisebenza, ukususwa kwezinto ezidingwa ibutho lamasosha nabantu abavamile, nakuba '
    'lokhu kuvimbela kuphule imithetho yamazwe wonke elungiswe izivumelwano zamazwe amaningana wamakhulu '
    'amabili eminyaka adlule.',
    'I-Britain imba amanzi ezwekazi ukuze ivimbele imikhumbi ukuthi ingene kuyo yonke ingxenye yolwandle,'
    ' okubangela izingozi ngisho nasemikhunjini evamile.',
    'Njengoba bekunokusabela okulinganiselwe kulendlela, iJalimane beyilindele ukusabela okufanayo empini'
    ' yayo engavinjelwe yemikhumbi yangaphansi kwamanzi.',
)

# WMT21 FLORES xh→zu, document 67, segments 3-5 (HuaweiTSC).
_SHYAM_XH = _text(
    'Imvumi uSanju Sharma uqale ngorhatya, walandelwa nguJai Shankar Choudhary. Imangazelele i-chhappan '
    'bhog bhajan nayo. Imvumi, uRaju Khandelwal wayehamba naye.',
    'Ngoko, u-Lakkah Singh uyewakhokhela ecula amabhajan.',
    'Ii pleyti eziyi 108 ze Chhappan Bhog (ngesiHindu, 56 yezinto ezityekayo, njengeelekese, iziqhamo, '
    'amantongomane, izidlo njl njal. ezinikelwa kwisithixo) zazinikelwa kuBaba Shyam.',
)
_SHYAM_ZU = _text(
    'Umculi uSanju Sharma uqale kusihlwa, walandelwa nguJai Shankar Choudhary. I-chhappan bhog bhajan '
    'emangalisayo nayo. Umculi, uRaju Khandelwal wayenaye.',
    'Ngakho-ke, uLakkah Singh uye wahola ecula amabheji.',
    'Amapuleti ayi-108 eChhappan Bhog (ngesiHindu, izinto ezingama-56 ezidliwayo, njengamaswidi, '
    'izithelo, amantongomane, ukudla, njll.) Anikezwa isithombe) anikezwa uBaba uSyam.',
)

# WMT21 FLORES xh→zu, document 80, segments 2-4 (MS-EgDC).
_SKIERS_XH = _text(
    'Eyokuqala yakhe yayiSlalom, apho wafumana AWUGQIBANGA kumtyibilizo wakhe wokuqala. Abadlali abayi-36'
    ' kwabayi-116 nabo bafumana iziphumo ezifanayo kula mtyibilizi.',
    'Olunye ugqatso lakhe, iGalant Slalom, yambona egqiba kwindawo yeshumi kwiqela labafazi elihleliyo '
    'kunye nexesha lokubaleka elidibeneyo le-4: 41.30, 2: 11.60 imizuzu ecothayo kunendawo yokuqala '
    'yokugqiba iAustria uClaudia Loesch kunye nemizuzu eyi-1: 09.02 kancinci kunendawo yesithoba '
    'Kugqitywe uGyöngyi Dani waseHungary.',
    'Ii-skiers ezine kwiqela lamanina elihleliyo loyisakele ukugqibezela ithuba lalo, kwaye abayi 45 kwi '
    '117 skiers kwi Giant Salom boyisiwe ukuphumelela kwimbaleko.',
)
_SKIERS_ZU = _text(
    'Eyokuqala yakhe yayiSlalom, lapho wathola khona AWUQEDAnga emncintiswaneni wakhe wokuqala. Abadlali '
    'abangu-36 kwaba ngu-116 nabo bathola imiphumela efanayo kula ma-mtyibilizi.',
    'Omunye ugqamuka lakhe, iGalant Slalom, yambona eqeda endaweni yeshumi eqenjini labesifazane '
    'elihleliyo kanye nesikhathi sokugijima esihlangene esingu-4: 41.30, 2: 11.60 imizuzu ecothayo '
    'kunendawo yokuqala yokuqeda i-Austria uClaudia Loesch nemizuzu engu-1: 09.02 kancane kunendawo '
    'yesishiyagalolunye Kuqede',
    'Ama-skiers amane eqenjini lamanina elihleli yoyisakele ukuqedela ithuba lalo, kwathi abayi 45 ku 117'
    ' skiers ku Giant Salom boyisiwe ukunqoba umsubathi.',
)

# WMT21 FLORES xh→zu, document 62, segments 2-4 (FJDMATH).
_TAXI_XH = _text(
    'Ngexesha lama-1980s wayesebenza kwimiboniso enje ngeTeksi, iiCheers, kunye neTracy Ullman Show.',
    'Ngo-1989 wanceda ukwenza i-The Simpsons no-Brooks futhi no-Groening, futhi wayenoxanduva lokuqesha '
    'iqela lokuqala labhali bomdlalo.',
    'Ngaphandle kokushiya umboniso ngo-1993 wagcina isihloko somvelisi olawulayo, kwaye waqhubeka '
    'nokufumana amashumi ezigidi zeedola rhoqo.',
)
_TAXI_ZU = _text(
    'Ngesikhathi sama-1980s ayesebenza emibonisweni enjengamaTheku, amaCheers, kanye neTracy Ullman Show.',
    'Ngo-1989 wasiza ukwenza i-The Simpsons no-Brooks futhi no-Groening, futhi wayenesibopho sokuqasha '
    'iqembu lokuqala labhali bomdlalo.',
    'Ngaphandle kokushiya umbukiso ngo-1993 wagcina isihloko somkhiqizi olawulayo, futhi waqhubeka '
    'nokuthola amashumi ezigidi zamadola njalo.',
)

def test_names_behind_prefixes_or_spelt_the_nguni_way_are_clean():
    # eGrisi, eGibhithe, kwamaRoma; zaseHong Kong, basePhilippines (base Filipino); U-Australia
    # after "Owase Australia" opening a sentence; iJalimane for lwaseJamani
    assert loud_values(_GREECE_XH, "xh", _GREECE_ZU, "zu") == []
    assert loud_values(_HONG_KONG_XH, "xh", _HONG_KONG_ZU, "zu") == []
    assert loud_values(_AUSTRALIA_XH, "xh", _AUSTRALIA_ZU, "zu") == []
    assert loud_values(_BLOCKADE_XH, "xh", _BLOCKADE_ZU, "zu") == []


def test_a_word_capitalised_after_an_ordinary_word_is_no_name_and_a_hyphened_figure_is_read_whole():
    # "okukhethekileyo Kwaku" is no name; "abayi 330 000" / "kwabangu-330,000" is one number
    assert loud_values(_INTERVIEW_XH, "xh", _INTERVIEW_ZU, "zu") == []


def test_names_dropped_or_misspelt_behind_prefixes_are_still_reported():
    assert loud_values(_SHYAM_XH, "xh", _SHYAM_ZU, "zu") == [("XL401", "Baba Shyam")]  # uBaba uSyam
    assert loud_values(_SKIERS_XH, "xh", _SKIERS_ZU, "zu") == [("XL401", "Gyöngyi Dani"), ("XL401", "Hungary")]
    assert loud_values(_TAXI_XH, "xh", _TAXI_ZU, "zu") == [("XL401", "Teksi")]  # iTeksi / amaTheku


def test_a_name_behind_a_prefix_is_extracted_without_it():
    found = extracted(names, "URolando Mendoza wadubula eManila. Kugqitywe uGyöngyi Dani waseHungary.", "xh")
    assert sorted(value for value, _ in found) == ["Dani", "Gyöngyi", "Hungary", "Kugqitywe", "Manila", "Mendoza",
                                                   "Rolando"]
    # other languages keep reading a brand as it is written
    assert [value for value, _ in extracted(names, "Apple sold the iPhone in Manila.", "en")] == ["Apple", "Manila"]


def test_figures_behind_a_hyphened_prefix_and_counts_in_words():
    assert extracted(numbers, "cishe ngo-400 A.D. futhi kwabangu-330,000", "zu") == [
        ("400", "400"), ("330000", "330,000")]
    assert extracted(numbers, "ishumi elinesixhenxe, amashumi amabini anesihlanu", "xh") == [
        ("17", "ishumi elinesixhenxe"), ("25", "amashumi amabini anesihlanu")]
    assert extracted(numbers, "yeshumi nambili ezine izigidi", "zu") == [
        ("12", "yeshumi nambili"), ("4", "ezine"), ("~1000000", "izigidi")]
    # ahead, to show, Wednesday: no counts
    assert extracted(numbers, "phambili ukukhombisa ngoLwesithathu", "zu") == []
    # in another language a figure after a hyphen stays part of a code's name
    assert extracted(numbers, "abc-400", "en") == []


def test_a_changed_figure_behind_a_prefix_is_reported_and_words_excuse_figures():
    assert loud_values("malunga ne-400 A.D.\n", "xh", "cishe ngo-500 A.D.\n", "zu") == [("XL102", "400")]
    assert loud_values("kwinkulungwane ye-12 ikakhulu\n", "xh", "phakathi nekhulu leminyaka leshumi nambili\n",
                       "zu") == []


def test_a_word_capitalised_behind_a_hyphened_prefix_is_no_recased_program_name():
    # WMT21 FLORES xh→zu, document 8 segment 2 (GTCOM): chestnut-coloured, "nge-Chestnut"
    xh = (". Izazinzulu zithi esi silwanyana sasinombala omdaka nge-chestnut ngaphezulu kunye nombala ongaphantsi "
          "olombala okanye we-carotenoid.\n")
    zu = ". Ososayensi bathi lesi silwane sasinsundu nge-Chestnut ngaphezulu nombala ophansi noma i-carotenoid.\n"
    assert loud_values(xh, "xh", zu, "zu") == []
