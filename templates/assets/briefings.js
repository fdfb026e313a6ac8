/* The site's own browser code. It loads third-party code only from this site, and only on the
 * search page, so no other page downloads a search index. (Derivation diagrams are static SVG,
 * drawn by the generator: no script.) Pages load whole, without instant navigation: evidence links
 * jump within a page, and the browser's own jump is immediate and sets :target, which highlights
 * the sentence.
 *
 * Search: the header form leads to the search page, where Pagefind's interface (written into
 * pagefind/ by `briefings build`) answers as the reader types, from an index fetched in chunks.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base.replace(/\/?$/, "/"), location.href);

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function loadStylesheet(url) {
    if (document.querySelector('link[href="' + url + '"]')) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    document.head.appendChild(link);
  }

  function mountSearch(element) {
    var bundle = new URL("pagefind/", base).href;
    loadStylesheet(bundle + "pagefind-ui.css");
    loadScript(bundle + "pagefind-ui.js").then(function () {
      var ui = new window.PagefindUI({
        element: "#" + element.id, bundlePath: bundle, showImages: false, showSubResults: false,
        resetStyles: false, autofocus: true, translations: { placeholder: "Search the briefings" }
      });
      // Pagefind labels its input with a title only; screen readers need a real name.
      var input = element.querySelector("input");
      if (input) input.setAttribute("aria-label", "Search the briefings");
      var query = new URLSearchParams(location.search).get("q");
      if (query) ui.triggerSearch(query);
    });
  }

  function onPage() {
    var search = document.getElementById("pagefind-search");
    if (search && !search.hasChildNodes()) mountSearch(search);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", onPage);
  else onPage();
})();
