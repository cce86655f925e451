"""The HTML review page in headless Chromium: findings where the JSON report says,
filters, keyboard navigation, lazy document sets, no script from a document, no request.

The browser is Debian's chromium and chromium-driver, driven by selenium; nothing here
downloads one. Without them the tests are skipped, unless XLCHECK_BROWSER_REQUIRED=1 (as
`nox -s browser` and `.ci/browser` set it), where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.conftest import SEED_DE, SEED_EN, SEED_PT
from xlcheck.cli import main

pytestmark = pytest.mark.browser

CHROMIUM = ("chromium", "chromium-browser", "google-chrome")


def _unavailable(reason: str) -> None:
    if os.environ.get("XLCHECK_BROWSER_REQUIRED") == "1":
        pytest.fail(reason + " (XLCHECK_BROWSER_REQUIRED=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed: pip install -e '.[browser]'")
    binary = os.environ.get("XLCHECK_CHROMIUM") or next(filter(None, map(shutil.which, CHROMIUM)), None)
    driver_path = os.environ.get("XLCHECK_CHROMEDRIVER") or shutil.which("chromedriver")
    if not binary or not driver_path:
        _unavailable("no chromium and chromedriver: apt-get install chromium chromium-driver")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"):
        options.add_argument(argument)
    # Every request the page makes shows up in the performance log.
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


# What a marker, its segment and its column say, read in the page.
MARKERS_JS = """
return Array.from(document.querySelectorAll('.finding')).map(function(m){
  var para = m.closest('.para'), cell = m.closest('.cell');
  return {fid: Number(m.dataset.fid), rule: m.dataset.rule, check: m.dataset.check, sev: m.dataset.sev,
          paragraph: para ? Number(para.dataset.n) : null, lang: cell ? cell.lang : null,
          shown: m.getClientRects().length > 0};
});
"""


def report(tmp_path: Path, *args: str, name: str = "report", with_json: bool = True) -> tuple[Path, dict | None]:
    """Write the HTML report (and, for a check, the JSON one) of one command line."""
    html = tmp_path / f"{name}.html"
    status = main([*args, "--format", "html", "-o", str(html)])
    assert status in (0, 1)
    if args[0] == "align" or not with_json:
        return html, None
    data = tmp_path / f"{name}.json"
    main([*args, "--format", "json", "-o", str(data)])
    return html, json.loads(data.read_text(encoding="utf-8"))


def blamed(finding: dict) -> dict:
    for location in finding["locations"]:
        if location["status"] in ("missing", "different", "extra"):
            return location
    return finding["locations"][0]


def load(driver, path: Path) -> None:
    driver.get_log("performance")  # forget the requests of earlier pages
    driver.get(path.as_uri())
    driver.execute_script("window.scrollTo(0, 0)")


def press(driver, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(key).perform()


def current(driver) -> str | None:
    return driver.execute_script("var a = document.activeElement; return a && a.classList.contains('finding') ? "
                                 "a.dataset.fid : null")


def requests(driver) -> list[str]:
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] in ("Network.requestWillBeSent", "Network.webSocketCreated"):
            urls.append(message["params"].get("request", {}).get("url") or message["params"].get("url"))
    return urls


@pytest.fixture
def drifted(drift):
    """The seed with H200 dropped in PT and 50.000 changed in DE: drift in two versions."""
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="drift.pt.txt")
    de = drift(SEED_DE, "50.000", "60.000", name="drift.de.txt")
    # The English version beside them, with no counterparts of its own: three versions of one text.
    en = drift(SEED_EN, "H100", "H100", name="seed.en.txt")
    return pt, de, en


def test_findings_are_where_the_json_report_says(browser, tmp_path, drifted):
    pt, de, en = drifted
    html, data = report(tmp_path, "check", str(pt), str(de), str(en))
    load(browser, html)
    shown = sorted(browser.execute_script(MARKERS_JS), key=lambda m: m["fid"])
    assert len(shown) == len(data["findings"]) >= 2
    for marker, finding in zip(shown, data["findings"]):
        where = blamed(finding)
        assert (marker["rule"], marker["check"], marker["sev"]) == (finding["rule"], finding["check"],
                                                                    finding["severity"])
        assert marker["paragraph"] == where["paragraph"]
        assert marker["lang"] in (where["lang"], None if where["paragraph"] is None else where["lang"])
        assert marker["shown"]


def test_seed_drift_side_by_side(browser, tmp_path, drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="drift.pt.txt")
    html, data = report(tmp_path, "diff", str(pt), str(SEED_DE))
    load(browser, html)
    press(browser, "j")
    facts = browser.execute_script("""
      var m = document.getElementById('f0'), hit = document.querySelector('mark.hit[data-fid="0"]');
      var a = m.getBoundingClientRect(), b = hit.getBoundingClientRect(), row = m.closest('.row');
      return {hit: hit.textContent, hitLang: hit.closest('.cell').lang, sameRow: row === hit.closest('.row'),
              markerLeft: a.left, hitLeft: b.left, inView: b.top >= 0 && b.bottom <= innerHeight,
              markerText: m.textContent};
    """)
    assert facts["hit"] == "H200" and facts["hitLang"] == "de" and facts["sameRow"]
    assert facts["markerLeft"] < facts["hitLeft"]  # PT on the left, DE beside it
    assert facts["inView"] and "XL301" in facts["markerText"] and "H200" in facts["markerText"]
    assert data["findings"][0]["rule"] == "XL301"


def test_filters_hide_and_show_findings(browser, tmp_path, drifted):
    pt, de, en = drifted
    html, data = report(tmp_path, "check", str(pt), str(de), str(en))
    checks = {f["check"] for f in data["findings"]}
    assert {"code", "number"} <= checks
    load(browser, html)

    def visible():
        return {m["fid"] for m in browser.execute_script(MARKERS_JS) if m["shown"]}

    everything = set(range(len(data["findings"])))
    assert visible() == everything
    code = browser.find_element("css selector", 'input[data-filter="check"][value="code"]')
    code.click()
    assert visible() == {i for i, f in enumerate(data["findings"]) if f["check"] != "code"}
    assert not browser.execute_script("return Array.from(document.querySelectorAll('li.nav[data-check=code]'))"
                                      ".some(function(e){return e.getClientRects().length})")
    code.click()
    assert visible() == everything
    severity = browser.find_element("css selector", 'input[data-filter="sev"][value="error"]')
    severity.click()
    assert visible() == {i for i, f in enumerate(data["findings"]) if f["severity"] != "error"}
    severity.click()
    assert visible() == everything


def test_keyboard_moves_from_finding_to_finding(browser, tmp_path, drifted):
    pt, de, en = drifted
    html, data = report(tmp_path, "check", str(pt), str(de), str(en))
    load(browser, html)
    order = browser.execute_script("return Array.from(document.querySelectorAll('li.nav'))"
                                   ".map(function(e){return e.dataset.fid})")
    assert sorted(map(int, order)) == list(range(len(data["findings"])))
    assert current(browser) is None
    seen = []
    for _ in order:
        press(browser, "j")
        seen.append(current(browser))
    assert seen == order
    press(browser, "n")
    assert current(browser) == order[0]  # wraps around
    press(browser, "k")
    assert current(browser) == order[-1]
    press(browser, "p")
    assert current(browser) == order[-2]
    assert browser.find_element("id", "position").text == f"{len(order) - 1} / {len(order)}"
    # The focused finding is on screen.
    assert browser.execute_script("var r = document.activeElement.getBoundingClientRect();"
                                  "return r.top >= 0 && r.bottom <= innerHeight")
    # With a check filtered out, navigation skips its findings.
    hidden = data["findings"][int(order[0])]["check"]
    browser.find_element("css selector", f'input[data-filter="check"][value="{hidden}"]').click()
    for _ in order:
        press(browser, "j")
        assert data["findings"][int(current(browser))]["check"] != hidden


HOSTILE = {
    "pt": """\
