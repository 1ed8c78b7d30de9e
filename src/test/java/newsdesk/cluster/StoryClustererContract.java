package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StoryClusterer} must meet: a document without content is placed in a
 * story of its own and changes nothing else (nor does restoring one), the same documents in the same
 * order give the same assignments, and a cleared clusterer places documents as a new one does.
 */
abstract class StoryClustererContract {
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  static final String QUAKE = "A magnitude 6.1 earthquake struck near the coastal town of Ferrovia on Tuesday, "
      + "collapsing houses and killing at least twelve people, the regional civil protection agency said. "
      + "Rescue teams searched the rubble of Ferrovia through the night.";
  static final String QUAKE_2 = "Rescuers in Ferrovia pulled survivors from collapsed houses after Tuesday's "
      + "magnitude 6.1 earthquake, which killed at least twelve people, civil protection officials said.";
  static final String BUDGET = "Parliament approved the national budget for next year after a long debate, "
      + "raising spending on schools and hospitals while cutting fuel subsidies, the finance minister said.";

  /** A new clusterer under test; two calls give two instances. */
  abstract StoryClusterer clusterer();

  static List<ClusterDocument> stream() {
    List<ClusterDocument> docs = new ArrayList<>();
    String[] texts = {QUAKE, QUAKE_2, BUDGET, QUAKE + " Aftershocks followed.", BUDGET + " The opposition voted against."};
    for (int i = 0; i < 20; i++) {
      docs.add(new ClusterDocument("d" + i, i % 3 == 0 ? null : T0.plusSeconds(600L * i), "", texts[i % texts.length]));
    }
    return docs;
  }

  private static List<StoryAssignment> place(StoryClusterer c, List<ClusterDocument> docs) {
    List<StoryAssignment> out = new ArrayList<>();
    for (ClusterDocument d : docs) out.add(c.add(d));
    return out;
  }

  @Test
  void aDocumentWithoutContentIsAStoryOfItsOwnAndChangesNothingElse() {
    StoryClusterer c = clusterer();
    StoryAssignment empty = c.add(new ClusterDocument("e", null, "", ""));
    assertThat(empty.storyId()).isNotNull();
    assertThat(empty.absorbed()).isEmpty();
    assertThat(empty.moved()).isEmpty();
    StoryAssignment quake = c.add(new ClusterDocument("a", T0, "Earthquake kills twelve in Ferrovia", QUAKE));
    assertThat(quake.storyId()).isNotEqualTo(empty.storyId());
    assertThat(quake.absorbed()).doesNotContain(empty.storyId());
    assertThat(quake.moved()).doesNotContain("e");
    assertThat(c.add(new ClusterDocument("f", null, "", "")).storyId()).isNotIn(empty.storyId(), quake.storyId());
  }

  @Test
  void restoringADocumentWithoutContentIsIgnored() {
    StoryClusterer c = clusterer();
    c.restore(new ClusterDocument("old", T0, "", ""), "s-old");
    assertThat(c.add(new ClusterDocument("a", T0.plusSeconds(60), "Earthquake kills twelve in Ferrovia", QUAKE)).storyId())
        .isNotEqualTo("s-old");
  }

  @Test
  void theSameDocumentsInTheSameOrderGiveTheSameAssignments() {
    assertThat(place(clusterer(), stream())).isEqualTo(place(clusterer(), stream()));
  }

  @Test
  void aClearedClustererPlacesDocumentsAsANewOneDoes() {
    StoryClusterer used = clusterer();
    used.add(new ClusterDocument("x", T0.plusSeconds(60), "Ferrovia earthquake", QUAKE));
    used.restore(new ClusterDocument("y", T0, "Budget debate", BUDGET), "s-budget");
    used.clear();
    assertThat(place(used, stream())).isEqualTo(place(clusterer(), stream()));
  }
}
