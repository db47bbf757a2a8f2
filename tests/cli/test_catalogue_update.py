"""`catalogue update` from the shell: prints the diff, writes only the user's catalogue, and
says every failure in one line with its own exit status."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from explorer.catalogue.store import bundled_catalogue_path
from explorer.cli import run
from explorer.storage.folders import UserDirs
from tests.catalogue.test_update import serve_docs


def update(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = run(["catalogue", "update", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def test_dry_run_prints_the_diff_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, dirs: UserDirs
) -> None:
    bundled = bundled_catalogue_path().read_bytes()
    status, out, err = update(
        capsys, "--from", "docs", "--base-url", serve_docs(httpserver), "--dry-run"
    )
    assert status == 0, err
    lines = out.splitlines()
    assert "1 added, 1 removed, 0 renamed, 2 with other countries" in lines[0]
    assert "+ coinex  CoinEx" in lines and "- polymarket  Polymarket" in lines
    assert "dry run: nothing written" in err and "[1/4] fetch-supported" in err
    assert not dirs.user_catalogue_file.exists()
    assert bundled_catalogue_path().read_bytes() == bundled


def test_an_update_then_list_and_reset(
    capsys: pytest.CaptureFixture[str], httpserver: HTTPServer, dirs: UserDirs
) -> None:
    status, _, err = update(capsys, "--from", "docs", "--base-url", serve_docs(httpserver))
    assert status == 0 and str(dirs.user_catalogue_file) in err
    assert run(["catalogue", "show", "coinex"]) == 0
    assert "listed in the newest snapshot: yes" in capsys.readouterr().out
    assert run(["catalogue", "reset"]) == 0
    capsys.readouterr()
    assert run(["catalogue", "show", "coinex"]) == 0
    assert "listed in the newest snapshot: no" in capsys.readouterr().out


def test_the_installed_ccxt_is_the_bundled_release(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = update(capsys, "--from", "ccxt")
    assert status == 0 and out == ""
    assert "already has this snapshot (ccxt 4.5.90 (Python package)); nothing to do" in err


@pytest.mark.parametrize(
    ("answer", "status", "said"),
    [(404, 16, "answered HTTP 404"), (None, 24, "refused")],
)
def test_failures_are_one_line_with_their_own_status(
    capsys: pytest.CaptureFixture[str],
    httpserver: HTTPServer,
    refused_url: str,
    dirs: UserDirs,
    answer: int | None,
    status: int,
    said: str,
) -> None:
    if answer is None:
        base = refused_url
    else:
        httpserver.expect_request("/wiki/Exchange-Markets.md").respond_with_data("", status=answer)
        base = httpserver.url_for("/wiki/")
    got, out, err = update(capsys, "--from", "docs", "--base-url", base)
    assert got == status and out == ""
    assert said in err and err.count("\n") == 2  # the progress line, then the failure
    assert not dirs.user_catalogue_file.exists()


def test_a_bad_base_url_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = update(capsys, "--from", "docs", "--base-url", "ftp://mirror.test/wiki")
    assert status == 2 and "is not an http:// or https:// URL" in err
