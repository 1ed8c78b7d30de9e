package newsdesk.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsdesk.pipeline.Progress;

/**
 * Shows progress on stderr: a progress bar on a terminal, otherwise one line per step with the
 * count and the rate, so logs stay readable.
 */
final class TerminalProgress implements Progress {
  private final PrintStream err;
  private final boolean terminal;
  private ProgressBar bar;
  private String task;
  private long count;
  private long started;

  TerminalProgress(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  static TerminalProgress forStderr() {
    return new TerminalProgress(System.err, System.console() != null && System.getenv("CI") == null);
  }

  @Override
  public synchronized void start(String name, long total) {
    finish();
    if (total == 0) return; // nothing to do is nothing to report ("Writing briefs: 0 done")
    task = name;
    count = 0;
    started = System.nanoTime();
    if (terminal) {
      bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total < 0 ? -1 : total)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }
  }

  @Override
  public synchronized void advance() {
    count++;
    if (bar != null) bar.step();
  }

  @Override
  public synchronized void finish() {
    if (task == null) return;
    if (bar != null) {
      bar.close();
      bar = null;
    } else {
      double seconds = (System.nanoTime() - started) / 1e9;
      err.printf("%s: %d done in %.1f s (%.0f/s)%n", task, count, seconds, seconds > 0 ? count / seconds : 0.0);
    }
    task = null;
  }
}
