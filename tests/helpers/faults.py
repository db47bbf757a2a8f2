"""Hostile servers, one table of them: what the chaos tests and ``bench/fault_matrix.py`` serve.

:class:`FaultServer` answers ``GET /<fault name>/...`` with that fault's raw HTTP response (or
behaviour: hanging, dripping, redirecting), over HTTP and, with ``tls=True``, over HTTPS with a
certificate from a throw-away CA (``trustme``). A fault's base URL is ``server.url(name)``; the
binance ticker request then reaches ``/<name>/api/v3/ticker/24hr``.

Each :class:`Fault` names the ``FetchErrorKind`` value the engine must report (``"ok"`` when a
ticker must come back, e.g. with invalid fields set aside).
"""

from __future__ import annotations

import asyncio
import json
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from .servers import RawServer, refused_port

FIXTURES = Path(__file__).parent.parent / "fixtures"
PAYLOADS = Path(__file__).parent.parent / "market" / "payloads"
BINANCE_PATH = "/api/v3/ticker/24hr"
HEALTHY = (PAYLOADS / "binance.json").read_bytes()  # a real recorded BTCUSDT answer

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, "FaultServer"], Awaitable[None]]


def response(
    body: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> bytes:
    head = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in (headers or {}).items()]
    head.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def binance(**changes: object) -> bytes:
    """The healthy payload with some fields replaced (raw JSON text for numbers)."""
    document = json.loads(HEALTHY)
    text = json.dumps(document)
    for name, value in changes.items():
        text = text.replace(f'"{name}": {json.dumps(document[name])}', f'"{name}": {value}')
    return text.encode()


def bomb(name: str) -> bytes:
    return (FIXTURES / "bombs" / name).read_bytes()


async def _hang(reader: asyncio.StreamReader, _writer: asyncio.StreamWriter, _s: object) -> None:
    await asyncio.Event().wait()


async def _drip(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _s: object) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 99999\r\n\r\n"
    )
    while True:
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.05)


async def _cut_off(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _s: object) -> None:
    writer.write(response(HEALTHY)[:-200])
    await writer.drain()


async def _endless(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _s: object) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    writer.write(b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b"[" + b"1," * 32_000
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()


def _redirect(location: str) -> Handler:
    async def handle(
        _reader: asyncio.StreamReader, writer: asyncio.StreamWriter, server: FaultServer
    ) -> None:
        target = location.replace("{http}", server.http_url).replace("{https}", server.https_url)
        writer.write(response(b"", status="302 Found", headers={"Location": target}))
        await writer.drain()

    return handle


HTML = b"<html>back soon</html>"
LEGAL = "451 Unavailable For Legal Reasons"
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\u202eevil\r\nsecond line"


@dataclass(frozen=True)
class Fault:
    name: str
    what: str
    kind: str  # the FetchErrorKind value the engine reports; "ok" for a ticker
    answer: bytes | Handler | None = None  # None: the fault is not the server's (refused, …)
    tls: bool = False
    retry_in_s: float | None = None  # a retry may succeed this long after the answer…
    retry_at: datetime | None = None  # …or at this time


IN_AN_HOUR = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1)


async def _chunked_10mb(
    _reader: asyncio.StreamReader, writer: asyncio.StreamWriter, _s: object
) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n")
    writer.write(b"Transfer-Encoding: chunked\r\n\r\n")
    chunk = b" " * 65_536
    for _ in range(160):
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()
    writer.write(b"0\r\n\r\n")
    await writer.drain()


