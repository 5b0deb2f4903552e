"""One language (issue 14 item 1), in a real browser (Debian chromium) on the demo county: an admin,
an investigator and an analyst of three agencies walk every page of their menu — each tab opened,
each expander unfolded — and no ASCII word may be shown outside a short allow-list (file formats,
the product name; Cypher only inside the console's code blocks and editor). Times are local
(Asia/Shanghai), no "None", no raw ``<mark>`` tag.

Screenshots go to ``tests/artifacts/language-*.png``. A page that fails names the words it showed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.services.auth import UserStore
from tests.app.browser import RequestLog, launch_chromium, running_app
from tests.conftest import wipe

pytestmark = [
    pytest.mark.browser,
]

# Words a Chinese investigator meets as they are: file formats and the network terms that have no
# Chinese form in use. Nothing else: a column name, a code, an id or an English message fails.
ALLOWED = {"CSV", "XLSX", "PNG", "JSON", "PDF", "Word", "DOCX", "HTML", "TXT", "ZIP", "IP", "MAC", "Cypher"}
# the console's schema panel shows the code names an analyst types in Cypher next to the Chinese
# ones (issue 14: "with the code name only where an analyst needs it"); its Chinese names are
# checked by tests/app/test_language_zh.py
CODE_TABS = {"图谱结构"}
WORD = re.compile(r"[A-Za-z][A-Za-z_]*")
# codes from the data, shown as written: credit codes, project and case numbers (capitals and digits)
SHORT_HASH = re.compile(r"(?<![0-9A-Za-z_:])(?=[0-9a-f]*[0-9])[0-9a-f]{6,16}(?![0-9A-Za-z_])")  # a short hash, where needed
CODE = re.compile(r"(?<![A-Za-z0-9_])(?=[A-Z0-9\-]*[0-9])(?=[A-Z0-9\-]*[A-Z])[A-Z0-9][A-Z0-9\-]*(?![A-Za-z0-9_])")
PASSWORD = "language walk password"
# who walks: role, agency (by name in the demo county)
WALKERS = {
    "admin": ("财政局管理员", "admin", "示例县财政局"),
    "investigator": ("公安局调查员", "investigator", "示例县公安局"),
    "analyst": ("纪委监委分析员", "analyst", "中共示例县纪律检查委员会"),
}
# the text the walk reads: main area and sidebar, minus the console's Cypher (code blocks, editor)
READ_TEXT = """() => {
  const parts = [];
  for (const root of document.querySelectorAll('[data-testid="stMain"], [data-testid="stSidebar"]')) {
    const copy = root.cloneNode(true);
    copy.querySelectorAll('[data-testid="stCode"], [data-testid="stIconMaterial"], textarea, style, script').forEach(e => e.remove());
    document.body.appendChild(copy); copy.style.position = 'absolute'; copy.style.left = '-99999px';
    parts.push(copy.innerText); copy.remove();
  }
  // cells of the tables (drawn on a canvas; their accessible copy holds the text)
  document.querySelectorAll('[data-testid="stDataFrame"] [role="gridcell"], [data-testid="stDataFrame"] [role="columnheader"]')
    .forEach(c => parts.push(c.textContent));
  // Streamlit's own placeholders and button labels
  document.querySelectorAll('input[placeholder], textarea[placeholder]').forEach(e => parts.push(e.placeholder));
  return parts.join('\\n');
}"""


def ascii_words(text: str) -> list[str]:
    return sorted({w for w in WORD.findall(CODE.sub(" ", SHORT_HASH.sub(" ", text))) if w not in ALLOWED})


def test_ascii_words_are_found():
    assert ascii_words("超期 3 个工作日 penalty_decision，导出 CSV，Choose an option") == ["Choose", "an", "option", "penalty_decision"]
    assert ascii_words("2024-03-15 08:00 示财移〔2024〕1号 IP/MAC XLSX 91510683MA62Q1XX7A SLXCG-2023-001") == []
    assert ascii_words("company:3fecb91a 编号 a1b2") == ["a", "b", "company", "fecb"]  # ids are not codes
    assert ascii_words("承诺值摘要 95499397e12d") == []  # a short hash where one is needed


@pytest.fixture(scope="module")
def demo_county(graph):
    from app.services.access import invalidate
    from app.services.desk import agencies
    from graph.demo import load_demo

    wipe(graph)
    invalidate()
    report = load_demo(graph, size="small")
    ids = {r["name"]: r["id"] for r in agencies(graph)}
    yield report.planted, ids
    invalidate()


@pytest.fixture(scope="module")
def server(demo_county, graph_settings, tmp_path_factory):
    _, ids = demo_county
    store = UserStore.default(graph_settings)
    for name, role, agency in WALKERS.values():
        if store.get(name) is None:
            store.add(name, PASSWORD, agency_id=ids[agency], role=role, agency_name=agency)
    with running_app(tmp_path_factory.mktemp("app-log") / "streamlit.log") as app:
        yield app


@pytest.fixture(scope="module")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        yield pw


def wait_idle(page, before: int = 400, after: int = 300) -> None:
    page.wait_for_timeout(before)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
    page.wait_for_timeout(after)


def settle(page) -> None:
    """After a tab or an expander is opened: both are drawn by the browser (Streamlit sends every
    tab's and expander's content with the page; opening one runs no script), so a short pause."""
    wait_idle(page, 100, 50)


def targets(planted) -> dict[str, str]:
    """Pages that show one entity: opened on a planted one (a deep link, ?id=)."""
    return {
        "profile": planted.conflict.company_id,
        "graph": planted.conflict.official_id,
        "threads": planted.referrals.returned_transfer.thread_id,
    }


def unfold(page) -> None:
    """Open every visible expander (one in a hidden tab is opened when its tab is)."""
    closed = page.locator('[data-testid="stMain"] [data-testid="stExpander"] details:not([open]) > summary >> visible=true')
    for _ in range(30):
        if closed.count() == 0:
            break
        closed.first.click()
        settle(page)


def read_page(page) -> str:
    """The page's text with every tab opened and every expander unfolded."""
    unfold(page)
    texts = [page.evaluate(READ_TEXT)]
    tabs = page.locator('[data-testid="stMain"] [role="tab"]')
    for i in range(tabs.count()):
        if tabs.nth(i).inner_text().strip() in CODE_TABS:
            continue
        tabs.nth(i).click()
        settle(page)
        unfold(page)
        texts.append(page.evaluate(READ_TEXT))
    return "\n".join(texts)


