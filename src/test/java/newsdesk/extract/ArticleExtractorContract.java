package newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ArticleExtractor} must meet: never null, never throws for a bad page,
 * empty text when there is no article, the same answer for the same page, thread-safe.
 */
abstract class ArticleExtractorContract {
  static final URI URL = URI.create("https://news.example/2026/01/02/story");
  static final String ARTICLE =
      "<html><head><title>Council approves budget</title></head><body><nav><a href='/'>Home</a></nav>"
          + "<article><h1>Council approves budget</h1>"
          + "<p>The council approved next year's budget on Tuesday after a debate that lasted more than four hours.</p>"
          + "<p>Spending on roads rises by eight percent, while the library service keeps its current funding level.</p>"
          + "</article></body></html>";

  abstract ArticleExtractor extractor();

  static Page page(String html) {
    return new Page(URL, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
  }

  @Test
  void emptyInputGivesAnEmptyArticleNotAnException() {
    Article a = extractor().extract(new Page(URL, new byte[0], null));
    assertThat(a).isNotNull();
    assertThat(a.text()).isEmpty();
    assertThat(a.isEmpty()).isTrue();
    assertThat(a.url()).isEqualTo(URL.toString());
  }

  @Test
  void pageWithoutContentGivesEmptyText() {
    Article a = extractor().extract(page("<html><head><title>Nothing</title></head><body><div></div></body></html>"));
    assertThat(a.text()).isEmpty();
  }

  @Test
  void articleTextIsFoundAndHeadlineLeftOut() {
    Article a = extractor().extract(page(ARTICLE));
    assertThat(a.text())
        .startsWith("The council approved next year's budget")
        .contains("Spending on roads rises by eight percent")
        .doesNotContain("Council approves budget")
        .doesNotContain("Home");
  }

  @Test
  void samePageGivesTheSameArticleEveryTime() {
    Page p = page(ARTICLE);
    Article first = extractor().extract(p);
    for (int i = 0; i < 5; i++) assertThat(extractor().extract(p)).isEqualTo(first);
  }

  @Test
  void neverThrowsOnRandomBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 50; i++) {
      byte[] noise = new byte[random.nextInt(4000)];
      random.nextBytes(noise);
      assertThatCode(() -> assertThat(extractor().extract(new Page(URL, noise, null))).isNotNull())
          .doesNotThrowAnyException();
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    ArticleExtractor shared = extractor();
    Article expected = shared.extract(page(ARTICLE));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> results =
          pool.invokeAll(java.util.Collections.nCopies(40, () -> shared.extract(page(ARTICLE))));
      for (Future<Article> f : results) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
