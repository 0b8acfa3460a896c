/* newskg report: draws the data Python inlined in #kg-data. Every text from the graph goes in with
   textContent, never as HTML: an article may hold anything. */
(function () {
  "use strict";
  const DATA = window.kgData;
  const LAND = JSON.parse(document.getElementById("kg-land").textContent);
  const E = DATA.entities, A = DATA.articles, S = DATA.statements;
  const F = {};
  DATA.statementFields.forEach(function (name, i) { F[name] = i; });
  const PAGE = 50, LIST = 100;
  const KIND_NAMES = { person: "person", organization: "organization", place: "place", source: "unnamed source", other: "other" };

  // Who said what and who is named where, by entity.
  const said = E.map(function () { return []; }), about = E.map(function () { return []; });
  const members = E.map(function () { return []; });
  S.forEach(function (s, i) {
    said[s[F.speaker]].push(i);
    s[F.about].forEach(function (e) { about[e].push(i); });
  });
  E.forEach(function (e, i) { e.memberOf.forEach(function (o) { members[o].push(i); }); });

  function el(tag, props) {
    const node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      if (key === "text") node.textContent = props[key];
      else if (key === "on") Object.keys(props.on).forEach(function (ev) { node.addEventListener(ev, props.on[ev]); });
      else node.setAttribute(key, props[key]);
    });
    for (let k = 2; k < arguments.length; k++) if (arguments[k] != null) node.append(arguments[k]);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function fold(text) { return (text || "").toLocaleLowerCase(); }
  function byId(id) { return document.getElementById(id); }
  function entityLink(i) {
    return el("a", { class: "entity", href: "#entity/" + i }, el("span", { class: "kind " + E[i].kind }), E[i].name);
  }
  function confidence(c) { return c == null ? "" : c.toFixed(2); }
  function count(n, one, many) { return n.toLocaleString("en") + " " + (n === 1 ? one : many); }
  function debounce(fn) { let t = null; return function () { clearTimeout(t); t = setTimeout(fn, 120); }; }

  // ----- article text with the statement and its speaker marked at their offsets (code points)
  function openArticle(a, marks) {
    // The page holds the paragraphs a statement is in, and the lead, at their offsets: the rest is "[…]".
    // They are read from their block of articles when first asked for (window.kgPieces, loader.js).
    const asked = openArticle.asked = (openArticle.asked || 0) + 1;
    return window.kgPieces(a).then(function (pieces) {
      if (asked === openArticle.asked) showArticle(a, pieces, marks);  // a later click wins
    });
  }
  function showArticle(a, pieces, marks) {
    const article = A[a], box = clear(byId("article-text"));
    byId("article-title").textContent = article ? (article.headline || article.id) : "article not in the graph";
    const meta = byId("article-meta");
    clear(meta).append([article && article.id, article && article.date].filter(Boolean).join(" · "));
    if (article && article.url) meta.append(" · ", el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer" }, article.url));
    const sorted = marks.slice().sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    let first = null, reached = 0;
    (article ? pieces : []).forEach(function (piece) {
      const base = piece[0], chars = Array.from(piece[1]);
      if (base > reached + 2) box.append(el("span", { class: "gap muted" }, reached ? "\n\n[…]\n\n" : "[…]\n\n"));
      else box.append(Array(base - reached + 1).join("\n"));  // the line breaks between, as in the text
      let at = 0;
      sorted.forEach(function (m) {
        const b = m[0] - base, e = m[1] - base;
        if (b < at || e > chars.length || b < 0) return;  // overlapping or in another piece: shown unmarked
        box.append(chars.slice(at, b).join(""));
        const mark = el("mark", { class: m[2] }, chars.slice(b, e).join(""));
        box.append(mark);
        first = first || mark;
        at = e;
      });
      box.append(chars.slice(at).join(""));
      reached = base + chars.length;
    });
    if (article && reached < article.length) box.append(el("span", { class: "gap muted" }, "\n\n[…]"));
    byId("article-dialog").hidden = false;
    if (first) { first.classList.add("current"); first.scrollIntoView({ block: "center" }); }
  }
  function statementMarks(i) {
    const s = S[i], marks = s[F.parts].map(function (p) { return [p[0], p[1], "quote"]; });
    if (s[F.speakerAt]) marks.push([s[F.speakerAt][0], s[F.speakerAt][1], "speaker"]);
    return marks;
  }
  function openStatement(i) { openArticle(S[i][F.article], statementMarks(i)); }
  byId("article-close").addEventListener("click", function () { byId("article-dialog").hidden = true; });
  byId("article-dialog").addEventListener("click", function (ev) { if (ev.target.id === "article-dialog") ev.target.hidden = true; });
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") byId("article-dialog").hidden = true; });

  function statementItem(i, showSpeaker) {
    const s = S[i], article = A[s[F.article]];
    const meta = el("div", { class: "meta" });
    if (showSpeaker) meta.append(entityLink(s[F.speaker]), " · ");
    meta.append([s[F.cue], s[F.direct] ? "direct" : "reported", s[F.date], article && article.id].filter(Boolean).join(" · "));
    meta.querySelectorAll("a").forEach(function (a) { a.addEventListener("click", function (ev) { ev.stopPropagation(); }); });
    return el("li", { on: { click: function () { openStatement(i); } } }, el("div", { class: "text" }, "“" + s[F.text] + "”"), meta);
  }
  function statementList(ids, showSpeaker) {
    const list = el("ul", { class: "statement-list" });
    let shown = 0;
    const more = el("button", { type: "button" });
    function grow() {
      ids.slice(shown, shown + LIST).forEach(function (i) { list.append(statementItem(i, showSpeaker)); });
      shown = Math.min(ids.length, shown + LIST);
      more.textContent = "Show " + Math.min(LIST, ids.length - shown) + " more of " + (ids.length - shown);
      more.hidden = shown >= ids.length;
    }
    more.addEventListener("click", grow);
    grow();
    return el("div", null, list, more);
  }
  function byDate(ids) {
    // Newest first; plain string order (ISO dates), which is much faster than localeCompare on a corpus.
    return ids.slice().sort(function (x, y) {
      const a = S[x][F.date], b = S[y][F.date];
      return a < b ? 1 : a > b ? -1 : x - y;
    });
  }

  // ----- overview
  function ranking(lists) {
    return E.map(function (_, i) { return i; }).filter(function (i) { return lists[i].length; })
      .sort(function (x, y) { return lists[y].length - lists[x].length || x - y; });
  }
  function drawOverview() {
    const o = DATA.overview, cards = clear(byId("counts"));
    [["articles", "articles"], ["statements", "statements"], ["direct", "direct quotes"], ["reported", "reported speech"],
      ["speakers", "speakers"], ["people", "people"], ["organizations", "organizations"], ["places", "places"],
      ["sources", "unnamed sources"]].forEach(function (c) {
      cards.append(el("div", { class: "card" }, el("b", { id: "count-" + c[0] }, String(o[c[0]])), c[1]));
    });
    byId("date-range").textContent = o.first ? "Dates from " + o.first + " to " + o.last + "." : "No dates in the graph.";
    // named speakers apart from unnamed and unknown sources ("officials", "unknown source")
    const named = function (i) { return E[i].kind !== "source"; }, unnamed = function (i) { return !named(i); };
    [["top-speakers", said, " said", named, 12], ["top-sources", said, " said", unnamed, 6],
      ["top-about", about, " name them", named, 12]].forEach(function (t) {
      const list = clear(byId(t[0]));
      ranking(t[1]).filter(t[3]).slice(0, t[4]).forEach(function (i) {
        list.append(el("li", null, entityLink(i), el("span", { class: "muted" }, " " + count(t[1][i].length, "statement", "statements") + t[2])));
      });
    });
    const search = byId("entity-search");
    search.addEventListener("input", debounce(function () {
      const q = fold(search.value.trim()), out = clear(byId("entity-results"));
      if (!q) return;
      E.forEach(function (e, i) {
        if (out.childElementCount < 40 && [e.name].concat(e.alternates).some(function (n) { return fold(n).includes(q); })) {
          out.append(el("li", null, entityLink(i), el("span", { class: "muted" }, " " + KIND_NAMES[e.kind])));
        }
      });
    }));
  }

  // ----- statements table
  const table = { rows: [], page: 0 };
  function drawStatementFilters() {
    const cues = Array.from(new Set(S.map(function (s) { return s[F.cue]; }).filter(Boolean))).sort();
    cues.forEach(function (c) { byId("filter-cue").append(el("option", { value: c }, c)); });
    const names = byId("speaker-names");
    ranking(said).forEach(function (i) { names.append(el("option", { value: E[i].name })); });
    ["filter-text", "filter-speaker", "filter-cue", "filter-kind", "filter-from", "filter-to", "filter-confidence"].forEach(function (id) {
      byId(id).addEventListener("input", debounce(function () { table.page = 0; filterStatements(); }));
    });
    byId("page-prev").addEventListener("click", function () { table.page--; drawRows(); });
    byId("page-next").addEventListener("click", function () { table.page++; drawRows(); });
    filterStatements();
  }
  function filterStatements() {
    const text = fold(byId("filter-text").value.trim()), speaker = fold(byId("filter-speaker").value.trim());
    const cue = byId("filter-cue").value, kind = byId("filter-kind").value;
    const from = byId("filter-from").value, to = byId("filter-to").value;
    const least = parseFloat(byId("filter-confidence").value) || 0;
    const rows = [];
    S.forEach(function (s, i) {
      if (text && !fold(s[F.text]).includes(text)) return;
      if (speaker && !fold(E[s[F.speaker]].name).includes(speaker)) return;
      if (cue && s[F.cue] !== cue) return;
      if (kind && (kind === "direct") !== Boolean(s[F.direct])) return;
      if ((from && !(s[F.date] >= from)) || (to && !(s[F.date] <= to))) return;
      if (least && !(s[F.confidence] >= least)) return;
      rows.push(i);
    });
    table.rows = byDate(rows);
    drawRows();
  }
  function drawRows() {
    const pages = Math.max(1, Math.ceil(table.rows.length / PAGE));
    table.page = Math.min(Math.max(0, table.page), pages - 1);
    byId("statement-count").textContent = count(table.rows.length, "statement", "statements") + " of " + S.length.toLocaleString("en") + ".";
    byId("page-label").textContent = "page " + (table.page + 1) + " of " + pages;
    byId("page-prev").disabled = table.page === 0;
    byId("page-next").disabled = table.page >= pages - 1;
    const body = clear(document.querySelector("#statement-table tbody"));
    table.rows.slice(table.page * PAGE, (table.page + 1) * PAGE).forEach(function (i) {
      const s = S[i], article = A[s[F.article]], who = entityLink(s[F.speaker]);
      who.addEventListener("click", function (ev) { ev.stopPropagation(); });
      body.append(el("tr", { "data-statement": i, on: { click: function () { openStatement(i); } } },
        el("td", null, s[F.date]), el("td", null, who), el("td", null, s[F.cue]),
        el("td", null, s[F.direct] ? "direct" : "reported"), el("td", { class: "quote" }, s[F.text]),
        el("td", { class: "num" }, confidence(s[F.confidence])), el("td", { class: "article" }, articleCell(article))));
    });
  }

  function outlet(url) {
    const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec(url || "");
    return m ? m[1] : "";
  }
  function articleCell(article) {
    // the headline (else the id), then the outlet and the date; the headline links to the story's page
    if (!article) return "";
    const head = article.headline || article.id;
    const title = article.url ? el("a", { href: article.url, target: "_blank", rel: "noopener noreferrer",
      on: { click: function (ev) { ev.stopPropagation(); } } }, head) : el("span", null, head);
    return el("div", null, title, el("div", { class: "muted small" }, [outlet(article.url), article.date].filter(Boolean).join(" · ")));
  }

  window.kgReport = { data: DATA, openStatement: openStatement, said: said, about: about,
    filteredStatements: function () { return table.rows.slice(); } };
  window.kgReportParts = { el: el, clear: clear, byId: byId, entityLink: entityLink, statementList: statementList,
    byDate: byDate, ranking: ranking, openArticle: openArticle, statementMarks: statementMarks, count: count,
    debounce: debounce, fold: fold, members: members, KIND_NAMES: KIND_NAMES, F: F, LAND: LAND };
  window.kgReportParts.drawStatements = drawStatementFilters;
  drawOverview();
})();