# the pages of each walker's menu (tests/app/test_pages.py checks the menus themselves)
PAGES = {
    "admin": ("search", "profile", "graph", "paths", "threads", "desk", "mechanisms", "identities", "ingest", "console", "audit"),
    "investigator": ("search", "profile", "graph", "paths", "threads", "desk", "mechanisms", "identities"),
    "analyst": ("search", "profile", "graph", "paths", "threads", "desk", "mechanisms", "identities", "console"),
}
CASES = [(who, page) for who in WALKERS for page in PAGES[who]]
# Pages owned by other work in progress whose English was reported to the lead (strict: a page
# that becomes clean fails here until it is taken off this list).
REPORTED: dict[str, str] = {}  # pages known to show English, as strict xfails (none now)


@pytest.fixture(scope="module")
def walkers(server, playwright, tmp_path_factory):
    """One signed-in browser per walker: the session cookie (item 4) keeps it signed in page after page."""
    contexts = {}
    for who in WALKERS:
        context = launch_chromium(playwright, tmp_path_factory.mktemp(f"profile-{who}"), RequestLog())
        context.set_default_timeout(60_000)
        contexts[who] = context
    yield contexts
    for context in contexts.values():
        context.close()


def user_name_words(settings) -> set[str]:
    import getpass

    from app.services.auth import UserStore

    names = [u.username for u in UserStore.default(settings).all()] + [getpass.getuser()]
    return {w for n in names for w in WORD.findall(n)}


def signed_in_page(walkers, server, who):
    context = walkers[who]
    page = context.pages[0] if context.pages else context.new_page()
    if not any(c["name"] == "liandong_session" for c in context.cookies()):
        page.goto(server.url)
        page.get_by_label("用户名").fill(WALKERS[who][0])
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="登录").click()
        page.get_by_text("当前用户").wait_for()
        page.wait_for_function("() => document.cookie.includes('liandong_session=')")
    return page


def test_the_sign_in_page_speaks_chinese(server, playwright, artifacts, tmp_path):
    context = launch_chromium(playwright, tmp_path / "profile", RequestLog())
    try:
        page = context.new_page()
        page.goto(server.url)
        page.get_by_label("用户名").wait_for()
        wait_idle(page)
        page.screenshot(path=str(artifacts / "language-signin.png"), full_page=True)
        assert ascii_words(page.evaluate(READ_TEXT)) == []
    finally:
        context.close()


@pytest.mark.parametrize("who, key", [
    pytest.param(who, key, marks=pytest.mark.xfail(strict=True, reason=REPORTED[key])) if key in REPORTED else (who, key)
    for who, key in CASES
])
def test_every_page_speaks_chinese(who, key, server, demo_county, walkers, artifacts, graph_settings):
    planted, _ = demo_county
    page = signed_in_page(walkers, server, who)
    target = targets(planted).get(key)
    page.goto(f"{server.url}/{key}" + (f"?id={target}" if target else ""))
    page.get_by_text("当前用户").wait_for()  # the session carries over (item 4)
    wait_idle(page)
    text = read_page(page)
    page.screenshot(path=str(artifacts / f"language-{who}-{key}.png"), full_page=True)
    (artifacts / f"language-{who}-{key}.txt").write_text(text, encoding="utf-8")
    words = ascii_words(text)
    if key == "audit":  # user names (other tests add cli_admin …) and the machine's login name are data, shown as written
        words = [w for w in words if w not in user_name_words(graph_settings)]
    leaks = [p for p in ("None", "<mark>", "</mark>", "UTC", "+00:00") if p in text]
    leaks += re.findall(r"\b[0-9a-f]{40,64}\b", text)[:3]  # a wall of hashes
    leaks += re.findall(r"\d{4}-\d\d-\d\dT\d\d:\d\d", text)[:3]  # an ISO time, not a local one
    assert not words and not leaks, f"{WALKERS[who][1]} on {key}: English words {words}; other leaks {leaks}"


