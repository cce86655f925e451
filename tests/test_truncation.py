"""Translations cut off in mid-paragraph (XL005): the paragraph is reported once, at the
translation's last words, with the facts of the untranslated tail, each lost fact is
reported by its own rule, and the cut does not make the document "not a translation".

Invented sentences modelled on WMT24 news translations that stop ("So haben", "Таким
образом", "… Wohngericht,"); each case has a faithful twin that must stay quiet.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from xlcheck import check, document_from_text
from xlcheck.compare.truncation import ends_sentence, is_cut, open_end
from xlcheck.model import Segment

EN = [
    "Politicians get it wrong when it comes to rent caps",
    "There is always a temptation for politicians to step in when a market fails. If the answer "
    "were simple, someone would have found it long ago.",
    "Thus we had the Tenant Protection Act 2022, which the Scottish Government passed 18 months ago. "
    "Rents for a one-bedroom flat rose by 11.7 per cent last year, and by three times the rate of "
    "the previous 12 years according to the Rental Council.",
    "There were plenty of warnings from everybody involved in housing. Landlords said that supply "
    "would fall and that prices would rise for those who still looked for a home.",
    "The new proposal would set rent increases between 6 per cent and 15 per cent each year. "
    "Those who rent would be able to appeal to a tribunal if they think an increase is unfair.",
    "Unfortunately the consultation paper seems to repeat the mistakes of the past. Anything else "
    "than more homes is simply not going to work.",
]
DE = [
    "Politiker liegen bei Mietobergrenzen falsch",
    "Es gibt immer die Versuchung für Politiker, einzugreifen, wenn ein Markt versagt. Wäre die "
    "Antwort einfach, hätte sie längst jemand gefunden.",
    "So hatten wir den Tenant Protection Act 2022, den die Scottish Government vor 18 Monaten "
    "verabschiedet hat. Die Mieten für eine Einzimmerwohnung stiegen im letzten Jahr um 11,7 Prozent, "
    "und um das Dreifache der Rate der vorangegangenen 12 Jahre, so der Rental Council.",
    "Es gab viele Warnungen von allen, die mit Wohnungen zu tun haben. Vermieter sagten, dass das "
    "Angebot sinken und die Preise für jene steigen würden, die noch eine Wohnung suchten.",
    "Der neue Vorschlag würde Mieterhöhungen zwischen 6 Prozent und 15 Prozent pro Jahr festlegen. "
    "Mieter könnten sich an ein Gericht wenden, wenn sie eine Erhöhung für unfair halten.",
    "Leider scheint das Konsultationspapier die Fehler der Vergangenheit zu wiederholen. Alles "
    "andere als mehr Wohnungen wird einfach nicht funktionieren.",
]


def _run(a_paragraphs, b_paragraphs, lang_b="de"):
    a = document_from_text("\n\n".join(a_paragraphs) + "\n", "en", "a.en.txt")
    b = document_from_text("\n\n".join(b_paragraphs) + "\n", lang_b, f"b.{lang_b}.txt")
    return check([a, b], reference=0).findings


def _loud(findings):
    return [f for f in findings if f.severity in ("error", "warning")]


def test_faithful_translation_has_no_cut():
    findings = _run(EN, DE)
    assert [f.rule for f in findings if f.rule == "XL005"] == []
    assert _loud(findings) == []


def test_cut_paragraph_is_reported_once_at_its_last_words():
    cut = DE[:2] + ["So hatten"] + DE[3:]
    findings = _run(EN, cut)
    xl005 = [f for f in findings if f.rule == "XL005"]
    assert len(xl005) == 1
    finding = xl005[0]
    assert finding.severity == "error"
    blamed = finding.blamed
    assert (blamed.path, blamed.paragraph, blamed.status) == ("b.de.txt", 3, "missing")
    assert blamed.line == 5 and blamed.column == len("So hatten")  # the last letter
    source = next(loc for loc in finding.locations if loc.path == "a.en.txt")
    assert source.paragraph == 3 and source.status == "present"


def test_each_fact_of_the_tail_is_reported_by_its_own_rule():
    cut = DE[:2] + ["So hatten"] + DE[3:]
    findings = [f for f in _run(EN, cut) if f.blamed.paragraph == 3]
    by_rule = {(f.rule, f.value) for f in findings}
    assert ("XL101", "11.7") in by_rule and ("XL101", "18") in by_rule and ("XL101", "12") in by_rule
    assert ("XL201", "2022") in by_rule
    assert ("XL101", "3") in by_rule  # "three times": a number word lost with the tail
    names = {f.value for f in findings if f.rule == "XL401"}
    assert "Scottish Government" in names and "Rental Council" in names


def test_a_value_the_translation_states_elsewhere_is_still_lost_here():
    # "18" and "12" come back in the last paragraph of both versions: the cut one lost them.
    en = EN[:5] + [EN[5] + " That held for 18 months and 12 years."]
    cut = DE[:2] + ["So hatten"] + DE[3:5] + [DE[5] + " Das galt 18 Monate und 12 Jahre lang."]
    findings = [f for f in _run(en, cut) if f.blamed.paragraph == 3]
    assert {"18", "12"} <= {f.value for f in findings if f.rule == "XL101"}


def test_cut_mid_sentence_after_a_comma():
    ending = "Mieter könnten sich an ein Gericht wenden,"
    cut = DE[:4] + ["Der neue Vorschlag würde Mieterhöhungen zwischen 6 Prozent und 15 Prozent pro Jahr "
                    "festlegen. " + ending.split(" wenden,")[0][:20] + ","] + DE[5:]
    findings = _run(EN, cut)
    assert [f.blamed.paragraph for f in findings if f.rule == "XL005"] == [5]


def test_a_tail_without_facts_is_information_only():
    cut = DE[:5] + ["Leider scheint"]
    findings = _run(EN, cut)
    xl005 = [f for f in findings if f.rule == "XL005"]
    assert [(f.severity, f.blamed.paragraph) for f in xl005] == [("info", 6)]
    assert _loud(findings) == []


def test_cut_russian_translation():
    ru = [
        "Политики ошибаются, когда речь идёт о потолке арендной платы",
        "Всегда есть соблазн для политиков вмешаться, когда рынок не работает. Если бы ответ был "
        "простым, кто-нибудь давно бы его нашёл.",
        "Таким образом",
        "Было много предупреждений от всех, кто связан с жильём. Арендодатели говорили, что "
        "предложение сократится, а цены вырастут для тех, кто ещё ищет жильё.",
        "Новое предложение установит рост арендной платы от 6 до 15 процентов в год. Арендаторы "
        "смогут обратиться в суд, если сочтут повышение несправедливым.",
        "К сожалению, консультационный документ, похоже, повторяет ошибки прошлого. Ничто, кроме "
        "новых домов, просто не сработает.",
    ]
    findings = _run(EN, ru, "ru")
    assert [f.blamed.paragraph for f in findings if f.rule == "XL005"] == [3]
    lost = {f.value for f in findings if f.blamed.paragraph == 3 and f.rule in ("XL101", "XL401")}
    assert {"11.7", "18", "Scottish Government"} <= lost


def test_cut_paragraphs_do_not_make_the_document_not_a_translation():
    # Three of six paragraphs stop after a word or two: what is left is a translation.
    cut = [DE[0], DE[1], "So hatten", DE[3], "Der neue", "Leider scheint"]
    findings = _run(EN, cut)
    assert "XL001" not in {f.rule for f in findings}
    assert [f.blamed.paragraph for f in findings if f.rule == "XL005"] == [3, 5, 6]


def test_cut_paragraph_merged_with_the_next_is_paired_again():
    # The cut paragraph plus the next one are as long as the source's: the aligner may take
    # them for one; they are two paragraphs, the first cut.
    cut = DE[:2] + ["So hatten wir den Tenant Protection Act 2022, den", DE[3]] + DE[4:]
    findings = _run(EN, cut)
    assert [f.blamed.paragraph for f in findings if f.rule == "XL005"] == [3]
    assert "XL002" not in {f.rule for f in findings}


def test_list_intro_headline_and_byline_are_not_cut():
    en = ["Rents to rise again in Scotland",
          "The government listed three measures for the coming year, which landlords and tenants "
          "will have to follow from the first of April:",
          "Rents will be capped at 6 per cent for sitting tenants. New contracts will be free.",
          "By Jane Reporter, housing correspondent"]
    de = ["Mieten steigen in Schottland wieder",
          "Die Regierung nannte drei Maßnahmen für das kommende Jahr, die Vermieter und Mieter ab "
          "dem ersten April befolgen müssen:",
          "Die Mieten werden für bestehende Mieter auf 6 Prozent begrenzt. Neue Verträge sind frei.",
          "Von Jane Reporter, Wohnungskorrespondentin"]
    findings = _run(en, de)
    assert [f.rule for f in findings if f.rule == "XL005"] == []
    assert _loud(findings) == []


def test_a_translation_without_its_last_full_stop_is_not_cut():
    # The whole paragraph is there; only the final full stop is missing.
    de = DE[:3] + [DE[3].rstrip(".")] + DE[4:]
    assert [f.rule for f in _run(EN, de) if f.rule == "XL005"] == []


def _segment(text: str) -> Segment:
    return Segment(1, 0, len(text), 1, 1, text)


SENTENCE = st.text(alphabet="abcdefghij ", min_size=20, max_size=200).map(lambda s: "Aa " + s.strip() + " bb.")


@given(SENTENCE, st.text(alphabet="klmnop ", min_size=1, max_size=300), st.sampled_from(".!?:;…"))
def test_a_translation_ending_a_sentence_is_never_cut(source, body, mark):
    target = "Kk " + body.strip() + mark
    assert not open_end(target)
    assert not is_cut(_segment(source + " " + source), _segment(target), 1.0)


@given(SENTENCE, st.integers(min_value=0, max_value=40))
def test_a_translation_as_long_as_its_source_is_never_cut(source, extra):
    target = "Kk " + "x" * (len(source) + extra)
    assert ends_sentence(source)
    assert not is_cut(_segment(source + " " + source), _segment(target + " " + target), 1.0)


def test_cut_after_a_quotation_loses_its_speaker():
    en = EN[:4] + ['"The rules will change this year," Fiona Hyslop, the housing minister, said on Monday '
                   'in Edinburgh.'] + EN[5:]
    de = DE[:4] + ["„Die Regeln ändern sich in diesem Jahr“,"] + DE[5:]
    findings = [f for f in _run(en, de) if f.blamed.paragraph == 5]
    assert "XL005" in {f.rule for f in findings}
    assert "Fiona Hyslop" in {f.value for f in findings if f.rule == "XL401"}


def test_cut_through_a_name_loses_the_name():
    en = EN[:5] + ["In a survey conducted in September by the Kiev International Institute of Sociology, "
                   "respondents cited language as the most common prejudice, with 45% saying so."]
    ru = ["Политики ошибаются, когда речь идёт о потолке арендной платы"] + [
        "Всегда есть соблазн для политиков вмешаться, когда рынок не работает. Если бы ответ был "
        "простым, кто-нибудь давно бы его нашёл.",
        "Таким образом, у нас появился Tenant Protection Act 2022, который Scottish Government принял "
        "18 месяцев назад. Аренда однокомнатной квартиры выросла на 11,7 процента в прошлом году, "
        "втрое быстрее, чем за предыдущие 12 лет, по данным Rental Council.",
        "Было много предупреждений от всех, кто связан с жильём. Арендодатели говорили, что "
        "предложение сократится, а цены вырастут для тех, кто ещё ищет жильё.",
        "Новое предложение установит рост арендной платы от 6 до 15 процентов в год. Те, кто снимает "
        "жильё, смогут обратиться в суд, если сочтут повышение несправедливым.",
        "В опросе, проведённом в сентябре Киевский"]
    findings = [f for f in _run(en, ru, "ru") if f.blamed.paragraph == 6]
    assert "XL005" in {f.rule for f in findings}
    assert "Kiev International Institute of Sociology" in {f.value for f in findings if f.rule == "XL401"}
    assert "45" in {f.value for f in findings if f.rule == "XL101"}


@given(st.sampled_from(["。", "！", "？", "।", "؟", "۔", "…", "!", "?"]))
def test_sentence_marks_of_other_scripts_end_a_sentence(mark):
    assert ends_sentence("Text" + mark) and not open_end("Text" + mark + "»")


def test_three_versions_blame_only_the_cut_one():
    a = document_from_text("\n\n".join(EN) + "\n", "en", "a.en.txt")
    b = document_from_text("\n\n".join(DE[:2] + ["So hatten"] + DE[3:]) + "\n", "de", "b.de.txt")
    es = ["Los políticos se equivocan con los topes de alquiler",
          "Siempre existe la tentación de que los políticos intervengan cuando un mercado falla. Si la "
          "respuesta fuera sencilla, alguien la habría encontrado hace tiempo.",
          "Así tuvimos la Tenant Protection Act 2022, que el Scottish Government aprobó hace 18 meses. "
          "Los alquileres de un piso de un dormitorio subieron un 11,7 por ciento el año pasado, tres "
          "veces el ritmo de los 12 años anteriores según el Rental Council.",
          "Hubo muchas advertencias de todos los implicados en la vivienda. Los propietarios dijeron que "
          "la oferta caería y que los precios subirían para quienes aún buscaban casa.",
          "La nueva propuesta fijaría subidas de alquiler de entre el 6 por ciento y el 15 por ciento al "
          "año. Quienes alquilan podrían acudir a un tribunal si consideran injusta una subida.",
          "Por desgracia, el documento de consulta parece repetir los errores del pasado. Cualquier cosa "
          "que no sea construir más viviendas simplemente no va a funcionar."]
    c = document_from_text("\n\n".join(es) + "\n", "es", "c.es.txt")
    for reference in (0, None):  # with a source, and with the odd one out blamed
        findings = [f for f in check([a, b, c], reference=reference).findings if f.severity in ("error", "warning")]
        blamed = {loc.path for f in findings for loc in f.locations if loc.status in ("missing", "different", "extra")}
        assert findings and blamed == {"b.de.txt"}
        assert "XL005" in {f.rule for f in findings}
