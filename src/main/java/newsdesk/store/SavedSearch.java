package newsdesk.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A search the reader saved; it has its own Atom and JSON Feed.
 *
 * @param id        database id (0 before it is saved)
 * @param name      the name shown in lists and as the feed's title
 * @param query     the query text
 * @param outlet    only articles of this outlet, or null
 * @param from      only articles on or after this day (UTC), or null
 * @param to        only articles on or before this day (UTC), or null
 * @param entity    only articles naming this entity, or null
 * @param createdAt when it was saved
 */
public record SavedSearch(long id, String name, String query, String outlet, LocalDate from, LocalDate to, String entity,
    Instant createdAt) {}
