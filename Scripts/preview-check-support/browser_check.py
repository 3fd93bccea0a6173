"""Drives headless Chromium through `pixc preview --serve` (see Scripts/preview-check).

Usage: browser_check.py BASE_URL SCREENSHOT_FOLDER
Exits 1 on any failed expectation, serious accessibility violation or console error.
"""
import json
import os
import sys
import time

import selenium_axe_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = sys.argv[1].rstrip("/") + "/"
SHOTS = sys.argv[2]
os.makedirs(SHOTS, exist_ok=True)
AXE = open(os.path.join(os.path.dirname(selenium_axe_python.__file__), "axe-core", "axe.min.js"), encoding="utf-8").read()

failures = []
audited = []


def fail(message):
    failures.append(message)
    print("FAIL " + message)


def pix_shuffle(count, seed):
    """mon-pix's pshuffle (Park-Miller, 48271 mod 2^31-1, first value dropped) on 0..count-1."""
    modulus = 2147483647
    state = seed % modulus if seed >= 0 else -((-seed) % modulus)
    if state <= 0:
        state += modulus - 1
    state = state * 48271 % modulus
    positions = list(range(count))
    remaining = count
    while remaining:
        state = state * 48271 % modulus
        pick = state % remaining
        remaining -= 1
        positions[remaining], positions[pick] = positions[pick], positions[remaining]
    return positions


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1200",
                 "--disable-gpu", "--lang=en-US", "--force-device-scale-factor=1"]:
    options.add_argument(argument)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 20)


def console_errors(where):
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            fail(f"console error on {where}: {entry.get('message')}")


def audit(where):
    """axe-core on the current page, every hidden part opened; serious and critical fail."""
    driver.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });")
    driver.execute_script(AXE)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
        ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
        "  return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, target: v.nodes[0] && v.nodes[0].target}; }))); })"
        ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0}])); });")
    violations = json.loads(result)
    serious = [v for v in violations if v["impact"] in ("serious", "critical")]
    audited.append((where, violations))
    for v in violations:
        print(f"  axe {v['impact']}: {v['id']} ({v['nodes']} node(s)) {v['help']} {v.get('target')}")
    for v in serious:
        fail(f"accessibility on {where}: {v['id']} ({v['impact']}): {v['help']}")
    driver.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = false; });")


def screenshot(name):
    """The whole page (up to 6000 px), through the DevTools protocol's device metrics."""
    height = driver.execute_script("return Math.min(document.documentElement.scrollHeight, 6000);")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": max(800, height), "deviceScaleFactor": 1, "mobile": False})
    path = os.path.join(SHOTS, name + ".png")
    driver.save_screenshot(path)
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    print(f"  screenshot {path}")


def author_tests(kind):
    """The author tests listed on the page (accept or reject): texts, or key/value lists."""
    headings = driver.find_elements(By.CSS_SELECTOR, ".author h3")
    driver.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; });")
    tests = []
    for heading in headings:
        if ("must be accepted" in heading.text) == (kind == "accept") and "must be" in heading.text:
            lists = heading.find_elements(By.XPATH, "following-sibling::*[1][self::ul]")
            for item in (lists[0].find_elements(By.TAG_NAME, "li") if lists else []):
                codes = [c.get_attribute("textContent") for c in item.find_elements(By.TAG_NAME, "code")]
                tests.append(codes[0] if len(codes) == 1 else list(zip(codes[0::2], codes[1::2])))
    driver.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = false; });")
    return tests


def give(kind, test):
    """Types or ticks an author test's answer. QCU/QCM answers are authored option numbers."""
    driver.execute_script("document.querySelectorAll('#answer-form input[type=radio], #answer-form input[type=checkbox]')"
                          ".forEach(function (i) { i.checked = false; });")
    if kind in ("QCU", "QCM"):
        for number in [n.strip() for n in test.split(",") if n.strip()]:
            driver.find_element(By.CSS_SELECTOR, f"#answer-form .options input[value='{number}']").click()
    elif kind == "QROC":
        field = driver.find_element(By.CSS_SELECTOR, "#answer-form .answer-input")
        field.clear()
        if field.get_attribute("type") == "number":
            # A number field reports "2.5" for the "2,5" a French-speaking learner types; this
            # browser runs in English, where the field would drop the comma.
            test = test.replace(",", ".", 1).replace(" ", "")
        field.send_keys(test)
    else:
        for key, value in test:
            field = driver.find_element(By.CSS_SELECTOR, f"#answer-form .answer-input[data-key='{key}']")
            if field.tag_name == "select":
                driver.execute_script("arguments[0].value = arguments[1];", field, value)
            else:
                field.clear()
                field.send_keys(value)


def verdict_after_submit(expected):
    driver.execute_script("document.getElementById('verdict').className = 'verdict'; document.getElementById('verdict').textContent = '';")
    driver.find_element(By.CSS_SELECTOR, "#answer-form button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#verdict.ok, #verdict.ko")))
    element = driver.find_element(By.ID, "verdict")
    got = "ok" if "ok" in element.get_attribute("class").split() else "ko"
    text = element.text.replace("\n", " | ")
    if got != expected:
        fail(f"{driver.current_url}: expected {expected}, the page says: {text}")
    return text


# Home page.
driver.get(BASE)
wait.until(EC.presence_of_element_located((By.ID, "challenge-list")))
# Unfold the first competence of the CRCN so the screenshot shows a coverage table.
driver.execute_script("var d = Array.from(document.querySelectorAll('details.competence')).find(function (d) {"
                      " return d.querySelector('summary').textContent.indexOf('1.1 Mener') === 0; }); if (d) d.open = true;")
