"""What every page shares: the graph, the users file and the audit log (one per process), the
signed-in viewer, the permission check, audit entries, links between pages, the entity picker."""

from __future__ import annotations

import json
import re
import time
from typing import Any

import streamlit as st

from app.services.access import ROLE_ZH, AccessDenied, Viewer
from app.services.audit import AuditLog
from app.services.auth import UserStore
from graph.connection import Graph
from graph.errors import LiandongError

PAGES: dict[str, str] = {
    "search": "views/search.py",
    "profile": "views/profile.py",
    "graph": "views/graph.py",
    "paths": "views/paths.py",
    "threads": "views/threads.py",
    "desk": "views/desk.py",
    "mechanisms": "views/mechanisms.py",
    "ingest": "views/ingest.py",
    "console": "views/console.py",
    "audit": "views/audit.py",
    "identities": "views/identities.py",
    "signin": "views/signin.py",
}
IDLE_TIMEOUT_S = 30 * 60

# (page key, title, icon, permission needed), in menu order. The icon is for links inside pages
# only: as a page icon it would become a favicon fetched from the internet (see streamlit_app.py).
MENU: list[tuple[str, str, str, str]] = [
    ("search", "搜索", ":material/search:", "search"),
    ("profile", "实体档案", ":material/badge:", "view"),
    ("graph", "关系图谱", ":material/hub:", "graph"),
    ("paths", "路径查找", ":material/route:", "paths"),
    ("threads", "线索追踪", ":material/timeline:", "threads"),
    ("desk", "机构工作台", ":material/inbox:", "desk"),
    ("mechanisms", "联动机制", ":material/groups:", "desk"),
    ("identities", "待核实身份", ":material/how_to_reg:", "resolve"),
    ("ingest", "文书导入", ":material/upload_file:", "ingest"),
    ("console", "分析控制台", ":material/terminal:", "console"),
    ("audit", "审计日志", ":material/policy:", "audit"),
]


# ------------------------------------------------------------------------------ untrusted text
# Every string that comes from data (names, titles, numbers, letters, file names, messages that
# quote them) is shown as text, never as Markdown or HTML: st.header/caption/markdown/error and the
# labels of links and expanders all read Markdown, where ``![x](http://host/b)`` is an image the
# browser fetches. ``md`` backslash-escapes every ASCII punctuation mark (CommonMark: an escaped
# mark is a literal one), ``html_text`` escapes for the HTML blocks and turns line breaks and
# Markdown marks into character references, so that no blank line ends the block and no mark inside
# it is read as Markdown.
_ASCII_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_HTML_SPECIAL = frozenset("&<>\"'!\\[]()*_`$:~|#\n\r{}+=-")


# GFM finds bare URLs and e-mail addresses in the text *after* parsing, escapes or not: an
# invisible word joiner (U+2060) inside "://", "www." and before "@" keeps them plain text
_AUTOLINK = re.compile(r"(?i)(?<=[a-z]:)(?=//)|(?<=www)(?=\.)|(?=@)")
JOINER = "\u2060"


def md(value: Any) -> str:
    """``value`` as Markdown source that renders as its text (no image, link, HTML or mark)."""
    text = _AUTOLINK.sub(JOINER, "" if value is None else str(value))
    return _ASCII_PUNCT.sub(r"\\\1", text)


def html_text(value: Any) -> str:
    """``value`` as text inside an HTML block of ``st.markdown(…, unsafe_allow_html=True)``."""
    text = "" if value is None else str(value)
    return "".join(f"&#{ord(c)};" if c in _HTML_SPECIAL else c for c in text)


def menu_for(viewer: Viewer) -> list[tuple[str, str, str, str]]:
    """The pages this viewer's role may open."""
    return [m for m in MENU if viewer.can(m[3])]


@st.cache_resource(show_spinner="正在连接图数据库…")
def graph() -> Graph:
    from graph.connection import connect
    from graph.settings import Settings

    return connect(Settings.from_env())


@st.cache_resource
def audit_log() -> AuditLog:
    return AuditLog.default()


@st.cache_resource
def users() -> UserStore:
    return UserStore.default()


def current_viewer() -> Viewer | None:
    return st.session_state.get("viewer")


# ------------------------------------------------------------------------------ sessions
# A sign-in behind ``liandong app`` (app/serve.py gives every browser an HttpOnly cookie) opens a
# server-side session (app.services.auth.UserStore.open_session); its signed token goes into the
# cookie SESSION_COOKIE, so a reload or a second tab of the same browser finds it again. The
# router calls restore_session() once per run: a session that ended (sign-out anywhere, expiry,
# idle, password change) signs this tab out on its next action. Without the browser cookie
# (``streamlit run``, AppTest) the sign-in lasts as long as the connection, as before.
SESSION_COOKIE = "liandong_session"


