"""Plot the daily active users of several runs on one chart (an SVG file, no plotting library).

    python3 Analysis/examples/plot_dau.py runs/quickstart-*/trace.agtrace --out dau.svg

Each trace is read with ``agora_trace``; DAU on day d is the number of distinct agents with a
``session_start`` on that day (the definition of ``activity.dau`` in docs/metrics.md). A CSV with
one column per run is written next to the SVG (``dau.csv``) for spreadsheets or matplotlib.
"""

from __future__ import annotations

import argparse
import html
import pathlib
import sys

import pandas as pd

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1]))
import agora_trace as at  # noqa: E402

DAY_MS = 86_400_000
COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]


def dau(trace_path: str) -> pd.Series:
    """DAU per simulated day of one trace."""
    trace = at.read_trace(trace_path, strict=False)
    days = -(-trace.header["horizon_ms"] // DAY_MS)
    starts = trace.kind_frame("session_start")
    counts = starts.assign(day=starts["time_ms"] // DAY_MS).groupby("day")["agent"].nunique()
    return counts.reindex(range(days), fill_value=0)


def label(trace_path: str) -> str:
    path = pathlib.Path(trace_path)
    return path.parent.name if path.name == "trace.agtrace" else path.stem


def svg_lines(table: pd.DataFrame, title: str, y_label: str) -> str:
    """A minimal line chart of every column of ``table`` (index = day)."""
    width, height, left, bottom, top = 720, 380, 70, 60, 40
    plot_w, plot_h = width - left - 20, height - top - bottom
    x_max = max(1, table.index.max())
    y_max = max(1.0, float(table.max().max())) * 1.05
    def px(x): return left + x / x_max * plot_w
    def py(y): return top + (1 - y / y_max) * plot_h
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 20 * len(table.columns)}" '
             f'font-family="sans-serif" font-size="12">',
             f'<text x="{width / 2}" y="22" text-anchor="middle" font-size="15">{html.escape(title)}</text>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#999"/>']
    for i in range(5):
        y = y_max * i / 4
        parts.append(f'<text x="{left - 6}" y="{py(y) + 4:.1f}" text-anchor="end">{y:.0f}</text>')
    for day in table.index:
        parts.append(f'<text x="{px(day):.1f}" y="{top + plot_h + 16}" text-anchor="middle">{day}</text>')
    for i, column in enumerate(table.columns):
        colour = COLOURS[i % len(COLOURS)]
        points = " ".join(f"{px(d):.1f},{py(v):.1f}" for d, v in table[column].items())
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        y = height + 14 + 20 * i
        parts.append(f'<rect x="{left}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
                     f'<text x="{left + 18}" y="{y}">{html.escape(str(column))}</text>')
    parts.append(f'<text x="{left + plot_w / 2}" y="{top + plot_h + 40}" text-anchor="middle">simulated day</text>')
    parts.append(f'<text transform="translate(18,{top + plot_h / 2}) rotate(-90)" text-anchor="middle">{html.escape(y_label)}</text>')
    return "\n".join(parts + ["</svg>"])


def main() -> None:
    parser = argparse.ArgumentParser(description="Plot DAU of several runs.")
    parser.add_argument("traces", nargs="+", help="trace files (OUT/<run-id>/trace.agtrace)")
    parser.add_argument("--out", default="dau.svg", help="SVG to write (a CSV is written next to it)")
    args = parser.parse_args()
    table = pd.DataFrame({label(path): dau(path) for path in args.traces})
    table.index.name = "day"
    out = pathlib.Path(args.out)
    out.write_text(svg_lines(table, "Daily active users", "active agents"))
    table.to_csv(out.with_suffix(".csv"))
    print(f"wrote {out} and {out.with_suffix('.csv')}")


if __name__ == "__main__":
    main()
