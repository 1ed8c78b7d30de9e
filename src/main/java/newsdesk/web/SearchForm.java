package newsdesk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.function.Function;
import newsdesk.search.SearchFilter;
import newsdesk.store.NewsStore;
import newsdesk.store.SavedSearch;
import newsdesk.text.EntityNames;

/**
 * A search as asked: words and filters (outlet, days from/to inclusive in UTC, entity). Blank
 * fields are null. The web pages, the API and {@code newsdesk search} read and check their
 * parameters here, so that they mean and refuse the same; a refusal is an {@link HttpProblem} 400
 * whose message is the reason.
 */
public record SearchForm(String q, String outlet, LocalDate from, LocalDate to, String entity) {
  /** An entity filter keeps at most this many articles, the newest (the most a filter set should hold). */
  static final int ENTITY_ARTICLES = 20_000;
  /** The longest query searched, in characters. */
  public static final int MAX_QUERY = 500;

  public SearchForm {
    q = blankToNull(q);
    outlet = blankToNull(outlet);
    entity = blankToNull(entity);
    if (q != null && q.length() > MAX_QUERY) throw HttpProblem.badRequest("q is longer than " + MAX_QUERY + " characters");
    if (from != null && to != null && from.isAfter(to)) throw HttpProblem.badRequest("from " + from + " is after to " + to);
  }

  /**
   * The sort parameter: true for {@code newest}, false for {@code relevance} (the default: null or
   * empty); anything else is refused naming the parameter as the caller spells it ({@code sort} in
   * the API, {@code --sort} on the command line).
   */
  public static boolean newestFirst(String sort, String name) {
    if (sort == null || sort.isEmpty() || sort.equals("relevance")) return false;
    if (sort.equals("newest")) return true;
    throw HttpProblem.badRequest(name + " must be newest or relevance (the default), got " + sort);
  }

  /** Reads the form from request parameters ({@code q, outlet, from, to, entity}). */
  static SearchForm read(Function<String, String> param) {
    return new SearchForm(param.apply("q"), param.apply("outlet"), day(param.apply("from"), "from"),
        day(param.apply("to"), "to"), param.apply("entity"));
  }

  /**
   * What can be kept of a form {@link #read} refuses, to show it again with the reason: the words
   * cut to {@link #MAX_QUERY} characters, a day that is no day left out, and of a range typed
   * backwards only its {@code from}.
   */
  static SearchForm readKept(Function<String, String> param) {
    String q = param.apply("q");
    if (q != null && q.strip().length() > MAX_QUERY) {
      q = q.strip();
      int end = Character.isHighSurrogate(q.charAt(MAX_QUERY - 1)) ? MAX_QUERY - 1 : MAX_QUERY;
      q = q.substring(0, end);
    }
    LocalDate from = dayOrNull(param.apply("from"));
    LocalDate to = dayOrNull(param.apply("to"));
    if (from != null && to != null && from.isAfter(to)) to = null;
    return new SearchForm(q, param.apply("outlet"), from, to, param.apply("entity"));
  }

  private static LocalDate dayOrNull(String text) {
    try {
      return day(text, "day");
    } catch (HttpProblem e) {
      return null;
    }
  }

  public static SearchForm of(SavedSearch s) {
    return new SearchForm(s.query(), s.outlet(), s.from(), s.to(), s.entity());
  }

  /** True when nothing is asked. */
  public boolean isEmpty() {
    return q == null && outlet == null && from == null && to == null && entity == null;
  }

  public String text() {
    return q == null ? "" : q;
  }

  /**
   * The filter for the index, and whether the entity filter was cut.
   *
   * @param entityLimited true when more than the limit of articles name the entity, so that only the
   *     newest of them are searched
   */
  public record Filter(SearchFilter filter, boolean entityLimited) {}

  /**
   * The filter for the index; the entity becomes the set of the {@link #ENTITY_ARTICLES} newest
   * articles naming one of the forms {@code entityNames} expands it to.
   */
  public Filter filter(NewsStore store, Function<String, EntityNames> entityNames, boolean newestFirst) {
    return filter(store, entityNames, newestFirst, ENTITY_ARTICLES);
  }

  /** As {@link #filter(NewsStore, Function, boolean)}, keeping at most {@code entityArticles} articles. */
  Filter filter(NewsStore store, Function<String, EntityNames> entityNames, boolean newestFirst, int entityArticles) {
    HashSet<String> ids = null;
    boolean limited = false;
    if (entity != null) {
      // One more than kept tells, at no extra query, whether the cut dropped any.
      var found = store.articleIdsWithEntity(entityNames.apply(entity), entityArticles + 1);
      limited = found.size() > entityArticles;
      ids = new HashSet<>(limited ? found.subList(0, entityArticles) : found);
    }
    return new Filter(new SearchFilter(outlet, from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ids, newestFirst), limited);
  }

  /** The query string that asks this search again ({@code q=...&outlet=...}). */
  public String queryString() {
    StringBuilder b = new StringBuilder();
    add(b, "q", q);
    add(b, "outlet", outlet);
    add(b, "from", from == null ? null : from.toString());
    add(b, "to", to == null ? null : to.toString());
    add(b, "entity", entity);
    return b.toString();
  }

  /** A short description: the words and the filters. */
  public String describe() {
    StringBuilder b = new StringBuilder(q == null ? "everything" : q);
    if (outlet != null) b.append(" · outlet ").append(outlet);
    if (from != null) b.append(" · from ").append(from);
    if (to != null) b.append(" · to ").append(to);
    if (entity != null) b.append(" · naming ").append(entity);
    return b.toString();
  }

  private static void add(StringBuilder b, String name, String value) {
    if (value == null) return;
    if (!b.isEmpty()) b.append('&');
    b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  /**
   * A day ({@code 2020-03-01}) given as {@code name} ({@code from} in the API, {@code --from} on the
   * command line); null for null or blank, refused when it is not a day.
   */
  public static LocalDate day(String text, String name) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " must be a day like 2020-03-01, got '" + text.strip() + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
