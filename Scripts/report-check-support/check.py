"""Renders a report in headless Chromium and checks its charts; see Scripts/report-check."""

import argparse
import base64
import json
import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

SIMULATION_CHARTS = {
    "flash": ["bias-rmse", "information", "exposure", "scores"],
    "max-info": ["bias-rmse", "information", "exposure"],
    "smart-random": ["bias-rmse", "information", "exposure", "competence-pix"],
}

# What the page shows, measured in the browser: each chart's box and its drawn marks.
INSPECT = """
const charts = {};
for (const svg of document.querySelectorAll('svg[data-chart]')) {
  const box = svg.getBoundingClientRect();
  const style = getComputedStyle(svg);
  let marks = 0;
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    const b = mark.getBBox();
    if (b.width > 0 || b.height > 0) marks += 1;
  }
  charts[svg.dataset.chart] = {width: box.width, height: box.height, marks: marks,
                               visible: style.display !== 'none' && style.visibility !== 'hidden'};
}
return {
  charts: charts,
  resources: performance.getEntriesByType('resource').map(e => e.name),
  scripts: document.scripts.length,
  title: document.title,
  height: Math.ceil(document.documentElement.scrollHeight),
};
"""


def expected_charts(report, given):
    if given:
        return [name for name in given.split(",") if name]
    summary = os.path.join(os.path.dirname(os.path.abspath(report)), "summary.json")
    try:
        with open(summary, encoding="utf-8") as handle:
            content = json.load(handle)
        engine = content["inputs"]["engine"]["name"]
    except (OSError, KeyError, ValueError):
        sys.exit(f"report-check: give --charts (no simulation summary.json beside {report})")
    charts = SIMULATION_CHARTS.get(engine) or sys.exit(f"report-check: unknown engine {engine} in {summary}")
    # A run with --pretest also draws the pretest plan.
    return charts + (["pretest"] if content.get("pretest") else [])


def main():
    parser = argparse.ArgumentParser(prog="Scripts/report-check")
    parser.add_argument("report")
    parser.add_argument("--charts", help="the charts the page must show, by data-chart name, separated by commas")
    parser.add_argument("--screenshot", help="where to save the full-page screenshot (default: the report with .png)")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--chart-shots", metavar="FOLDER", help="also save each chart alone, as FOLDER/NAME.png")
    arguments = parser.parse_args()
    report = os.path.abspath(arguments.report)
    if not os.path.isfile(report):
        sys.exit(f"report-check: {arguments.report}: no such file")
    expected = expected_charts(arguments.report, arguments.charts)
    screenshot = arguments.screenshot or os.path.splitext(report)[0] + ".png"

    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    problems = []
    try:
        driver.set_window_size(arguments.width, 900)
        driver.get("file://" + report)
        found = driver.execute_script(INSPECT)
        driver.set_window_size(arguments.width, min(max(900, found["height"]), 30000))
        found = driver.execute_script(INSPECT)
        shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        with open(screenshot, "wb") as handle:
            handle.write(base64.b64decode(shot["data"]))
        if arguments.chart_shots:
            os.makedirs(arguments.chart_shots, exist_ok=True)
            for element in driver.find_elements("css selector", "svg[data-chart]"):
                name = element.get_attribute("data-chart")
                element.screenshot(os.path.join(arguments.chart_shots, f"{name}.png"))
        logs = driver.get_log("browser")
    finally:
        driver.quit()

    for entry in logs:
        if entry.get("level") in ("SEVERE", "ERROR"):
            problems.append(f"the page logged an error: {entry.get('message')}")
    for resource in found["resources"]:
        problems.append(f"the page loads {resource}: a report must hold everything itself")
    if found["scripts"]:
        problems.append(f"the page holds {found['scripts']} script(s): it must be readable without any")
    for name in expected:
        chart = found["charts"].get(name)
        if chart is None:
            problems.append(f"chart {name}: missing")
        elif not chart["visible"] or chart["width"] < 100 or chart["height"] < 50:
            problems.append(f"chart {name}: not displayed ({chart['width']:.0f}×{chart['height']:.0f} px)")
        elif chart["marks"] == 0:
            problems.append(f"chart {name}: nothing drawn in it")

    print(f"report-check: {arguments.report} ({found['title']}), {found['height']} px high")
    for name, chart in sorted(found["charts"].items()):
        state = "expected" if name in expected else "extra"
        print(f"  chart {name}: {chart['marks']} marks, {chart['width']:.0f}×{chart['height']:.0f} px ({state})")
    print(f"  screenshot: {screenshot}")
    for problem in problems:
        print(f"  problem: {problem}", file=sys.stderr)
    if problems:
        print(f"report-check: {len(problems)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print("report-check: ok")


if __name__ == "__main__":
    main()
