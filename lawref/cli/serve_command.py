"""``lawref serve``: the local web app and JSON API (needs the ``web`` extra)."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import click

from lawref.cli.app import cli, max_size_option, store_option
from lawref.errors import LawrefError

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]", "::1")
MAX_CONNECTIONS = 128


class MissingExtra(LawrefError):
    """A command whose optional dependencies are not installed."""


class UsageError(LawrefError):
    """An address the server cannot listen on."""


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _can_listen(host: str, port: int) -> None:
    """One line now, rather than the server's log after the workers started, when the address
    cannot be listened on (in use, not this machine's, a privileged port)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: unknown address ({exc.strerror or exc})") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes that run checks (each loads the store once).",
)
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Keep reviewed reports in DIR and list them at /records (default: keep nothing).",
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Let users have loopback, private and link-local addresses fetched (refused by default).",
)
@max_size_option
@store_option
def serve_command(
    host: str,
    port: int,
    workers: int,
    data_dir: Path | None,
    allow_private_urls: bool,
    max_bytes: int,
    stores: tuple[str, ...],
) -> None:
    """Serve the web app: paste a story, see its quotations verified beside the statutes,
    review the verdicts and export the record; and the JSON API (documented at /docs).

    The store is loaded once at start; checks run in --workers processes, off the event loop.
    """
    try:
        import fastapi  # noqa: F401
        import multipart  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise MissingExtra(
            f"lawref serve needs the web extra ({exc.name} is missing): pip install 'lawref[web]'"
        ) from exc
    from lawref.web.app import create_app
    from lawref.web.state import Settings

    if not is_loopback(host):
        click.echo(
            f"lawref: warning: listening on {host}, not loopback: anyone who can reach this "
            "address can use the app (it has no accounts or passwords)",
            err=True,
        )
    settings = Settings(
        stores=stores,
        workers=workers,
        max_bytes=max_bytes,
        data_dir=data_dir.resolve() if data_dir else None,
        allow_private_urls=allow_private_urls,
        allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None,
    )
    _can_listen(host, port)
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"lawref: serving on http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(
        app,
        host=host,
        port=port,
        log_level="warning",
        server_header=False,
        limit_concurrency=MAX_CONNECTIONS,  # beyond it, 503 at once instead of an endless queue
    )
