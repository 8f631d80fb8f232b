"""Three-way merge of a text paragraph by paragraph: changes in different paragraphs combine, the same one conflicts."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from dpi_consult.draft.paragraphs import join_paragraphs, split_paragraphs


@dataclass(frozen=True, slots=True)
class Edit:
    """One side replaced base[start:end] by `paragraphs` (an insertion when start == end)."""

    start: int
    end: int
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Hunk:
    """A stretch of the merged text: agreed paragraphs, or a conflict holding the base and both sides."""

    paragraphs: tuple[str, ...] = ()
    conflict: bool = False
    base: tuple[str, ...] = ()
    first: tuple[str, ...] = ()
    second: tuple[str, ...] = ()


def edits(base: list[str], side: list[str]) -> list[Edit]:
    """What a side did to the base, as small as paragraphs allow: a rewrite of n paragraphs into n is n edits."""
    found: list[Edit] = []
    matcher = SequenceMatcher(None, base, side, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace" and i2 - i1 == j2 - j1:
            found += [Edit(i1 + k, i1 + k + 1, (side[j1 + k],)) for k in range(i2 - i1)]
        else:
            found.append(Edit(i1, i2, tuple(side[j1:j2])))
    return found


def _touch(one: Edit, other: Edit) -> bool:
    """Whether two edits of different sides bear on the same paragraphs (or on the same place between two)."""
    if one.start == one.end and other.start == other.end:
        return one.start == other.start
    if one.start == one.end:
        return other.start < one.start < other.end
    if other.start == other.end:
        return one.start < other.start < one.end
    return one.start < other.end and other.start < one.end


def _apply(base: list[str], lo: int, hi: int, side_edits: list[Edit]) -> tuple[str, ...]:
    """base[lo:hi] as one side left it."""
    out: list[str] = []
    position = lo
    for edit in sorted(side_edits, key=lambda e: (e.start, e.end)):
        out += base[position:edit.start]
        out += edit.paragraphs
        position = max(position, edit.end)
    out += base[position:hi]
    return tuple(out)


def merge_paragraphs(base: list[str], first: list[str], second: list[str]) -> list[Hunk]:
    """The merged paragraphs as hunks, in order. `first` and `second` are in the caller's canonical order: a
    conflict keeps them in that order, so the result does not depend on which copy was merged into which."""
    tagged = sorted([(e, 0) for e in edits(base, first)] + [(e, 1) for e in edits(base, second)],
                    key=lambda pair: (pair[0].start, pair[0].end, pair[1]))
    # Clusters of edits that touch, transitively; an edit alone, or with only its own side, applies as it is.
    clusters: list[list[tuple[Edit, int]]] = []
    for edit, side in tagged:
        joined = [c for c in clusters if any(s != side and _touch(edit, e) for e, s in c)]
        if not joined:
            clusters.append([(edit, side)])
            continue
        merged = [(edit, side)]
        for cluster in joined:
            merged += cluster
            clusters.remove(cluster)
        clusters.append(merged)
    spans = sorted(((min(e.start for e, _ in c), max(e.end for e, _ in c), c) for c in clusters),
                   key=lambda span: (span[0], span[1]))
    hunks: list[Hunk] = []
    position = 0
    for lo, hi, cluster in spans:
        if lo > position:
            hunks.append(Hunk(tuple(base[position:lo])))
        lo = max(lo, position)
        first_text = _apply(base, lo, hi, [e for e, s in cluster if s == 0])
        second_text = _apply(base, lo, hi, [e for e, s in cluster if s == 1])
        sides = {s for _, s in cluster}
        if len(sides) == 1 or first_text == second_text:
            hunks.append(Hunk(first_text if 0 in sides else second_text))
        else:
            hunks.append(Hunk(conflict=True, base=tuple(base[lo:hi]), first=first_text, second=second_text))
        position = max(position, hi)
    if position < len(base):
        hunks.append(Hunk(tuple(base[position:])))
    return [h for h in hunks if h.conflict or h.paragraphs]


def has_conflict(hunks: list[Hunk]) -> bool:
    return any(h.conflict for h in hunks)


def hunks_text(hunks: list[Hunk], keep: str = "both") -> str:
    """The merged text; each conflict as `keep` says: "first", "second" or "both" (one after the other)."""
    paragraphs: list[str] = []
    for hunk in hunks:
        if not hunk.conflict:
            paragraphs += hunk.paragraphs
        elif keep == "first":
            paragraphs += hunk.first
        elif keep == "second":
            paragraphs += hunk.second
        else:
            paragraphs += both(hunk)
    return join_paragraphs(paragraphs)


def both(hunk: Hunk) -> list[str]:
    """A conflict's two sides one after the other, as nothing-lost-nothing-revived allows: what either side wrote
    stays; a paragraph of the base stays only if both sides kept it (a deletion is never undone by the other side
    having left the paragraph alone); nothing comes twice."""
    base = set(hunk.base)
    kept = base & set(hunk.first) & set(hunk.second)
    out: list[str] = []
    for paragraph in (*hunk.first, *hunk.second):
        if (paragraph not in base or paragraph in kept) and paragraph not in out:
            out.append(paragraph)
    return out


def merge_text(base: str, first: str, second: str) -> list[Hunk]:
    return merge_paragraphs(split_paragraphs(base), split_paragraphs(first), split_paragraphs(second))
