package newsdesk.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the mentions of one text into entities: one entity per name whatever its capitalisation
 * ("Van Biljon" and "van Biljon"); a shorter name that repeats a run of a longer one, or its first
 * and last word ("Richard Guy" of "Richard Kenneth Guy"), or its initials ("JHU"), joins it unless
 * the short one reads as a place and the long one as an organisation ("in Bradford", "Bradford
 * Council"); the
 * votes of all of an entity's mentions decide its one type. A single word that the text does not
 * show to be a name is dropped: a word written in lower case in the text at least as often as
 * capitalised inside sentences ("Stampede" of a headline beside "a stampede"); a single letter; a
 * compound plural of two common words seen only at sentences' starts without any cue
 * ("Floodwaters"). (Dropping here every plural of common words seen only at sentences' starts without any cue,
 * "Forecasters", cost Multi-News 0.72182 -> 0.71709 pairwise F1; {@link EntityExtractor#worthShowing}
 * hides them instead.)
 * (Also dropping every common English word that stands alone at a sentence's start, "Winner",
 * "Martyrdom", and every word with a digit, "COVID-19", was measured and not kept: such words
 * carry the entity weight in story clustering; ECB+ fell from 0.880 to 0.843 and Multi-News from
 * 0.721 to 0.720; docs/benchmarks/stories.md.)
 * Well-known places ({@code places.txt}) and acronyms always stay. A name that is a form of a
 * well-known entity ({@code entity-aliases.txt}: "US", "U.S.", "USA") is that entity under its
 * canonical name ("United States") with a vote for its type, so all its forms are one entity.
 */
final class MentionResolver {
  private static final int LOC = MentionTyper.LOC;

  /**
   * The least share of an entity's mentions right after a place preposition for those prepositions
   * to vote place (each preposition votes 1): a place is mostly named so, a work or a brand only now
   * and then.
   */
  private static final double MIN_PREPOSITION_SHARE = 0.25;

  /** The vote a known entity's type gets per mention: as strong as a head word. */
  private static final double KNOWN_TYPE_VOTE = 3;

  private final NameWords words;
  private final EntityCues cues;
  private final EntityAliases aliases;

  MentionResolver(NameWords words, EntityAliases aliases) {
    this.words = words;
    this.cues = words.cues();
    this.aliases = aliases;
  }

  /**
   * The entities of {@code mentions}, most mentioned first, then in order of first mention.
   *
   * @param lowerCase how often each word (lower case) is written in lower case in the text
   */
  List<Entity> resolve(List<Mention> mentions, Map<String, Integer> lowerCase) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m == null) continue;
      m = canonical(m);
      groups.computeIfAbsent(EntityExtractor.lower(m.name()), k -> new Group(groups.size())).add(m);
    }
    List<Group> ordered = new ArrayList<>(groups.values());
    for (Group acronym : ordered) {
      if (acronym.tokens.size() != 1 || !NameWords.isAcronym(acronym.tokens.get(0))) continue;
      for (Group full : ordered) {
        if (full.tokens.size() > 1 && initials(full.tokens).equals(acronym.tokens.get(0).replace(".", ""))) {
          acronym.target = full; // "Johns Hopkins University (JHU)"
          break;
        }
      }
    }
    // Longest names first, so that a short alias finds its full form.
    List<Group> byLength = new ArrayList<>(ordered);
    byLength.sort(Comparator.comparingInt((Group g) -> -g.tokens.size()).thenComparingInt(g -> g.order));
    for (Group shortGroup : ordered) {
      for (Group longGroup : byLength) {
        if (longGroup.tokens.size() <= shortGroup.tokens.size()) break;
        if (shortGroup.target == null && longGroup.target == null && isAlias(shortGroup.lower, longGroup.lower)
            && !isSplittablePlace(shortGroup.tokens) // "Texas" is not an alias of "Texas Rangers"
            && !(shortGroup.leaning() == LOC && longGroup.leaning() == MentionTyper.ORG)) { // "in Bradford", "Bradford Council"
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
    for (Group g : ordered) if (g.target == null && (g.tokens.size() > 1 || shownAsName(g, lowerCase))) kept.add(g);
    kept.sort(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.order));
    List<Entity> out = new ArrayList<>(kept.size());
    for (Group g : kept) out.add(new Entity(Mention.join(g.tokens), g.type(isPlace(g.tokens)), g.count));
    return out;
  }

  /**
   * The mention under its canonical name when it names a known entity ("U.S." -> "United States",
   * {@link EntityAliases}), with a vote for that entity's type; else {@code m} itself.
   */
  private Mention canonical(Mention m) {
    if (!aliases.isWrittenForm(m.name())) return m;
    EntityType type = aliases.typeOf(m.name());
    double[] votes = m.votes().clone();
    votes[type.ordinal()] += KNOWN_TYPE_VOTE;
    return new Mention(List.of(aliases.canonical(m.name()).split(" ")), votes, m.speech(), m.midSentence(), m.placePreposition());
  }

  /** Whether a one-word entity is a name by the text's own evidence (see the class comment). */
  private boolean shownAsName(Group g, Map<String, Integer> lowerCase) {
    String word = g.tokens.get(0);
    if (isPlace(g.tokens) || NameWords.isAcronym(word)) return true;
    if (word.codePointCount(0, word.length()) < 2) return false;
    // "Floodwaters rose ...": a compound plural of common words, only ever at a sentence's start, without any cue.
    if (g.midSentence == 0 && g.leaning() < 0 && words.isCompoundPlural(word)) return false;
    int lower = lowerCase.getOrDefault(EntityExtractor.lower(word), 0);
    return lower < Math.max(1, g.midSentence);
  }

  /**
   * Whether {@code shorter} names the same as {@code longer}: it is a run of its words, or keeps its
   * first and last word and some of those between ("richard guy" of "richard kenneth guy").
   */
  private static boolean isAlias(List<String> shorter, List<String> longer) {
    if (Collections.indexOfSubList(longer, shorter) >= 0) return true;
    if (shorter.size() < 2 || !shorter.getFirst().equals(longer.getFirst()) || !shorter.getLast().equals(longer.getLast())) {
      return false;
    }
    int k = 0;
    for (String w : longer) if (k < shorter.size() && w.equals(shorter.get(k))) k++;
    return k == shorter.size();
  }

  private boolean isPlace(List<String> tokens) {
    return cues.places().contains(EntityExtractor.lower(Mention.join(tokens)));
  }

  private boolean isSplittablePlace(List<String> tokens) {
    return cues.splittablePlaces().contains(EntityExtractor.lower(Mention.join(tokens)));
  }

  private String initials(List<String> name) {
    return words.initials(name);
  }

  private static final class Group {
    final int order;
    final double[] votes = new double[3];
    /** Speech-verb votes of all its mentions ({@link Mention#speech}). */
    double speech;
    /** Place-preposition votes of all its mentions ({@link Mention#placePreposition}). */
    double placePreposition;
    List<String> tokens;
    List<String> lower;
    int count;
    int ownCount;
    int midSentence;
    boolean formFromMidSentence;
    Group target;

    Group(int order) {
      this.order = order;
    }

    void add(Mention m) {
      // The spelling of a mention inside a sentence is the name's own ("van Biljon", not "Van Biljon").
      if (tokens == null || (m.midSentence() && !formFromMidSentence)) {
        tokens = m.tokens();
        lower = m.tokens().stream().map(EntityExtractor::lower).toList();
        formFromMidSentence = m.midSentence();
      }
      count++;
      ownCount++;
      if (m.midSentence()) midSentence++;
      for (int i = 0; i < 3; i++) votes[i] += m.votes()[i];
      speech += m.speech();
      placePreposition += m.placePreposition();
    }

    void absorb(Group alias) {
      count += alias.count;
      midSentence += alias.midSentence;
      for (int i = 0; i < 3; i++) votes[i] += alias.votes[i];
      speech += alias.speech;
      placePreposition += alias.placePreposition;
    }

    /** The type its own votes favour, a speech verb counting for a person, or -1 without votes. */
    int leaning() {
      double[] v = votes.clone();
      v[MentionTyper.PERSON] += speech;
      v[LOC] += placePreposition;
      int best = -1;
      for (int i = 0; i < 3; i++) if (v[i] > 0 && (best < 0 || v[i] > v[best])) best = i;
      return best;
    }

    /**
     * The type by the votes; a well-known {@code place} name adds a strong place vote per own
     * mention. A speech verb counts for a person when the name has two or more words (a given name
     * and a surname, or a surname that joined its full name), else for an organisation: a one-word
     * name that no longer form in the text makes a person's is mostly an institution, outlet or
     * company ("the clinic said" written with its name).
     */
    EntityType type(boolean place) {
      double[] v = votes.clone(); // a question, not an update: asking twice gives the same type
      if (place) v[LOC] += 3 * ownCount;
      v[tokens.size() >= 2 ? MentionTyper.PERSON : MentionTyper.ORG] += speech;
      // "a game similar to X ... features in X", among twenty mentions of X: a place preposition now
      // and then ("in", "from" also introduce works, sources and fields) makes no place.
      if (placePreposition >= MIN_PREPOSITION_SHARE * count) v[LOC] += placePreposition;
      int best = -1;
      for (int i = 0; i < 3; i++) if (v[i] > 0 && (best < 0 || v[i] > v[best])) best = i;
      if (best >= 0) return EntityType.values()[best];
      // Without any cue: two or more words are mostly a person's name; one word that is neither a
      // well-known place nor after a place preposition is mostly a brand, outlet or website.
      return tokens.size() >= 2 ? EntityType.PERSON : EntityType.ORGANIZATION;
    }
  }
}
