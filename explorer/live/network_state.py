"""Is the network there? What the window's status bar says, from the outcome of every fetch.

Each exchange's latest outcome counts (a ticker, or why not); a cancelled fetch says nothing.
Offline: every exchange heard from lately failed for a network reason (no route, DNS, refused,
TLS, timeout) and none answered. Otherwise the exchanges whose latest fetch failed are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from explorer.market.errors import FetchErrorKind as Kind
from explorer.market.results import FetchError, FetchResult

NETWORK_KINDS = frozenset({Kind.OFFLINE, Kind.DNS, Kind.REFUSED, Kind.TLS, Kind.TIMEOUT})


class Network(StrEnum):
    UNKNOWN = "unknown"  # nothing fetched yet
    ONLINE = "online"
    OFFLINE = "offline"
    FAILING = "failing"  # online, but some exchanges' latest fetch failed


@dataclass(frozen=True, slots=True)
class NetworkSummary:
    state: Network
    failing: tuple[str, ...] = ()  # exchanges whose latest fetch failed
    example: FetchError | None = None  # one of those failures, for its words


@dataclass
class NetworkState:
    _latest: dict[str, FetchResult] = field(default_factory=dict)

    def record(self, result: FetchResult) -> bool:
        """Note one outcome; True when it may change the summary."""
        if isinstance(result, FetchError) and result.kind is Kind.CANCELLED:
            return False
        self._latest[result.exchange] = result
        return True

    def summary(self) -> NetworkSummary:
        if not self._latest:
            return NetworkSummary(Network.UNKNOWN)
        failed: dict[str, FetchError] = {
            e: r for e, r in self._latest.items() if isinstance(r, FetchError)
        }
        example = next(iter(failed.values()), None)
        if not failed:
            return NetworkSummary(Network.ONLINE)
        everyone = len(failed) == len(self._latest)
        if everyone and all(r.kind in NETWORK_KINDS for r in failed.values()):
            return NetworkSummary(Network.OFFLINE, tuple(sorted(failed)), example)
        return NetworkSummary(Network.FAILING, tuple(sorted(failed)), example)
