"""Compare the friendship paradox across a sweep of runs, from their report.json files.

    for size in 500 1000 2000; do
      agora run Worlds/quickstart.yaml --set population.size=$size --out sweep --quiet --report --format json
    done
    python3 Analysis/examples/compare_fp_sweep.py sweep/*/report.json --out fp.csv

Prints one row per run: the config hash, seed, the four directed paradox fractions (weak and
strong), the generalized paradox for activity and virality, and the emergence of the paradox
over the run (names as in docs/metrics.md), and writes them to a CSV. Runs written without
``--report`` can be reported afterwards with ``agora report RUN_ID --runs sweep --format json``.
"""

from __future__ import annotations

import argparse
import json
import pathlib

import pandas as pd

COLUMNS = [
    "friendship_paradox.followees.followers.weak_fraction",
    "friendship_paradox.followees.followers.strong_fraction",
    "friendship_paradox.followers.followers.weak_fraction",
    "friendship_paradox.followees.followees.weak_fraction",
    "friendship_paradox.followers.followees.weak_fraction",
    "friendship_paradox.followees.posts.weak_fraction",
    "friendship_paradox.followees.reposts_received.weak_fraction",
    "friendship_paradox.emergence.initial_weak_fraction",
    "friendship_paradox.emergence.change",
    "population.agents",
]


def row(path: pathlib.Path) -> dict:
    report = json.loads(path.read_text())
    values = {name: report["metrics"].get(name, {}).get("value") for name in COLUMNS}
    return {"run": report["run"]["label"], "config_hash": report["run"]["config_hash"][:8],
            "seed": report["run"]["seed"], **values}


def main() -> None:
    parser = argparse.ArgumentParser(description="Compare friendship-paradox metrics across runs.")
    parser.add_argument("reports", nargs="+", help="report.json files")
    parser.add_argument("--out", default="fp.csv", help="CSV to write")
    args = parser.parse_args()
    table = pd.DataFrame([row(pathlib.Path(p)) for p in args.reports]).sort_values(["config_hash", "seed"])
    table.to_csv(args.out, index=False)
    short = table.rename(columns=lambda c: c.replace("friendship_paradox.", "fp."))
    with pd.option_context("display.width", 200, "display.max_columns", None):
        print(short.to_string(index=False))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