screenshot("home")
search = driver.find_element(By.ID, "search")
search.send_keys("reseau")
visible = [li for li in driver.find_elements(By.CSS_SELECTOR, "#challenge-list li") if li.is_displayed()]
if not driver.find_element(By.ID, "all-challenges").get_attribute("open"):
    fail("searching does not unfold the list of challenges")
total = len(driver.find_elements(By.CSS_SELECTOR, "#challenge-list li"))
if not 0 < len(visible) < total:
    fail(f"search 'reseau' shows {len(visible)} of {total} challenges")
print(f"home: {total} challenges listed; searching 'reseau' keeps {len(visible)}")
search.clear()
search.send_keys(Keys.BACKSPACE)
audit("home")
console_errors("home")

# One challenge of each kind, with author tests to answer right and wrong.
entries = []
for li in driver.find_elements(By.CSS_SELECTOR, "#challenge-list li"):
    link = li.find_element(By.TAG_NAME, "a")
    tags = [t.get_attribute("textContent") for t in li.find_elements(By.CSS_SELECTOR, ".tag")]
    entries.append((link.get_attribute("href"), link.get_attribute("textContent"), tags))

wanted = [("QCU", "qcu", False), ("QCM", "qcm", False), ("QROC", "qroc-dataset", True), ("QROCM-ind", "qrocm", False)]
for kind, name, needs_variants in wanted:
    chosen = None
    for href, ident, tags in entries:
        if kind not in tags or (needs_variants and not any(t.startswith("Variants") for t in tags)):
            continue
        if any("error" in t and not t.startswith("pixc check: 0 errors") for t in tags):
            continue
        driver.get(href)
        wait.until(EC.presence_of_element_located((By.ID, "answer-form")))
        accept, reject = author_tests("accept"), author_tests("reject")
        if accept and reject:
            chosen = (href, ident, accept[0], reject[0])
            break
    if not chosen:
        fail(f"no {kind} challenge with author tests{' and variants' if needs_variants else ''}")
        continue
    href, ident, right, wrong = chosen
    page_kind = "QROCM" if kind.startswith("QROCM") else kind
    print(f"{kind}: {ident}")
    if needs_variants:
        links = driver.find_elements(By.CSS_SELECTOR, ".variants a")
        print(f"  {len(links)} variants linked")
        if len(links) < 2:
            fail(f"{ident}: fewer than 2 variant links")
        else:
            links[1].click()
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, ".variants a[aria-current=page]")))
            right, wrong = author_tests("accept")[0], author_tests("reject")[0]
            print(f"  answering variant 2: {driver.current_url}")

    if kind in ("QCU", "QCM"):
        shown = [int(p.get_attribute("data-index")) for p in driver.find_elements(By.CSS_SELECTOR, ".options .option")]
        seed = int(driver.find_element(By.ID, "seed").text)
        if shown != [i + 1 for i in pix_shuffle(len(shown), seed)]:
            fail(f"{ident}: options shown {shown}, Pix would show {[i + 1 for i in pix_shuffle(len(shown), seed)]}")
        driver.find_element(By.ID, "reshuffle").click()
        again = [int(p.get_attribute("data-index")) for p in driver.find_elements(By.CSS_SELECTOR, ".options .option")]
        if again != [i + 1 for i in pix_shuffle(len(shown), seed + 1)]:
            fail(f"{ident}: after reshuffle {again}, Pix would show {[i + 1 for i in pix_shuffle(len(shown), seed + 1)]}")
        print(f"  options in Pix's order for assessment {seed}: {shown}; reshuffled for {seed + 1}: {again}")

    give(page_kind, right)
    text = verdict_after_submit("ok")
    print(f"  right answer {right!r}: {text}")
    screenshot(f"{name}-right")
    give(page_kind, wrong)
    text = verdict_after_submit("ko")
    print(f"  wrong answer {wrong!r}: {text}")
    screenshot(f"{name}-wrong")
    audit(ident)
    console_errors(ident)

    if kind == "QCU":
        # The keyboard alone: Tab to the first option, Space to choose it, Enter to submit.
        driver.get(driver.current_url)
        wait.until(EC.presence_of_element_located((By.ID, "answer-form")))
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        for _ in range(80):
            active = driver.switch_to.active_element
            if active.get_attribute("type") == "radio":
                break
            active.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        if active.get_attribute("type") != "radio":
            fail(f"{ident}: no option reached with the Tab key")
        else:
            outline = driver.execute_script("return getComputedStyle(document.activeElement).outlineStyle;")
            active.send_keys(Keys.SPACE)
            active.send_keys(Keys.ENTER)
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#verdict.ok, #verdict.ko")))
            print(f"  keyboard: option {active.get_attribute('value')} chosen with Space, focus outline '{outline}', "
                  f"verdict: {driver.find_element(By.ID, 'verdict').text.splitlines()[0]}")
            if outline in ("", "none"):
                fail(f"{ident}: no visible focus on the focused option")
        console_errors(ident + " (keyboard)")

driver.quit()
serious = sum(1 for _, vs in audited for v in vs if v["impact"] in ("serious", "critical"))
others = sum(1 for _, vs in audited for v in vs if v["impact"] not in ("serious", "critical"))
version = AXE[:60].split("axe v")[1].split()[0] if "axe v" in AXE[:60] else "?"
print(f"axe-core {version}: {len(audited)} pages audited, {serious} serious or critical violations, {others} minor or moderate")
if failures:
    print(f"{len(failures)} failure(s)")
    sys.exit(1)
print("preview-check: all checks passed")
