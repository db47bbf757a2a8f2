"""Reading a response body with the size cap on *decoded* bytes, checked as decoding proceeds.

httpx decodes every ``Content-Encoding`` layer it is given (``gzip, gzip`` included) and inflates a
whole network chunk at a time, so a 7 KB answer can become gigabytes before a cap on
``aiter_bytes`` sees a single chunk. Here the raw bytes are read and inflated by us, in steps of at
most :data:`STEP` bytes of output, and reading stops the moment the cap is passed. A bomb costs at
most the cap in memory and a few milliseconds of CPU, so it cannot stall the event loop.

One content-coding layer at most (identity, gzip or deflate: what :data:`ACCEPT_ENCODING` asks
for); several layers, or any other coding, make a bad response.
"""

from __future__ import annotations

import zlib

import httpx

from explorer.net.failures import FailureKind, failed
from explorer.text import QT_TRANSLATE_NOOP

ACCEPT_ENCODING = "gzip, deflate"
STEP = 64 * 1024  # decoded bytes per decompression call: bounded work per step


class _Inflater:
    """gzip (several members allowed) or deflate (zlib-wrapped or raw, as servers differ)."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._wbits = 16 + zlib.MAX_WBITS if coding == "gzip" else zlib.MAX_WBITS
        self._decoder = zlib.decompressobj(self._wbits)
        self._first = True
        self._fed = False

    def feed(self, data: bytes, room: int) -> list[bytes]:
        """Inflate ``data``; raises once more than ``room`` bytes would come out."""
        out: list[bytes] = []
        pending = data
        self._fed = self._fed or bool(data)
        while pending:
            try:
                piece = self._decoder.decompress(pending, STEP)
            except zlib.error:
                if self._coding == "deflate" and self._first:
                    # Some servers send raw deflate without the zlib header: start again raw.
                    self._wbits = -zlib.MAX_WBITS
                    self._decoder = zlib.decompressobj(self._wbits)
                    self._first = False
                    continue
                raise failed(
                    FailureKind.BAD_ENCODING,
                    QT_TRANSLATE_NOOP("Detail", "the compressed response is corrupt"),
                ) from None
            self._first = False
            room -= len(piece)
            if room < 0:
                raise _too_large()
            if piece:
                out.append(piece)
            pending = self._decoder.unconsumed_tail
            if self._decoder.eof:
                rest = self._decoder.unused_data
                if rest and self._coding == "gzip" and rest.lstrip(b"\0"):
                    self._decoder = zlib.decompressobj(self._wbits)  # the next gzip member
                    pending = rest
                else:
                    pending = b""
        return out

    def finish(self) -> None:
        if self._fed and not self._decoder.eof:
            raise failed(
                FailureKind.CUT_OFF,
                QT_TRANSLATE_NOOP("Detail", "the compressed response was cut off"),
            )


def _too_large() -> Exception:
    return failed(FailureKind.TOO_LARGE, QT_TRANSLATE_NOOP("Detail", "the response is too large"))


def content_coding(response: httpx.Response) -> str:
    """``identity``, ``gzip`` or ``deflate``; raises for several layers or any other coding."""
    header = ",".join(response.headers.get_list("Content-Encoding"))
    layers = [part.strip().lower() for part in header.split(",") if part.strip()]
    layers = [layer for layer in layers if layer != "identity"]
    if not layers:
        return "identity"
    if len(layers) > 1:
        raise failed(
            FailureKind.BAD_ENCODING,
            QT_TRANSLATE_NOOP("Detail", "the response is compressed more than once"),
        )
    coding = {"x-gzip": "gzip"}.get(layers[0], layers[0])
    if coding not in ("gzip", "deflate"):
        raise failed(
            FailureKind.BAD_ENCODING,
            QT_TRANSLATE_NOOP("Detail", "the response uses an unknown encoding (%1)"),
            coding,
        )
    return coding


async def read_body(response: httpx.Response, limit: int) -> bytes:
    """The decoded body of a streamed ``response``, or a :class:`~.failures.TransportError`
    (``too_large``, ``bad_encoding``) as soon as it is known to be one."""
    coding = content_coding(response)
    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise _too_large()
    inflater = _Inflater(coding) if coding != "identity" else None
    chunks: list[bytes] = []
    raw_total = decoded_total = 0
    async for raw in response.aiter_raw():
        raw_total += len(raw)
        if raw_total > limit:  # never more on the wire than we would keep
            raise _too_large()
        pieces = [raw] if inflater is None else inflater.feed(raw, limit - decoded_total)
        for piece in pieces:
            decoded_total += len(piece)
            if decoded_total > limit:
                raise _too_large()
            chunks.append(piece)
    if inflater is not None:
        inflater.finish()
    return b"".join(chunks)
