package io.github.policytasks.tracking;

import io.github.policytasks.core.Direction;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.BoundPhrase;
import io.github.policytasks.metrics.BoundPhraseReader;
import io.github.policytasks.metrics.Normalizer;
import java.util.List;

/** Targets and plans built from bound phrases, as the parser would build them. */
final class Targets {
  private Targets() {}

  /** A level or amount target read from {@code text}: {@code 8%左右}, {@code 500兆瓦}. */
  static Target target(String id, String text) {
    return target(id, text, null);
  }

  /** A target read from {@code text}; a change target when {@code direction} is given. */
  static Target target(String id, String text, Direction direction) {
    BoundPhrase phrase = BoundPhraseReader.standard().parse(text);
    boolean percent = phrase.unit() != null && phrase.unit().symbol().matches("[%％]");
    boolean points = phrase.unit() != null && phrase.unit().symbol().contains("百分点");
    TargetKind kind = points ? TargetKind.POINTS
        : percent ? (direction != null ? TargetKind.GROWTH : TargetKind.SHARE) : TargetKind.AMOUNT;
    return Normalizer.standard().normalizeTarget(Target.builder()
        .id(id)
        .text(text)
        .span(SourceSpan.of(0, text.length()))
        .comparator(phrase.comparator())
        .kind(kind)
        .direction(kind.hasDirection() ? (direction == null ? Direction.INCREASE : direction) : null)
        .value(phrase.quantity().orElseThrow())
        .upper(phrase.upperQuantity().orElse(null))
        .build());
  }

  /** A plan of one section with one task per target, led by {@code 县发展和改革局}. */
  static Plan plan(Target... targets) {
    Section.Builder section = Section.builder().id("s1").number(1).title("工作任务");
    int n = 1;
    for (Target target : targets) {
      int number = Integer.parseInt(target.taskId().orElseThrow().substring(1));
      section.addTasks(Task.builder()
          .id(target.taskId().orElseThrow()).number(number).title("任务" + n++)
          .text("任务。" + target.text())
          .span(SourceSpan.of(0, 10))
          .addLeadUnits(LeadUnit.of(number % 2 == 0 ? "县发展和改革局" : "县科技局"))
          .targets(List.of(target))
          .build());
    }
    return Plan.builder().title("示例").addSections(section.build()).build();
  }
}
