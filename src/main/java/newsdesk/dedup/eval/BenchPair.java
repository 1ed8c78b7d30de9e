package newsdesk.dedup.eval;

import java.util.Objects;

/**
 * A labelled pair: {@code second} arrives after {@code first}.
 *
 * @param first     the earlier text
 * @param second    the later text
 * @param duplicate true when {@code second} copies {@code first}
 * @param kind      the variant kind (duplicates) or negative kind, for the breakdown
 */
public record BenchPair(BenchText first, BenchText second, boolean duplicate, String kind) {
  public BenchPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Objects.requireNonNull(kind, "kind");
  }
}
