"""Catalogue updates for the window and the CLI: the source is read or fetched, the update
planned (merge and diff) in a worker thread so the UI thread never waits on it, and applied
only when the user accepts. A failure or a cancel leaves the current catalogue as it was."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

import httpx

from explorer.catalogue.model import Catalogue
from explorer.catalogue.update import (
    BY_COUNTRY_PAGE,
    DOCS_BASE_URL,
    FROM_CCXT,
    MAX_PAGE_BYTES,
    SUPPORTED_PAGE,
    UpdatePlan,
)
from explorer.net.body import read_body
from explorer.net.client import build_client, open_response
from explorer.net.failures import Failure, FailureKind, TransportError, classify
from explorer.net.urls import URLError, normalise_base_url
from explorer.storage.folders import UserDirs
from explorer.text import QT_TRANSLATE_NOOP, one_line

PAGE_DEADLINE_S = 60.0
DNS_FAILED = QT_TRANSLATE_NOOP("Detail", "the DNS lookup of %1 failed")


class Step(StrEnum):
    """What an update is doing, for progress (the window words each in the user's language)."""

    READ_PACKAGE = "read-package"
    FETCH_SUPPORTED = "fetch-supported"
    FETCH_BY_COUNTRY = "fetch-by-country"
    READ_PAGES = "read-pages"
    COMPARE = "compare"


STEPS = {FROM_CCXT: (Step.READ_PACKAGE, Step.COMPARE)}
DOCS_STEPS = (Step.FETCH_SUPPORTED, Step.FETCH_BY_COUNTRY, Step.READ_PAGES, Step.COMPARE)
Progress = Callable[[Step, int, int], None]  # step, steps done, steps in all


@dataclass(frozen=True)
class UpdateProblem:
    """Why an update was not planned, for the window: ``kind`` is "up-to-date" (``text`` is the
    snapshot's title), "fetch" or "bad-url" (then ``text`` is a template in context "Detail",
    filled from ``args``), "catalogue" (a source the catalogue cannot read: ``text`` is a
    template in context "CatalogueError", ``where`` names file and line) or "ccxt-missing"."""

    kind: str
    text: str
    args: tuple[str, ...] = ()
    where: str = ""


class UpdateFetchError(Exception):
    """A documentation page could not be fetched: ``failure`` says why (kind, template)."""

    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.detail)
        self.failure = failure


async def prepare_update(
    source: str,
    current: Catalogue,
    *,
    base_url: str = DOCS_BASE_URL,
    trust_env: bool = True,
    proxy: str | None = None,
    progress: Progress | None = None,
) -> UpdatePlan:
    """The plan of an update from ``source`` ("ccxt" or "docs"). Raises CatalogueError (the
    source cannot be read as a catalogue, or is already in it: AlreadyUpToDateError),
    UpdateFetchError, or ValueError for a bad ``base_url``."""
    from explorer.catalogue import update

    def tell(step: Step, steps: tuple[Step, ...]) -> None:
        if progress is not None:
            progress(step, steps.index(step), len(steps))

    if source == FROM_CCXT:
        from explorer.catalogue.ccxt_metadata import read_installed

        steps = STEPS[FROM_CCXT]
        tell(Step.READ_PACKAGE, steps)
        # Importing ccxt and asking 100-odd classes takes about a second of CPU: not here.
        document = await asyncio.to_thread(read_installed)
        record, listings = await asyncio.to_thread(update.package_snapshot, document)
    else:
        steps = DOCS_STEPS
        base = normalise_base_url(base_url) + "/"
        pages: dict[str, bytes] = {}
        async with build_client(
            accept="text/markdown, text/plain;q=0.9, */*;q=0.1",
            trust_env=trust_env,
            connect_timeout=15.0,
            read_timeout=30.0,
            proxy=proxy,
        ) as client:
            for step, page in ((Step.FETCH_SUPPORTED, SUPPORTED_PAGE),
                               (Step.FETCH_BY_COUNTRY, BY_COUNTRY_PAGE)):  # fmt: skip
                tell(step, steps)
                pages[page] = await fetch_page(client, base + page)
        tell(Step.READ_PAGES, steps)
        record, listings = await asyncio.to_thread(
            update.docs_snapshot, pages[BY_COUNTRY_PAGE], pages[SUPPORTED_PAGE], base
        )
    tell(Step.COMPARE, steps)
    plan = await asyncio.to_thread(update.plan_update, current, record, listings)
    if progress is not None:
        progress(Step.COMPARE, len(steps), len(steps))
    return plan


async def fetch_page(client: httpx.AsyncClient, url: str) -> bytes:
    """One page, its decoded size capped, the whole fetch under a deadline."""
    host = httpx.URL(url).host
    body_started = False
    try:
        async with asyncio.timeout(PAGE_DEADLINE_S), open_response(client, "GET", url) as response:
            if response.status_code != 200:
                raise UpdateFetchError(
                    Failure(
                        FailureKind.HTTP_STATUS,
                        QT_TRANSLATE_NOOP("Detail", "%1 answered HTTP %2 for %3"),
                        (host, str(response.status_code), one_line(url, 200)),
                    )
                )
            body_started = True
            return await read_body(response, MAX_PAGE_BYTES)
    except (httpx.HTTPError, TimeoutError, TransportError) as error:
        failure = classify(error, host=host, timeout=PAGE_DEADLINE_S, body_started=body_started)
        if failure.kind is FailureKind.DNS:  # its detail is the host alone: say what failed
            failure = Failure(FailureKind.DNS, DNS_FAILED, failure.args, failure.retryable)
        raise UpdateFetchError(failure) from error


async def plan_or_problem(
    source: str,
    current: Catalogue,
    *,
    base_url: str,
    trust_env: bool,
    progress: Progress,
    proxy: str | None = None,
) -> UpdatePlan | UpdateProblem:
    """:func:`prepare_update`, with every way it can fail as an :class:`UpdateProblem`."""
    from explorer.catalogue.errors import CatalogueError
    from explorer.catalogue.update import AlreadyUpToDateError

    if source == FROM_CCXT:
        from explorer.catalogue.ccxt_metadata import installed_version

        if installed_version() is None:
            return UpdateProblem("ccxt-missing", 'pip install "exchange-explorer[ccxt]"')
    try:
        return await prepare_update(
            source, current, base_url=base_url, trust_env=trust_env, proxy=proxy,
            progress=progress,
        )  # fmt: skip
    except AlreadyUpToDateError as exc:
        return UpdateProblem("up-to-date", exc.title)
    except UpdateFetchError as exc:
        return UpdateProblem("fetch", exc.failure.template, exc.failure.args)
    except CatalogueError as exc:
        return UpdateProblem("catalogue", exc.template, exc.values, one_line(exc.where, 200))
    except URLError as exc:
        return UpdateProblem("bad-url", exc.template, exc.values)
    except ValueError as exc:
        return UpdateProblem("bad-url", "%1", (one_line(exc, 300),))


def apply_update(plan: UpdatePlan, dirs: UserDirs) -> Catalogue:
    """Write the planned catalogue to the user's data folder and return it."""
    from explorer.catalogue import user_catalogue

    user_catalogue.save(dirs, plan.merged, plan.snapshot_file)
    return plan.catalogue
