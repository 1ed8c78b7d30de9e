package newsdesk.store;

import java.time.Instant;

/**
 * An API token for scripts; only its SHA-256 hash is stored.
 *
 * @param id         database id
 * @param name       what the reader called it
 * @param tokenHash  hex SHA-256 of the token
 * @param createdAt  when it was created
 * @param lastUsedAt when a request last carried it, or null
 */
public record ApiToken(long id, String name, String tokenHash, Instant createdAt, Instant lastUsedAt) {}
