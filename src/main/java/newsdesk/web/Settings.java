package newsdesk.web;

import newsdesk.store.NewsStore;

/**
 * The reader's settings, kept in the store's settings table.
 *
 * @param privateReading when true, reading needs a login (or an API token for scripts and feeds)
 * @param retentionDays  article bodies older than this many days are deleted (0: keep forever)
 */
public record Settings(boolean privateReading, int retentionDays) {
  static final String READING = "reading";
  static final String RETENTION = "retention_days";
  public static final int MAX_RETENTION_DAYS = 36_500;

  public Settings {
    if (retentionDays < 0 || retentionDays > MAX_RETENTION_DAYS) {
      throw new IllegalArgumentException("retention days must be between 0 and " + MAX_RETENTION_DAYS + ", got " + retentionDays);
    }
  }

  static Settings load(NewsStore store) {
    boolean priv = store.setting(READING).map("private"::equals).orElse(false);
    int days = store.setting(RETENTION).map(Integer::parseInt).orElse(0);
    return new Settings(priv, days);
  }

  void save(NewsStore store) {
    store.inTransaction(() -> {
      store.saveSetting(READING, privateReading ? "private" : "public");
      store.saveSetting(RETENTION, Integer.toString(retentionDays));
      return null;
    });
  }
}
