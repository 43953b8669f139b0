package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link PlanReader} reads the body from the lines its {@link LayoutSurvey} cut, where its own
 * cursor would cut them as a new one does; the plan is exactly the plan it reads when it cuts the
 * body's lines again: on generated and mutated plans (joined lines, a body that starts inside a
 * line), on text dense in labels and punctuation, on every corpus document, each also with its
 * line breaks lost.
 */
class SurveyedLinesProperties {
  private final TargetReader targets = new TargetReader();

  @Provide
  Arbitrary<String> mutatedPlans() {
    return GenreDocuments.mutated();
  }

  @Provide
  Arbitrary<String> labelDense() {
    return Arbitraries.of(LineCursorSkipProperties.PIECES).list().ofMaxSize(60)
        .map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void reusingTheSurveysLines_onMutatedPlans_readsThePlanOfCuttingThemAgain(@ForAll("mutatedPlans") String text) {
    assertSamePlan(text);
    assertSamePlan(text.replace("\n", "").replace("\r", ""));
  }

  @Property(tries = 1000)
  void reusingTheSurveysLines_onLabelDenseText_readsThePlanOfCuttingThemAgain(@ForAll("labelDense") String text) {
    assertSamePlan(text);
    assertSamePlan(text.replace("\n", "").replace("\r", ""));
  }

  @Example
  void reusingTheSurveysLines_onEveryCorpusDocument_readsThePlanOfCuttingThemAgain() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      assertSamePlan(doc.text());
      assertSamePlan(doc.text().replace("\n", "").replace("\r", ""));
    }
  }

  private void assertSamePlan(String text) {
    Plan reused = new PlanReader(text, false, new UnitFactory(UnitAliases.defaults()), targets, true).read();
    Plan cutAgain = new PlanReader(text, false, new UnitFactory(UnitAliases.defaults()), targets, false).read();
    assertThat(reused).as(text).isEqualTo(cutAgain);
  }
}
