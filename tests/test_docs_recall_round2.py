"""Misses on the third documentation set (tuning data), each from a real excerpt with its
clean twin.

Sources (fixtures/SOURCES.md): the Ukrainian Python documentation catalogues
(python/python-docs-uk, CC0), the FastAPI documentation (fastapi/fastapi, MIT).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xlcheck import check

HEADER = 'msgid ""\nmsgstr ""\n"Language: uk\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'


def po_findings(tmp_path: Path, msgid: str, msgstr: str) -> list[tuple[str, str]]:
    path = tmp_path / "entry.uk.po"
    path.write_text(HEADER + f"msgid {msgid}\nmsgstr {msgstr}\n", encoding="utf-8")
    return [(f.rule, f.severity) for f in check([str(path)]).findings]


# python-docs-uk library/2to3.po, whatsnew/2.6.po, library/datetime.po, using/configure.po:
# the code in a ``literal`` of Sphinx documentation is its API; translating its
# identifiers or keywords breaks it.
@pytest.mark.parametrize(("msgid", "msgstr", "kept"), [
    ('"Changes ``dict.has_key(key)`` to ``key in dict``."',
     '"Змінює ``dict.has_key(key)`` на ``ключ у dict``."',
     '"Змінює ``dict.has_key(key)`` на ``key in dict``."'),
    ('"various combinations of ``(start, stop, step)`` are supplied."',
     '"підтримуються різні комбінації ``(початок, зупинка, крок)``."',
     '"підтримуються різні комбінації ``(start, stop, step)``."'),
    ('"``0 <= minute < 60``,"', '"``0 <= хвилина < 60``,"', '"``0 <= minute < 60``,"'),
    ('"``install``: run ``python -m ensurepip --altinstall`` command;"',
     '"``встановити``: запустіть команду ``python -m ensurepip --altinstall``;"',
     '"``install``: запустіть команду ``python -m ensurepip --altinstall``;"'),
])
def test_identifiers_translated_in_a_rest_literal_are_a_changed_literal(tmp_path, msgid, msgstr, kept):
    assert po_findings(tmp_path, msgid, msgstr) == [("XL702", "error")]
    assert po_findings(tmp_path, msgid, kept) == []


# python-docs-uk library/datetime.po: "or" between two alternatives is prose inside the
# literal; translating it is a localised example (information), not an error.
def test_a_connecting_word_translated_in_a_rest_literal_is_localised(tmp_path):
    found = po_findings(tmp_path, '"``t1 = t2 * i or t1 = i * t2``"', '"``t1 = t2 * i або t1 = i * t2``"')
    assert found == [("XL704", "info")]
