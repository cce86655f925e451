"""Round 97 on documentation (tuning data: every docs set but docs49 and docs50): a
comment in a code block that states an address with its query (the output of the line
below it, ``// displays: /index.php?r=article%2Findex&page=100``), which a translated
comment gives with the same path and keys but other values (``r=article/index``, the output
of an older release), is reported at both lines. Source: yiisoft/yii2@45e679d7, the
pagination page (``docs/guide/output-pagination.md``) in English and Brazilian Portuguese
(BSD-3-Clause; as in `fixtures/heldout/docs28/md-yii2-ptbr`). The twins are written for the
test."""

from __future__ import annotations

from tests.conftest import loud_located
from xlcheck.compare.code import _requery

PAGINATION_EN = """For example,

```php
// specifies the route that the URL to be created should use
// If you do not specify this, the currently requested route will be used
$pagination->route = 'article/index';

// displays: /index.php?r=article%2Findex&page=100
echo $pagination->createUrl(100);

// displays: /index.php?r=article%2Findex&page=101
echo $pagination->createUrl(101);
```
"""
PAGINATION_PT = """Por exemplo,

```php
// especifica a rota que o URL a ser criada deve usar
// Se você não a especificar, a atual rota requerida será usado
$pagination->route = 'article/index';

// exibe: /index.php?r=article/index&page=100
echo $pagination->createUrl(100);

// exibe: /index.php?r=article/index&page=101
echo $pagination->createUrl(101);
```
"""


def test_an_address_a_translated_comment_states_with_other_values_is_reported():
    found = loud_located(PAGINATION_EN, "en", PAGINATION_PT, "pt")
    assert [(rule, line) for rule, _, line in found] == [("XL703", 8), ("XL703", 11)]
    assert "r=article%2Findex&page=100" in found[0][1]


def test_the_same_address_in_a_translated_comment_is_no_drift():
    kept = PAGINATION_PT.replace("r=article/index", "r=article%2Findex")
    assert loud_located(PAGINATION_EN, "en", kept, "pt") == []


def test_an_address_with_another_path_or_keys_is_no_pair():
    assert _requery("// displays: /index.php?r=a&page=1", "// exibe: /view.php?r=a&page=1") is None
    assert _requery("// displays: /index.php?r=a&page=1", "// exibe: /index.php?r=a&p=1") is None
    assert _requery("// see https://example.org/a?b=1", "// veja https://example.org/a?b=2") == (
        "https://example.org/a?b=1 https://example.org/a?b=2")
