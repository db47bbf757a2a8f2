"""What the status bar says about the network, from each exchange's latest outcome."""

from __future__ import annotations

from explorer.live.network_state import Network, NetworkState
from explorer.market import FetchErrorKind as Kind

from ..helpers.market import make_error, make_ticker


def test_from_nothing_to_offline_to_online_to_failing() -> None:
    state = NetworkState()
    assert state.summary().state is Network.UNKNOWN
    state.record(make_error(Kind.DNS, "api.kraken.com"))
    state.record(make_error(Kind.TIMEOUT, "8", exchange="gemini", name="Gemini"))
    offline = state.summary()
    assert (offline.state, offline.failing) == (Network.OFFLINE, ("gemini", "kraken"))
    state.record(make_ticker(exchange="kraken"))
    assert state.summary().state is Network.FAILING  # gemini's latest still failed
    state.record(make_ticker(exchange="gemini"))
    assert state.summary().state is Network.ONLINE
    state.record(make_error(Kind.BLOCKED, "HTTP 451", exchange="upbit", name="Upbit"))
    failing = state.summary()
    assert (failing.state, failing.failing) == (Network.FAILING, ("upbit",))
    assert failing.example is not None and failing.example.kind is Kind.BLOCKED


def test_an_exchange_error_while_others_fail_is_not_offline() -> None:
    state = NetworkState()
    state.record(make_error(Kind.DNS, "api.kraken.com"))
    state.record(make_error(Kind.UNKNOWN_SYMBOL, "no such pair", exchange="gemini"))
    assert state.summary().state is Network.FAILING  # gemini answered: the network is there


def test_a_cancelled_fetch_says_nothing() -> None:
    state = NetworkState()
    assert not state.record(make_error(Kind.CANCELLED, "selection moved"))
    assert state.summary().state is Network.UNKNOWN
