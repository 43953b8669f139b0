package io.github.policytasks.render;

import io.github.policytasks.parser.PlanParser;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * What the parser reads survives the JSON contract exactly: writing a parsed plan as JSON and
 * reading it back gives an equal plan, spans, exact values and diagnostics included.
 */
class PlanJsonRoundTripProperties {
  private static final PlanParser PARSER = PlanParser.create();

  @Property(tries = 150)
  void writeThenRead_parsedPlanInAnyStyle_givesAnEqualPlan(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    Plan parsed = PARSER.parse(PlanRenderer.of(style).render(generated.plan()));

    Plan read = PlanJson.read(PlanJson.write(parsed));

    assertThat(read).isEqualTo(parsed);
  }

  @Provide
  Arbitrary<GeneratedPlan> plans() {
    return PlanGenerators.plans();
  }

  @Provide
  Arbitrary<RenderStyle> styles() {
    return PlanGenerators.styles();
  }
}
