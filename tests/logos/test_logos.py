"""The logo fetcher and its disk cache, against local HTTP servers only (never the internet)."""

from __future__ import annotations

import ast
import asyncio
import hashlib
import os
import threading
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from explorer import __version__
from explorer.logos import LogoCache, LogoError, image_extension, logo_client

from ..helpers.loop import run_checked as run

T = TypeVar("T")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return len(data).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")


# A whole 1x1 PNG (the cache checks chunk checksums up to IEND), and whole JPEG/GIF/WebP shells.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + _png_chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + b"\x08\x06\x00\x00\x00")
    + _png_chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00\x00"))
    + _png_chunk(b"IEND", b"")
)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 58 + b"\xff\xd9"
GIF = b"GIF89a" + b"\x00" * 57 + b";"
WEBP = b"RIFF\x38\x00\x00\x00WEBPVP8 " + b"\x00" * 48
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'
HTML = b"<!DOCTYPE html><html><body><svg></svg>Not found</body></html>"


def client(timeout: float = 5.0) -> httpx.AsyncClient:
    return logo_client(trust_env=False, timeout=timeout)


def temp_files(directory: Path) -> list[Path]:
    return sorted(directory.glob(".*.tmp"))


def requests_for(server: HTTPServer, path: str) -> int:
    """Requests answered for ``path``: slow handlers of earlier tests may log late."""
    return sum(request.path == path for request, _response in server.log)


def stem(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()


@pytest.fixture
def cache(tmp_path: Path) -> LogoCache:
    return LogoCache(tmp_path / "logos")


def fetch(cache: LogoCache, url: str, *, timeout: float = 5.0) -> bytes:
    async def go() -> bytes:
        async with client(timeout) as http:
            return await cache.fetch(url, http)

    return run(go())


def failure(cache: LogoCache, url: str, *, timeout: float = 5.0) -> LogoError:
    with pytest.raises(LogoError) as caught:
        fetch(cache, url, timeout=timeout)
    error = caught.value
    assert "\n" not in str(error)
    return error


class Gate:
    """A handler that answers only once released, counting the requests it saw."""

    def __init__(self, body: bytes = PNG) -> None:
        self.body = body
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.requests = 0

    def __call__(self, _request: Request) -> Response:
        self.requests += 1
        self.arrived.set()
        self.release.wait(5)
        return Response(self.body, content_type="image/png")

    async def wait_arrived(self) -> None:
        assert await asyncio.to_thread(self.arrived.wait, 5)


# --- recognising images -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "extension"),
    [
        (PNG, "png"),
        (JPEG, "jpg"),
        (b"GIF87a" + b"\x00" * 10, "gif"),
        (GIF, "gif"),
        (WEBP, "webp"),
        (SVG, "svg"),
        (b"<svg>\n</svg>", "svg"),
        (b'\xef\xbb\xbf\n  <?xml version="1.0" encoding="UTF-8"?>\n' + SVG, "svg"),
        (
            b'<?xml version="1.0"?>\n<!-- Generator: Adobe Illustrator -->\n'
            b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd" [\n'
            b'  <!ENTITY ns "http://ns.adobe.com/">\n]>\n' + SVG,
            "svg",
        ),
    ],
)
def test_images_are_recognised_by_their_first_bytes(data: bytes, extension: str) -> None:
    assert image_extension(data) == extension


@pytest.mark.parametrize(
    "data",
    [
        b"",
        HTML,
        b'<?xml version="1.0"?>\n<html><svg/></html>',
        b"<svgfoo/>",
        b'{"svg": "<svg/>"}',
        b"RIFF\x24\x00\x00\x00WAVEfmt ",
        b"\x89PNG",
        b"<!--" + b"x" * 5000 + b"--><svg/>",
    ],
)
def test_other_bodies_are_not_images(data: bytes) -> None:
    assert image_extension(data) is None


# --- hits, misses and storage -------------------------------------------------------------------


