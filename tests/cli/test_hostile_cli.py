"""The command line against every case of tests/helpers/fault_server.py (bench/fault_matrix.py times
them): the right exit code, one plain error line, strict JSON, no password, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..helpers.faults import (
    CLI_TIMEOUT,
    CliCase,
    FaultServer,
    check_cli_result,
    cli_cases,
    cli_env,
    run_cli,
)

pytestmark = pytest.mark.subprocess
CASES = cli_cases()


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_cli_case(case: CliCase, fault_server: FaultServer, tmp_path: Path) -> None:
    extra = case.prepare(tmp_path)
    extra.setdefault("SSL_CERT_FILE", str(fault_server.ca_file))
    result = run_cli(case.argv(fault_server, tmp_path), cli_env(tmp_path, **extra))
    assert check_cli_result(case, result) == [], result.stderr
    # Safety bounds only; bench/fault_matrix.py measures against the goals.
    assert result.seconds < CLI_TIMEOUT + 5
    assert result.peak_mb < 150


def test_a_set_aside_settings_file_is_named_in_one_warning(
    fault_server: FaultServer, tmp_path: Path
) -> None:
    settings = tmp_path / "config" / "preferences.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b"[" * 200_000)
    argv = ["ticker", "binance", "BTC/USDT", "--base-url", fault_server.url("ok")]
    result = run_cli(argv, cli_env(tmp_path))
    assert result.exit_code == 0
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("exchange-explorer: warning:")
    assert "nested too deeply" in warning
    assert list(settings.parent.glob("preferences.json.corrupt-*"))
