package newsdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsdesk.feed.ConformanceBenchmark;
import newsdesk.feed.FeedDates;
import newsdesk.feed.StandardFeedParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsdesk bench feeds DIR}: the feed conformance corpus. */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = {
      "Run the feed conformance corpus (DIR holds expectations.json, dates.json, dates-miniflux.json).",
      "Prints 'tier A: P/N', 'tier B: P/N', 'dates: P/N' and 'exceptions: K', one per line."
    })
public final class BenchFeedsCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder (holds expectations.json).")
  Path dir;

  @Option(names = "--failures", description = "List every failed check on stderr.")
  boolean failures;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(dir.resolve("expectations.json"))) {
      throw new UserError(dir + ": no expectations.json in this folder (give the feeds corpus folder)");
    }
    StandardFeedParser parser = new StandardFeedParser();
    FeedDates dates = new FeedDates();
    long start = System.nanoTime();
    ConformanceBenchmark.Result r = new ConformanceBenchmark().run(dir, parser::parseResponse, dates::parse);
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (failures) r.failures().forEach(System.err::println);
    System.err.println("bench feeds: " + r.documents() + " documents in " + ms + " ms; dates: "
        + r.feedparserDatesPassed() + " of dates.json, " + r.minifluxDatesPassed() + " of dates-miniflux.json");
    System.out.print(r.summary());
    return 0;
  }
}
