#!/usr/bin/env bash
# Regenerate the committed outputs of every example article: NAME.check.out (the text report),
# NAME.json (the JSON contract) and NAME.html (the HTML report). Run from the project root with
# lawref installed:  bash examples/regenerate.sh
set -u
cd "$(dirname "$0")/.."
export NO_COLOR=1 COLUMNS=100
for article in examples/*.txt examples/*.md examples/*.html; do
  [ -e "$article" ] || continue
  case "$article" in *.check.*) continue ;; esac
  name="${article%.*}"
  [ "$article" = "$name.html" ] && continue  # an .html here is a report, not an article
  lawref check "$article" --format text >"$name.check.out"
  lawref check "$article" --format json >"$name.json"
  lawref check "$article" --format html -o "$name.html" 2>/dev/null
  echo "$article: $(grep -m1 -E "^[0-9]+ quotes" "$name.check.out")"
done
# The README's screenshot of the HTML report (needs Chromium and Playwright; see README "Reports").
LAWREF_SCREENSHOT=1 python -m pytest -q tests/test_browser.py -k screenshot >/dev/null \
  && echo "examples/report.png: screenshot taken" || echo "examples/report.png: not regenerated (no browser)"
