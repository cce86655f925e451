"""Numbers and dates across locales: the same value written differently is no finding;
a changed or dropped value is one finding with the normalised value."""

from __future__ import annotations

import pytest

from xlcheck import check, document_from_text


def findings(lang_a: str, text_a: str, lang_b: str, text_b: str) -> list[tuple[str, str]]:
    report = check([document_from_text(text_a, lang_a, f"a.{lang_a}.txt"),
                    document_from_text(text_b, lang_b, f"b.{lang_b}.txt")])
    return sorted((f.rule, f.value) for f in report.findings if f.severity != "info")


SAME = [
    # separators
    ("pt", "O laboratório tem 50.000 GPUs.", "en", "The lab has 50,000 GPUs."),
    ("de", "Das Labor hat 50.000 GPUs.", "fr", "Le laboratoire a 50 000 GPU."),
    ("de-CH", "Das Labor hat 50’000 GPUs.", "it", "Il laboratorio ha 50.000 GPU."),
    ("pt-PT", "O laboratório tem 50 000 GPU.", "es", "El laboratorio tiene 50.000 GPU."),
    ("hi", "प्रयोगशाला में 5,00,000 जीपीयू हैं।", "en", "The lab has 500,000 GPUs."),
    ("de", "Der Anteil stieg um 1,5 Punkte.", "en", "The share rose by 1.5 points."),
    ("pt-BR", "A fatia subiu 1,5 ponto.", "fr", "La part a augmenté de 1,5 point."),
    ("en", "The lab has 1,500 GPUs.", "de", "Das Labor hat 1.500 GPUs."),
    # percent, currency, ranges, ordinals, signs, multipliers
    ("en", "Sales grew 17%.", "de", "Der Umsatz wuchs um 17 %."),
    ("en", "Sales grew 17 percent.", "pt", "As vendas cresceram 17 por cento."),
    ("en", "It cost $6 million.", "de", "Es kostete 6 Millionen Dollar."),
    ("en", "It cost $6 million.", "pt-BR", "Custou US$ 6 milhões."),
    ("en", "It cost $6 million.", "de", "Es kostete 6 Mio. $."),
    ("en", "Between 10 and 20 units.", "de", "Zwischen 10 bis 20 Einheiten."),
    ("en", "Between 10–20 units.", "es", "Entre 10 y 20 unidades."),
    ("en", "It came 1st.", "pt", "Ficou em 1.º lugar."),
    ("en", "It was 1.5 times faster.", "de", "Es war 1,5-mal schneller."),
    ("en", "It was 1.5 times faster.", "pt", "Foi 1,5 vez mais rápido."),
    ("en", "The temperature was -5 degrees.", "fr", "La température était de –5 degrés."),
    # scale words (and the false friend Billion)
    ("en", "It raised 600 billion dollars.", "de", "Es sammelte 600 Milliarden Dollar."),
    ("en", "It raised 600 billion dollars.", "pt-BR", "Arrecadou 600 bilhões de dólares."),
    ("en", "It raised 600 billion dollars.", "pt-PT", "Arrecadou 600 mil milhões de dólares."),
    ("en", "It raised 2 trillion dollars.", "de", "Es sammelte 2 Billionen Dollar."),
    ("en", "About 50 thousand people.", "pt", "Cerca de 50 mil pessoas."),
    ("en", "About 50 thousand people.", "de", "Etwa 50.000 Menschen."),
    # number words and approximate quantities
    ("de", "Es gibt drei Labore.", "en", "There are 3 labs."),
    ("pt", "Há três laboratórios.", "de", "Es gibt 3 Labore."),
    ("de", "Sie hat zwanzig Mitarbeiter.", "fr", "Elle a 20 employés."),
    ("pt", "Havia dezenas de milhares de GPUs.", "de", "Es gab Zehntausende GPUs."),
    ("en", "Tens of thousands of GPUs.", "es", "Decenas de miles de GPU."),
    ("it", "Ci sono tre laboratori.", "en", "There are 3 labs."),
    ("en", "There were 21 labs.", "pt", "Havia vinte e um laboratórios."),
    ("en", "There were 21 labs.", "de", "Es gab einundzwanzig Labore."),
    ("en", "There were 34 labs.", "es", "Había treinta y cuatro laboratorios."),
    ("en", "There were 22 labs.", "fr", "Il y avait vingt-deux laboratoires."),
    ("en", "There were 28 labs.", "it", "C'erano ventotto laboratori."),
    ("de", "Es gab einundzwanzig Labore.", "en", "There were twenty-one labs."),
    ("es", "Hay tres laboratorios.", "en", "There are 3 labs."),
    # identifiers are not quantities
    ("en", "It runs on H100 GPUs with Python 3.13.", "de", "Es läuft auf H100-GPUs mit Python 3.13."),
    ("en", "Ticker NASDAQ:NVDA fell.", "pt", "A ação NASDAQ:NVDA caiu."),
    # dates
    ("pt", "Restrições em outubro de 2023.", "de", "Beschränkungen ab Oktober 2023."),
    ("pt", "Restrições em outubro de 2023.", "en", "Restrictions in October 2023."),
    ("en", "Restrictions in October 2023.", "fr", "Restrictions en 2023-10 selon le texte."),
    ("pt", "Lançado em 25 de dezembro de 2024.", "de", "Veröffentlicht am 25. Dezember 2024."),
    ("en", "Released on December 25, 2024.", "es", "Publicado el 25 de diciembre de 2024."),
    ("en", "Released on December 25, 2024.", "it", "Pubblicato il 25 dicembre 2024."),
    ("en", "Released on December 25, 2024.", "fr", "Publié le 25 décembre 2024."),
    ("en", "Released on 2024-12-25.", "de", "Veröffentlicht am 25. Dezember 2024."),
    ("en", "Released on December 25, 2024.", "ja", "2024年12月25日にリリースされた。"),
    ("en", "Released on December 25, 2024.", "hi", "25 दिसंबर 2024 को जारी किया गया।"),
    ("en", "Restrictions from October 2023.", "ja", "2023年10月から制限された。"),
    ("en", "Python 3.13 runs on H100 GPUs with about 50,000 cards since 2022.", "ja",
     "Python 3.13はH100のGPUで約50,000枚のカードで2022年から動作します。"),
    ("en", "It holds 30,000 bytes, in hexadecimal.", "ja", "3 万バイトを 16 進数で保持します。"),
    ("en", "The lab has 50,000 GPUs since 2022.", "zh-Hans", "该实验室自2022年以来拥有50,000个GPU。"),
    ("en", "The sprint was held May 21--28 2006.", "ja", "スプリントは2006年5月21日から28日に開催された。"),
    ("en", "Popular in the 1990s.", "pt", "Popular nos anos 90."),
    ("en", "Popular in the 1990s.", "de", "Beliebt in den 90er Jahren."),
    ("en", "Results in Q3 2024.", "de", "Ergebnisse im 3. Quartal 2024."),
    ("en", "Results in Q3 2024.", "pt", "Resultados no 3º trimestre de 2024."),
    ("en", "It starts at 3 p.m.", "de", "Es beginnt um 15 Uhr."),
    ("en", "It starts at 3 p.m.", "pt", "Começa às 15h."),
    ("en", "Since 2022 the rule applies.", "de", "Seit 2022 gilt die Regel."),
    ("en", "The meeting is on 03/04/2024 and on April 3, 2024.", "de",
     "Das Treffen ist am 3. April 2024."),
]


