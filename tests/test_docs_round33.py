"""Round 33 on documentation (tuning data docs30): passages of "The Rust Programming Language"
in English and of its Japanese translation, which keeps the English it was translated from in
``<!-- … -->`` comments above each paragraph, and frames listings in the older mdBook way
(``<span class="filename">`` and ``<span class="caption">`` where the English has a
``<Listing>`` element); sources in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_located, pair_findings
from xlcheck import document_from_text
from xlcheck.api import align_documents
from xlcheck.segment import source_comments


def rules(a: str, b: str) -> list[str]:
    return [rule for rule, _, _ in loud_located(a, "en", b, "ja")]


# ch07-02: three paragraphs of prose that hold no value to pair by.
MODULES_EN = """\
_Modules_ let us organize code within a crate for readability and easy reuse.
Modules also allow us to control the _privacy_ of items because code within a
module is private by default.

As an example, let’s write a library crate that provides the functionality of a
restaurant. We’ll define the signatures of functions but leave their bodies
empty to concentrate on the organization of the code rather than the
implementation of a restaurant.

In the restaurant industry, some parts of a restaurant are referred to as front
of house and others as back of house.
"""
MODULES_JA = """\
<!--
*Modules* let us organize code within a crate into groups for readability and
easy reuse.
-->
*モジュール* はクレート内のコードをグループ化し、可読性と再利用性を上げるのに役に立ちます。
<!--
As an example, let’s write a library crate that provides the functionality of a
restaurant. We’ll define the signatures of functions but leave their bodies
empty to concentrate on the organization of the code, rather than actually
implement a restaurant in code.
-->
例えば、レストランの機能を提供するライブラリクレートを書いてみましょう。
実際にレストランを実装することではなく、コードの関係性に注目したいので、関数にシグネチャをつけますが中身は空白のままにします。

<!--
In the restaurant industry, some parts of a restaurant are referred to as
*front of house* and others as *back of house*.
-->
レストラン業界では、レストランの一部を接客部門といい、その他を後方部門といいます。
"""
SECOND_JA = MODULES_JA[MODULES_JA.index("<!--\nAs an") : MODULES_JA.index("<!--\nIn the")]


def test_the_comments_a_translation_keeps_its_source_in_are_no_paragraphs():
    doc = document_from_text(MODULES_JA, "ja", "b.ja.md", "markdown")
    assert [p.line for p in doc.paragraphs] == [5, 12, 19]
    comments = source_comments(doc.text, doc.paragraphs)
    assert comments[1].startswith("As an example") and comments[2].startswith("In the restaurant")


def test_each_paragraph_pairs_with_the_one_its_comment_holds():
    en = document_from_text(MODULES_EN, "en", "a.en.md", "markdown")
    ja = document_from_text(MODULES_JA, "ja", "b.ja.md", "markdown")
    alignment = align_documents(en, ja)
    assert all(b.a == b.b for b in alignment.beads)
    assert alignment.verdict is not False and alignment.score > 0.7


def test_a_faithful_translation_with_its_source_in_comments_is_clean():
    assert rules(MODULES_EN, MODULES_JA) == []


def test_the_paragraph_a_translation_dropped_is_the_one_its_comments_lack():
    dropped = MODULES_JA.replace(SECOND_JA, "")
    en = document_from_text(MODULES_EN, "en", "a.en.md", "markdown")
    ja = document_from_text(dropped, "ja", "b.ja.md", "markdown")
    assert [(b.a, b.b) for b in align_documents(en, ja).beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


# ch07-02: the command the English now writes `cargo new restaurant --lib`.
COMMAND_EN = """\
To structure our crate in this way, we can organize its functions into nested
modules. Create a new library named `restaurant` by running `cargo new
restaurant --lib`. Then, enter the code in Listing 7-1 into _src/lib.rs_ to
define some modules and function signatures.
"""
COMMAND_JA = """\
<!--
To structure our crate in the same way that a real restaurant works, we can
organize the functions into nested modules. Create a new library named
`restaurant` by running `cargo new --lib restaurant`; then put the code in
Listing 7-1 into *src/lib.rs* to define some modules and function signatures.
-->
私達のクレートを現実のレストランと同じような構造にするために、関数をネストしたモジュールにまとめましょう。
`restaurant`という名前の新しいライブラリを`cargo new --lib restaurant`と実行することで作成し、Listing 7-1 のコードを *src/lib.rs* に書き込み、モジュールと関数のシグネチャを定義してください。
"""
CURRENT_JA = COMMAND_JA.replace("`cargo new --lib restaurant`と", "`cargo new restaurant --lib`と")


def test_a_command_changed_since_the_translation_is_reported():
    assert ("XL702", "`cargo new restaurant --lib`", 8) in loud_located(COMMAND_EN, "en", COMMAND_JA, "ja")


def test_the_command_as_the_source_now_writes_it_is_clean():
    # (the comment still holds the old command: it is no paragraph of the page; and
    # _src/lib.rs_ in underscores is the path *src/lib.rs* is)
    assert rules(COMMAND_EN, CURRENT_JA) == []


def test_a_value_only_in_the_comment_satisfies_nothing():
    in_comment_only = COMMAND_JA.replace("`cargo new --lib restaurant`;", "`cargo new restaurant --lib`;")
    assert ("XL702", "`cargo new restaurant --lib`", 8) in loud_located(COMMAND_EN, "en", in_comment_only, "ja")


def test_another_path_in_underscore_emphasis_is_reported():
    other = COMMAND_EN.replace("_src/lib.rs_", "_src/main.rs_")
    # (another file, named in English, not the path in Japanese words: a changed link, XL602)
    assert [(f.rule, f.value) for f in pair_findings(other, "en", CURRENT_JA, "ja")] == [("XL602", "src/main.rs")]


# ch12-04: a listing in a <Listing> element (English) and between filename and caption
# spans (Japanese), its code included in one and pasted in the other.
LISTING_EN = """\
Rust has a helpful method to handle line-by-line iteration of strings,
conveniently named `lines`, that works as shown in Listing 12-17. Note that
this won’t compile yet.

