/* newskg report: the network, timeline, map and entity views, and the routing between views.
   Views that need their size (network, timeline, map) are drawn the first time they are shown. */
(function () {
  "use strict";
  const R = window.kgReport, P = window.kgReportParts;
  const DATA = R.data, E = DATA.entities, A = DATA.articles, S = DATA.statements, F = P.F;
  const el = P.el, clear = P.clear, byId = P.byId;
  const COLOURS = { person: "#3b6fb6", organization: "#d9822b", place: "#3a9a5b", source: "#8a8a8a", other: "#b04a8f" };

  // ----- who talks about whom: speakers and the entities their statements name, the busiest first
  const net = { top: 100, network: null, edges: new Map(), shown: new Set() };
  function networkGraph(top) {
    // Ranked by the statements that tie them to someone else: said naming another, or naming them.
    const naming = E.map(function () { return []; });
    S.forEach(function (s, i) {
      if (s[F.about].some(function (e) { return e !== s[F.speaker]; })) naming[s[F.speaker]].push(i);
      s[F.about].forEach(function (e) { if (e !== s[F.speaker]) naming[e].push(i); });
    });
    const ranked = P.ranking(naming);
    const chosen = new Set(ranked.slice(0, top)), edges = new Map();
    S.forEach(function (s, i) {
      const from = s[F.speaker];
      if (!chosen.has(from)) return;
      s[F.about].forEach(function (to) {
        if (to === from || !chosen.has(to)) return;
        const key = from + ">" + to;
        if (!edges.has(key)) edges.set(key, []);
        edges.get(key).push(i);
      });
    });
    const linked = new Set();
    edges.forEach(function (_, key) { key.split(">").forEach(function (end) { linked.add(Number(end)); }); });
    const nodes = Array.from(chosen).filter(function (i) { return linked.has(i); }).map(function (i) {
      const e = E[i];
      return { id: i, label: e.name, value: R.said[i].length + R.about[i].length, color: COLOURS[e.kind],
        title: e.name + " (" + P.KIND_NAMES[e.kind] + "): " + R.said[i].length + " said, named in " + R.about[i].length };
    });
    const links = Array.from(edges.keys()).map(function (key) {
      const ends = key.split(">").map(Number), n = edges.get(key).length;
      return { id: key, from: ends[0], to: ends[1], value: n, title: E[ends[0]].name + " → " + E[ends[1]].name + ": " + P.count(n, "statement", "statements") };
    });
    return { nodes: nodes, links: links, edges: edges, total: ranked.length };
  }
  function drawNetwork() {
    const graph = networkGraph(net.top);
    net.edges = graph.edges;
    net.shown = new Set(graph.nodes.map(function (n) { return n.id; }));
    byId("network-size").textContent = graph.nodes.length + " of " + graph.total + " entities, " + graph.links.length + " links";
    byId("network-more").disabled = graph.nodes.length >= graph.total;
    const data = { nodes: new vis.DataSet(graph.nodes), edges: new vis.DataSet(graph.links) };
    const options = {
      layout: { randomSeed: 7, improvedLayout: graph.nodes.length <= 150 },
      nodes: { shape: "dot", scaling: { min: 6, max: 42, label: { enabled: true, min: 11, max: 22 } }, font: { size: 12 } },
      edges: { color: { color: "#b7c0cc", highlight: "#e0a800", hover: "#8c99aa" }, scaling: { min: 1, max: 8 },
        arrows: { to: { enabled: true, scaleFactor: 0.4 } }, smooth: false },
      physics: { solver: "forceAtlas2Based", forceAtlas2Based: { gravitationalConstant: -70, springLength: 110 },
        stabilization: { iterations: 250, updateInterval: 50 } },
      interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    };
    if (net.network) net.network.destroy();
    net.network = new vis.Network(byId("network"), data, options);
    document.body.dataset.network = "moving";
    net.network.once("stabilizationIterationsDone", function () {
      net.network.setOptions({ physics: false });
      document.body.dataset.network = "still";
    });
    net.network.on("click", function (params) {
      if (params.nodes.length) location.hash = "entity/" + params.nodes[0];
      else if (params.edges.length) showEdge(params.edges[0]);
    });
  }
  function showEdge(key) {
    const ends = key.split(">").map(Number), panel = clear(byId("edge-panel"));
    panel.append(el("h2", null, P.entityLink(ends[0]), " on ", P.entityLink(ends[1])),
      P.statementList(P.byDate(net.edges.get(key) || []), false));
  }
  function setUpNetwork() {
    byId("network-top").addEventListener("change", function () {
      net.top = Math.max(10, parseInt(byId("network-top").value, 10) || 100);
      drawNetwork();
    });
    byId("network-more").addEventListener("click", function () {
      net.top += 100;
      byId("network-top").value = net.top;
      drawNetwork();
    });
    byId("network-search").addEventListener("keydown", function (ev) {
      if (ev.key !== "Enter") return;
      const q = P.fold(ev.target.value.trim());
      const found = Array.from(net.shown).filter(function (i) { return P.fold(E[i].name).includes(q); })
        .sort(function (x, y) { return E[x].name.length - E[y].name.length || x - y; });
      byId("network-size").textContent = found.length ? "" : "“" + ev.target.value + "” is not among the entities shown";
      if (!found.length) return;
      net.network.selectNodes([found[0]]);
      net.network.focus(found[0], { scale: 1.3, animation: { duration: 400 } });
    });
    drawNetwork();
  }

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
    time.plot = new uPlot({ width: Math.max(320, box.clientWidth - 16), height: 320, series: series,
      scales: { x: { time: true } }, axes: [{}, { label: "statements" }] }, columns, box);
    byId("timeline-note").textContent = P.count(known.length, "statement", "statements") + " dated, " + (S.length - known.length) + " without a date.";
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
    const places = E.map(function (_, i) { return i; }).filter(function (i) { return E[i].at; })
      .sort(function (x, y) { return E[y].articles.length - E[x].articles.length || x - y; });
    places.forEach(function (i) {
      const c = document.createElementNS(ns, "circle"), title = document.createElementNS(ns, "title");
      c.setAttribute("cx", E[i].at[1]); c.setAttribute("cy", -E[i].at[0]);
      c.setAttribute("r", (0.8 + Math.sqrt(E[i].articles.length) * 0.9).toFixed(2));
      title.textContent = E[i].name + ": " + P.count(E[i].articles.length, "article", "articles");
      c.append(title);
      c.addEventListener("click", function () { location.hash = "entity/" + i; });
      svg.append(c);
    });
    byId("map-note").textContent = P.count(places.length, "place", "places") + " with coordinates.";
    panAndZoom(svg);
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
    view.append(el("div", { class: "entity-head" }, el("h2", null, el("span", { class: "kind " + e.kind }), e.name),
      el("p", { class: "muted" }, [P.KIND_NAMES[e.kind], e.detail].filter(Boolean).join(" · "))), facts,
      el("h2", null, "Articles (" + e.articles.length + ")"), articles,
      el("h2", null, "What " + e.name + " said (" + R.said[i].length + ")"), P.statementList(P.byDate(R.said[i]), false),
      el("h2", null, "What was said about " + e.name + " (" + R.about[i].length + ")"), P.statementList(P.byDate(R.about[i]), true));
  }

  // ----- routing: #overview, #network, #statements, #timeline, #map, #entity/N
  const drawn = {};
  const setUp = { network: setUpNetwork, timeline: setUpTimeline, map: drawMap, statements: P.drawStatements };
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