@pytest.mark.parametrize("key", ["desk", "threads", "mechanisms"])
def test_deadlines_are_judged_on_the_demo_date(key, server, demo_county, walkers):
    """Item 5: the desk, the thread page and the mechanisms page open on the demo's own date, not today."""
    planted, _ = demo_county
    page = signed_in_page(walkers, server, "admin")
    target = targets(planted).get(key)
    page.goto(f"{server.url}/{key}" + (f"?id={target}" if target else ""))
    field = page.get_by_role("group", name=re.compile("截至日期"))
    field.wait_for()
    shown = [field.locator(f'[data-type="{part}"]').get_attribute("aria-valuenow") for part in ("year", "month", "day")]
    assert "-".join(f"{int(x):02d}" for x in shown) == planted.today.isoformat() == "2024-03-15"


def test_ingest_results_speak_chinese(server, demo_county, walkers, artifacts, tmp_path):
    """Letters uploaded on 文书导入: their kinds, results and a quarantined file's reason in Chinese."""
    letters = Path(__file__).resolve().parents[1] / "ingest" / "letters"
    broken = tmp_path / "扫描件.pdf"
    broken.write_bytes(b"%PDF-1.4\n% not a real pdf\n")
    page = signed_in_page(walkers, server, "admin")
    page.goto(f"{server.url}/ingest")
    page.get_by_text("当前用户").wait_for()
    wait_idle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [str(letters / "xiuwu_penalty.html"), str(letters / "mianzhu_clue_referral.txt"), str(broken)])
    wait_idle(page)
    page.get_by_role("button", name=re.compile("开始导入|检查文件")).click()
    page.get_by_text("隔离的文件及原因").wait_for(timeout=300_000)
    wait_idle(page)
    text = read_page(page)
    page.screenshot(path=str(artifacts / "language-admin-ingest-results.png"), full_page=True)
    (artifacts / "language-admin-ingest-results.txt").write_text(text, encoding="utf-8")
    assert "扫描件.pdf" in text
    # file names are shown as the user gave them (a long one cut short with …)
    words = ascii_words(re.sub(r"[\w.\-…]+\.(?:txt|pdf|html)\b", " ", text))
    assert not words, f"ingest results: English words {words}"


def test_streamlits_typing_hint_is_not_english(server, walkers):
    """Typing in a text box shows Streamlit's "Press Enter to apply": replaced by Chinese (inline CSS)."""
    page = signed_in_page(walkers, server, "investigator")
    page.goto(f"{server.url}/threads")
    box = page.get_by_label("筛选线索或案件（编号、摘要）")
    box.fill("示例")  # typed, not yet applied: the hint shows
    hint = page.locator('[data-testid="InputInstructions"]').first
    hint.wait_for(state="attached")
    assert hint.inner_text().strip() == ""  # the English is hidden from what is shown and read
    shown = hint.evaluate("e => getComputedStyle(e, '::after').content")
    assert shown == '"按回车键确认"'


def test_the_tables_own_chrome_is_chinese(server, walkers, artifacts):
    """Streamlit's data-table toolbar (its buttons' labels and hover tooltips) and the date input's
    month names are English in Streamlit itself: the page rewrites them (common.CHROME_ZH)."""
    page = signed_in_page(walkers, server, "admin")
    page.goto(f"{server.url}/audit")
    page.get_by_text("当前用户").wait_for()
    wait_idle(page)
    table = page.locator('[data-testid="stDataFrame"]').first
    table.wait_for()
    table.hover()
    buttons = page.locator('[data-testid="stElementToolbarButton"] button')
    buttons.first.wait_for()
    # the table's own CSV download stays hidden (an unaudited export, streamlit_app.py): not shown, not read
    labels = [buttons.nth(i).get_attribute("aria-label") or "" for i in range(buttons.count()) if buttons.nth(i).is_visible()]
    assert labels and not any(ascii_words(x) for x in labels), labels
    assert any(x.startswith(("搜索", "全屏")) for x in labels), labels
    assert not page.locator("button[aria-label='Download as CSV']").first.is_visible()
    buttons.first.hover()
    page.wait_for_timeout(1500)  # Streamlit shows a toolbar tooltip after 1 s
    tip = page.locator('[data-baseweb="tooltip"]')
    if tip.count():
        assert not ascii_words(re.sub(r"\b(?:CSV|PNG)\b", " ", tip.first.inner_text())), tip.first.inner_text()
    page.screenshot(path=str(artifacts / "language-admin-table-chrome.png"))
    text = page.evaluate("() => document.body.innerText")
    assert not re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
                         text), "an English month name on the page"
