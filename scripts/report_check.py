"""Checks a rendered run report as a person would look at it (used by scripts/report-check.sh).

    python3 scripts/report_check.py --dom DOM.html --png SHOT.png --log CHROMIUM.log

Fails (exit 1, one line per problem) when:
- Chromium logged a console message (script error, blocked resource, CSP violation);
- the DOM holds a <script>, an <img>, an <iframe> or a reference to http(s) other than the SVG
  namespace (the report must be self-contained and inert);
- a chart (<svg data-marks=…>) has no plotted mark, or a figure says it has no data (except the
  exposure chart, whose metrics only exist with the recommender's exposure accumulator);
- the screenshot is blank: almost every pixel the same colour.
The PNG is decoded with zlib and numpy (no imaging library needed).
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
import zlib

import numpy as np

OPTIONAL_EMPTY = ("Exposure metrics over the run",)


def read_png(path: str) -> np.ndarray:
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG")
    offset, chunks, header = 8, [], None
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind = data[offset + 4:offset + 8]
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, color, _, _, interlace = header
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG layout depth={depth} color={color} interlace={interlace}")
    channels = 3 if color == 2 else 4
    raw = np.frombuffer(zlib.decompress(b"".join(chunks)), dtype=np.uint8)
    stride = width * channels
    rows = raw.reshape(height, stride + 1)
    image = np.zeros((height, stride), dtype=np.uint8)
    previous = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        kind, line = rows[y, 0], rows[y, 1:].astype(np.int32)
        if kind == 0:
            out = line
        elif kind == 1:
            out = np.cumsum(line.reshape(width, channels), axis=0).reshape(-1) & 0xFF
        elif kind == 2:
            out = (line + previous) & 0xFF
        elif kind in (3, 4):
            out = _sequential(line.tolist(), previous.tolist(), channels, kind)
        else:
            raise ValueError(f"bad PNG filter {kind}")
        image[y] = out
        previous = np.asarray(out, dtype=np.int32)
    return image.reshape(height, width, channels)[:, :, :3]


def _sequential(line: list, previous: list, channels: int, kind: int) -> list:
    """Undo the Average (3) or Paeth (4) filter of one row (each byte depends on its left neighbour)."""
    out = line
    for x in range(len(out)):
        a = out[x - channels] if x >= channels else 0
        b = previous[x]
        if kind == 3:
            out[x] = (out[x] + ((a + b) >> 1)) & 0xFF
        else:
            c = previous[x - channels] if x >= channels else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            out[x] = (out[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 0xFF
    return out


def check_dom(dom: str) -> list[str]:
    problems = []
    lowered = dom.lower()
    for tag in ("<script", "<img", "<iframe", "<object", "<embed"):
        if tag in lowered:
            problems.append(f"the page contains {tag}…> (agent text not escaped, or an active element)")
    for url in re.findall(r"https?://[^\"'\s<>)]+", dom):
        if not url.startswith("http://www.w3.org/2000/svg"):
            problems.append(f"the page references {url} (it must be self-contained)")
    charts = re.findall(r'<svg[^>]*aria-label="([^"]*)"[^>]*data-marks="(\d+)"', dom)
    if len(charts) < 8:
        problems.append(f"only {len(charts)} charts with marks; expected at least 8")
    for title, marks in charts:
        plotted = 0
        if int(marks) == 0:
            problems.append(f"chart '{title}' has no plotted marks")
        plotted += int(marks)
    for title in re.findall(r'<figure class="chart empty"><figcaption>([^<]*)</figcaption>', dom):
        if title not in OPTIONAL_EMPTY:
            problems.append(f"chart '{title}' is empty (no data)")
    # Marks actually present in the DOM, per chart.
    for svg in re.findall(r"<svg.*?</svg>", dom, flags=re.S):
        label = re.search(r'aria-label="([^"]*)"', svg)
        count = len(re.findall(r'class="mark"', svg))
        declared = re.search(r'data-marks="(\d+)"', svg)
        if declared and count != int(declared.group(1)):
            problems.append(f"chart '{label.group(1) if label else '?'}' declares {declared.group(1)} marks but has {count}")
    return problems


def check_png(path: str) -> list[str]:
    image = read_png(path)
    flat = image.reshape(-1, 3)
    background = np.median(flat, axis=0)
    differing = np.any(np.abs(flat.astype(np.int32) - background) > 24, axis=1).mean()
    colours = len(np.unique(flat[:: max(1, len(flat) // 200_000)], axis=0))
    problems = []
    if differing < 0.02:
        problems.append(f"the screenshot is almost blank: {differing:.2%} of pixels differ from the background")
    if colours < 16:
        problems.append(f"the screenshot has only {colours} colours")
    print(f"screenshot {image.shape[1]}x{image.shape[0]}: {differing:.1%} non-background pixels, {colours} colours (sampled)")
    return problems


def check_log(path: str) -> list[str]:
    problems = []
    for line in open(path, errors="replace"):
        if "CONSOLE" in line or "Uncaught" in line or "Refused to" in line:
            problems.append(f"console: {line.strip()}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dom", required=True)
    parser.add_argument("--png", required=True)
    parser.add_argument("--log", action="append", default=[])
    args = parser.parse_args()
    problems = check_dom(open(args.dom, encoding="utf-8").read()) + check_png(args.png)
    for log in args.log:
        problems += check_log(log)
    for problem in problems:
        print(f"report-check: {problem}", file=sys.stderr)
    if not problems:
        print("report-check: the report renders with every chart plotted and no console message")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
