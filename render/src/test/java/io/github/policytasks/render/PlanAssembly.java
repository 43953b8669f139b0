package io.github.policytasks.render;

import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Task;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

/**
 * Assembles a {@link PlanSpec} into the {@link Plan} a careful annotator would read from its
 * rendered text: ids in document order, numbers running or restarting per section, task texts
 * made of the title, filler sentences and the worded targets, units, leaders and deadline. A
 * title is always followed by more text: a task that is nothing but a short sentence has no
 * separate title. A plan whose only section is the implicit one and has no task has no section.
 * Spans are empty: a generated plan has no source yet.
 */
final class PlanAssembly {
  private static final SourceSpan NO_SPAN = SourceSpan.of(0, 0);

  private final PlanSpec spec;
  private int taskOrdinal;

  private PlanAssembly(PlanSpec spec) {
    this.spec = spec;
  }

  static Plan assemble(PlanSpec spec) {
    return new PlanAssembly(spec).plan();
  }

  private Plan plan() {
    String place = GeneratorPools.PLACES.get(spec.placeIndex() % GeneratorPools.PLACES.size());
    String title = place + GeneratorPools.THEMES.get(spec.themeIndex() % GeneratorPools.THEMES.size())
        + spec.year() + "年重点工作任务";
    Plan.Builder plan = Plan.builder().title(title).year(spec.year());
    String issuer = place + GeneratorPools.OFFICES.get(
        (spec.placeIndex() + spec.themeIndex()) % GeneratorPools.OFFICES.size());
    String number = "政办字〔" + spec.year() + "〕" + (1 + spec.placeIndex() + spec.themeIndex()) + "号";
    LocalDate written = LocalDate.of(spec.year(), 3, 15);
    if (spec.withMetadata()) {
      plan.metadata(PlanMetadata.builder()
          .title(issuer + "关于印发《" + title + "》的通知")
          .documentNumber(number).issuer(issuer)
          .writtenDate(written).publishedDate(written.plusDays(1))
          .build());
    }
    if (spec.withNotice()) {
      plan.notice(Notice.builder()
          .title("关于印发《" + title + "》的通知")
          .addressees("各镇(街道)人民政府(办事处),县政府各部门")
          .body("《" + title + "》已经县政府同意,现印发给你们,请认真组织实施。")
          .issuer(issuer).date(written).publicationNote("此件公开发布")
          .build());
    }
    List<Integer> references = spec.references().stream()
        .map(i -> i % GeneratorPools.REFERENCE_TITLES.size())
        .distinct()
        .collect(Collectors.toList());
    for (int index : references) {
      plan.addReferences(DocumentReference.builder()
          .title(GeneratorPools.REFERENCE_TITLES.get(index % GeneratorPools.REFERENCE_TITLES.size()))
          .documentNumber(index % 3 == 2 ? null
              : GeneratorPools.REFERENCE_NUMBERS.get(index % GeneratorPools.REFERENCE_NUMBERS.size()))
          .build());
    }
    if (spec.implicitSection()) {
      Section implicit = implicitSection(spec.sections().get(0));
      if (!implicit.tasks().isEmpty()) {
        plan.addSections(implicit);
      }
    } else {
      for (int i = 0; i < spec.sections().size(); i++) {
        plan.addSections(section(i + 1, spec.sections().get(i)));
      }
    }
    return plan.build();
  }

  private Section implicitSection(PlanSpec.SectionSpec section) {
    Section.Builder out = Section.builder().id("s1").number(0);
    int[] inSection = {0};
    section.tasks().forEach(t -> out.addTasks(task(t, ++inSection[0])));
    section.subsections().forEach(s -> s.tasks().forEach(t -> out.addTasks(task(t, ++inSection[0]))));
    return out.build();
  }

