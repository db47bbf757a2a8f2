"""The issue's acceptance check, end to end: the installed console script asks a local server
replaying a real Kraken response for BTC/USD and prints the right numbers.

Payload: GET /0/public/Ticker?pair=XBTUSD as recorded in the bitex-kraken project's docs
(PyPI page "bitex-kraken", early 2019) — note the canonical key XXBTZUSD differs from the query.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from ..helpers.market import FIXTURES

pytestmark = pytest.mark.subprocess

PAYLOAD = FIXTURES / "kraken_xbtusd.json"
SCRIPT = Path(sys.executable).with_name("exchange-explorer")


def _run(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env["EXCHANGE_EXPLORER_HOME"] = str(home)
    return subprocess.run(
        [str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_ticker_kraken_btc_usd_against_a_local_replay(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/0/public/Ticker", query_string="pair=XBTUSD").respond_with_data(
        PAYLOAD.read_bytes(), content_type="application/json"
    )
    result = _run(
        ["ticker", "kraken", "BTC/USD", "--base-url", httpserver.url_for("/").rstrip("/"),
         "--format", "json"],
        tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    ticker = json.loads(result.stdout)
    assert ticker["exchange"] == "kraken" and ticker["symbol"] == "BTC/USD"
    assert (ticker["last"], ticker["bid"], ticker["ask"]) == (3809.6, 3809.0, 3809.1)
    assert (ticker["high"], ticker["low"], ticker["open"]) == (3819.3, 3775.8, 3796.2)
    assert ticker["baseVolume"] == 4120.69226171
    assert abs(ticker["percentage"] - (3809.6 - 3796.2) / 3796.2 * 100) < 1e-9
    assert ticker["url"].startswith(httpserver.url_for("/0/public/Ticker"))


def test_ticker_error_is_one_line_with_nonzero_exit(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/0/public/Ticker").respond_with_data(
        "<html>down for maintenance</html>", status=503, content_type="text/html"
    )
    result = _run(
        ["ticker", "kraken", "BTC/USD", "--base-url", httpserver.url_for("/").rstrip("/"),
         "--timeout", "3"],
        tmp_path,
    )  # fmt: skip
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "maintenance" in result.stderr.lower()
