package newsdesk.text;

import java.util.List;

/**
 * One occurrence of a candidate name with the type votes its context gave.
 *
 * @param tokens the words of the name, titles stripped
 * @param votes  votes for PERSON, ORGANIZATION, LOCATION (indexed by {@link EntityType#ordinal()})
 */
record Mention(List<String> tokens, double[] votes) {
  String name() {
    return String.join(" ", tokens);
  }
}
