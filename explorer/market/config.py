"""Knobs of :class:`~explorer.market.client.MarketClient`, with production defaults."""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.market.retry import RetryPolicy


@dataclass(frozen=True, slots=True)
class ClientConfig:
    timeout: float = 10.0
    """Seconds one ticker may take on the network, retries included (queueing excluded)."""
    connect_timeout: float = 5.0
    max_concurrency: int = 32
    """Requests in flight at once, all exchanges together."""
    max_keepalive: int = 128
    """Idle connections kept open for reuse, all hosts together: more than the number of
    exchanges a compare reaches at once, or connections are closed and reopened all the time."""
    max_per_host: int = 8
    """Requests in flight at once to one ``scheme://host:port``."""
    start_rate: float = 500.0
    """New requests per second, all exchanges together (``start_burst`` back to back). Spacing
    the starts of a burst spaces its responses too, so the single UI thread running the loop
    handles a few at a time instead of dozens in one go."""
    start_burst: int = 4
    max_body_bytes: int = 2 * 1024 * 1024
    rate_limit_cooldown: float = 30.0
    """How long to leave an exchange alone after a 429 that did not say (``Retry-After``)."""
    http2: bool = True
    """Use HTTP/2 where the server offers it (needs the ``h2`` package; else HTTP/1.1)."""
    trust_env: bool = True
    """Honour HTTP(S)_PROXY / NO_PROXY / SSL_CERT_FILE; tests turn this off."""
    retry: RetryPolicy = field(default_factory=RetryPolicy)
