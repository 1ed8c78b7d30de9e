package newsdesk.cluster;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as the story clusterer sees it.
 *
 * @param id        caller's id, unique within one clusterer
 * @param published publication time, or null when unknown
 * @param title     headline, possibly empty
 * @param text      body text, possibly empty
 * @param outlet    who published it (an outlet's name or host), or null when unknown; see
 *                  {@link ClusteringConfig#sameOutletPenalty()}
 */
public record ClusterDocument(String id, Instant published, String title, String text, String outlet) {
  public ClusterDocument {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }

  /** A document of unknown outlet. */
  public ClusterDocument(String id, Instant published, String title, String text) {
    this(id, published, title, text, null);
  }
}
