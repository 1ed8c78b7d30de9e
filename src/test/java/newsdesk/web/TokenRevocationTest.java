package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request that uses a token while it is being revoked must not put it back in the one-minute
 * cache: the row goes first, then the cache entry.
 */
class TokenRevocationTest {
  @TempDir Path dir;

  @Test
  void aRequestDuringRevocationDoesNotKeepTheTokenAlive() {
    String token = "nd_revocation-test-token";
    try (SqliteNewsStore sqlite = SqliteNewsStore.open(dir.resolve("n.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      long id = sqlite.addApiToken("script", PasswordHasher.sha256(token), Instant.now()).id();
      URI[] base = new URI[1];
      AtomicInteger duringRevocation = new AtomicInteger();
      // The request arrives while the revocation runs, at the store call that deletes the row.
      NewsStore store = (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class},
          (proxy, method, args) -> {
            if (method.getName().equals("removeApiToken")) {
              duringRevocation.set(new Http(base[0]).get("/api/v1/stories", "Authorization", "Bearer " + token).statusCode());
            }
            try {
              return method.invoke(sqlite, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      WebServer web = new WebServer(store, index, new WebOptions(null, WebFixture.PASSWORD, null, null),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      try {
        base[0] = URI.create("http://127.0.0.1:" + web.start("127.0.0.1", 0));
        Http script = new Http(base[0]);
        assertThat(script.get("/api/v1/stories", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);

        Http browser = new Http(base[0]);
        String csrf = browser.logIn(WebFixture.PASSWORD);
        assertThat(browser.postForm("/settings/tokens/" + id + "/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);

        assertThat(duringRevocation.get()).as("the request during revocation ran").isNotZero();
        assertThat(sqlite.apiTokens()).isEmpty();
        assertThat(script.get("/api/v1/stories", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
      } finally {
        web.close();
      }
    }
  }
}
