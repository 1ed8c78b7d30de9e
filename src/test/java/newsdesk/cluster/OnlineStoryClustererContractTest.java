package newsdesk.cluster;

import org.junit.jupiter.api.BeforeAll;

class OnlineStoryClustererContractTest extends StoryClustererContract {
  private static DocumentAnalyzer analyzer;

  @BeforeAll
  static void load() {
    analyzer = new DocumentAnalyzer();
  }

  @Override
  StoryClusterer clusterer() {
    return new OnlineStoryClusterer(analyzer, ClusteringConfig.defaults());
  }
}
