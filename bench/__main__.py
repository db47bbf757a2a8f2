"""``python -m bench [NAME ...]``: run the benchmark scripts, print their results as one JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main(names: list[str]) -> int:
    scripts = sorted(p for p in HERE.glob("*.py") if not p.name.startswith("_"))
    if names:
        scripts = [p for p in scripts if p.stem in names]
    results: dict[str, object] = {}
    failed = False
    for script in scripts:
        print(f"running {script.stem} ...", file=sys.stderr)
        done = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            failed = True
            results[script.stem] = {"error": done.stderr.strip().splitlines()[-1:]}
            continue
        results[script.stem] = json.loads(done.stdout)
    json.dump(results, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
