"""联动监管知识图谱 — the investigators' app. A router: who is signed in decides which pages exist.

Run with ``liandong app`` (which passes the offline and privacy settings and serves this script
through ``app/serve.py``, whose middleware closes Streamlit's unauthenticated ``/_stcore/metrics``
and agent endpoints). ``streamlit run app/streamlit_app.py`` works too, without that middleware.

The pages live in ``app/views/``, not ``app/pages/``: Streamlit (1.67) runs a ``pages/`` folder
next to the main script as an old-style multipage app and never runs this router — which would
skip the sign-in. ``app/views`` has no ``__init__.py`` so the Cypher catalog never imports a page.
"""

from __future__ import annotations

import os

import streamlit as st

from app.views.common import (
    MENU,
    PAGES,
    chrome_in_chinese,
    cookie_writer,
    current_viewer,
    menu_for,
    restore_session,
    sign_out,
    touch,
    who_line,
)
from graph.home import PRIVATE_UMASK

# No page_icon and no st.Page icons: Streamlit turns them into the favicon, and a Material or
# emoji favicon is fetched from Google's or jsDelivr's servers. The default favicon is local.
# (Material icons inside a page — st.page_link(icon=…) — use the bundled font and stay local.)
st.set_page_config(page_title="联动监管知识图谱", layout="wide")
os.umask(PRIVATE_UMASK)  # uploads and anything else this process writes under LIANDONG_HOME: owner-only
# A table's own "Download as CSV" (made in the browser) would be an export with no audit entry and
# no formula neutralising: hidden; the pages' export buttons are the way out (app.services.exports).
st.markdown('<style>button[aria-label="Download as CSV"]{display:none !important}</style>', unsafe_allow_html=True)
# Streamlit's own hint under a text box ("Press Enter to apply", "Press Ctrl+Enter to submit form")
# has no option for its language: hidden, and the Chinese shown in its place (inline CSS).
st.markdown("""<style>
[data-testid="InputInstructions"]{visibility:hidden;position:relative}
[data-testid="InputInstructions"]::after{content:"按回车键确认";visibility:visible;position:absolute;right:0;white-space:nowrap}
[data-testid="stTextArea"] [data-testid="InputInstructions"]::after{content:"按 Ctrl+回车 确认"}
</style>""", unsafe_allow_html=True)


restore_session()  # a session cookie signs a reload or a second tab in; an ended session signs it out
viewer = current_viewer()
if viewer is None:
    # every page exists (hidden) so that a link or a reload lands where it pointed; each page shows
    # the sign-in form until someone signs in, then reruns in place with its ?id=
    page = st.navigation(
        [st.Page(PAGES["signin"], title="登录", url_path="signin", default=True)]
        + [st.Page(PAGES[key], title=title, url_path=key, visibility="hidden") for key, title, _, _ in MENU],
        position="hidden",
    )
    cookie_writer()  # after sign-out or an ended session: the session cookie, cleared in this browser
else:
    touch()
    pages = [
        st.Page(PAGES[key], title=title, url_path=key, default=(i == 0))
        for i, (key, title, _, _) in enumerate(menu_for(viewer))
    ]
    page = st.navigation(pages)
    with st.sidebar:
        st.caption("当前用户")
        st.write(who_line(viewer))
        if st.button("退出登录", key="sign_out"):
            sign_out()
            st.rerun()
        cookie_writer()  # after sign-in: the session cookie, written in this browser
        chrome_in_chinese()  # Streamlit's own table and date chrome in Chinese (CHROME_ZH)
page.run()