@pytest.mark.parametrize("lang_a, text_a, lang_b, text_b", SAME)
def test_same_value_is_no_finding(lang_a, text_a, lang_b, text_b):
    assert findings(lang_a, text_a, lang_b, text_b) == []


CHANGED = [
    ("pt", "O laboratório tem 50.000 GPUs.", "de", "Das Labor hat 5.000 GPUs.", ("XL102", "50000")),
    ("de", "Der Anteil stieg um 1,5 Punkte.", "en", "The share rose by 2.5 points.", ("XL102", "1.5")),
    ("de-CH", "Das Labor hat 50’000 GPUs.", "fr", "Le laboratoire a 5 000 GPU.", ("XL102", "50000")),
    ("hi", "प्रयोगशाला में 5,00,000 जीपीयू हैं।", "en", "The lab has 50,000 GPUs.", ("XL102", "500000")),
    ("en", "Sales grew 17%.", "de", "Der Umsatz wuchs um 71 %.", ("XL102", "17")),
    ("en", "It raised 600 billion dollars.", "de", "Es sammelte 600 Billionen Dollar.", ("XL102", "600000000000")),
    ("en", "It raised 600 billion dollars.", "pt-PT", "Arrecadou 600 biliões de dólares.", ("XL102", "600000000000")),
    ("en", "There are 3 labs.", "de", "Es gibt vier Labore.", ("XL102", "3")),
    ("en", "The lab has 50,000 GPUs and 300 staff.", "es", "El laboratorio tiene 50.000 GPU.", ("XL101", "300")),
    ("pt", "Restrições em outubro de 2023.", "de", "Beschränkungen ab November 2023.", ("XL202", "2023-10")),
    ("pt", "Restrições em outubro de 2023.", "de", "Beschränkungen.", ("XL201", "2023-10")),
    ("en", "Released on December 25, 2024.", "it", "Pubblicato il 26 dicembre 2024.", ("XL202", "2024-12-25")),
    ("en", "Released on December 25, 2024.", "fr", "Publié le 25 décembre 2025.", ("XL202", "2024-12-25")),
    ("en", "Released on December 25, 2024.", "ja", "2024年12月26日にリリースされた。", ("XL202", "2024-12-25")),
    ("en", "Released on December 25, 2024.", "hi", "26 दिसंबर 2024 को जारी किया गया।", ("XL202", "2024-12-25")),
    ("en", "Python 3.13 runs on H100 GPUs with about 50,000 cards.", "ja",
     "Python 3.13はH200のGPUで約50,000枚のカードで動作します。", ("XL302", "H100")),
    ("en", "It holds 30,000 bytes.", "ja", "3 千バイトを保持します。", ("XL102", "30000")),
    ("en", "The lab has 50,000 GPUs since 2022.", "zh-Hans", "该实验室自2022年以来拥有5,000个GPU。", ("XL102", "50000")),
    ("en", "Results in Q3 2024.", "de", "Ergebnisse im 4. Quartal 2024.", ("XL202", "2024-Q3")),
    ("en", "It starts at 3 p.m.", "de", "Es beginnt um 16 Uhr.", ("XL202", "T15:00")),
    ("en", "Popular in the 1990s.", "pt", "Popular nos anos 80.", ("XL202", "199X")),
]


@pytest.mark.parametrize("lang_a, text_a, lang_b, text_b, expected", CHANGED)
def test_changed_or_dropped_value_is_one_finding(lang_a, text_a, lang_b, text_b, expected):
    assert findings(lang_a, text_a, lang_b, text_b) == [expected]


def test_foreign_grouping_is_a_warning():
    assert findings("pt", "O laboratório tem 50,000 GPUs.", "de", "Das Labor hat 50.000 GPUs.") == [
        ("XL103", "50")]


def test_ambiguous_numeric_date_is_info_when_nothing_resolves_it():
    report = check([document_from_text("Meeting on 03/04/2024.", "en"),
                    document_from_text("Treffen am 03/04/2024.", "de")])
    assert [(f.rule, f.severity) for f in report.findings] == [("XL203", "info"), ("XL203", "info")]


def test_ambiguous_numeric_date_resolved_by_the_other_version():
    assert findings("en", "Meeting on 03/04/2024.", "de", "Treffen am 4. März 2024.") == []
    assert findings("en-GB", "Meeting on 03/04/2024.", "de", "Treffen am 3. April 2024.") == []
