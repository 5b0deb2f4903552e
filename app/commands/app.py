"""``liandong app`` (the investigators' web app) and ``liandong user`` (who may sign in to it).

The app runs locally and offline: it listens on 127.0.0.1 unless told otherwise, never phones
home (``browser.gatherUsageStats false``), opens no browser (``server.headless true``) and loads
nothing from the internet. The same settings are in the project's ``.streamlit/config.toml``;
the command passes them on the command line too, so they hold wherever it is started from.

First run — create an administrator (the password is generated and printed once)::

    liandong user add admin --agency 绵竹市财政局 --role admin
    liandong app
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from app.commands.context import cli_user
from graph.home import PRIVATE_UMASK

APP_DIR = Path(__file__).resolve().parents[1]
SCRIPT = APP_DIR / "serve.py"  # streamlit_app.py behind the middleware that closes Streamlit's open endpoints
PROJECT_DIR = APP_DIR.parent

# what every run gets, whatever config file is (or is not) found
FIXED_OPTIONS: dict[str, str] = {
    "browser.gatherUsageStats": "false",
    "server.headless": "true",
    "server.fileWatcherType": "none",
    "server.runOnSave": "false",
    "server.enableXsrfProtection": "true",
    "server.enableCORS": "true",
    "server.maxUploadSize": "50",
    "client.toolbarMode": "viewer",
    "client.showErrorDetails": "false",
    "global.developmentMode": "false",
}


def streamlit_command(*, host: str, port: int, python: str | None = None) -> list[str]:
    """The ``streamlit run`` command line (pure)."""
    args = [python or sys.executable, "-m", "streamlit", "run", str(SCRIPT),
            "--server.address", host, "--server.port", str(port)]
    for key, value in FIXED_OPTIONS.items():
        args += [f"--{key}", value]
    return args


def _actor() -> str:
    return f"cli:{cli_user()}"


@click.command("app")
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Keep 127.0.0.1 unless a TLS reverse proxy on this machine serves the app.")
def app_cmd(port: int, host: str) -> None:
    """Run the investigators' web app (搜索, 档案, 图谱, 路径, 线索, 工作台, 导入, 控制台, 审计)."""
    from app.services.auth import UserStore

    store = UserStore.default()
    if not store.all():
        click.echo("no users yet — create an administrator first:\n"
                   "  liandong user add admin --agency <agency id or name> --role admin\n"
                   "(the password is generated and printed once)", err=True)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can see the sign-in page; "
                   "put a TLS reverse proxy in front of it", err=True)
    click.echo(f"liandong app: http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}  (Ctrl+C stops it)")
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    if (PROJECT_DIR / ".streamlit" / "config.toml").exists():
        os.chdir(PROJECT_DIR)  # Streamlit reads .streamlit/config.toml from the working folder
    cmd = streamlit_command(host=host, port=port)
    sys.stdout.flush()
    sys.stderr.flush()
    # become Streamlit (no child left behind): Ctrl+C and SIGTERM reach the server itself
    os.umask(PRIVATE_UMASK)  # inherited by Streamlit: what it writes under LIANDONG_HOME is owner-only
    os.execve(cmd[0], cmd, env)


# ------------------------------------------------------------------------------ users
@click.group("user")
def user_group() -> None:
    """Manage the app's users (a file under LIANDONG_HOME; passwords as salted scrypt hashes)."""


def _read_password(from_stdin: bool) -> tuple[str, bool]:
    """(password, generated)."""
    from app.services.auth import generate_password

    if from_stdin:
        return sys.stdin.readline().rstrip("\n"), False
    return generate_password(), True


@user_group.command("add")
@click.argument("name")
@click.option("--agency", "agency", required=True, help="The user's agency: its id (agency:…), full name or alias.")
@click.option("--role", type=click.Choice(["investigator", "analyst", "clerk", "admin"]), required=True)
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin instead of generating one.")
@click.pass_obj  # the command Context (app.commands.context)
def user_add(obj: Any, name: str, agency: str, role: str, password_stdin: bool) -> None:
    """Create a user of AGENCY with ROLE; prints a generated password unless --password-stdin."""
    from app.services.audit import AuditLog
    from app.services.auth import UserStore
    from graph.custody import resolve_agency

    found = resolve_agency(obj.graph(), agency)
    password, generated = _read_password(password_stdin)
    user = UserStore.default().add(name, password, agency_id=found["id"], role=role, agency_name=found["name"])
    AuditLog.default().record(None, "user_add", user.username, {"agency": user.agency_id, "role": role}, user=_actor())
    click.echo(f"user {user.username} created: {role} of {found['name']} ({found['id']})")
    if generated:
        click.echo(f"password (shown once, change it with `liandong user passwd {user.username}`): {password}")


@user_group.command("list")
def user_list() -> None:
    """List the users: name, role, agency, created, disabled."""
    from app.services.auth import UserStore

    users = UserStore.default().all()
    if not users:
        click.echo("no users (create one with `liandong user add NAME --agency AGENCY --role ROLE`)")
    for u in users:
        flag = "  [disabled]" if u.disabled else ""
        click.echo(f"{u.username:<20} {u.role:<13} {u.agency_name or u.agency_id} ({u.agency_id})  created {u.created}{flag}")


@user_group.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Read the new password from stdin instead of generating one.")
def user_passwd(name: str, password_stdin: bool) -> None:
    """Set a new password for NAME (and lift a lockout)."""
    from app.services.audit import AuditLog
    from app.services.auth import UserStore

    password, generated = _read_password(password_stdin)
    UserStore.default().set_password(name, password)
    AuditLog.default().record(None, "user_password", name, user=_actor())
    click.echo(f"password of {name} changed" + (f": {password}" if generated else ""))


@user_group.command("disable")
@click.argument("name")
def user_disable(name: str) -> None:
    """Stop NAME from signing in (the audit trail keeps their entries)."""
    from app.services.audit import AuditLog
    from app.services.auth import UserStore

    UserStore.default().set_disabled(name, True)
    AuditLog.default().record(None, "user_disable", name, user=_actor())
    click.echo(f"user {name} disabled")


@user_group.command("enable")
@click.argument("name")
def user_enable(name: str) -> None:
    """Allow NAME to sign in again."""
    from app.services.audit import AuditLog
    from app.services.auth import UserStore

    UserStore.default().set_disabled(name, False)
    AuditLog.default().record(None, "user_enable", name, user=_actor())
    click.echo(f"user {name} enabled")


def register(cli: click.Group) -> None:
    cli.add_command(app_cmd)
    cli.add_command(user_group)
