"""Substring search over many short texts, fast enough to run on every keystroke.

Results are cached per term; a new term that contains a cached one ("bit" after "bi") only
re-checks that term's matches, so typing narrows instead of rescanning everything.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

_CACHE_SIZE = 64


class TextIndex:
    def __init__(self, texts: Sequence[str]) -> None:
        self._texts = list(texts)  # already folded (see query.fold_for_search)
        self._everything = frozenset(range(len(self._texts)))
        self._cache: OrderedDict[str, frozenset[int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._texts)

    def containing(self, term: str) -> frozenset[int]:
        """Positions of the texts that contain ``term``."""
        if not term:
            return self._everything
        if term in self._cache:
            self._cache.move_to_end(term)
            return self._cache[term]
        candidates = self._narrowest_cached(term)
        texts = self._texts
        found = frozenset(i for i in candidates if term in texts[i])
        self._cache[term] = found
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return found

    def _narrowest_cached(self, term: str) -> frozenset[int] | range:
        best: frozenset[int] | range = range(len(self._texts))
        for cached_term, positions in self._cache.items():
            if cached_term in term and len(positions) < len(best):
                best = positions
        return best
