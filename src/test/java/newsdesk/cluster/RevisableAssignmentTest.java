package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Revisable assignment ({@link ClusteringConfig#reviseStories()}): an article of a second event
 * that joined the first event's story before anything told the two apart moves to the second
 * event's story once that story exists; exactly, deterministically, after a restore too, and never
 * when switched off.
 */
class RevisableAssignmentTest {
  // Two events of one kind: a rule issued under one transport secretary, reversed under the next.
  private static final String ISSUED = "Transport Secretary Tom Wendel issued the new freight rule on Thursday, "
      + "changing how the Freight Safety Act protects rail workers. The rule cuts inspections of freight cars "
      + "and lets railways certify their own brakes. Unions said the freight rule weakens safety for workers.";
  private static final String RECAP = " The rule had cut inspections of freight cars. The reversal takes effect in "
      + "March, when inspectors resume checks at the Harwich depot.";
  private static final String REVERSED = "Transport Secretary Lena Ostrander reversed the freight rule on Tuesday. "
      + "Inspections of freight cars return under the Freight Safety Act, and railways may no longer certify "
      + "brakes themselves. Unions welcomed the decision; the railways' association called it costly." + RECAP;
  /** The reversal before any article names who reversed it: nothing yet tells it from the rule. */
  private static final String REVERSED_UNNAMED = "The freight rule was reversed on Tuesday. "
      + "Inspections of freight cars return under the Freight Safety Act, and railways may no longer certify "
      + "brakes themselves. Unions welcomed the decision; the railways' association called it costly." + RECAP;

  private static final ClusterDocument I1 = new ClusterDocument("i1", null, "Freight rule issued", ISSUED);
  private static final ClusterDocument I2 =
      new ClusterDocument("i2", null, "New freight rule issued", ISSUED.replace("Thursday", "Friday"));
  private static final ClusterDocument R0 = new ClusterDocument("r0", null, "Freight rule reversed", REVERSED_UNNAMED);
  private static final ClusterDocument R1 = new ClusterDocument("r1", null, "Freight rule reversed by Ostrander", REVERSED);
  private static final List<ClusterDocument> STREAM = List.of(I1, I2, R0, R1);

  private static final String ON = "roleConflictPenalty=0.5,reviseStories=3,reviseMinTerms=0";
  private static final DocumentAnalyzer ANALYZER = new DocumentAnalyzer();

  private static OnlineStoryClusterer clusterer(String spec) {
    return new OnlineStoryClusterer(ANALYZER, Configs.with(ClusteringConfig.defaults(), spec));
  }

  /** Each document's final story (moves and merges followed). */
  private static List<String> labels(OnlineStoryClusterer c, List<ClusterDocument> docs) {
    StoryLabels labels = new StoryLabels();
    for (ClusterDocument d : docs) labels.record(d.id(), c.add(d));
    List<String> out = new ArrayList<>();
    for (ClusterDocument d : docs) out.add(labels.storyOf(d.id()));
    return out;
  }

  @Test
  void anEarlyArticleOfTheSecondEventMovesOnceItsStoryExists() {
    List<String> single = labels(clusterer("roleConflictPenalty=0.5"), STREAM);
    assertThat(single.get(2)).as("without revision the unnamed reversal stays with the rule").isEqualTo(single.get(0));
    assertThat(single.get(3)).as("the named reversal conflicts with the rule's secretary").isNotEqualTo(single.get(0));

    OnlineStoryClusterer c = clusterer(ON);
    List<StoryAssignment> placed = new ArrayList<>();
    for (ClusterDocument d : STREAM) placed.add(c.add(d));
    assertThat(placed.subList(0, 3)).allSatisfy(a -> assertThat(a.moved()).isEmpty());
    assertThat(placed.get(3).moved()).containsExactly("r0");
    List<String> revised = labels(clusterer(ON), STREAM);
    assertThat(revised.get(0)).isEqualTo(revised.get(1));
    assertThat(revised.get(2)).isEqualTo(revised.get(3)).isNotEqualTo(revised.get(0));
  }

  @Test
  void theMovedArticleLeftItsStoryExactly() {
    // After the move the rule's story holds i1 and i2 only: a later copy of the unnamed reversal
    // scores against it as it would against a story that never held r0, so it joins the reversal.
    OnlineStoryClusterer c = clusterer(ON);
    List<String> out = labels(c, List.of(I1, I2, R0, R1,
        new ClusterDocument("r2", null, "Freight rule reversal", REVERSED_UNNAMED.replace("Tuesday", "Wednesday"))));
    assertThat(out.get(4)).isEqualTo(out.get(3));
    assertThat(out.get(0)).isEqualTo(out.get(1)).isNotEqualTo(out.get(4));
  }

  @Test
  void aMemberThatStaysLeavesItsStoryAsItWas() {
    // With an unreachable delta nothing moves, and every member taken out to be scored went back
    // bit for bit: the stories are those of the single pass.
    String never = ON + ",reviseDelta=100";
    List<ClusterDocument> docs = new ArrayList<>(STREAM);
    docs.add(new ClusterDocument("r2", null, "Freight rule reversal", REVERSED_UNNAMED.replace("Tuesday", "Monday")));
    docs.add(new ClusterDocument("i3", null, "Freight rule issued again", ISSUED.replace("Thursday", "Monday")));
    assertThat(labels(clusterer(never), docs)).isEqualTo(labels(clusterer("roleConflictPenalty=0.5"), docs));
  }

  @Test
  void sameInputInSameOrderGivesSameAssignments() {
    List<String> first = assignments(clusterer(ON));
    assertThat(assignments(clusterer(ON))).isEqualTo(first);
  }

  private static List<String> assignments(OnlineStoryClusterer c) {
    List<String> out = new ArrayList<>();
    for (ClusterDocument d : STREAM) {
      StoryAssignment a = c.add(d);
      out.add(a.storyId() + a.absorbed() + a.moved());
    }
    return out;
  }

  @Test
  void restoredDocumentsMoveLikeAddedOnes() {
    OnlineStoryClusterer c = clusterer(ON);
    for (ClusterDocument d : List.of(I1, I2, R0)) c.restore(d, "rule");
    StoryAssignment a = c.add(R1);
    assertThat(a.storyId()).isNotEqualTo("rule");
    assertThat(a.moved()).containsExactly("r0");
  }

  @Test
  void aClearedClustererMovesNothingItForgot() {
    OnlineStoryClusterer c = clusterer(ON);
    for (ClusterDocument d : List.of(I1, I2, R0)) c.add(d);
    c.clear();
    assertThat(c.keptMembers()).isZero();
    assertThat(c.add(R1).moved()).isEmpty();
    c.clear();
    assertThat(assignments(c)).isEqualTo(assignments(clusterer(ON)));
  }

  @Test
  void documentsWithoutContentAreNeitherPlacedNorMoved() {
    OnlineStoryClusterer c = clusterer(ON);
    StoryAssignment empty = c.add(new ClusterDocument("e", null, "", ""));
    assertThat(empty.storyId()).isEqualTo("e");
    assertThat(empty.moved()).isEmpty();
    assertThat(c.keptMembers()).isZero();
    assertThat(assignments(c)).isEqualTo(assignments(clusterer(ON)));
  }

  @Test
  void onlyMembersLongEnoughToMoveAreKeptAndOnlyInSmallStories() {
    OnlineStoryClusterer off = clusterer("roleConflictPenalty=0.5");
    for (ClusterDocument d : STREAM) off.add(d);
    assertThat(off.keptMembers()).as("off: nothing kept").isZero();

    OnlineStoryClusterer shortOnly = clusterer(ON + ",reviseMinTerms=1000");
    for (ClusterDocument d : STREAM) shortOnly.add(d);
    assertThat(shortOnly.keptMembers()).as("no member is long enough to move").isZero();

    OnlineStoryClusterer small = clusterer(ON + ",reviseMaxMembers=2");
    for (int i = 0; i < 5; i++) {
      small.add(new ClusterDocument("i" + i, null, "Freight rule issued", ISSUED.replace("Thursday", "day " + i)));
    }
    assertThat(small.activeStories()).isEqualTo(1);
    assertThat(small.keptMembers()).as("a story past reviseMaxMembers forgets its members").isZero();
  }
}