<Listing number="12-17" file-name="src/lib.rs" caption="Iterating through each line in `contents`">

```rust,ignore,does_not_compile
{{#rustdoc_include ../listings/ch12-an-io-project/listing-12-17/src/lib.rs:here}}
```

</Listing>

The `lines` method returns an iterator.
"""
LISTING_JA = """\
<!--
Rust has a helpful method to handle line-by-line iteration of strings,
conveniently named `lines`, that works as shown in Listing 12-17. Note this
won’t compile yet.
-->

Rustには、文字列を行ごとに繰り返す役立つメソッドがあり、利便性のために`lines`と命名されていて、
リスト12-17のように動作します。まだ、これはコンパイルできないことに注意してください。

<!--
<span class="filename">Filename: src/lib.rs</span>
-->

<span class="filename">ファイル名: src/lib.rs</span>

```rust,ignore
pub fn search<'a>(query: &str, contents: &'a str) -> Vec<&'a str> {
    for line in contents.lines() {
        // 行に対して何かする
        // do something with line
    }
}
```

<!--
<span class="caption">Listing 12-17: Iterating through each line in `contents`
</span>
-->

<span class="caption">リスト12-17: `contents`の各行を繰り返す</span>

<!--
The `lines` method returns an iterator.
-->

`lines`メソッドはイテレータを返します。
"""
LISTING_JA_NOW = """\
<!--
Rust has a helpful method to handle line-by-line iteration of strings,
conveniently named `lines`, that works as shown in Listing 12-17. Note this
won’t compile yet.
-->

Rustには、文字列を行ごとに繰り返す役立つメソッドがあり、利便性のために`lines`と命名されていて、
リスト12-17のように動作します。まだ、これはコンパイルできないことに注意してください。

<Listing number="12-17" file-name="src/lib.rs" caption="`contents`の各行を繰り返す">

```rust,ignore,does_not_compile
{{#rustdoc_include ../listings/ch12-an-io-project/listing-12-17/src/lib.rs:here}}
```

</Listing>

<!--
The `lines` method returns an iterator.
-->