FAULTS: tuple[Fault, ...] = (
    Fault("ok", "a healthy answer (the control)", "ok", response(HEALTHY)),
    Fault(
        "gzip-gzip-bomb",
        "6.8 kB gzipped twice (Content-Encoding: gzip, gzip), 4 GiB decoded",
        "bad_payload",
        response(bomb("gzip-gzip-4GiB.bin"), headers={"Content-Encoding": "gzip, gzip"}),
    ),
    Fault(
        "gzip-bomb",
        "130 kB gzip, 128 MiB decoded",
        "too_large",
        response(bomb("gzip-128MiB.bin"), headers={"Content-Encoding": "gzip"}),
    ),
    Fault(
        "deflate-bomb",
        "130 kB deflate, 128 MiB decoded",
        "too_large",
        response(bomb("deflate-128MiB.bin"), headers={"Content-Encoding": "deflate"}),
    ),
    Fault(
        "unknown-encoding",
        "Content-Encoding: br (never asked for)",
        "bad_payload",
        response(HEALTHY, headers={"Content-Encoding": "br"}),
    ),
    Fault(
        "corrupt-gzip",
        "Content-Encoding: gzip on a plain body",
        "bad_payload",
        response(HEALTHY, headers={"Content-Encoding": "gzip"}),
    ),
    Fault("10MB-body", "a 10 MB body", "too_large", response(b" " * 10_000_000)),
    Fault("endless-chunks", "an endless chunked body", "too_large", _endless),
    Fault("deep-json", "200,000 nested arrays", "bad_payload", response(b"[" * 200_000)),
    Fault(
        "tiny-prices",
        "every price 1e-999999999",
        "bad_payload",
        response(
            binance(lastPrice="1e-999999999", bidPrice="1e-999999999", askPrice="1e-999999999")
        ),
    ),
    Fault(
        "huge-prices",
        "every price 1e999999999",
        "bad_payload",
        response(binance(lastPrice="1e999999999", bidPrice="1e999999999", askPrice="1e999999999")),
    ),
    Fault(
        "huge-last",
        "last 1e400 (Infinity as a float), bid and ask fine",
        "ok",
        response(binance(lastPrice="1e400")),
    ),
    Fault(
        "huge-percentage",
        "a 1e308 % change",
        "ok",
        response(binance(priceChangePercent='"1e308"')),
    ),
    Fault(
        "far-future",
        "a timestamp of 1e17 ms",
        "ok",
        response(binance(closeTime="100000000000000000")),
    ),
    Fault(
        "escapes-in-error",
        "ANSI/OSC escapes, BiDi override and CR LF in the error text",
        "exchange_error",
        response(json.dumps({"code": -1, "msg": ESCAPES}).encode(), status="400 Bad Request"),
    ),
    Fault(
        "escapes-in-plain-error",
        "escapes in a text/plain 400",
        "exchange_error",
        response(ESCAPES.encode(), status="400 Bad Request", content_type="text/plain"),
    ),
    Fault(
        "redirect-javascript",
        "a redirect to javascript:",
        "redirect",
        _redirect("javascript:alert(1)"),
    ),
    Fault(
        "redirect-loop",
        "a redirect to itself",
        "redirect",
        _redirect("/redirect-loop/api/v3/ticker/24hr"),
    ),
    Fault(
        "https-to-http",
        "an https answer redirecting to http",
        "redirect",
        _redirect("{http}/ok/api/v3/ticker/24hr?symbol=BTCUSDT"),
        tls=True,
    ),
    Fault("https-ok", "a healthy answer over https", "ok", response(HEALTHY), tls=True),
    Fault("timeout", "accepts, never answers", "timeout", _hang),
    Fault("drip", "one byte every 50 ms", "timeout", _drip),
    Fault("cut-off", "the connection closes mid-body", "bad_payload", _cut_off),
    Fault("html", "a maintenance page", "maintenance", response(HTML, content_type="text/html")),
    Fault("403", "geo-blocked", "blocked", response(b"", status="403 Forbidden")),
    Fault("451", "unavailable for legal reasons", "blocked", response(b"", status=LEGAL)),
    Fault("429", "rate-limited", "rate_limited", response(b"", status="429 Too Many Requests")),
    Fault(
        "429-retry-after-seconds",
        "rate-limited, Retry-After: 120",
        "rate_limited",
        response(b"", status="429 Too Many Requests", headers={"Retry-After": "120"}),
        retry_in_s=120,
    ),
    Fault(
        "429-retry-after-date",
        "rate-limited, Retry-After: an HTTP date an hour away",
        "rate_limited",
        response(
            b"",
            status="429 Too Many Requests",
            headers={"Retry-After": format_datetime(IN_AN_HOUR, usegmt=True)},
        ),
        retry_at=IN_AN_HOUR,
    ),
    Fault(
        "500",
        "server error",
        "server_error",
        response(b'{"msg": "internal"}', status="500 Internal Server Error"),
    ),
    Fault(
        "502",
        "bad gateway",
        "server_error",
        response(b"Bad Gateway", status="502 Bad Gateway", content_type="text/plain"),
    ),
    Fault("503", "maintenance", "maintenance", response(b"", status="503 Service Unavailable")),
    Fault("invalid-json", "not JSON", "bad_payload", response(b"{'last': 1}")),
    Fault("truncated-json", "JSON cut short", "bad_payload", response(HEALTHY[:-40])),
    Fault("10MB-chunked", "10 MB in 64 kB chunks, no Content-Length", "too_large", _chunked_10mb),
    Fault(
        "wrong-shape",
        "an object without the fields",
        "bad_payload",
        response(b'{"data": {"price": "1"}}'),
    ),
    Fault("wrong-shape-list", "a list of numbers", "bad_payload", response(b"[1, 2, 3]")),
    Fault("nan-price", "NaN as the last price", "bad_payload", response(b'{"lastPrice": NaN}')),
    Fault(
        "unknown-symbol",
        "Binance's error for a symbol it does not list",
        "unknown_symbol",
        response(b'{"code": -1121, "msg": "Invalid symbol."}', status="400 Bad Request"),
    ),
)
BY_NAME = {fault.name: fault for fault in FAULTS}


