"""Charts for the HTML report, drawn as inline SVG (no script, no external file).

Every label goes through :func:`html.escape`. Each mark carries a ``<title>`` with
its label and count, which a browser shows on hover and a screen reader reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

BAR = "#3b6ea5"
EMPTY = "#f3f3f3"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _no_data(title: str) -> str:
    return f'<p class="note">No data for {_e(title.lower())}.</p>'


def _open(chart_id: str, title: str, width: int, height: int, cls: str) -> str:
    return (
        f'<svg id="{_e(chart_id)}" class="{cls}" role="img" aria-label="{_e(title)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{_e(title)}</title>"
    )


def bar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    """A vertical bar chart (labels under bars, counts above)."""
    if not items:
        return _no_data(title)
    peak = max(n for _, n in items) or 1
    # long periods get thinner bars and a label on every k-th bar only
    bar = 22 if len(items) <= 31 else max(4, 900 // len(items))
    gap = 6 if bar >= 10 else 1
    every = 1 if bar >= 10 else -(-14 // (bar + gap))
    height, top, bottom, left = 160, 18, 70, 40
    width = left * 2 + len(items) * (bar + gap)
    parts = [_open(chart_id, title, width, height + top + bottom, "chart")]
    for i, (label, n) in enumerate(items):
        h = round(height * n / peak)
        x = left + i * (bar + gap)
        y = top + height - h
        parts.append(
            f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="{BAR}">'
            f"<title>{_e(label)}: {n}</title></rect>"
        )
        if bar >= 10:
            parts.append(
                f'<text x="{x + bar / 2}" y="{y - 4}" text-anchor="middle">{n}</text>'
            )
        if i % every:
            continue
        ly = top + height + 12
        parts.append(
            f'<text x="{x + bar / 2}" y="{ly}" text-anchor="end" '
            f'transform="rotate(-60 {x + bar / 2} {ly})">{_e(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def hbar_chart(title: str, items: list[tuple[str, int]], chart_id: str) -> str:
    """A horizontal bar chart (for named things: categories)."""
    if not items:
        return _no_data(title)
    peak = max(n for _, n in items) or 1
    row, label_w, bar_w = 20, 150, 300
    width = label_w + bar_w + 50
    parts = [_open(chart_id, title, width, row * len(items) + 6, "chart")]
    for i, (label, n) in enumerate(items):
        w = max(1, round(bar_w * n / peak))
        y = 3 + i * row
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end">{_e(label)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{row - 5}" '
            f'fill="{BAR}"><title>{_e(label)}: {n}</title></rect>'
            f'<text x="{label_w + w + 4}" y="{y + 13}">{n}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def heat_map(
    title: str,
    grid: Sequence[Sequence[int]],
    row_labels: Sequence[str],
    chart_id: str,
    color: str = BAR,
) -> str:
    """A rows x hours grid of cells shaded by count, each row's total at its end.

    ``grid[row][hour]`` is a count (24 hours a row). A cell's darkness is its share
    of the busiest cell; empty cells are light grey. Each cell is a ``<rect>`` with
    ``data-row``, ``data-hour`` and ``data-n`` (its count) besides its ``<title>``.
    """
    if not any(any(row) for row in grid):
        return _no_data(title)
    peak = max(max(row) for row in grid)
    cell_w, cell_h, left, top = 24, 20, 40, 18
    width = left + 24 * cell_w + 60
    height = top + len(grid) * cell_h + 4
    parts = [_open(chart_id, title, width, height, "chart heat")]
    for hour in range(24):
        x = left + hour * cell_w + cell_w / 2
        parts.append(
            f'<text x="{x}" y="{top - 5}" text-anchor="middle">{hour:02d}</text>'
        )
    for r, (label, row) in enumerate(zip(row_labels, grid, strict=True)):
        y = top + r * cell_h
        parts.append(
            f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{_e(label)}</text>'
        )
        for hour, n in enumerate(row):
            # a floor keeps the faintest non-empty cell visible beside the empty ones
            shade = (
                f'fill="{color}" fill-opacity="{0.12 + 0.88 * n / peak:.2f}"'
                if n
                else f'fill="{EMPTY}"'
            )
            parts.append(
                f'<rect x="{left + hour * cell_w}" y="{y}" width="{cell_w - 2}" '
                f'height="{cell_h - 2}" {shade} '
                f'data-row="{r}" data-hour="{hour}" data-n="{n}">'
                f"<title>{_e(label)} {hour:02d}:00-{hour:02d}:59: {n}</title></rect>"
            )
        parts.append(
            f'<text class="total" x="{left + 24 * cell_w + 4}" y="{y + 14}">'
            f"{sum(row)}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


__all__ = ["bar_chart", "hbar_chart", "heat_map"]
