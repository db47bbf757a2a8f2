"""File -> Export: the exchanges of the current view as CSV or JSON, written atomically. The CSV
has what the detail pane shows, history included ("snapshot: countries; ..."); the JSON is the
export schema's exchange records."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from explorer.catalogue.model import Exchange, exchange_document
from explorer.storage.files import write_atomic

CSV_COLUMNS = (
    "id", "name", "website", "referral_link", "docs", "versions", "countries", "regions",
    "listed_in_newest", "renamed_to", "former_ids", "first_snapshot", "last_snapshot", "history",
)  # fmt: skip


def export_exchanges(exchanges: list[Exchange], path: Path, file_format: str) -> None:
    if file_format == "json":
        data = json.dumps([exchange_document(e) for e in exchanges], ensure_ascii=False, indent=1)
        write_atomic(path, (data + "\n").encode())
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in exchanges:
        referral = e.website_original if e.website_original != e.website else None
        history = "; ".join(
            f"{key}: {' '.join(listing.countries) or '-'}" for key, listing in e.snapshots.items()
        )
        writer.writerow(
            [e.id, e.name, e.website or "", referral or "", e.docs or "", " ".join(e.versions),
             " ".join(e.countries), " ".join(e.regions), "yes" if e.listed_in_newest else "no",
             e.renamed_to or "", " ".join(e.former_ids), e.first_snapshot, e.last_snapshot,
             history]
        )  # fmt: skip
    write_atomic(path, buffer.getvalue().encode())
