"""One place that finds bundled data, from a checkout, an installed wheel or a frozen bundle."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    """Return the bundled resource at ``parts`` (e.g. ``resource("catalogue.json")``)."""
    node = files("explorer._resources")
    for part in parts:
        node = node / part
    return node
