package newsdesk.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conditional GET for the output feeds (RFC 9110 section 13), so that a feed reader polling every
 * few minutes downloads a feed only when it changed. The ETag is a hash of the body. Last-Modified
 * is the time this server first sent that content for that feed: a feed's newest entry time would
 * not do, since a feed also changes when an older story gains an article or the ranking moves, and
 * a reader that sends only If-Modified-Since would then miss the change. After a restart every
 * feed counts as changed once. If-None-Match, when sent, decides alone (section 13.2.2). The ETag
 * is weak ({@code W/"..."}, section 8.8.1): it is the hash of the text, and the bytes sent differ
 * (gzip or identity, compressed after hashing), which a strong tag would deny; comparison is weak
 * (13.1.2), as If-None-Match requires.
 *
 * <p>Feeds are remembered by what they are ({@code digest.atom}, {@code searches/5.atom}), never by
 * the address a request used: without {@code --base-url} the links in a feed come from the
 * request's Host header, which any client sets as it likes, so that keying by address let random
 * hosts flush the table (resetting Last-Modified for every reader) and made {@code 5.atom} and
 * {@code 0005.atom} two feeds. For the same reason the content is compared without the base the
 * links were built from, so that readers reaching the server under two names do not make the
 * feed look new on every alternate request.
 */
final class FeedVersions {
  /** Feeds remembered; beyond this (many saved searches) they are forgotten and start afresh. */
  static final int MAX_FEEDS = 5000;

  /** The IMF-fixdate of RFC 9110 5.6.7 (two-digit day, GMT); {@code RFC_1123_DATE_TIME} writes "1 Nov". */
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  /** {@code content}: the hash of the body without its base; {@code since}: when that content was first sent. */
  private record Version(String content, Instant since) {}

  private final Map<String, Version> latest = new ConcurrentHashMap<>();
  private final Clock clock;

  FeedVersions(Clock clock) {
    this.clock = clock;
  }

  /**
   * Answers with {@code body} and its validators, or 304 and no body when the request's validators
   * still match. {@code feed} names the feed whatever address it was asked by ({@code digest.atom},
   * {@code searches/5.atom}); {@code base} is the address its links were built from.
   */
  void send(Context ctx, String feed, String base, String contentType, String body) {
    String etag = etag(body);
    String content = etag(body.replace(base, ""));
    if (latest.size() >= MAX_FEEDS && !latest.containsKey(feed)) latest.clear();
    Version v = latest.compute(feed, (k, old) -> old != null && old.content().equals(content) ? old
        : new Version(content, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    ctx.header("ETag", etag);
    ctx.header("Last-Modified", HTTP_DATE.format(v.since()));
    ctx.contentType(contentType);
    if (notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), etag, v.since(), clock.instant())) {
      ctx.status(304);
      return;
    }
    ctx.result(body);
  }

  static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified, Instant now) {
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || weak(t).equals(weak(etag))) return true;
      }
      return false;
    }
    if (ifModifiedSince == null) return false;
    try {
      Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip(), Instant::from);
      // A date later than now is invalid (RFC 9110 13.1.3): a client clock running ahead gets the feed.
      return !since.isAfter(now) && !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored, as the RFC asks
    }
  }

  /** Weak comparison (RFC 9110 8.8.3.2): {@code W/"x"} and {@code "x"} name the same version. */
  private static String weak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  static String etag(String body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
