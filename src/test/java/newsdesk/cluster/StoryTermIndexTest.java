package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTermIndexTest {
  /** A story whose centroid holds {@code terms} with weight 1 each, indexed under them. */
  private static Story story(StoryTermIndex index, String id, long order, int... terms) {
    Story s = new Story(id, order, "eng");
    for (int t : terms) {
      s.centroid.add(t, 1);
      index.add(t, s);
    }
    s.normSquared = terms.length;
    return s;
  }

  private static List<String> ids(List<Story> stories) {
    return stories.stream().map(s -> s.id).toList();
  }

  @Test
  void findsActiveEligibleStoriesSharingAHeavyTermOnceEachOldestFirst() {
    StoryTermIndex index = new StoryTermIndex();
    Story newer = story(index, "newer", 2, 1, 2);
    story(index, "older", 1, 2, 3);
    Story gone = story(index, "gone", 0, 1);
    gone.active = false;
    story(index, "unrelated", 3, 9);
    story(index, "refused", 4, 1);
    DocumentVector doc = new DocumentVector(new int[] {1, 2}, new double[] {0.8, 0.6});
    List<Story> found = index.candidates(doc, 10, 10, s -> !s.id.equals("refused"));
    assertThat(ids(found)).containsExactly("older", "newer");
    assertThat(newer.partial).isZero();
  }

  @Test
  void looksUpOnlyTheHeaviestTermsAndKeepsTheClosestWhenThereAreTooMany() {
    StoryTermIndex index = new StoryTermIndex();
    story(index, "light-only", 0, 7);
    story(index, "weak", 1, 1, 4, 5, 6);
    story(index, "strong", 2, 1, 2);
    story(index, "middle", 3, 2, 8);
    DocumentVector doc = new DocumentVector(new int[] {7, 1, 2}, new double[] {0.1, 0.7, 0.7});
    // Term 7 is the lightest: with two terms looked up, the story holding only it is never seen.
    assertThat(ids(index.candidates(doc, 2, 10, s -> true))).containsExactly("weak", "strong", "middle");
    // Cut to two by partial cosine over the looked-up terms, then back in age order.
    assertThat(ids(index.candidates(doc, 2, 2, s -> true))).containsExactly("strong", "middle");
  }

  @Test
  void aSweepForgetsStoriesThatLeftTheWorkingSet() {
    StoryTermIndex index = new StoryTermIndex();
    Story left = story(index, "left", 0, 1);
    story(index, "stays", 1, 1);
    left.active = false;
    index.sweep();
    left.active = true; // were it still listed, a search would find it again
    DocumentVector doc = new DocumentVector(new int[] {1}, new double[] {1});
    assertThat(ids(index.candidates(doc, 5, 5, s -> true))).containsExactly("stays");
  }
}
