package newsdesk.store;

/**
 * The query that sums the entities of many articles (a story's, or all) into one row per name.
 *
 * <p>A name counts once whatever its capitalisation ("Van Biljon", "van Biljon"; "NATO", "Nato"),
 * except that an initialism ("US", "WHO") stays apart from the same letters in other capitals (the
 * film "Us"), as entity search keeps them apart (the case rule of {@link newsdesk.text.EntityNames},
 * {@link #CASELESS}); and whatever type
 * each article gave it: the extractor types every article on its own evidence, so "Nordair" may be
 * a place in one article and a person in another. The row takes the type given in most articles
 * (then by most mentions, then organisation before person before place), the spelling used in most
 * articles, the mentions of all spellings and the number of distinct articles.
 */
final class EntityTally {
  /**
   * SQL: whether the stored name {@code e.name} may match in another case, i.e. is no initialism
   * ({@link newsdesk.text.EntityNames#isCaseSignificant}): it has a lowercase letter or more than
   * {@value newsdesk.text.EntityNames#INITIALISM_LENGTH} characters besides full stops. GLOB and
   * NOCASE know ASCII letters only, so a name in another script matches only as written.
   */
  static final String CASELESS = "(e.name GLOB '*[a-z]*' OR length(replace(e.name, '.', '')) > "
      + newsdesk.text.EntityNames.INITIALISM_LENGTH + ")";

  private EntityTally() {}

  /**
   * The query over {@code article_entities e} narrowed by {@code filter} (joins and a WHERE clause,
   * or ""), most widely named first; its last parameter is the row limit (-1 for none).
   */
  static String query(String filter) {
    return """
        WITH rows AS (SELECT e.article_id, e.name, e.type, e.mentions,
                        CASE WHEN %s THEN lower(e.name) ELSE e.name END AS k
                      FROM article_entities e %s),
        combos AS (SELECT k, name, type, count(*) AS n, sum(mentions) AS m FROM rows
                   GROUP BY k, name, type),
        types AS (SELECT k, type, row_number() OVER (PARTITION BY k ORDER BY sum(n) DESC, sum(m) DESC,
                    CASE type WHEN 'ORGANIZATION' THEN 0 WHEN 'PERSON' THEN 1 ELSE 2 END) AS r
                  FROM combos GROUP BY k, type),
        forms AS (SELECT k, name, row_number() OVER (PARTITION BY k ORDER BY sum(n) DESC, sum(m) DESC, name) AS r
                  FROM combos GROUP BY k, name),
        totals AS (SELECT k, sum(mentions) AS mentions, count(DISTINCT article_id) AS articles
                   FROM rows GROUP BY k)
        SELECT forms.name AS name, types.type AS type, totals.mentions AS mentions, totals.articles AS articles
        FROM totals JOIN forms ON forms.k = totals.k AND forms.r = 1 JOIN types ON types.k = totals.k AND types.r = 1
        ORDER BY articles DESC, mentions DESC, forms.name LIMIT ?""".formatted(CASELESS, filter);
  }
}
