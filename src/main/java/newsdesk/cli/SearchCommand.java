package newsdesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import newsdesk.publish.JsonDigestRenderer;
import newsdesk.search.SearchHit;
import newsdesk.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Searches stored articles. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search stored articles (words, \"phrases\", OR, -exclude); best matches first.")
public final class SearchCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to search for.")
  List<String> query;

  @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  /** A hit with the article's story and URL, as printed. */
  record Hit(String article_id, String story_id, String title, String outlet, String url, String snippet, float score) {}

  @Override
  public Integer call() throws Exception {
    if (limit <= 0) throw new UserError("--limit must be a positive number, got " + limit);
    if (!format.equals("text") && !format.equals("json")) throw new UserError("--format must be text or json, got " + format);
    try (Workspace ws = Workspace.forReading(data.existingDataDir())) {
      checkIndexed(ws);
      List<Hit> hits = ws.index().search(String.join(" ", query), limit).stream().map(h -> hit(ws, h)).toList();
      if (format.equals("json")) {
        System.out.println(JsonDigestRenderer.mapper().writeValueAsString(java.util.Map.of("hits", hits)));
      } else {
        if (hits.isEmpty()) System.err.println("no article matches");
        for (Hit h : hits) {
          System.out.println(h.title() + " — " + h.outlet());
          System.out.println("  " + h.url());
          if (!h.snippet().isBlank()) System.out.println("  " + h.snippet().replace('\n', ' '));
        }
      }
    }
    return 0;
  }

  /**
   * Fails when the index is empty or missing although the database holds articles (a search would
   * wrongly answer "no article matches"), and warns when it lags behind the database.
   */
  private static void checkIndexed(Workspace ws) {
    var index = ws.index();
    if (index.size() == 0 && ws.store().articleCount() > 0) {
      throw new UserError("the search index " + ws.dir().index() + " is empty or missing while the database holds "
          + ws.store().articleCount() + " articles; run `newsdesk reindex" + dataArgument(ws) + "`");
    }
    if (ws.store().maxArticleId() > index.indexedThrough()) {
      System.err.println("newsdesk search: the search index lags behind the database; a running serve/run indexes the newest "
          + "articles shortly, or run `newsdesk reindex" + dataArgument(ws) + "`");
    }
  }

  private static String dataArgument(Workspace ws) {
    return " --data " + ws.dir().root();
  }

  private static Hit hit(Workspace ws, SearchHit h) {
    var a = ws.store().articleByPublicId(h.articleId());
    return new Hit(h.articleId(), a.map(StoredArticle::storyId).orElse(null), h.title(), a.map(StoredArticle::outlet).orElse(null),
        a.map(StoredArticle::url).orElse(null), h.snippet(), h.score());
  }
}
