"""Loaded by the interpreters run_cli starts (PYTHONPATH): report peak RSS on stderr at exit."""

import atexit
import sys


def _report() -> None:
    # VmHWM, not getrusage's ru_maxrss: that one is kept across exec, so it would include the
    # parent's RSS at fork time.
    try:
        with open("/proc/self/status", encoding="ascii") as status:  # noqa: PTH123 (no pathlib at exit)
            peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return
    try:
        sys.stderr.write(f"__peak_rss_kb={peak}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


atexit.register(_report)
