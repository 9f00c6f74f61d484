
(function () {
  "use strict";
  function $(id) { return document.getElementById(id); }
  var M = JSON.parse($("hl-manifest").textContent);
  var TICKS = "healthlint-audit-checked", NOTES = "healthlint-audit-notes";
  function loadStore(k) {
    try { return JSON.parse(localStorage.getItem(k) || "{}") || {}; } catch (e) { return {}; }
  }
  function save(k, v) {
    try { localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* private mode */ }
  }
  var ticks = loadStore(TICKS), notes = loadStore(NOTES);
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }
  function link(text, href, cls) {
    if (!href) { return el("span", cls, text); }
    var a = el("a", cls, text);
    a.href = href;
    if (/^https?:/.test(href)) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  function num(n) { return Number(n).toLocaleString("en"); }
  // A path that may wrap after a slash rather than in the middle of a name.
  function pathText(node, text) {
    text.split("/").forEach(function (part, i, parts) {
      node.appendChild(document.createTextNode(part + (i < parts.length - 1 ? "/" : "")));
      if (i < parts.length - 1) { node.appendChild(el("wbr")); }
    });
    return node;
  }

  // Chunks: embedded JSON, or a script beside the page that calls healthlintChunk.
  var waiting = {}, loaded = {};
  window.healthlintChunk = function (kind, i, rows) {
    var w = waiting[kind + ":" + i];
    if (w) { w(rows); }
  };
  function chunk(kind, i) {
    var id = kind + ":" + i;
    if (loaded[id]) { return loaded[id]; }
    var inline = $("hl-" + kind + "-" + i);
    if (inline) {
      loaded[id] = Promise.resolve(JSON.parse(inline.textContent));
      inline.textContent = "";
      return loaded[id];
    }
    loaded[id] = new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      waiting[id] = function (rows) { delete waiting[id]; s.remove(); resolve(rows); };
      s.src = M.base + kind + "-" + ("000" + i).slice(-4) + ".js";
      s.onerror = function () { reject(new Error("cannot load " + s.src)); };
      document.head.appendChild(s);
    });
    return loaded[id];
  }
  function all(kind) {
    var list = [];
    for (var i = 0; i < M[kind].chunks; i++) { list.push(chunk(kind, i)); }
    return Promise.all(list).then(function (parts) { return [].concat.apply([], parts); });
  }

  // Locations: the repository's web view (--link-template), else the file beside the report.
  function quotePath(p) { return p.split("/").map(encodeURIComponent).join("/"); }
  function fileHref(path, line) {
    var p = path.replace(/^\.\//, "");
    if (M.link) {
      var url = M.link.split("{path}").join(quotePath(p)).split("{line}").join(String(line));
      return /^https?:\/\//.test(url) ? url : null;
    }
    if (p.charAt(0) === "/") { return "file://" + quotePath(p); }
    if (M.fileBase === null || M.fileBase === undefined) { return null; }
    return M.fileBase + quotePath(p);
  }
  // A source as written: "link: https://...", "doi: 10.1/x", "pmid: 123" (maybe "(from ...)").
  function sourceHref(s) {
    var m = /^(link|url): (https?:\/\/\S+)/.exec(s);
    if (m) { return m[2]; }
    m = /^doi: (?:https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)/i.exec(s);
    if (m) { return "https://doi.org/" + m[1]; }
    m = /^pmid: (?:PMID:?\s*)?(\d+)/i.exec(s);
    if (m) { return "https://pubmed.ncbi.nlm.nih.gov/" + m[1] + "/"; }
    m = /^pmcid: (PMC\d+)/i.exec(s);
    if (m) { return "https://www.ncbi.nlm.nih.gov/pmc/articles/" + m[1] + "/"; }
    return null;
  }

  // A paged, sortable, filterable table over chunked rows.
  function Table(o) {
    var self = this;
    this.o = o; this.page = 0; this.sort = null; this.dir = 1; this.view = null;
    this.rows = null; this.token = 0;
    this.tbody = $(o.table).tBodies[0];
    o.pagers.forEach(function (p) {
      $(p + "-pager").addEventListener("click", function (ev) {
        var go = ev.target.getAttribute && ev.target.getAttribute("data-go");
        if (go) { self.page += Number(go); self.show(); }
      });
    });
    Array.prototype.forEach.call($(o.table).tHead.rows[0].cells, function (th) {
      var key = th.getAttribute("data-key");
      if (!o.keys[key]) { return; }
      th.title = "Sort";
      th.addEventListener("click", function () { self.sortBy(key, th); });
    });
  }
  Table.prototype.sortBy = function (key, th) {
    this.dir = this.sort === key ? -this.dir : 1;
    this.sort = key;
    Array.prototype.forEach.call(th.parentNode.cells, function (c) {
      c.classList.remove("asc", "desc");
    });
    th.classList.add(this.dir > 0 ? "asc" : "desc");
    this.refilter();
  };
  Table.prototype.refilter = function () { this.page = 0; this.show(true); };
  Table.prototype.everything = function () {
    var self = this;
    if (this.rows) { return Promise.resolve(this.rows); }
    this.status("loading all " + num(M[this.o.kind].rows) + " rows…");
    return all(this.o.kind).then(function (rows) {
      rows.forEach(function (r, i) { r.index = i; });
      self.rows = rows; return rows;
    });
  };
  Table.prototype.status = function (text) {
    var o = this.o;
    o.pagers.forEach(function (p) { var s = $(p + "-status"); if (s) { s.textContent = text; } });
  };
  Table.prototype.show = function (rebuild) {
    var self = this, o = this.o, size = M.pageRows, token = ++this.token;
    var plain = !this.sort && !o.filtering();
    var got;
    if (plain && !this.rows) {
      // Unfiltered, unsorted: only the chunk that holds this page is read.
      var total = M[o.kind].rows, pages = Math.max(1, Math.ceil(total / size));
      this.page = Math.max(0, Math.min(this.page, pages - 1));
      var first = this.page * size, c = Math.floor(first / M.chunkRows);
      var ready = this.page === 0 && M.first && M.first[o.kind];
      got = ready ? Promise.resolve(ready) :
        M[o.kind].chunks ? chunk(o.kind, c) : Promise.resolve([]);
      got = got.then(function (rows) {
        var at = first - c * M.chunkRows;
        return { shown: rows.slice(at, at + size), total: total, first: first };
      });
    } else {
      got = this.everything().then(function (rows) {
        if (rebuild || !self.view) {
          var view = rows.filter(o.match);
          if (self.sort) {
            var key = o.keys[self.sort], dir = self.dir;
            view.sort(function (a, b) {
              var x = key(a), y = key(b);
              return (x < y ? -1 : x > y ? 1 : 0) * dir || a.index - b.index;
            });
          }
          self.view = view;
        }
        var pages = Math.max(1, Math.ceil(self.view.length / size));
        self.page = Math.max(0, Math.min(self.page, pages - 1));
        var first = self.page * size;
        return { shown: self.view.slice(first, first + size), total: self.view.length,
          first: first };
      });
    }
    return got.then(function (r) {
      if (token !== self.token) { return; }
      var body = document.createDocumentFragment();
      r.shown.forEach(function (row, i) { o.render(row, body, r.first + i + 1); });
      self.tbody.textContent = "";
      self.tbody.appendChild(body);
      var pages = Math.max(1, Math.ceil(r.total / size));
      o.pagers.forEach(function (p) {
        var pager = $(p + "-pager");
        pager.querySelector("[data-go='-1']").disabled = self.page === 0;
        pager.querySelector("[data-go='1']").disabled = self.page >= pages - 1;
        $(p + "-page").textContent = "Page " + num(self.page + 1) + " of " + num(pages);
      });
      var last = Math.min(r.first + size, r.total);
      self.status((r.total ? num(r.first + 1) + "–" + num(last) : "0") + " of " +
        num(r.total) + " " + o.nouns[r.total === 1 ? 0 : 1] + (o.extra ? o.extra() : ""));
    }, function (err) { self.status(String(err.message || err)); });
  };

  // The claim inventory. Row: [key, text, strength, cues, attributions, sources, figures,
  // registry ids, registry reference, rules, [[path, line], ...]].
  var K = 0, TEXT = 1, STRENGTH = 2, CUES = 3, ATTR = 4, SRC = 5, FIG = 6, REG = 7, REF = 8,
    RULES = 9, LOCS = 10;
  var f = { text: $("f-text"), strength: $("f-strength"), rule: $("f-rule"),
    folder: $("f-folder"), findings: $("f-findings"), unsourced: $("f-unsourced"),
    many: $("f-many"), hide: $("f-hide") };
  function inFolder(locs, folder) {
    if (!folder) { return true; }
    return locs.some(function (l) { return l[0].indexOf(folder + "/") === 0; });
  }
  function searchText(row) {
    if (row.search === undefined) {
      row.search = [row[TEXT], row[ATTR].join(" "), row[SRC].join(" "), row[FIG].join(" "),
        row[REG].join(" "), row[RULES].join(" "),
        row[LOCS].map(function (l) { return l[0]; }).join(" "),
        notes[row[K]] || ""].join(" ").toLowerCase();
    }
    return row.search;
  }
  function pageCount(row) {
    if (row.pages === undefined) {
      var seen = {};
      row[LOCS].forEach(function (l) { seen[l[0]] = 1; });
      row.pages = Object.keys(seen).length;
    }
    return row.pages;
  }
  function claimFilter() {
    return !!(f.text.value.trim() || f.strength.value || f.rule.value || f.folder.value ||
      f.findings.checked || f.unsourced.checked || f.many.checked || f.hide.checked);
  }
  function claimMatch(row) {
    var words = f.text.value.toLowerCase().split(/\s+/).filter(Boolean);
    return words.every(function (w) { return searchText(row).indexOf(w) >= 0; }) &&
      (!f.strength.value || row[STRENGTH] === f.strength.value) &&
      (!f.rule.value || row[RULES].indexOf(f.rule.value) >= 0) &&
      inFolder(row[LOCS], f.folder.value) &&
      (!f.findings.checked || row[RULES].length > 0) &&
      (!f.unsourced.checked || row[SRC].length === 0) &&
      (!f.many.checked || pageCount(row) > 1) &&
      (!f.hide.checked || !ticks[row[K]]);
  }
  function list(items, cls) {
    var ul = el("ul", "plain " + (cls || ""));
    items.forEach(function (i) { var li = el("li"); li.appendChild(i); ul.appendChild(li); });
    return ul;
  }
  function cell(tr, label, cls) {
    var td = el("td", cls);
    if (label) { td.setAttribute("data-label", label); }
    tr.appendChild(td);
    return td;
  }
  function where(td, locs) {
    function one(l) { return pathText(link("", fileHref(l[0], l[1]), "loc"), l[0] + ":" + l[1]); }
    td.appendChild(list(locs.slice(0, 2).map(one)));
    if (locs.length > 2) {
      var more = el("details", "more");
      more.appendChild(el("summary", null, "and " + num(locs.length - 2) + " more"));
      more.appendChild(list(locs.slice(2).map(one)));
      td.appendChild(more);
    }
  }
  function registry(td, row) {
    var ref = row[REF], others = row[REG].filter(function (i) { return i !== ref; });
    if (ref) {
      var entry = M.registry[ref];
      var code = el("code", "id", ref);
      if (entry) { code.title = entry[0]; }
      td.appendChild(code);
      if (entry && entry[1].length) {
        td.appendChild(list(entry[1].map(function (s) { return link(s[0], s[1], "cues"); })));
      }
    }
    if (others.length) {
      var more = el("details", "more");
      more.appendChild(el("summary", null, (ref ? "+" : "") + others.length + " related"));
      more.appendChild(list(others.map(function (i) {
        var c = el("code", "id", i);
        if (M.registry[i]) { c.title = M.registry[i][0]; }
        return c;
      })));
      td.appendChild(more);
    }
  }
  function renderClaim(row, body) {
    var key = row[K], tr = el("tr");
    tr.setAttribute("data-key", key);
    var box = el("input");
    box.type = "checkbox"; box.setAttribute("aria-label", "checked");
    box.checked = !!ticks[key];
    if (ticks[key]) { box.title = "checked " + ticks[key]; }
    tr.classList.toggle("done", box.checked);
    box.addEventListener("change", function () {
      if (box.checked) { ticks[key] = new Date().toISOString().slice(0, 10); }
      else { delete ticks[key]; }
      box.title = box.checked ? "checked " + ticks[key] : "";
      tr.classList.toggle("done", box.checked);
      save(TICKS, ticks);
      claims.status(claims.lastStatus || "");
      updateCount();
    });
    cell(tr, "Checked", "inl").appendChild(box);
    where(cell(tr, "Where", "where"), row[LOCS]);
    var text = cell(tr, null, "text");
    text.appendChild(el("div", null, row[TEXT]));
    [["cues", row[CUES]], ["attributed to", row[ATTR]], ["figures", row[FIG]]].forEach(
      function (p) { if (p[1].length) { text.appendChild(el("div", "cues", p[0] + ": " +
        p[1].join("; "))); } });
    var note = el("input", "note");
    note.type = "text"; note.placeholder = "note"; note.setAttribute("aria-label", "note");
    note.value = notes[key] || "";
    note.classList.toggle("filled", !!note.value);
    note.addEventListener("change", function () {
      if (note.value.trim()) { notes[key] = note.value; } else { delete notes[key]; }
      note.classList.toggle("filled", !!note.value.trim());
      row.search = undefined;
      save(NOTES, notes);
    });
    text.appendChild(note);
    cell(tr, "Strength", "inl").appendChild(el("span", "pill s-" + row[STRENGTH], row[STRENGTH]));
    cell(tr, "Pages", "num inl").textContent = num(pageCount(row));
    var src = cell(tr, "Sources", "sources");
    if (row[SRC].length) {
      src.appendChild(list(row[SRC].map(function (s) { return link(s, sourceHref(s)); })));
    } else { src.appendChild(el("span", "none", "none")); }
    registry(cell(tr, "Registry", "registry"), row);
    var rules = cell(tr, "Rules");
    row[RULES].forEach(function (r) { rules.appendChild(el("span", "pill rule", r)); });
    body.appendChild(tr);
  }
  var rank = M.strengthRank;
  var claims = new Table({
    kind: "claims", table: "inventory-table", pagers: ["claims", "claims2"],
    nouns: ["claim", "claims"],
    filtering: claimFilter, match: claimMatch, render: renderClaim,
    extra: function () { return " · " + num(Object.keys(ticks).length) + " checked"; },
    keys: {
      where: function (r) {
        return r[LOCS][0][0] + "\u0000" + ("0000000" + r[LOCS][0][1]).slice(-8);
      },
      text: function (r) { return r[TEXT].toLowerCase(); },
      strength: function (r) { return -(rank[r[STRENGTH]] || 0); },
      pages: function (r) { return -pageCount(r); },
      sources: function (r) { return r[SRC].length; },
      registry: function (r) { return r[REF] || "\uffff"; },
      rules: function (r) { return -r[RULES].length; }
    }
  });
  var oldStatus = claims.status;
  claims.status = function (t) { this.lastStatus = t; oldStatus.call(this, t); };
  function updateCount() {
    var t = claims.lastStatus || "";
    claims.status(t.replace(/ · [\d,]+ checked$/, "") + " · " +
      num(Object.keys(ticks).length) + " checked");
  }
  Object.keys(f).forEach(function (k) {
    var timer = null;
    f[k].addEventListener(k === "text" ? "input" : "change", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { claims.refilter(); }, k === "text" ? 200 : 0);
    });
  });

  // CSV: every claim with a tick or a note (RFC 4180; a cell that a spreadsheet would take
  // for a formula is prefixed with an apostrophe).
  function csvCell(v) {
    var s = String(v === undefined || v === null ? "" : v);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function csv(rows) {
    var head = ["key", "checked", "note", "where", "pages", "claim", "strength", "sources",
      "registry", "rules"];
    var lines = [head.join(",")];
    rows.forEach(function (r) {
      var key = r[K];
      if (!ticks[key] && !notes[key]) { return; }
      lines.push([key, ticks[key] || "", notes[key] || "",
        r[LOCS].map(function (l) { return l[0] + ":" + l[1]; }).join("; "), pageCount(r),
        r[TEXT], r[STRENGTH], r[SRC].join("; "), r[REF] || "", r[RULES].join(" ")
      ].map(csvCell).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  }
  window.healthlintCsv = function () { return claims.everything().then(csv); };
  $("export-csv").addEventListener("click", function () {
    claims.everything().then(function (rows) {
      var blob = new Blob(["\ufeff" + csv(rows)], { type: "text/csv;charset=utf-8" });
      var a = el("a");
      a.href = URL.createObjectURL(blob);
      a.download = "healthlint-audit-checks.csv";
      document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
      claims.show();
    });
  });

  // Files, worst first. Row: [path, score, errors, warnings, info, claims, findings chunk].
  var ff = { text: $("ff-text"), folder: $("ff-folder") };
  function renderFinding(tr, x, path) {
    cell(tr, "Line", "loc inl").appendChild(link(x[0] + ":" + x[1], fileHref(path, x[0])));
    cell(tr, "Level", "inl").appendChild(el("span", "pill " + x[2], x[2]));
    cell(tr, "Rule", "inl").appendChild(el("code", "id", x[3]));
    var msg = cell(tr, "Message");
    msg.appendChild(el("div", null, x[4]));
    if (x[5]) { msg.appendChild(el("div", "cues", x[5])); }
    cell(tr, "Flagged text").textContent = x[6];
  }
  function renderFile(row, body, n) {
    var tr = el("tr"), path = row[0];
    cell(tr, "#", "num inl").textContent = num(n);
    cell(tr, "File", "loc").appendChild(pathText(link("", fileHref(path, 1), "loc"), path));
    ["Score", "Errors", "Warnings", "Info", "Claims"].forEach(function (label, i) {
      cell(tr, label, "num inl").textContent = num(row[i + 1]);
    });
    var button = el("button", null, "show");
    button.type = "button";
    cell(tr).appendChild(button);
    body.appendChild(tr);
    var detail = null;
    button.addEventListener("click", function () {
      if (detail) { detail.remove(); detail = null; button.textContent = "show"; return; }
      button.textContent = "hide";
      detail = el("tr", "detail");
      var td = cell(detail);
      td.colSpan = 8;
      tr.after(detail);
      chunk("findings", row[6]).then(function (data) {
        var t = el("table", "stack"), tb = el("tbody");
        (data[path] || []).forEach(function (x) {
          var r = el("tr"); renderFinding(r, x, path); tb.appendChild(r);
        });
        t.appendChild(tb); td.appendChild(t);
      });
    });
  }
  if ($("files-table")) {
    var files = new Table({
      kind: "files", table: "files-table", pagers: ["files"],
      nouns: ["file with findings", "files with findings"],  // "1 of 1 file", not "1 files"
      filtering: function () { return !!(ff.text.value.trim() || ff.folder.value); },
      match: function (r) {
        var words = ff.text.value.toLowerCase().split(/\s+/).filter(Boolean);
        return words.every(function (w) { return r[0].toLowerCase().indexOf(w) >= 0; }) &&
          (!ff.folder.value || r[0].indexOf(ff.folder.value + "/") === 0);
      },
      render: renderFile,
      keys: {
        path: function (r) { return r[0]; }, score: function (r) { return -r[1]; },
        error: function (r) { return -r[2]; }, warning: function (r) { return -r[3]; },
        info: function (r) { return -r[4]; }, claims: function (r) { return -r[5]; }
      }
    });
    ff.text.addEventListener("input", function () { files.refilter(); });
    ff.folder.addEventListener("change", function () { files.refilter(); });
    files.show();
  }

  // Static tables (findings by rule): sorted in place.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (t) {
    Array.prototype.forEach.call(t.tHead.rows[0].cells, function (th, col) {
      var how = th.getAttribute("data-sort");
      if (!how) { return; }
      var dir = 1;
      th.addEventListener("click", function () {
        var rows = Array.prototype.slice.call(t.tBodies[0].rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].textContent, y = b.cells[col].textContent;
          return (how === "num" ? Number(y) - Number(x) : x.localeCompare(y)) * dir;
        });
        Array.prototype.forEach.call(th.parentNode.cells, function (c) {
          c.classList.remove("asc", "desc");
        });
        th.classList.add(dir > 0 ? "asc" : "desc");
        dir = -dir;
        rows.forEach(function (r) { t.tBodies[0].appendChild(r); });
      });
    });
  });
  // When the first page of the inventory is on screen: for tests and load-time benchmarks.
  claims.show().then(function () {
    document.documentElement.setAttribute("data-ready", String(Math.round(performance.now())));
  });
})();
