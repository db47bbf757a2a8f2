"""The command line against every hostile server, input and local file we know of; one JSON object.

Each case (``tests/helpers/faults.py``: the same table the chaos tests use) runs
``exchange-explorer`` in a fresh interpreter with its own empty user folder and reports the exit
code, wall time and peak memory (VmHWM), and whether the output held: one error line (warnings
about a set-aside file aside), no traceback, no control characters, strict JSON, no password.

Goals, per cell: done within the ``--timeout`` given plus one second (the interpreter's start
included), under 150 MB peak, no problem found.

Run: ``.venv/bin/python -m bench fault_matrix`` (or this file directly).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests package, for the table

from tests.helpers.faults import (
    CLI_TIMEOUT,
    FaultServer,
    check_cli_result,
    cli_cases,
    cli_env,
    run_cli,
)

SECONDS_GOAL = CLI_TIMEOUT + 1.0
MEMORY_GOAL_MB = 150.0


def main() -> int:
    rows = []
    with FaultServer(tls=True) as server:
        for case in cli_cases():
            with tempfile.TemporaryDirectory() as folder:
                home = Path(folder)
                extra = case.prepare(home)
                extra.setdefault("SSL_CERT_FILE", str(server.ca_file))
                result = run_cli(case.argv(server, home), cli_env(home, **extra))
            problems = check_cli_result(case, result)
            if result.seconds > SECONDS_GOAL:
                problems.append(f"took {result.seconds:.2f} s")
            if result.peak_mb > MEMORY_GOAL_MB:
                problems.append(f"peaked at {result.peak_mb:.0f} MB")
            rows.append(
                {
                    "case": case.name,
                    "what": case.what,
                    "exit": result.exit_code,
                    "expected_exit": case.exit_code,
                    "seconds": round(result.seconds, 3),
                    "peak_mb": round(result.peak_mb, 1),
                    "line": (result.error_lines or [""])[0][:160],
                    "ok": not problems,
                    "problems": problems,
                }
            )
    failed = [row["case"] for row in rows if not row["ok"]]
    summary = {
        "cases": len(rows),
        "passed": len(rows) - len(failed),
        "failed": failed,
        "max_seconds": max(row["seconds"] for row in rows),
        "max_peak_mb": max(row["peak_mb"] for row in rows),
        "goals": {
            "seconds_per_cell": f"<= {SECONDS_GOAL:g} (--timeout {CLI_TIMEOUT:g} + 1)",
            "peak_mb_per_cell": f"< {MEMORY_GOAL_MB:g}",
            "met": not failed,
        },
    }
    json.dump({"summary": summary, "cells": rows}, sys.stdout, indent=1, ensure_ascii=True)
    sys.stdout.write("\n")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
