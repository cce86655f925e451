"""Markup identity (tags and attributes, placeholders, roles) and the name glossary."""

from __future__ import annotations

import pytest

from xlcheck import Config, check, document_from_text


def rules(lang_a, a, lang_b, b, fmt="markdown", config=None):
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.md", fmt),
                    document_from_text(b, lang_b, f"b.{lang_b}.md", fmt)], config)
    return sorted((f.rule, f.value) for f in report.findings if f.severity != "info")


@pytest.mark.parametrize("a, b, expected", [
    ('<Tabs syncKey="pkg">Install it</Tabs>', '<Tabs syncKey="pkg">Installiere es</Tabs>', []),
    ('<img src="/a.png" alt="A cat">', '<img src="/a.png" alt="Eine Katze">', []),
    ('<Tabs syncKey="pkg">Install it</Tabs>', '<Tabs syncKey="paket">Installiere es</Tabs>',
     [("XL702", "<Tabs syncKey=pkg>")]),
    ("Press <kbd>Ctrl</kbd> and **save**.", "Drücke Strg und **speichere**.", []),
    ("Hello %(name)s, you have {count} files.", "Hallo %(name)s, du hast {count} Dateien.", []),
    ("Hello %(name)s, you have {count} files.", "Hallo %(name)s, du hast {anzahl} Dateien.",
     [("XL702", "{count}")]),
    ("{count, plural, one {# file} other {# files}}", "{count, plural, one {# Datei} other {# Dateien}}", []),
    ("See [the guide](/en/guides/routing/#dynamic-routes).", "Siehe [die Anleitung](/de/guides/routing/#dynamische-routen).",
     []),
    ("See [the guide](/en/guides/routing/).", "Siehe die Anleitung.", [("XL601", "/guides/routing")]),
    ("Run `npm run build` now.", "Führe jetzt `npm run build` aus.", []),
    ("Run `npm run build` now.", "Führe jetzt `npm run dev` aus.", [("XL702", "`npm run build`")]),
])
def test_markup(a, b, expected):
    assert rules("en", a, "de", b) == expected


def test_names_survive_inflection_and_elision():
    assert rules("en", "OpenAI's o1 and Meta's Llama.\n\nOpenAI and Meta again.", "de",
                 "OpenAIs o1 und Metas Llama.\n\nOpenAI und Meta wieder.", "text") == []
    assert rules("fr", "Le modèle d'OpenAI et le H100.\n\nOpenAI encore.", "it",
                 "Il modello dell'OpenAI e dell'H100.\n\nOpenAI ancora.", "text") == []


def test_glossary_from_config_pairs_translated_names():
    a = "The summit in Munich ended.\n\nMunich hosts it every year."
    b = "O encontro em Munique terminou.\n\nMunique o recebe todo ano."
    assert rules("en", a, "pt", b, "text") == []  # built in
    a2 = "The Fed raised interest rates by 0.25 points on Wednesday.\n\nThe Fed meets again in 2025."
    b2 = "O Banco Central americano subiu os juros em 0,25 ponto na quarta-feira.\n\nO Fed se reúne de novo em 2025."
    assert rules("en", a2, "pt", b2, "text") == [("XL401", "Fed")]
    config = Config(glossary={"Fed": ("Banco Central americano",)})
    assert rules("en", a2, "pt", b2, "text", config) == []
