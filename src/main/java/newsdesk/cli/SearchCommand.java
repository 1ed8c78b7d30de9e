package newsdesk.cli;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.search.InvalidQueryException;
import newsdesk.search.SearchHit;
import newsdesk.store.StoredArticle;
import newsdesk.text.EntityAliases;
import newsdesk.web.HttpProblem;
import newsdesk.web.SearchForm;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Searches stored articles. Words starting with '-' are query words (exclusions), not options:
 * the command is parsed with unknown options taken as query words (see {@link #commandLine()}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stored articles (words, \"phrases\", AND, OR, -exclude); best matches first.",
        "Words starting with '-' exclude articles (search volcano -eruption); a query of only exclusions "
            + "finds every other article. Put -- before the query when a word could be taken for an option "
            + "(search -- -h).",
        "The filters are those of the web API's /api/v1/search (outlet, from, to, entity, sort), with the same "
            + "meaning and checks; with a filter the query may be left out (search --entity \"Mount Etna\")."})
public final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  private final Clock clock;

  /** On the system clock. */
  public SearchCommand() {
    this(Clock.systemUTC());
  }

  /** {@code clock}: what the store stamps with and the command reads as now. */
  public SearchCommand(Clock clock) {
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The words to search for (may be left out when a filter is given).",
      preprocessor = QueryWords.class)
  List<String> query;

  @Option(names = "--outlet", paramLabel = "NAME", description = "Only articles of this outlet (its name as hits show it, in any case, with or without accents).")
  String outlet;

  @Option(names = "--from", paramLabel = "DAY", description = "Only articles of this day (UTC, like 2020-03-01) or later.")
  String from;

  @Option(names = "--to", paramLabel = "DAY", description = "Only articles of this day (UTC, like 2020-03-31) or earlier.")
  String to;

  @Option(names = "--entity", paramLabel = "NAME",
      description = "Only articles naming this person, place or organization (by any of its known names: U.S. finds United States).")
  String entity;

  @Option(names = "--sort", paramLabel = "ORDER", description = "Order of the hits: relevance (the default: best matches first) or newest.")
  String sort;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--cursor", paramLabel = "CURSOR",
      description = "Continue a search: the next page after the one whose \"next\" this is (json), or that the hint on stderr named "
          + "(text); give the same query, filters, --sort and --limit. Like the cursor of the web API's /api/v1/search.")
  String cursor;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: text or json (default: ${DEFAULT-VALUE}); text marks matches with \u00ab\u00bb (for reading only), json lists them "
          + "in matches. json is the web API's search page: {\"items\": [hits], \"next\": cursor or null}; next is null on the last page, "
          + "else pass it to --cursor for the following hits.")
  String format;

  /**
   * A hit with the article's story and URL, as printed: a plain-text snippet and the matched terms.
   * The same keys and values as a hit of the web API's {@code /api/v1/search} ({@code published} is
   * the publication time, else when it was fetched; {@code url} is null when the article has no
   * web address or its page is gone, and then {@code link_gone} is true, else left out;
   * {@code published_precision} is {@code "day"} when the publication date gave no time of day, else
   * left out; {@code credited_agency} and {@code agency_contributed} name the agency whose report the
   * article is, or that contributed to the outlet's own text, else are left out), so that a script
   * reads either alike.
   */
  record Hit(String article_id, String story_id, String title, String outlet,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String credited_agency,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String agency_contributed,
      String url,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT) boolean link_gone,
      java.time.Instant published,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) String published_precision,
      String snippet, List<String> matches) {}

  /**
   * The command as registered: unknown options are query words ({@code -eruption}), and short options
   * do not cluster, so that {@code -hamas} is a word rather than {@code -h}.
   */
  static CommandLine commandLine(Clock clock) {
    return new CommandLine(new SearchCommand(clock)).setUnmatchedOptionsArePositionalParams(true).setPosixClusteredShortOptionsAllowed(false);
  }

  /**
   * Takes the words of the query up to the next option of this command (or the end): picocli would
   * otherwise refuse a word such as {@code -hamas} that starts like a short option ({@code -h}).
   */
  static final class QueryWords implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec spec, CommandLine.Model.ArgSpec param,
        java.util.Map<String, Object> info) {
      List<String> words = new java.util.ArrayList<>();
      // picocli calls this for a query word, so the first is one even when it is spelled like an option (after --).
      if (!args.isEmpty()) words.add(args.pop());
      boolean endOfOptions = false;
      while (!args.isEmpty() && (endOfOptions || !isOption(args.peek(), spec))) {
        String word = args.pop();
        if (word.equals("--") && !endOfOptions) {
          endOfOptions = true; // the -- convention: everything after it is a query word
        } else {
          words.add(word);
        }
      }
      List<String> current = param.getValue();
      List<String> all = new java.util.ArrayList<>(current == null ? List.of() : current);
      all.addAll(words);
      param.setValue(all);
      return true;
    }

    private static boolean isOption(String arg, CommandLine.Model.CommandSpec spec) {
      int eq = arg.indexOf('=');
      return spec.optionsMap().containsKey(eq > 0 && arg.startsWith("--") ? arg.substring(0, eq) : arg);
    }
  }

  @Override
  public Integer call() throws Exception {
    if (limit <= 0) throw new UserError("--limit must be a positive number, got " + limit);
    newsdesk.search.SearchCursor after = after(cursor);
    // In any case, as digest, extract and feed parse read theirs.
    String given = format;
    format = format.toLowerCase(java.util.Locale.ROOT);
    if (!format.equals("text") && !format.equals("json")) throw new UserError("--format must be text or json, got '" + given + "'");
    String words = query == null ? null : String.join(" ", query);
    if (words != null && words.length() > SearchForm.MAX_QUERY) {
      throw new UserError("the query is longer than " + SearchForm.MAX_QUERY + " characters");
    }
    SearchForm form;
    boolean newestFirst;
    try {
      // The API's own parsing and checks, so that a filter means and refuses the same here and there.
      form = new SearchForm(words, outlet, SearchForm.day(from, "--from"),
          SearchForm.day(to, "--to"), entity);
      newestFirst = SearchForm.newestFirst(sort, "--sort");
    } catch (HttpProblem e) {
      throw new UserError(e.getMessage());
    }
    if (form.isEmpty()) {
      throw new UserError("the query is empty: give at least one word to find, or a filter (--outlet, --from, --to, --entity)");
    }
    try (Workspace ws = Workspace.forReading(data.existingDataDir(), clock)) {
      checkIndexed(ws);
      List<SearchHit> found;
      String next;
      try {
        EntityAliases aliases = form.entity() == null ? null : EntityAliases.load();
        var filter = form.filter(ws.store(), name -> aliases.searchNames(name), newestFirst);
        if (filter.entityLimited()) {
          System.err.println("newsdesk search: more articles name " + form.entity() + " than are searched; only the newest of them were");
        }
        // The API's keyset pages, so that a cursor means the same place here and there.
        newsdesk.search.SearchPage page = ws.index().searchAfter(form.text(), filter.filter(), after, Math.min(limit, MAX_PAGE));
        found = page.hits();
        next = page.next() == null ? null : page.next().token();
      } catch (InvalidQueryException e) {
        throw new UserError(e.getMessage());
      } catch (newsdesk.search.SearchCursor.WrongOrderException e) {
        throw new UserError("--cursor belongs to a search in another order (--sort): start again without it");
      }
      // An empty folder is not a search that failed: say what to do instead of "no article matches".
      if (found.isEmpty() && ws.store().articleCount() == 0) System.err.println("newsdesk search: " + nothingFetched(ws));
      if (format.equals("json")) {
        List<Hit> hits = found.stream().map(h -> hit(ws, h)).toList();
        // The API's page shape: {"items": [...], "next": cursor}, next null only when no hit is left.
        java.util.Map<String, Object> page = new java.util.LinkedHashMap<>();
        page.put("items", hits);
        page.put("next", next);
        System.out.println(JsonDigestRenderer.mapper().writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(page));
      } else {
        if (found.isEmpty() && ws.store().articleCount() > 0) {
          System.err.println(after == null ? "no article matches" : "no more articles match");
        }
        for (SearchHit h : found) {
          Hit hit = hit(ws, h);
          System.out.println(hit.title() + " — " + hit.outlet());
          // An article from a feed entry without a link has no address to show.
          if (hit.url() != null && !hit.url().isBlank()) System.out.println("  " + hit.url());
          else if (hit.link_gone()) System.out.println("  (the page is no longer available)");
          if (!h.snippet().isBlank()) System.out.println("  " + h.snippet());
        }
        // On stderr, so that the hits alone go down a pipe; a reader still learns the list goes on.
        if (next != null) System.err.println("newsdesk search: more articles match; the next " + limit + ": add --cursor " + next);
      }
    }
    return 0;
  }

  /**
   * Fails when the index is empty or missing although the database holds articles (a search would
   * wrongly answer "no article matches"), and warns when it lags behind the database, is ahead of it
   * (a database restored from an older backup) or was built by an older text analysis (it then
   * answers as it was built until a writer rebuilds it).
   */
  private static void checkIndexed(Workspace ws) {
    var index = ws.index();
    if (index.size() == 0 && ws.store().articleCount() > 0) {
      throw new CommandFailure("the search index " + ws.dir().index() + " is empty or missing while the database holds "
          + Plural.count(ws.store().articleCount(), "article") + "; run `newsdesk reindex" + dataArgument(ws) + "`");
    }
    if (index.outdated()) {
      System.err.println("newsdesk search: the search index was built by an older version of newsdesk and answers as it was "
          + "built until it is rebuilt (an old enough one matches accents and apostrophes only exactly); a running serve or run rebuilds it (so does the next serve, "
          + "run or fetch), or run `newsdesk reindex" + dataArgument(ws) + "`");
    } else if (new newsdesk.pipeline.IndexSync(ws.store(), index).indexAhead()) {
      System.err.println("newsdesk search: the search index holds articles the database does not (was the database restored "
          + "from a backup?), so it may find articles that are gone and miss newer ones; a running serve or run rebuilds it "
          + "(so does the next serve, run or fetch), or run `newsdesk reindex" + dataArgument(ws) + "`");
    } else if (ws.store().maxArticleId() > index.indexedThrough()) {
      System.err.println("newsdesk search: the search index lags behind the database; a running serve/run indexes the newest "
          + "articles shortly, or run `newsdesk reindex" + dataArgument(ws) + "`");
    }
  }

  private static String nothingFetched(Workspace ws) {
    return ws.store().sources().isEmpty()
        ? "nothing fetched yet: add a source with `newsdesk sources add URL" + dataArgument(ws) + "`, then run `newsdesk fetch" + dataArgument(ws) + "`"
        : "nothing fetched yet: run `newsdesk fetch" + dataArgument(ws) + "`";
  }

  private static String dataArgument(Workspace ws) {
    return " --data " + ws.dir().root();
  }

  private static Hit hit(Workspace ws, SearchHit h) {
    var a = ws.store().articleByPublicId(h.articleId());
    String url = a.map(StoredArticle::readableUrl).filter(u -> u.regionMatches(true, 0, "http://", 0, 7)
        || u.regionMatches(true, 0, "https://", 0, 8)).orElse(null);
    return new Hit(h.articleId(), a.map(StoredArticle::storyId).orElse(null), h.title(), a.map(StoredArticle::outlet).orElse(null),
        a.map(StoredArticle::creditedAgency).orElse(null), a.map(StoredArticle::contributingAgency).orElse(null), url, a.map(StoredArticle::linkGone).orElse(false), a.map(StoredArticle::time).orElse(null),
        a.filter(StoredArticle::timeIsDayOnly).isPresent() ? newsdesk.publish.DigestStory.Coverage.DAY : null, h.plainSnippet(),
        h.matches());
  }

  /** The most hits one page holds, whatever --limit says (a page is built in memory). */
  private static final int MAX_PAGE = 1_000_000;

  /** The place {@code --cursor} names, null for the first page. */
  private static newsdesk.search.SearchCursor after(String cursor) {
    if (cursor == null) return null;
    try {
      return newsdesk.search.SearchCursor.parseToken(cursor);
    } catch (IllegalArgumentException e) {
      throw new UserError("--cursor '" + cursor + "' is not a cursor newsdesk search gave out; pass the \"next\" of the page before");
    }
  }
}
