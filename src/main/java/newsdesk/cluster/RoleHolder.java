package newsdesk.cluster;

import java.util.Objects;

/**
 * Who holds an office according to one article (see {@link ClusteringConfig#roleConflictPenalty()}).
 *
 * @param role   the office, lower case ("interior secretary", "general manager")
 * @param holder the analysed term of the holder's last name (as in {@link AnalyzedDocument#bodyTerms()})
 */
public record RoleHolder(String role, String holder) {
  public RoleHolder {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(holder, "holder");
  }
}
