package io.github.policytasks.render;

import io.github.policytasks.metrics.lexicon.Numerals;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the renderer alone: what it writes, in which order, with which characters. */
class PlanRendererProperties {

  @Property(tries = 200)
  void render_anyStyle_writesEveryTitleUnitAndTargetInDocumentOrder(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    Plan plan = generated.plan();
    String text = PlanRenderer.of(style).render(plan);

    int from = 0;
    for (String fragment : expectedFragments(plan, style)) {
      int at = text.indexOf(fragment, from);
      assertThat(at).as("\"%s\" after offset %d in%n%s", fragment, from, text).isGreaterThanOrEqualTo(0);
      from = at + fragment.length();
    }
  }

  @Property(tries = 200)
  void render_anyStyle_startsOneLinePerTaskWithItsNumber(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    Plan plan = generated.plan();
    List<String> lines = List.of(PlanRenderer.of(style).render(plan).split(style.lineEnding().separator()));

    List<Integer> numbers = new ArrayList<>();
    for (String line : lines) {
      Integer number = taskNumber(line, style);
      if (number != null) {
        numbers.add(number);
      }
    }
    assertThat(numbers).isEqualTo(plan.allTasks().stream().map(Task::number).toList());
  }

  @Property(tries = 200)
  void render_anyStyle_usesOnlyTheStylesLineEndingAndPunctuationWidth(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) {
    String text = PlanRenderer.of(style).render(generated.plan());
    String separator = style.lineEnding().separator();

    assertThat(text).endsWith(separator);
    assertThat(text.replace(separator, "")).doesNotContain("\n").doesNotContain("\r");
    String withoutDigitGroups = text.replaceAll("[0-9],[0-9]", "");
    if (style.punctuation() == Punctuation.FULL_WIDTH) {
      assertThat(withoutDigitGroups).doesNotContainPattern("[():;,]");
    } else {
      assertThat(text).doesNotContainPattern("[（）：；，]");
    }
  }

  @Property(tries = 20)
  void render_oneRendererManyThreads_writesWhatOneThreadWrites(
      @ForAll("plans") GeneratedPlan generated, @ForAll("styles") RenderStyle style) throws Exception {
    PlanRenderer renderer = PlanRenderer.of(style);
    String expected = renderer.render(generated.plan());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> renderer.render(generated.plan())));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Provide
  Arbitrary<GeneratedPlan> plans() {
    return PlanGenerators.plans();
  }

  @Provide
  Arbitrary<RenderStyle> styles() {
    return PlanGenerators.styles();
  }

  private static List<String> expectedFragments(Plan plan, RenderStyle style) {
    List<String> fragments = new ArrayList<>();
    for (Task task : plan.allTasks()) {
      if (task.title() != null) {
        fragments.add(PunctuationWidth.in(style.punctuation(), task.title()));
      }
      for (Target target : task.targets()) {
        fragments.add(target.text());
      }
      for (LeadUnit unit : task.leadUnits()) {
        fragments.add(unit.name());
      }
      for (LeadUnit unit : task.supportingUnits()) {
        fragments.add(unit.name());
      }
    }
    return fragments;
  }

  /** The task number a rendered line starts with in {@code style}, or null. */
  private static Integer taskNumber(String line, RenderStyle style) {
    if (style.taskLayout() == TaskLayout.PIPE_TABLE) {
      int bar = line.indexOf(" | ");
      return bar > 0 && line.substring(0, bar).chars().allMatch(Character::isDigit)
          ? Integer.valueOf(line.substring(0, bar)) : null;
    }
    if (style.taskNumbering() == TaskNumbering.PARENTHESISED_CHINESE) {
      if (line.isEmpty() || (line.charAt(0) != '(' && line.charAt(0) != '（')) {
        return null;
      }
      int close = line.indexOf(style.punctuation() == Punctuation.FULL_WIDTH ? '）' : ')');
      for (int n = 1; n <= 200; n++) {
        if (line.substring(1, close).equals(Numerals.write(n))) {
          return n;
        }
      }
      return null;
    }
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    String mark = switch (style.taskNumbering()) {
      case DOT -> ".";
      case FULL_WIDTH_DOT -> "．";
      default -> "、";
    };
    return digits > 0 && line.startsWith(mark, digits) ? Integer.valueOf(line.substring(0, digits)) : null;
  }
}
