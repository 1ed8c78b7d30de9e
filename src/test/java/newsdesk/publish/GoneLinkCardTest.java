package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story whose "Read more" article's page is gone (it answered 404 or 410) names its outlet
 * without a link in every rendering, lists the gone article without a link, and says
 * {@code "link_gone": true} in JSON; a link that is not gone is written as before, without the key.
 */
class GoneLinkCardTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static DigestStory story() {
    return new DigestStory("s-1", "Gasworks to become a park", List.of("Voters approved the plan."), List.of(),
        new DigestStory.Link("Herald", null, true),
        List.of(new DigestStory.Coverage("Herald", null, "Gasworks park", T, true),
            new DigestStory.Coverage("Gazette", "https://gazette.example/park", "Park plan approved", T.plusSeconds(60)),
            new DigestStory.Coverage("Herald", null, "Gasworks park: the vote", T.plusSeconds(120), true)),
        List.of(), T, T.plusSeconds(120));
  }

  @Test
  void textAndMarkdownNameTheOutletAndLinkOnlyLivePages() {
    assertThat(new TextDigestRenderer().render(List.of(story()))).isEqualTo("""
        Gasworks to become a park
        2026-11-29
        Voters approved the plan.
        From Herald
        Also covered by: Gazette, Herald (another article)
        """);
    assertThat(new MarkdownDigestRenderer().render(List.of(story()))).isEqualTo("""
        ## Gasworks to become a park

        2026-11-29

        Voters approved the plan.

        From Herald

        Also covered by: [Gazette](https://gazette.example/park), Herald (another article)

        """);
  }

  @Test
  void theFeedItemHasNoReadMoreLinkAndLinksOnlyLivePages() {
    OutputFeed.Item item = DigestFeeds.item(story(), "https://news.example.org", T);
    assertThat(item.url()).isEqualTo("https://news.example.org/stories/s-1");
    assertThat(item.html()).doesNotContain("Read more").contains("<p>From Herald</p>")
        .contains("Also covered by: <a href=\"https://gazette.example/park\">Gazette</a>, Herald (another article)");
    assertThat(item.html().split("href=", -1)).hasSize(2);
  }

  @Test
  void jsonSaysTheLinkIsGoneAndLeavesTheKeyOutOtherwise() throws Exception {
    var root = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(List.of(story())));
    var s = root.get("stories").get(0);
    assertThat(s.get("read_more").get("url").isNull()).isTrue();
    assertThat(s.get("read_more").get("link_gone").asBoolean()).isTrue();
    assertThat(s.get("outlets").get(0).get("link_gone").asBoolean()).isTrue();
    assertThat(s.get("outlets").get(1).has("link_gone")).isFalse();
    assertThat(s.get("outlets").get(1).get("url").asText()).isEqualTo("https://gazette.example/park");

    var live = JsonDigestRenderer.mapper().readTree(new JsonDigestRenderer().render(List.of(new DigestStory("s-2", "h",
        List.of(), List.of(), new DigestStory.Link("Gazette", "https://gazette.example/park"), List.of(), List.of(), T, T))));
    assertThat(live.get("stories").get(0).get("read_more").has("link_gone")).isFalse();
  }
}
