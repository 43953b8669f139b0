package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.parser.PlanParser;
import io.github.policytasks.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A generated corpus of plan documents: the seed text as published, then the seed plan with its
 * tasks shuffled and thinned per document, written in each {@link DocumentFormat} in turn, until
 * the documents hold at least the asked number of UTF-8 bytes. Deterministic for a given size.
 * Sizes are UTF-8 bytes, the size of the files users parse; a megabyte is 10^6 bytes. Immutable
 * and thread-safe.
 */
final class Corpus {
  private static final double DROP_SHARE = 0.15;

  private final List<String> documents;
  private final List<DocumentFormat> formats;
  private final List<Integer> taskCounts;
  private final long bytes;

  private Corpus(List<String> documents, List<DocumentFormat> formats, List<Integer> taskCounts, long bytes) {
    this.documents = Collections.unmodifiableList(documents);
    this.formats = Collections.unmodifiableList(formats);
    this.taskCounts = Collections.unmodifiableList(taskCounts);
    this.bytes = bytes;
  }

  /** A corpus of at least {@code minBytes} UTF-8 bytes. */
  static Corpus generate(long minBytes) {
    String seedText = Seeds.jiaxiang2023Text();
    Plan seed = PlanParser.create().parse(seedText);
    Random random = new Random(20231);
    DocumentFormat[] all = DocumentFormat.values();
    List<String> documents = new ArrayList<>();
    List<DocumentFormat> formats = new ArrayList<>();
    List<Integer> taskCounts = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < minBytes; i++) {
      String text;
      DocumentFormat format;
      int tasks;
      if (i % (all.length + 1) == 0) {
        text = seedText;
        format = null;
        tasks = seed.allTasks().size();
      } else {
        format = all[i % (all.length + 1) - 1];
        Plan plan = PlanVariants.shuffled(seed, random, DROP_SHARE);
        text = format.write(plan);
        tasks = plan.allTasks().size();
      }
      documents.add(text);
      formats.add(format);
      taskCounts.add(tasks);
      bytes += utf8Length(text);
    }
    return new Corpus(documents, formats, taskCounts, bytes);
  }

  /** The documents, in order. */
  List<String> documents() {
    return documents;
  }

  /** The total size in UTF-8 bytes. */
  long bytes() {
    return bytes;
  }

  /** The total size in megabytes (10^6 bytes). */
  double megabytes() {
    return bytes / 1e6;
  }

  /** The total number of UTF-16 chars. */
  long chars() {
    long chars = 0;
    for (String document : documents) {
      chars += document.length();
    }
    return chars;
  }

  /**
   * Checks that the parser finds every task of every document: returns one line per format (the
   * seed text as published counting as one), saying how many tasks were written and found.
   */
  List<String> check(PlanParser parser) {
    List<String> report = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Object key = formats.get(i) == null ? "SEED_TEXT" : formats.get(i);
      if (seen.contains(key)) {
        continue;
      }
      seen.add(key);
      Plan plan = parser.parse(documents.get(i));
      int found = plan.allTasks().size();
      int written = taskCounts.get(i);
      report.add(String.format("%-22s tasks written %3d, found %3d%s, diagnostics %d", key, written,
          found, found == written ? "" : "  <-- MISMATCH", plan.diagnostics().size()));
    }
    return report;
  }

  static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
