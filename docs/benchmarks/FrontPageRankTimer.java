import java.nio.file.Path;
import java.time.Clock;
import newsdesk.store.SqliteNewsStore;
import newsdesk.web.FrontPage;

/** Times FrontPage ranking builds (invalidate, then stories()) on a data folder: median of 20 after 5 warm-ups. */
public class FrontPageRankTimer {
  public static void main(String[] a) throws Exception {
    try (SqliteNewsStore store = SqliteNewsStore.open(Path.of(a[0], "newsdesk.db"));
        FrontPage front = new FrontPage(store, FrontPage.Ranking.defaults(), Clock.systemUTC())) {
      double[] t = new double[20];
      int n = 0;
      for (int i = 0; i < 25; i++) {
        front.invalidate();
        long s = System.nanoTime();
        n = front.stories().size();
        if (i >= 5) t[i - 5] = (System.nanoTime() - s) / 1e6;
      }
      java.util.Arrays.sort(t);
      System.out.printf("%s: %d ranked, build median %.1f ms, p90 %.1f ms%n", a[1], n, t[10], t[18]);
    }
  }
}
