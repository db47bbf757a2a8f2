"""Malformed, truncated and binary sources, and a broken catalogue.json: clear errors, no loss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from explorer.catalogue.build import build_catalogue
from explorer.catalogue.errors import CatalogueError
from explorer.catalogue.store import bundled_catalogue_path, load, load_or_bundled
from explorer.cli import run
from tests.catalogue.conftest import SOURCES


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    shutil.copytree(SOURCES, folder)
    return folder


def _damage(folder: Path, name: str, data: bytes) -> None:
    (folder / name).write_bytes(data)


def test_truncated_markdown_names_file_and_line(sources: Path) -> None:
    name = "003_abf9780dc4c9e21c.txt"
    data = (sources / name).read_bytes()
    cut = data.index(b"| Ukraine")  # cut inside a row, as an interrupted download would
    _damage(sources, name, data[: cut + 9])
    with pytest.raises(CatalogueError, match=rf"^{name}:\d+: row has no id") as caught:
        build_catalogue(sources)
    assert caught.value.line == data[:cut].count(b"\n") + 1


def test_malformed_grid_table_names_file_and_line(sources: Path) -> None:
    name = "000_0881c010ed77653b.txt"
    text = (sources / name).read_text(encoding="utf-8").splitlines(keepends=True)
    text[9] = text[9].replace("|", " ", 1)
    _damage(sources, name, "".join(text).encode())
    with pytest.raises(CatalogueError, match=rf"^{name}:10: reStructuredText: "):
        build_catalogue(sources)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary content"),
        (b"id\n\xff\xfe oops", "not valid UTF-8"),
    ],
)
def test_binary_or_undecodable_document(sources: Path, data: bytes, message: str) -> None:
    _damage(sources, "002_75d7c6708ac3fe7f.txt", data)
    with pytest.raises(CatalogueError, match=rf"^002_75d7c6708ac3fe7f\.txt:\d+: {message}"):
        build_catalogue(sources)


def test_unknown_country_names_the_row(sources: Path) -> None:
    name = "002_75d7c6708ac3fe7f.txt"
    text = (sources / name).read_text(encoding="utf-8").replace("| Panama ", "| Atlantis", 1)
    _damage(sources, name, text.encode())
    with pytest.raises(CatalogueError, match=rf"^{name}:8: unknown country or region 'Atlantis'"):
        build_catalogue(sources)


def test_cli_build_failure_is_one_line_and_leaves_the_old_file(
    sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "catalogue.json"
    output.write_bytes(b"previous contents")
    _damage(sources, "001_14061b23700f80ec.txt", b"\x00binary")
    code = run(["catalogue", "build", "--sources", str(sources), "--output", str(output)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "001_14061b23700f80ec.txt:1: binary content" in err
    assert output.read_bytes() == b"previous contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    "content",
    [b"{not json", b'{"schema": 99, "snapshots": [], "exchanges": []}',
     b'{"schema": 1, "snapshots": [], "exchanges": [{"id": 3}]}', b"\xff\xfe"],
)  # fmt: skip
def test_invalid_catalogue_file_errors_and_falls_back(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "catalogue.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueError, match=str(path)):
        load(path)
    catalogue = load_or_bundled(path)
    assert catalogue == load(bundled_catalogue_path())
    assert "using the bundled catalogue" in caplog.text


def test_cli_with_a_corrupt_catalogue_uses_the_bundled_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "catalogue.json"
    path.write_text(json.dumps({"schema": 1}))
    assert run(["catalogue", "--catalogue", str(path), "show", "kraken", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "kraken"
