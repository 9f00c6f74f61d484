"""The audit page's inline CSS and vanilla JS: no network, no library, no external asset."""

from __future__ import annotations

CSS = """
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --bg: #fff; --panel: #f6f8fa;
  --border: #d1d9e0; --error: #cf222e; --warning: #9a6700; --info: #0969da; --done: #eef6ee; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: var(--bg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  sans-serif; }
main { max-width: 1480px; margin: 0 auto; padding: 24px 32px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 6px;
  border-bottom: 1px solid var(--border); }
.muted, .cues { color: var(--muted); }
.cues { font-size: 12px; margin-top: 2px; }
nav a { margin-right: 16px; color: var(--info); text-decoration: none; }
code, .loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 12.5px; overflow-wrap: anywhere; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(128px, 1fr));
  gap: 12px; margin: 16px 0; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px;
  background: var(--panel); }
.card b { display: block; font-size: 26px; font-variant-numeric: tabular-nums; }
.card.error b { color: var(--error); } .card.warning b { color: var(--warning); }
.card.info b { color: var(--info); }
table { border-collapse: separate; border-spacing: 0; width: 100%; }
th { position: sticky; top: 0; z-index: 1; background: var(--panel); text-align: left;
  font-weight: 600; white-space: nowrap; }
th, td { padding: 6px 10px; border-bottom: 1px solid var(--border); vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { max-height: 78vh; overflow: auto; border: 1px solid var(--border); border-radius: 8px; }
.scroll.short { max-height: 460px; }
.bar { display: flex; height: 14px; min-width: 220px; margin-top: 3px; }
.bar span { display: block; height: 100%; }
.bar .error, .legend .error { background: var(--error); }
.bar .warning, .legend .warning { background: var(--warning); }
.bar .info, .legend .info { background: var(--info); }
.legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
.nowrap { white-space: nowrap; }
a code { color: var(--info); }
a { text-decoration: none; } a:hover { text-decoration: underline; }
.pill { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 12px;
  border: 1px solid var(--border); background: var(--panel); white-space: nowrap;
  margin: 1px 2px 1px 0; }
.pill.error, .s-absolute { color: #fff; background: var(--error); border-color: var(--error); }
.pill.warning { color: #fff; background: var(--warning); border-color: var(--warning); }
.s-direct { color: #fff; background: #bc4c00; border-color: #bc4c00; }
.s-conditional { background: #fff8c5; border-color: #d4a72c; }
.s-correlational { background: #ddf4ff; border-color: #54aeff; }
.pill.info { color: #fff; background: var(--info); border-color: var(--info); }
.pill.rule { background: #ffebe9; border-color: #ff8182; }
.none { color: var(--error); font-weight: 600; font-size: 12px; }
ul.plain { list-style: none; margin: 0; padding: 0; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center;
  padding: 10px 12px; margin: 8px 0; background: var(--panel); border-radius: 8px; }
.filters input[type=search] { width: 280px; padding: 5px 8px; font: inherit;
  border: 1px solid var(--border); border-radius: 6px; }
.filters select { padding: 4px; font: inherit; }
#shown { margin-left: auto; color: var(--muted); }
#inventory-table tr.done td { background: var(--done); }
#inventory-table tr.done .text { color: var(--muted); }
#inventory-table td.text { min-width: 300px; max-width: 560px; }
#inventory-table li { overflow-wrap: anywhere; }
#inventory-table td.where { min-width: 11em; max-width: 22em; overflow-wrap: normal; }
details { border-bottom: 1px solid var(--border); padding: 6px 0; }
details table { margin: 8px 0; }
summary { cursor: pointer; }
.errors li { color: var(--error); }
"""

# Rows carry data-* attributes; the filters only read them and the row's text.
JS = """
(function () {
  "use strict";
  var KEY = "healthlint-audit-checked";
  var store = {};
  try { store = JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { store = {}; }
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(store)); } catch (e) { /* private mode */ }
  }
  function $(id) { return document.getElementById(id); }
  var rows = Array.prototype.slice.call(document.querySelectorAll("#inventory-table tbody tr"));
  var text = $("f-text"), strength = $("f-strength"), rule = $("f-rule"),
    flagged = $("f-findings"), unsourced = $("f-unsourced"), hide = $("f-hide"),
    shown = $("shown");
  rows.forEach(function (row) {
    row.searchText = row.textContent.toLowerCase();
    var box = row.querySelector("input[type=checkbox]");
    row.box = box;
    var when = store[row.getAttribute("data-key")];
    box.checked = !!when;
    if (when) { box.title = "checked " + when; }
    row.classList.toggle("done", box.checked);
    box.addEventListener("change", function () {
      var key = row.getAttribute("data-key");
      if (box.checked) { store[key] = new Date().toISOString().slice(0, 10); }
      else { delete store[key]; }
      box.title = box.checked ? "checked " + store[key] : "";
      row.classList.toggle("done", box.checked);
      save();
      update();
    });
  });
  function update() {
    var words = text.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0, done = 0;
    rows.forEach(function (row) {
      var rules = " " + row.getAttribute("data-rules") + " ";
      var ok = words.every(function (w) { return row.searchText.indexOf(w) >= 0; }) &&
        (!strength.value || row.getAttribute("data-strength") === strength.value) &&
        (!rule.value || rules.indexOf(" " + rule.value + " ") >= 0) &&
        (!flagged.checked || rules.trim() !== "") &&
        (!unsourced.checked || row.getAttribute("data-unsourced") === "1") &&
        (!hide.checked || !row.box.checked);
      row.hidden = !ok;
      if (ok) { count++; }
      if (row.box.checked) { done++; }
    });
    shown.textContent = count + " of " + rows.length + " claims shown \\u00b7 " + done +
      " checked";
  }
  [text, strength, rule, flagged, unsourced, hide].forEach(function (el) {
    el.addEventListener("input", update);
    el.addEventListener("change", update);
  });
  function openTarget() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  update();
})();
"""
