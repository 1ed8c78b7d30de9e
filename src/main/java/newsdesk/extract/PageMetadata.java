package newsdesk.extract;

import java.time.Instant;
import java.util.List;

/**
 * The metadata of a page, gathered before its body is cleaned; any field but authors and headlines
 * may be null. {@code headlines} holds every normalized form of the page's headline it states
 * (JSON-LD, OpenGraph, {@code <title>}, first {@code <h1>}), so that the headline is not repeated
 * in the body. {@code publishedDayOnly} says {@code published} was given as a day without a time of day.
 */
record PageMetadata(
    String title,
    List<String> authors,
    Instant published,
    String siteName,
    String canonicalUrl,
    String language,
    String description,
    String image,
    String articleBodyHint,
    java.util.Set<String> headlines,
    boolean publishedDayOnly) {
  PageMetadata {
    authors = List.copyOf(authors);
    headlines = java.util.Set.copyOf(headlines);
  }
}
