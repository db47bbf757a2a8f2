"""File -> Export: the exchanges of the current view as CSV or JSON, written atomically."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from explorer.catalogue.model import Exchange, exchange_document
from explorer.storage.files import write_atomic

CSV_COLUMNS = ("id", "name", "website", "docs", "versions", "countries", "listed_in_newest")


def export_exchanges(exchanges: list[Exchange], path: Path, file_format: str) -> None:
    if file_format == "json":
        data = json.dumps([exchange_document(e) for e in exchanges], ensure_ascii=False, indent=1)
        write_atomic(path, (data + "\n").encode())
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in exchanges:
        writer.writerow(
            [e.id, e.name, e.website or "", e.docs or "", " ".join(e.versions),
             " ".join(e.countries), "yes" if e.listed_in_newest else "no"]
        )  # fmt: skip
    write_atomic(path, buffer.getvalue().encode())
