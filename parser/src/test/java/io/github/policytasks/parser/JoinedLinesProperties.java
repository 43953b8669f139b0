package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Issue 15: joining any two adjacent lines of any corpus document, as a web copy joins them,
 * gives the same tasks, numbers, titles, lead and supporting units and targets
 * ({@link MetamorphicTest#outline}). Drawn over every corpus document ({@link CorpusDocuments}:
 * genre, layout and variant documents, the seed, and the annotated real plans that are not held
 * out when {@code ../shared/real-plans} is present) and every line break between two non-blank
 * lines in it, with a fixed seed and a fixed number of tries; the joins listed in {@value
 * JoinedLinesTest#GAPS} (known gaps, a ratchet that {@link JoinedLinesTest} keeps exact) are not
 * drawn, and those listed as differing in titles only are held to the same tasks, units and
 * targets ({@link MetamorphicTest#outlineWithoutTitles}).
 */
class JoinedLinesProperties {
  private static final PlanParser PARSER = PlanParser.create();
  private static final List<CorpusDocuments.Doc> DOCS = CorpusDocuments.all();
  private static final Map<String, Plan> ORIGINALS = new ConcurrentHashMap<>();

  /** One line break of one document, between two non-blank lines. */
  record Join(CorpusDocuments.Doc doc, int lineEnd, int nextLine) {
    /** {@code document / line N}: N is the 1-based number of the first of the two lines. */
    String key() {
      int line = 1;
      for (int i = 0; i < lineEnd; i++) {
        line += doc.text().charAt(i) == '\n' ? 1 : 0;
      }
      return doc.name() + " / line " + line;
    }

    String joined() {
      return doc.text().substring(0, lineEnd) + doc.text().substring(nextLine);
    }

    @Override
    public String toString() {
      String text = doc.text();
      return doc.name() + ": …" + text.substring(Math.max(0, lineEnd - 30), lineEnd).replace("\r", "").replace("\n", "↵")
          + "⏎" + text.substring(nextLine, Math.min(text.length(), nextLine + 30)).replace("\r", "").replace("\n", "↵") + "…";
    }
  }

  @Property(tries = 1000, seed = "20261130", shrinking = ShrinkingMode.OFF)
  void joiningTwoAdjacentLines_keepsTasksUnitsAndTargets(@ForAll("joins") Join join) throws java.io.IOException {
    boolean titlesOnly = JoinedLinesTest.knownGaps().contains(join.key() + MetamorphicTest.TITLES_ONLY);
    Plan original = ORIGINALS.computeIfAbsent(join.doc().name(), name -> PARSER.parse(join.doc().text()));
    Plan read = PARSER.parse(join.joined());

    if (titlesOnly) {
      assertThat(MetamorphicTest.outlineWithoutTitles(read)).as("%s", join)
          .isEqualTo(MetamorphicTest.outlineWithoutTitles(original));
    } else {
      assertThat(MetamorphicTest.outline(read)).as("%s", join).isEqualTo(MetamorphicTest.outline(original));
    }
  }

  @Provide
  Arbitrary<Join> joins() throws java.io.IOException {
    java.util.Set<String> gaps = JoinedLinesTest.knownGaps();
    List<Join> all = new ArrayList<>();
    for (CorpusDocuments.Doc doc : DOCS) {
      for (Join join : joinsOf(doc)) {
        if (!gaps.contains(join.key())) {
          all.add(join);
        }
      }
    }
    return Arbitraries.of(all);
  }

  /** Every break between two non-blank lines of {@code doc} (LF or CRLF). */
  static List<Join> joinsOf(CorpusDocuments.Doc doc) {
    String text = doc.text();
    List<Join> out = new ArrayList<>();
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      int lineEnd = i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i;
      int lineStart = Math.max(text.lastIndexOf('\n', lineEnd - 1), text.lastIndexOf('\r', lineEnd - 1)) + 1;
      int next = i + 1;
      int nextEnd = text.indexOf('\n', next);
      String line = text.substring(lineStart, lineEnd);
      String nextLine = text.substring(next, nextEnd < 0 ? text.length() : nextEnd);
      if (!line.isBlank() && !nextLine.isBlank()) {
        out.add(new Join(doc, lineEnd, next));
      }
    }
    return out;
  }
}
