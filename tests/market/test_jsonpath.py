"""Dotted paths into decoded JSON."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.market.responses import PathNotFoundError, resolve, split_path

DOC: dict[str, Any] = {
    "result": {"XXBTZUSD": {"c": ["30303.2", "0.1"], "o": "1"}},
    "data": [{"last": "5"}, {"last": "6"}],
    "0": "key that looks like an index",
}


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("", DOC),
        ("result.XXBTZUSD.c.0", "30303.2"),
        ("result.*.c.1", "0.1"),
        ("data.1.last", "6"),
        ("data.-1.last", "6"),
        ("data.*.last", "5"),
        ("0", "key that looks like an index"),
    ],
)
def test_resolves(path: str, expected: object) -> None:
    assert resolve(DOC, split_path(path)) == expected


@pytest.mark.parametrize(
    ("path", "failing"),
    [
        ("nope", "nope"),
        ("data.2", "data.2"),
        ("data.last", "data.last"),
        ("result.XXBTZUSD.o.x", "result.XXBTZUSD.o.x"),
        ("result.*.c.9", "result.*.c.9"),
    ],
)
def test_missing_paths_say_where(path: str, failing: str) -> None:
    with pytest.raises(PathNotFoundError) as caught:
        resolve(DOC, split_path(path))
    assert caught.value.path == failing


def test_star_on_empty_object_is_missing() -> None:
    with pytest.raises(PathNotFoundError):
        resolve({"result": {}}, split_path("result.*"))


def test_parts_are_substituted() -> None:
    def substitute(part: str) -> str:
        return part.replace("{m}", "XXBTZUSD")

    assert resolve(DOC, split_path("result.{m}.o"), substitute) == "1"


keys = st.text(alphabet=st.characters(blacklist_characters="."), min_size=1).filter(
    lambda key: key != "*"
)


@given(st.lists(st.one_of(keys, st.integers(0, 3)), max_size=6), st.integers())
def test_any_built_path_leads_back_to_its_value(steps: list[str | int], leaf: int) -> None:
    node: Any = leaf
    for step in reversed(steps):
        node = {step: node} if isinstance(step, str) else [None] * step + [node]
    path = ".".join(str(step) for step in steps)
    assert resolve(node, split_path(path)) == leaf
