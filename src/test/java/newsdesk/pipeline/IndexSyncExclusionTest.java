package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two IndexSyncs over one index (serve's thread, Retention, the Pipeline) never interleave: one could
 * otherwise write a stale document over the other's newer one. The waits below only wait for a
 * state; nothing is timed.
 */
class IndexSyncExclusionTest {
  @TempDir Path dir;

  @Test
  void catchUpsOfOneIndexRunOneAtATime() throws Exception {
    try (SqliteNewsStore real = SqliteNewsStore.open(dir.resolve("n.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"))) {
      String url = "https://example.org/a";
      real.insertArticle(new StoredArticle(0, "a-1", null, "a-1", url, url, "Outlet", "Volcano", List.of(), Instant.EPOCH,
          Instant.EPOCH, "en", null, null, "The volcano erupted.", "page", "h1", null, null));

      List<String> events = new CopyOnWriteArrayList<>();
      CountDownLatch firstInside = new CountDownLatch(1);
      CountDownLatch releaseFirst = new CountDownLatch(1);
      NewsStore store = (NewsStore) Proxy.newProxyInstance(NewsStore.class.getClassLoader(), new Class<?>[] {NewsStore.class},
          (proxy, method, args) -> {
            if (method.getName().equals("articlesAfter") || method.getName().equals("articlesToReindex")) {
              String who = Thread.currentThread().getName();
              events.add(who + " " + method.getName() + (Thread.holdsLock(index) ? " locked" : " unlocked"));
              if (who.equals("first") && firstInside.getCount() > 0) {
                firstInside.countDown();
                releaseFirst.await();
              }
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });

      Thread first = new Thread(() -> new IndexSync(store, index).catchUp(), "first");
      first.start();
      assertThat(firstInside.await(60, TimeUnit.SECONDS)).as("first catch-up reached the store").isTrue();
      Thread second = new Thread(() -> new IndexSync(store, index).catchUp(), "second");
      second.start();
      // The second catch-up must wait for the first (BLOCKED on the index), not run beside it (TERMINATED).
      while (!blockedOn(second, index) && second.getState() != Thread.State.TERMINATED) Thread.onSpinWait();
      assertThat(blockedOn(second, index)).as("second catch-up waits on the index").isTrue();
      assertThat(events).noneMatch(e -> e.startsWith("second"));

      releaseFirst.countDown();
      first.join();
      second.join();
      int firstLast = events.lastIndexOf(events.stream().filter(e -> e.startsWith("first")).reduce((a, b) -> b).orElseThrow());
      int secondFirst = events.indexOf(events.stream().filter(e -> e.startsWith("second")).findFirst().orElseThrow());
      assertThat(firstLast).isLessThan(secondFirst);
      assertThat(events).allMatch(e -> e.endsWith(" locked"));
      assertThat(index.search("volcano", 10)).hasSize(1);
    }
  }

  /** Whether {@code t} waits to enter {@code monitor}'s synchronized block (not some other lock, such as class loading's). */
  private static boolean blockedOn(Thread t, Object monitor) {
    var info = java.lang.management.ManagementFactory.getThreadMXBean().getThreadInfo(t.threadId());
    return info != null && info.getThreadState() == Thread.State.BLOCKED && info.getLockInfo() != null
        && info.getLockInfo().getIdentityHashCode() == System.identityHashCode(monitor);
  }
}
