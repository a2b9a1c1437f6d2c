/* Material's search worker, with stemming for queries too.
 *
 * Material appends "*" to every search term, and lunr skips the stemmer for
 * terms with a wildcard: "Warteschlangen*" then never meets the indexed stem
 * "warteschlang". Here a term with one trailing "*" is stemmed and keeps its
 * wildcard: "warteschlangen*" becomes "warteschlang*". The page config names this file with ?material=<Material's
 * worker file>, which sits next to it (see tools/mkdocs_hooks.py).
 */
"use strict";
(function () {
  var material = new URL(self.location.href).searchParams.get("material") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(material)) {
    throw new Error("search-stemmed.js: unexpected worker name " + material);
  }
  importScripts(material);
  // Stem "term*" as "term", then put the wildcard back.
  var runString = lunr.Pipeline.prototype.runString;
  lunr.Pipeline.prototype.runString = function (str, metadata) {
    var match = /^([^*]+)\*$/.exec(str);
    if (match === null) {
      return runString.call(this, str, metadata);
    }
    return runString.call(this, match[1], metadata).map(function (term) {
      return term + "*";
    });
  };
  // lunr's query parser turns the pipeline off for any term with a wildcard.
  var clause = lunr.Query.prototype.clause;
  lunr.Query.prototype.clause = function (c) {
    if (c.usePipeline === false && /^[^*]+\*$/.test(c.term)) {
      c.usePipeline = true;
    }
    return clause.call(this, c);
  };
})();
