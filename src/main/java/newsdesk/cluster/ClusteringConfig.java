package newsdesk.cluster;

import java.time.Duration;
import java.util.Objects;

/**
 * Every knob of {@link OnlineStoryClusterer}; {@link #defaults()} is the one configuration measured
 * in docs/benchmarks/stories.md for headlines, short and long articles alike. The record holds the
 * parameters; how a short and a long value are interpolated for a document's length is
 * {@link LengthScale}'s.
 *
 * @param quietPeriod        a story without a new article for this long (publication time) leaves the
 *                           working set and is never joined again
 * @param maxActiveStories   hard bound of the working set; the least recently updated story leaves
 *                           first (keeps memory flat on streams without dates)
 * @param titleWeight        how many body occurrences one title occurrence of a term is worth
 * @param entityWeight       extra weight of a term that belongs to a named entity of the article
 * @param shortThreshold     cosine a document of at most {@code shortTerms} distinct terms needs to
 *                           join a story
 * @param longThreshold      cosine a document of at least {@code longTerms} distinct terms needs;
 *                           in between the threshold moves linearly in log(terms)
 * @param shortTerms         see {@code shortThreshold}
 * @param longTerms          see {@code longThreshold}
 * @param mergeThreshold     cosine between two story centroids above which they are one story, when
 *                           the document that brought them together is long
 * @param shortMergeThreshold the same for a short document (interpolated like the join threshold)
 * @param candidateTerms     the document's heaviest terms used to look up candidate stories
 * @param maxCandidates      candidate stories scored exactly per document
 * @param averageLinkage     for long documents (scaled down with length like the threshold), the share
 *                           of average linkage (mean cosine to the members) in a story's score; the
 *                           rest is the centroid cosine
 * @param bodyTermLimit      body terms used, from the start (the lead carries the event); 0: all
 * @param veryLongTerms      from {@code longTerms} to this many distinct terms the threshold moves
 *                           (log-linearly) to {@code veryLongThreshold}: long scraped articles spread
 *                           their weight over many terms, so their cosines run lower
 * @param veryLongThreshold  see {@code veryLongTerms}
 * @param sizeBonus          for short documents, score bonus per log(story size)
 * @param leadTerms          body terms of the lead sub-vector (after the headline)
 * @param leadShare          share of the lead cosine (document lead vs the story's lead centroid) in
 *                           a story's score, fading to 0 from {@code longTerms} to {@code veryLongTerms}
 *                           distinct terms (long scraped pages open with bylines and teasers); the
 *                           main score keeps the rest
 * @param signatureTerms     size of a document's specific signature: its heaviest terms that belong
 *                           to a named entity or hold a digit (model numbers, magnitudes); 0: no
 *                           signatures (and no conflict penalty)
 * @param signatureShare     a story's signature term is dominant when at least this share of its
 *                           members have it in their signatures
 * @param conflictStoryTerms how many of a story's dominant signature terms (heaviest in its centroid
 *                           first) the conflict test looks at
 * @param conflictPenalty    subtracted from the score when document and story conflict (see
 *                           {@link SpecificSignature}), fading out with the very-long factor like the
 *                           lead share, and {@code shortConflictPenalty} instead for headlines; 0:
 *                           off (no conflict at any length)
 * @param embeddingShortWeight share w of the sentence-embedding signal in the joining decision for
 *                           a document of at most {@code shortTerms} distinct terms, 0 to 1: a
 *                           document joins the story with the highest {@code (1 - w) * (tfidf -
 *                           threshold) + w * (embedding - embeddingThreshold)}, if that margin is
 *                           at least 0, except that across a specific-signature conflict the margin
 *                           is at most the TF-IDF one (two events of one kind embed alike: the
 *                           embedding may keep them apart, never join them). Each signal is measured against its own (length-adaptive)
 *                           threshold because the two cosines live on different scales. Applies
 *                           only when the document and the story both have embeddings; otherwise
 *                           the TF-IDF margin alone decides (as with weight 0), and candidates with
 *                           and without an embedding are compared by these margins as they are
 * @param embeddingLongWeight the same for {@code longTerms} terms and more (interpolated in
 *                           log(terms) in between): headlines share too few words for TF-IDF, while
 *                           articles about two events of one kind (two earthquakes) embed alike
 * @param embeddingShortThreshold embedding cosine (story mean embedding, mixed with average linkage
 *                           like the TF-IDF score) at which a document of at most {@code shortTerms}
 *                           distinct terms has a zero embedding margin
 * @param embeddingLongThreshold the same for {@code longTerms} terms and more; interpolated in
 *                           log(terms) in between, like {@code shortThreshold}
 * @param sameOutletPenalty  margin a document loses with a story that already holds an article of its
 *                           own outlet: an outlet repeats its templates, boilerplate and house phrasing
 *                           in every article (the same interview questions, section blurbs), so words
 *                           shared within one outlet are weaker evidence of one event than words shared
 *                           across outlets; follow-ups that are clearly the same event still join
 * @param headlineNames      size of a document's headline signature: the heaviest TF-IDF terms of its
 *                           headline that belong to a named entity (0: none, and no headline conflict)
 * @param headlineWeakShare  a headline name is weak on the other side when its weight there (the
 *                           story's mean member weight, or the document's weight) is under this share
 *                           of its weight on its own side
 * @param headlineConflictPenalty margin a document loses with a story that holds an article of its own
 *                           outlet when their headline names conflict (see
 *                           {@link SpecificSignature#headlineConflict}): an outlet names the subject of
 *                           its follow-ups the same way, so its two headlines naming different people
 *                           or places are two events even when the bodies mention both (Sanders' and
 *                           Warren's endorsements). Across outlets headlines name an event variously,
 *                           so the test is not applied there (applying it everywhere cost ECB+ 0.02-0.05
 *                           pairwise F1, docs/benchmarks/stories.md)
 * @param shortConflictPenalty {@code conflictPenalty} for a document of at most {@code shortTerms}
 *                           distinct terms (a headline): such a document is little more than its
 *                           names and a few words of its kind ("Bus crash in Nepal kills 12"), so
 *                           the shared words of the kind give a high cosine to another event of the
 *                           kind, and the conflict of names is the one sign of two events. At 0.5 a
 *                           conflicting headline joins only with a cosine 0.5 over its threshold;
 *                           longer documents pay {@code conflictPenalty}. On the dev sets
 *                           0.11, 0.5 and 1 give the same stories (docs/benchmarks/stories.md): the
 *                           value is set by reasoning, not measured
 * @param roleConflictPenalty subtracted from the score when the document and the story name different
 *                           holders of one office ({@link RoleConflict}: "Interior Secretary Dirk
 *                           Kempthorne" against "Interior Secretary Ken Salazar", an administration's
 *                           rule and its successor's reversal); 0: off. From 0.3 up it acts as a veto
 *                           and gives the same stories on the dev sets (0.5 in the defaults); alone it
 *                           split a second event only partly (its first articles joined the first
 *                           event's story before any named the new holder), so it is on only together
 *                           with {@code reviseStories}, which moves those articles later
 *                           (docs/benchmarks/stories.md, 2026-11-29 22:00-23:30 UTC)
 * @param reviseStories revisable assignment (0: off): after a document is placed in story S, the
 *                           {@code reviseStories} other candidate stories with the highest positive
 *                           score for the document are revisited, and each of their members that fits S
 *                           better than its own story moves to S. A single pass leaves the first
 *                           articles of a second event in the first event's story when the evidence
 *                           that tells the two apart (a new office holder, see
 *                           {@code roleConflictPenalty}) arrives later; revisiting is the cheap, local
 *                           form of the reassignment step of incremental clustering (Fisher's COBWEB
 *                           and the "split/re-assign" moves of streaming k-means), restricted to the
 *                           stories the new document touches so that the cost per document stays
 *                           bounded. 3 in the defaults (1 to 5 gave the same figures within 0.001)
 * @param reviseMaxMembers stories revisited have from 2 to this many members: the stories keep their
 *                           members' vectors only up to this size (a story that outgrows it forgets
 *                           them and is no longer revisited), so memory stays bounded; a large story is
 *                           settled anyway. 30 (10 and 100 gave the same figures within 0.004)
 * @param reviseMinTerms only members of at least this many distinct terms may move: a headline's few
 *                           words fit several stories of one kind almost equally, and moving them cost
 *                           MStream's odd half 0.04 pairwise F1 (TF-IDF alone, docs/benchmarks/stories.md);
 *                           only such members' vectors and embeddings are kept. 100 (= {@code longTerms}:
 *                           documents whose embedding the defaults do not weigh); 50 and 150 within 0.003
 * @param reviseDelta   a member moves when its margin for S (score less threshold, with the same
 *                           embedding mix and outlet penalties as a placement) is non-negative and
 *                           exceeds its margin for its own story without itself by more than this.
 *                           0 (0.02 gave the same figures on the full sets but lost the ECB+ odd half's
 *                           gain; 0.05 gave less on ECB+ and Multi-News)
 * @param bodyTailStart      lead-weighted term frequency: a body term at position {@code bodyTailStart}
 *                           or later (counted in analysed terms, after the headline) counts
 *                           {@code bodyTailWeight} of an occurrence instead of a whole one. News states
 *                           its event first; a long scraped page's tail (comments, link lists, other
 *                           stories, background) would otherwise weigh as much as its lead. 0: every
 *                           position counts fully
 * @param bodyTailWeight     see {@code bodyTailStart}, in (0, 1]; a term's summed frequency f under 1
 *                           (tail occurrences only) has term weight f, from 1 on the usual 1 + ln(f)
 */
