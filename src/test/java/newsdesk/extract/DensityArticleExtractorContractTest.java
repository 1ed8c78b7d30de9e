package newsdesk.extract;

class DensityArticleExtractorContractTest extends ArticleExtractorContract {
  private final DensityArticleExtractor extractor = new DensityArticleExtractor();

  @Override
  ArticleExtractor extractor() {
    return extractor;
  }
}
