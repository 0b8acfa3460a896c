/* newskg report: the timeline, map and entity views, and the routing between views (the network: network.js).
   Views that need their size (network, timeline, map) are drawn the first time they are shown. */
(function () {
  "use strict";
  const R = window.kgReport, P = window.kgReportParts;
  const DATA = R.data, E = DATA.entities, A = DATA.articles, S = DATA.statements, F = P.F;
  const el = P.el, clear = P.clear, byId = P.byId;
  const outletOf = P.outletOf;

  // ----- timeline: statements per day, with a line per speaker on demand
  const time = { plot: null, speakers: [] };
  const DAY = 86400;
  function dayOf(date) { return /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 1000 : null; }
  function perDay(ids, first, days) {
    const counts = new Array(days).fill(0);
    ids.forEach(function (i) { const d = dayOf(S[i][F.date]); if (d != null) counts[Math.round((d - first) / DAY)]++; });
    return counts;
  }
  function drawTimeline() {
    const all = S.map(function (_, i) { return i; });
    const known = all.map(function (i) { return dayOf(S[i][F.date]); }).filter(function (d) { return d != null; });
    const box = clear(byId("timeline"));
    if (!known.length) { byId("timeline-note").textContent = "No statement has a date."; return; }
    // a loop, not Math.min.apply: a corpus has more statements than a call can take arguments
    const first = known.reduce(function (a, b) { return a < b ? a : b; }), last = known.reduce(function (a, b) { return a > b ? a : b; });
    const days = Math.round((last - first) / DAY) + 1;
    const xs = Array.from({ length: days }, function (_, k) { return first + k * DAY; });
    const series = [{}, { label: "all statements", stroke: "#3b6fb6", fill: "rgba(59,111,182,0.35)", paths: uPlot.paths.bars({ size: [0.85, 40] }) }];
    const columns = [xs, perDay(all, first, days)];
    time.speakers.forEach(function (i, k) {
      series.push({ label: E[i].name, stroke: ["#d9822b", "#3a9a5b", "#b04a8f", "#6b5fb5", "#c0392b"][k % 5], width: 2 });
      columns.push(perDay(R.said[i], first, days));
    });
    // The range shown at first covers the bulk of the dates: one old article must not squeeze the rest
    // into one bar. The outliers stay in the data; double-click shows everything.
    const sorted = known.slice().sort(function (a, b) { return a - b; });
    const low = sorted[Math.floor(sorted.length * 0.02)], high = sorted[Math.ceil(sorted.length * 0.98) - 1];
    const pad = Math.max(DAY, (high - low) * 0.05), wide = last - first > 3 * (high - low + DAY);
    const x = wide ? { time: true, min: low - pad, max: high + pad } : { time: true };
    time.plot = new uPlot({ width: Math.max(320, box.clientWidth - 16), height: 320, series: series,
      scales: { x: x }, axes: [{}, { label: "statements" }] }, columns, box);
    time.plot.over.addEventListener("click", function () {
      const k = time.plot.cursor.idx;
      if (k != null) listDay(xs[k]);
    });
    const outside = wide ? known.filter(function (d) { return d < low - pad || d > high + pad; }).length : 0;
    byId("timeline-note").textContent = P.count(known.length, "statement", "statements") + " dated, " +
      (S.length - known.length) + " without a date" + (outside ? "; " + P.count(outside, "statement", "statements") +
      " outside the range shown (dates from " + isoDay(first) + " to " + isoDay(last) + ")" : "") +
      ". Drag across the chart to zoom in, double-click to see every date, click a bar to list its statements.";
  }
  function isoDay(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }
  function listDay(day) {
    const date = isoDay(day), ids = S.map(function (_, i) { return i; }).filter(function (i) { return S[i][F.date] === date; });
    const box = clear(byId("timeline-list"));
    box.append(el("h2", null, P.count(ids.length, "statement", "statements") + " on " + date), P.statementList(ids, true));
  }
  function setUpTimeline() {
    byId("timeline-speaker").addEventListener("change", function (ev) {
      const name = ev.target.value.trim(), i = E.findIndex(function (e, k) { return e.name === name && R.said[k].length; });
      ev.target.value = "";
      if (i >= 0 && !time.speakers.includes(i)) { time.speakers.push(i); drawTimeline(); }
    });
    byId("timeline-clear").addEventListener("click", function () { time.speakers = []; drawTimeline(); });
    drawTimeline();
  }

  // ----- map: the bundled land outline (equirectangular) and the places that have coordinates
  function ringPath(ring) {
    // A ring that crosses the antimeridian jumps from +180 to -180: lift the pen there rather than draw across.
    return ring.map(function (p, k) {
      const jump = k === 0 || Math.abs(p[0] - ring[k - 1][0]) > 180;
      return (jump ? "M" : "L") + p[0].toFixed(2) + "," + (-p[1]).toFixed(2);
    }).join("");
  }
  function drawMap() {
    const svg = byId("map"), ns = "http://www.w3.org/2000/svg", land = topojson.feature(P.LAND, P.LAND.objects.land);
    const polygons = [];
    (land.features || [land]).forEach(function (f) {
      const g = f.geometry;
      (g.type === "Polygon" ? [g.coordinates] : g.coordinates).forEach(function (poly) { poly.forEach(function (ring) { polygons.push(ringPath(ring)); }); });
    });
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", polygons.join(""));
    svg.append(path);
    const outlets = new Set(A.map(function (_, a) { return outletOf(a); }).filter(Boolean));
    Array.from(outlets).sort().forEach(function (o) { byId("map-outlet").append(el("option", { value: o }, o)); });
    ["map-from", "map-to", "map-outlet"].forEach(function (id) { byId(id).addEventListener("change", function () { drawPlaces(svg); }); });
    drawPlaces(svg);
    panAndZoom(svg);
  }
  function drawPlaces(svg) {
    // a circle per place with coordinates, its area the articles that name it among those the filters keep
    const ns = "http://www.w3.org/2000/svg", from = byId("map-from").value, to = byId("map-to").value;
    const outlet = byId("map-outlet").value;
    const kept = function (a) {
      const date = A[a].date;
      return (!from || date >= from) && (!to || (date && date <= to)) && (!outlet || outletOf(a) === outlet);
    };
    svg.querySelectorAll("circle").forEach(function (c) { c.remove(); });
    const counts = E.map(function (e) { return e.at ? e.articles.filter(kept).length : 0; });
    const places = E.map(function (_, i) { return i; }).filter(function (i) { return counts[i] > 0; })
      .sort(function (x, y) { return counts[y] - counts[x] || x - y; });
    places.forEach(function (i) {
      const c = document.createElementNS(ns, "circle"), title = document.createElementNS(ns, "title");
      c.setAttribute("cx", E[i].at[1]); c.setAttribute("cy", -E[i].at[0]);
      c.setAttribute("r", (0.8 + Math.sqrt(counts[i]) * 0.9).toFixed(2));
      title.textContent = E[i].name + ": " + P.count(counts[i], "article", "articles");
      c.append(title);
      c.addEventListener("click", function () { location.hash = "entity/" + i; });
      svg.append(c);
    });
    byId("map-note").textContent = P.count(places.length, "place", "places") + " with coordinates.";
    R.placesShown = function () { return places.map(function (i) { return { entity: i, articles: counts[i] }; }); };
  }
  function panAndZoom(svg) {
    let box = [-180, -90, 360, 180], drag = null;
    function set() { svg.setAttribute("viewBox", box.map(function (v) { return v.toFixed(3); }).join(" ")); }
    svg.addEventListener("wheel", function (ev) {
      ev.preventDefault();
      const r = svg.getBoundingClientRect(), k = ev.deltaY > 0 ? 1.25 : 0.8;
      const fx = (ev.clientX - r.left) / r.width, fy = (ev.clientY - r.top) / r.height;
      const w = Math.min(360, Math.max(4, box[2] * k)), h = w / 2;
      box = [box[0] + (box[2] - w) * fx, box[1] + (box[3] - h) * fy, w, h];
      set();
    }, { passive: false });
    svg.addEventListener("mousedown", function (ev) { drag = [ev.clientX, ev.clientY, box[0], box[1]]; });
    window.addEventListener("mouseup", function () { drag = null; });
    svg.addEventListener("mousemove", function (ev) {
      if (!drag) return;
      const r = svg.getBoundingClientRect(), scale = Math.max(box[2] / r.width, box[3] / r.height);
      box[0] = drag[2] - (ev.clientX - drag[0]) * scale; box[1] = drag[3] - (ev.clientY - drag[1]) * scale;
      set();
    });
  }

  // ----- an entity's page
  function links(ids) {
    const span = el("span");
    ids.forEach(function (i, k) { if (k) span.append(", "); span.append(P.entityLink(i)); });
    return span;
  }
  function drawEntity(i) {
    const e = E[i], view = clear(byId("view-entity"));
    if (!e) { view.append(el("p", null, "No such entity.")); return; }
    const facts = el("dl", { class: "facts" });
    function fact(label, value) { if (value) facts.append(el("dt", null, label), el("dd", null, value)); }
    fact("also named", e.alternates.join("; "));
    fact("identifier", e.iri);
    fact("GeoNames", e.geonames);
    fact("coordinates", e.at ? e.at[0] + ", " + e.at[1] : "");
    if (e.roles.length) {
      const roles = el("span");
      e.roles.forEach(function (r, k) { if (k) roles.append("; "); roles.append(r[0]); if (r[1] >= 0) roles.append(", ", P.entityLink(r[1])); });
      fact("roles", roles);
    }
    if (e.memberOf.length) fact("member of", links(e.memberOf));
    if (P.members[i].length) fact("members", links(P.members[i]));
    const articles = el("ul", { class: "ranked" });
    e.articles.slice(0, 200).forEach(function (a) {
      const marks = R.said[i].filter(function (s) { return S[s][F.article] === a; }).flatMap(P.statementMarks);
      articles.append(el("li", null, el("a", { class: "link", on: { click: function () { P.openArticle(a, marks); } } }, A[a].headline || A[a].id),
        el("span", { class: "muted" }, " " + [A[a].id, A[a].date].filter(Boolean).join(" · "))));
    });
    // what the entity said and what was said about it first, then the facts, then its articles (folded)
    const folded = el("details", { id: "entity-articles" }, el("summary", null, "Articles (" + e.articles.length + ")"), articles);
    view.append(el("div", { class: "entity-head" }, el("h2", null, el("span", { class: "kind " + e.kind }), e.name),
      el("p", { class: "muted" }, [P.KIND_NAMES[e.kind], e.detail].filter(Boolean).join(" · "))),
      el("h2", null, "What " + e.name + " said (" + R.said[i].length + ")"), P.statementList(P.byDate(R.said[i]), false),
      el("h2", null, "What was said about " + e.name + " (" + R.about[i].length + ")"), P.statementList(P.byDate(R.about[i]), true),
      el("h2", null, "Roles, memberships and names"), facts, folded);
  }

  // ----- events: what happened, one row per happening (events kg resolve joined are one), oldest first
  const V = DATA.events || [], G = {};
  (DATA.eventFields || []).forEach(function (name, i) { G[name] = i; });
  const events = { shown: 0, ids: [] };
  function entityLinks(ids) {
    const span = el("span");
    ids.forEach(function (i, k) { if (k) span.append(", "); span.append(P.entityLink(i)); });
    return span;
  }
  function eventRow(i) {
    const v = V[i], first = A[v[G.articles][0]];
    const text = v[G.text] + (v[G.modality] !== "actual" ? " (" + v[G.modality] + ")" : "");
    const cell = function (content) { return el("td", null, content); };
    return el("tr", null, cell(v[G.date]), cell(v[G.type]), cell(text), cell(entityLinks(v[G.agents])),
      cell(entityLinks(v[G.patients])), cell(entityLinks(v[G.places])),
      cell((first ? first.id : "") + (v[G.articles].length > 1 ? " and " + (v[G.articles].length - 1) + " more" : "")));
  }
  function showEvents() {
    const body = clear(byId("events-table").tBodies[0]);
    const slice = events.ids.slice(0, events.shown);
    slice.forEach(function (i) { body.append(eventRow(i)); });
    const more = byId("events-more"), left = events.ids.length - slice.length;
    more.hidden = left <= 0;
    more.textContent = "Show " + Math.min(200, left) + " more of " + left;
    byId("events-note").textContent = P.count(events.ids.length, "happening", "happenings") +
      (V.length ? "" : ": none of a known type (disasters, crimes, trials, elections, deals, games ...) in this graph") + ".";
  }
  function filterEvents() {
    const type = byId("events-type").value, who = byId("events-who").value.trim();
    const entity = who ? E.findIndex(function (e) { return e.name === who; }) : -1;
    events.ids = V.map(function (_, i) { return i; }).filter(function (i) {
      const v = V[i];
      return (!type || v[G.type] === type) && (!who || [v[G.agents], v[G.patients], v[G.places]].some(
        function (ids) { return ids.includes(entity); }));
    });
    events.shown = 200;
    showEvents();
  }
  function setUpEvents() {
    const types = Array.from(new Set(V.map(function (v) { return v[G.type]; }))).sort();
    types.forEach(function (t) { byId("events-type").append(el("option", { value: t }, t)); });
    const names = new Set();
    V.forEach(function (v) { [v[G.agents], v[G.patients], v[G.places]].forEach(function (ids) {
      ids.forEach(function (i) { names.add(E[i].name); }); }); });
    Array.from(names).sort().forEach(function (n) { byId("event-names").append(el("option", { value: n })); });
    byId("events-type").addEventListener("change", filterEvents);
    byId("events-who").addEventListener("change", filterEvents);
    byId("events-more").addEventListener("click", function () { events.shown += 200; showEvents(); });
    filterEvents();
  }

  // ----- routing: #overview, #network, #statements, #timeline, #events, #map, #entity/N
  const drawn = {};
  const setUp = { network: P.setUpNetwork, timeline: setUpTimeline, events: setUpEvents, map: drawMap,
    statements: P.drawStatements };
  function route() {
    const hash = location.hash.slice(1) || "overview", entity = /^entity\/(\d+)$/.exec(hash);
    const view = entity ? "entity" : (byId("view-" + hash) ? hash : "overview");
    document.querySelectorAll(".view").forEach(function (v) { v.hidden = v.id !== "view-" + view; });
    document.querySelectorAll("nav a").forEach(function (a) { a.classList.toggle("active", a.dataset.view === view); });
    byId("article-dialog").hidden = true;
    if (entity) { drawEntity(+entity[1]); window.scrollTo(0, 0); }
    if (setUp[view] && !drawn[view]) { drawn[view] = true; setUp[view](); }
  }
  window.addEventListener("hashchange", route);
  route();
  document.body.dataset.ready = "true";
})();
