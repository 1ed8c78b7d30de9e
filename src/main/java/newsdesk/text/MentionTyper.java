package newsdesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns token runs into typed mentions and mentions into entities (see {@link EntityExtractor}). */
final class MentionTyper {
  private static final Set<String> CONNECTORS =
      Set.of("of", "de", "da", "del", "della", "der", "van", "von", "du", "la", "le", "al", "bin", "&", "-", "for");
  private static final int PERSON = EntityType.PERSON.ordinal();
  private static final int ORG = EntityType.ORGANIZATION.ordinal();
  private static final int LOC = EntityType.LOCATION.ordinal();

  private final EntityCues cues;

  MentionTyper(EntityCues cues) {
    this.cues = cues;
  }

  boolean isConnector(String token) {
    return CONNECTORS.contains(token);
  }

  boolean isNotEntity(String token) {
    return cues.notEntities().contains(EntityExtractor.lower(token));
  }

  /** A word that names nothing alone but opens a name inside a sentence ("New" of "New York"). */
  boolean isNameOpener(String token) {
    return cues.nameOpeners().contains(EntityExtractor.lower(token));
  }

  boolean isTitle(String token) {
    return cues.personTitles().contains(EntityExtractor.lower(token));
  }

  /**
   * Adds the mentions of the run tokens[start, end) to {@code out}. A title inside the run splits
   * it: "Iranian President Hassan Rouhani" names Hassan Rouhani (a person, by the title), "US
   * Secretary of State Mike Pompeo" names Mike Pompeo and the US. A run may not end in a connector.
   */
  void mentions(String[] tokens, String[] tags, int start, int end, List<Mention> out) {
    while (end > start && isConnector(tokens[end - 1])) end--;
    if (end <= start) return;
    int title = -1;
    for (int k = end - 2; k > start; k--) {
      if (isTitle(tokens[k])) {
        title = k;
        break;
      }
    }
    if (title > start) {
      int before = title;
      while (before > start && isTitle(tokens[before - 1])) before--;
      if (before > start && "PROPN".equals(tags[before - 1])) add(mention(tokens, start, before), out);
      int from = title + 1;
      // "Secretary of State Mike Pompeo", "President of Ukraine Volodymyr Zelenskyy"
      if (from + 2 < end && "of".equals(tokens[from])) from += 2;
      Mention person = mention(tokens, from, end);
      if (person != null) person.votes()[PERSON] += 3;
      add(person, out);
      return;
    }
    int place = placePrefix(tokens, start, end);
    if (place > start) {
      add(mention(tokens, start, place), out);
      add(mention(tokens, place, end), out);
      return;
    }
    add(mention(tokens, start, end), out);
  }

