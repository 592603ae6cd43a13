"""Charts drawn on the server as SVG: no script, readable in a PDF, with a text title and a
description for screen readers. Pure functions from numbers to markup."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    colour: str
    values: tuple[int, ...]


def nice_max(value: int) -> int:
    """A round upper bound for an axis: 1, 2, 5, 10, 20, 50…"""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if magnitude * step >= value:
                return magnitude * step
        magnitude *= 10


def stacked_columns(
    key: str, title: str, days: list[date], series: list[Series], *, width: int = 640, height: int = 220
) -> str:
    """One column per day, the series stacked, with a y axis and the first and last dates."""
    left, bottom, top = 44, 28, 12
    inner_w, inner_h = width - left - 8, height - bottom - top
    totals = [sum(s.values[i] for s in series) for i in range(len(days))]
    peak = nice_max(max(totals, default=0) or 1)
    slot = inner_w / max(len(days), 1)
    bar = max(slot * 0.8, 1.0)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-labelledby="{key}"><title id="{key}">{escape(title)}</title>',
        '<g font-family="DejaVu Sans, sans-serif" font-size="10" fill="#333">',
    ]
    for fraction in (0, 0.5, 1) if peak > 1 else (0, 1):
        y = top + inner_h * (1 - fraction)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 8}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 4}" y="{y + 3:.1f}" text-anchor="end">{round(peak * fraction)}</text>')
    for i, _day in enumerate(days):
        x = left + i * slot + (slot - bar) / 2
        base = float(top + inner_h)
        for s in series:
            h = inner_h * s.values[i] / peak
            if h > 0:
                base -= h
                parts.append(f'<rect x="{x:.1f}" y="{base:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{s.colour}"/>')
    if days:
        parts.append(f'<text x="{left}" y="{height - 10}">{days[0].isoformat()}</text>')
        parts.append(f'<text x="{width - 8}" y="{height - 10}" text-anchor="end">{days[-1].isoformat()}</text>')
    parts.append("</g></svg>")
    return "".join(parts)


def split_bar(parts: list[tuple[str, int, str]], *, width: int = 240, height: int = 14) -> str:
    """A horizontal bar split in proportion: (label, count, colour) — agree / mixed / disagree."""
    total = sum(count for _l, count, _c in parts)
    label = ", ".join(f"{name} {count}" for name, count, _c in parts)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}"'
        f' role="img" aria-label="{escape(label)}">'
    ]
    x = 0.0
    if total == 0:
        out.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#eee"/>')
    for _name, count, colour in parts:
        w = width * count / total if total else 0
        if w > 0:
            out.append(f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{colour}"/>')
            x += w
    out.append("</svg>")
    return "".join(out)
