/* newskg report: the page's data is inlined gzipped (base64) in blocks: a newsroom's archive makes hundreds of
   megabytes of JSON, more than a browser takes as one string. The browser inflates each block on its own
   (DecompressionStream: nothing is fetched): the main block and the statements' blocks as the page opens,
   then the views start, in order; the articles' texts a block of articles at a time, when one is opened. */
(function () {
  "use strict";
  function bytes(text) {
    const raw = atob(text.trim()), out = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
    return out;
  }
  function inflate(node) {
    const stream = new Blob([bytes(node.textContent)]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json().then(function (value) { node.remove(); return value; });
  }
  // The pieces of article a's text ([start, text] pairs): its block inflated once, on first use.
  const pieceBlocks = Array.from(document.querySelectorAll("script.kg-pieces")).map(function (node) {
    return { first: Number(node.dataset.first), node: node, list: null };
  });
  function pieces(a) {
    const block = pieceBlocks.filter(function (b) { return b.first <= a; }).pop();
    if (!block) return Promise.resolve([]);
    block.list = block.list || inflate(block.node);
    return block.list.then(function (list) { return list[a - block.first] || []; });
  }
  const statementBlocks = Array.from(document.querySelectorAll("script.kg-statements"));
  inflate(document.getElementById("kg-data")).then(function (data) {
    return statementBlocks.reduce(function (done, node) {
      return done.then(function () {
        return inflate(node).then(function (rows) { for (const row of rows) data.statements.push(row); });
      });
    }, Promise.resolve()).then(function () { return data; });
  }).then(function (data) {
    window.kgData = data;
    window.kgPieces = pieces;
    (window.kgStart || []).forEach(function (start) { start(); });
  }).catch(function (error) {
    document.body.dataset.failed = "true";
    document.body.prepend(document.createTextNode("This page's data could not be read: " + error));
  });
})();