public record ClusteringConfig(
    Duration quietPeriod,
    int maxActiveStories,
    double titleWeight,
    double entityWeight,
    double shortThreshold,
    double longThreshold,
    int shortTerms,
    int longTerms,
    double mergeThreshold,
    int candidateTerms,
    int maxCandidates,
    double averageLinkage,
    int bodyTermLimit,
    double shortMergeThreshold,
    double sizeBonus,
    int veryLongTerms,
    double veryLongThreshold,
    int leadTerms,
    double leadShare,
    int signatureTerms,
    double signatureShare,
    int conflictStoryTerms,
    double conflictPenalty,
    double embeddingShortWeight,
    double embeddingLongWeight,
    double embeddingShortThreshold,
    double embeddingLongThreshold,
    double sameOutletPenalty,
    int headlineNames,
    double headlineWeakShare,
    double headlineConflictPenalty,
    double shortConflictPenalty,
    double roleConflictPenalty,
    int reviseStories,
    int reviseMaxMembers,
    int reviseMinTerms,
    double reviseDelta,
    int bodyTailStart,
    double bodyTailWeight) {

  public ClusteringConfig {
    Objects.requireNonNull(quietPeriod, "quietPeriod");
    if (quietPeriod.isNegative() || quietPeriod.isZero()) {
      throw new IllegalArgumentException("quietPeriod must be positive: " + quietPeriod);
    }
    if (maxActiveStories < 1) throw new IllegalArgumentException("maxActiveStories must be >= 1");
    if (shortTerms < 1 || longTerms <= shortTerms) {
      throw new IllegalArgumentException("need 1 <= shortTerms < longTerms: " + shortTerms + ", " + longTerms);
    }
    if (!(leadShare >= 0 && leadShare <= 1)) throw new IllegalArgumentException("leadShare must be in [0, 1]: " + leadShare);
    if (bodyTailStart < 0 || !(bodyTailWeight > 0 && bodyTailWeight <= 1)) {
      throw new IllegalArgumentException("need bodyTailStart >= 0 and 0 < bodyTailWeight <= 1: " + bodyTailStart + ", " + bodyTailWeight);
    }
    if (leadTerms < 0) throw new IllegalArgumentException("leadTerms must be >= 0: " + leadTerms);
    if (signatureTerms < 0 || conflictStoryTerms < 1 || !(signatureShare > 0 && signatureShare <= 1)
        || !(conflictPenalty >= 0)) {
      throw new IllegalArgumentException("need signatureTerms >= 0, conflictStoryTerms >= 1, 0 < signatureShare <= 1"
          + " and conflictPenalty >= 0: " + signatureTerms + ", " + conflictStoryTerms + ", " + signatureShare + ", "
          + conflictPenalty);
    }
    if (candidateTerms < 1 || maxCandidates < 1) {
      throw new IllegalArgumentException("candidateTerms and maxCandidates must be >= 1");
    }
    if (headlineNames < 0 || !(headlineWeakShare >= 0) || !(headlineConflictPenalty >= 0)) {
      throw new IllegalArgumentException("need headlineNames >= 0, headlineWeakShare >= 0 and headlineConflictPenalty >= 0: "
          + headlineNames + ", " + headlineWeakShare + ", " + headlineConflictPenalty);
    }
    if (!(shortConflictPenalty >= 0)) throw new IllegalArgumentException("shortConflictPenalty must be >= 0: " + shortConflictPenalty);
    if (!(roleConflictPenalty >= 0)) throw new IllegalArgumentException("roleConflictPenalty must be >= 0: " + roleConflictPenalty);
    if (reviseStories < 0 || reviseMaxMembers < 2 || reviseMinTerms < 0 || !(reviseDelta >= 0)) {
      throw new IllegalArgumentException("need reviseStories >= 0, reviseMaxMembers >= 2, reviseMinTerms >= 0 and reviseDelta >= 0: "
          + reviseStories + ", " + reviseMaxMembers + ", " + reviseMinTerms + ", " + reviseDelta);
    }
    if (!(sameOutletPenalty >= 0)) throw new IllegalArgumentException("sameOutletPenalty must be >= 0: " + sameOutletPenalty);
    if (!(embeddingShortWeight >= 0 && embeddingShortWeight <= 1 && embeddingLongWeight >= 0 && embeddingLongWeight <= 1)) {
      throw new IllegalArgumentException("embedding weights must be in [0, 1]: " + embeddingShortWeight + ", " + embeddingLongWeight);
    }
  }

  /** The measured configuration (3-day quiet period). */
  public static ClusteringConfig defaults() {
    return new ClusteringConfig(Duration.ofDays(3), 50_000, 4.0, 2.0, 0.14, 0.33, 8, 100, 0.9, 40, 100,
        1.0, 0, 0.3, 0.025, 400, 0.30, 60, 0.1, 5, 0.5, 2, 0.11, 0.7, 0.0, 0.35, 0.65, 0.15, 3, 0.3, 0.11, 0.5, 0.5,
        3, 30, 100, 0.0, 150, 0.3);
  }

  public ClusteringConfig withQuietPeriod(Duration period) {
    return new ClusteringConfig(period, maxActiveStories, titleWeight, entityWeight, shortThreshold, longThreshold,
        shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates, averageLinkage, bodyTermLimit,
        shortMergeThreshold, sizeBonus, veryLongTerms, veryLongThreshold, leadTerms, leadShare, signatureTerms,
        signatureShare, conflictStoryTerms, conflictPenalty, embeddingShortWeight, embeddingLongWeight, embeddingShortThreshold,
        embeddingLongThreshold, sameOutletPenalty, headlineNames, headlineWeakShare, headlineConflictPenalty,
        shortConflictPenalty, roleConflictPenalty, reviseStories, reviseMaxMembers, reviseMinTerms, reviseDelta, bodyTailStart, bodyTailWeight);
  }

  public ClusteringConfig withMaxActiveStories(int max) {
    return new ClusteringConfig(quietPeriod, max, titleWeight, entityWeight, shortThreshold, longThreshold,
        shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates, averageLinkage, bodyTermLimit,
        shortMergeThreshold, sizeBonus, veryLongTerms, veryLongThreshold, leadTerms, leadShare, signatureTerms,
        signatureShare, conflictStoryTerms, conflictPenalty, embeddingShortWeight, embeddingLongWeight, embeddingShortThreshold,
        embeddingLongThreshold, sameOutletPenalty, headlineNames, headlineWeakShare, headlineConflictPenalty,
        shortConflictPenalty, roleConflictPenalty, reviseStories, reviseMaxMembers, reviseMinTerms, reviseDelta, bodyTailStart, bodyTailWeight);
  }

  /**
   * This configuration with revisable assignment ({@code reviseStories}, 0: off) and the role-holder
   * conflict ({@code roleConflictPenalty}) set, the rest unchanged (the two act together: see
   * docs/benchmarks/stories.md).
   */
  public ClusteringConfig withRevision(int reviseStories, double roleConflictPenalty) {
    return new ClusteringConfig(quietPeriod, maxActiveStories, titleWeight, entityWeight, shortThreshold, longThreshold,
        shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates, averageLinkage, bodyTermLimit,
        shortMergeThreshold, sizeBonus, veryLongTerms, veryLongThreshold, leadTerms, leadShare, signatureTerms,
        signatureShare, conflictStoryTerms, conflictPenalty, embeddingShortWeight, embeddingLongWeight, embeddingShortThreshold,
        embeddingLongThreshold, sameOutletPenalty, headlineNames, headlineWeakShare, headlineConflictPenalty,
        shortConflictPenalty, roleConflictPenalty, reviseStories, reviseMaxMembers, reviseMinTerms, reviseDelta, bodyTailStart, bodyTailWeight);
  }

  /** Whether revisable assignment is on ({@code reviseStories} above 0). */
  public boolean revises() {
    return reviseStories > 0;
  }

  /** This configuration without the sentence-embedding signal: TF-IDF alone decides. */
  public ClusteringConfig withoutEmbeddings() {
    return new ClusteringConfig(quietPeriod, maxActiveStories, titleWeight, entityWeight, shortThreshold, longThreshold,
        shortTerms, longTerms, mergeThreshold, candidateTerms, maxCandidates, averageLinkage, bodyTermLimit,
        shortMergeThreshold, sizeBonus, veryLongTerms, veryLongThreshold, leadTerms, leadShare, signatureTerms,
        signatureShare, conflictStoryTerms, conflictPenalty, 0, 0, embeddingShortThreshold,
        embeddingLongThreshold, sameOutletPenalty, headlineNames, headlineWeakShare, headlineConflictPenalty,
        shortConflictPenalty, roleConflictPenalty, reviseStories, reviseMaxMembers, reviseMinTerms, reviseDelta, bodyTailStart, bodyTailWeight);
  }

  /**
   * Distinct terms from which a document's embedding has no weight (so need not be computed):
   * {@code longTerms} when {@code embeddingLongWeight} is 0, else no limit; 1 (none is embedded) without embeddings.
   */
  public int embeddingTermLimit() {
    if (embeddingShortWeight == 0 && embeddingLongWeight == 0) return 1;
    return embeddingLongWeight == 0 ? longTerms : Integer.MAX_VALUE;
  }
}
