"""登录: user name and password; every attempt is audited."""

from __future__ import annotations

from app.views.common import sign_in_form

sign_in_form()
