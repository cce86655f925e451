"""Round 25 on documentation (tuning data docs21): passages of the TypeScript handbook in
English and its Portuguese, Indonesian and Korean translations (microsoft/TypeScript-Website,
CC BY 4.0, code samples MIT), sources in fixtures/SOURCES.md, each with its clean twin."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import loud_located, pair_findings

# packages/documentation/copy/{en,id}/reference/JSX.md: the JSX modes, `preserve` named twice;
# id names it once and writes the mode's name in its own words the second time.
MODES_EN = """TypeScript ships with three JSX modes: `preserve`, `react`, and `react-native`.
These modes only affect the emit stage - type checking is unaffected.
The `preserve` mode will keep the JSX as part of the output to be further consumed by another transform step (e.g. [Babel](https://babeljs.io/)).
Additionally the output will have a `.jsx` file extension.
The `react` mode will emit `React.createElement`, does not need to go through a JSX transformation before use, and the output will have a `.js` file extension.
The `react-native` mode is the equivalent of `preserve` in that it keeps all JSX, but the output will instead have a `.js` file extension.
"""
MODES_ID = """TypeScript memiliki tiga jenis mode JSX: `preserve`, `react`, dan `react-native`.
Mode tersebut hanya berlaku untuk _stage_, sedangkan untuk pemeriksaan tipe, hal itu tidak berlaku.
Mode `preserve` akan mempertahankan JSX sebagai bagian dari _output_ untuk selanjutnya digunakan oleh langkah transformasi lain (mis. [Babel](https://babeljs.io/)).
Selain itu, _output_-nya akan memiliki ekstensi berkas `.jsx`.
Mode `react` akan mengeluarkan`React.createElement`, tidak perlu melalui transformasi JSX sebelum digunakan, dan outputnya akan memiliki ekstensi berkas `.js`.
Mode `react-native` sama dengan `pertahankan` yang mempertahankan semua JSX, tetapi hasilnya justru akan memiliki ekstensi berkas `.js`.
"""


def test_a_literal_translated_where_the_translation_keeps_it_elsewhere_is_changed():
    assert loud_located(MODES_EN, "en", MODES_ID, "id") == [("XL702", "`preserve`", 6)]


def test_the_literal_kept_is_clean():
    assert loud_located(MODES_EN, "en", MODES_ID.replace("`pertahankan`", "`preserve`"), "id") == []


# copy/{en,ko}/reference/Utility Types.md: Pick keeps the type parameter `Keys`, Omit writes it `키`.
PICK_EN = """## `Pick<Type, Keys>`

Constructs a type by picking the set of properties `Keys` from `Type`.

## `Omit<Type, Keys>`

Constructs a type by picking all properties from `Type` and then removing `Keys`.
"""
PICK_KO = """## `Pick<Type, Keys>`

`Type`에서 프로퍼티 `Keys`의 집합을 선택해 타입을 생성합니다.

## `Omit<Type, Keys>`

`Type`에서 모든 프로퍼티를 선택하고 `키`를 제거한 타입을 생성합니다.
"""


def test_a_type_parameter_translated_in_one_sentence_is_changed():
    assert loud_located(PICK_EN, "en", PICK_KO, "ko") == [("XL702", "`Keys`", 7)]


def test_the_type_parameter_kept_is_clean():
    assert loud_located(PICK_EN, "en", PICK_KO.replace("`키`", "`Keys`"), "ko") == []


# copy/{en,pt}/reference/Utility Types.md: the ThisType example, its names translated by pt
# (ObjectDescriptor, data, methods, makeObject), `data` as `dado`.
THIS_EN = """```ts
type ObjectDescriptor<D, M> = {
  data?: D;
  methods?: M & ThisType<D & M>; // Type of 'this' in methods is D & M
};

function makeObject<D, M>(desc: ObjectDescriptor<D, M>): D & M {
  let data: object = desc.data || {};
  let methods: object = desc.methods || {};
  return { ...data, ...methods } as D & M;
}
```
"""
THIS_PT = """```ts
type DescritorDeObjeto<D, M> = {
  dado?: D;
  metodos?: M & ThisType<D & M>; // Tipo de this em metodos é D & M
};

function fazObjeto<D, M>(desc: DescritorDeObjeto<D, M>): D & M {
  let dado: object = desc.dado || {};
  let metodos: object = desc.metodos || {};
  return { ...dado, ...metodos } as D & M;
}
```
"""


def test_a_name_renamed_with_the_other_names_of_its_example_is_localised():
    assert loud_located(THIS_EN, "en", THIS_PT, "pt") == []


def test_the_same_name_renamed_alone_is_a_changed_line():
    alone = THIS_EN.replace("data", "dado")
    assert {rule for rule, _, _ in loud_located(THIS_EN, "en", alone, "pt")} == {"XL703"}


# copy/{en,pt}/reference/Type Compatibility.md: invokeLater renamed chamaDepois throughout the
# example, its comment included.
LATER_EN = """The motivating example is the common pattern of a function that takes a callback and invokes it with some predictable (to the programmer) but unknown (to the type system) number of arguments:

```ts
function invokeLater(args: any[], callback: (...args: any[]) => void) {
  /* ... Invoke callback with 'args' ... */
}

// Unsound - invokeLater "might" provide any number of arguments
invokeLater([1, 2], (x, y) => console.log(x + ", " + y));
```
"""
LATER_PT = """O exemplo motivacional é o padrão comum de uma função que recebe um callback e a chama com alguma previsibilidade (para o programador) mas com numero desconhecido (para o sistema de tipos) de argumentos:

```ts
function chamaDepois(args: any[], callback: (...args: any[]) => void) {
  /* ... Chama callback com 'args' ... */
}

// Não sólido - chamaDepois "poderia" prover qualquer numero de argumentos
chamaDepois([1, 2], (x, y) => console.log(x + ", " + y));
```
"""


def test_a_comment_naming_the_example_s_renamed_function_is_clean():
    assert loud_located(LATER_EN, "en", LATER_PT, "pt") == []


def test_a_comment_naming_another_function_is_reported():
    other = LATER_PT.replace("- chamaDepois", "- chamaAntes")
    assert loud_located(LATER_EN, "en", other, "pt") == [
        ("XL703", 'code:Não sólido - chamaAntes "poderia" prover qualquer numero de argumentos', 8)]


# copy/{en,id}/reference/JSX.md: the comment names the factory function the source renamed
# MyFactoryFunction; id renamed the code, not the comment.
FACTORY_EN = """```ts
function MyFactoryFunction() {
  return {
    render: () => {},
  };
}

// use a call signature
var myComponent = MyFactoryFunction();

// element class type => MyFactoryFunction
// element instance type => { render: () => void }
```
"""
FACTORY_ID = """```ts
function MyFactoryFunction() {
  return {
    render: () => {},
  };
}

// menggunakan call signature
var myComponent = MyFactoryFunction();

// tipe class elemen => FactoryFunction
// tipe instance elemen => { render: () => void }
```
"""


def test_a_comment_naming_the_old_name_of_a_function_is_reported():
    assert loud_located(FACTORY_EN, "en", FACTORY_ID, "id") == [
        ("XL703", "code:tipe class elemen => FactoryFunction", 11)]


def test_a_comment_naming_the_function_is_clean():
    kept = FACTORY_ID.replace("=> FactoryFunction", "=> MyFactoryFunction")
    assert loud_located(FACTORY_EN, "en", kept, "id") == []


# copy/{en,id}/reference/Iterators and Generators.md: for..of logs the numbers, the source
# corrected its comment; id still shows strings.
ITERATE_EN = """```ts
let list = [4, 5, 6];

for (let i in list) {
  console.log(i); // "0", "1", "2",
}

for (let i of list) {
  console.log(i); // 4, 5, 6
}
```
"""
ITERATE_ID = ITERATE_EN.replace('// 4, 5, 6', '// "4", "5", "6"')


def test_a_comment_without_words_is_compared_as_written():
    assert loud_located(ITERATE_EN, "en", ITERATE_ID, "id") == [("XL703", "code:4, 5, 6", 9)]


def test_the_same_comment_without_words_is_clean():
    assert loud_located(ITERATE_EN, "en", ITERATE_EN, "id") == []


# copy/{en,pt}/tutorials/Babel with TypeScript.md: the link to the tsconfig reference, a letter
# short in pt (the source fixed the typo).
BABEL_EN = ("To fix these issues, you would probably want to set up a command to type check your project "
            "using TSC. This likely means duplicating some of your babel config into a corresponding "
            "[`tsconfig.json`](/tsconfig) and ensuring these flags are enabled:\n")
BABEL_PT = ("Para corrigir esses problemas, você provavelmente vai querer configurar um comando para fazer a "
            "checagem de tipos do seu projeto usando TSC. Isso provavelmente significa duplicar algumas das "
            "suas configurações do babel para um [`tsconfig.json`](/tconfig) correspondente e garantir que "
            "estas diretivas estão ativadas:\n")


def test_a_site_path_one_letter_off_is_a_changed_link():
    assert [(f.rule, f.value) for f in pair_findings(BABEL_EN, "en", BABEL_PT, "pt")] == [("XL602", "/tsconfig")]


def test_the_site_path_right_is_clean():
    assert not pair_findings(BABEL_EN, "en", BABEL_PT.replace("/tconfig", "/tsconfig"), "pt")


# ant-design/ant-design components/cascader/index.{en-US,zh-CN}.md (MIT): a comment names a
# concept in Pascal case (TreeNode) that the example's code never writes; zh says 父节点.
OPTION_EN = """```typescript
interface Option {
  value: string | number;
  label?: React.ReactNode;
  disabled?: boolean;
  children?: Option[];
  // Determines if this is a leaf node(effective when `loadData` is specified).
  // `false` will force trade TreeNode as a parent node.
  // Show expand icon even if the current node has no children.
  isLeaf?: boolean;
}
```
"""
OPTION_ZH = """```typescript
interface Option {
  value: string | number;
  label?: React.ReactNode;
  disabled?: boolean;
  children?: Option[];
  // 标记是否为叶子节点，设置了 `loadData` 时有效
  // 设为 `false` 时会强制标记为父节点，即使当前节点没有 children，也会显示展开图标
  isLeaf?: boolean;
}
```
"""


def test_a_concept_in_pascal_case_the_code_never_writes_is_prose():
    # (its twin: FactoryFunction above, a name the code writes in MyFactoryFunction)
    assert loud_located(OPTION_EN, "en", OPTION_ZH, "zh") == []


TYPESCRIPT = Path(__file__).parent.parent / "fixtures" / "heldout" / "docs21" / "md-typescript"


def _pair(name: str, lang: str) -> tuple[str, str]:
    return ((TYPESCRIPT / f"{name}.en.md").read_text(encoding="utf-8"),
            (TYPESCRIPT / f"{name}.{lang}.md").read_text(encoding="utf-8"))


def _missing(en: str, other: str, lang: str) -> list[str]:
    return sorted(f.message.split(" “")[0] for f in pair_findings(en, "en", other, lang) if f.rule == "XL002")


# copy/{en,pt}/reference/Type Compatibility.md from Generics on: the English adds a long section at
# the end, which skews the page's length ratio; "In this way, a generic type…" is pt's "Dessa forma…".
def test_a_short_paragraph_pairs_with_its_translation_not_merged_into_the_next():
    en, pt = _pair("compat-advanced-pt", "pt")
    assert not any(m.startswith("pt paragraph 6") for m in _missing(en, pt, "pt"))


def test_a_paragraph_with_a_value_the_other_lacks_is_not_paired_for_its_place():
    # the same page where pt's paragraph names TypeScript 2.8, which no English paragraph does
    en, pt = _pair("compat-advanced-pt", "pt")
    stale = pt.replace("Dessa forma,", "Desde o TypeScript 2.8,")
    assert "pt paragraph 6" in _missing(en, stale, "pt")


# copy/{en,id}/reference/JSX.md from "The JSX result type" on: the source replaced the section
# "Factory Functions" by "Configuring JSX"; id keeps the old one.
CONFIGURING_ID = """## Mengonfigurasi JSX

Ada beberapa _flag_ kompilator yang dapat digunakan untuk menyesuaikan JSX Anda, yang berfungsi sebagai _flag_ kompilator maupun melalui pragma sebaris per berkas. Untuk mempelajari lebih lanjut, lihat halaman referensi tsconfig-nya:

- [`jsxFactory`](/tsconfig/#jsxFactory)
- [`jsxFragmentFactory`](/tsconfig/#jsxFragmentFactory)
- [`jsxImportSource`](/tsconfig/#jsxImportSource)
"""


def test_a_section_replaced_under_another_heading_is_reported_paragraph_by_paragraph():
    en, id_ = _pair("jsx-react-id", "id")
    assert [m for m in _missing(en, id_, "id") if m.startswith("en")] == [
        "en paragraph 11", "en paragraph 12", "en paragraph 13"]


def test_the_section_translated_is_paired():
    en, id_ = _pair("jsx-react-id", "id")
    translated = id_[:id_.index("## Factory Function")] + CONFIGURING_ID.replace("## ", "### ", 1)
    assert _missing(en, translated, "id") == []
