package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The search page says when the entity filter searched only the newest articles naming the entity. */
class SearchPageEntityLimitTest {
  private static Document render(int entityLimit) {
    SearchForm form = new SearchForm(null, null, null, null, "Kenya");
    SearchResult result = new SearchResult("a-1", null, "Kenya votes", "Outlet", null, Instant.EPOCH,
        List.of(new SearchResult.Part("Kenya votes today.", false)), "en", false);
    Map<String, Object> params = new HashMap<>();
    params.put("page", new PageContext("", false, "", "", List.of()));
    params.put("form", form);
    params.put("results", List.of(result));
    params.put("outlets", List.of("Outlet"));
    params.put("links", PageLinks.of("/search", form.queryString(), 0, false, 1, 0, 20));
    params.put("total", 0);
    params.put("firstNumber", 1);
    params.put("error", null);
    params.put("entityLimit", entityLimit);
    StringOutput out = new StringOutput();
    TemplateEngine.createPrecompiled(ContentType.Html).render("search.jte", params, out);
    return Jsoup.parse(out.toString());
  }

  @Test
  void aCutEntityFilterIsAnnounced() {
    assertThat(render(SearchForm.ENTITY_ARTICLES).select(".entity-limit").text())
        .isEqualTo("More than 20,000 articles name Kenya: only the 20,000 newest of them were searched.");
  }

  @Test
  void aWholeEntityFilterIsNot() {
    Document page = render(0);
    assertThat(page.select(".entity-limit")).isEmpty();
    assertThat(page.select("li.result")).hasSize(1);
  }
}
