package newsdesk.text;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts a run of capitalised tokens into the names it holds (see {@link EntityExtractor}): at a
 * title ("US Secretary of State Mike Pompeo"), at "of" and a well-known place ("Brigid Kosgei of
 * Kenya"), after a well-known place that opens a longer name ("Vermont Bernie Sanders"), after a
 * country in front of its institution ("U.S. House of Representatives"), and without a common noun
 * glued in front ("Countryman Lawrence Cherono"). {@link MentionTyper} makes each
 * piece a typed mention; {@link MentionResolver} groups them. Where a run divides at a place is
 * {@link PlaceSplits}'s to say, whether "and" joins one name {@link NameConjunctions}'s.
 */
final class RunSplitter {
  private static final int LOC = MentionTyper.LOC;
  private static final int PERSON = MentionTyper.PERSON;

  private final NameWords words;
  private final EntityCues cues;
  private final MentionTyper typer;
  private final NameConjunctions conjunctions;
  private final PlaceSplits placeSplits;

  RunSplitter(NameWords words, MentionTyper typer, EntityAliases aliases) {
    this.words = words;
    this.cues = words.cues();
    this.typer = typer;
    java.util.Objects.requireNonNull(aliases, "aliases");
    this.conjunctions = new NameConjunctions(words);
    this.placeSplits = new PlaceSplits(words, aliases);
  }

  /** With the aliases of {@code entity-aliases.txt}. */
  RunSplitter(NameWords words, MentionTyper typer) {
    this(words, typer, EntityAliases.load());
  }

  /**
   * Adds the mentions of the run tokens[start, end) to {@code out}. A title inside the run splits
   * it: "Iranian President Hassan Rouhani" names Hassan Rouhani (a person, by the title), "US
   * Secretary of State Mike Pompeo" names Mike Pompeo and the US; modifiers right before a
   * title belong to it ("Prime Minister", "Supreme Leader"). A run neither starts nor ends in a
   * connector; one in brackets alone at the start of a line is a speaker label ("((WN))"), no
   * mention. A common noun in front of a person's name is no part of it ("Countryman Lawrence
   * Cherono"); "X of Y" where Y is a well-known place and X a name is two names ("Brigid Kosgei
   * of Kenya", also after a title: "Crown Prince Mohammed bin Salman of Saudi Arabia").
   */
  void mentions(String[] tokens, String[] tags, int start, int end, List<Mention> out) {
    while (end > start && words.isConnector(tokens[end - 1])) end--;
    while (start < end && words.isInnerConnector(tokens[start])) start++;
    if (end <= start || speakerLabel(tokens, start, end)) return;
    if (!NameWords.midSentence(tokens, start) && end - start >= 3 && words.isGenitive(tokens[start + 1])
        && words.isCommonPlural(tokens[start]) && !cues.organizationPrefixes().contains(EntityExtractor.lower(tokens[start]))) {
      start += 2; // "Guests of Hotel Miramar were moved": a plural common noun opening the sentence is no part of the name
    }
    int title = -1;
    for (int k = end - 2; k >= start; k--) {
      if (words.isTitle(tokens[k]) && (k > start || words.isGenitive(tokens[k + 1])) && !headsOnlyAfter(tokens, k + 1, end)) {
        title = k;
        break;
      }
    }
    if (title >= start) {
      int before = title;
      while (before > start && (words.isTitle(tokens[before - 1]) || words.isTitleModifier(tokens[before - 1]))) before--;
      if (before > start && "PROPN".equals(tags[before - 1])) add(typer.mention(tokens, start, before), out);
      int from = title + 1;
      if (words.opensDomain(tokens[from])) {
        // "President of Ukraine Volodymyr Zelenskyy", "Secretary of State Mike Pompeo", "Prime Minister of
        // Iraq", "Special Representative for Iran Brian Hook"; "CEO of Massey Energy" names no one.
        int domain = from + 1;
        boolean wholePlace = cues.places().contains(EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(domain, end))));
        int place = wholePlace ? domain : placeSplits.placePrefix(tokens, domain, end);
        if (place > domain) {
          add(typer.mention(tokens, domain, place), out);
          from = place;
        } else if (!wholePlace && domain + 3 <= end && !words.endsInHeadWord(tokens, end)) {
          // The domain's common words belong to it ("Director of National Intelligence Jane Doe"); a
          // name of two words stays whole, though a given name be a common word ("Will Doe").
          from = domain + 1;
          while (end - from > 2 && words.isCommonWord(tokens[from])) from++;
        } else {
          // Whose office: a place or an organisation; one common word belongs to the title ("Secretary of State").
          Mention office = end - domain == 1 && words.isCommonWord(tokens[domain]) && !wholePlace ? null : typer.mention(tokens, domain, end);
          if (office != null) {
            office.votes()[LOC] += 1;
            // Capitals inside a title's phrase ("Secretary of State") are the title's, no sign of a name.
            add(new Mention(office.tokens(), office.votes(), office.speech(), false, office.placePreposition()), out);
          }
          return;
        }
      }
      // "Crown Prince Mohammed bin Salman of Saudi Arabia": the person, then the place.
      int of = placeSplits.namedOfPlace(tokens, from, end);
      Mention person = typer.mention(tokens, from, of > from ? of : end);
      if (person != null) person.votes()[PERSON] += 3;
      add(person, out);
      if (of > from) addPlace(tokens, of + 1, end, out);
      return;
    }
    // "Democrat Jane Doe": a party member's noun, like a title, is no part of the name.
    if (end - start >= 2 && cues.partyNouns().contains(EntityExtractor.lower(tokens[start])) && !words.endsInHeadWord(tokens, end)) {
      Mention person = typer.mention(tokens, start + 1, end);
      if (person != null) person.votes()[PERSON] += 2;
      add(person, out);
      return;
    }
    // "Countryman Lawrence Cherono" at a sentence's start; "Republican Cory Gardner" anywhere: a party's adjective is no given name.
    if ((!NameWords.midSentence(tokens, start) || cues.kindModifiers().contains(EntityExtractor.lower(tokens[start])))
        && gluedCommonNoun(tokens, start, end)) {
      Mention person = typer.mention(tokens, start + 1, end);
      if (person != null) person.votes()[PERSON] += 2;
      add(person, out);
      return;
    }
    int of = placeSplits.namedOfPlace(tokens, start, end);
    if (of > start) {
      add(typer.mention(tokens, start, of), out);
      addPlace(tokens, of + 1, end, out);
      return;
    }
    int country = placeSplits.countryPrefix(tokens, start, end);
    if (country > start) {
      add(typer.mention(tokens, start, country), out);
      add(typer.mention(tokens, country, end), out);
      return;
    }
    int place = placeSplits.placePrefix(tokens, start, end);
    if (place > start) {
      add(typer.mention(tokens, start, place), out);
      add(typer.mention(tokens, place, end), out);
      return;
    }
    add(typer.mention(tokens, start, end), out);
  }

  /** See {@link NameConjunctions#joinsWithAnd}: whether "and" at tokens[at] continues the name tokens[start, at). */
  boolean joinsWithAnd(String[] tokens, int start, int at) {
    return conjunctions.joinsWithAnd(tokens, start, at);
  }

  /**
   * Whether tokens[from, end) are organisation or place head words only ("General Assembly",
   * "General Hospital"): the title word before them is then part of an institution's name, no title.
   */
  private boolean headsOnlyAfter(String[] tokens, int from, int end) {
    if (from >= end) return false;
    for (int k = from; k < end; k++) {
      String w = EntityExtractor.lower(tokens[k]);
      if (!(cues.organizationSuffixes().contains(w) || cues.locationSuffixes().contains(w))) return false;
    }
    return true;
  }

  /** Whether {@code token} starts with a capital letter. */
  static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  /** "((WN)) Given that ...": a run alone in brackets that open its line or sentence. */
  private static boolean speakerLabel(String[] tokens, int start, int end) {
    if (start == 0 || end >= tokens.length || !(tokens[end].equals(")") || tokens[end].equals("]"))) return false;
    for (int k = 0; k < start; k++) {
      if (!(tokens[k].equals("(") || tokens[k].equals("["))) return false;
    }
    return true;
  }

  /**
   * A common noun or adjective opening a run that is otherwise a name of two or more words, none of
   * them common, connected or a well-known place: the noun describes the person ("Countryman
   * Lawrence Cherono", "Winner Eliud Kipchoge"); "Human Rights Watch" or "United States" stay whole.
   */
  private boolean gluedCommonNoun(String[] tokens, int start, int end) {
    if (end - start < 3 || !words.isCommonWord(tokens[start])) return false;
    String first = EntityExtractor.lower(tokens[start]);
    if (cues.organizationPrefixes().contains(first) || cues.locationSuffixes().contains(first)
        || cues.organizationSuffixes().contains(first) || words.isNotEntity(first) || words.opensPlace(tokens, start, end)) {
      return false;
    }
    for (int k = start + 1; k < end; k++) {
      String t = tokens[k];
      if (words.isConnector(t) || words.isCommonWord(t) || words.isNotEntity(t) || cues.places().contains(EntityExtractor.lower(t))
          || cues.organizationSuffixes().contains(EntityExtractor.lower(t))) return false;
    }
    return true;
  }

  /**
   * The place tokens[start, end) after "X of" ("Brigid Kosgei of Kenya"): a well-known one gets a
   * strong place vote, another a weak one, which its other mentions' cues can outvote (the
   * organisation of "Tim Cook of Apple"); an institution's name ({@link PlaceSplits#namesInstitution}:
   * "Jane Doe of Scripps Research") an organisation vote instead.
   */
  private void addPlace(String[] tokens, int start, int end, List<Mention> out) {
    Mention place = typer.mention(tokens, start, end);
    boolean known = cues.places().contains(EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, end))));
    if (place != null && !known && placeSplits.namesInstitution(tokens, start, end)) place.votes()[MentionTyper.ORG] += INSTITUTION_VOTE;
    else if (place != null) place.votes()[LOC] += known ? 2 : 1;
    add(place, out);
  }

  /**
   * An institution's name after "X of" outvotes a speech verb after it (+2) with the weak person vote
   * of two words without a cue (+1): "Jane Doe of Norland Research said".
   */
  private static final double INSTITUTION_VOTE = 4;

  private static void add(Mention m, List<Mention> out) {
    if (m != null) out.add(m);
  }

}