O modelo <script>window.__xl_pwned = 1</script> custa 50.000 dólares.

Veja [a página](javascript:window.__xl_pwned=3) e <img src="http://127.0.0.1:9/leak.png" onerror="window.__xl_pwned=2">.

Link: <a href="javascript:window.__xl_pwned=4">clique</a> em https://example.com/pixel.png e <iframe src="https://example.com/"></iframe>.
""",
    "de": """\
Das Modell <script>window.__xl_pwned = 1</script> kostet 60.000 Dollar.

Siehe [die Seite](javascript:window.__xl_pwned=5) und <img src="http://127.0.0.1:9/leak.png" onerror="window.__xl_pwned=2">.

Link: <a href="javascript:window.__xl_pwned=6">klicken</a> auf https://example.org/pixel.png und <svg onload="window.__xl_pwned=7"></svg>.
""",
}


def hostile(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for lang, text in HOSTILE.items():
        path = folder / f"evil.{lang}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def assert_inert(driver) -> None:
    time.sleep(0.3)
    state = driver.execute_script("""
      return {pwned: window.__xl_pwned === undefined ? null : window.__xl_pwned,
              scripts: document.scripts.length, embeds: document.querySelectorAll('img,iframe,svg,object').length,
              jsLinks: document.querySelectorAll('a[href^="javascript"]').length,
              text: Array.from(document.querySelectorAll('.para')).map(function(p){return p.textContent}).join('\\n')};
    """)
    assert state["pwned"] is None
    assert state["scripts"] == 1 and state["embeds"] == 0 and state["jsLinks"] == 0
    assert "<script>window.__xl_pwned = 1</script>" in state["text"]
    assert "javascript:window.__xl_pwned=3" in state["text"]


def test_the_harness_sees_a_script_run_and_a_request_leave(browser, tmp_path):
    # A control page: what the tests below must never see, they can see.
    page = tmp_path / "control.html"
    page.write_text('<!doctype html><script>window.__xl_pwned = 1</script><img src="http://127.0.0.1:9/leak.png">',
                    encoding="utf-8")
    load(browser, page)
    time.sleep(0.3)
    assert browser.execute_script("return window.__xl_pwned") == 1
    assert "http://127.0.0.1:9/leak.png" in requests(browser)


def test_a_script_in_a_document_does_not_run(browser, tmp_path):
    pt, de = hostile(tmp_path / "docs")
    html, data = report(tmp_path, "diff", str(pt), str(de))
    assert data["findings"]
    load(browser, html)
    assert_inert(browser)
    for link in browser.find_elements("css selector", "a"):
        browser.execute_script("arguments[0].click()", link)
    assert_inert(browser)


def test_a_script_in_a_lazily_rendered_set_does_not_run(browser, tmp_path):
    tree = tmp_path / "tree"
    hostile(tree / "one")
    hostile(tree / "two")
    html, data = report(tmp_path, "check", str(tree))
    load(browser, html)
    assert browser.execute_script("return document.querySelectorAll('.para').length") == 0
    for section in browser.find_elements("css selector", "details.set > summary"):
        section.click()
    assert browser.execute_script("return document.querySelectorAll('.para').length") > 0
    assert_inert(browser)


def test_no_request_leaves_the_page(browser, tmp_path, drifted):
    pt, de = hostile(tmp_path / "docs")
    for html in (report(tmp_path, "diff", str(pt), str(de), name="evil")[0],
                 report(tmp_path, "check", str(drifted[0]), str(drifted[1]), str(drifted[2]))[0]):
        load(browser, html)
        for key in "jjjkn":
            press(browser, key)
        for box in browser.find_elements("css selector", "input[data-filter]"):
            box.click()
        assert requests(browser) == [html.as_uri()]


def test_tree_sets_open_lazily_and_navigation_crosses_them(browser, tmp_path, drift):
    for folder in ("tree/a", "tree/pt", "tree/de"):
        (tmp_path / folder).mkdir(parents=True)
    drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="tree/a/news.pt.txt")
    drift(SEED_DE, "50.000", "50.000", name="tree/a/news.de.txt")
    drift(SEED_PT, "50.000", "50.000", name="tree/pt/b.txt")
    drift(SEED_DE, "50.000", "60.000", name="tree/de/b.txt")
    html, data = report(tmp_path, "check", str(tmp_path / "tree"))
    load(browser, html)
    assert browser.execute_script("return document.querySelectorAll('details.set').length") == 2
    assert browser.execute_script("return document.querySelectorAll('details.set[open], .row:not(.head)').length") == 0
    seen = []
    for _ in data["findings"]:
        press(browser, "j")
        seen.append(int(current(browser)))
    assert sorted(seen) == list(range(len(data["findings"])))
    assert browser.execute_script("return document.querySelectorAll('details.set[open]').length") == 2
    shown = sorted(browser.execute_script(MARKERS_JS), key=lambda m: m["fid"])
    assert [(m["paragraph"], m["lang"]) for m in shown] == [
        (blamed(f)["paragraph"], blamed(f)["lang"]) for f in data["findings"]]
    # The index links open their set.
    browser.get(html.as_uri())
    browser.find_elements("css selector", "table.index a")[1].click()
    assert browser.execute_script("return document.querySelector('#s1').open && "
                                  "!document.querySelector('#s0').open")


def test_align_view_in_the_browser(browser, tmp_path):
    html, _ = report(tmp_path, "align", str(SEED_PT), str(SEED_DE))
    load(browser, html)
    facts = browser.execute_script("""
      var rows = document.querySelectorAll('.row:not(.head)');
      return {rows: rows.length, findings: document.querySelectorAll('.finding').length,
              paras: document.querySelectorAll('.para').length};
    """)
    assert facts["findings"] == 0 and facts["rows"] >= 19 and facts["paras"] == 40
    assert requests(browser) == [html.as_uri()]


def test_phone_and_print_layouts(browser, tmp_path, drift):
    pt = drift(SEED_PT, "GPUs H100 e H200", "GPUs H100", name="drift.pt.txt")
    html, _ = report(tmp_path, "diff", str(pt), str(SEED_DE))
    try:
        browser.set_window_size(390, 844)
        load(browser, html)
        layout = browser.execute_script("""
          var row = document.getElementById('f0').closest('.row'), cells = row.querySelectorAll('.cell');
          return {stacked: cells[1].getBoundingClientRect().top >= cells[0].getBoundingClientRect().bottom - 1,
                  overflow: document.documentElement.scrollWidth - innerWidth};
        """)
        assert layout["stacked"] and layout["overflow"] <= 0
    finally:
        browser.set_window_size(1280, 900)
    load(browser, html)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        printed = browser.execute_script("""
          return {toolbar: getComputedStyle(document.querySelector('.toolbar')).display,
                  marker: document.getElementById('f0').getClientRects().length > 0};
        """)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert printed == {"toolbar": "none", "marker": True}


def _seed_copies(folder: Path, times: int) -> tuple[Path, Path]:
    """The seed pair repeated `times` times (20 paragraphs a copy), H200 changed once in DE."""
    folder.mkdir()
    pt = folder / "big.pt.txt"
    de = folder / "big.de.txt"
    pt.write_text("\n\n".join([SEED_PT.read_text(encoding="utf-8").strip()] * times) + "\n", encoding="utf-8")
    copies = [SEED_DE.read_text(encoding="utf-8").strip()] * times
    copies[times // 2] = copies[times // 2].replace("H200", "H300", 1)
    de.write_text("\n\n".join(copies) + "\n", encoding="utf-8")
    return pt, de


def load_ms(driver, path: Path) -> float:
    """The page's load time in the browser, the best of two loads (the machine may be shared)."""
    best = float("inf")
    for _ in range(2):
        load(driver, path)
        best = min(best, driver.execute_script("return performance.getEntriesByType('navigation')[0].loadEventEnd"))
    return best


