package newsdesk.text;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts a run of capitalised tokens into the names it holds (see {@link EntityExtractor}): at a
 * title ("US Secretary of State Mike Pompeo"), at "of" and a well-known place ("Brigid Kosgei of
 * Kenya"), after a well-known place that opens a longer name ("Vermont Bernie Sanders"), after a
 * country in front of its institution ("U.S. House of Representatives"), and without a common noun
 * glued in front ("Countryman Lawrence Cherono"). {@link MentionTyper} makes each
 * piece a typed mention; {@link MentionResolver} groups them.
 */
final class RunSplitter {
  private static final int LOC = MentionTyper.LOC;
  private static final int PERSON = MentionTyper.PERSON;

  private final NameWords words;
  private final EntityCues cues;
  private final MentionTyper typer;
  private final EntityAliases aliases;

  RunSplitter(NameWords words, MentionTyper typer, EntityAliases aliases) {
    this.words = words;
    this.cues = words.cues();
    this.typer = typer;
    this.aliases = java.util.Objects.requireNonNull(aliases, "aliases");
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
        int place = wholePlace ? domain : placePrefix(tokens, domain, end);
        if (place > domain) {
          add(typer.mention(tokens, domain, place), out);
          from = place;
        } else if (!wholePlace && domain + 3 <= end && !words.endsInHeadWord(tokens, end)) {
          from = domain + 1;
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
      int of = namedOfPlace(tokens, from, end);
      Mention person = typer.mention(tokens, from, of > from ? of : end);
      if (person != null) person.votes()[PERSON] += 3;
      add(person, out);
      if (of > from) addPlace(tokens, of + 1, end, out);
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
    int of = namedOfPlace(tokens, start, end);
    if (of > start) {
      add(typer.mention(tokens, start, of), out);
      addPlace(tokens, of + 1, end, out);
      return;
    }
    int country = countryPrefix(tokens, start, end);
    if (country > start) {
      add(typer.mention(tokens, start, country), out);
      add(typer.mention(tokens, country, end), out);
      return;
    }
    int place = placePrefix(tokens, start, end);
    if (place > start) {
      add(typer.mention(tokens, start, place), out);
      add(typer.mention(tokens, place, end), out);
      return;
    }
    add(typer.mention(tokens, start, end), out);
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

  /**
   * Whether "and" at tokens[at] continues the name tokens[start, at): an organisation named by a
   * head word and "of"/"for" ("Institute for Health Metrics and Evaluation", "Department of
   * Health and Human Services", "Institute of Geophysics and Volcanology"), or one whose head word
   * ends the words after "and" while none stands before it ("National Oceanic and Atmospheric
   * Administration"); elsewhere "and" separates names ("University of Washington and Stanford
   * University", "Germany and the Red Cross").
   */
  boolean joinsWithAnd(String[] tokens, int start, int at) {
    if (!words.isConjunction(tokens[at])) return false;
    int after = at + 1;
    while (after < tokens.length && capitalised(tokens[after])) after++;
    if (after == at + 1) return false;
    boolean connectorAfter = after < tokens.length && words.isConnector(tokens[after]);
    for (int k = start; k < at - 2; k++) {
      if (!words.opensDomain(tokens[k + 1])) continue;
      String head = EntityExtractor.lower(tokens[k]);
      if (!(cues.organizationPrefixes().contains(head) || cues.organizationSuffixes().contains(head))) continue;
      // "and" joins fields ("Health Metrics", "Evaluation": common words or names of fields after
      // it, no place before it), not names of their own ("University of Washington and Stanford University").
      if (words.opensPlace(tokens, k + 2, at)) return false;
      for (int j = at + 1; j < after; j++) if (!words.isCommonWord(tokens[j]) && !isFieldName(tokens[j])) return false;
      return !connectorAfter;
    }
    return !connectorAfter && after - at >= 3 && words.endsInOrganizationWord(tokens, after) && !startsAName(tokens, start, at);
  }

  /**
   * Whether tokens[start, at) could stand as a name of its own before "and": it holds a head word,
   * a connector, a title, an acronym or a well-known place, or only one word that is no common word.
   * A place listed with "~" (also a given name, an ocean or a region: "Pacific", "Washington") opens
   * longer names, so it says nothing here ("Pacific Gas and Electric Company").
   */
  private boolean startsAName(String[] tokens, int start, int at) {
    if (at - start == 1 && !words.isCommonWord(tokens[start])) return true;
    for (int k = start; k < at; k++) {
      String t = tokens[k];
      String w = EntityExtractor.lower(t);
      if (words.isConnector(t) || words.isTitle(t) || NameWords.isAcronym(t) || cues.splittablePlaces().contains(w) || !capitalised(t)
          || cues.organizationSuffixes().contains(w) || cues.locationSuffixes().contains(w)) return true;
    }
    return false;
  }

  /** "Volcanology", "Geophysics": the name of a field of study, by its ending. */
  private boolean isFieldName(String token) {
    String w = EntityExtractor.lower(token);
    for (String ending : cues.fieldEndings()) if (w.length() > ending.length() + 2 && w.endsWith(ending)) return true;
    return false;
  }

  private static boolean capitalised(String token) {
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
   * The index of "of" in a run "X of Y" where Y is a place and X one or more names, none a common
   * word, after titles if any ("Brigid Kosgei of Kenya", "ABC of Australia", "Prince Mohammed bin
   * Salman of Saudi Arabia"; not "Bank of England", "Islamic Republic of Iran"); {@code start} when
   * there is none. Y is a well-known place, or, after a person's name of two or more words, one or
   * two words that are neither common, acronyms nor head words ("John Harris of Shelbyville").
   */
  private int namedOfPlace(String[] tokens, int start, int end) {
    for (int of = start + 1; of < end - 1; of++) {
      if (!words.isGenitive(tokens[of])) continue;
      String place = EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(of + 1, end)));
      boolean known = cues.places().contains(place);
      int name = start;
      while (name < of && words.isTitle(tokens[name])) name++; // "Prince Mohammed bin Salman of Saudi Arabia"
      if (name == of) return start;
      if (!known && !(of - name >= 2 && unknownPlace(tokens, of + 1, end))) return start;
      // Common words may be a person's given name or surname ("Elizabeth Warren of Massachusetts") when two or
      // more words, not all common, stand before a well-known place; one ("Tower of London") or all
      // common ("Great Fire of London") make one name with it.
      boolean commonAllowed = known && of - name >= 2
          && Arrays.stream(tokens, name, of).anyMatch(t -> !words.isCommonWord(t) && !words.isConnector(t));
      for (int k = name; k < of; k++) {
        if (words.joinsPersonName(Arrays.asList(tokens).subList(name, of), k - name)) continue; // "Mohammed bin Salman"
        String w = EntityExtractor.lower(tokens[k]);
        if (words.isConnector(tokens[k]) || (words.isCommonWord(tokens[k]) && !commonAllowed) || words.isTitle(tokens[k])
            || (!known && NameWords.isAcronym(tokens[k]))
            || cues.organizationSuffixes().contains(w) || cues.organizationPrefixes().contains(w) || cues.locationSuffixes().contains(w)) return start;
      }
      return of;
    }
    return start;
  }

  /** One or two capitalised words that are no common word, acronym, connector, title or head word ("Shelbyville"). */
  private boolean unknownPlace(String[] tokens, int from, int end) {
    if (end - from > 2) return false;
    for (int k = from; k < end; k++) {
      String t = tokens[k];
      String w = EntityExtractor.lower(t);
      if (!capitalised(t) || words.isConnector(t) || words.isCommonWord(t) || NameWords.isAcronym(t) || words.isTitle(t)
          || cues.organizationSuffixes().contains(w) || cues.organizationPrefixes().contains(w)) return false;
    }
    return true;
  }

  /**
   * The end of a country's name that opens the name of one of its institutions of the form "Head
   * of/for X" ("United States House of Representatives", "U.S. Department of Justice", "UK House of
   * Commons"), so that the institution is one entity whether a text writes the country in front or
   * not, and the country another; {@code start} when there is none. A country is a form of a
   * well-known place of {@code entity-aliases.txt} (one to four words: "US", "United States of
   * America"); the head word opens organisation names ({@code organization.prefixes}), also alone
   * as the institution's short name ("U.S. House", which joins "House of Representatives" when the
   * text has it, and is no person). A state or a
   * city in front stays part of the name ("Michigan House of Representatives"), as do a demonym
   * ("Libyan House of Representatives") and other institutions' names ("U.S. Geological Survey").
   */
  private int countryPrefix(String[] tokens, int start, int end) {
    for (int len = Math.min(4, end - start - 1); len >= 1; len--) {
      String country = Mention.join(Arrays.asList(tokens).subList(start, start + len));
      if (!aliases.isWrittenForm(country) || aliases.typeOf(country) != EntityType.LOCATION) continue;
      int head = start + len;
      boolean opensInstitution = cues.organizationPrefixes().contains(EntityExtractor.lower(tokens[head]));
      // "U.S. House": the head word alone is the short name of the institution ("the House").
      // Not before a lower-case "on", "of": "United States Commission on International Religious Freedom" is one name.
      boolean institution = opensInstitution && ((head + 1 == end && (end == tokens.length || !continuesName(tokens[end])))
          || (head + 2 < end && words.opensDomain(tokens[head + 1])));
      return institution ? head : start;
    }
    return start;
  }

  private boolean continuesName(String token) {
    return cues.nameContinuations().contains(token);
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
        if (words.isConnector(tokens[k]) || words.isTitle(tokens[k])) return start;
      }
      return start + len;
    }
    return start;
  }

  /**
   * The place tokens[start, end) after "X of" ("Brigid Kosgei of Kenya"): a well-known one gets a
   * strong place vote, another a weak one, which its other mentions' cues can outvote (the
   * organisation of "Tim Cook of Apple").
   */
  private void addPlace(String[] tokens, int start, int end, List<Mention> out) {
    Mention place = typer.mention(tokens, start, end);
    boolean known = cues.places().contains(EntityExtractor.lower(Mention.join(Arrays.asList(tokens).subList(start, end))));
    if (place != null) place.votes()[LOC] += known ? 2 : 1;
    add(place, out);
  }

  private static void add(Mention m, List<Mention> out) {
    if (m != null) out.add(m);
  }

}
