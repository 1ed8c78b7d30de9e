package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web UI in headless Chromium: reading, searching, saving, sources, login and keys. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  @TempDir static Path dir;
  WebFixture f;
  ChromeDriver b;

  @BeforeAll
  void start() {
    f = new WebFixture(dir, null);
    b = Chromium.driver();
  }

  @BeforeEach
  void desktop() {
    b.manage().window().setSize(new Dimension(1200, 900));
  }

  @AfterAll
  void stop() {
    b.manage().deleteAllCookies();
    f.close();
  }

  void open(String path) {
    b.get(f.uri(path).toString());
  }

  WebDriverWait waiting() {
    return new WebDriverWait(b, Duration.ofSeconds(10));
  }

  void logIn() {
    open("/login");
    b.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    b.findElement(By.id("login-submit")).click();
    // The login page itself shows "Log out" when a session is left from an earlier test: wait for
    // the redirect away from it, or the next navigation races the form's.
    waiting().until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.id("logout")).isEmpty());
  }

  void logOutIfNeeded() {
    open("/");
    if (!b.findElements(By.id("logout")).isEmpty()) {
      b.findElement(By.id("logout")).click();
      waiting().until(d -> !d.findElements(By.id("login-link")).isEmpty());
    }
  }

  @Test
  @Order(1)
  void theFrontPageShowsRankedStoriesAndMarksWhatIsNewSinceTheLastVisit() {
    b.manage().deleteAllCookies();
    open("/");
    List<String> headlines = b.findElements(By.cssSelector("article.card h2 a")).stream().map(WebElement::getText).toList();
    assertThat(headlines).startsWith("Etna volcano erupts in Sicily", "Ash cloud grounds flights over Italy");
    WebElement etna = b.findElement(By.id("story-s-volcano"));
    assertThat(etna.findElement(By.cssSelector(".meta")).getText()).contains("3 outlets").contains("Le Monde");
    assertThat(etna.findElement(By.cssSelector(".read-more a")).getAttribute("href")).startsWith("https://");
    assertThat(etna.findElements(By.cssSelector(".related a"))).extracting(WebElement::getText).contains("Ash cloud grounds flights over Italy");
    assertThat(b.findElements(By.cssSelector(".badge"))).as("a first visit marks nothing").isEmpty();
    Chromium.screenshot("front-page");

    // A visit that ended long before the stories arrived: they are all new.
    b.manage().deleteCookieNamed(Pages.VISIT_COOKIE);
    b.manage().addCookie(new Cookie(Pages.VISIT_COOKIE, "1000.1000"));
    open("/");
    assertThat(b.findElements(By.cssSelector("article.card .badge"))).hasSize(4);
    assertThat(b.findElement(By.cssSelector(".new-note")).getText()).contains("4 stories are new");
    open("/");
    assertThat(b.findElements(By.cssSelector("article.card .badge"))).as("still the same visit").hasSize(4);
  }

  @Test
  @Order(2)
  void theStoryPageShowsEachSentencesSourceArticlesEntitiesAndTimeline() {
    open("/");
    b.findElement(By.linkText("Etna volcano erupts in Sicily")).click();
    waiting().until(d -> d.getTitle().startsWith("Etna volcano"));
    WebElement source = b.findElements(By.cssSelector(".sentence a.src")).get(1);
    assertThat(source.getAttribute("title")).contains("Daily Planet: Etna eruption closes Catania airport");
    new Actions(b).moveToElement(source).perform();
    source.click();
    assertThat(b.getCurrentUrl()).endsWith("#art-2");
    assertThat(b.findElement(By.cssSelector("ol.articles li:target")).getText()).contains("Daily Planet").contains("2 Mar 2020");
    assertThat(b.findElements(By.cssSelector("ol.articles li"))).hasSize(3);
    assertThat(b.findElements(By.cssSelector("ul.entities a"))).extracting(WebElement::getText).contains("Mount Etna", "Italy");
    assertThat(b.findElements(By.cssSelector("ol.timeline li li"))).hasSize(3);
    Chromium.screenshot("story-page");
    b.findElement(By.linkText("Mount Etna")).click();
    waiting().until(d -> d.getTitle().startsWith("Mount Etna"));
    assertThat(b.findElements(By.cssSelector("article.card h2 a"))).extracting(WebElement::getText).containsExactly("Etna volcano erupts in Sicily");
  }

  @Test
  @Order(3)
  void logInWithAWrongThenTheRightPasswordAndLogOut() {
    logOutIfNeeded();
    open("/");
    b.findElement(By.id("login-link")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/login") && !d.findElements(By.id("password")).isEmpty());
    b.findElement(By.id("password")).sendKeys("wrong password");
    b.findElement(By.id("login-submit")).click();
    waiting().until(d -> !d.findElements(By.cssSelector(".error-message")).isEmpty());
    assertThat(b.findElement(By.cssSelector(".error-message")).getText()).contains("not right");
    b.findElement(By.id("password")).sendKeys(WebFixture.PASSWORD);
    b.findElement(By.id("login-submit")).click();
    waiting().until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.id("logout")).isEmpty());
    Cookie session = b.manage().getCookieNamed(Auth.SESSION_COOKIE);
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Lax");
    Chromium.screenshot("logged-in");
    b.findElement(By.id("logout")).click();
    waiting().until(d -> !d.findElements(By.id("login-link")).isEmpty());
    open("/settings");
    assertThat(b.getCurrentUrl()).contains("/login?next=");
  }

  @Test
  @Order(4)
  void searchWithFiltersHighlightsMatchesAndASavedSearchHasFeeds() {
    logIn();
    open("/");
    WebElement box = b.findElement(By.id("q"));
    box.sendKeys("catania");
    box.submit();
    waiting().until(d -> d.getTitle().startsWith("Search"));
    assertThat(b.findElements(By.cssSelector("li.result"))).hasSize(3);
    assertThat(b.findElements(By.cssSelector("li.result mark"))).extracting(WebElement::getText).allSatisfy(m -> assertThat(m).isEqualToIgnoringCase("catania"));
    new org.openqa.selenium.support.ui.Select(b.findElement(By.id("f-outlet"))).selectByVisibleText("Daily Planet");
    b.findElement(By.cssSelector("form.filters button")).click();
    waiting().until(d -> d.findElements(By.cssSelector("li.result")).size() == 1);
    assertThat(b.findElement(By.cssSelector("li.result h2")).getText()).isEqualTo("Etna eruption closes Catania airport");
    Chromium.screenshot("search");
    WebElement name = b.findElement(By.id("save-name"));
    name.clear();
    name.sendKeys("Catania in the Daily Planet");
    b.findElement(By.id("save-search")).click();
    waiting().until(d -> d.getTitle().startsWith("Saved searches"));
    WebElement saved = b.findElement(By.cssSelector("ul.saved li"));
    assertThat(saved.getText()).contains("Catania in the Daily Planet");
    String atom = saved.findElement(By.linkText("Atom")).getAttribute("href");
    assertThat(new Http(f.base).get(java.net.URI.create(atom).getPath()).body()).contains("Etna eruption closes Catania airport");
    saved.findElement(By.linkText("Catania in the Daily Planet")).click();
    waiting().until(d -> d.findElements(By.cssSelector("li.result")).size() == 1);
  }

  @Test
  @Order(5)
  void aLoggedInReaderAddsAndRemovesASource() {
    logIn();
    open("/sources");
    assertThat(b.findElement(By.cssSelector("table.sources")).getText()).contains("Wikinews").contains("never");
    b.findElement(By.id("source-url")).sendKeys("https://planet.example/rss.xml");
    b.findElement(By.id("add-source")).click();
    waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.cssSelector("table.sources")).getText().contains("https://planet.example/rss.xml"));
    assertThat(b.findElement(By.cssSelector(".notice")).getText()).contains("Source added");
    assertThat(f.store.sources()).extracting(s -> s.url()).contains("https://planet.example/rss.xml");
    Chromium.screenshot("sources");
    WebElement row = b.findElements(By.cssSelector("table.sources tbody tr")).stream()
        .filter(r -> r.getText().contains("planet.example")).findFirst().orElseThrow();
    row.findElement(By.tagName("button")).click();
    waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> !d.findElement(By.cssSelector("table.sources")).getText().contains("planet.example"));
  }

  @Test
  @Order(6)
  void keyboardShortcutsMoveOpenAndSearch() {
    open("/");
    var body = b.findElement(By.tagName("body"));
    body.sendKeys("j");
    assertThat(b.findElement(By.cssSelector("article.card.current h2")).getText()).startsWith("Etna volcano");
    b.switchTo().activeElement().sendKeys("j");
    b.switchTo().activeElement().sendKeys("j");
    b.switchTo().activeElement().sendKeys("k");
    WebElement current = b.findElement(By.cssSelector("article.card.current"));
    assertThat(current.getAttribute("id")).isEqualTo("story-s-ash");
    assertThat(b.switchTo().activeElement().getText()).isEqualTo("Ash cloud grounds flights over Italy");
    b.switchTo().activeElement().sendKeys("o");
    waiting().until(d -> d.getCurrentUrl().endsWith("/stories/s-ash"));
    b.findElement(By.tagName("body")).sendKeys("/");
    assertThat(b.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    b.switchTo().activeElement().sendKeys("j");
    assertThat(b.findElement(By.id("q")).getAttribute("value")).as("keys typed into the search box are text").isEqualTo("j");
  }

  @Test
  @Order(7)
  void onAPhoneThePageFitsTheScreen() {
    b.manage().window().setSize(new Dimension(390, 844));
    open("/");
    Chromium.screenshot("front-page-phone");
    long overflow = (Long) ((JavascriptExecutor) b).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as(widest()).isLessThanOrEqualTo(0);
    open("/stories/s-volcano");
    overflow = (Long) ((JavascriptExecutor) b).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(overflow).as(widest()).isLessThanOrEqualTo(0);
  }

  /** The element sticking out furthest to the right, to explain an overflow. */
  private String widest() {
    return String.valueOf(((JavascriptExecutor) b).executeScript("""
        let worst = null, right = 0;
        for (const e of document.querySelectorAll('body *')) {
          const r = e.getBoundingClientRect().right;
          if (r > right) { right = r; worst = e; }
        }
        return worst ? worst.tagName + '.' + worst.className + ' ' + right + ' of ' + document.documentElement.clientWidth : '';"""));
  }

  @Test
  @Order(8)
  void hostileFeedContentRunsNoScriptOnAnyPage() {
    logIn();
    for (String path : List.of("/", "/stories/s-hostile", "/search?q=hostile", "/search?q=volcano", "/sources",
        "/entities", "/saved-searches", "/settings")) {
      open(path);
      Object pwned = ((JavascriptExecutor) b).executeScript("return window.__pwned === undefined ? null : String(window.__pwned);");
      assertThat(pwned).as(path).isNull();
      assertThat(alertShown()).as(path).isFalse();
      assertThat(b.findElement(By.tagName("body")).isDisplayed()).as(path + ": a CSS trick must not hide the page").isTrue();
    }
    open("/stories/s-hostile");
    assertThat(b.findElement(By.tagName("h1")).getText()).contains("<script>");
    assertThat(b.findElements(By.cssSelector("main a[href^='javascript']"))).isEmpty();
    Chromium.screenshot("hostile-story");
    open("/");
    b.findElement(By.id("story-s-hostile")).findElement(By.tagName("a")).click();
    assertThat(((JavascriptExecutor) b).executeScript("return window.__pwned === undefined;")).isEqualTo(Boolean.TRUE);
  }

  private boolean alertShown() {
    try {
      b.switchTo().alert().dismiss();
      return true;
    } catch (NoAlertPresentException e) {
      return false;
    }
  }
}