# Ten times the content may cost at most this many times the load time: linear rendering
# gives well under 10 (a page has a fixed cost), a quadratic one about 100.
GROWTH = 30


def test_five_thousand_paragraphs_render_in_linear_time(browser, tmp_path):
    small, _ = report(tmp_path, "diff", *map(str, _seed_copies(tmp_path / "small", 25)), name="small", with_json=False)
    html, _ = report(tmp_path, "diff", *map(str, _seed_copies(tmp_path / "big", 250)), name="big", with_json=False)
    assert html.stat().st_size < 6_000_000
    small_ms, big_ms = load_ms(browser, small), load_ms(browser, html)
    assert browser.execute_script("return document.querySelectorAll('.para').length") == 2 * 20 * 250
    assert big_ms < GROWTH * small_ms, (small_ms, big_ms)
    press(browser, "j")
    assert current(browser) == "0"
    assert browser.execute_script("return document.querySelectorAll('.finding').length") == 1


def _tree(folder: Path, pages: int) -> Path:
    """`pages` page pairs of three seed paragraphs in folders of 50, every 20th drifted."""
    pt = SEED_PT.read_text(encoding="utf-8").split("\n\n")[4:7]
    de = SEED_DE.read_text(encoding="utf-8").split("\n\n")[4:7]
    for i in range(pages):
        part = folder / f"part{i // 50}"
        part.mkdir(parents=True, exist_ok=True)
        (part / f"page{i:03d}.pt.txt").write_text("\n\n".join(pt) + "\n", encoding="utf-8")
        drifted = "\n\n".join(de).replace("H200", "H300") if i % 20 == 7 else "\n\n".join(de)
        (part / f"page{i:03d}.de.txt").write_text(drifted + "\n", encoding="utf-8")
    return folder


def test_a_tree_of_many_pages_stays_usable(browser, tmp_path):
    pages = 400
    small, _ = report(tmp_path, "check", str(_tree(tmp_path / "small", pages // 10)), name="small", with_json=False)
    html, data = report(tmp_path, "check", str(_tree(tmp_path / "tree", pages)), name="tree")
    drifting = {blamed(f)["path"] for f in data["findings"]}
    assert len(drifting) == pages // 20
    small_ms, big_ms = load_ms(browser, small), load_ms(browser, html)
    shown = browser.execute_script("return {sets: document.querySelectorAll('details.set').length,"
                                   "rows: document.querySelectorAll('.row').length}")
    assert shown == {"sets": pages // 20, "rows": 0}
    assert big_ms < GROWTH * small_ms, (small_ms, big_ms)
    for _ in range(3):
        press(browser, "j")
    assert int(current(browser)) in range(len(data["findings"]))
    assert browser.execute_script("return document.querySelectorAll('details.set[open]').length") >= 1