  /**
   * The end of a well-known place that opens the run tokens[start, end) and is followed by a name
   * of its own ("Ukraine Volodymyr Zelenskyy": two or more words, no connector, not ending in an
   * organisation or place word, which would make the whole run one name: "New York Police
   * Department"); {@code start} when there is none.
   */
  private int placePrefix(String[] tokens, int start, int end) {
    for (int len = Math.min(3, end - start - 2); len >= 1; len--) {
      String head = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, start + len)));
      if (!cues.splittablePlaces().contains(head)) continue;
      String last = EntityExtractor.lower(tokens[end - 1]);
      if (cues.organizationSuffixes().contains(last) || cues.locationSuffixes().contains(last)) return start;
      for (int k = start + len; k < end; k++) {
        if (isConnector(tokens[k]) || isTitle(tokens[k])) return start;
      }
      return start + len;
    }
    return start;
  }

  private static void add(Mention m, List<Mention> out) {
    if (m != null) out.add(m);
  }

  /** The mention of tokens[start, end), or null when nothing but titles and function words is left. */
  Mention mention(String[] tokens, int start, int end) {
    double[] votes = new double[3];
    int from = start;
    while (from < end - 1 && isTitle(tokens[from])) {
      votes[PERSON] += 3;
      from++;
    }
    if (from == end - 1 && isTitle(tokens[from])) return null;
    while (end - 1 > from && isTitle(tokens[end - 1])) end--; // "United States Senator"
    if (from < end - 1 && "of".equals(tokens[from]) && votes[PERSON] > 0) {
      // "President of Egypt": the title belongs to someone else; what follows is a place.
      votes[PERSON] = 0;
      votes[LOC] += 2;
      from++;
    }
    List<String> words = new ArrayList<>();
    for (String t : Arrays.asList(tokens).subList(from, end)) {
      if (t.endsWith("'s") && t.length() > 2) t = t.substring(0, t.length() - 2);
      if (!t.isEmpty()) words.add(t);
    }
    if (words.isEmpty()) return null;
    if (words.stream().allMatch(this::isNotEntity)) return null;
    String first = EntityExtractor.lower(words.get(0));
    String last = EntityExtractor.lower(words.get(words.size() - 1));
    String before = start > 0 ? EntityExtractor.lower(tokens[start - 1]) : "";
    String after = end < tokens.length ? EntityExtractor.lower(tokens[end]) : "";
    if (cues.personTitles().contains(before)) votes[PERSON] += 3;
    if (cues.organizationSuffixes().contains(last)) votes[ORG] += 3;
    else if (cues.locationSuffixes().contains(last) && words.size() > 1) votes[LOC] += 3;
    if (words.size() > 1 && cues.organizationPrefixes().contains(first)) votes[ORG] += 2;
    if (cues.locationPrepositions().contains(before)) votes[LOC] += 1;
    if (cues.personVerbs().contains(after) || cues.personVerbs().contains(before)) votes[PERSON] += 2;
    for (int k = 0; k < words.size() - 1; k++) {
      String w = EntityExtractor.lower(words.get(k));
      if (cues.organizationSuffixes().contains(w)) votes[ORG] += 1.5;
      if (cues.locationSuffixes().contains(w)) votes[LOC] += 1.5;
    }
    if (words.size() == 1 && isAcronym(words.get(0))) votes[ORG] += 1;
    boolean connected = words.stream().anyMatch(this::isConnector);
    if (connected || words.size() > 3) votes[ORG] += 0.5;
    else if (words.size() >= 2 && votes[ORG] == 0 && votes[LOC] == 0) votes[PERSON] += 1;
    return new Mention(List.copyOf(words), votes);
  }

  private static boolean isAcronym(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      } else if (c != '.') {
        return false;
      }
    }
    return letters >= 2 && letters <= 6;
  }

  /** Groups mentions into entities: aliases join the longer name they repeat; votes decide the type. */
  List<Entity> resolve(List<Mention> mentions) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m == null) continue;
      groups.computeIfAbsent(m.name(), k -> new Group(m.tokens(), groups.size())).add(m);
    }
    List<Group> firstSeen = new ArrayList<>(groups.values());
    for (Group acronym : firstSeen) {
      if (acronym.tokens.size() != 1 || !isAcronym(acronym.tokens.get(0))) continue;
      for (Group full : firstSeen) {
        if (full.tokens.size() > 1 && initials(full.tokens).equals(acronym.tokens.get(0).replace(".", ""))) {
          acronym.target = full; // "Johns Hopkins University (JHU)"
          break;
        }
      }
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    // Longest names first, so that a short alias finds its full form.
    List<Group> byLength = new ArrayList<>(ordered);
    byLength.sort(Comparator.comparingInt((Group g) -> -g.tokens.size()).thenComparingInt(g -> g.order));
    for (Group shortGroup : ordered) {
      for (Group longGroup : byLength) {
        if (longGroup.tokens.size() <= shortGroup.tokens.size()) break;
        if (shortGroup.target == null && longGroup.target == null && containsRun(longGroup.tokens, shortGroup.tokens)
            && !isSplittablePlace(shortGroup.tokens)) { // "Texas" is not an alias of "Texas Rangers"
          shortGroup.target = longGroup;
          break;
        }
      }
    }
    for (Group g : ordered) {
      Group root = g.target;
      while (root != null && root.target != null) root = root.target;
      if (root != null) root.absorb(g);
    }
    List<Group> kept = new ArrayList<>();
    for (Group g : ordered) if (g.target == null) kept.add(g);
    kept.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.order));
    List<Entity> out = new ArrayList<>(kept.size());
    for (Group g : kept) out.add(new Entity(Mention.join(g.tokens), g.type(isPlace(g.tokens)), g.count));
    return out;
  }

  private boolean isPlace(List<String> tokens) {
    return cues.places().contains(EntityExtractor.lower(Mention.join(tokens)));
  }

  private boolean isSplittablePlace(List<String> tokens) {
    return cues.splittablePlaces().contains(EntityExtractor.lower(Mention.join(tokens)));
  }

  private String initials(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isConnector(w)) sb.append(w.charAt(0));
    }
    return sb.toString();
  }

  private static boolean containsRun(List<String> longer, List<String> shorter) {
    return java.util.Collections.indexOfSubList(longer, shorter) >= 0;
  }

  private static final class Group {
    final List<String> tokens;
    final int order;
    final double[] votes = new double[3];
    int count;
    int ownCount;
    Group target;

    Group(List<String> tokens, int order) {
      this.tokens = tokens;
      this.order = order;
    }

    void add(Mention m) {
      count++;
      ownCount++;
      for (int i = 0; i < 3; i++) votes[i] += m.votes()[i];
    }

    void absorb(Group alias) {
      count += alias.count;
      for (int i = 0; i < 3; i++) votes[i] += alias.votes[i];
    }

    /** The type by the votes; a well-known {@code place} name adds a strong place vote per own mention. */
    EntityType type(boolean place) {
      double[] v = votes.clone(); // a question, not an update: asking twice gives the same type
      if (place) v[LOC] += 3 * ownCount;
      int best = -1;
      for (int i = 0; i < 3; i++) if (v[i] > 0 && (best < 0 || v[i] > v[best])) best = i;
      if (best >= 0) return EntityType.values()[best];
      return tokens.size() >= 2 ? EntityType.PERSON : EntityType.LOCATION;
    }
  }
}
