"""The dataset card's figures for the index page, as geometry that charts.html.j2 draws in inline SVG:
the outcomes within each family (shares), sessions per outcome (stacked by split) and the export's row
lengths in tokens (a histogram with the length limit). A click on a bar sets the index's filter."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from realcast.browse.exported import ExportFacts
from train.card import length_figures

OUTCOMES = ("success", "resolved", "open")
SPLITS = ("train", "validation", "test", "none")  # none: the session is not in the export
BAR, GAP, LABELS, PLOT, COUNTS = 12, 3, 170, 260, 40  # pixels: bar height, gap, label column, bars, count column
HISTOGRAM_WIDTH, HISTOGRAM_HEIGHT, BINS = 420, 160, 30


@dataclass(frozen=True)
class Segment:
    """One coloured piece of a bar: `key` is its legend entry and CSS class."""

    key: str
    count: int
    x: float
    width: float


@dataclass(frozen=True)
class Bar:
    """One row of a stacked bar chart; a click filters the index to `label`."""

    label: str
    total: int
    y: float
    segments: list[Segment]


@dataclass(frozen=True)
class StackedChart:
    """Horizontal bars, one per label, split into segments by key."""

    title: str
    filter: str
    keys: list[str]
    bars: list[Bar]
    bar: int = BAR
    labels: int = LABELS
    width: int = LABELS + PLOT + COUNTS

    @property
    def height(self) -> int:
        return len(self.bars) * (BAR + GAP)


@dataclass(frozen=True)
class Bin:
    """One histogram column: rows with low <= tokens < high."""

    low: int
    high: int
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Histogram:
    """Rows per token length, with the export's limit where it falls inside the plot."""

    title: str
    bins: list[Bin]
    figures: dict[str, int]
    limit: int | None
    limit_x: float | None
    over_length: int
    top: int
    width: int = HISTOGRAM_WIDTH
    height: int = HISTOGRAM_HEIGHT


def stacked(title: str, filter_name: str, pairs: list[tuple[str, str]], keys: tuple[str, ...],
            order: tuple[str, ...] = (), shares: bool = False) -> StackedChart:
    """A chart of (label, key) pairs: one bar per label (in `order`, else sorted), segments in the order of `keys`;
    with `shares` every bar is full width and its segments are shares (the count is still written beside it)."""
    counts: dict[str, Counter[str]] = {}
    for label, key in pairs:
        counts.setdefault(label, Counter())[key] += 1
    labels = [label for label in order if label in counts] if order else sorted(counts)
    largest = max((sum(c.values()) for c in counts.values()), default=1)
    scale = {label: PLOT / (sum(counts[label].values()) if shares else largest) for label in labels}
    bars = [_bar(label, counts[label], row * (BAR + GAP), keys, scale[label]) for row, label in enumerate(labels)]
    present = [key for key in keys if any(key in c for c in counts.values())]
    return StackedChart(title, filter_name, present, bars)


def _bar(label: str, counts: Counter[str], y: float, keys: tuple[str, ...], scale: float) -> Bar:
    segments, x = [], float(LABELS)
    for key in (key for key in keys if counts[key]):
        segments.append(Segment(key, counts[key], x, counts[key] * scale))
        x += counts[key] * scale
    return Bar(label, sum(counts.values()), y, segments)


def histogram(lengths: list[int], limit: int | None, over_length: int) -> Histogram:
    """Equal-width bins of a round width from 0 to past the longest row."""
    width = _round_width(max(lengths, default=1) / BINS)
    counts = Counter(length // width for length in lengths)
    top = max(counts.values(), default=1)
    columns = max(counts, default=0) + 1
    step = HISTOGRAM_WIDTH / columns
    bins = [Bin(n * width, (n + 1) * width, counts[n], n * step, HISTOGRAM_HEIGHT * (1 - counts[n] / top), step,
                HISTOGRAM_HEIGHT * counts[n] / top) for n in range(columns)]
    inside = limit is not None and limit <= columns * width
    limit_x = limit / (columns * width) * HISTOGRAM_WIDTH if inside else None
    return Histogram("Export rows by length (o200k_harmony tokens)", bins, length_figures(lengths), limit, limit_x,
                     over_length, top)


def _round_width(raw: float) -> int:
    """The smallest of 1, 2 or 5 times a power of ten that is at least `raw`."""
    power = 10 ** max(0, math.floor(math.log10(max(raw, 1))))
    return next(factor * power for factor in (1, 2, 5, 10) if factor * power >= raw)


def card_figures(rows: list[dict[str, object]], export: ExportFacts) -> dict[str, object]:
    """The three figures of the index: families and outcomes from the sessions shown, lengths from the export."""
    families = stacked("Outcomes within each family (sessions)", "family",
                       [(str(row["family"]), str(row["outcome"])) for row in rows], OUTCOMES, shares=True)
    outcomes = stacked("Sessions per outcome, by split", "outcome",
                       [(str(row["outcome"]), str(row["split"] or "none")) for row in rows], SPLITS, OUTCOMES)
    lengths = None
    if export.rows:
        info = export.info
        lengths = histogram([row.tokens for row in export.rows], info.max_tokens if info else None,
                            len(info.over_length) if info else 0)
    return {"families": families, "outcomes": outcomes, "lengths": lengths}
