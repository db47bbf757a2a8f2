"""Substring search over many short texts, fast enough to run on every keystroke.

Results are cached per term; a new term that contains a cached one ("bit" after "bi") only
re-checks that term's matches, so typing narrows instead of rescanning everything. Each result
is kept both as a set (cheap to intersect with small sets) and as a mask (an int with one byte
per position, 0 or 1): two masks intersect with one ``&`` and count with ``bit_count()`` in
microseconds, even for tens of thousands of positions.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_CACHE_SIZE = 64


def mask_of(positions: Iterable[int], size: int) -> int:
    flags = bytearray(size)
    for position in positions:
        flags[position] = 1
    return int.from_bytes(flags, "little")


def positions_of(mask: int, size: int) -> list[int]:
    flags = mask.to_bytes(size, "little")
    return [i for i, flag in enumerate(flags) if flag]


@dataclass(frozen=True)
class Hits:
    positions: frozenset[int]
    mask: int


class TextIndex:
    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)  # already folded (see query.fold_for_search)
        everything = range(len(self._texts))
        self.everything = Hits(frozenset(everything), mask_of(everything, len(self._texts)))
        self._cache: OrderedDict[str, Hits] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    def containing(self, term: str) -> Hits:
        """The texts that contain ``term``."""
        if not term:
            return self.everything
        if term in self._cache:
            self._cache.move_to_end(term)
            return self._cache[term]
        texts = self._texts
        found = [i for i in self._narrowest_cached(term) if term in texts[i]]
        hits = Hits(frozenset(found), mask_of(found, len(texts)))
        self._cache[term] = hits
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return hits

    def _narrowest_cached(self, term: str) -> Iterable[int]:
        best: frozenset[int] | range = range(len(self._texts))
        for cached_term, hits in self._cache.items():
            if cached_term in term and len(hits.positions) < len(best):
                best = hits.positions
        return best