def test_a_miss_is_fetched_stored_and_then_served_from_disk(
    server: HTTPServer, cache: LogoCache
) -> None:
    server.expect_request("/logo.png").respond_with_data(PNG, content_type="image/png")
    url = server.url_for("/logo.png")
    assert cache.cached(url) is None

    assert fetch(cache, url) == PNG
    assert (cache.directory / f"{stem(url)}.png").read_bytes() == PNG
    assert cache.cached(url) == PNG
    assert fetch(cache, url) == PNG
    assert LogoCache(cache.directory).cached(url) == PNG
    assert requests_for(server, "/logo.png") == 1
    assert temp_files(cache.directory) == []


@pytest.mark.parametrize(("body", "extension"), [(SVG, "svg"), (JPEG, "jpg"), (WEBP, "webp")])
def test_the_file_extension_follows_the_bytes_not_the_content_type(
    server: HTTPServer, cache: LogoCache, body: bytes, extension: str
) -> None:
    server.expect_request("/logo").respond_with_data(body, content_type="text/plain")
    url = server.url_for("/logo")
    assert fetch(cache, url) == body
    assert [path.name for path in cache.directory.iterdir()] == [f"{stem(url)}.{extension}"]


def test_a_changed_format_replaces_the_old_file(server: HTTPServer, cache: LogoCache) -> None:
    server.expect_ordered_request("/logo").respond_with_data(PNG)
    server.expect_ordered_request("/logo").respond_with_data(SVG)
    url = server.url_for("/logo")
    fetch(cache, url)
    (cache.directory / f"{stem(url)}.png").unlink()
    fetch(cache, url)
    assert [path.name for path in cache.directory.iterdir()] == [f"{stem(url)}.svg"]


def test_redirects_are_followed_and_the_user_agent_is_ours(
    server: HTTPServer, cache: LogoCache
) -> None:
    agent = {"User-Agent": f"exchange-explorer/{__version__}"}
    server.expect_request("/old.png", headers=agent).respond_with_data(
        "", status=302, headers={"Location": "/new.png"}
    )
    server.expect_request("/new.png", headers=agent).respond_with_data(PNG)
    url = server.url_for("/old.png")
    assert fetch(cache, url) == PNG
    assert cache.cached(url) == PNG


def test_logo_client_settings() -> None:
    async def go() -> None:
        async with logo_client(trust_env=False, timeout=3.0) as http:
            assert not http.follow_redirects  # explorer.net.client.open_response follows them
            assert http.headers["User-Agent"] == f"exchange-explorer/{__version__}"
            assert http.timeout == httpx.Timeout(3.0)
            assert not http.trust_env

    run(go())


def test_cache_limits_must_make_sense(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_logo_bytes"):
        LogoCache(tmp_path, max_logo_bytes=0)
    with pytest.raises(ValueError, match="max_logo_bytes"):
        LogoCache(tmp_path, max_logo_bytes=2048, max_total_bytes=1024)


# --- what the server sends back -----------------------------------------------------------------


def test_a_content_length_over_the_cap_is_too_large(server: HTTPServer, tmp_path: Path) -> None:
    cache = LogoCache(tmp_path, max_logo_bytes=1024)
    server.expect_request("/big.png").respond_with_data(PNG + b"\x00" * 1024)
    error = failure(cache, server.url_for("/big.png"))
    assert error.kind == "too-large"
    assert "1 KiB" in str(error)
    assert list(tmp_path.iterdir()) == []


def test_a_content_length_over_the_cap_is_refused_before_reading_the_body(
    tmp_path: Path,
) -> None:
    class Untouchable(httpx.AsyncByteStream):
        async def __aiter__(self) -> AsyncIterator[bytes]:
            raise AssertionError("the body was read")
            yield b""  # pragma: no cover

    def handler(_request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "999999999"}, stream=Untouchable())

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
            await LogoCache(tmp_path).fetch("https://logos.example/big.png", http)

    with pytest.raises(LogoError) as caught:
        run(go())
    assert caught.value.kind == "too-large"


