"""Dotted paths into decoded JSON: ``"result.*.c.0"``, ``"data.0.last"``, ``""`` (the node itself).

Parts are separated by dots. A part of digits (optionally ``-``) indexes a list; on an object it
is an ordinary key. ``*`` takes the only (or first) value of an object or the first list item.
Keys that themselves contain dots cannot be addressed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_INDEX = re.compile(r"-?\d+")


class PathNotFoundError(LookupError):
    """The path does not lead anywhere in this document; ``.path`` is the part that failed."""

    def __init__(self, path: str) -> None:
        super().__init__(f"nothing at {path!r}")
        self.path = path


def split_path(path: str) -> tuple[str, ...]:
    return tuple(path.split(".")) if path else ()


def resolve(node: object, parts: tuple[str, ...], substitute: Callable[[str], str] = str) -> object:
    """Follow ``parts`` from ``node``; each part passes through ``substitute`` first."""
    walked: list[str] = []
    for raw_part in parts:
        part = substitute(raw_part)
        walked.append(part)
        node = _step(node, part, ".".join(walked))
    return node


def _step(node: object, part: str, where: str) -> object:
    if isinstance(node, dict):
        if part == "*":
            if not node:
                raise PathNotFoundError(where)
            return next(iter(node.values()))
        if part not in node:
            raise PathNotFoundError(where)
        return node[part]
    if isinstance(node, list):
        if part == "*":
            part = "0"
        if not _INDEX.fullmatch(part):
            raise PathNotFoundError(where)
        try:
            return node[int(part)]
        except IndexError:
            raise PathNotFoundError(where) from None
    raise PathNotFoundError(where)
