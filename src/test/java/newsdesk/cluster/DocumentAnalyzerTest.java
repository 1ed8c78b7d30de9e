package newsdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import newsdesk.text.Entity;
import org.junit.jupiter.api.Test;

/** What the analysis gives the clusterer and the story pages, per language. */
class DocumentAnalyzerTest {
  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Test
  void aFrenchArticleGetsItsNamesByTheFrenchRules() {
    AnalyzedDocument d = analyzer.analyze(new ClusterDocument("fr", null, "Incendie près de Lyon",
        "Un incendie a touché un entrepôt de Vénissieux, près de Lyon, dans la nuit de samedi. Selon les pompiers, "
            + "personne n'a été blessé. Le maire de Vénissieux, Michèle Picard, s'est rendue sur place dimanche matin. "
            + "Les causes de l'incendie ne sont pas encore connues, a indiqué la préfecture.", null));
    assertThat(d.language()).isEqualTo("fra");
    assertThat(d.entities()).extracting(Entity::name).contains("Lyon", "Michèle Picard").doesNotContain("Un", "Selon");
  }

  @Test
  void aGermanArticleGetsOnlyKnownPlaces() {
    AnalyzedDocument d = analyzer.analyze(new ClusterDocument("de", null, "Brand in München",
        "Am Sonntag brach in einer Lagerhalle in München ein Feuer aus. Die Feuerwehr war mit vielen Einsatzkräften "
            + "vor Ort. Verletzt wurde nach Angaben der Polizei niemand. Die Ursache des Brandes ist noch unklar.", null));
    assertThat(d.language()).isEqualTo("deu");
    assertThat(d.entities()).extracting(Entity::name).containsExactly("München");
  }

  @Test
  void anArticlesOwnOutletIsNotOneOfItsShownEntitiesButAnotherOutletsArticleKeepsIt() {
    String text = "Wikinews spoke to Maria Lopez, the mayor of Valencia, on Tuesday. Lopez told Wikinews the port would reopen.";
    AnalyzedDocument own = analyzer.analyze(new ClusterDocument("own", null, "Port to reopen", text, "Wikinews"));
    AnalyzedDocument other = analyzer.analyze(new ClusterDocument("other", null, "Port to reopen", text, "Daily Planet"));
    assertThat(own.entities()).as("still a clustering feature").extracting(Entity::name).contains("Wikinews");
    assertThat(analyzer.shownEntities(own)).extracting(Entity::name).contains("Maria Lopez").doesNotContain("Wikinews");
    assertThat(analyzer.shownEntities(other)).extracting(Entity::name).contains("Wikinews", "Maria Lopez");
  }
}