def test_a_streamed_body_is_cut_off_at_the_cap(server: HTTPServer, tmp_path: Path) -> None:
    sent: list[int] = []

    def endless() -> Iterator[bytes]:
        yield PNG
        for _ in range(1000):  # 4 MB in all, far past the cap
            sent.append(1)
            yield b"\x00" * 4096

    server.expect_request("/stream.png").respond_with_handler(
        lambda _request: Response(endless(), content_type="image/png")
    )
    cache = LogoCache(tmp_path, max_logo_bytes=16 * 1024)
    response = httpx.get(server.url_for("/stream.png"), timeout=5, trust_env=False)
    assert "Content-Length" not in response.headers  # the cap must work without one
    sent.clear()

    error = failure(cache, server.url_for("/stream.png"))
    assert error.kind == "too-large"
    assert len(sent) < 1000
    assert list(tmp_path.iterdir()) == []


def test_a_body_exactly_at_the_cap_is_accepted(server: HTTPServer, tmp_path: Path) -> None:
    body = PNG + b"\x00" * (1024 - len(PNG))
    server.expect_request("/exact.png").respond_with_handler(
        lambda _request: Response(iter([body[:500], body[500:]]), content_type="image/png")
    )
    assert fetch(LogoCache(tmp_path, max_logo_bytes=1024), server.url_for("/exact.png")) == body


def test_an_html_page_is_not_an_image(server: HTTPServer, cache: LogoCache) -> None:
    server.expect_request("/logo.png").respond_with_data(HTML, content_type="image/png")
    error = failure(cache, server.url_for("/logo.png"))
    assert error.kind == "not-an-image"
    assert server.url_for("/logo.png") in str(error)
    assert not cache.directory.exists() or list(cache.directory.iterdir()) == []


@pytest.mark.parametrize("status", [404, 500, 204])
def test_a_status_other_than_200_is_an_http_error(
    server: HTTPServer, cache: LogoCache, status: int
) -> None:
    server.expect_request("/logo.png").respond_with_data(PNG, status=status)
    url = server.url_for("/logo.png")
    error = failure(cache, url)
    assert (error.kind, error.status, error.url) == ("http", status, url)
    assert str(status) in str(error)
    assert url in str(error)
    assert cache.cached(url) is None


def test_too_many_redirects_is_an_http_error(server: HTTPServer, cache: LogoCache) -> None:
    server.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    error = failure(cache, server.url_for("/loop"))
    assert error.kind == "http"
    assert "redirects" in str(error)


def test_a_redirect_to_a_file_url_is_refused(server: HTTPServer, cache: LogoCache) -> None:
    server.expect_request("/sneaky").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )
    assert failure(cache, server.url_for("/sneaky")).kind == "http"


# --- network failures ---------------------------------------------------------------------------


def test_a_refused_connection_is_offline(refused_url: str, cache: LogoCache) -> None:
    error = failure(cache, refused_url)
    assert error.kind == "offline"
    assert refused_url in str(error)


def test_a_slow_server_times_out(server: HTTPServer, cache: LogoCache) -> None:
    def slow(_request: Request) -> Response:
        time.sleep(1.0)
        return Response(PNG)

    server.expect_request("/slow.png").respond_with_handler(slow)
    error = failure(cache, server.url_for("/slow.png"), timeout=0.2)
    assert error.kind == "timeout"


def test_a_drip_fed_body_hits_the_overall_deadline(server: HTTPServer, cache: LogoCache) -> None:
    def drip() -> Iterator[bytes]:
        yield PNG
        for _ in range(100):
            time.sleep(0.05)
            yield b"\x00"

    server.expect_request("/drip.png").respond_with_handler(lambda _request: Response(drip()))
    cache.deadline = 0.3
    started = time.monotonic()
    error = failure(cache, server.url_for("/drip.png"), timeout=2.0)
    assert error.kind == "timeout"
    assert time.monotonic() - started < 2.0


def test_a_failed_tls_handshake_is_not_reported_as_offline(
    server: HTTPServer, cache: LogoCache
) -> None:
    url = server.url_for("/logo.png").replace("http://", "https://")  # a plain-HTTP server
    error = failure(cache, url)
    assert error.kind == "http"
    assert "secure connection" in str(error)


