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
 */
public record ClusterDocument(String id, Instant published, String title, String text) {
  public ClusterDocument {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
