"""What an update would change, told before it is applied: exchanges added, removed, renamed
and whose countries changed, each with counts."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.catalogue.model import Catalogue


@dataclass(frozen=True)
class CatalogueDiff:
    snapshot_key: str
    snapshot_title: str
    added: tuple[tuple[str, str], ...]  # (id, name), newly listed
    removed: tuple[tuple[str, str], ...]  # (id, name), no longer listed
    renamed: tuple[tuple[str, str], ...]  # (old id, new id)
    countries_changed: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]  # id, was, now

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.countries_changed)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.removed)} removed, {len(self.renamed)} renamed, "
            f"{len(self.countries_changed)} with other countries"
        )

    def lines(self) -> list[str]:
        """The diff as plain text lines (the CLI prints them)."""
        out = [f"{self.snapshot_title} ({self.snapshot_key}): {self.summary()}"]
        out += [f"+ {i}  {name}" for i, name in self.added]
        out += [f"- {i}  {name}" for i, name in self.removed]
        out += [f"~ {old} -> {new}" for old, new in self.renamed]
        out += [
            f"* {i}  {' '.join(was) or '-'} -> {' '.join(now) or '-'}"
            for i, was, now in self.countries_changed
        ]
        return out


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    before = {e.id: e for e in old.exchanges if e.listed_in_newest}
    after = {e.id: e for e in new.exchanges if e.listed_in_newest}
    every = {e.id: e for e in new.exchanges}
    renamed = tuple(
        (e.id, e.renamed_to)
        for e in new.exchanges
        if e.renamed_to and e.id in before and e.id not in after and e.renamed_to in after
    )
    renamed_ids = {i for pair in renamed for i in pair}
    newest = new.snapshots[-1]
    return CatalogueDiff(
        snapshot_key=newest.key,
        snapshot_title=newest.title,
        added=tuple((i, every[i].name) for i in sorted(after.keys() - before.keys() - renamed_ids)),
        removed=tuple(
            (i, before[i].name) for i in sorted(before.keys() - after.keys() - renamed_ids)
        ),
        renamed=renamed,
        countries_changed=tuple(
            (i, before[i].countries, after[i].countries)
            for i in sorted(before.keys() & after.keys())
            if set(before[i].countries) != set(after[i].countries)
        ),
    )
