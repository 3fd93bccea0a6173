/// The site's style sheet and script, written into `assets/`: no external font, library or
/// network request, so the site works offline.
enum Assets {
    /// Colours chosen for contrast: text on white ≥ 7:1, links and buttons ≥ 4.5:1.
    static let css = #"""
    :root { --ink: #1d1d2b; --muted: #4a4a5a; --accent: #2c3fb4; --accent-dark: #1e2c82; --bg: #ffffff; --panel: #f3f4fa;
      --ok: #0b6b2e; --ok-bg: #e6f4ea; --ko: #a2121d; --ko-bg: #fdecee; --warn: #7a4a00; --warn-bg: #fff4e0; --border: #c5c8d8; }
    * { box-sizing: border-box; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); line-height: 1.5; }
    body { margin: 0; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
    a { color: var(--accent); }
    a:hover { color: var(--accent-dark); }
    :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--ink); color: #fff; padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 0; }
    .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; border: 0; }
    .site-header { background: var(--panel); border-bottom: 1px solid var(--border); padding: .5rem 1.25rem; }
    .site-name { margin: 0; font-weight: 700; }
    .breadcrumb { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem .75rem; }
    .breadcrumb li + li::before { content: "›"; margin-right: .75rem; color: var(--muted); }
    h1 { font-size: 1.6rem; margin: 1rem 0 .25rem; overflow-wrap: anywhere; }
    .variant-number { color: var(--muted); font-weight: 400; }
    .facts { color: var(--muted); display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin-top: 0; }
    .tag { display: inline-block; font-size: .85rem; padding: 0 .4rem; border: 1px solid var(--border); border-radius: .3rem; color: var(--muted); }
    .tag.problem { color: var(--ko); border-color: var(--ko); }
    .challenge-list { list-style: none; padding: 0; }
    .challenge-list li { padding: .4rem 0; border-bottom: 1px solid var(--border); }
    .excerpt { display: block; color: var(--muted); font-size: .9rem; }
    input[type=search] { font-size: 1rem; padding: .4rem .6rem; width: min(100%, 30rem); border: 2px solid var(--muted); border-radius: .3rem; }
    .hint { color: var(--muted); font-size: .9rem; margin-top: 0; }
    details.competence { border: 1px solid var(--border); border-radius: .4rem; margin: .4rem 0; padding: .3rem .75rem; }
    details > summary { cursor: pointer; }
    summary h2 { display: inline; font-size: 1.2rem; }
    .counts { color: var(--muted); font-size: .9rem; }
    table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .95rem; }
    th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--border); padding: .3rem .5rem; }
    .inline-list { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; }
    .gap { color: var(--warn); }
    .diagnostics { border-left: 4px solid var(--ko); background: var(--ko-bg); padding: .5rem 1rem; margin: 1rem 0; }
    .diagnostics h2 { margin: .25rem 0; font-size: 1.1rem; }
    .diagnostics ul { padding-left: 1rem; }
    .diagnostic { margin-bottom: .5rem; }
    .diagnostic span { display: block; }
    .diagnostic.warning strong { color: var(--warn); }
    .diagnostic.error strong { color: var(--ko); }
    .variants h2 { font-size: 1.1rem; margin-bottom: .25rem; }
    .variants ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
    .variants a { display: inline-block; padding: .2rem .6rem; border: 1px solid var(--accent); border-radius: .3rem; text-decoration: none; }
    .variants a[aria-current=page] { background: var(--accent); color: #fff; }
    .values dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
    .values dd { margin: 0; }
    .challenge { border: 1px solid var(--border); border-radius: .6rem; padding: .5rem 1.25rem 1rem; margin: 1.25rem 0; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
    .challenge > h2 { font-size: 1rem; color: var(--muted); font-weight: 600; }
    .instruction { font-size: 1.05rem; }
    .instruction pre, .author pre { background: var(--panel); padding: .6rem .8rem; border-radius: .3rem; overflow-x: auto; white-space: pre-wrap; }
    code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95em; }
    blockquote { border-left: 4px solid var(--border); margin: .5rem 0; padding: .1rem 1rem; color: var(--ink); }
    .illustration img { max-width: 100%; height: auto; }
    .placeholder, .embed-placeholder { border: 2px dashed var(--muted); border-radius: .4rem; padding: 1rem; color: var(--muted); background: var(--panel); }
    .notice { border-left: 4px solid var(--warn); background: var(--warn-bg); padding: .25rem 1rem; margin: .5rem 0 1rem; }
    .warning { color: var(--ko); font-weight: 600; }
    fieldset { border: 0; padding: 0; margin: 1rem 0 .5rem; }
    legend { font-weight: 600; margin-bottom: .5rem; }
    .option { display: flex; gap: .6rem; align-items: flex-start; margin: .4rem 0; padding: .5rem .75rem; border: 1px solid var(--border); border-radius: .4rem; }
    .option input { margin-top: .3rem; width: 1.1rem; height: 1.1rem; flex: none; }
    .option label { flex: 1; cursor: pointer; }
    .shuffle { color: var(--muted); font-size: .9rem; }
    .qroc-proposal, .qrocm-proposal { margin: 1rem 0; }
    .qroc-proposal label, .qrocm-proposal label { margin-right: .4rem; }
    .qroc-proposal .answer-input + label { margin-left: .4rem; }
    .qrocm-proposal__input { margin: .5rem 0; }
    .qrocm-proposal__label { display: inline; }
    .answer-input { font-size: 1rem; padding: .35rem .5rem; border: 2px solid var(--muted); border-radius: .3rem; max-width: 100%; }
    input.sentence { width: 100%; }
    textarea.answer-input { width: 100%; }
    button { font-size: 1rem; padding: .4rem .9rem; border-radius: .3rem; border: 2px solid var(--accent); background: #fff; color: var(--accent-dark); cursor: pointer; }
    button.primary { background: var(--accent); color: #fff; }
    button:hover { background: var(--accent-dark); color: #fff; }
    .verdict:empty { display: none; }
    .verdict { margin-top: 1rem; padding: .6rem 1rem; border-radius: .4rem; border: 2px solid var(--border); }
    .verdict.ok { border-color: var(--ok); background: var(--ok-bg); }
    .verdict.ko { border-color: var(--ko); background: var(--ko-bg); }
    .verdict .headline { font-weight: 700; margin: 0 0 .25rem; }
    .verdict.ok .headline { color: var(--ok); }
    .verdict.ko .headline { color: var(--ko); }
    .verdict ul { margin: .25rem 0; padding-left: 1.25rem; }
    .author details { border-top: 1px solid var(--border); padding-top: .5rem; }
    .author dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; }
    .author dd { margin: 0; }
    .reload-notice { position: sticky; top: 0; background: var(--warn-bg); border-bottom: 2px solid var(--warn); padding: .4rem 1.25rem; z-index: 5; }
    .reload-notice[hidden] { display: none; }
    """#

    static let javascript = #"""
    // pixc preview: search, option shuffling as mon-pix does it, the timer and focus notices,
    // and grading through `pixc preview --serve`. No library, no network beyond the server.
    (function () {
      "use strict";
      const body = document.body;

      // Park–Miller shuffle of mon-pix (pshuffle.js): authored positions in display order.
      function shuffledOrder(count, seed) {
        const modulus = 2147483647;
        let state = seed % modulus;
        if (state <= 0) state += modulus - 1;
        const next = function () { state = (state * 48271) % modulus; return state; };
        next();
        const positions = [];
        for (let i = 0; i < count; i++) positions.push(i);
        let remaining = count;
        while (remaining) {
          const pick = next() % remaining--;
          const t = positions[remaining]; positions[remaining] = positions[pick]; positions[pick] = t;
        }
        return positions;
      }

      // Home page search.
      const search = document.getElementById("search");
      if (search) {
        const items = Array.from(document.querySelectorAll("#challenge-list li"));
        const empty = document.getElementById("search-empty");
        const fold = function (text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); };
        const folded = document.getElementById("all-challenges");
        search.addEventListener("input", function () {
          const words = fold(search.value).split(/\s+/).filter(Boolean);
          if (words.length) folded.open = true;
          let shown = 0;
          items.forEach(function (item) {
            const key = item.getAttribute("data-search");
            const match = words.every(function (word) { return key.indexOf(word) >= 0; });
            item.hidden = !match;
            if (match) shown++;
          });
          empty.hidden = shown > 0;
        });
      }

      // Reshuffle.
      const reshuffle = document.getElementById("reshuffle");
      const options = document.querySelector(".options");
      if (reshuffle && options) {
        const output = document.getElementById("seed");
        const byIndex = {};
        Array.from(options.children).forEach(function (p) { byIndex[p.getAttribute("data-index")] = p; });
        reshuffle.addEventListener("click", function () {
          const seed = parseInt(output.textContent, 10) + 1;
          output.textContent = String(seed);
          body.setAttribute("data-seed", String(seed));
          shuffledOrder(options.children.length, seed).forEach(function (position) {
            options.appendChild(byIndex[String(position + 1)]);
          });
        });
      }

      // Timer and focus.
      let timedOut = false;
      let focusedOut = false;
      const start = document.getElementById("start-timer");
      if (start) {
        start.addEventListener("click", function () {
          start.disabled = true;
          let left = parseInt(body.getAttribute("data-timer"), 10);
          const shown = document.getElementById("time-left");
          const tick = setInterval(function () {
            left -= 1;
            const minutes = Math.floor(left / 60), seconds = left % 60;
            shown.textContent = (minutes ? minutes + " min " : "") + seconds + " s";
            if (left <= 0) {
              clearInterval(tick);
              timedOut = true;
              document.getElementById("time-up").hidden = false;
            }
          }, 1000);
        });
      }
      if (body.getAttribute("data-focus") === "true") {
        window.addEventListener("blur", function () {
          focusedOut = true;
          document.getElementById("focus-lost").hidden = false;
        });
      }

      // Grading.
      const form = document.getElementById("answer-form");
      if (form) {
        const verdict = document.getElementById("verdict");
        const texts = document.getElementById("texts");
        const type = body.getAttribute("data-type");
        const show = function (cls, headline, lines) {
          verdict.className = "verdict " + cls;
          verdict.textContent = "";
          const p = document.createElement("p");
          p.className = "headline";
          p.textContent = headline;
          verdict.appendChild(p);
          if (lines && lines.length) {
            const ul = document.createElement("ul");
            lines.forEach(function (line) { const li = document.createElement("li"); li.textContent = line; ul.appendChild(li); });
            verdict.appendChild(ul);
          }
        };
        const answer = function () {
          if (type === "QCU") {
            const checked = form.querySelector("input[name=radio]:checked");
            return checked ? { text: checked.value } : null;
          }
          if (type === "QCM") {
            const checked = Array.from(form.querySelectorAll("input[name=checkbox]:checked")).map(function (c) { return c.value; });
            return checked.length ? { text: checked.join(",") } : null;
          }
          const inputs = Array.from(form.querySelectorAll(".answer-input"));
          if (type === "QROC") {
            return inputs.length && inputs[0].value !== "" ? { text: inputs[0].value } : null;
          }
          const fields = inputs.map(function (input) { return { key: input.getAttribute("data-key"), value: input.value }; });
          return fields.some(function (f) { return f.value !== ""; }) ? { fields: fields } : null;
        };
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          const given = answer();
          if (!given) { show("", texts.getAttribute("data-empty"), []); return; }
          if (location.protocol === "file:") { show("", texts.getAttribute("data-needs-server"), []); return; }
          const certification = document.getElementById("certification");
          const request = {
            page: body.getAttribute("data-page"),
            answer: given,
            timedOut: timedOut,
            focusedOut: focusedOut,
            certification: !!(certification && certification.checked)
          };
          fetch("/api/grade", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) })
            .then(function (response) {
              if (response.status === 404) throw new Error("no server");
              if (!response.ok) throw new Error("failed");
              return response.json();
            })
            .then(function (report) { show(report.status === "ok" ? "ok" : "ko", report.headline, report.lines); })
            .catch(function (error) {
              show("", texts.getAttribute(error.message === "no server" ? "data-needs-server" : "data-failed"), []);
            });
        });
      }

      // Served pages: offer a reload when the content changed on disk.
      if (location.protocol !== "file:") {
        let known = null;
        const notice = document.getElementById("reload-notice");
        document.getElementById("reload-button").addEventListener("click", function () { location.reload(); });
        const poll = function () {
          fetch("/api/generation").then(function (r) { return r.ok ? r.json() : null; }).then(function (state) {
            if (!state) return;
            if (known === null) known = state.generation;
            else if (state.generation !== known) notice.hidden = false;
          }).catch(function () {});
        };
        poll();
        setInterval(poll, 2000);
      }
    })();
    """#
}
