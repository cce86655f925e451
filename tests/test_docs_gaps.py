"""Where a paragraph the source added and the translation lacks is reported: on the
paragraphs of the translation around the gap, so that the finding has a line to fix.

Excerpt: fastapi/fastapi@08924400 docs/{en,zh}/docs/deployment/docker.md (MIT; see
fixtures/SOURCES.md).
"""

from __future__ import annotations

from xlcheck import check, document_from_text

EN = """5. Copy the `./app` directory inside the `/code` directory.

    As this has all the code which is what **changes most frequently** the Docker **cache** won't be used for this or any **following steps** easily.

    So, it's important to put this **near the end** of the `Dockerfile`, to optimize the container image build times.

6. Set the **command** to use `fastapi run`, which uses Uvicorn underneath.

    `CMD` takes a list of strings, each of these strings is what you would type in the command line separated by spaces.

    This command will be run from the **current working directory**, the same `/code` directory you set above with `WORKDIR /code`.

/// tip

Review what each line does by clicking each number bubble in the code. 👆

///

/// warning

Make sure to **always** use the **exec form** of the `CMD` instruction, as explained below.

///

You should now have a directory structure like:
"""

# The zh page before the source added the warning: the tip is followed by the structure.
ZH_STALE = """5. 将“./app”目录复制到“/code”目录中。

    由于其中包含**更改最频繁**的所有代码，因此 Docker **缓存**不会轻易用于此操作或任何**后续步骤**。

    因此，将其放在`Dockerfile`**接近最后**的位置非常重要，以优化容器镜像的构建时间。

6. 设置**命令**来运行 `fastapi run`，它在底层使用 Uvicorn。

    `CMD` 接受一个字符串列表，每个字符串都是你在命令行中输入的内容，并用空格分隔。

    该命令将从 **当前工作目录** 运行，即你上面使用`WORKDIR /code`设置的同一`/code`目录。

/// tip

通过单击代码中的每个数字气泡来查看每行的作用。 👆

///

你现在应该具有如下目录结构：
"""

ZH = ZH_STALE.replace("你现在应该", """/// warning

请务必**始终**使用 `CMD` 指令的 **exec 形式**，如下所述。

///

你现在应该""")


def _check(en: str, zh: str):
    return check([document_from_text(en, "en", "docker.en.md", "markdown"),
                  document_from_text(zh, "zh", "docker.zh.md", "markdown")], reference=0).findings


def _missing(zh: str):
    return [f for f in _check(EN, zh) if f.rule == "XL002"]


def test_a_paragraph_missing_in_the_translation_points_at_the_gap():
    [finding] = _missing(ZH_STALE)
    assert "`CMD`" in finding.message
    [lacking] = [loc for loc in finding.locations if loc.lang == "zh"]
    assert lacking.status == "missing" and lacking.paragraph is None  # no paragraph of zh holds it
    # the warning goes after the tip's closing `///` (which the alignment pairs with the
    # warning's), before the structure
    assert lacking.line == ZH_STALE.splitlines().index("你现在应该具有如下目录结构：") + 1


def test_a_paragraph_missing_inside_a_block_goes_before_its_closing_fence():
    en = EN.replace("///\n\nYou should", "Use the exec form in every `Dockerfile` you write.\n\n///\n\nYou should")
    [finding] = [f for f in _check(en, ZH) if f.rule == "XL002"]
    [lacking] = [loc for loc in finding.locations if loc.lang == "zh"]
    lines = ZH.splitlines()
    assert lacking.line == len(lines) - 2  # the warning's closing `///`


def test_the_translated_warning_leaves_no_gap():
    assert _missing(ZH) == []


def test_the_evaluator_reads_a_gap_as_its_two_neighbours():
    from xlcheck.evaluate import _gap_units

    zh = document_from_text(ZH_STALE, "zh", "docker.zh.md", "markdown")
    structure = zh.paragraphs[-1]
    assert _gap_units(zh, structure.line) == {structure.n - 1, structure.n}
    assert _gap_units(zh, structure.end_line + 1) == {structure.n}  # after the last paragraph
    assert _gap_units(zh, 1) == {1}  # before the first


# vuejs/vitepress@ed2bfb26 docs/{en,pt}/guide/deploy.md (MIT), the nginx section,
# its configuration cut to a few lines: the source dropped the notes after the block.
NGINX_EN = """### nginx

Here is a example of an nginx server block configuration. This setup includes gzip compression for common text-based assets, rules for serving your VitePress site's static files with proper caching headers as well as handling `cleanUrls: true`.

```nginx
server {
    gzip on;
    listen 80;
    index index.html;
}
```
"""
NGINX_PT = """### Nginx

Aqui está um exemplo de configuração de bloco de servidor Nginx. Essa configuração inclui compressão gzip para ativos comuns baseados em texto, regras para servir os arquivos estáticos do seu site VitePress com cabeçalhos de cache apropriados, assim como lidar com `cleanUrls: true`.

```nginx
server {
    gzip on;
    listen 80;
    index index.html;
}
```

Essa configuração presume que o site VitePress compilado está localizado no diretório `/app` no seu servidor. Ajuste a diretiva `root` de acordo caso os arquivos do site estejam em outro lugar.

::: warning Não use index.html por padrão
A resolução de try_files não deve padronizar para index.html como em outras aplicações Vue. Isso resultará em um estado de página inválido.
:::
"""


def test_prose_after_a_code_block_is_no_part_of_the_block():
    report = check([document_from_text(NGINX_EN, "en", "deploy.en.md", "markdown"),
                    document_from_text(NGINX_PT, "pt-BR", "deploy.pt-BR.md", "markdown")], reference=0)
    extra = [f.blamed for f in report.findings if f.rule == "XL002"]
    lines = NGINX_PT.splitlines()
    assert sorted(loc.line for loc in extra) == [lines.index(line) + 1 for line in lines
                                                 if line.startswith(("Essa configuração", "::: warning"))]
    assert all(loc.status == "extra" for loc in extra)


def test_a_code_block_alone_is_its_translation():
    report = check([document_from_text(NGINX_EN, "en", "deploy.en.md", "markdown"),
                    document_from_text(NGINX_PT.split("\n\nEssa")[0] + "\n", "pt-BR", "deploy.pt-BR.md",
                                       "markdown")], reference=0)
    assert [f for f in report.findings if f.severity != "info"] == []
