package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import newsdesk.cluster.RelatedStoryFinder;
import newsdesk.store.SqliteNewsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredRelatedStoriesTest {
  @TempDir
  Path dir;

  private static String golden(String name) throws IOException {
    try (InputStream in = StoredRelatedStoriesTest.class.getResourceAsStream("/newsdesk/pipeline/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The golden file was written by the implementation before windows per changed story (hull window, dense matrix). */
  @Test
  void relatedStoriesOfTheDemoLikeFixtureAreUnchanged() throws IOException {
    try (SqliteNewsStore store = RelatedFixture.open(dir)) {
      List<String> ids = RelatedFixture.fill(store);
      StandardStages.create().related().update(store, ids);
      String related = RelatedFixture.related(store, ids);
      assertThat(related).isEqualTo(golden("related-demo-fixture.txt"));
    }
  }
}
