package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Headers, cookies, CSRF, the password, hostile content, retention and API tokens made in the settings page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
  @TempDir static Path dir;
  WebFixture f;

  @BeforeAll
  void start() {
    f = new WebFixture(dir.resolve("main"), null);
  }

  @AfterAll
  void stop() {
    f.close();
  }

  @Test
  void everyKindOfResponseCarriesCspAndNosniff() {
    Http http = new Http(f.base);
    List<HttpResponse<String>> responses = List.of(http.get("/"), http.get("/stories/s-volcano"), http.get("/stories/s-old"),
        http.get("/search?q=etna"), http.get("/search?from=nonsense"), http.get("/no/such/page"), http.get("/static/newsdesk.css"),
        http.get("/static/newsdesk.js"), http.get("/api/v1/stories"), http.get("/api/v1/stories/nope"), http.get("/api/v1/nothing"),
        http.postJson("/api/v1/stories", "{}"), http.postJson("/api/v1/sources", "{}"), http.get("/feeds/digest.atom"),
        http.get("/feeds/digest.json"), http.get("/feeds/searches/5.atom"), http.get("/settings"), http.get("/login"),
        http.postForm("/login", Map.of("password", "x")), http.postForm("/sources", Map.of("url", "https://x.example")));
    for (HttpResponse<String> r : responses) {
      String what = r.request().method() + " " + r.uri().getPath() + " " + r.statusCode();
      assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
          .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
    }
    assertThat(responses).extracting(HttpResponse::statusCode).contains(200, 301, 303, 400, 401, 403, 404, 405);
  }

  @Test
  void htmlPagesAreNeverStoredByCaches() {
    Http anonymous = new Http(f.base);
    Http reader = new Http(f.base);
    reader.logIn(WebFixture.PASSWORD);
    for (Http http : List.of(anonymous, reader)) {
      List<HttpResponse<String>> pages = List.of(http.get("/"), http.get("/stories/s-volcano"), http.get("/search?q=etna"),
          http.get("/search?from=nonsense"), http.get("/no/such/page"), http.get("/login"), http.get("/sources"),
          http.get("/settings"));
      for (HttpResponse<String> r : pages) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) continue;
        String what = r.request().method() + " " + r.uri().getPath() + " " + r.statusCode();
        assertThat(r.headers().firstValue("Cache-Control")).as(what).contains("private, no-store");
      }
      assertThat(pages).filteredOn(r -> r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")).hasSizeGreaterThan(4);
    }
  }

  /**
   * Feeds carry Last-Modified, which lets a shared cache keep them on its own: they must be
   * revalidated (cheap, a 304), and once reading is private no shared cache may keep what a
   * logged-in reader or a token holder was sent, lest it hand it to anyone.
   */
  @Test
  void feedsAndApiAnswersAreRevalidatedAndPrivateOnceReadingIsPrivate() {
    Http reader = new Http(f.base);
    String csrf = reader.logIn(WebFixture.PASSWORD);
    List<String> paths = List.of("/feeds/digest.atom", "/feeds/digest.json", "/api/v1/stories", "/api/v1/stories/s-volcano");
    for (String path : paths) {
      assertThat(reader.get(path).headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c)
          .contains("no-cache").doesNotContain("private"));
    }
    assertThat(reader.postForm("/settings", Map.of("csrf", csrf, "reading", "private", "retention_days", "0")).statusCode()).isEqualTo(303);
    try {
      for (String path : paths) {
        HttpResponse<String> r = reader.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("private").contains("no-cache"));
      }
      HttpResponse<String> feed = reader.get("/feeds/digest.atom");
      HttpResponse<String> again = reader.get("/feeds/digest.atom", "If-None-Match", feed.headers().firstValue("ETag").orElseThrow());
      assertThat(again.statusCode()).isEqualTo(304);
      assertThat(again.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("private"));
    } finally {
      reader.postForm("/settings", Map.of("csrf", csrf, "reading", "public", "retention_days", "0"));
    }
  }

  @Test
  void sessionCookiesAreHttpOnlyLaxAndSecureBehindHttps() {
    try (WebFixture https = new WebFixture(dir.resolve("https"), "https://news.example.org/desk")) {
      // The client keeps Secure cookies away from plain http, so this test carries them by hand.
      HttpResponse<String> form = new Http(https.base).get("/login");
      String loginCookie = form.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Auth.LOGIN_CSRF_COOKIE + "="))
          .findFirst().orElseThrow();
      assertThat(loginCookie).contains("HttpOnly").contains("Secure").contains("SameSite=Strict").contains("Path=/desk");
      String csrf = Jsoup.parse(form.body()).select("input[name=csrf]").attr("value");
      assertThat(Jsoup.parse(form.body()).select("form.stacked").attr("action")).isEqualTo("/desk/login");
      HttpResponse<String> in = new Http(https.base).postForm("/login",
          Map.of("csrf", csrf, "password", WebFixture.PASSWORD, "next", "/sources"), "Cookie", loginCookie.split(";")[0]);
      assertThat(in.statusCode()).isEqualTo(303);
      assertThat(in.headers().firstValue("Location")).contains("/desk/sources");
      assertThat(in.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(Auth.SESSION_COOKIE + "=")
          .contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
    }
  }

  @Test
  void repeatedWrongPasswordsMakeTheNextAttemptWaitEvenWithTheRightOne() {
    // A stopped clock: the one-second wait cannot run out however slow the machine is.
    try (WebFixture own = new WebFixture(dir.resolve("throttle"), null, java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC))) {
      Http http = new Http(own.base);
      for (int i = 0; i < LoginLimits.defaults().freeFailures(); i++) {
        HttpResponse<String> wrong = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", "guess" + i));
        assertThat(wrong.statusCode()).as("free wrong password %d", i).isEqualTo(401);
      }
      HttpResponse<String> sixth = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", "one more"));
      assertThat(sixth.statusCode()).isEqualTo(401);
      HttpResponse<String> right = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", WebFixture.PASSWORD));
      assertThat(right.statusCode()).as("the right password during the wait").isEqualTo(429);
      assertThat(right.headers().firstValue("Retry-After")).hasValue("1");
      assertThat(Jsoup.parse(right.body()).text()).contains("Too many wrong passwords");
      assertThat(right.headers().allValues("Set-Cookie")).noneSatisfy(c -> assertThat(c).startsWith(Auth.SESSION_COOKIE + "="));
    }
  }

  @Test
  void aSessionOutlivesARestartUntilItsReaderLogsOut() {
    Http http = new Http(f.base);
    HttpResponse<String> in = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", WebFixture.PASSWORD));
    assertThat(in.statusCode()).isEqualTo(303);
    String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Auth.SESSION_COOKIE + "="))
        .findFirst().orElseThrow().split(";")[0];
    String id = cookie.substring(cookie.indexOf('=') + 1);
    assertThat(f.store.webSession(PasswordHasher.sha256(id))).as("stored by hash").isPresent();
    assertThat(f.store.webSession(id)).as("never by the id itself").isEmpty();
    // A second server over the same store stands for the process after a restart: nothing in memory.
    try (WebServer restarted = new WebServer(f.store, f.index, new WebOptions(null, WebFixture.PASSWORD, null, null),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      Http after = new Http(java.net.URI.create("http://127.0.0.1:" + restarted.start("127.0.0.1", 0)));
      assertThat(after.get("/settings", "Cookie", cookie).statusCode()).as("still logged in").isEqualTo(200);
      String csrf = Jsoup.parse(after.get("/settings", "Cookie", cookie).body()).select("input[name=csrf]").attr("value");
      assertThat(after.postForm("/logout", Map.of("csrf", csrf), "Cookie", cookie).statusCode()).isEqualTo(303);
      assertThat(after.get("/settings", "Cookie", cookie).statusCode()).as("logged out").isNotEqualTo(200);
    }
    assertThat(f.store.webSession(PasswordHasher.sha256(id))).isEmpty();
  }

  @Test
  void aNewPasswordEndsEveryStoredSession() {
    try (WebFixture own = new WebFixture(dir.resolve("rotation"), null)) {
      Http http = new Http(own.base);
      HttpResponse<String> in = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", WebFixture.PASSWORD));
      String cookie = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Auth.SESSION_COOKIE + "="))
          .findFirst().orElseThrow().split(";")[0];
      try (WebServer rotated = new WebServer(own.store, own.index, new WebOptions(null, "a brand new password", null, null),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
        Http after = new Http(java.net.URI.create("http://127.0.0.1:" + rotated.start("127.0.0.1", 0)));
        assertThat(after.get("/settings", "Cookie", cookie).statusCode()).as("old cookie after a new password").isNotEqualTo(200);
      }
    }
  }

  @Test
  void aNewPasswordTakesEffectBeforeTheServerListens() throws Exception {
    try (WebFixture own = new WebFixture(dir.resolve("rotation-first"), null);
        java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Http http = new Http(own.base);
      HttpResponse<String> in = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", WebFixture.PASSWORD));
      String id = in.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Auth.SESSION_COOKIE + "="))
          .findFirst().orElseThrow().split(";")[0].substring(Auth.SESSION_COOKIE.length() + 1);
      assertThat(own.store.webSession(PasswordHasher.sha256(id))).isPresent();
      String before = own.store.setting(Auth.PASSWORD_KEY).orElseThrow();
      try (WebServer rotated = new WebServer(own.store, own.index, new WebOptions(null, "a brand new password", null, null),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
        // Even a start that cannot listen has already replaced the password and ended the sessions.
        assertThatThrownBy(() -> rotated.start("127.0.0.1", busy.getLocalPort())).isInstanceOf(CannotListenException.class);
      }
      assertThat(own.store.setting(Auth.PASSWORD_KEY).orElseThrow()).isNotEqualTo(before);
      assertThat(own.store.webSession(PasswordHasher.sha256(id))).isEmpty();
    }
  }

  @Test
  void formsThatChangeStateNeedALoginAndTheSessionsCsrfToken() {
    Http anonymous = new Http(f.base);
    HttpResponse<String> r = anonymous.postForm("/sources", Map.of("url", "https://anon.example/feed"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/login"));
    assertThat(anonymous.postForm("/login", Map.of("password", WebFixture.PASSWORD)).statusCode()).as("login without CSRF").isEqualTo(403);

    Http http = new Http(f.base);
    String csrf = http.logIn(WebFixture.PASSWORD);
    assertThat(http.postForm("/sources", Map.of("url", "https://csrf.example/feed")).statusCode()).isEqualTo(403);
    assertThat(http.postForm("/sources", Map.of("url", "https://csrf.example/feed", "csrf", "forged")).statusCode()).isEqualTo(403);
    assertThat(f.store.sources()).extracting(s -> s.url()).doesNotContain("https://anon.example/feed", "https://csrf.example/feed");
    assertThat(http.postForm("/sources", Map.of("url", "javascript:alert(1)", "csrf", csrf)).statusCode()).isEqualTo(400);
    assertThat(http.postForm("/sources", Map.of("url", "https://ok.example/feed", "csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(f.store.sources()).extracting(s -> s.url()).contains("https://ok.example/feed");
    assertThat(http.postForm("/logout", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(http.get("/settings").statusCode()).as("logged out").isEqualTo(303);
  }

  @Test
  void theLoginNeverRedirectsToAnotherSite() {
    assertThat(Forms.safeNext("//evil.example/x")).isEqualTo("/");
    assertThat(Forms.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(Forms.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(Forms.safeNext("/search?q=x")).isEqualTo("/search?q=x");
  }

  /**
   * Browsers drop tabs and newlines from a Location and read a backslash as a slash, so
   * {@code /<TAB>/evil.example} or {@code /\evil.example} lands on another site: any control
   * character or backslash, an authority or a scheme sends the reader home instead.
   */
  @Test
  void aNextThatABrowserWouldReadAsAnotherSiteSendsTheReaderHome() {
    for (String hostile : List.of("/\t/x", "/\n/x", "/\r/x", "/\t\\x", "/%5Cx", "/x\\y", "//x", "///x", "https://x", "http:/x",
        "javascript:alert(1)", "/\u007f/x", "/\u0000x", "x", "", "/x#\t")) {
      assertThat(Forms.safeNext(hostile)).as(hostile.replace("\t", "TAB").replace("\n", "NL")).isEqualTo("/");
    }
    assertThat(Forms.safeNext(null)).isEqualTo("/");
    assertThat(Forms.safeNext("/stories/abc?x=1")).isEqualTo("/stories/abc?x=1");
    assertThat(Forms.safeNext("/search?q=a%20b#top")).isEqualTo("/search?q=a%20b#top");
    assertThat(Forms.safeNext("/")).isEqualTo("/");
  }

  @Test
  void loggingInWithATabbedNextRedirectsHomeNotToAnotherSite() {
    Http http = new Http(f.base);
    HttpResponse<String> r = http.postForm("/login", Map.of("csrf", http.formCsrf("/login"), "password", WebFixture.PASSWORD,
        "next", "/\t/evil.example"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/");
    HttpResponse<String> page = http.get("/login?next=/%09/evil.example");
    assertThat(Jsoup.parse(page.body()).select("input[name=next]").attr("value")).isEqualTo("/");
  }

  /**
   * A proxy's basic auth in front of a public-reading instance passes its own Authorization header
   * through: that is not an attempt at an API token, so reading stays open. A Bearer token that is
   * not valid (any letter case) and a bad {@code ?token=} on a feed are still refused.
   */
  @Test
  void onlyABearerTokenOrAFeedTokenParameterIsATokenAttempt() {
    Http http = new Http(f.base);
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("reader:secret".getBytes(StandardCharsets.UTF_8));
    assertThat(http.get("/feeds/digest.atom", "Authorization", basic).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/stories", "Authorization", basic).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/stories", "Authorization", "Digest username=\"x\"").statusCode()).isEqualTo(200);
    assertThat(http.get("/feeds/digest.atom", "Authorization", "Bearer nd_not-a-token").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/stories", "Authorization", "bearer nd_not-a-token").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/stories", "Authorization", "Bearer").statusCode()).isEqualTo(401);
    assertThat(http.get("/feeds/digest.atom?token=nd_not-a-token").statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/stories?token=nd_not-a-token").statusCode()).as("?token= counts only on feeds").isEqualTo(200);
  }

  @Test
  void aMissingPasswordIsGeneratedPrintedOnceAndStoredOnlyHashed() throws Exception {
    Path d = java.nio.file.Files.createDirectories(dir.resolve("password"));
    try (SqliteNewsStore store = SqliteNewsStore.open(d.resolve("db")); LuceneArticleIndex index = new LuceneArticleIndex(d.resolve("ix"))) {
      ByteArrayOutputStream first = new ByteArrayOutputStream();
      try (WebServer web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(first, true, StandardCharsets.UTF_8))) {
        assertThat(first.toString(StandardCharsets.UTF_8)).as("not before it listens").doesNotContain("password");
        web.start("127.0.0.1", 0);
      }
      String printed = first.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("password is ");
      String password = printed.replaceAll("(?s).*password is (\\S+).*", "$1");
      String hash = store.setting(Auth.PASSWORD_KEY).orElseThrow();
      assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain(password);
      assertThat(new PasswordHasher().verify(password, hash)).isTrue();

      ByteArrayOutputStream second = new ByteArrayOutputStream();
      try (WebServer web = new WebServer(store, index, WebOptions.defaults(), new PrintStream(second, true, StandardCharsets.UTF_8))) {
        web.start("127.0.0.1", 0);
      }
      assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("password");

      try (WebServer web = new WebServer(store, index, new WebOptions(null, "from the environment", null, null),
          new PrintStream(new ByteArrayOutputStream()))) {
        web.start("127.0.0.1", 0);
      }
      assertThat(new PasswordHasher().verify("from the environment", store.setting(Auth.PASSWORD_KEY).orElseThrow())).isTrue();
      assertThat(new PasswordHasher().verify(password, store.setting(Auth.PASSWORD_KEY).orElseThrow())).isFalse();
    }
  }

  @Test
  void hostileContentIsEscapedAndNeverALink() {
    Http http = new Http(f.base);
    http.logIn(WebFixture.PASSWORD);
    for (String path : List.of("/", "/stories/s-hostile", "/search?q=hostile", "/sources", "/entities", "/search?q=volcano")) {
      Document page = Jsoup.parse(http.get(path).body());
      assertThat(page.select("script")).as(path).allSatisfy(s -> assertThat(s.attr("src")).endsWith("/static/newsdesk.js"));
      for (Element e : page.getAllElements()) {
        for (Attribute a : e.attributes()) {
          assertThat(a.getKey()).as(path + " " + e.tagName()).doesNotStartWith("on");
          assertThat(a.getValue().strip().toLowerCase()).as(path + " " + e.tagName() + "@" + a.getKey())
              .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
        }
      }
      assertThat(page.select("style, iframe, object, embed, svg, img, math")).as(path).isEmpty();
    }
    assertThat(Jsoup.parse(http.get("/stories/s-hostile").body()).select("h1").text()).startsWith("<script>window.__pwned");
  }

  @Test
  void retentionDeletesOldBodiesButStoriesKeepTheirBriefs() {
    Path d = dir.resolve("retention");
    try (WebFixture g = new WebFixture(d, null)) {
      Http http = new Http(g.base);
      String csrf = http.logIn(WebFixture.PASSWORD);
      assertThat(new Http(g.base).get("/api/v1/search?q=palermo").body()).contains("a-v2");
      assertThat(http.postForm("/settings", Map.of("csrf", csrf, "reading", "public", "retention_days", "30")).statusCode()).isEqualTo(303);
      assertThat(g.store.articleByPublicId("a-v2").orElseThrow().text()).isEmpty();
      assertThat(g.store.brief("s-volcano").orElseThrow().brief().sentences()).isNotEmpty();
      assertThat(new Http(g.base).get("/stories/s-volcano").body()).contains("Mount Etna erupted on Monday.");
      assertThat(new Http(g.base).get("/api/v1/search?q=palermo").body()).doesNotContain("a-v2");
      assertThat(http.postForm("/settings", Map.of("csrf", csrf, "reading", "public", "retention_days", "-1")).statusCode()).isEqualTo(400);
      assertThat(http.postForm("/settings", Map.of("csrf", csrf, "reading", "secret", "retention_days", "1")).statusCode()).isEqualTo(400);
    }
  }

  @Test
  void anApiTokenMadeInTheSettingsPageIsShownOnceWorksAndCanBeRevoked() {
    Http http = new Http(f.base);
    String csrf = http.logIn(WebFixture.PASSWORD);
    HttpResponse<String> made = http.postForm("/settings/tokens", Map.of("csrf", csrf, "name", "my script"));
    assertThat(made.statusCode()).isEqualTo(200);
    String token = Jsoup.parse(made.body()).select("#new-token").text();
    assertThat(token).startsWith("nd_");
    assertThat(http.get("/settings").body()).contains("my script").doesNotContain(token);
    Http script = new Http(f.base);
    String body = "{\"url\": \"https://token.example/feed\"}";
    assertThat(script.postJson("/api/v1/sources", body, "Authorization", "Bearer " + token).statusCode()).isEqualTo(201);
    long id = f.store.apiTokens().stream().filter(t -> t.name().equals("my script")).findFirst().orElseThrow().id();
    assertThat(f.store.apiTokens().stream().filter(t -> t.id() == id).findFirst().orElseThrow().lastUsedAt()).isNotNull();
    assertThat(http.postForm("/settings/tokens/" + id + "/delete", Map.of("csrf", csrf)).statusCode()).isEqualTo(303);
    assertThat(script.postJson("/api/v1/sources", body, "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
  }
}
