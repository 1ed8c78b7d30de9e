package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link DigestRenderer} promises, whatever its format: an empty digest renders (to a
 * valid, empty document where the format has one), the same stories render to the same bytes, and
 * every story's headline and Read more link reach the output in the stories' order.
 */
class DigestRendererContract {
  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void anEmptyDigestRendersWithoutAStory(String format) throws Exception {
    String out = DigestRenderer.forFormat(format).render(List.of());
    if (format.equals("json")) {
      assertThat(JsonDigestRenderer.mapper().readTree(out).get("stories")).isEmpty();
    } else {
      assertThat(out).isBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void theSameStoriesRenderToTheSameOutput(String format) {
    assertThat(DigestRenderer.forFormat(format).render(TextDigestRendererTest.stories()))
        .isEqualTo(DigestRenderer.forFormat(format).render(TextDigestRendererTest.stories()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "markdown", "json"})
  void everyHeadlineAndReadMoreLinkAppearsInTheStoriesOrder(String format) {
    String out = DigestRenderer.forFormat(format).render(TextDigestRendererTest.stories());
    int first = out.indexOf("Volcano erupts on island");
    int second = out.indexOf("Second eruption feared", first + 1);
    assertThat(first).isNotNegative();
    assertThat(second).isGreaterThan(first);
    assertThat(out).contains("https://en.wikinews.org/wiki/Volcano", "https://en.wikinews.org/wiki/Second");
  }
}
