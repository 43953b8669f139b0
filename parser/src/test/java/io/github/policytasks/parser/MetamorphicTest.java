package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Metamorphic properties (issue 10 item 4): a copy of a document with all line breaks removed,
 * with full-width and half-width punctuation swapped, with CRLF line ends, or in Traditional
 * characters reads into the same plan as the original — the same tasks with their numbers,
 * titles, lead and supporting units, targets with their values, comparators, kinds and
 * normalized values (compared in folded form; spans aside). Run over every corpus document
 * ({@link CorpusDocuments}: genre, layout and variant documents, the seed, and the annotated real
 * plans that are not held out, when {@code ../shared/real-plans} is present).
 */
class MetamorphicTest {
  private static final PlanParser PARSER = PlanParser.create();
  /** The known gaps: one {@code document / copy} pair a line. */
  static final String GAPS = "metamorphic-gaps.txt";
  private static final String HALF = "(),:;!?";
  private static final String FULL = "（），：；！？";

  /** A copy of a document and how it was made. */
  private record Copy(String name, UnaryOperator<String> make) {}

  private static final List<Copy> COPIES = List.of(
      new Copy("no line breaks", MetamorphicTest::withoutLineBreaks),
      new Copy("punctuation widths swapped", MetamorphicTest::widthsSwapped),
      new Copy("CRLF", text -> text.replace("\r\n", "\n").replace("\n", "\r\n")),
      new Copy("Traditional characters", Traditional::convert));

  /**
   * Every copy of every corpus document reads as the original (a separator between digits, as in
   * {@code 1,200}, is no punctuation and is not swapped), except the pairs listed in
   * {@value #GAPS} (known gaps, a ratchet like the real plans' floors): a new difference fails,
   * and so does a listed pair that now reads the same (remove it from the list). A pair listed
   * with {@value #TITLES_ONLY} reads the same tasks, units and targets and differs in titles only
   * ({@link #gapKey}); should it lose more, it is a new gap. The first difference of each pair is
   * written to {@code target/metamorphic-gaps.md}.
   */
  @Test
  void everyCopy_readsAsTheOriginal_exceptTheListedGaps() throws IOException {
    Set<String> known = knownGaps();
    Set<String> gaps = new TreeSet<>();
    StringBuilder report = new StringBuilder("# Metamorphic gaps\n\n");
    for (CorpusDocuments.Doc doc : CorpusDocuments.all()) {
      Plan originalPlan = PARSER.parse(doc.text());
      List<String> original = outline(originalPlan);
      for (Copy copy : COPIES) {
        Plan readPlan = PARSER.parse(copy.make().apply(doc.text()));
        List<String> read = outline(readPlan);
        if (!read.equals(original)) {
          String pair = gapKey(doc.name() + " / " + copy.name(), originalPlan, readPlan);
          gaps.add(pair);
          report.append("- ").append(pair).append(": ").append(firstDifference(original, read)).append('\n');
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/metamorphic-gaps.md"), report.toString(), StandardCharsets.UTF_8);
    Set<String> added = new TreeSet<>(gaps);
    added.removeAll(known);
    Set<String> closed = new TreeSet<>(known);
    closed.removeAll(gaps);
    closed.removeIf(pair -> pair.startsWith("real-plans/") && CorpusDocuments.realPlansFolder() == null);
    assertThat(added).as("copies that no longer read as the original (see target/metamorphic-gaps.md)").isEmpty();
    assertThat(closed).as("gaps closed: remove them from " + GAPS).isEmpty();
  }

  private static String firstDifference(List<String> original, List<String> read) {
    for (int k = 0; k < Math.max(original.size(), read.size()); k++) {
      String a = k < original.size() ? original.get(k) : "(none)";
      String b = k < read.size() ? read.get(k) : "(none)";
      if (!a.equals(b)) {
        return "task " + (k + 1) + ": `" + a + "` became `" + b + "` (" + original.size() + " → " + read.size() + " tasks)";
      }
    }
    return "same";
  }

  private static Set<String> knownGaps() throws IOException {
    return KnownGaps.read(MetamorphicTest.class, GAPS);
  }

  /** Each task as one line: number, title, units, targets; everything folded. */
  static List<String> outline(Plan plan) {
    return plan.allTasks().stream().map(task -> outline(task, true)).collect(Collectors.toList());
  }

  /**
   * {@link #outline} without the tasks' titles: what a copy whose measure's title the text no longer
   * shows can still be held to (DECISIONS.md, Copies that lost their line breaks).
   */
  static List<String> outlineWithoutTitles(Plan plan) {
    return plan.allTasks().stream().map(task -> outline(task, false)).collect(Collectors.toList());
  }

  /**
   * The known-gap key of a copy that does not read as the original: {@code key} itself, or {@code
   * key} and {@value #TITLES_ONLY} when only titles differ (the same tasks, units and targets).
   */
  static String gapKey(String key, Plan original, Plan read) {
    return outlineWithoutTitles(read).equals(outlineWithoutTitles(original)) ? key + TITLES_ONLY : key;
  }

  /** What a known gap's key ends with when the copy reads the same tasks, units and targets, only not a title. */
  static final String TITLES_ONLY = " / titles only";

  private static String outline(Task task, boolean title) {
    return task.number() + " " + (title ? fold(task.title()) + " " : "") + names(task.leadUnits())
        + names(task.supportingUnits())
        + " " + task.targets().stream().map(MetamorphicTest::outline).collect(Collectors.joining("; "));
  }

  private static String outline(Target target) {
    return target.comparator() + " " + target.kind() + " " + target.value().amount().toString()
        + fold(target.value().unit().symbol()) + " " + (target.normalized() == null ? "-" : target.normalized().amount().toString());
  }

  private static String names(List<LeadUnit> units) {
    return units.stream().map(u -> fold(u.name())).collect(Collectors.joining("、", "[", "]"));
  }

  private static String fold(String text) {
    return text == null ? "null" : Folding.fold(text).replace(" ", "");
  }

  private static String withoutLineBreaks(String text) {
    return text.replace("\r", "").replace("\n", "");
  }

  private static String widthsSwapped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean betweenDigits = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1));
      int half = betweenDigits ? -1 : HALF.indexOf(c);
      int full = FULL.indexOf(c);
      out.append(half >= 0 ? FULL.charAt(half) : full >= 0 ? HALF.charAt(full) : c);
    }
    return out.toString();
  }

  /**
   * A Simplified→Traditional converter for tests: every character whose folding gives one
   * Simplified character is that character's Traditional form.
   */
  static final class Traditional {
    private static final Map<Character, Character> TABLE = table();

    private Traditional() {}

    static String convert(String text) {
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        out.append(TABLE.getOrDefault(c, c));
      }
      return out.toString();
    }

    private static Map<Character, Character> table() {
      Map<Character, Character> table = new HashMap<>();
      for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
        String folded = Folding.fold(String.valueOf(c));
        if (folded.length() == 1 && folded.charAt(0) != c) {
          table.putIfAbsent(folded.charAt(0), c);
        }
      }
      return table;
    }
  }
}
