#!/usr/bin/env bash
# `make report-check`: render a small world's report in headless Chromium and check it as a person
# would (scripts/report_check.py): no console message, nothing active or fetched, every chart
# plotted, and a screenshot that is not blank. Installs Debian's `chromium` when missing (as root,
# like `make deps`). Leaves the report and screenshot in $REPORT_CHECK_DIR (default
# .build/report-check) for a look.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${REPORT_CHECK_DIR:-.build/report-check}"
AGORA="${AGORA_BIN:-.build/debug/agora}"

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ]; then
    echo "installing chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
  else
    echo "chromium is missing; run: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

if [ -z "${AGORA_BIN:-}" ]; then swift build --product agora; fi
rm -rf "$OUT"
mkdir -p "$OUT"
RUN_ID=$("$AGORA" run Worlds/quickstart.yaml --set population.size=1500 --set horizon=10d \
  --out "$OUT/runs" --quiet --report --format html,md,json)
REPORT="$(cd "$OUT/runs/$RUN_ID" && pwd)/report.html"
echo "report: $REPORT"

CHROMIUM=(chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
  --disable-extensions --enable-logging=stderr --v=0 --user-data-dir="$OUT/chromium-profile")
timeout 120 "${CHROMIUM[@]}" --window-size=1400,4200 --screenshot="$OUT/report.png" "file://$REPORT" \
  2>"$OUT/chromium-screenshot.log" >/dev/null
timeout 120 "${CHROMIUM[@]}" --dump-dom "file://$REPORT" >"$OUT/report.dom.html" 2>"$OUT/chromium-dom.log"
echo "screenshot: $OUT/report.png"
python3 scripts/report_check.py --dom "$OUT/report.dom.html" --png "$OUT/report.png" \
  --log "$OUT/chromium-screenshot.log" --log "$OUT/chromium-dom.log"
