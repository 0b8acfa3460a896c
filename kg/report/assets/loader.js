/* newskg report: the page's data is inlined gzipped (base64): a newsroom's archive makes tens of megabytes
   of JSON, a fifth of that compressed. The browser inflates it (DecompressionStream: nothing is fetched),
   then the views start, in order. */
(function () {
  "use strict";
  const packed = document.getElementById("kg-data").textContent.trim();
  const bytes = Uint8Array.from(atob(packed), function (c) { return c.charCodeAt(0); });
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  new Response(stream).text().then(function (text) {
    window.kgDataText = text;
    (window.kgStart || []).forEach(function (start) { start(); });
  }).catch(function (error) {
    document.body.dataset.failed = "true";
    document.body.prepend(document.createTextNode("This page's data could not be read: " + error));
  });
})();
