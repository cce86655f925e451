"""Names that news in Chinese, Japanese, Korean and Russian writes in its own script and
CLDR does not give: news agencies, broadcasters, papers and institutions, and the capitals
and large cities that have no time zone of their own. Their names in those scripts and in
English.

A dateline's agency and city (中新网北京3月7日电, ТАСС) or the body a story is about (证监会,
Госдума) is what a translation drops or changes most often after countries. The lists
keep to names with a stable, widely used English form; they are a starting point to
extend, not a gazetteer of every outlet and town.
"""

from __future__ import annotations

# key -> (English forms, forms in other scripts). An English form of several words is
# present when all its words are; forms in other scripts are found as written (Russian
# ones also inflected, by the caller).
ORGANISATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # news agencies
    "Xinhua": (("Xinhua",), ("新华社", "新华网", "新華社", "Синьхуа")),
    "CNS": (("China News", "CNS", "Chinanews"), ("中新社", "中新网", "中国新闻社", "中国新闻网")),
    "Reuters": (("Reuters",), ("路透社", "路透", "ロイター", "로이터", "Рейтер")),
    "AP": (("AP", "Associated Press"), ("美联社", "美聯社", "AP通信", "Ассошиэйтед Пресс")),
    "AFP": (("AFP", "France-Presse", "France Presse"), ("法新社", "AFP通信", "Франс Пресс")),
    "Bloomberg": (("Bloomberg",), ("彭博社", "彭博", "ブルームバーグ", "블룸버그", "Блумберг")),
    "Kyodo": (("Kyodo",), ("共同社", "共同通信", "Киодо")),
    "Yonhap": (("Yonhap",), ("韩联社", "韓聯社", "聯合ニュース", "연합뉴스", "Ёнхап")),
    "TASS": (("TASS",), ("塔斯社", "タス通信", "ТАСС")),
    "RIA": (("RIA", "Novosti"), ("俄新社", "РИА Новости")),
    "Interfax": (("Interfax",), ("国际文传电讯社", "インタファクス", "Интерфакс")),
    "UPI": (("UPI", "United Press International"), ("合众国际社", "合眾國際社")),
    "dpa": (("dpa", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"), ("德新社", "德意志新闻社")),
    "CNA": (("CNA", "Central News Agency"), ("中央社", "中央通讯社")),
    "VNA": (("VNA", "Vietnam News Agency"), ("越通社", "越南通讯社")),
    "Meduza": (("Meduza",), ("Медуза",)),
    # broadcasters and papers
    # Not 中央电视台: 朝鲜中央电视台 is Korean Central Television.
    "CCTV": (("CCTV", "China Central Television"), ("央视", "央视网")),
    "CGTN": (("CGTN",), ("中国国际电视台",)),
    "People's Daily": (("People's Daily", "People"), ("人民日报", "人民网")),
    "Global Times": (("Global Times",), ("环球时报", "环球网")),
    "China Daily": (("China Daily",), ("中国日报",)),
    "NHK": (("NHK",), ("日本放送協会", "日本广播协会")),
    "BBC": (("BBC",), ("英国广播公司", "Би-би-си")),
    "CNN": (("CNN",), ("美国有线电视新闻网",)),
    "VOA": (("VOA", "Voice of America"), ("美国之音", "Голос Америки")),
    "Deutsche Welle": (("Deutsche Welle", "DW"), ("德国之声", "德國之聲", "ドイチェ・ヴェレ", "Немецкая волна")),
    "RFI": (("RFI", "Radio France"), ("法广", "法国国际广播电台")),
    "New York Times": (("New York Times",), ("纽约时报", "ニューヨーク・タイムズ", "Нью-Йорк Таймс")),
    "Wall Street Journal": (("Wall Street Journal", "WSJ"), ("华尔街日报", "ウォール・ストリート・ジャーナル")),
    "Financial Times": (("Financial Times", "FT"), ("金融时报", "英国金融时报", "Файнэншл Таймс")),
    "Washington Post": (("Washington Post",), ("华盛顿邮报", "ワシントン・ポスト", "Вашингтон пост")),
    # institutions
    "UN": (("UN", "United Nations"), ("联合国", "聯合國", "国連", "유엔", "ООН")),
    "NATO": (("NATO",), ("北约", "北約", "北大西洋条約機構", "나토", "НАТО")),
    "WHO": (("WHO", "World Health Organization"), ("世卫组织", "世界卫生组织", "世界保健機関", "ВОЗ")),
    "IMF": (("IMF", "International Monetary Fund"), ("国际货币基金组织", "国際通貨基金", "МВФ")),
    "World Bank": (("World Bank",), ("世界银行", "世界銀行", "Всемирный банк")),
    "WTO": (("WTO", "World Trade Organization"), ("世贸组织", "世界贸易组织", "世界貿易機関", "ВТО")),
    "Fed": (("Fed", "Federal Reserve"), ("美联储", "米連邦準備制度理事会", "ФРС")),
    "ECB": (("ECB", "European Central Bank"), ("欧洲央行", "欧州中央銀行", "ЕЦБ")),
    "CSRC": (("CSRC", "China Securities Regulatory Commission"), ("证监会", "中国证监会")),
    "NASA": (("NASA",), ("美国国家航空航天局", "美国航天局", "НАСА")),
    "White House": (("White House",), ("白宫", "ホワイトハウス", "Белый дом")),
    "Kremlin": (("Kremlin",), ("克里姆林宫", "クレムリン", "Кремль")),
    "Pentagon": (("Pentagon", "Department of Defense", "Defense Department", "Defence Department"),
                 ("五角大楼", "国防総省", "Пентагон")),
    "Duma": (("Duma",), ("国家杜马", "Госдума", "Государственная дума")),
    "VTsIOM": (("VTsIOM", "WCIOM", "Russian Public Opinion Research Center"), ("ВЦИОМ",)),
    "Levada": (("Levada",), ("Левада",)),
    "Gazprom": (("Gazprom",), ("俄气", "俄罗斯天然气工业股份公司", "Газпром")),
    "Huawei": (("Huawei",), ("华为", "華為", "ファーウェイ", "화웨이", "Хуавэй")),
    "Alibaba": (("Alibaba",), ("阿里巴巴", "アリババ", "Алибаба")),
    "Tencent": (("Tencent",), ("腾讯", "騰訊", "テンセント", "Тенсент")),
    "Baidu": (("Baidu",), ("百度", "バイドゥ")),
    "Douyin": (("Douyin", "TikTok"), ("抖音",)),
    "Weibo": (("Weibo",), ("微博",)),
    "WeChat": (("WeChat", "Weixin"), ("微信",)),
    "FedEx": (("FedEx",), ("联邦快递", "聯邦快遞", "フェデックス", "페덱스", "ФедЭкс")),
}


# News agencies that every language in Latin letters names by their own name (a Czech text
# may call Xinhua "Nová Čína", and CNA is also a nursing assistant): one a source credits
# and a translation names in no form was dropped. (The dpa is credited as it writes itself,
# in lower case: DPA is also a data protection authority. UPI is also India's payment
# interface, which a translation writes as UPI too.)
AGENCIES = ("Reuters", "AP", "AFP", "Bloomberg", "Kyodo", "Yonhap", "TASS", "RIA", "Interfax", "UPI", "dpa")


# Capitals and large cities CLDR has no time-zone city for (Beijing shares Asia/Shanghai).
CITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Beijing": (("Beijing", "Peking"), ("北京", "北京市", "Пекин")),
    "Guangzhou": (("Guangzhou", "Canton"), ("广州", "Гуанчжоу")),
    "Shenzhen": (("Shenzhen",), ("深圳", "Шэньчжэнь")),
    "Wuhan": (("Wuhan",), ("武汉", "Ухань")),
    "Chengdu": (("Chengdu",), ("成都", "Чэнду")),
    "Hangzhou": (("Hangzhou",), ("杭州", "Ханчжоу")),
    "Nanjing": (("Nanjing",), ("南京", "Нанкин")),
    "Tianjin": (("Tianjin",), ("天津", "Тяньцзинь")),
    "Xi'an": (("Xi'an", "Xian"), ("西安", "Сиань")),
    "Zhengzhou": (("Zhengzhou",), ("郑州", "Чжэнчжоу")),
    "Hanoi": (("Hanoi",), ("河内", "ハノイ", "하노이", "Ханой")),
    "Washington": (("Washington",), ("华盛顿", "華盛頓", "ワシントン", "워싱턴", "Вашингтон")),
    "Canberra": (("Canberra",), ("堪培拉", "キャンベラ", "Канберра")),
    "Ottawa": (("Ottawa",), ("渥太华", "オタワ", "Оттава")),
    "New Delhi": (("New Delhi", "Delhi"), ("新德里", "ニューデリー", "Нью-Дели")),
    "Ankara": (("Ankara",), ("安卡拉", "アンカラ", "Анкара")),
    "Geneva": (("Geneva",), ("日内瓦", "ジュネーブ", "Женева")),
    "Brasilia": (("Brasilia", "Brasília"), ("巴西利亚", "ブラジリア", "Бразилиа")),
    "Osaka": (("Osaka",), ("大阪", "Осака")),
    "Busan": (("Busan",), ("釜山", "부산", "Пусан")),
    "St Petersburg": (("Petersburg",), ("圣彼得堡", "サンクトペテルブルク", "Санкт-Петербург", "Петербург")),
    # Both English spellings are in use (CLDR gives only Kyiv).
    "Kyiv": (("Kyiv", "Kiev"), ("基辅", "基輔", "キーウ", "キエフ", "키이우", "Киев", "Київ")),
}


