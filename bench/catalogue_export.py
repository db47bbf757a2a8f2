"""Wall time of ``exchange-explorer catalogue export --format json`` (a fresh process each run),
and of loading + validating catalogue.json in-process. Prints JSON."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 15


def _time_export() -> list[float]:
    script = Path(sys.executable).with_name("exchange-explorer")
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [str(script), "catalogue", "export", "--format", "json"],
            stdout=subprocess.DEVNULL,
            check=True,
        )
        times.append(time.perf_counter() - start)
    return times


def _time_load() -> list[float]:
    from explorer.catalogue.index import CatalogueIndex
    from explorer.catalogue.store import bundled_catalogue_path, load

    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        CatalogueIndex(load(bundled_catalogue_path()))
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    export = _time_export()
    load = _time_load()
    result = {
        "runs": RUNS,
        "export_process_median_s": round(statistics.median(export), 4),
        "export_process_max_s": round(max(export), 4),
        "load_and_index_median_ms": round(statistics.median(load) * 1000, 2),
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
