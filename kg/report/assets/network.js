/* newskg report: who talks about whom, the network view: the busiest speakers and the entities their
   statements name, filters, neighbours on demand and the chain of statements between two names. */
(function () {
  "use strict";
  const R = window.kgReport, P = window.kgReportParts;
  const DATA = R.data, E = DATA.entities, A = DATA.articles, S = DATA.statements, F = P.F;
  const el = P.el, clear = P.clear, byId = P.byId;
  const COLOURS = { person: "#3b6fb6", organization: "#d9822b", place: "#3a9a5b", source: "#8a8a8a", other: "#b04a8f" };

  // ----- who talks about whom: speakers and the entities their statements name, the busiest first
  const net = { top: 100, network: null, edges: new Map(), shown: new Set(), extra: new Set(), path: [] };
  function outletOf(a) {
    const m = /^https?:\/\/(?:www\.)?([^/:?#]+)/i.exec((A[a] && A[a].url) || "");
    return m ? m[1] : "";
  }
  function networkFilter() {
    // which statements and entities the network's filters let through
    const kinds = new Set(Array.from(document.querySelectorAll("#network-kinds input:checked")).map(function (c) { return c.value; }));
    const from = byId("network-from").value, to = byId("network-to").value, outlet = byId("network-outlet").value;
    return {
      statement: function (s) {
        return (!from || s[F.date] >= from) && (!to || (s[F.date] && s[F.date] <= to)) && (!outlet || outletOf(s[F.article]) === outlet);
      },
      entity: function (i) { return kinds.has(E[i].kind) || kinds.has("other") && !P.KIND_NAMES[E[i].kind]; },
    };
  }
  function networkGraph(top) {
    // Ranked by the statements that tie them to someone else: said naming another, or naming them.
    const keep = networkFilter();
    const naming = E.map(function () { return []; });
    S.forEach(function (s, i) {
      if (!keep.statement(s)) return;
      if (s[F.about].some(function (e) { return e !== s[F.speaker]; })) naming[s[F.speaker]].push(i);
      s[F.about].forEach(function (e) { if (e !== s[F.speaker]) naming[e].push(i); });
    });
    const ranked = P.ranking(naming).filter(keep.entity);
    const chosen = new Set(ranked.slice(0, top).concat(Array.from(net.extra), net.path)), edges = new Map();
    S.forEach(function (s, i) {
      const from = s[F.speaker];
      if (!chosen.has(from) || !keep.statement(s)) return;
      s[F.about].forEach(function (to) {
        if (to === from || !chosen.has(to)) return;
        const key = from + ">" + to;
        if (!edges.has(key)) edges.set(key, []);
        edges.get(key).push(i);
      });
    });
    const linked = new Set();
    edges.forEach(function (_, key) { key.split(">").forEach(function (end) { linked.add(Number(end)); }); });
    const onPath = new Set(net.path);
    const nodes = Array.from(chosen).filter(function (i) { return linked.has(i); }).map(function (i) {
      const e = E[i];
      return { id: i, label: e.name, value: R.said[i].length + R.about[i].length, color: COLOURS[e.kind],
        borderWidth: onPath.has(i) ? 5 : 1,
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
      nodes: { shape: "dot", scaling: { min: 6, max: 42, label: { enabled: true, min: 14, max: 26, drawThreshold: 4 } }, font: { size: 14 } },
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
    net.network.on("oncontext", function (params) {  // right-click a node: bring in its neighbours
      params.event.preventDefault();
      const node = net.network.getNodeAt(params.pointer.DOM);
      if (node != null) { neighbours(node).forEach(function (n) { net.extra.add(n); }); drawNetwork(); }
    });
  }
  R.networkShown = function () {
    // the nodes drawn and the links between them, [from, to, statements], in a stable order
    const edges = Array.from(net.edges.keys()).sort().map(function (key) {
      const ends = key.split(">").map(Number);
      return [ends[0], ends[1], net.edges.get(key).length];
    });
    return { nodes: Array.from(net.shown).sort(function (x, y) { return x - y; }), edges: edges };
  };
  function neighbours(i) {
    // every entity a statement ties to i: what i said names them, or what they said names i
    const found = new Set();
    R.said[i].forEach(function (k) { S[k][F.about].forEach(function (e) { if (e !== i) found.add(e); }); });
    R.about[i].forEach(function (k) { if (S[k][F.speaker] !== i) found.add(S[k][F.speaker]); });
    return Array.from(found).sort(function (x, y) { return x - y; });
  }
  function shortestPath(a, b) {
    // breadth first over who-names-whom, both ways; the first path found in index order
    const before = new Map([[a, -1]]), queue = [a];
    while (queue.length) {
      const at = queue.shift();
      if (at === b) break;
      neighbours(at).forEach(function (n) { if (!before.has(n)) { before.set(n, at); queue.push(n); } });
    }
    if (!before.has(b)) return [];
    const path = [];
    for (let at = b; at !== -1; at = before.get(at)) path.unshift(at);
    return path;
  }
  function entityNamed(name) {
    const q = P.fold(name.trim());
    const found = E.map(function (_, i) { return i; }).filter(function (i) { return P.fold(E[i].name) === q; });
    return found.length ? found[0] : -1;
  }
  R.shortestPath = shortestPath;
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
    ["network-from", "network-to", "network-outlet"].forEach(function (id) {
      byId(id).addEventListener("change", drawNetwork);
    });
    document.querySelectorAll("#network-kinds input").forEach(function (c) { c.addEventListener("change", drawNetwork); });
    const names = byId("entity-names");
    P.ranking(E.map(function (_, i) { return R.said[i].concat(R.about[i]); })).slice(0, 2000)
      .forEach(function (i) { names.append(el("option", { value: E[i].name })); });
    const outlets = new Set(A.map(function (_, a) { return outletOf(a); }).filter(Boolean));
    Array.from(outlets).sort().forEach(function (o) { byId("network-outlet").append(el("option", { value: o }, o)); });
    byId("network-path").addEventListener("click", function () {
      const a = entityNamed(byId("path-from").value), b = entityNamed(byId("path-to").value);
      const panel = clear(byId("edge-panel"));
      if (a < 0 || b < 0) { panel.append(el("p", null, "Give two names from the list.")); return; }
      net.path = shortestPath(a, b);
      if (!net.path.length) { panel.append(el("p", null, "No chain of statements joins them.")); drawNetwork(); return; }
      const steps = el("ol", { class: "ranked", id: "path-steps" });
      net.path.forEach(function (i) { steps.append(el("li", null, P.entityLink(i))); });
      panel.append(el("h2", null, "How " + E[a].name + " and " + E[b].name + " are connected"), steps);
      drawNetwork();
      net.network.selectNodes(net.path);
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

  P.outletOf = outletOf;
  P.setUpNetwork = setUpNetwork;
})();