def _cookie(name: str) -> str:
    try:
        value = st.context.cookies.get(name)
    except Exception:  # noqa: BLE001 - no request context
        return ""
    return value if isinstance(value, str) else ""  # AppTest's context is a stand-in object


def restore_session() -> None:
    """Sign this tab in from its session cookie, or out when its session has ended (the router, once per run)."""
    from app.services.auth import SESSION_ENDED
    from app.services.exports import BROWSER_COOKIE

    token = st.session_state.get("session_token")
    signed_in = current_viewer() is not None
    if token is None and signed_in:
        return  # a sign-in of this connection only
    if token is None:
        token = _cookie(SESSION_COOKIE)
        if not token or token == st.session_state.get("session_refused"):
            return
    user, why = users().resume(token, _cookie(BROWSER_COOKIE))
    if user is None:
        for key in list(st.session_state.keys()):
            del st.session_state[key]
        st.session_state["session_refused"] = token  # this connection's cookie: not asked again
        st.session_state["cookie_to_write"] = ""  # and cleared in the browser
        if signed_in or why != SESSION_ENDED:
            st.session_state["signin_notice"] = why
        return
    if not signed_in and users().first_resume(token):  # once per session, not on every page load
        audit_log().record(user.viewer(), "session_resumed", user.username)
    st.session_state["viewer"] = user.viewer()
    st.session_state["session_token"] = token
    st.session_state["last_seen"] = time.time()


def cookie_writer() -> None:
    """Write (or clear) the session cookie in this browser, once, from a height-0 inline frame.

    Streamlit cannot set a cookie from Python; the frame is same-origin and loads nothing, so no
    request leaves the page. app/serve.py turns the cookie HttpOnly on the next page load.
    """
    if "cookie_to_write" not in st.session_state:
        return
    token = st.session_state.pop("cookie_to_write")
    if token:
        expires = int(token.split(".")[1])
        attrs = f"Path=/; Max-Age={max(expires - int(time.time()), 0)}; SameSite=Strict"
    else:
        attrs = "Path=/; Max-Age=0; SameSite=Strict"
    value = json.dumps(f"{SESSION_COOKIE}={token}; {attrs}")
    script = ("<script>var d=window.parent.document;"
              f"d.cookie={value}+(window.parent.location.protocol==='https:'?'; Secure':'');</script>")
    if hasattr(st, "iframe"):
        st.iframe(script, height=1)
    else:  # Streamlit before st.iframe
        import streamlit.components.v1 as components

        components.html(script, height=0)


# Streamlit's own English in the data tables' chrome (toolbar tooltips and labels, the column
# menu) and the date input's screen-reader month, in Chinese. Python cannot reach those strings; a
# same-origin height-0 frame installs, once per browser tab, an observer that rewrites them as
# Streamlit draws them (no request, nothing loaded).
CHROME_ZH: dict[str, str] = {
    # not "Download as CSV": that button is hidden by its label (streamlit_app.py; unaudited export)
    "Download as PNG": "下载为 PNG", "Search": "搜索",
    "Fullscreen": "全屏", "Close fullscreen": "退出全屏", "Toggle fullscreen": "切换全屏",
    "Show data": "显示数据", "Show chart": "显示图表", "Clear selection": "清除选择", "Select all": "全选",
    "Sort ascending": "升序", "Sort descending": "降序", "Format": "格式", "Autosize": "自动列宽",
    "Pin column": "固定列", "Unpin column": "取消固定列", "Hide column": "隐藏列",
    "Show/hide columns": "显示/隐藏列", "Add row": "添加行", "Delete row": "删除行",
    "Automatic": "自动", "Localized": "本地格式", "Plain": "普通", "Percent": "百分比",
    "Scientific": "科学计数", "Accounting": "会计格式", "Compact": "紧凑", "Engineering": "工程计数",
    "Type to search": "输入以搜索", "Empty": "空", "Close": "关闭", "Copy to clipboard": "复制",
}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")


