package newsdesk.extract;

import java.time.Instant;
import java.util.List;

/** The metadata of a page, gathered before its body is cleaned; any field but authors may be null. */
record PageMetadata(
    String title,
    List<String> authors,
    Instant published,
    String siteName,
    String canonicalUrl,
    String language,
    String description,
    String image,
    String articleBodyHint) {}
