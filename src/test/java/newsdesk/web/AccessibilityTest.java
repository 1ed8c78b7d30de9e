package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page has a language, landmarks, one h1, and a label for every form control. */
class AccessibilityTest {
  @TempDir Path dir;

  @Test
  void everyPageHasLandmarksOneHeadingAndLabelledControls() {
    try (WebFixture f = new WebFixture(dir, null)) {
      Http http = new Http(f.base);
      http.logIn(WebFixture.PASSWORD);
      for (String path : List.of("/", "/stories/s-volcano", "/search", "/search?q=etna", "/sources", "/settings", "/saved-searches",
          "/entities", "/entities/Italy", "/login", "/no/such/page")) {
        Document page = Jsoup.parse(http.get(path).body());
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo("en");
        assertThat(page.select("header, nav[aria-label], main#main, footer")).as(path).hasSize(4);
        assertThat(page.select("a.skip[href=#main]")).as(path).hasSize(1);
        assertThat(page.select("h1")).as(path).hasSize(1);
        assertThat(page.select("meta[name=viewport]")).as(path).hasSize(1);
        for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
          boolean labelled = !control.id().isEmpty() && !page.select("label[for=" + control.id() + "]").isEmpty()
              || control.parents().stream().anyMatch(p -> p.tagName().equals("label")) || control.hasAttr("aria-label");
          assertThat(labelled).as(path + ": " + control.outerHtml()).isTrue();
        }
        for (Element button : page.select("button")) {
          assertThat(button.text().isBlank() && !button.hasAttr("aria-label")).as(path + ": " + button.outerHtml()).isFalse();
        }
      }
    }
  }

  /** Each page of a list has its own title, so that history, tabs and screen readers tell them apart (WCAG 2.4.2). */
  @Test
  void theLaterPagesOfAListSayWhichPageTheyAreInTheirTitle() {
    try (WebFixture f = new WebFixture(dir, null)) {
      Http http = new Http(f.base);
      for (String path : List.of("/", "/search?q=etna", "/entities/Italy")) {
        String first = Jsoup.parse(http.get(path).body()).title();
        String second = Jsoup.parse(http.get(path + (path.contains("?") ? "&" : "?") + "page=1").body()).title();
        assertThat(first).as(path).doesNotContain("page");
        assertThat(second).as(path).isEqualTo(first.replace(" · newsdesk", ", page 2 · newsdesk"));
      }
    }
  }
}
