"""Plots as inline SVG, drawn on the server: no chart library, no script, readable without colour
(every series is also labelled) and sized by the page (viewBox)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Mapping, Sequence

COLOURS = {"malicious": "#c62828", "suspicious": "#ef8f00", "unknown": "#7e57c2", "clean": "#2e7d32",
           "block": "#c62828", "warn": "#ef8f00", "allow": "#2e7d32"}
WIDTH, HEIGHT, PAD = 640, 180, 34
RIGHT = 96
"""Room right of a line chart for the labels of the series' last values."""


def line_chart(points: Sequence[tuple[dt.datetime, int, int]], title: str) -> str:
    """Malicious and suspicious counts over time, as step lines."""
    if not points:
        return _empty(title, "no runs yet")
    points = [*points, (dt.datetime.now(dt.timezone.utc), points[-1][1], points[-1][2])]  # the state holds until now
    start, end = points[0][0], points[-1][0]
    span = max((end - start).total_seconds(), 1.0)
    top = max(1, max(max(m, s) for _, m, s in points))

    def x(at: dt.datetime) -> float:
        return PAD + (WIDTH - PAD - RIGHT) * (at - start).total_seconds() / span

    def y(value: int) -> float:
        return HEIGHT - PAD - (HEIGHT - 2 * PAD) * value / top

    parts = [_frame(title, RIGHT), _axis_labels(top, start, end, RIGHT)]
    for index, (name, colour) in enumerate((("malicious", COLOURS["malicious"]), ("suspicious", COLOURS["suspicious"]))):
        values = [(x(p[0]), y(p[index + 1])) for p in points]
        path = [f"M{values[0][0]:.1f},{values[0][1]:.1f}"] + [f"H{px:.1f}V{py:.1f}" for px, py in values[1:]]
        parts.append(f'<path class="series series-{name}" d="{" ".join(path)}" fill="none" stroke="{colour}" '
                     f'stroke-width="2.5"><title>{name}</title></path>')
        last = points[-1][index + 1]
        parts.append(f'<text x="{WIDTH - RIGHT + 4}" y="{y(last) + 4 - 12 * index:.1f}" font-size="11" fill="{colour}">'
                     f'{last} {name}</text>')
    return _svg(parts, title)


def stacked_bars(rows: Sequence[tuple[str, Mapping[str, int]]], keys: Sequence[str], title: str) -> str:
    """One horizontal bar per row, split by `keys` (e.g. projects by level)."""
    if not rows:
        return _empty(title, "nothing to show")
    height = 22 * len(rows) + 2 * PAD
    top = max(1, max(sum(v.get(k, 0) for k in keys) for _, v in rows))
    label_width = 150
    parts = [f'<text x="{PAD}" y="18" font-size="13" font-weight="600">{escape(title)}</text>']
    for i, (label, values) in enumerate(rows):
        y = PAD + 22 * i
        parts.append(f'<text x="{PAD}" y="{y + 13}" font-size="11">{escape(label[:24])}</text>')
        x = float(PAD + label_width)
        for key in keys:
            value = values.get(key, 0)
            if not value:
                continue
            w = (WIDTH - 2 * PAD - label_width - 40) * value / top
            parts.append(f'<rect class="bar bar-{key}" x="{x:.1f}" y="{y}" width="{max(w, 1.5):.1f}" height="16" '
                         f'fill="{COLOURS.get(key, "#607d8b")}"><title>{escape(label)}: {value} {key}</title></rect>')
            x += w
        total = sum(values.get(k, 0) for k in keys)
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 13}" font-size="11">{total}</text>')
    parts.append(_legend(keys, height - 12))
    return _svg(parts, title, height)


def day_bars(series: Mapping[str, Mapping[str, int]], days: int, title: str) -> str:
    """Counts per day, stacked by series (e.g. firewall decisions by action)."""
    today = dt.date.today()
    dates = [(today - dt.timedelta(days=d)).isoformat() for d in range(days - 1, -1, -1)]
    totals = [sum(s.get(d, 0) for s in series.values()) for d in dates]
    if not any(totals):
        return _empty(title, f"nothing in the last {days} days")
    top = max(totals)
    step = (WIDTH - 2 * PAD) / len(dates)
    parts = [_frame(title), _axis_labels(top, dt.datetime.fromisoformat(dates[0]), dt.datetime.fromisoformat(dates[-1]),
                                         end_format="%Y-%m-%d")]
    keys = sorted(series)
    for i, day in enumerate(dates):
        y = HEIGHT - PAD
        for key in keys:
            value = series[key].get(day, 0)
            if not value:
                continue
            h = (HEIGHT - 2 * PAD) * value / top
            y -= h
            parts.append(f'<rect class="bar bar-{escape(key)}" x="{PAD + i * step + 1:.1f}" y="{y:.1f}" '
                         f'width="{max(step - 2, 1):.1f}" height="{h:.1f}" fill="{COLOURS.get(key, "#607d8b")}">'
                         f'<title>{day}: {value} {escape(key)}</title></rect>')
    parts.append(_legend(keys, HEIGHT - 4))
    return _svg(parts, title)


def _svg(parts: list[str], title: str, height: int = HEIGHT) -> str:
    return (f'<svg class="plot" role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {height}" '
            f'xmlns="http://www.w3.org/2000/svg">' + "".join(parts) + "</svg>")


def _frame(title: str, right: int = PAD) -> str:
    return (f'<text x="{PAD}" y="18" font-size="13" font-weight="600">{escape(title)}</text>'
            f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - right}" y2="{HEIGHT - PAD}" stroke="#999"/>'
            f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#999"/>')


def _axis_labels(top: int, start: dt.datetime, end: dt.datetime, right: int = PAD, end_format: str = "%Y-%m-%d %H:%M") -> str:
    return (f'<text x="{PAD - 4}" y="{PAD + 4}" font-size="10" text-anchor="end">{top}</text>'
            f'<text x="{PAD - 4}" y="{HEIGHT - PAD + 4}" font-size="10" text-anchor="end">0</text>'
            f'<text x="{PAD}" y="{HEIGHT - PAD + 16}" font-size="10">{start:%Y-%m-%d}</text>'
            f'<text x="{WIDTH - right}" y="{HEIGHT - PAD + 16}" font-size="10" text-anchor="end">{end.strftime(end_format)}</text>')


def _legend(keys: Sequence[str], y: float) -> str:
    out, x = [], PAD
    for key in keys:
        out.append(f'<rect x="{x}" y="{y - 9}" width="10" height="10" fill="{COLOURS.get(key, "#607d8b")}"/>'
                   f'<text x="{x + 14}" y="{y}" font-size="11">{escape(key)}</text>')
        x += 24 + 7 * len(key)
    return "".join(out)


def _empty(title: str, why: str) -> str:
    return _svg([f'<text x="{PAD}" y="18" font-size="13" font-weight="600">{escape(title)}</text>',
                 f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" font-size="12" text-anchor="middle" fill="#777">{escape(why)}</text>'],
                title)