`lines`メソッドはイテレータを返します。
"""


def test_a_listing_framed_in_spans_pairs_frame_by_frame():
    en = document_from_text(LISTING_EN, "en", "a.en.md", "markdown")
    ja = document_from_text(LISTING_JA, "ja", "b.ja.md", "markdown")
    assert [(b.a, b.b) for b in align_documents(en, ja).beads] == [((k,), (k,)) for k in range(5)]


def test_the_listing_element_and_the_fence_attribute_the_translation_lacks_are_reported():
    found = loud_located(LISTING_EN, "en", LISTING_JA, "ja")
    # the element's number at the filename span, its end at the caption span
    assert ("XL101", "17", 14) in found and ("XL702", "</Listing>", 30) in found
    assert ("XL701", "fence:does_not_compile", 16) in found
    assert (
        "XL703",
        "code:{{#rustdoc_include ../listings/ch12-an-io-project/listing-12-17/src/lib.rs:here}}",
        17,
    ) in found  # the include, pasted


def test_the_listing_written_as_the_source_now_writes_it_is_clean():
    assert rules(LISTING_EN, LISTING_JA_NOW) == []


def test_a_fence_attribute_changed_in_the_listing_is_reported():
    other = LISTING_JA_NOW.replace("```rust,ignore,does_not_compile", "```rust,ignore")
    assert loud_located(LISTING_EN, "en", other, "ja") == [("XL701", "fence:does_not_compile", 12)]


# ch15-05: the anchor the English keeps for links to the heading's old name.
ANCHOR_EN = """\
<a id="enforcing-borrowing-rules-at-runtime-with-refcellt"></a>

### Enforcing Borrowing Rules at Runtime

Unlike `Rc<T>`, the `RefCell<T>` type represents single ownership over the data
it holds.
"""
ANCHOR_JA = """\
<!--
### Enforcing Borrowing Rules at Runtime with `RefCell<T>`
-->

### `RefCell<T>`で実行時に借用規則を強制する

<!--
Unlike `Rc<T>`, the `RefCell<T>` type represents single ownership over the data
it holds.
-->

`Rc<T>`と異なり、`RefCell<T>`型は、保持するデータに対して単独の所有権を表します。
"""


def test_an_old_headings_anchor_the_translation_lacks_is_reported():
    assert [rule for rule, _, _ in loud_located(ANCHOR_EN, "en", ANCHOR_JA, "ja")] == ["XL002"]


def test_the_anchor_kept_is_clean():
    kept = '<a id="enforcing-borrowing-rules-at-runtime-with-refcellt"></a>\n\n' + ANCHOR_JA
    assert rules(ANCHOR_EN, kept) == []


# ch18-02 (ja ch17-02), cut shorter: the Japanese keeps the section "Object Safety Is Required
# for Trait Objects" that the English replaced by a sentence.
DISPATCH_EN = """\
<a id="trait-objects-perform-dynamic-dispatch"></a>

### Performing Dynamic Dispatch

The code that results from monomorphization is doing _static
dispatch_, which is when the compiler knows what method you’re calling at
compile time.

When we use trait objects, Rust must use dynamic dispatch. The compiler doesn’t
know all the types that might be used with the code that’s using trait objects,
so it doesn’t know which method implemented on which type to call.

[dyn-compatibility]: https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility
"""
DISPATCH_JA = """\
<a id="trait-objects-perform-dynamic-dispatch"></a>

<!--
### Trait Objects Perform Dynamic Dispatch
-->

### トレイトオブジェクトは、ダイナミックディスパッチを行う

<!--
The code that results from monomorphization is doing
*static dispatch*, which is when the compiler knows what method you’re calling
at compile time.
-->

単相化の結果吐かれるコードは、
*スタティックディスパッチ*を行い、これは、コンパイル時にコンパイラがどのメソッドを呼び出しているかわかる時のことです。

<!--
When we use trait objects, Rust must use dynamic dispatch. The compiler doesn’t
know all the types that might be used with the code that is using trait
objects, so it doesn’t know which method implemented on which type to call.
-->

トレイトオブジェクトを使用すると、コンパイラはダイナミックディスパッチを使用しなければなりません。
コンパイラは、トレイトオブジェクトを使用しているコードで使用される可能性のある型全てを把握しないので、
どの型に実装されたどのメソッドを呼び出すかわからないのです。

<!--
### Object Safety Is Required for Trait Objects
-->