def chrome_script() -> str:
    """The observer of :data:`CHROME_ZH` as an inline script (installs itself once per tab)."""
    table = json.dumps({**CHROME_ZH, **{m: f"{i}月" for i, m in enumerate(_MONTHS, 1)}}, ensure_ascii=False)
    script = ("<script>(function(){var w=window.parent,d=w.document;if(w.__liandongZh)return;w.__liandongZh=1;"
              f"var T={table};var M=/\\b({'|'.join(_MONTHS)})\\b/g;"  # months inside a short text only
              "function tr(v){if(!v)return v;var t=v.trim();if(T[t])return v.replace(t,T[t]);"
              "var i=t.indexOf(': ');if(i>0&&T[t.slice(0,i)])return T[t.slice(0,i)]+'：'+t.slice(i+2);"
              "return v.length<40?v.replace(M,function(x){return T[x]}):v}"
              "function fix(n){if(n.nodeType===3){var v=tr(n.nodeValue);if(v!==n.nodeValue)n.nodeValue=v;return}"
              "if(n.nodeType!==1||n.tagName==='SCRIPT'||n.tagName==='STYLE'||n.isContentEditable)return;"
              "['aria-label','title','placeholder'].forEach(function(a){var v=n.getAttribute(a),t=tr(v);"
              "if(v&&t!==v)n.setAttribute(a,t)});for(var c=n.firstChild;c;c=c.nextSibling)fix(c)}"
              "new w.MutationObserver(function(ms){ms.forEach(function(m){if(m.type==='childList')"
              "m.addedNodes.forEach(fix);else fix(m.target)})}).observe(d.body,{childList:true,subtree:true,"
              "characterData:true,attributes:true,attributeFilter:['aria-label','title','placeholder']});"
              "fix(d.body)})();</script>")
    return script


def chrome_in_chinese() -> None:
    """Install the observer of :data:`CHROME_ZH` in this tab (once; later calls do nothing there)."""
    script = chrome_script()
    if hasattr(st, "iframe"):
        st.iframe(script, height=1)
    else:  # Streamlit before st.iframe
        import streamlit.components.v1 as components

        components.html(script, height=0)


def sign_out(reason: str = "") -> None:
    """Sign out: every session of this user ends (other tabs and browsers follow on their next action)."""
    v = current_viewer()
    token = st.session_state.get("session_token")
    if v is not None:
        audit_log().record(v, "sign_out", "", {"reason": reason} if reason else {})
        if token is not None:
            users().end_sessions(v.username)
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    if token is not None:
        st.session_state["session_refused"] = token  # the cookie this connection was opened with
        st.session_state["cookie_to_write"] = ""
    if reason:
        st.session_state["signin_notice"] = reason


def touch() -> None:
    """Sign out after :data:`IDLE_TIMEOUT_S` without activity (a server-side session keeps its own clock)."""
    now = time.time()
    last = st.session_state.get("last_seen")
    if (last is not None and now - last > IDLE_TIMEOUT_S and current_viewer() is not None
            and st.session_state.get("session_token") is None):
        sign_out("长时间未操作，已自动退出，请重新登录")
        st.rerun()
    st.session_state["last_seen"] = now


def sign_in_form() -> None:
    """The sign-in form; on success the same page (and its ``?id=``) reruns signed in."""
    from app.services.auth import SignInFailed

    st.title("联动监管知识图谱")
    st.subheader("登录")
    notice = st.session_state.pop("signin_notice", None)
    if notice:
        st.info(notice)
    with st.form("signin"):
        username = st.text_input("用户名", key="signin_user")
        password = st.text_input("密码", type="password", key="signin_password")
        submitted = st.form_submit_button("登录")
    if submitted:
        name = username.strip()
        try:
            user = users().authenticate(name, password, client=_client())
        except SignInFailed as e:
            audit_log().record(None, "sign_in_failed", name, user=name)
            st.error(str(e))
        else:
            from app.services.exports import BROWSER_COOKIE

            viewer = user.viewer()
            st.session_state.pop("session_refused", None)
            st.session_state["viewer"] = viewer
            st.session_state["last_seen"] = time.time()
            browser = _cookie(BROWSER_COOKIE)
            if browser:  # behind app/serve.py: a session that outlives this tab
                try:
                    token = users().open_session(user.username, browser)
                except LiandongError as e:  # e.g. a bad LIANDONG_SESSION_HOURS: said, and no sign-in
                    st.session_state.pop("viewer", None)
                    fail(e)
                    return
                st.session_state["session_token"] = token
                st.session_state["cookie_to_write"] = token
            audit_log().record(viewer, "sign_in", viewer.username)
            st.rerun()
    st.caption("账户由管理员创建并分配机构和角色。所有搜索、查看、查询和导出均记入审计日志。")


def _client() -> str:
    """The browser's address as Streamlit sees it ('' when unknown): sign-in locks are per name and client."""
    try:
        return str(st.context.ip_address or "")
    except Exception:  # noqa: BLE001 - older Streamlit, or no request context
        return ""


def guard(permission: str) -> Viewer:
    """The signed-in viewer, when their role has ``permission``; otherwise the sign-in form or a refusal."""
    v = current_viewer()
    if v is None:
        sign_in_form()
        st.stop()
    try:
        v.require(permission)
    except AccessDenied as e:
        audit("access_denied", permission, once=True)
        st.error(str(e))
        st.stop()
    return v


