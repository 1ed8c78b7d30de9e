package newsdesk.feed;

class StandardFeedParserContractTest extends FeedParserContract {
  private final StandardFeedParser parser = new StandardFeedParser();

  @Override
  FeedParser parser() {
    return parser;
  }
}
