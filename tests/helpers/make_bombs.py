"""Regenerate tests/fixtures/bombs/*.bin, the decompression bombs the fault tests serve.

``python -m tests.helpers.make_bombs`` (about 10 s). Each file is a response body whose size on
the wire is at most ~130 kB and whose decoded size is 128 MiB to 4 GiB.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

BOMBS = Path(__file__).parent.parent / "fixtures" / "bombs"
ONE_MB = b"\0" * (1 << 20)


def _compress(compressor: zlib._Compress, megabytes: int) -> bytes:  # type: ignore[name-defined]
    out = [compressor.compress(ONE_MB) for _ in range(megabytes)]
    return b"".join(out) + compressor.flush()


def main() -> None:
    BOMBS.mkdir(parents=True, exist_ok=True)
    # 4 GiB of zeros, gzipped twice: the "Content-Encoding: gzip, gzip" of the hardening issue.
    inner = _compress(zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS), 4096)
    (BOMBS / "gzip-gzip-4GiB.bin").write_bytes(gzip.compress(inner, 9))
    # One layer: 128 MiB of zeros as gzip and as zlib-wrapped deflate (~130 kB each on the wire).
    gzipped = _compress(zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS), 128)
    (BOMBS / "gzip-128MiB.bin").write_bytes(gzipped)
    deflated = _compress(zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS), 128)
    (BOMBS / "deflate-128MiB.bin").write_bytes(deflated)
    for path in sorted(BOMBS.glob("*.bin")):
        print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