  private Section section(int ordinal, PlanSpec.SectionSpec section) {
    Section.Builder out = Section.builder().id("s" + ordinal).number(ordinal)
        .title(GeneratorPools.SECTION_TITLES.get(section.titleIndex() % GeneratorPools.SECTION_TITLES.size()));
    int[] inSection = {0};
    section.tasks().forEach(t -> out.addTasks(task(t, ++inSection[0])));
    for (int i = 0; i < section.subsections().size(); i++) {
      PlanSpec.SubsectionSpec subsection = section.subsections().get(i);
      Subsection.Builder sub = Subsection.builder().id("s" + ordinal + "." + (i + 1)).number(i + 1)
          .title(GeneratorPools.SUBSECTION_TITLES.get(
              subsection.titleIndex() % GeneratorPools.SUBSECTION_TITLES.size()));
      subsection.tasks().forEach(t -> sub.addTasks(task(t, ++inSection[0])));
      out.addSubsections(sub.build());
    }
    return out.build();
  }

  private static String joined(List<String> clauses, PlanSpec.TaskSpec task) {
    return String.join(task.targetsJoinedByIdeographicComma() ? "、" : ",", clauses);
  }

  private Task task(PlanSpec.TaskSpec task, int inSection) {
    taskOrdinal++;
    String id = "t" + taskOrdinal;
    List<String> clauses = new ArrayList<>();
    Task.Builder out = Task.builder().id(id)
        .number(spec.runningNumbering() ? taskOrdinal : inSection)
        .span(NO_SPAN);
    for (int i = 0; i < task.targets().size(); i++) {
      TargetWording.Worded worded = TargetWording.word(task.targets().get(i), id + ".g" + (i + 1));
      clauses.add(worded.clause());
      out.addTargets(worded.target());
    }
    List<Vocabulary.Filler> chosen = new ArrayList<>();
    task.fillers().stream()
        .map(i -> GeneratorPools.FILLERS.get(i % GeneratorPools.FILLERS.size()))
        .distinct()
        .forEach(chosen::add);
    List<String> fillers = new ArrayList<>(chosen.stream().map(Vocabulary.Filler::text).toList());
    String text;
    if (task.titleIndex() >= 0) {
      String title = GeneratorPools.TASK_TITLES.get(task.titleIndex() % GeneratorPools.TASK_TITLES.size());
      out.title(title);
      if (fillers.isEmpty() && clauses.isEmpty()) {
        fillers.add(plainFiller(taskOrdinal));
      }
      List<String> sentence = new ArrayList<>(fillers);
      sentence.add(joined(clauses, task));
      text = title + "。" + String.join(",", sentence.stream().filter(c -> !c.isEmpty()).toList()) + "。";
    } else {
      for (int i = 0; fillers.size() < 2; i++) {
        String filler = plainFiller(taskOrdinal + i);
        if (!fillers.contains(filler)) {
          fillers.add(filler);
        }
      }
      List<String> sentence = new ArrayList<>(fillers);
      sentence.add(joined(clauses, task));
      text = String.join(",", sentence.stream().filter(c -> !c.isEmpty()).toList()) + "。";
    }
    out.text(text).bodySpan(SourceSpan.of(0, text.length()));
    int leads = Math.min(task.leadCount(), task.units().size());
    task.units().subList(0, leads).forEach(u -> out.addLeadUnits(LeadUnit.of(u)));
    task.units().subList(leads, task.units().size()).forEach(u -> out.addSupportingUnits(LeadUnit.of(u)));
    out.addAllLeaders(task.leaders());
    deadline(task.deadlineMonth(), chosen).ifPresent(out::deadline);
    return out.build();
  }

  /**
   * The task's deadline: the earliest of the note's month and the deadline words of its text,
   * as the guide (§5) reads them — the last day of that month of the plan year.
   */
  private Optional<LocalDate> deadline(int noteMonth, List<Vocabulary.Filler> fillers) {
    OptionalInt month = IntStream.concat(IntStream.of(noteMonth),
            fillers.stream().mapToInt(Vocabulary.Filler::deadlineMonth))
        .filter(m -> m > 0)
        .min();
    return month.isPresent()
        ? Optional.of(YearMonth.of(spec.year(), month.getAsInt()).atEndOfMonth())
        : Optional.empty();
  }

  /** A filler without traps, for texts that need more words: the seed's sentences. */
  private static String plainFiller(int index) {
    List<Vocabulary.Filler> seed = GeneratorPools.FILLERS.stream().filter(f -> f.kind().equals("seed")).toList();
    return seed.get(index % seed.size()).text();
  }
}
