package io.github.policytasks.parser.corpus;

import io.github.policytasks.core.Plan;
import io.github.policytasks.metrics.lexicon.WordLists;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The region a plan is for, as its issuer or title names it: the chain of administrative region
 * names that opens the issuer (else the notice title, else the plan title) — {@code
 * 嘉祥县人民政府办公室} → {@code 嘉祥县}, {@code 济宁市嘉祥县…} → {@code 济宁市嘉祥县}, {@code
 * 河北省人民政府办公厅} → {@code 河北省} — or {@code 全国} for a central issuer ({@code 国务院办公厅}),
 * or {@code null} when none names a region. A region name is 2 to 8 characters ending in an
 * administrative ending ({@code region-suffixes.txt}) and not opening with a determiner such as
 * {@code 各} or {@code 本} ({@code not-region-openings.txt}). Stateless and thread-safe.
 */
public final class PlanRegion {
  /** The region of a plan issued by a central organ. */
  public static final String NATIONAL = "全国";

  private static final int MIN_NAME = 2;
  private static final int MAX_NAME = 8;
  private static final List<String> SUFFIXES = WordLists.words("region-suffixes.txt");
  private static final List<String> NATIONAL_OPENINGS = WordLists.words("national-issuers.txt");
  private static final List<String> NOT_OPENINGS = WordLists.words("not-region-openings.txt");

  private PlanRegion() {}

  /**
   * {@return the region of {@code plan}, empty when neither its issuer nor a title names one}
   *
   * @param plan the plan
   */
  public static Optional<String> of(Plan plan) {
    return Optional.ofNullable(find(plan));
  }

  private static @Nullable String find(Plan plan) {
    String[] sources = {plan.metadata().issuer(), plan.metadata().title(), plan.title()};
    for (String source : sources) {
      if (source == null) {
        continue;
      }
      String region = in(source.strip());
      if (region != null) {
        return region;
      }
    }
    return null;
  }

  /** The region named at the start of {@code text}, or {@code null}. */
  static @Nullable String in(String text) {
    for (String opening : NATIONAL_OPENINGS) {
      if (text.startsWith(opening)) {
        return NATIONAL;
      }
    }
    int end = 0;
    int next;
    while ((next = nameEnd(text, end)) > 0) {
      end = next;
    }
    return end == 0 ? null : text.substring(0, end);
  }

  /** The end of a region name starting at {@code start}, or -1. */
  private static int nameEnd(String text, int start) {
    for (String opening : NOT_OPENINGS) {
      if (text.startsWith(opening, start)) {
        return -1;
      }
    }
    int limit = Math.min(text.length(), start + MAX_NAME);
    for (int end = start + MIN_NAME; end <= limit; end++) {
      if (!isHan(text.charAt(end - 1))) {
        return -1;
      }
      for (String suffix : SUFFIXES) {
        int suffixStart = end - suffix.length();
        if (suffixStart >= start + 1 && text.startsWith(suffix, suffixStart)) {
          return end;
        }
      }
    }
    return -1;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
