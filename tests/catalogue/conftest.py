from __future__ import annotations

import json
from pathlib import Path

import pytest

from explorer.catalogue.build import build_catalogue, default_sources_dir
from explorer.catalogue.md_table import read_md_table
from explorer.catalogue.rows import SourceRow, source_rows
from explorer.catalogue.rst_table import read_rst_table
from explorer.catalogue.snapshots import snapshot_specs
from explorer.catalogue.text import decode_document

SOURCES = default_sources_dir()
DATA = Path(__file__).parent.parent / "data"


def read_rows(file_name: str) -> list[SourceRow]:
    spec = next(s for s in snapshot_specs() if s.file == file_name)
    reader = read_rst_table if spec.format == "rst" else read_md_table
    text = decode_document((SOURCES / file_name).read_bytes(), file_name)
    return source_rows(reader(text, file_name))


@pytest.fixture(scope="session")
def built() -> dict:
    return build_catalogue()


@pytest.fixture(scope="session")
def exchanges(built: dict) -> dict[str, dict]:
    return {exchange["id"]: exchange for exchange in built["exchanges"]}


@pytest.fixture(scope="session")
def zh_ground_truth() -> list[dict]:
    return json.loads((DATA / "zh_ground_truth.json").read_text(encoding="utf-8"))
