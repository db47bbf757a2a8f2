"""The packaged app: size of the one-folder bundle and of the .deb, and start-up of the bundle,
each against a hello-world PySide6 bundle frozen with the same spec (options and filters).

Uses ``dist/`` as ``make dist`` left it (runs ``make dist`` when there is no bundle). The
hello-world bundle is cached under ``build/bench-hello/<key>/``, the key hashing the spec, the
hello script and the PyInstaller, PySide6 and Python versions. Start-up: medians of interleaved
``--exit-after-startup`` runs (offscreen). Goal: size ratio <= 1.15. Prints JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "exchange-explorer.spec"
BUNDLE = ROOT / "dist" / "exchange-explorer"
CACHE = ROOT / "build" / "bench-hello"
RUNS = 10
SIZE_GOAL = 1.15
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.startup import BARE, time_command  # noqa: E402

HELLO = BARE  # the same bare window bench/startup.py measures the app against


def _log(message: str) -> None:
    print(f"bench/bundle: {message}", file=sys.stderr)


def _size(folder: Path) -> int:
    """Bytes in ``folder`` (``du --apparent-size``; symlinks count as links, not targets)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_symlink() or p.is_file())


def _mib(size: int) -> float:
    return round(size / 2**20, 1)


def _app_bundle() -> tuple[Path, bool]:
    executable = BUNDLE / "exchange-explorer"
    if executable.exists():
        return executable, False
    _log("no bundle in dist/: running make dist")
    subprocess.run(["make", "dist"], cwd=ROOT, check=True, stdout=sys.stderr)
    return executable, True


def _hello_bundle() -> tuple[Path, bool, float]:
    """The hello-world executable, whether it came from the cache, and its build time."""
    try:
        tools = f"pyinstaller {version('pyinstaller')}, PySide6 {version('PySide6-Essentials')}"
    except PackageNotFoundError as error:
        raise SystemExit(f"bench/bundle: {error.name} missing: pip install -e '.[dist]'") from None
    key = hashlib.sha256(
        "\n".join([SPEC.read_text(), HELLO, tools, sys.version]).encode()
    ).hexdigest()[:16]
    folder = CACHE / key
    executable = folder / "dist" / "hello" / "hello"
    if executable.exists():
        return executable, True, 0.0
    shutil.rmtree(CACHE, ignore_errors=True)  # keep one cached build, not one per spec edit
    folder.mkdir(parents=True)
    script = folder / "hello.py"
    script.write_text(HELLO)
    _log(f"building the hello-world bundle in {folder.relative_to(ROOT)}")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--log-level", "WARN",
         "--distpath", str(folder / "dist"), "--workpath", str(folder / "work"),
         "--", "--script", str(script), "--name", "hello"],
        cwd=ROOT, check=True, stdout=sys.stderr, stderr=sys.stderr,
    )  # fmt: skip
    return executable, False, time.perf_counter() - start


def main() -> None:
    app, app_built = _app_bundle()
    hello, hello_cached, hello_build_s = _hello_bundle()
    debs = sorted((ROOT / "dist").glob("exchange-explorer_*.deb"))

    home = tempfile.mkdtemp(prefix="bench-bundle-home-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", EXCHANGE_EXPLORER_HOME=home)
    app_command = [str(app), "--exit-after-startup"]
    time_command(app_command, env), time_command([str(hello)], env)  # warm the file cache
    app_times, hello_times = [], []
    for _ in range(RUNS):
        app_times.append(time_command(app_command, env))
        hello_times.append(time_command([str(hello)], env))
    shutil.rmtree(home, ignore_errors=True)

    bundle_size, hello_size = _size(app.parent), _size(hello.parent)
    app_median, hello_median = statistics.median(app_times), statistics.median(hello_times)
    result = {
        "bundle_bytes": bundle_size,
        "bundle_mib": _mib(bundle_size),
        "deb_bytes": debs[-1].stat().st_size if debs else None,
        "deb_mib": _mib(debs[-1].stat().st_size) if debs else None,
        "hello_bundle_bytes": hello_size,
        "hello_bundle_mib": _mib(hello_size),
        "size_ratio": round(bundle_size / hello_size, 3),
        "size_goal": SIZE_GOAL,
        "size_goal_met": bundle_size / hello_size <= SIZE_GOAL,
        "startup_runs": RUNS,
        "startup_median_s": round(app_median, 4),
        "startup_max_s": round(max(app_times), 4),
        "hello_startup_median_s": round(hello_median, 4),
        "startup_ratio": round(app_median / hello_median, 3),
        "app_bundle_built_now": app_built,
        "hello_bundle_cached": hello_cached,
        "hello_build_s": round(hello_build_s, 1),
    }
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
