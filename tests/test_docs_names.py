"""Names in documentation that a faithful translation writes in another guise: a word a
title-case heading capitalises, an acronym the page defines written out, a brand inflected.
Each real excerpt has a drifted twin that is still reported.

Excerpts: nodejs/nodejs.org@6f94c8a6 apps/site/pages/{en,fr,es}/about/{governance.md,
eol.mdx} (MIT); python/python-docs-pl@c306d49f tutorial/controlflow.po (CC0); see
fixtures/SOURCES.md.
"""

from __future__ import annotations

from xlcheck import check, document_from_text

GOVERNANCE_EN = """# Project Governance

## Consensus Seeking Process

The Node.js project follows a [Consensus Seeking](https://en.wikipedia.org/wiki/Consensus-seeking_decision-making) decision making model.

## Collaborators
"""
GOVERNANCE_FR = """# Gouvernance du Projet

## Processus de recherche de consensus

Le projet Node.js suit un modèle de prise de décision [Consensus Seeking](https://en.wikipedia.org/wiki/Consensus-seeking_decision-making).

## Collaborateurs
"""

EOL_EN = """# End-Of-Life (EOL)

## Why and how Node.js releases reach End-Of-Life

Major versions of Node.js are released, patched, and designated End-Of-Life on a predictable schedule. As it's not feasible to maintain all release lines in perpetuity, after a planned maintenance period, a Node.js major release line will stop being maintained by the project.

<div className="flex flex-col items-start gap-4 xl:flex-row xl:items-center">
  <Button kind="primary" href="/download" className="flex-1">
    <span>Upgrade to the latest LTS Node.js®</span>
  </Button>
  <span>or</span>
  <Button as="a" kind="warning" href="#commercial-support" className="flex-1">
    <span>Get security support for EOL versions</span>
  </Button>
</div>

[View the Node.js release schedule](/about/previous-releases/).

## What Happens When a Release Line Reaches EOL

When a version reaches End-Of-Life, it means that it will no longer receive updates, including security patches. This can leave applications running on these versions vulnerable to security issues and bugs that will never be fixed.

"""
EOL_ES = """# Fin de Vida Útil (EOL)

## Cómo y por qué los lanzamientos de Node.js tienen un fin de vida útil

Existe un horario regular para lanzar, remendar, y pasar al fin de vida útil las versiones principales de Node.js. No es posible mantener cada versión principal para siempre, entonces una vez pasado un período predeterminado, el proyecto Node.js dejará de mantener una versión principal.

<div className="flex flex-col items-start gap-4 xl:flex-row xl:items-center">
  <Button kind="primary" href="/download" className="flex-1">
    <span>Actualizar a la LTS más reciente de Node.js®</span>
  </Button>
  <span>o</span>
  <Button as="a" kind="warning" href="#commercial-support" className="flex-1">
    <span>Obtener soporte de seguridad para versiones EOL</span>
  </Button>
</div>

[Ve el calendario de lanzamientos de Node.js](/about/releases/).

## Que sucede cuando un lanzamiento pasa su fin de vida útil

Cuando una versión pasa su fin de vida útil (EOL), deja de recibir actualizaciones como remiendas de seguridad. Como resultado, las aplicaciones que usan estas versiones pueden volver vulnerables a defectos de seguridad y otros errores que nunca serán arreglados.

"""

MATCH_EN = """## match Statements

A match statement takes an expression and compares its value to successive patterns given as one or more case blocks. This is superficially similar to a switch statement in C, Java or JavaScript (and many other languages), but it's more similar to pattern matching in languages like Rust or Haskell.
"""
MATCH_PL = """## Instrukcje match

Instrukcja match bierze wyrażenie i porównuje jego wartość do kolejnych wzorców podanych jako jeden lub więcej blok case. Jest to powierzchownie podobne do instrukcji switch w C, Javie lub JavaScripcie (i wielu innych językach), ale bardziej jest podobne do pattern matchingu w takich językach jak Rust lub Haskell.
"""


def missing_names(a: str, lang_a: str, b: str, lang_b: str, fmt: str = "markdown") -> set[str]:
    report = check([document_from_text(a, lang_a, f"a.{lang_a}.md", fmt),
                    document_from_text(b, lang_b, f"b.{lang_b}.md", fmt)], reference=0)
    return {f.value for f in report.findings if f.rule == "XL401"}


def test_a_translated_title_case_heading_loses_no_name():
    assert "Seeking" not in missing_names(GOVERNANCE_EN, "en", GOVERNANCE_FR, "fr")


def test_plain_text_has_no_headings_to_forgive():
    assert "Seeking" in missing_names(GOVERNANCE_EN, "en", GOVERNANCE_FR, "fr", "text")


def test_an_acronym_the_page_defines_may_be_written_out():
    assert "EOL" not in missing_names(EOL_EN, "en", EOL_ES, "es")


def test_an_acronym_neither_written_out_nor_kept_is_missing():
    stale = EOL_ES.replace("## Que sucede cuando un lanzamiento pasa su fin de vida útil",
                           "## Que sucede cuando un lanzamiento termina")
    assert "EOL" in missing_names(EOL_EN, "en", stale, "es")


def test_an_inflected_brand_is_the_brand():
    assert "JavaScript" not in missing_names(MATCH_EN, "en", MATCH_PL, "pl")


def test_a_dropped_brand_is_missing():
    dropped = MATCH_PL.replace("w C, Javie lub JavaScripcie", "w C lub Javie")
    assert "JavaScript" in missing_names(MATCH_EN, "en", dropped, "pl")