class FaultServer:
    """Serves :data:`FAULTS` on 127.0.0.1 (HTTP, and HTTPS when ``tls``), on RawServers."""

    def __init__(self, *, tls: bool = False) -> None:
        self.ca_file: Path | None = None
        self._servers: list[RawServer] = [RawServer(self._handle)]
        if tls:
            import tempfile

            import trustme

            authority = trustme.CA()
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            authority.issue_cert("127.0.0.1", "localhost").configure_cert(context)
            self._folder = tempfile.TemporaryDirectory()
            self.ca_file = Path(self._folder.name) / "ca.pem"
            authority.cert_pem.write_to_path(str(self.ca_file))
            self.client_ssl = ssl.create_default_context()
            authority.configure_trust(self.client_ssl)
            self._servers.append(RawServer(self._handle, tls=context))
        self._refused = refused_port()

    @property
    def http_url(self) -> str:
        return self._servers[0].url

    @property
    def https_url(self) -> str:
        return self._servers[-1].url if self.ca_file else ""

    def url(self, name: str) -> str:
        fault = BY_NAME[name]
        return f"{self.https_url if fault.tls else self.http_url}/{name}"

    def __enter__(self) -> FaultServer:
        for server in self._servers:
            server.start()
        self.refused_url = self._refused.__enter__()
        return self

    def __exit__(self, *_exc: object) -> None:
        for server in self._servers:
            server.stop()
        self._refused.__exit__(None, None, None)
        if self.ca_file is not None:
            self._folder.cleanup()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        path = head.split(b" ", 2)[1].decode("latin-1")
        fault = BY_NAME.get(path.lstrip("/").split("/", 1)[0])
        answer = fault.answer if fault is not None else response(b"", status="404 Not Found")
        if isinstance(answer, bytes):
            writer.write(answer)
            await writer.drain()
        elif answer is not None:
            await answer(reader, writer, self)


# --- the command line against the same faults ---------------------------------------------------

CLI_TIMEOUT = 2.0  # --timeout given to every ticker run


@dataclass(frozen=True)
class CliCase:
    name: str
    what: str
    exit_code: int
    argv: Callable[[FaultServer, Path], list[str]]
    prepare: Callable[[Path], dict[str, str]] = lambda _home: {}
    """Arranges files under the case's home folder; returns extra environment variables."""
    json_out: bool = False


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str

    @property
    def error_lines(self) -> list[str]:
        """stderr lines that are not warnings (a set-aside file is a warning, not a failure)."""
        return [
            line
            for line in self.stderr.splitlines()
            if not line.startswith("exchange-explorer: warning:")
        ]