# --- addresses that are refused outright --------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "javascript:\nalert(1)",
        "file:///etc/passwd",
        "ftp://logos.example/logo.png",
        "data:image/png;base64,iVBORw0KGgo=",
        "https:///logo.png",
        "//logos.example/logo.png",
        "logo.png",
        "",
        "http://[::1",
    ],
)
def test_non_http_urls_are_refused_without_a_request(cache: LogoCache, url: str) -> None:
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, content=PNG)

    async def go() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as http:
            await cache.fetch(url, http)

    with pytest.raises(LogoError) as caught:
        run(go())
    assert caught.value.kind == "bad-url"
    assert "\n" not in str(caught.value)
    assert requests == []
    assert cache.cached(url) is None


# --- the disk -----------------------------------------------------------------------------------


def test_the_least_recently_used_logo_is_evicted(server: HTTPServer, tmp_path: Path) -> None:
    body = PNG + b"\x00" * (1000 - len(PNG))
    for name in ("a", "b", "c"):
        server.expect_request(f"/{name}.png").respond_with_data(body)
    a, b, c = (server.url_for(f"/{name}.png") for name in ("a", "b", "c"))
    cache = LogoCache(tmp_path, max_logo_bytes=1000, max_total_bytes=2500)
    fetch(cache, a)
    fetch(cache, b)
    now = time.time()
    os.utime(tmp_path / f"{stem(a)}.png", (now - 100, now - 100))
    os.utime(tmp_path / f"{stem(b)}.png", (now - 50, now - 50))
    assert cache.cached(a) == body  # a is now the most recently used

    fetch(cache, c)
    assert cache.cached(b) is None
    assert cache.cached(a) == body
    assert cache.cached(c) == body
    assert sum(path.stat().st_size for path in tmp_path.iterdir()) <= 2500


def test_eviction_spares_files_that_are_not_the_caches(server: HTTPServer, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_bytes(b"x" * 5000)
    server.expect_request("/a.png").respond_with_data(PNG)
    fetch(LogoCache(tmp_path, max_logo_bytes=1000, max_total_bytes=1000), server.url_for("/a.png"))
    assert (tmp_path / "notes.txt").exists()


def test_temporary_files_of_dead_writers_are_swept(server: HTTPServer, tmp_path: Path) -> None:
    import fcntl

    abandoned = tmp_path / f".{'0' * 64}.png.abc123.tmp"
    in_progress = tmp_path / f".{'1' * 64}.png.def456.tmp"
    for path in (abandoned, in_progress):
        path.write_bytes(b"partial")
        os.utime(path, (time.time() - 60, time.time() - 60))
    with in_progress.open("rb") as writer:  # a live writer holds its temporary file locked
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)
        server.expect_request("/a.png").respond_with_data(PNG)
        fetch(LogoCache(tmp_path), server.url_for("/a.png"))
        assert not abandoned.exists()
        assert in_progress.exists()


def test_temporary_files_count_against_the_cap(server: HTTPServer, tmp_path: Path) -> None:
    import fcntl

    server.expect_request("/a.png").respond_with_data(PNG)
    server.expect_request("/b.png").respond_with_data(PNG)
    cache = LogoCache(tmp_path, max_logo_bytes=len(PNG), max_total_bytes=2 * len(PNG))
    fetch(cache, server.url_for("/a.png"))
    temporary = tmp_path / f".{'1' * 64}.png.def456.tmp"
    temporary.write_bytes(b"x" * len(PNG))
    with temporary.open("rb") as writer:
        fcntl.flock(writer.fileno(), fcntl.LOCK_EX)
        fetch(cache, server.url_for("/b.png"))
    assert cache.cached(server.url_for("/a.png")) is None  # evicted to make room


@pytest.mark.parametrize("junk", [HTML, b"", PNG[:4], PNG[:-12], JPEG[:-2], GIF[:-1], SVG[:-3]])
def test_a_corrupt_file_is_set_aside_and_fetched_again(
    server: HTTPServer, cache: LogoCache, junk: bytes
) -> None:
    server.expect_request("/logo.png").respond_with_data(PNG)
    url = server.url_for("/logo.png")
    fetch(cache, url)
    path = cache.directory / f"{stem(url)}.png"
    path.write_bytes(junk)

    assert cache.cached(url) is None
    assert not path.exists()
    assert fetch(cache, url) == PNG
    assert requests_for(server, "/logo.png") == 2


