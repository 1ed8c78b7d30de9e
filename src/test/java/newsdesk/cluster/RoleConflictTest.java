package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RoleConflict} on invented vectors, and the clusterer keeping two events of one kind apart
 * when their articles name different holders of one office.
 */
class RoleConflictTest {
  private final RoleConflict conflict = new RoleConflict();

  // Terms: 1 "rule", 2 "species", 3 "protection", 10 "wendel", 20 "ostrander".

  private static DocumentVector doc(int[] terms, DocumentVector.Role... roles) {
    double[] weights = new double[terms.length];
    Arrays.fill(weights, 1 / Math.sqrt(terms.length));
    int[] sorted = terms.clone();
    Arrays.sort(sorted);
    return new DocumentVector(terms, weights, null, new int[0], sorted, new int[0], roles.length == 0 ? null : roles);
  }

  private Story story(DocumentVector... members) {
    Story s = new Story("s", 0, "eng");
    for (DocumentVector v : members) {
      for (int i = 0; i < v.terms().length; i++) s.centroid.add(v.terms()[i], v.weights()[i]);
      s.size++;
      conflict.joined(s, v);
    }
    return s;
  }

  private static DocumentVector.Role secretary(int holder) {
    return new DocumentVector.Role("transport secretary", holder);
  }

  @Test
  void differentHoldersOfOneOfficeConflictWhenNeitherSideNamesTheOther() {
    Story wendel = story(doc(new int[] {1, 2, 3, 10}, secretary(10)));
    assertThat(conflict.conflict(wendel, doc(new int[] {1, 2, 3, 20}, secretary(20)))).isEqualTo(1);
  }

  @Test
  void theSameHolderAMentionedPredecessorOrAnotherOfficeIsNoConflict() {
    Story wendel = story(doc(new int[] {1, 2, 3, 10}, secretary(10)));
    assertThat(conflict.conflict(wendel, doc(new int[] {1, 2, 10}, secretary(10)))).isZero();
    // The document names the story's holder too ("Ostrander reversed Wendel's rule").
    assertThat(conflict.conflict(wendel, doc(new int[] {1, 2, 10, 20}, secretary(20)))).isZero();
    // The story mentions the document's holder somewhere.
    Story mentions = story(doc(new int[] {1, 2, 3, 10, 20}, secretary(10)));
    assertThat(conflict.conflict(mentions, doc(new int[] {1, 2, 20}, secretary(20)))).isZero();
    assertThat(conflict.conflict(wendel, doc(new int[] {1, 2, 20}, new DocumentVector.Role("harbor governor", 20)))).isZero();
    assertThat(conflict.conflict(wendel, doc(new int[] {1, 2, 3}))).isZero();
    assertThat(conflict.conflict(story(doc(new int[] {1, 2, 3})), doc(new int[] {1, 2, 20}, secretary(20)))).isZero();
  }

  @Test
  void absorbedStoriesKeepTheirHolders() {
    Story keep = story(doc(new int[] {1, 2, 3}));
    Story gone = story(doc(new int[] {1, 2, 3, 10}, secretary(10)));
    conflict.absorbed(keep, gone);
    assertThat(keep.roles.get("transport secretary").get(10)).isEqualTo(1);
  }

  // Two events of one kind: a rule issued under one transport secretary, reversed under the next.
  private static final String ISSUED = "Transport Secretary Tom Wendel issued the new freight rule on Thursday, "
      + "changing how the Freight Safety Act protects rail workers. The rule cuts inspections of freight cars "
      + "and lets railways certify their own brakes. Unions said the freight rule weakens safety for workers.";
  private static final String REVERSED = "Transport Secretary Lena Ostrander reversed the freight rule on Tuesday. "
      + "Inspections of freight cars return under the Freight Safety Act, and railways may no longer certify "
      + "brakes themselves. Unions welcomed the decision; the railways' association called it costly.";

  private static List<String> cluster(ClusteringConfig config) {
    OnlineStoryClusterer c = new OnlineStoryClusterer(new DocumentAnalyzer(), config);
    List<String> stories = new ArrayList<>();
    String[][] docs = {
        {"i1", "Freight rule issued", ISSUED}, {"r1", "Freight rule reversed", REVERSED},
        {"i2", "New freight rule issued", ISSUED.replace("Thursday", "Friday")},
        {"r2", "Freight rule reversed again", REVERSED.replace("Tuesday", "Wednesday")}};
    for (String[] d : docs) stories.add(c.add(new ClusterDocument(d[0], null, d[1], d[2])).storyId());
    return stories;
  }

  @Test
  void theClustererKeepsTheTwoEventsApartByTheirOfficeHolders() {
    List<String> off = cluster(Configs.with(ClusteringConfig.defaults(), "roleConflictPenalty=0"));
    assertThat(off).as("without the role conflict the shared wording joins everything").containsOnly(off.get(0));
    List<String> on = cluster(Configs.with(ClusteringConfig.defaults(), "roleConflictPenalty=0.5"));
    assertThat(on.get(0)).isEqualTo(on.get(2)).isNotEqualTo(on.get(1));
    assertThat(on.get(1)).isEqualTo(on.get(3));
  }
}