# Codes that translations write as words of their own: COVID-19 as 新冠肺炎 (new crown
# pneumonia), 新型コロナ, "Corona-Pandemie", "коронавирус"; G7 and G20 as 七国集团,
# 二十国集团, "Большая семёрка". Such a word stands for the code (it excuses the code on
# the other side) but is never looked for: "the coronavirus" is also the virus.
CODE_WORDS: dict[str, tuple[str, ...]] = {
    "COVID-19": ("新冠", "新型冠状病毒", "新型冠狀病毒", "冠状病毒", "冠狀病毒", "新型コロナ", "コロナウイルス", "コロナ",
                 "코로나19", "코로나", "covid", "corona", "коронавирус", "коронавірус", "ковид", "koronawirus",
                 "koronavirus"),
    "G7": ("七国集团", "七國集團", "主要7カ国", "主要7か国", "Большая семёрка", "Большой семёрки", "Большой семёрке",
           "Большая семерка", "Большой семерки", "Большой семерке"),
    "G20": ("二十国集团", "20国集团", "二十國集團", "主要20カ国", "主要20か国", "Большая двадцатка",
            "Большой двадцатки", "Большой двадцатке"),
}


def cross_script_forms() -> dict[str, tuple[str, ...]]:
    """Each entry's first English name -> its forms in other scripts: the glossary's
    built-in pairs across scripts (FedEx / 联邦快递), so that a name a translation writes
    in its own script is the name.

    >>> cross_script_forms()["FedEx"][0]
    '联邦快递'
    """
    return {english[0]: forms for table in (ORGANISATIONS, CITIES) for english, forms in table.values()}


def spellings() -> dict[str, str]:
    """Every form in a script other than Latin -> its entry's key."""
    return {form: key for table in (ORGANISATIONS, CITIES) for key, (_, forms) in table.items() for form in forms}


def english_forms(key: str) -> tuple[str, ...]:
    """How English names an entry, lower-cased: ``("xinhua",)``."""
    return tuple(form.lower() for form in (ORGANISATIONS.get(key) or CITIES[key])[0])
