// OneOnOne.Journal search: runs entirely in this browser, loads only this site's own files.
// The index is written at build time (src/OneOnOne.Journal/Search/SearchIndexWriter.cs) as scripts
// under search/ that call window.__oneononeSearch.add(kind, key, payload); they are loaded with
// <script> elements because fetch() is not allowed on file://. No eval, no innerHTML: results are
// built with DOM methods and textContent.
(function () {
  "use strict";

  var S = (window.__oneononeSearch = window.__oneononeSearch || {});
  var PAGE_SIZE = 10;
  var DROPDOWN_SIZE = 8;
  var STOP = {};
  "a an and are as at be but by for from has have i in is it its of on or our s so that the their this to was we were with"
    .split(" ").forEach(function (w) { STOP[w] = true; });
  var FOLD = { "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i" };
  var WORD = /[\p{L}\p{Nd}]/u;

  // ---- tokenizer (mirror of Search/SearchTokenizer.cs) ----
  function fold(text) {
    var out = "";
    for (var ch of text) {
      var code = ch.charCodeAt(0);
      if (code < 0x80) {
        out += ch.toLowerCase();
      } else if (ch.length > 1 || isUnspaced(code)) {
        out += ch;
      } else {
        out += ch.normalize("NFD").replace(/\p{Mn}/gu, "").toLowerCase().replace(/[ßøłđæœı]/g, function (c) { return FOLD[c]; });
      }
    }
    return out;
  }

  function isUnspaced(code) {
    return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0x31f0 && code <= 0x31ff) ||
      (code >= 0xff66 && code <= 0xff9f);
  }

  // Runs of word characters or of unspaced (CJK) characters: [{ text, cjk }]
  function runs(folded) {
    var out = [];
    var current = "";
    var cjk = false;
    for (var ch of folded) {
      var u = isUnspaced(ch.charCodeAt(0));
      var w = !u && WORD.test(ch);
      if (current && (!(u || w) || u !== cjk)) {
        out.push({ text: current, cjk: cjk });
        current = "";
      }
      if (u || w) {
        if (!current) { cjk = u; }
        current += ch;
      }
    }
    if (current) { out.push({ text: current, cjk: cjk }); }
    return out;
  }

  // The query's terms: [{ t, prefix }] (all must match). The last word is matched as a prefix while typing.
  function parseQuery(q) {
    var list = runs(fold(q));
    var typing = q.length > 0 && !/[\s.,;:!?)"']$/.test(q);
    var terms = [];
    list.forEach(function (run, i) {
      var last = i === list.length - 1;
      if (run.cjk) {
        if (run.text.length === 1) { terms.push({ t: run.text, prefix: false }); }
        for (var j = 0; j + 1 < run.text.length; j++) { terms.push({ t: run.text.substr(j, 2), prefix: false }); }
        return;
      }
      var prefix = last && typing && run.text.length >= 2;
      if (!prefix && STOP[run.text]) { return; }
      terms.push({ t: run.text, prefix: prefix });
    });
    return { terms: terms, runs: list };
  }

  S.fold = fold;
  S.parseQuery = parseQuery;

  // ---- loading index scripts ----
  var root = null;
  var store = { meta: null, dates: null, terms: {}, docs: {}, facet: {} };
  var loads = {};
  var waiters = {};
  S.loaded = []; // files loaded, in order (for benchmarks and tests)

  function findRoot() {
    if (root !== null) { return root; }
    // the header's search form, always before a note's HTML; a note's stray <body data-root> would name the body
    var holder = document.querySelector("form[data-root]");
    root = holder ? holder.getAttribute("data-root").replace(/index\.html$/, "") : "";
    return root;
  }

  S.add = function (kind, key, payload) {
    var done = function (value) {
      if (kind === "meta" || kind === "dates") { store[kind] = value; } else { store[kind][key] = value; }
      var id = kind + ":" + key;
      (waiters[id] || []).forEach(function (resolve) { resolve(value); });
      delete waiters[id];
    };
    var decode = typeof S.decode === "function" ? S.decode : (typeof window.__oneononeDecrypt === "function" ? openSealed : null);
    if (typeof payload === "string" && decode) {
      Promise.resolve(decode(kind, key, payload)).then(done, function () { done(null); });
    } else {
      done(payload);
    }
  };

  // an encrypted publish: payload "iv:ciphertext" (base64), AES-256-GCM under the key unlock.js keeps; unlock.js
  // decrypts (WebCrypto, or the vendored noble library where a plain-http page has no crypto.subtle)
  function openSealed(kind, key, text) {
    var parts = text.split(":");
    var bytes = function (b64) { var raw = atob(b64); var out = new Uint8Array(raw.length); for (var i = 0; i < raw.length; i++) { out[i] = raw.charCodeAt(i); } return out; };
    return window.__oneononeDecrypt(bytes(parts[0]), bytes(parts[1]))
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }

  function fileKey(key, hyphen) {
    if (hyphen ? /^[a-z0-9-]+$/.test(key) : /^[a-z0-9]+$/.test(key)) { return key; }
    var out = "_";
    for (var i = 0; i < key.length; i++) { out += ("000" + key.charCodeAt(i).toString(16)).slice(-4); }
    return out;
  }

  function load(file, kind, key) {
    var id = kind + ":" + key;
    if (loads[id]) { return loads[id]; }
    loads[id] = new Promise(function (resolve) {
      (waiters[id] = waiters[id] || []).push(resolve);
      var script = document.createElement("script");
      script.src = findRoot() + "search/" + file;
      script.charset = "utf-8";
      script.async = true;
      script.onerror = function () { delete waiters[id]; resolve(null); };
      S.loaded.push(file);
      document.head.appendChild(script);
    });
    return loads[id];
  }

  function meta() { return load("meta.js", "meta", ""); }

  function shardKeys(term, m) {
    var keys = m._keys || (m._keys = new Set(m.keys));
    var split = m._split || (m._split = new Set(m.split));
    var t = term.t;
    var out;
    if (isUnspaced(t.charCodeAt(0))) {
      out = ["~" + (t.charCodeAt(0) % m.cjk)];
    } else {
      // large shards are split by one more letter (meta.split); a prefix as long as a split key
      // loads only that key's own shard and waits for the next letter instead of loading all of them
      var k = t.slice(0, 2);
      while (split.has(k) && t.length > k.length) { k = t.slice(0, k.length + 1); }
      out = [k];
    }
    return out.filter(function (k) { return keys.has(k); });
  }

  // files are numbered (meta.files / meta.ffiles give each key's file): small shards share a file, so a journal's
  // index is a few dozen files rather than hundreds (format 2)
  function fileOf(list, numbers, cacheName, key, m) {
    var index = m[cacheName] || (m[cacheName] = new Map(m[list].map(function (k, i) { return [k, String(m[numbers][i])]; })));
    return index.get(key);
  }
  function termName(key, m) { return fileOf("keys", "files", "_termFile", key, m); }
  function loadTerms(key, m) { var name = termName(key, m); return load("terms-" + name + ".js", "terms", name); }
  function loadDocs(n) { return load("docs-" + n + ".js", "docs", String(n)); }
  function loadFacet(kind, value, m) {
    var key = kind + "-" + fileKey(value, true);
    var name = fileOf("facets", "ffiles", "_facetFile", key, m);
    if (name === undefined) { return Promise.resolve([]); }
    return load("f-" + name + ".js", "facet", name).then(function (file) { return (file && file[key]) || []; });
  }

  // ---- matching and ranking ----
  // Postings: ints (id - previous id) * 4 + field weight (0 body, 1 meta, 2 title, 3 name).
  function addPostings(into, list, exact) {
    var id = 0;
    for (var i = 0; i < list.length; i++) {
      var v = list[i];
      id += v >> 2;
      var score = ((v & 3) + 1) * 2 + (exact ? 1 : 0);
      var had = into.get(id);
      if (had === undefined || had < score) { into.set(id, score); }
    }
  }

  function matchTerm(term, m) {
    var found = new Map();
    shardKeys(term, m).forEach(function (key) {
      var file = store.terms[termName(key, m)];
      var shard = file && file[key];
      if (!shard) { return; }
      if (!term.prefix) {
        if (shard[term.t]) { addPostings(found, shard[term.t], true); }
        return;
      }
      for (var t in shard) {
        if (t.lastIndexOf(term.t, 0) === 0) { addPostings(found, shard[t], t === term.t); }
      }
    });
    return found;
  }

  function idSet(deltas) {
    var set = new Set();
    var id = 0;
    for (var i = 0; i < deltas.length; i++) { id += deltas[i]; set.add(id); }
    return set;
  }

  function dateRange(from, to) {
    // ids with from <= date <= to (yyyymmdd numbers); dates are stored newest first
    var d = store.dates || [];
    var lo = -1;
    var hi = -1;
    for (var i = 0; i < d.length && d[i][0] !== 0; i++) {
      if (d[i][0] <= to && d[i][0] >= from) {
        if (lo < 0) { lo = d[i][1]; }
        hi = d[i + 1][1] - 1;
      }
    }
    return lo < 0 ? [1, 0] : [lo, hi];
  }

  function toNumber(iso) { return iso ? parseInt(iso.replace(/-/g, ""), 10) : NaN; }

  // Runs a search. filters: { person, type, tag, year, from, to }. Resolves to { ids, scores, query, timing }.
  S.search = function (q, filters) {
    filters = filters || {};
    var start = performance.now();
    var parsed = parseQuery(q || "");
    var hasFilter = !!(filters.person || filters.type || filters.tag || filters.year || filters.from || filters.to);
    if (parsed.terms.length === 0 && !hasFilter) {
      return Promise.resolve({ ids: [], scores: new Map(), parsed: parsed, empty: true, timing: { loadMs: 0, workMs: 0 } });
    }
    var m;
    var loadMs = 0;
    return meta().then(function (value) {
      m = value;
      if (!m) { throw new Error("search index missing"); }
      var waits = [];
      parsed.terms.forEach(function (term) { shardKeys(term, m).forEach(function (k) { waits.push(loadTerms(k, m)); }); });
      var facets = [];
      if (filters.person) { facets.push(loadFacet("p", filters.person, m)); }
      if (filters.type) { facets.push(loadFacet("t", filters.type, m)); }
      if (filters.tag) { facets.push(loadFacet("g", filters.tag, m)); }
      if (filters.year || filters.from || filters.to) { waits.push(load("dates.js", "dates", "")); }
      return Promise.all([Promise.all(facets), Promise.all(waits)]);
    }).then(function (loaded) {
      var t1 = performance.now();
      loadMs = t1 - start;
      var scores = null;
      parsed.terms.forEach(function (term) {
        var found = matchTerm(term, m);
        if (scores === null) { scores = found; return; }
        var next = new Map();
        scores.forEach(function (s, id) { var f = found.get(id); if (f !== undefined) { next.set(id, s + f); } });
        scores = next;
      });
      var sets = loaded[0].map(function (deltas) { return idSet(deltas || []); });
      var range = null;
      if (filters.year || filters.from || filters.to) {
        var from = filters.from ? toNumber(filters.from) : 0;
        var to = filters.to ? toNumber(filters.to) : 99999999;
        if (filters.year) {
          from = Math.max(from, parseInt(filters.year, 10) * 10000 + 101);
          to = Math.min(to, parseInt(filters.year, 10) * 10000 + 1231);
        }
        range = dateRange(isNaN(from) ? 0 : from, isNaN(to) ? 99999999 : to);
      }
      var keep = function (id) {
        if (range && (id < range[0] || id > range[1])) { return false; }
        for (var i = 0; i < sets.length; i++) { if (!sets[i].has(id)) { return false; } }
        return true;
      };
      var ids = [];
      if (scores === null) {
        scores = new Map();
        if (sets.length > 0) {
          sets[0].forEach(function (id) { if (keep(id)) { ids.push(id); } });
        } else if (range) {
          for (var id = range[0]; id <= range[1]; id++) { ids.push(id); }
        }
      } else {
        scores.forEach(function (s, id) { if (keep(id)) { ids.push(id); } });
      }
      // best score first; on ties the lower id, which is the more recent note
      ids.sort(function (a, b) { return (scores.get(b) || 0) - (scores.get(a) || 0) || a - b; });
      return { ids: ids, scores: scores, parsed: parsed, meta: m, timing: { loadMs: loadMs, workMs: performance.now() - t1 } };
    });
  };

  // Loads the documents for ids; resolves to an array of [kind, title, url, date, people, type, tags, text].
  S.documents = function (ids, m) {
    var per = m.per;
    var shards = [];
    var started = performance.now();
    ids.forEach(function (id) { var n = Math.floor(id / per); if (shards.indexOf(n) < 0) { shards.push(n); } });
    return Promise.all(shards.map(loadDocs)).then(function () {
      S.lastDocsLoadMs = performance.now() - started;
      return ids.map(function (id) {
        var shard = store.docs[String(Math.floor(id / per))];
        return shard ? shard[id % per] : null;
      });
    });
  };

  // ---- highlighting ----
  function matcher(parsed) {
    var words = parsed.terms.filter(function (t) { return !isUnspaced(t.t.charCodeAt(0)); });
    var cjk = parsed.runs.filter(function (r) { return r.cjk; }).map(function (r) { return r.text; });
    return function (text) {
      // ranges [start, end) of text to mark
      var ranges = [];
      var re = /[\p{L}\p{Nd}]+/gu;
      var match;
      while ((match = re.exec(text)) !== null) {
        var w = fold(match[0]);
        for (var i = 0; i < words.length; i++) {
          if (w === words[i].t || (words[i].prefix && w.lastIndexOf(words[i].t, 0) === 0)) {
            ranges.push([match.index, match.index + match[0].length]);
            break;
          }
        }
      }
      cjk.forEach(function (run) {
        var at = text.indexOf(run);
        while (at >= 0) { ranges.push([at, at + run.length]); at = text.indexOf(run, at + run.length); }
      });
      ranges.sort(function (a, b) { return a[0] - b[0]; });
      return ranges;
    };
  }

  function appendMarked(parent, text, ranges) {
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) { return; }
      if (r[0] > pos) { parent.appendChild(document.createTextNode(text.slice(pos, r[0]))); }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      pos = r[1];
    });
    if (pos < text.length) { parent.appendChild(document.createTextNode(text.slice(pos))); }
  }

  function snippet(text, ranges, length) {
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - Math.floor(length / 3));
    if (start > 0) { var space = text.indexOf(" ", start); if (space >= 0 && space < first) { start = space + 1; } }
    var end = Math.min(text.length, start + length);
    if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > first) { end = back; } }
    var part = text.slice(start, end);
    var shifted = ranges.filter(function (r) { return r[0] >= start && r[1] <= end; })
      .map(function (r) { return [r[0] - start, r[1] - start]; });
    return { text: (start > 0 ? "…" : "") + part + (end < text.length ? " …" : ""), ranges: shifted, offset: start > 0 ? 1 : 0 };
  }

  var KIND = { n: "Note", p: "Person", g: "Goal" };

  function renderResult(doc, mark, snippetLength) {
    var li = document.createElement("li");
    li.className = "search-result search-kind-" + doc[0];
    var a = document.createElement("a");
    a.className = "search-title";
    a.href = findRoot() + doc[2] + "index.html";
    appendMarked(a, doc[1], mark(doc[1]));
    li.appendChild(a);
    var info = document.createElement("span");
    info.className = "search-meta";
    var parts = [];
    if (doc[4] && doc[0] === "n") { parts.push(doc[4]); }
    if (doc[3]) { parts.push(doc[3]); }
    parts.push(doc[0] === "n" ? doc[5] : KIND[doc[0]] + (doc[0] === "g" && doc[4] ? " of " + doc[4] : ""));
    info.textContent = parts.join(" · ");
    if (doc[6] && doc[6].length) {
      doc[6].forEach(function (tag) {
        var t = document.createElement("span");
        t.className = "search-tag";
        t.textContent = "#" + tag;
        info.appendChild(document.createTextNode(" "));
        info.appendChild(t);
      });
    }
    li.appendChild(info);
    if (doc[7]) {
      var s = snippet(doc[7], mark(doc[7]), snippetLength);
      var p = document.createElement("p");
      p.className = "search-snippet";
      if (s.offset) { p.appendChild(document.createTextNode("…")); s.text = s.text.slice(1); }
      appendMarked(p, s.text, s.ranges);
      li.appendChild(p);
    }
    return li;
  }

  // Renders ids[from..from+count) into list; resolves to the number rendered.
  function renderInto(list, result, from, count, snippetLength) {
    var ids = result.ids.slice(from, from + count);
    return S.documents(ids, result.meta).then(function (docs) {
      var mark = matcher(result.parsed);
      var fragment = document.createDocumentFragment();
      docs.forEach(function (doc) { if (doc) { fragment.appendChild(renderResult(doc, mark, snippetLength)); } });
      list.appendChild(fragment);
      return ids.length;
    });
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ---- the search page ----
  function setupPage(form) {
    var input = form.querySelector("input[name=q]");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var more = document.getElementById("search-more");
    var names = ["person", "type", "tag", "year", "from", "to"];
    var sequence = 0;
    var current = null;
    var shown = 0;

    function fields() {
      var f = {};
      names.forEach(function (n) { var el = form.elements[n]; f[n] = el ? el.value : ""; });
      return f;
    }

    function writeUrl(q, f) {
      var params = new URLSearchParams();
      if (q) { params.set("q", q); }
      names.forEach(function (n) { if (f[n]) { params.set(n, f[n]); } });
      var query = params.toString();
      try {
        history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
      } catch (e) { /* some browsers refuse on file:// */ }
    }

    var lastKey = null;

    function run() {
      var q = input.value;
      var f = fields();
      var key = JSON.stringify([q, f]);
      if (key === lastKey) { return; } // e.g. the change event when the box loses focus
      lastKey = key;
      var mine = ++sequence;
      writeUrl(q, f);
      var started = performance.now();
      list.setAttribute("aria-busy", "true");
      S.search(q, f).then(function (result) {
        if (mine !== sequence) { return null; }
        current = result;
        shown = 0;
        if (result.empty) {
          clear(list);
          status.textContent = "Type to search. Press / anywhere to jump to the search box.";
          more.hidden = true;
          list.removeAttribute("aria-busy");
          return null;
        }
        var loadedAt = performance.now();
        return renderPage(true).then(function () {
          if (mine !== sequence) { return; }
          var total = performance.now() - started;
          S.lastTiming = { query: q, totalMs: total, termLoadMs: result.timing.loadMs, docsLoadMs: S.lastDocsLoadMs, matchMs: result.timing.workMs, renderMs: performance.now() - loadedAt - S.lastDocsLoadMs, files: S.loaded.slice() };
          status.textContent = result.ids.length === 0 ? "No results." : plural(result.ids.length, "result");
          list.setAttribute("data-query", q);
          list.removeAttribute("aria-busy");
        });
      }).catch(function (error) {
        status.textContent = "Search is unavailable: " + error.message;
      });
    }

    function renderPage(fresh) {
      var from = shown;
      var target = fresh ? document.createElement("ol") : list;
      return renderInto(target, current, from, PAGE_SIZE, 220).then(function (n) {
        if (fresh) { clear(list); while (target.firstChild) { list.appendChild(target.firstChild); } }
        shown = from + n;
        more.hidden = shown >= current.ids.length;
      });
    }

    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    names.forEach(function (n) { var el = form.elements[n]; if (el && params.get(n)) { el.value = params.get(n); } });
    form.addEventListener("input", run);
    form.addEventListener("change", run);
    form.addEventListener("reset", function () { setTimeout(run, 0); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a.search-title");
      if (first) { location.href = first.href; }
    });
    more.addEventListener("click", function () { if (current) { renderPage(false); } });
    if (input.value || names.some(function (n) { return params.get(n); })) { run(); }
    if (!input.value) { input.focus(); }
  }

  // ---- the box in the header of every page ----
  function setupBox(form) {
    var input = form.querySelector("input[name=q]");
    var panel = form.querySelector(".site-search-results");
    var sequence = 0;

    function hide() { panel.hidden = true; input.setAttribute("aria-expanded", "false"); }

    function run() {
      var mine = ++sequence;
      var q = input.value;
      if (!q.trim()) { clear(panel); hide(); return; }
      var started = performance.now();
      S.search(q, {}).then(function (result) {
        if (mine !== sequence) { return null; }
        var list = document.createElement("ol");
        return renderInto(list, result, 0, DROPDOWN_SIZE, 140).then(function () {
          if (mine !== sequence) { return; }
          clear(panel);
          if (result.ids.length === 0) {
            var none = document.createElement("p");
            none.className = "search-status";
            none.textContent = "No results.";
            panel.appendChild(none);
          } else {
            list.className = "search-results";
            panel.appendChild(list);
          }
          var all = document.createElement("a");
          all.className = "search-all";
          all.href = findRoot() + "search/index.html?q=" + encodeURIComponent(q);
          all.textContent = result.ids.length > DROPDOWN_SIZE ? "All " + plural(result.ids.length, "result") + " →" : "Search page with filters →";
          panel.appendChild(all);
          panel.hidden = false;
          panel.setAttribute("data-query", q);
          input.setAttribute("aria-expanded", "true");
          S.lastTiming = { query: q, totalMs: performance.now() - started, termLoadMs: result.timing.loadMs, docsLoadMs: S.lastDocsLoadMs, matchMs: result.timing.workMs, files: S.loaded.slice() };
        });
      }).catch(function () { hide(); });
    }

    input.addEventListener("focus", function () { meta(); });
    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { hide(); input.blur(); }
      if (event.key === "ArrowDown") {
        var link = panel.querySelector("a");
        if (link && !panel.hidden) { event.preventDefault(); link.focus(); }
      }
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
      var links = Array.prototype.slice.call(panel.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      event.preventDefault();
      if (event.key === "ArrowDown" && at + 1 < links.length) { links[at + 1].focus(); }
      if (event.key === "ArrowUp") { (at > 0 ? links[at - 1] : input).focus(); }
    });
    // Enter opens the first result shown for this very query; otherwise the form goes to the search page
    function openFirst(event) {
      var first = panel.hidden ? null : panel.querySelector("a.search-title");
      if (first && panel.getAttribute("data-query") === input.value) {
        event.preventDefault();
        location.href = first.href;
      }
    }
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") { openFirst(event); } });
    form.addEventListener("submit", openFirst);
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) { hide(); }
    });
  }

  function typingInField(target) {
    return target instanceof Element && (target.closest("input, textarea, select, [contenteditable]") !== null);
  }

  function init() {
    var page = document.querySelector("form[data-search-page]");
    var box = document.querySelector("form.site-search");
    if (box) { setupBox(box); }
    if (page) { setupPage(page); }
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingInField(event.target)) { return; }
      var target = page ? page.querySelector("input[name=q]") : box && box.querySelector("input[name=q]");
      if (target) {
        event.preventDefault();
        target.focus();
        target.select();
      }
    });
    // for a sealed page, whose scripts load after it is decrypted: "/" works from now on (the browser tests wait for it)
    S.ready = true;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
