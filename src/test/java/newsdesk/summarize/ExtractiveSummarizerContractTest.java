package newsdesk.summarize;

class ExtractiveSummarizerContractTest extends SummarizerContract {
  @Override
  Summarizer summarizer() {
    return new ExtractiveSummarizer();
  }
}
