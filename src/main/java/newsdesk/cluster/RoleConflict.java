package newsdesk.cluster;

import java.util.HashMap;

/**
 * Tells two events of one kind apart by who holds an office in each: "Interior Secretary Dirk
 * Kempthorne" issues a rule, "Interior Secretary Ken Salazar" reverses it a year later; one island's
 * governor at the first earthquake, his successor at the second. Both events' articles share the
 * office, the subject and the heaviest names (the presidents, the act), but an office has one holder
 * at a time, so an article and a story that name different holders of the same office describe
 * different times. Offices come from {@link RoleHolders} (appositions "QUALIFIER TITLE First Last").
 *
 * <p>Document and story conflict when, for an office both name, the document's holder is no holder
 * of that office in the story and never occurs in the story at all, and one of the story's holders
 * of it does not occur in the document. As with {@link SpecificSignature}, each side must lack the
 * other's name: an article that mentions the predecessor ("Salazar reversed Kempthorne's rule")
 * raises no conflict.
 */
final class RoleConflict {
  /** Counts the role holders of a document that joined {@code story}. */
  void joined(Story story, DocumentVector vector) {
    if (vector.roles() == null) return;
    if (story.roles == null) story.roles = new HashMap<>(4);
    for (DocumentVector.Role r : vector.roles()) story.roles.computeIfAbsent(r.role(), k -> new IntDoubleMap(2)).add(r.holder(), 1);
  }

  /** Takes the role holders of a member that left {@code story} back out (counts: exact). */
  void left(Story story, DocumentVector vector) {
    if (vector.roles() == null || story.roles == null) return;
    for (DocumentVector.Role r : vector.roles()) {
      IntDoubleMap holders = story.roles.get(r.role());
      if (holders != null) holders.add(r.holder(), -1);
    }
  }

  /** Adds the role holders of {@code gone} to {@code keep}. */
  void absorbed(Story keep, Story gone) {
    if (gone.roles == null) return;
    if (keep.roles == null) keep.roles = new HashMap<>(4);
    gone.roles.forEach((role, holders) -> {
      IntDoubleMap into = keep.roles.computeIfAbsent(role, k -> new IntDoubleMap(2));
      holders.forEach(into::add);
    });
  }

  /** 1 when document and story name different holders of one office (see the class comment), else 0. */
  double conflict(Story story, DocumentVector vector) {
    if (vector.roles() == null || story.roles == null || vector.sortedTerms() == null) return 0;
    for (DocumentVector.Role r : vector.roles()) {
      IntDoubleMap holders = story.roles.get(r.role());
      if (holders == null || holders.get(r.holder()) != 0 || story.centroid.get(r.holder()) != 0) continue;
      boolean[] absent = {false};
      holders.forEach((holder, count) -> {
        if (count > 0 && !vector.contains(holder)) absent[0] = true;
      });
      if (absent[0]) return 1;
    }
    return 0;
  }

  /**
   * Whether two stories name different holders of one office, each holder absent from the other
   * story: such stories are not merged, however alike their words (the merge is the same decision as a
   * join, taken for many articles at once).
   */
  boolean conflict(Story a, Story b) {
    if (a.roles == null || b.roles == null) return false;
    for (var e : a.roles.entrySet()) {
      IntDoubleMap other = b.roles.get(e.getKey());
      if (other != null && named(e.getValue()) && named(other) && absentFrom(e.getValue(), b) && absentFrom(other, a)) return true;
    }
    return false;
  }

  /** True when some holder is still counted (members that left leave zero counts behind). */
  private static boolean named(IntDoubleMap holders) {
    boolean[] any = {false};
    holders.forEach((holder, count) -> {
      if (count > 0) any[0] = true;
    });
    return any[0];
  }

  /** True when some of {@code holders} never occurred in {@code story}. */
  private static boolean absentFrom(IntDoubleMap holders, Story story) {
    boolean[] absent = {false};
    holders.forEach((holder, count) -> {
      if (count > 0 && story.centroid.get(holder) == 0) absent[0] = true;
    });
    return absent[0];
  }
}
