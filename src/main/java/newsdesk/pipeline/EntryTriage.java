package newsdesk.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import newsdesk.feed.FeedEntry;
import newsdesk.store.EntryVersion;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Decides, before any page is read, what becomes of each entry a poll served: empty (no title, text
 * or link: counted and dropped), a repeat of a link another feed of this run listed (counted apart
 * from "already stored": a site's section feeds and its "latest" feed list the same articles), new
 * (read and admitted), already stored and unchanged (skipped), or already stored and to be read
 * again as an update of the stored article: its entry changed (see {@link EntryVersions}), its gone
 * page is due for a recheck, or its page that failed for a while is due for a retry (see
 * {@link DeadLinks}). A feed that restamps every entry on each build says nothing of any one of
 * them, and its entries are skipped. Reads the store, and records the first entry version of an
 * article stored before versions were kept ({@link #changedSinceStored}).
 */
final class EntryTriage {
  /**
   * What the triage decided for one run's polls.
   *
   * @param work     per poll (in poll order), its entries to read: the new ones and the updates
   * @param updates  the entries of {@code work} that update an article already stored, with it
   * @param retried  the articles whose page, failed for a while, is read again (see {@link DeadLinks#retries})
   * @param seen     every entry the polls served
   * @param skipped  entries already stored with nothing new
   * @param repeated entries whose link an earlier entry of this run had
   * @param empty    entries with no title, text or link
   */
  record Result(List<SourcePoller.Poll> work, Map<FeedEntry, StoredArticle> updates, Set<Long> retried, int seen,
      int skipped, int repeated, int empty) {}

  private final NewsStore store;
  private final KnownArticles knownArticles;
  private final DeadLinks deadLinks;
  private final Clock clock;

  EntryTriage(NewsStore store, KnownArticles knownArticles, DeadLinks deadLinks, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.knownArticles = Objects.requireNonNull(knownArticles, "knownArticles");
    this.deadLinks = Objects.requireNonNull(deadLinks, "deadLinks");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Triages the entries of {@code polls}, in order (the first entry of a link is the one kept). */
  Result triage(List<SourcePoller.Poll> polls) {
    int seen = 0;
    int skipped = 0;
    int repeated = 0;
    int empty = 0;
    Set<String> links = new HashSet<>();
    List<SourcePoller.Poll> work = new ArrayList<>();
    // Entries already stored whose feed version changed, with the article they update.
    Map<FeedEntry, StoredArticle> updates = new IdentityHashMap<>();
    Set<Long> retried = new HashSet<>(); // articles whose page that failed for a while is read again
    for (SourcePoller.Poll poll : polls) {
      List<FeedEntry> fresh = new ArrayList<>();
      Map<FeedEntry, StoredArticle> restamped = new IdentityHashMap<>();
      int knownHere = 0;
      for (FeedEntry e : poll.entries()) {
        seen++;
        if (EntryLinks.isEmpty(e)) {
          empty++;
          continue;
        }
        // An id is trusted with a link that agrees (see KnownArticles); else the entry is known by its link.
        Optional<StoredArticle> known = knownArticles.byId(poll.source().id(), e);
        // Counted apart: on a first run many entries are repeats (a site's section feeds and its
        // "latest" feed list the same articles), and "already stored" would not be true of them.
        if (known.isEmpty() && EntryLinks.hasLink(e) && !links.add(e.link())) {
          repeated++;
          continue;
        }
        if (known.isEmpty() && EntryLinks.hasLink(e)) {
          // An entry without an id (or whose id another link holds) is known by its link, but updated only
          // by the source that stored it without an id.
          Optional<StoredArticle> byLink = knownArticles.byLink(poll.source().id(), e);
          if (byLink.isPresent() && byLink.get().guid() == null && Objects.equals(byLink.get().sourceId(), poll.source().id())) {
            known = byLink;
          } else if (byLink.isPresent()) {
            skipped++;
            continue;
          }
        }
        if (known.isEmpty()) {
          fresh.add(e);
          continue;
        }
        knownHere++;
        if (!changedSinceStored(known.get(), e)) {
          if (known.get().linkGone()
              && deadLinks.dueForRecheck(known.get().fetchedAt(), store.pageCheckedAt(known.get().id()), clock.instant())) {
            // Its page answered 404 or 410: read it again now and then while the feed lists it, as a page
            // is often published after its feed entry, or restored; then "Read more" may link it again.
            updates.put(e, known.get());
            fresh.add(e);
          } else if (pageRetryDue(known.get())) {
            // Its page failed for a while (a timeout, a 5xx, robots.txt unreadable) and the article has
            // only the feed's text: read it again, a bounded number of times; when it reads, the article
            // is updated as for a corrected entry.
            updates.put(e, known.get());
            retried.add(known.get().id());
            fresh.add(e);
          } else {
            skipped++;
          }
        } else if (EntryVersions.onlyRestamped(store.entryVersion(known.get().id()), EntryVersions.of(e))) {
          restamped.put(e, known.get());
        } else {
          updates.put(e, known.get());
          fresh.add(e);
        }
      }
      // A feed that gives every entry a new updated time on each build says nothing of any one
      // of them: reading all their pages again on every poll would only load the site.
      if (restamped.size() >= 2 && restamped.size() == knownHere) {
        skipped += restamped.size();
      } else {
        restamped.forEach((e, k) -> {
          updates.put(e, k);
          fresh.add(e);
        });
      }
      work.add(new SourcePoller.Poll(poll.source(), fresh, null));
    }
    return new Result(work, updates, retried, seen, skipped, repeated, empty);
  }

  /**
   * Whether the stored article's entry came back changed (see {@link EntryVersions}). An article
   * stored before entry versions were kept has no version to compare with: when its text is the
   * feed's, the entry changed if its title or text differ from the stored ones (a correction made
   * before the upgrade); otherwise this version becomes its first, without reading it again.
   */
  private boolean changedSinceStored(StoredArticle known, FeedEntry e) {
    EntryVersion stored = store.entryVersion(known.id());
    EntryVersion now = EntryVersions.of(e);
    if (stored.fingerprint() != null) return EntryVersions.changed(stored, now);
    boolean differs = "feed".equals(known.textSource())
        && (!known.title().equals(Objects.toString(e.title(), "").strip()) || !known.text().equals(ArticleReader.feedText(e)));
    if (!differs) store.saveEntryVersion(known.id(), now); // else the update records it
    return differs;
  }

  /** Whether {@code known}'s page, which failed in a way that may pass, is due to be read again (see {@link DeadLinks}). */
  private boolean pageRetryDue(StoredArticle known) {
    if (!"feed".equals(known.textSource()) || known.linkGone() || known.url() == null || known.url().isBlank()) return false;
    Integer retried = store.pageRetries(known.id());
    return retried != null
        && deadLinks.dueForRetry(known.fetchedAt(), store.pageCheckedAt(known.id()), retried, clock.instant());
  }
}