def audit(action: str, target: str = "", params: dict[str, Any] | None = None, *, once: bool = True) -> None:
    """One audit entry; with ``once`` the same entry is not repeated by reruns of the same view."""
    v = current_viewer()
    key = json.dumps([action, target, params or {}], ensure_ascii=False, sort_keys=True, default=str)
    if once and st.session_state.get("_last_audit") == key:
        return
    audit_log().record(v, action, target, params)
    st.session_state["_last_audit"] = key


def fail(e: Exception) -> None:
    """Show a failure as one line a person can act on."""
    if isinstance(e, LookupError):
        st.warning(md(str(e).strip("'\"")))
    elif isinstance(e, LiandongError):
        st.error(md(str(e)))
    else:
        st.error(md(f"出错了：{type(e).__name__}: {e}"))


def param_id() -> str | None:
    value = st.query_params.get("id")
    return value or None


def entity_picker(title: str, key: str, *, default_id: str | None = None, labels: list[str] | None = None) -> str | None:
    """A search box and a choice among its hits; returns the chosen node id."""
    from app.services.search import search

    v = current_viewer()
    if v is None:  # the page's guard() signs in first
        st.stop()
    text = st.text_input(title, key=f"{key}_q", placeholder="输入名称、简称、信用代码或文号")
    from app.services.identities import chooser_labels, chooser_labels_of

    # namesakes told apart by agency and post, organisations, code, region, then sources and id
    options: dict[str, str] = chooser_labels_of(graph(), v, [default_id]) if default_id else {}
    if text.strip():
        try:
            hits = search(graph(), v, text, labels=labels, limit=30)
        except LiandongError as e:
            fail(e)
            return None
        audit("search", text, {"from": key})
        options.update(chooser_labels(graph(), v, {h.node.id: h.node for h in hits}))
        if not hits:
            st.caption("没有找到")
    if not options:
        return None
    choice = st.selectbox(f"{title}：选择", list(options), format_func=lambda i: options[i], key=f"{key}_pick",
                          placeholder="选择一个")
    return choice


def focus(title: str, key: str) -> str | None:
    """The entity the page is about (``?id=``), with a finder to switch to another one."""
    current = param_id()
    with st.expander("查找其他实体" if current else title, expanded=current is None):
        picked = entity_picker(title, key)
        if picked and st.button("打开", key=f"{key}_open"):
            st.query_params["id"] = picked
            st.rerun()
    return current


def show_network(page: str, *, height: int) -> None:
    """A page made by :func:`app.viz.network_html` (self-contained, graph text made safe) in an iframe."""
    if hasattr(st, "iframe"):
        st.iframe(page, height=height + 20, alt="关系网络图")
    else:  # Streamlit before st.iframe
        import streamlit.components.v1 as components

        components.html(page, height=height + 20)


def export_button(container: Any, label: str, make: Any, *, file_name: str, mime: str, action: str, target: str,
                  rows: int, key: str) -> None:
    """A download button whose file is made only when clicked: making it writes the audit entry
    (rows, bytes, SHA-256) and grants the bytes to this browser only (:mod:`app.services.exports`)."""
    import hashlib

    from app.services.exports import BROWSER_COOKIE, GRANTS

    viewer = current_viewer()
    log = audit_log()
    try:
        browser = str(st.context.cookies.get(BROWSER_COOKIE) or "")
    except Exception:  # noqa: BLE001 - no request context (tests without a browser)
        browser = ""

    def build() -> bytes:  # runs on Streamlit's worker thread when the button is clicked
        data = make()
        log.record(viewer, action, target, {"rows": rows, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                                            "file": file_name})
        GRANTS.grant(data, browser)
        return data

    container.download_button(label, build, file_name=file_name, mime=mime, key=key, on_click="ignore")


def who_line(v: Viewer) -> str:
    """Who is signed in, as Markdown-safe text."""
    return md(f"{v.username}（{v.agency_name or v.agency_id}，{ROLE_ZH.get(v.role, v.role)}）")


def highlighted(before: str, mention: str, after: str) -> str:
    return (
        f'<div class="ld-snippet">…{html_text(before)}<mark>{html_text(mention)}</mark>{html_text(after)}…</div>'
    )


def value_text(v: Any) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, list):
        return "、".join(str(x) for x in v)
    if v is None:
        return ""
    return str(v)


SNIPPET_CSS = """<style>
.ld-snippet{font-size:0.95rem;line-height:1.7;background:#fafafa;border-left:3px solid #e0e0e0;padding:4px 10px;margin:2px 0 10px 0}
.ld-snippet mark{background:#ffe58f;padding:0 2px}
.ld-doc{white-space:pre-wrap;font-size:0.95rem;line-height:1.8;background:#fcfcfc;border:1px solid #eee;padding:12px}
.ld-doc mark{background:#ffe58f}
.ld-step{margin:0 0 4px 0}
</style>"""
