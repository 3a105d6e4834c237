/*
 * Swedish stemming for typed search words (appended to Material's search worker by the build).
 *
 * Material adds "*" to every query word so results appear while typing, and lunr skips the
 * pipeline (and so the Swedish stemmer) for any word with a wildcard. Then "föreningarna*"
 * never meets the indexed stem "förening", and "thaimise*" never meets "thaimis". For each
 * such word this adds one more optional clause: the word without "*", through the pipeline.
 */
(function (lunr) {
  if (!lunr || !lunr.Index || lunr.Index.prototype.__registerStemming) return;
  var query = lunr.Index.prototype.query;
  lunr.Index.prototype.query = function (build) {
    return query.call(this, function (q) {
      build.call(q, q);
      var stemmed = [];
      q.clauses.forEach(function (clause) {
        var term = clause.term;
        var trailingOnly = term.length > 2 && term.indexOf("*") === term.length - 1;
        if (!clause.usePipeline && trailingOnly && clause.presence !== lunr.Query.presence.PROHIBITED) {
          stemmed.push({
            term: term.slice(0, -1),
            fields: clause.fields,
            boost: clause.boost,
            usePipeline: true,
            wildcard: lunr.Query.wildcard.NONE,
            presence: lunr.Query.presence.OPTIONAL
          });
        }
      });
      stemmed.forEach(function (clause) { q.clause(clause); });
    });
  };
  lunr.Index.prototype.__registerStemming = true;
})(self.lunr);
