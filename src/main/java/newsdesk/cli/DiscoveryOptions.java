package newsdesk.cli;

import java.time.Duration;
import newsdesk.fetch.FetchConfig;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The time limits of feed discovery ({@link FetchConfig#discoveryDeadline()},
 * {@link FetchConfig#guessTimeout()}), on the commands that discover: {@code sources add}, and
 * {@code serve}, {@code run} and {@code demo} for the sources readers add on the web page and
 * through the API. The defaults are {@link FetchConfig#defaults()}'s. A value that is not a whole
 * number of seconds from 1 to a day, or for the guess timeout to {@link FetchConfig#exchangeLimit()}
 * (no request is waited for longer, so a longer guess timeout would not be kept to), is a usage
 * error naming the option, reported before anything starts.
 */
public final class DiscoveryOptions {
  @Option(names = "--discovery-deadline", defaultValue = "60", paramLabel = "SECONDS", converter = PositiveSeconds.class,
      description = {"The most one feed discovery may take in all, however many addresses it tries "
          + "(default: ${DEFAULT-VALUE} s); what it could not try in time is named."})
  Duration deadline;

  @Option(names = "--discovery-guess-timeout", defaultValue = "8", paramLabel = "SECONDS", converter = GuessSeconds.class,
      description = {"The time each address discovery guesses (a site's home page, the usual feed and sitemap paths, "
          + "robots.txt) may take (default: ${DEFAULT-VALUE} s; at most as long as a "
          + "request waits to connect); once one times out, nothing more is guessed on its host."})
  Duration guessTimeout;

  /** {@code config} with these discovery limits. */
  FetchConfig applyTo(FetchConfig config) {
    return config.withDiscoveryTimes(deadline, guessTimeout);
  }

  /**
   * A whole number of seconds from 1 to {@value #MAX} (a day: a web request or a {@code sources add}
   * waits that long at most, and the messages that name a limit count it in milliseconds, which a
   * larger value could overflow). picocli reports what this refuses as "Invalid value for option
   * '--NAME': MESSAGE", so the message says what was expected.
   */
  static final class PositiveSeconds implements ITypeConverter<Duration> {
    static final long MAX = 86_400;

    @Override
    public Duration convert(String value) {
      return seconds(value, MAX, "");
    }

    /** {@code value} as a whole number of seconds from 1 to {@code max}; {@code why} follows the range in the refusal. */
    static Duration seconds(String value, long max, String why) {
      String v = value.strip();
      // Digits with an optional sign only: a unit or a fraction is refused rather than half understood.
      if (!v.matches("[+-]?[0-9]+")) {
        throw new TypeConversionException("'" + value + "' is not a whole number of seconds (such as 30)");
      }
      java.math.BigInteger seconds = new java.math.BigInteger(v);
      if (seconds.signum() <= 0 || seconds.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
        throw new TypeConversionException("must be from 1 to " + max + " seconds" + why + ", got " + v);
      }
      return Duration.ofSeconds(seconds.longValueExact());
    }
  }

  /**
   * A guess timeout: whole seconds from 1 to the default fetcher's {@link FetchConfig#exchangeLimit()}
   * (the commands' fetchers keep its timeouts). Each guess is one exchange, cut at the connection
   * timeout while it connects, so a longer guess timeout would be a limit the message about a guess
   * that timed out ("did not answer within N s") names but discovery never kept to.
   */
  static final class GuessSeconds implements ITypeConverter<Duration> {
    static final long MAX = FetchConfig.defaults().exchangeLimit().toSeconds();

    @Override
    public Duration convert(String value) {
      return PositiveSeconds.seconds(value, MAX, " (a request waits at most " + MAX + " s to connect)");
    }
  }
}
