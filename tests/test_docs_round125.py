"""Round 125 on documentation (tuning data: every docs set): a few lines of a code block
rewritten into as many lines (the translation keeps an older example: a constructor
injection and a decorator query where the source now calls ``inject`` and
``contentChild``) are reported line by line, each against the line in its place, not as
one change of the stretch at its first line. And a string of an example written in a
script neither version is written in, changed into one in yet another (the English
iterates over ``"Зд"``, the Japanese still over ``"नमस्ते"``), is the example changed, not
a string the translator wrote in their own letters.

Sources (fixtures/SOURCES.md): the Angular documentation in English and Japanese,
angular/angular-ja@bef08283 ``adev-ja/src/content/guide/di/lightweight-injection-tokens{.en,}.md``
(as in ``fixtures/heldout/docs26/md-angular-ja``), MIT / CC BY 4.0; "The Rust Programming
Language", rust-lang/book@91754488 and rust-lang-ja/book-ja@822ffbb7 ``src/ch08-02-strings.md``
(as in ``fixtures/heldout/docs30/md-rustbook-ja``), MIT / Apache-2.0.
"""

from __future__ import annotations

from tests.conftest import loud_located

RETAINED_EN = """In the following example, both uses of the `CustomOther` token cause retention of `CustomOther`, preventing it from being tree-shaken when it is not used:

```ts {highlight: [[2],[4]]}
class App {
  private readonly other = inject(CustomOther, {optional: true});

  readonly header = contentChild(CustomOther);
}
```
"""
RETAINED_JA = """次の例では、 `OtherComponent` トークンの両方の使用により、 `OtherComponent` が保持され、使用されていない場合にツリーシェイクされることがなくなります。

```ts {highlight: [[2],[4]]}
class MyComponent {
  constructor(@Optional() other: OtherComponent) {}

  @ContentChild(OtherComponent) other: OtherComponent | null;
}
```
"""


def test_lines_rewritten_into_as_many_are_reported_each_at_its_line():
    # (the sentence's `CustomOther` is `OtherComponent` in Japanese: two XL702 on line 1)
    assert loud_located(RETAINED_EN, "en", RETAINED_JA, "ja") == [
        ("XL702", "`CustomOther`", 1), ("XL702", "`CustomOther`", 1),
        ("XL703", "code:class App {", 4),
        ("XL703", "code:private readonly other = inject(CustomOther, {optional: true});", 5),
        ("XL703", "code:readonly header = contentChild(CustomOther);", 7)]


def test_the_same_block_is_clean():
    ja = RETAINED_JA.replace(RETAINED_JA[RETAINED_JA.index("```ts"):], RETAINED_EN[RETAINED_EN.index("```ts"):])
    assert loud_located(RETAINED_EN, "en", ja.replace("OtherComponent", "CustomOther"), "ja") == []


CHARS_EN = """Calling `chars` on “Зд” separates out and returns two values of type `char`:

```rust
for c in "Зд".chars() {
    println!("{c}");
}
```
"""
CHARS_JA = """“नमस्ते”に対して`chars`を呼び出したら、分解して6つの`char`型の値を返します:

```rust
for c in "नमस्ते".chars() {
    println!("{c}");
}
```
"""


def test_a_string_changed_between_two_foreign_scripts_is_a_changed_literal():
    found = loud_located(CHARS_EN, "en", CHARS_JA, "ja")
    assert ("XL703", "code:Зд", 4) in found


def test_the_same_string_in_a_foreign_script_is_clean():
    ja = CHARS_JA.replace('"नमस्ते"', '"Зд"')
    assert [f for f in loud_located(CHARS_EN, "en", ja, "ja") if f[0] == "XL703"] == []


def test_a_string_written_in_the_translations_letters_is_no_changed_literal():
    # a translator who writes the example's greeting in Japanese has translated it
    ja = CHARS_JA.replace('"नमस्ते"', '"こんにちは"')
    assert [f for f in loud_located(CHARS_EN, "en", ja, "ja") if f[0] == "XL703"] == []