### トレイトオブジェクトには、オブジェクト安全性が必要

<!--
You can only make *object-safe* traits into trait objects. Some complex rules
govern all the properties that make a trait object safe, but in practice, only
two rules are relevant.
-->

トレイトオブジェクトには、*オブジェクト安全*なトレイトしか作成できません。
トレイトオブジェクトを安全にする特性全てを司る複雑な規則がありますが、実際には、2つの規則だけが関係があります。

<!--
* The return type isn’t `Self`.
* There are no generic type parameters.
-->

* 戻り値の型が`Self`でない。
* ジェネリックな型引数がない。

[dyn-compatibility]: https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility
"""
KEPT_SECTION = DISPATCH_JA[DISPATCH_JA.index("<!--\n### Object") : DISPATCH_JA.index("[dyn-compatibility]")]


def test_a_translation_keeping_a_section_its_source_dropped_is_still_a_translation():
    found = loud_located(DISPATCH_EN, "en", DISPATCH_JA, "ja")
    assert "XL001" not in [rule for rule, _, _ in found]
    # the section's heading, its paragraph and its list, each left over from an earlier version
    assert sorted((rule, line) for rule, _, line in found) == [("XL002", 32), ("XL002", 40), ("XL002", 48)]


def test_the_translation_without_that_section_is_clean():
    assert rules(DISPATCH_EN, DISPATCH_JA.replace(KEPT_SECTION, "")) == []


def test_its_paragraphs_pair_with_their_comments_around_the_kept_section():
    en = document_from_text(DISPATCH_EN, "en", "a.en.md", "markdown")
    ja = document_from_text(DISPATCH_JA, "ja", "b.ja.md", "markdown")
    alignment = align_documents(en, ja)
    assert alignment.translation
    assert [(b.a, b.b) for b in alignment.beads if b.a and b.b][:3] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


# ch18-03 (ja ch17-03), cut shorter: two listings the chapter renumbered, each named once.
NUMBERS_EN = """\
We saw in Listing 18-11 that we want to be able to call a method named
`add_text` and pass it a `&str` that is then added as the text content of the
blog post. The `add_text` method is pretty
straightforward, so let’s add the implementation in Listing 18-13 to the `impl
Post` block.
"""
NUMBERS_JA = """\
<!--
Listing 17-11 showed that we want to be able to call a method named
`add_text` and pass it a `&str` that is then added to the text content of the
blog post. The `add_text` method is pretty
straightforward, so let’s add the implementation in Listing 17-13 to the `impl
Post` block:
-->

リスト17-11は、`add_text`というメソッドを呼び出し、ブログ記事のテキスト内容に追加される`&str`を渡せるようになりたいことを示しました。
`add_text`メソッドは非常に素直なので、リスト17-13の実装を`impl Post`ブロックに追加しましょう:
"""


def test_a_number_changed_at_each_of_its_places_is_reported_at_each():
    found = loud_located(NUMBERS_EN, "en", NUMBERS_JA, "ja")
    assert [(rule, value) for rule, value, _ in found] == [("XL102", "18"), ("XL102", "18")]


def test_the_listings_numbered_as_the_source_now_numbers_them_are_clean():
    assert rules(NUMBERS_EN, NUMBERS_JA.replace("リスト17-", "リスト18-")) == []



# Two pages that are no translation of each other are compared document-wide (XL001): a
# number the English writes at several places and the other page lacks is missing once
# there, not at each place (whole documents hold many numbers of each). The VuePress page
# on local development (MIT), rewritten in English since its Chinese was made, as docs31
# keeps it.
VUEPRESS = Path(__file__).resolve().parents[1] / "fixtures/heldout/docs31/md-vuepress-zh"


def test_a_number_is_missing_once_when_whole_documents_are_compared():
    english = (VUEPRESS / "local-development-zh.en.md").read_text(encoding="utf-8")
    chinese = (VUEPRESS / "local-development-zh.zh.md").read_text(encoding="utf-8")
    found = loud_located(english, "en", chinese, "zh")
    assert "XL001" in [rule for rule, _, _ in found]
    numbers = [value for rule, value, _ in found if rule in ("XL101", "XL102")]
    assert numbers and len(numbers) == len(set(numbers))