def test_a_directory_in_place_of_a_logo_is_a_miss(cache: LogoCache) -> None:
    url = "https://logos.example/logo.png"
    path = cache.directory / f"{stem(url)}.png"
    path.mkdir(parents=True)  # not a regular file: never read, never a crash
    assert cache.cached(url) is None


def test_an_unwritable_cache_still_returns_the_logo(server: HTTPServer, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    server.expect_request("/logo.png").respond_with_data(PNG)
    cache = LogoCache(blocker / "logos")  # its parent is a file, so nothing can be written
    assert fetch(cache, server.url_for("/logo.png")) == PNG
    assert cache.cached(server.url_for("/logo.png")) is None


# --- concurrency --------------------------------------------------------------------------------


def test_concurrent_fetches_of_one_url_share_one_request(
    server: HTTPServer, cache: LogoCache
) -> None:
    gate = Gate()
    server.expect_request("/logo.png").respond_with_handler(gate)
    url = server.url_for("/logo.png")

    async def go() -> list[bytes]:
        async with client() as http:
            waiting = [asyncio.create_task(cache.fetch(url, http)) for _ in range(5)]
            await gate.wait_arrived()
            gate.release.set()
            return await asyncio.gather(*waiting)

    assert run(go()) == [PNG] * 5
    assert gate.requests == 1
    assert fetch(cache, url) == PNG  # from disk now
    assert gate.requests == 1


def test_a_shared_failure_reaches_every_waiter(server: HTTPServer, cache: LogoCache) -> None:
    server.expect_request("/missing.png").respond_with_data("", status=404)
    url = server.url_for("/missing.png")

    async def go() -> list[BaseException | bytes]:
        async with client() as http:
            return await asyncio.gather(
                cache.fetch(url, http), cache.fetch(url, http), return_exceptions=True
            )

    results = run(go())
    assert [getattr(result, "kind", None) for result in results] == ["http", "http"]
    assert requests_for(server, "/missing.png") == 1


def test_cancelling_one_waiter_leaves_the_other_its_logo(
    server: HTTPServer, cache: LogoCache
) -> None:
    gate = Gate()
    server.expect_request("/logo.png").respond_with_handler(gate)
    url = server.url_for("/logo.png")

    async def go() -> bytes:
        async with client() as http:
            quitter = asyncio.create_task(cache.fetch(url, http))
            stayer = asyncio.create_task(cache.fetch(url, http))
            await gate.wait_arrived()
            quitter.cancel()
            with pytest.raises(asyncio.CancelledError):
                await quitter
            gate.release.set()
            return await stayer

    assert run(go()) == PNG
    assert gate.requests == 1
    assert cache.cached(url) == PNG
    assert temp_files(cache.directory) == []


def test_cancelling_the_only_waiter_cancels_the_download(
    server: HTTPServer, cache: LogoCache
) -> None:
    gate = Gate()
    server.expect_request("/logo.png").respond_with_handler(gate)
    url = server.url_for("/logo.png")

    async def go() -> bytes:
        async with client() as http:
            quitter = asyncio.create_task(cache.fetch(url, http))
            await gate.wait_arrived()
            quitter.cancel()
            with pytest.raises(asyncio.CancelledError):
                await quitter
            # The cancelled download may still be unwinding: this must not join it.
            again = asyncio.create_task(cache.fetch(url, http))
            gate.release.set()
            return await again

    assert run(go()) == PNG
    assert gate.requests == 2
    assert temp_files(cache.directory) == []


# --- layering -----------------------------------------------------------------------------------


def test_the_logo_package_never_imports_qt() -> None:
    package = Path(__file__).parent.parent / "explorer" / "logos"
    imported: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module.split(".")[0])
    assert imported.isdisjoint({"PySide6", "PyQt5", "PyQt6", "qasync", "shiboken6"})
