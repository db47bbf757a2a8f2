"""``exchange-explorer check`` through the real entry point, against the fault servers."""

from __future__ import annotations

import json

import pytest

from explorer.cli import run
from explorer.cli.check_command import SOME_UNREACHABLE
from explorer.cli.ticker_command import EXIT_CODES
from explorer.market import FetchErrorKind
from explorer.storage.preferences import Preferences

from ..helpers.faults import FaultServer


def invoke(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_one_reachable_exchange(capsys: pytest.CaptureFixture[str]) -> None:
    with FaultServer() as server:
        status, out, err = invoke(capsys, "check", "binance", "--base-url", server.url("ok"))
    lines = out.splitlines()
    assert (status, err) == (0, "")
    assert lines[0].split() == ["exchange", "status", "latency", "detail"]
    assert lines[1].split()[:2] == ["binance", "reachable"]
    assert lines[1].split()[3] == "ms"


def test_one_blocked_exchange_exits_with_its_failure(capsys: pytest.CaptureFixture[str]) -> None:
    with FaultServer() as server:
        status, out, _ = invoke(
            capsys, "check", "binance", "--format", "json", "--base-url", server.url("451")
        )
    (row,) = json.loads(out)
    assert status == EXIT_CODES[FetchErrorKind.BLOCKED]
    assert row["exchange"] == "binance"
    assert row["status"] == "geo-blocked"
    assert row["latencyMs"] is None
    assert "451" in row["detail"] or "region" in row["detail"]


def test_several_exchanges_from_the_preferences(
    capsys: pytest.CaptureFixture[str], preferences: Preferences
) -> None:
    with FaultServer() as server:
        preferences.set_base_url("binance", server.url("ok"))
        preferences.set_base_url("kraken", server.refused_url)
        preferences.save()
        status, out, _ = invoke(capsys, "check", "kraken", "binance", "--format", "csv")
    rows = [line.split(",")[:2] for line in out.splitlines()]
    assert status == SOME_UNREACHABLE
    assert rows == [["exchange", "status"], ["binance", "reachable"], ["kraken", "refused"]]


def test_arguments_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert invoke(capsys, "check", "binanse")[0] == 2
    status, _, err = invoke(capsys, "check", "kraken", "binance", "--base-url", "http://x.test")
    assert status == 2 and "exactly one" in err
    status, _, err = invoke(capsys, "check", "bittrex")
    assert status == EXIT_CODES[FetchErrorKind.UNSUPPORTED]
    assert "not checked" in err
