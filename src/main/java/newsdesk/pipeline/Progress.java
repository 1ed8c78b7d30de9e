package newsdesk.pipeline;

/** Where long work reports how far it is; the CLI shows it on the terminal, tests ignore it. */
public interface Progress {
  /** A step of {@code total} units starts ({@code total} < 0 when unknown). */
  void start(String task, long total);

  /** One more unit done. */
  void advance();

  /** The current step ended. */
  void finish();

  /** Progress that goes nowhere. */
  Progress NONE = new Progress() {
    @Override
    public void start(String task, long total) {}

    @Override
    public void advance() {}

    @Override
    public void finish() {}
  };
}