def run_cli(argv: list[str], env: dict[str, str], timeout: float = 30.0) -> CliResult:
    """``exchange-explorer ARGV`` in a fresh interpreter: exit code, wall time, peak RSS."""
    import subprocess
    import sys
    import time

    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "explorer", *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    # RUSAGE_CHILDREN would give the largest of all children so far: the child reports its own
    # peak (tests/helpers/peak_rss/sitecustomize.py) as the last line on stderr.
    peak_kb = 0.0
    text = stderr.decode("utf-8", "replace")
    lines = []
    for line in text.splitlines():
        if line.startswith(_PEAK):
            peak_kb = float(line[len(_PEAK) :])
        else:
            lines.append(line)
    return CliResult(
        process.returncode,
        seconds,
        peak_kb / 1024,
        stdout.decode("utf-8", "replace"),
        "\n".join(lines) + ("\n" if lines else ""),
    )


_PEAK = "__peak_rss_kb="


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: the user folders under ``home``, no proxies, peak RSS reported."""
    import os
    import sys

    keep = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    root = str(Path(__file__).resolve().parents[2])
    hook = Path(__file__).parent / "peak_rss"
    env |= {
        "EXCHANGE_EXPLORER_HOME": str(home),
        "PYTHONPATH": os.pathsep.join([str(hook), root]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    del sys
    return env | extra


def _ticker(name: str, *extra: str) -> Callable[[FaultServer, Path], list[str]]:
    def argv(server: FaultServer, _home: Path) -> list[str]:
        url = server.url(name) if name in BY_NAME else server.http_url + "/nowhere"
        return [
            "ticker",
            "binance",
            "BTC/USDT",
            "--base-url",
            url,
            "--timeout",
            str(CLI_TIMEOUT),
            "--format",
            "json",
            *extra,
        ]

    return argv


def damage(path: Path, content: bytes | None = None, special: str = "") -> None:
    """Put a hostile file at ``path``: ``content``, a FIFO (``special="fifo"``) or a link to
    /dev/zero (``"zero"``)."""
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    if special == "fifo":
        os.mkfifo(path)
    elif special == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.write_bytes(content or b"")


def _settings(
    content: bytes | None = None, *, special: str = "", name: str = "preferences.json"
) -> Callable[[Path], dict[str, str]]:
    """A hostile preferences file (or an earlier release's market-settings.json)."""

    def prepare(home: Path) -> dict[str, str]:
        damage(home / "config" / name, content, special)
        return {}

    return prepare


def _catalogue(
    content: bytes | None = None, *, special: str = ""
) -> Callable[[FaultServer, Path], list[str]]:
    def argv(_server: FaultServer, home: Path) -> list[str]:
        path = home / "catalogue.json"
        if not path.exists() and not path.is_symlink():
            damage(path, content, special)
        return ["catalogue", "--catalogue", str(path), "list", "--search", "kraken"]

    return argv


def _escaped_catalogue() -> bytes:
    from explorer.catalogue.store import bundled_catalogue_path

    document = json.loads(bundled_catalogue_path().read_bytes())
    for exchange in document["exchanges"]:
        if exchange["id"] == "kraken":
            exchange["name"] = "Kra\x1b[2Jken\x1b]0;pwned\x07\u202e"
    return json.dumps(document).encode()


def cli_cases() -> list[CliCase]:
    from explorer.cli.ticker_command import EXIT_CODES
    from explorer.market.errors import FetchErrorKind

    def code(kind: str) -> int:
        return 0 if kind == "ok" else EXIT_CODES[FetchErrorKind(kind)]

    cases = [
        CliCase(
            f"net/{fault.name}",
            fault.what,
            code(fault.kind),
            _ticker(fault.name),
            json_out=fault.kind == "ok",
        )
        for fault in FAULTS
    ]
    cases += [
        CliCase(
            "net/refused",
            "nothing listens on the port",
            code("refused"),
            lambda server, _h: [
                "ticker",
                "binance",
                "BTC/USDT",
                "--base-url",
                server.refused_url,
                "--timeout",
                str(CLI_TIMEOUT),
            ],
        ),
        CliCase(
            "net/credentials",
            "user:password@ in the base URL: never printed or stored",
            0,
            lambda server, _h: [
                *_ticker("ok")(server, _h)[:3],
                "--base-url",
                server.http_url.replace("//", "//user:s3cret@") + "/ok",
                "--format",
                "json",
            ],
            json_out=True,
        ),
        CliCase(
            "input/long-symbol",
            "a 100,000-character symbol",
            2,
            lambda _s, _h: ["ticker", "binance", "A" * 100_000],
        ),
        CliCase(
            "input/crlf-symbol",
            "CR LF in the symbol",
            2,
            lambda _s, _h: ["ticker", "binance", "BTC\r\n/USDT"],
        ),
        CliCase(
            "input/crlf-base-url",
            "CR LF in the base URL",
            2,
            lambda s, _h: ["ticker", "binance", "BTC/USDT", "--base-url", s.http_url + "/\r\nX: y"],
        ),
        CliCase(
            "input/javascript-base-url",
            "a javascript: base URL",
            2,
            lambda _s, _h: ["ticker", "binance", "BTC/USDT", "--base-url", "javascript:alert(1)"],
        ),
        CliCase(
            "input/unknown-exchange",
            "an exchange id nobody has",
            2,
            lambda _s, _h: ["ticker", "nosuch", "BTC/USDT"],
        ),
        CliCase(
            "env/ssl-cert-file-dev-null",
            "SSL_CERT_FILE=/dev/null",
            code("tls"),
            lambda s, _h: ["ticker", "binance", "BTC/USDT", "--base-url", s.url("https-ok")],
            prepare=lambda _home: {"SSL_CERT_FILE": "/dev/null"},
        ),
        CliCase(
            "file/settings-deep",
            "preferences.json is 200,000 nested arrays",
            0,
            _ticker("ok"),
            _settings(b"[" * 200_000),
            json_out=True,
        ),
        CliCase(
            "file/settings-fifo",
            "preferences.json is a FIFO",
            0,
            _ticker("ok"),
            _settings(special="fifo"),
            json_out=True,
        ),
        CliCase(
            "file/settings-dev-zero",
            "preferences.json links to /dev/zero",
            0,
            _ticker("ok"),
            _settings(special="zero"),
            json_out=True,
        ),
        CliCase(
            "file/settings-huge",
            "a 60 MB preferences.json",
            0,
            _ticker("ok"),
            _settings(b" " * 60_000_000),
            json_out=True,
        ),
        CliCase(
            "file/old-settings-deep",
            "an earlier release's market-settings.json, 200,000 nested arrays",
            0,
            _ticker("ok"),
            _settings(b"[" * 200_000, name="market-settings.json"),
            json_out=True,
        ),
        CliCase(
            "file/catalogue-deep",
            "--catalogue: 200,000 nested arrays",
            0,
            _catalogue(b"[" * 200_000),
        ),
        CliCase("file/catalogue-fifo", "--catalogue is a FIFO", 0, _catalogue(special="fifo")),
        CliCase(
            "file/catalogue-dev-zero",
            "--catalogue links to /dev/zero",
            0,
            _catalogue(special="zero"),
        ),
        CliCase(
            "file/catalogue-escapes",
            "a name with ESC, OSC and BiDi characters",
            0,
            _catalogue(_escaped_catalogue()),
        ),
    ]
    return cases


def check_cli_result(case: CliCase, result: CliResult) -> list[str]:
    """What is wrong with ``result`` (empty when the case behaved)."""
    problems = []
    if result.exit_code != case.exit_code:
        problems.append(f"exit {result.exit_code}, expected {case.exit_code}")
    if len(result.error_lines) > (0 if case.exit_code == 0 else 1):
        problems.append(f"{len(result.error_lines)} error lines")
    if "Traceback" in result.stderr:
        problems.append("a traceback")
    from explorer.text import is_safe

    for line in (result.stdout + result.stderr).splitlines():
        if not is_safe(line):
            problems.append(f"unsafe characters in {line[:60]!r}")
            break
    if "s3cret" in result.stdout + result.stderr:
        problems.append("the password was printed")
    if case.json_out and result.exit_code == 0:
        try:
            json.loads(result.stdout, parse_constant=lambda name: 1 / 0)
        except (ValueError, ZeroDivisionError):
            problems.append("stdout is not strict JSON")
    return problems
