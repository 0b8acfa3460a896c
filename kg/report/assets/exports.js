/* newskg report: every view's data out of the page, as the view shows it (filters applied): the statements
   as CSV and JSON (the columns of `kg query statements`), the network as GraphML and GEXF (Gephi), the map's
   places as GeoJSON. Files are made in the page (a Blob) and saved by the browser: nothing is fetched. */
(function () {
  "use strict";
  const R = window.kgReport, P = window.kgReportParts;
  const DATA = R.data, E = DATA.entities, A = DATA.articles, S = DATA.statements, F = P.F;
  const COLUMNS = ["speaker", "content", "cue", "kind", "date", "confidence", "article", "headline", "url"];

  function save(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type: type + ";charset=utf-8" }));
    const link = P.el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }
  function statementRecord(i) {
    const s = S[i], article = A[s[F.article]] || {};
    return { speaker: E[s[F.speaker]].name, content: s[F.text], cue: s[F.cue] || "", kind: s[F.direct] ? "direct" : "reported",
      date: s[F.date] || "", confidence: s[F.confidence] == null ? "" : s[F.confidence], article: article.id || "",
      headline: article.headline || "", url: article.url || "" };
  }
  function csvField(value) {
    const text = String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function toCSV(records) {
    return [COLUMNS.join(",")].concat(records.map(function (r) {
      return COLUMNS.map(function (c) { return csvField(r[c]); }).join(",");
    })).join("\r\n") + "\r\n";
  }
  function xml(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c]; })
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");  // characters XML 1.0 cannot hold
  }
  function toGraphML(graph) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key id="label" for="node" attr.name="label" attr.type="string"/>',
      '<key id="kind" for="node" attr.name="kind" attr.type="string"/>',
      '<key id="said" for="node" attr.name="said" attr.type="int"/>',
      '<key id="named" for="node" attr.name="named" attr.type="int"/>',
      '<key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
      '<graph id="newskg" edgedefault="directed">'];
    graph.nodes.forEach(function (i) {
      out.push('<node id="n' + i + '"><data key="label">' + xml(E[i].name) + '</data><data key="kind">' + E[i].kind +
        '</data><data key="said">' + R.said[i].length + '</data><data key="named">' + R.about[i].length + "</data></node>");
    });
    graph.edges.forEach(function (e, k) {
      out.push('<edge id="e' + k + '" source="n' + e[0] + '" target="n' + e[1] + '"><data key="weight">' + e[2] + "</data></edge>");
    });
    return out.concat(["</graph>", "</graphml>"]).join("\n") + "\n";
  }
  function toGEXF(graph) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      '<graph mode="static" defaultedgetype="directed">',
      '<attributes class="node"><attribute id="kind" title="kind" type="string"/>' +
        '<attribute id="said" title="said" type="integer"/><attribute id="named" title="named" type="integer"/></attributes>',
      "<nodes>"];
    graph.nodes.forEach(function (i) {
      out.push('<node id="n' + i + '" label="' + xml(E[i].name) + '"><attvalues><attvalue for="kind" value="' + E[i].kind +
        '"/><attvalue for="said" value="' + R.said[i].length + '"/><attvalue for="named" value="' + R.about[i].length + '"/></attvalues></node>');
    });
    out.push("</nodes>", "<edges>");
    graph.edges.forEach(function (e, k) {
      out.push('<edge id="e' + k + '" source="n' + e[0] + '" target="n' + e[1] + '" weight="' + e[2] + '"/>');
    });
    return out.concat(["</edges>", "</graph>", "</gexf>"]).join("\n") + "\n";
  }
  function toGeoJSON(places) {
    return JSON.stringify({ type: "FeatureCollection", features: places.map(function (p) {
      const e = E[p.entity];
      return { type: "Feature", geometry: { type: "Point", coordinates: [e.at[1], e.at[0]] },
        properties: { name: e.name, articles: p.articles, iri: e.iri || "" } };
    }) }, null, 1) + "\n";
  }
  function button(label, onClick) {
    return P.el("button", { type: "button", class: "export", on: { click: onClick } }, label);
  }
  function setUp() {
    const statements = document.querySelector("#view-statements .toolbar");
    statements.append(P.el("span", { class: "exports" }, "Export the rows shown: ",
      button("CSV", function () { save("statements.csv", "text/csv", toCSV(R.filteredStatements().map(statementRecord))); }),
      button("JSON", function () { save("statements.json", "application/json", JSON.stringify(R.filteredStatements().map(statementRecord), null, 1) + "\n"); })));
    const network = document.querySelector("#view-network .toolbar");
    network.append(P.el("span", { class: "exports" }, "Export the network: ",
      button("GraphML", function () { save("network.graphml", "application/xml", toGraphML(shownNetwork())); }),
      button("GEXF", function () { save("network.gexf", "application/xml", toGEXF(shownNetwork())); })));
    const map = byIdOrNull("map-tools");
    if (map) map.append(P.el("span", { class: "exports" }, "Export the places shown: ",
      button("GeoJSON", function () { save("places.geojson", "application/geo+json", toGeoJSON(R.placesShown ? R.placesShown() : [])); })));
  }
  function shownNetwork() { return R.networkShown ? R.networkShown() : { nodes: [], edges: [] }; }
  function byIdOrNull(id) { return document.getElementById(id); }
  window.kgReportExports = { toCSV: toCSV, toGraphML: toGraphML, toGEXF: toGEXF, toGeoJSON: toGeoJSON, statementRecord: statementRecord };
  setUp();
})();
